#include "quotes/lexicon.h"

#include <string>
#include <unordered_map>

#include "newsgraph/quotes.h"
#include "util/ascii.h"

namespace newsgraph::quotes {
namespace {

struct Lemma {
  const char* base;
  CueClass cls;
  bool takes_object;
  // Irregular forms ("" when regular): third person, past, gerund, past participle.
  const char* third = "";
  const char* past = "";
  const char* gerund = "";
  const char* participle = "";
};

// clang-format off
const Lemma kLemmas[] = {
  {"say", CueClass::kSpeech, false, "says", "said", "saying"},
  {"tell", CueClass::kSpeech, true, "tells", "told", "telling"},
  {"add", CueClass::kSpeech, false},
  {"argue", CueClass::kSpeech, false},
  {"warn", CueClass::kSpeech, false},
  {"insist", CueClass::kSpeech, false},
  {"claim", CueClass::kSpeech, false},
  {"note", CueClass::kSpeech, false},
  {"explain", CueClass::kSpeech, false},
  {"stress", CueClass::kSpeech, false},
  {"state", CueClass::kSpeech, false},
  {"declare", CueClass::kSpeech, false},
  {"ask", CueClass::kSpeech, true},
  {"reply", CueClass::kSpeech, false},
  {"respond", CueClass::kSpeech, false},
  {"answer", CueClass::kSpeech, false},
  {"acknowledge", CueClass::kSpeech, false},
  {"admit", CueClass::kSpeech, false, "admits", "admitted", "admitting"},
  {"concede", CueClass::kSpeech, false},
  {"contend", CueClass::kSpeech, false},
  {"assert", CueClass::kSpeech, false},
  {"maintain", CueClass::kSpeech, false},
  {"recall", CueClass::kSpeech, false},
  {"continue", CueClass::kSpeech, false},
  {"conclude", CueClass::kSpeech, false},
  {"confirm", CueClass::kSpeech, false},
  {"deny", CueClass::kSpeech, false},
  {"emphasize", CueClass::kSpeech, false},
  {"emphasise", CueClass::kSpeech, false},
  {"complain", CueClass::kSpeech, false},
  {"caution", CueClass::kSpeech, false},
  {"allege", CueClass::kSpeech, false},
  {"testify", CueClass::kSpeech, false},
  {"observe", CueClass::kSpeech, false},
  {"remark", CueClass::kSpeech, false},
  {"joke", CueClass::kSpeech, false},
  {"quip", CueClass::kSpeech, false, "quips", "quipped", "quipping"},
  {"boast", CueClass::kSpeech, false},
  {"lament", CueClass::kSpeech, false},
  {"counter", CueClass::kSpeech, false},
  {"retort", CueClass::kSpeech, false},
  {"exclaim", CueClass::kSpeech, false},
  {"urge", CueClass::kSpeech, true},
  {"promise", CueClass::kSpeech, false},
  {"pledge", CueClass::kSpeech, false},
  {"vow", CueClass::kSpeech, false},
  {"predict", CueClass::kSpeech, false},
  {"agree", CueClass::kSpeech, false},
  {"assure", CueClass::kSpeech, true},
  {"remind", CueClass::kSpeech, true},
  {"inform", CueClass::kSpeech, true},
  {"mention", CueClass::kSpeech, false},
  {"point", CueClass::kSpeech, false},  // "pointed out"
  {"reiterate", CueClass::kSpeech, false},
  {"shout", CueClass::kSpeech, false},
  {"whisper", CueClass::kSpeech, false},
  {"scream", CueClass::kSpeech, false},
  {"yell", CueClass::kSpeech, false},
  {"speak", CueClass::kSpeech, false, "speaks", "spoke", "speaking", "spoken"},
  {"charge", CueClass::kSpeech, false},
  {"accuse", CueClass::kStance, false},
  {"demand", CueClass::kSpeech, false},
  {"tweet", CueClass::kReport, false},
  {"write", CueClass::kReport, false, "writes", "wrote", "writing", "written"},
  {"report", CueClass::kReport, false},
  {"announce", CueClass::kReport, false},
  {"suggest", CueClass::kReport, false},
  {"reveal", CueClass::kReport, false},
  {"post", CueClass::kReport, false},
  {"estimate", CueClass::kReport, false},
  {"indicate", CueClass::kEvidence, false},
  {"show", CueClass::kEvidence, false, "shows", "showed", "showing", "shown"},
  {"find", CueClass::kEvidence, false, "finds", "found", "finding"},
  {"slam", CueClass::kStance, false, "slams", "slammed", "slamming"},
  {"cite", CueClass::kStance, false},
  {"decry", CueClass::kStance, false},
  {"praise", CueClass::kStance, false},
  {"thank", CueClass::kStance, false},
  {"describe", CueClass::kStance, false},
  {"chant", CueClass::kStance, false},
  {"blame", CueClass::kStance, false},
  {"condemn", CueClass::kStance, false},
  {"dismiss", CueClass::kStance, false},
  {"denounce", CueClass::kStance, false},
  {"blast", CueClass::kStance, false},
  {"mock", CueClass::kStance, false},
  {"criticize", CueClass::kStance, false},
  {"criticise", CueClass::kStance, false},
  {"portray", CueClass::kStance, false},
  {"highlight", CueClass::kStance, false},
  {"question", CueClass::kStance, false},
  {"reject", CueClass::kStance, false},
  {"echo", CueClass::kStance, false, "echoes", "echoed", "echoing"},
  {"welcome", CueClass::kStance, false},
  {"defend", CueClass::kStance, false},
  {"call", CueClass::kStance, false},
  {"endorse", CueClass::kStance, false},
  {"refer", CueClass::kStance, false, "refers", "referred", "referring"},
  {"talk", CueClass::kStance, false},
  {"seem", CueClass::kStance, false},
  {"appear", CueClass::kStance, false},
  {"want", CueClass::kStance, false},
  {"plan", CueClass::kStance, false, "plans", "planned", "planning"},
  {"propose", CueClass::kStance, false},
  {"support", CueClass::kStance, false},
  {"oppose", CueClass::kStance, false},
  {"seek", CueClass::kStance, false, "seeks", "sought", "seeking"},
  {"offer", CueClass::kStance, false},
  {"express", CueClass::kStance, false},
  {"attack", CueClass::kStance, false},
  {"decline", CueClass::kStance, false},
  {"refuse", CueClass::kStance, false},
  {"back", CueClass::kStance, false},
  {"decide", CueClass::kStance, false},
  {"push", CueClass::kStance, false},
  {"prefer", CueClass::kStance, false, "prefers", "preferred", "preferring"},
  {"favor", CueClass::kStance, false},
  {"favour", CueClass::kStance, false},
  {"challenge", CueClass::kStance, false},
  {"embrace", CueClass::kStance, false},
  {"dispute", CueClass::kStance, false},
  {"see", CueClass::kStance, false, "sees", "saw", "seeing", "seen"},
  {"name", CueClass::kStance, false},
  {"believe", CueClass::kBelief, false},
  {"think", CueClass::kBelief, false, "thinks", "thought", "thinking"},
  {"doubt", CueClass::kBelief, false},
  {"fear", CueClass::kBelief, false},
  {"hope", CueClass::kBelief, false},
  {"expect", CueClass::kBelief, false},
  {"know", CueClass::kBelief, false, "knows", "knew", "knowing", "known"},
  {"feel", CueClass::kBelief, false, "feels", "felt", "feeling"},
  {"worry", CueClass::kBelief, false},
  {"suspect", CueClass::kBelief, false},
  {"realize", CueClass::kBelief, false},
  {"understand", CueClass::kBelief, false, "understands", "understood", "understanding"},
  {"learn", CueClass::kBelief, false},
  // Mined from PolNeAR train: verbs annotated as cues in at least half of their uses.
  {"discuss", CueClass::kStance, false},
  {"tout", CueClass::kStance, false},
  {"rail", CueClass::kStance, false},
  {"lash", CueClass::kStance, false},
  {"assail", CueClass::kStance, false},
  {"lambaste", CueClass::kStance, false},
  {"bemoan", CueClass::kStance, false},
  {"deride", CueClass::kStance, false},
  {"rebuke", CueClass::kStance, false},
  {"chide", CueClass::kStance, false},
  {"liken", CueClass::kStance, false},
  {"label", CueClass::kStance, false},
  {"dub", CueClass::kStance, false, "dubs", "dubbed", "dubbing"},
  {"credit", CueClass::kStance, false},
  {"quote", CueClass::kStance, false},
  {"retweet", CueClass::kStance, false},
  {"applaud", CueClass::kStance, false},
  {"hail", CueClass::kStance, false},
  {"congratulate", CueClass::kStance, false},
  {"champion", CueClass::kStance, false},
  {"invoke", CueClass::kStance, false},
  {"reference", CueClass::kStance, false},
  {"voice", CueClass::kStance, false},
  {"balk", CueClass::kStance, false},
  {"distance", CueClass::kStance, false},
  {"vouch", CueClass::kStance, false},
  {"insult", CueClass::kStance, false},
  {"contradict", CueClass::kStance, false},
  {"downplay", CueClass::kStance, false},
  {"advocate", CueClass::kStance, false},
  {"outline", CueClass::kStance, false},
  {"detail", CueClass::kStance, false},
  {"list", CueClass::kStance, false},
  {"order", CueClass::kStance, false},
  {"request", CueClass::kStance, false},
  {"encourage", CueClass::kStance, false},
  {"threaten", CueClass::kStance, false},
  {"repeat", CueClass::kStance, false},
  {"consider", CueClass::kStance, false},
  {"identify", CueClass::kStance, false},
  {"nominate", CueClass::kStance, false},
  {"deem", CueClass::kStance, false},
  {"regard", CueClass::kStance, false},
  {"view", CueClass::kStance, false},
  {"ignore", CueClass::kStance, false},
  {"approve", CueClass::kStance, false},
  {"unveil", CueClass::kStance, false},
  {"issue", CueClass::kStance, false},
  {"recognize", CueClass::kStance, false},
  {"pitch", CueClass::kStance, false},
  {"paint", CueClass::kStance, false},
  {"knock", CueClass::kStance, false},
  {"opt", CueClass::kStance, false},
  {"react", CueClass::kStance, false},
  {"apologize", CueClass::kStance, false},
  {"renew", CueClass::kStance, false},
  {"press", CueClass::kStance, false},
  {"weigh", CueClass::kStance, false, "weighs"},
  {"opine", CueClass::kReport, false},
  {"muse", CueClass::kReport, false},
  {"speculate", CueClass::kReport, false},
  {"wonder", CueClass::kReport, false},
  {"plead", CueClass::kReport, false},
  {"reaffirm", CueClass::kReport, false},
  {"clarify", CueClass::kReport, false},
  {"elaborate", CueClass::kReport, false},
  {"recount", CueClass::kReport, false},
  {"remember", CueClass::kReport, false},
  {"brag", CueClass::kReport, false},
  {"imply", CueClass::kReport, false},
  {"hint", CueClass::kReport, false},
  {"signal", CueClass::kReport, false},
  {"comment", CueClass::kReport, false},
  {"email", CueClass::kReport, false},
  {"forecast", CueClass::kReport, false, "forecasts", "forecast", "forecasting"},
  {"project", CueClass::kReport, false},
  {"disclose", CueClass::kReport, false},
  {"recommend", CueClass::kReport, false},
  {"interject", CueClass::kReport, false},
  {"proclaim", CueClass::kReport, false},
  {"rebut", CueClass::kReport, false, "rebuts", "rebutted", "rebutting"},
  {"envision", CueClass::kReport, false},
  {"foresee", CueClass::kReport, false},
  {"pronounce", CueClass::kReport, false},
  {"affirm", CueClass::kReport, false},
  {"underscore", CueClass::kReport, false},
  {"convince", CueClass::kBelief, false},
  {"side", CueClass::kStance, false},
  {"sound", CueClass::kStance, false},
  {"anger", CueClass::kStance, false},
  // Adjectives of attitude after a copula ("is eager to", "was confident that").
  {"eager", CueClass::kBelief, false},
  {"confident", CueClass::kBelief, false},
  {"skeptical", CueClass::kBelief, false},
  {"wary", CueClass::kBelief, false},
  {"aware", CueClass::kBelief, false},
  {"unaware", CueClass::kBelief, false},
  {"reluctant", CueClass::kBelief, false},
  {"hopeful", CueClass::kBelief, false},
  {"optimistic", CueClass::kBelief, false},
  {"adamant", CueClass::kBelief, false},
};
// clang-format on

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
    for (const Lemma& l : kLemmas) {
      std::string b = l.base;
      CueInfo info{l.cls, CueForm::kBase, l.takes_object};
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
      if (*l.third) third = l.third;
      if (*l.past) past = l.past;
      if (*l.gerund) gerund = l.gerund;
      if (!nouny) put(third, info, CueForm::kThird);
      put(past, info, CueForm::kPast);
      put(gerund, info, CueForm::kGerund);
      if (*l.participle) put(l.participle, info, CueForm::kPast);
    }
  }
  CueInfo find(std::string_view w) const {
    auto it = map_.find(w);
    return it == map_.end() ? CueInfo{} : it->second;
  }

 private:
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
