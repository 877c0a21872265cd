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

const util::Lexicon& content_end_words() {
  static const util::Lexicon words(
#include "lexicon/content-end-words.txt.inc"
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

// A finite auxiliary or modal ("was", "could") or a negative contraction with either
// apostrophe ("can't", "won’t"): the verb of a clause, never an adverb before a cue.
bool finite_auxiliary(std::string_view w) {
  static const std::unordered_set<std::string_view> kFinite = {
      "is",  "was",  "are",   "were", "has",   "had", "have",  "do",   "does",
      "did", "will", "would", "can",  "could", "may", "might", "must", "should"};
  if (kFinite.count(w)) return true;
  const auto ends = [&](std::string_view suffix) {
    return w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
  };
  return ends("n't") || ends("n\xE2\x80\x99t");
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
