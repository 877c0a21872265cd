// Which cue words open a statement. PolNeAR annotates any attribution, stances and actions
// included ("referring to the withdrawal", "bestowed the highest honor"); a reader listing what
// people said wants speech or cognition: a cue that reports words or a belief. These rules
// reject the cue candidates that describe an act or an attitude without reporting content.
// Also: a passive stance cue whose agent follows "by" (passive_with_agent), and the words a
// trailing phrase after a cue may hold (plain_phrase_word).
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
  // "Rahmon supported the opposition": backing or opposing someone reports no words (the
  // relation stage reports it as `supports` / `opposes`).
  if (info.attitude) return false;
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
  // attribution describes that act; the statement is the quote it follows. Not when it reports
  // a clause of its own: "…, Trump said, repeating a false claim that he opposed the war".
  if (info.cls == CueClass::kStance && info.form == CueForm::kGerund && k > sb + 1 &&
      punct(k - 1, ',') && that_ahead(k + 1, sent_end_[k]) == SIZE_MAX) {
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

// A word that may stand in a prepositional phrase but opens or makes no clause.
bool Extractor::plain_phrase_word(size_t k) {
  const std::string_view w = low(k);
  if (pronouns().count(w) || finite_auxiliary(w) || is_addressee(w)) return false;
  if (quotes::lookup_cue(w).cls != CueClass::kNone) return false;
  return !(w.size() > 3 && w.substr(w.size() - 2) == "ed");
}

// "Moves to lift the ban have been condemned by human rights groups.": a passive stance cue
// with its agent after "by"; the subject that opens the sentence is what the agent judged.
void Extractor::passive_with_agent(size_t cue, size_t cue_end, size_t sb, size_t se) {
  // "X was quoted by the paper as saying …": X is who spoke.
  if (low(cue).substr(0, 5) == "quote") return;
  size_t aux = cue;  // the first auxiliary of the passive ("have been", "was", "is being")
  while (aux > sb && is_word(aux - 1) && aux_words().count(low(aux - 1))) --aux;
  bool be = false;
  for (size_t k = aux; k < cue; ++k)
    be = be || low(k) == "is" || low(k) == "was" || low(k) == "are" || low(k) == "were" ||
         low(k) == "been" || low(k) == "be";
  const size_t first = sentence_subject_start(sb, cue);
  size_t e;
  if (!be || first + 1 >= aux || cue_end + 2 >= se || !is_word(cue_end + 1) ||
      low(cue_end + 1) != "by" || !np_after(cue_end + 2, se, &e, /*any_start=*/true))
    return;
  // The subject is a phrase, not a clause of its own ("… said the plan was criticised by").
  for (size_t k = first; k < aux; ++k) {
    if (!is_word(k) || in_quote_[k] >= 0 || finite_auxiliary(low(k))) return;
    const CueInfo c = quotes::lookup_cue(low(k));
    // "He says the plan was …" has a clause before; "Plans to close …" opens with a noun.
    if (c.cls != CueClass::kNone &&
        (c.form == CueForm::kPast || (c.form == CueForm::kThird && k > first)))
      return;
  }
  emit(indirect_type(first, aux - 1), Span{words_[first].begin, words_[aux - 1].end},
       Span{words_[cue].begin, words_[cue_end + 1].end},
       Span{words_[cue_end + 2].begin, words_[e].end}, speaker_entity(cue_end + 2, e));
  mark_used(first, aux - 1);
}

}  // namespace newsgraph::quotes
