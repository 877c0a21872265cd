// Which cue words open a statement. PolNeAR annotates any attribution, stances and actions
// included ("referring to the withdrawal", "bestowed the highest honor"); a reader listing what
// people said wants speech or cognition: a cue that reports words or a belief. These rules
// reject the cue candidates that describe an act or an attitude without reporting content.
#include "quotes/extractor.h"

namespace newsgraph::quotes {

namespace {

// Copulas and linking verbs that let an adjective of attitude take a subject ("is reluctant
// to", "remained wary of", "seemed confident that").
bool is_linking_verb(std::string_view w) {
  static const std::string_view kLinking[] = {
      "is",       "are",     "was",      "were",   "be",     "been",   "being",  "am",
      "remain",   "remains", "remained", "seem",   "seems",  "seemed", "appear", "appears",
      "appeared", "become",  "becomes",  "became", "feel",   "feels",  "felt",   "sound",
      "sounds",   "sounded", "look",     "looks",  "looked", "stay",   "stays",  "stayed",
      "grew",     "grow",    "grows",    "'s",     "’s",     "'re",    "’re"};
  for (std::string_view l : kLinking)
    if (l == w) return true;
  return false;
}

bool is_attitude_adjective(std::string_view w) {
  static const std::string_view kAdjectives[] = {"eager",      "confident", "skeptical", "wary",
                                                 "aware",      "unaware",   "reluctant", "hopeful",
                                                 "optimistic", "adamant"};
  for (std::string_view a : kAdjectives)
    if (a == w) return true;
  return false;
}

}  // namespace

bool Extractor::opens_statement(size_t k, const CueInfo& info) {
  const size_t sb = sent_begin_[k];
  // An adjective of attitude is a cue only as a predicate: "Pedram and Massoud reluctant to
  // work with Saleh" describes them; "Pedram is reluctant to …" reports an attitude.
  if (info.cls == CueClass::kBelief && is_attitude_adjective(low(k))) {
    long j = skip_aux_back(k, sb);
    if (j < static_cast<long>(sb)) return false;
    const size_t p = static_cast<size_t>(j);
    if (!is_word(p) || !is_linking_verb(low(p))) {
      // skip_aux_back may have passed the copula itself; look at the word before the cue too.
      if (!(k > sb && is_word(k - 1) && is_linking_verb(low(k - 1)))) return false;
    }
  }
  // "…, said Rahmon, referring to the withdrawal": a stance participle after a speech
  // attribution describes that act; the statement is the quote it follows.
  if (info.cls == CueClass::kStance && info.form == CueForm::kGerund && k > sb + 1 &&
      punct(k - 1, ',')) {
    const size_t floor = k > sb + kAdjunctReach ? k - kAdjunctReach : sb;
    for (size_t j = k - 1; j-- > floor;) {
      if (!is_word(j) || in_quote_[j] >= 0) continue;
      const CueInfo c = quotes::lookup_cue(low(j));
      if (c.cls == CueClass::kSpeech && (c.form == CueForm::kPast || c.form == CueForm::kThird))
        return false;
    }
  }
  return true;
}

}  // namespace newsgraph::quotes
