#include "quotes/lexicon.h"

#include <string>
#include <unordered_map>

#include "newsgraph/quotes.h"
#include "util/ascii.h"
#include "util/lexicon.h"

namespace newsgraph::quotes {
namespace {

// One data/lexicon/cue-CLASS.txt file: a lemma a line, then optionally a tab and "object"
// (takes a person object) and the irregular forms: third person, past, gerund, past participle.
struct ClassFile {
  CueClass cls;
  std::string_view text;
};

// In the order a form two lemmas share is given to the first.
const ClassFile kClassFiles[] = {
    {
        CueClass::kSpeech,
#include "lexicon/cue-speech.txt.inc"
    },
    {
        CueClass::kReport,
#include "lexicon/cue-report.txt.inc"
    },
    {
        CueClass::kBelief,
#include "lexicon/cue-belief.txt.inc"
    },
    {
        CueClass::kEvidence,
#include "lexicon/cue-evidence.txt.inc"
    },
    {
        CueClass::kStance,
#include "lexicon/cue-stance.txt.inc"
    },
};

struct Lemma {
  std::string base;
  bool takes_object = false;
  // Irregular forms (empty when regular): third person, past, gerund, past participle.
  std::string third, past, gerund, participle;
};

Lemma parse_lemma(std::string_view base, std::string_view value) {
  Lemma l;
  l.base = std::string(base);
  std::string* irregular[] = {&l.third, &l.past, &l.gerund, &l.participle};
  size_t next = 0;
  while (!value.empty()) {
    size_t sp = value.find(' ');
    std::string_view field = value.substr(0, sp);
    value = sp == std::string_view::npos ? std::string_view() : value.substr(sp + 1);
    if (field == "object" && next == 0)
      l.takes_object = true;
    else if (next < 4)
      *irregular[next++] = std::string(field);
  }
  return l;
}

// Lemmas whose base and third-person forms are mostly nouns ("the issue", "a list", "his
// views"): only their past and gerund forms are cues.
bool past_forms_only(std::string_view base) {
  static const std::string_view kNouny[] = {
      "issue",     "list",     "view",      "order",   "request",  "detail",   "voice",    "quote",
      "reference", "project",  "signal",    "comment", "press",    "paint",    "pitch",    "credit",
      "label",     "champion", "email",     "knock",   "forecast", "distance", "hint",     "muse",
      "wonder",    "balk",     "tout",      "rail",    "lash",     "hail",     "dub",      "insult",
      "approve",   "consider", "recognize", "ignore",  "remember", "repeat",   "identify", "opt",
      "react",     "renew",    "weigh",     "brag",    "plead",    "side",     "sound",    "anger"};
  for (std::string_view n : kNouny)
    if (n == base) return true;
  return false;
}

struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

class Table {
 public:
  Table() {
    for (const ClassFile& file : kClassFiles) {
      const util::Lexicon lemmas(file.text);  // views into the embedded text
      for (const auto& [base, value] : lemmas.entries()) add(parse_lemma(base, value), file.cls);
    }
  }
  CueInfo find(std::string_view w) const {
    auto it = map_.find(w);
    return it == map_.end() ? CueInfo{} : it->second;
  }

 private:
  void add(const Lemma& l, CueClass cls) {
    const std::string& b = l.base;
    CueInfo info{cls, CueForm::kBase, l.takes_object};
    const bool nouny = past_forms_only(b);
    if (!nouny) put(b, info, CueForm::kBase);
    std::string third, past, gerund;
    char last = b.back();
    if (last == 'e') {
      third = b + "s";
      past = b + "d";
      gerund = b.substr(0, b.size() - 1) + "ing";
    } else if (last == 'y' && b.size() > 1 && !is_vowel(b[b.size() - 2])) {
      third = b.substr(0, b.size() - 1) + "ies";
      past = b.substr(0, b.size() - 1) + "ied";
      gerund = b + "ing";
    } else if (last == 's' || last == 'x' || last == 'h') {
      third = b + "es";
      past = b + "ed";
      gerund = b + "ing";
    } else {
      third = b + "s";
      past = b + "ed";
      gerund = b + "ing";
    }
    if (!l.third.empty()) third = l.third;
    if (!l.past.empty()) past = l.past;
    if (!l.gerund.empty()) gerund = l.gerund;
    if (!nouny) put(third, info, CueForm::kThird);
    put(past, info, CueForm::kPast);
    put(gerund, info, CueForm::kGerund);
    if (!l.participle.empty()) put(l.participle, info, CueForm::kPast);
  }
  void put(const std::string& w, CueInfo info, CueForm form) {
    info.form = form;
    map_.emplace(w, info);
  }
  std::unordered_map<std::string, CueInfo, ViewHash, std::equal_to<>> map_;
};

const Table& table() {
  static const Table t;
  return t;
}

}  // namespace

CueInfo lookup_cue(std::string_view lower_word) {
  if (lower_word.size() < 3 || lower_word.size() > 14) return {};
  return table().find(lower_word);
}

}  // namespace newsgraph::quotes

namespace newsgraph {

bool is_cue_word(std::string_view word) {
  std::string buf;
  std::string_view low = util::ascii_lower(word, buf);
  if (low == "according") return true;
  return quotes::lookup_cue(low).cls != quotes::CueClass::kNone;
}

}  // namespace newsgraph
