// Closed word classes the quote rules consult, from data/lexicon/. See extractor.h.
#include "quotes/extractor.h"

namespace newsgraph::quotes {

const util::Lexicon& aux_words() {
  static const util::Lexicon words(
#include "lexicon/cue-aux-words.txt.inc"
  );
  return words;
}

// Words that end a subject noun phrase when scanning away from the cue.
const util::Lexicon& np_stop_words() {
  static const util::Lexicon words(
#include "lexicon/np-stop-words.txt.inc"
  );
  return words;
}

const util::Lexicon& after_cue_skip() {
  static const util::Lexicon words(
#include "lexicon/after-cue-words.txt.inc"
  );
  return words;
}

// Words after which a cue word is a noun ("the state", "his claim", "a report").
const util::Lexicon& noun_markers() {
  static const util::Lexicon words(
#include "lexicon/noun-markers.txt.inc"
  );
  return words;
}

const util::Lexicon& pronouns() {
  static const util::Lexicon words(
#include "lexicon/subject-pronouns.txt.inc"
  );
  return words;
}

const util::Lexicon& determiners() {
  static const util::Lexicon words(
#include "lexicon/source-determiners.txt.inc"
  );
  return words;
}

}  // namespace newsgraph::quotes
