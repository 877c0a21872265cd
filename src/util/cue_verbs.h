// The cue verb lists (data/lexicon/cue-*.txt) and the one inflection rule set both readers of
// them use: the quote stage's cue table (quotes/lexicon.cc) and resolve's speech verbs
// (resolve/coref.cc). A cue file holds a lemma a line, then optionally a tab and "object" (the
// verb takes a person object: "told reporters that") and/or "attitude" (it backs or opposes its
// object and reports no words: "supported the opposition"), then its irregular forms in the order
// third person, past, gerund, past participle. Written for this project. Immutable function-local
// statics: safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::util {

class Lexicon;

enum class CueFile : unsigned char { kSpeech, kReport, kBelief, kEvidence, kStance };

// The lemmas of data/lexicon/cue-<file>.txt with their values (embedded at build time).
const Lexicon& cue_lemmas(CueFile file);

// Every form of one verb; never empty for a non-empty lemma.
struct VerbForms {
  std::string base;        // "say"
  std::string third;       // "says", "argues", "denies", "pushes", "faxes"
  std::string past;        // "said", "argued", "denied", "asked"
  std::string gerund;      // "saying", "arguing", "denying"
  std::string participle;  // "spoken" when listed, else the past
  bool takes_object = false;
  bool attitude = false;       // backs or opposes its object ("supported the opposition")
  bool gerund_listed = false;  // the file lists the forms, the gerund with them ("saying")
};

// The forms of `lemma` (lower-case) given its cue-file value ("object tells told telling",
// "attitude"):
// listed irregular forms win over the regular rules (-e: +s +d, drop e +ing; consonant + y:
// -ies -ied +ing; -s -x -h: +es +ed +ing; else +s +ed +ing).
VerbForms inflect_cue_verb(std::string_view lemma, std::string_view value);

}  // namespace newsgraph::util
