// The cue table: every form of the cue lemmas (util/cue_verbs.h). See quotes/lexicon.h.
#include "quotes/lexicon.h"

#include <string>
#include <unordered_map>

#include "newsgraph/quotes.h"
#include "util/ascii.h"
#include "util/cue_verbs.h"
#include "util/lexicon.h"

namespace newsgraph::quotes {
namespace {

// The cue files in the order a form two lemmas share is given to the first.
struct ClassFile {
  CueClass cls;
  util::CueFile file;
};
const ClassFile kClassFiles[] = {
    {CueClass::kSpeech, util::CueFile::kSpeech}, {CueClass::kReport, util::CueFile::kReport},
    {CueClass::kBelief, util::CueFile::kBelief}, {CueClass::kEvidence, util::CueFile::kEvidence},
    {CueClass::kStance, util::CueFile::kStance},
};

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

class Table {
 public:
  Table() {
    for (const ClassFile& file : kClassFiles)
      for (const auto& [base, value] : util::cue_lemmas(file.file).entries())
        add(util::inflect_cue_verb(base, value), file.cls);
  }
  CueInfo find(std::string_view w) const {
    auto it = map_.find(w);
    return it == map_.end() ? CueInfo{} : it->second;
  }

 private:
  // Every form of the lemma, but the base and third person of a mostly-noun lemma.
  void add(const util::VerbForms& f, CueClass cls) {
    CueInfo info{cls, CueForm::kBase, f.takes_object, f.attitude};
    const bool nouny = past_forms_only(f.base);
    if (!nouny) put(f.base, info, CueForm::kBase);
    if (!nouny) put(f.third, info, CueForm::kThird);
    put(f.past, info, CueForm::kPast);
    put(f.gerund, info, CueForm::kGerund);
    put(f.participle, info, CueForm::kPast);
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
