// The cue inventory: reporting verbs and phrases in every inflection, with how each may be
// used. Mined from the reporting verbs that PolNeAR train annotates as cues (verbs with at least
// a handful of occurrences), extended by hand with their inflections and near synonyms.
#pragma once

#include <cstdint>
#include <string_view>

namespace newsgraph::quotes {

enum class CueClass : uint8_t {
  kNone = 0,
  kSpeech,    // say, tell, add, argue, warn ...: may invert ("said Pedram") and attach quotes
  kReport,    // write, report, announce, tweet, suggest ...: "X reported (that) ..."
  kBelief,    // believe, think, doubt, fear, hope ...: needs a following clause
  kEvidence,  // show, find, indicate ...: "a poll shows ..."
  kStance,    // criticize, praise, call, describe ...: the object is the content
};

enum class CueForm : uint8_t { kBase, kThird, kPast, kGerund };

struct CueInfo {
  CueClass cls = CueClass::kNone;
  CueForm form = CueForm::kBase;
  bool takes_object = false;  // tell, ask, assure, remind: "told reporters that ..."
  bool attitude = false;      // support, back, oppose ...: a stance toward the object, no words
};

// Looks up a lower-cased word.
CueInfo lookup_cue(std::string_view lower_word);

}  // namespace newsgraph::quotes
