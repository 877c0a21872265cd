#include "quotes/lexicon.h"

#include <string>
#include <unordered_map>

#include "newsgraph/quotes.h"
#include "quotes/scan.h"

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
  {"lament", CueClass::kStance, false},
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
};
// clang-format on

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
      put(b, info, CueForm::kBase);
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
      put(third, info, CueForm::kThird);
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
  std::string_view low = scan::lower(word, buf);
  if (low == "according") return true;
  return quotes::lookup_cue(low).cls != quotes::CueClass::kNone;
}

}  // namespace newsgraph
