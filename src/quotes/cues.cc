// Cue words: the inventory, the learned cue model, and the tests around them.
#include <algorithm>
#include <unordered_set>

#include "quotes/extractor.h"

namespace newsgraph::quotes {

namespace {

// A word that opens an indirect question ("where it stood", "whether to run").
bool is_wh_word(std::string_view w) {
  return w == "what" || w == "where" || w == "when" || w == "why" || w == "how" || w == "whether" ||
         w == "who" || w == "whom" || w == "which";
}

}  // namespace

bool Extractor::is_cue_start(size_t k, CueInfo* info, size_t* cue_end) {
  std::string_view w = low(k);
  *cue_end = k;
  if (w == "according") {
    if (k + 1 < words_.size() && low(k + 1) == "to") {
      *cue_end = k + 1;
      info->cls = CueClass::kSpeech;
      info->form = CueForm::kBase;
      return true;
    }
    return false;
  }
  // A capitalized cue word inside a sentence is part of a name ("United States", "The Post",
  // "Neither Ask Jeeves"): only the learned model or a following "that" makes it a cue.
  if (words_[k].capitalized && k > 0 && is_word(k - 1)) {
    if (low(k - 1) == "united") return false;
    *info = CueInfo{};
    return (cue_model_ && learned_cue(k, info)) || unlisted_verb_before_that(k, info);
  }
  // Forms that are mostly nouns or not reporting ("the state", "a note", "continues to").
  if (w == "state" || w == "states" || w == "post" || w == "posts" || w == "note" ||
      w == "remarks" || w == "continues" || w == "known")
    return false;
  *info = quotes::lookup_cue(w);
  if (info->cls == CueClass::kNone && retort_back(k)) {
    // "fired back at the comments", "shot back that …": the verb and its particle.
    *cue_end = k + 1;
    info->cls = CueClass::kStance;
    info->form = w.substr(w.size() - 3) == "ing" ? CueForm::kGerund : CueForm::kPast;
    return true;
  }
  if (info->cls == CueClass::kNone)
    return (cue_model_ && learned_cue(k, info)) || unlisted_verb_before_that(k, info);
  if (counts_an_amount(k) || absolute_participle(k)) return false;
  if (w == "point" || w == "points" || w == "pointed" || w == "pointing") {
    if (k + 1 < words_.size() && low(k + 1) == "out") {
      *cue_end = k + 1;
      return true;
    }
    if (k + 1 < words_.size() && low(k + 1) == "to" && w != "point") {
      // "pointed to the polls": what is pointed to is the content.
      *cue_end = k + 1;
      info->cls = CueClass::kStance;
      return true;
    }
    return false;
  }
  if (w == "spoke" || w == "speak" || w == "speaks" || w == "speaking" || w == "spoken")
    return false;  // speaking rarely introduces content directly
  if (w == "back" && back_is_particle(k)) return false;
  // "appeared on The Game's debut album", "appeared at a rally": being somewhere, no stance.
  if (w.substr(0, 6) == "appear" && k + 1 < words_.size() && is_word(k + 1)) {
    const std::string_view p = low(k + 1);
    if (p == "on" || p == "in" || p == "at" || p == "before" || p == "with" || p == "alongside")
      return false;
  }
  return true;
}

// "fired back at …", "hit back that …": a verb of retort with its particle "back" before what
// it answers (not "flew back" or "looking back").
bool Extractor::retort_back(size_t k) {
  static const std::unordered_set<std::string_view> kRetort = {
      "fired",   "shot",     "hit",      "struck",  "fought",   "pushed",
      "snapped", "lashed",   "jabbed",   "punched", "firing",   "shooting",
      "hitting", "striking", "fighting", "pushing", "snapping", "lashing"};
  if (!(k + 2 < words_.size() && is_word(k + 1) && low(k + 1) == "back" &&
        kRetort.count(low(k)) > 0 && in_quote_[k] < 0))
    return false;
  // What was answered follows: "at …", "against …", "that …", a colon or a quotation; not
  // "hit back moments later" (a goal) or "fired back in March, attacking …".
  const size_t n = k + 2;
  return words_[n].kind == Kind::kOpenQuote || punct(n, ':') ||
         (is_word(n) && (low(n) == "at" || low(n) == "against" || low(n) == "that"));
}

// "fired back", "shot back", "looking back": "back" after a past or -ing verb is its particle,
// not the verb of "unions back the plan" (after a subject, a modal or "to").
bool Extractor::back_is_particle(size_t k) {
  if (k == 0 || !is_word(k - 1) || words_[k - 1].capitalized) return false;
  const std::string_view p = low(k - 1);
  static const std::unordered_set<std::string_view> kIrregularPast = {
      "hit", "shot", "fought", "struck", "flew", "cut", "beat", "came", "went", "gone", "held"};
  return (p.size() > 3 && (p.substr(p.size() - 2) == "ed" || p.substr(p.size() - 3) == "ing")) ||
         kIrregularPast.count(p) > 0;
}

// Whether word j starts a figure: "5.3%", "3-1/8", "$1.89", "£69".
bool Extractor::starts_amount(size_t j) const {
  if (j >= words_.size()) return false;
  if (starts_digit(j)) return true;
  const std::string_view w = text_.substr(words_[j].begin, words_[j].end - words_[j].begin);
  const bool currency = w == "$" || w == "\u00A3" || w == "\u20AC";
  return currency && j + 1 < words_.size() && words_[j + 1].begin == words_[j].end &&
         starts_amount(j + 1);
}

// A cue word used for a sum or a market move, not a statement: "Daiwa added 5.3% to 740 yen",
// "the stock declined 1/4 to 103-1/2", "offered 90.25 dlrs", "restructuring charges of 2.1 mln
// dlrs", "closed up 23 points to 6661.89". Verbs that report figures ("said 9.4 mln dlrs were
// assumed", "estimated 3.00 dlrs per share", "a poll found 45 percent …") keep them.
bool Extractor::counts_an_amount(size_t k) const {
  static const std::unordered_set<std::string_view> kAmountVerbs = {
      "add",       "adds",     "added",  "adding",  "decline",  "declines", "declined",
      "declining", "offer",    "offers", "offered", "offering", "charge",   "charges",
      "charged",   "charging", "gain",   "gains",   "gained",   "gaining"};
  const std::string_view w = low(k);
  if (w.substr(0, 5) == "point") return k > 0 && starts_amount(k - 1);  // "23 points to"
  if (!kAmountVerbs.count(w)) return false;
  size_t j = k + 1;
  if (j < words_.size() && is_word(j) && (low(j) == "of" || low(j) == "to" || low(j) == "by")) ++j;
  return starts_amount(j);
}

// "with the city expected to cover a third", "with hunts expected to test the law": a
// participle after "with" and its noun phrase is passive, an absolute clause; the noun phrase
// is what others expect something of, no source. Not before "that" or "as" ("with Mr Dixon
// quoted as saying …"), nor a participle of feeling, whose noun phrase holds the view ("with
// Democratic leaders increasingly worried about …"); nor a verb with no passive, finite after a
// "with" phrase ("the battle with Trump seemed to start").
bool Extractor::absolute_participle(size_t k) {
  static const std::unordered_set<std::string_view> kFeeling = {
      "alarmed",    "angered",      "annoyed",  "concerned",  "convinced",  "delighted",
      "determined", "disappointed", "dismayed", "encouraged", "frustrated", "pleased",
      "relieved",   "satisfied",    "shocked",  "surprised",  "troubled",   "worried",
      "seemed",     "appeared",     "looked",   "sounded"};
  const std::string_view w = low(k);
  if (w.size() < 5 || !w.ends_with("ed") || k == 0 || kFeeling.count(w)) return false;
  if (k + 1 < words_.size() && is_word(k + 1) && (low(k + 1) == "that" || low(k + 1) == "as"))
    return false;
  for (size_t j = k - 1, words = 0; j > 0 && words < 4; --j, ++words) {
    if (!is_word(j)) return false;
    if (low(j) == "with") return j + 1 < k;
    if (!is_plain_noun_word(j) && !determiners().count(low(j)) && !words_[j].capitalized &&
        !is_manner_adverb(j))
      return false;
  }
  return false;
}

// Words the learned cue model judges: lower-case words outside quotation marks that the cue
// inventory does not list.
bool Extractor::is_cue_candidate(size_t k) {
  return is_lower_content_word(k) && quotes::lookup_cue(low(k)).cls == CueClass::kNone;
}

// A lower-case word outside quotation marks that is not a function word.
bool Extractor::is_lower_content_word(size_t k) {
  if (!is_word(k) || in_quote_[k] >= 0 || words_[k].capitalized) return false;
  const unsigned char c = static_cast<unsigned char>(text_[words_[k].begin]);
  if (c < 'a' || c > 'z') return false;
  std::string_view w = low(k);
  return !(aux_words().count(w) || np_stop_words().count(w) || determiners().count(w) ||
           pronouns().count(w));
}

// The sentence around word k as the cue model reads it (bounded for runaway sentences).
quotes::CueSentence Extractor::cue_sentence(size_t k) const {
  quotes::CueSentence s;
  s.text = text_;
  s.words = &words_;
  s.in_quote = &in_quote_;
  s.begin = std::max(sent_begin_[k], k > kFeatureWindow ? k - kFeatureWindow : 0);
  s.end = std::min(sent_end_[k], k + kFeatureWindow);
  return s;
}

// A word outside the inventory (the caller has looked it up) that the learned model calls a
// cue. Its class follows from what comes after it: a "that" clause is reported speech,
// anything else its object.
bool Extractor::learned_cue(size_t k, CueInfo* info) {
  if (!is_lower_content_word(k)) return false;
  cue_model_->features(cue_sentence(k), k, features_);
  if (cue_model_->score(features_) <= cue_model_->threshold()) return false;
  std::string_view w = low(k);
  const auto ends = [&](std::string_view suffix) {
    return w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix;
  };
  info->form = ends("ing")  ? CueForm::kGerund
               : ends("ed") ? CueForm::kPast
               : ends("s")  ? CueForm::kThird
                            : CueForm::kBase;
  bool that = false;
  for (size_t j = k + 1; j < sent_end_[k] && j < k + 6; ++j)
    if (is_word(j) && low(j) == "that") that = true;
  // A word the inventory does not list reports a statement most surely with a clause after
  // it ("quipped that …"); with an object it often names an act ("bestowed the highest honor
  // on …"), so the model must be surer of it.
  if (!that && cue_model_->score(features_) <= cue_model_->threshold() + kObjectCueMargin)
    return false;
  // "made it clear where it stood": an unlisted word before an indirect question reports that
  // something was made known, not what.
  if (!that && k + 1 < sent_end_[k] && is_word(k + 1) && is_wh_word(low(k + 1))) return false;
  info->cls = that ? CueClass::kReport : CueClass::kStance;
  info->takes_object = false;
  return true;
}

// A verb outside the lexicon used as one: a lower-case past or third-person form between a
// name or pronoun and "that" ("Cruz quipped that …", "she reckons that …").
bool Extractor::unlisted_verb_before_that(size_t k, CueInfo* info) {
  if (k == 0 || k + 1 >= words_.size() || words_[k].capitalized) return false;
  if (!is_word(k + 1) || low(k + 1) != "that" || !is_word(k - 1) || in_quote_[k - 1] >= 0)
    return false;
  std::string_view w = low(k);
  const bool past = w.size() > 4 && w.substr(w.size() - 2) == "ed";
  const bool third =
      w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u';
  if (!past && !third) return false;
  std::string_view prev = low(k - 1);
  if (!(words_[k - 1].capitalized || pronouns().count(prev)) || prev == "it" ||
      noun_markers().count(prev) || determiners().count(prev))
    return false;
  info->cls = CueClass::kReport;
  info->form = past ? CueForm::kPast : CueForm::kThird;
  info->takes_object = false;
  return true;
}

void Extractor::find_cues() {
  size_t n = words_.size();
  for (size_t k = 0; k < n; ++k) {
    if (k == 0 && dash_source_headline(k)) {
      while (k + 1 < n && para_[k + 1] == para_[0]) ++k;  // the next paragraph
      continue;
    }
    if (k == 0 || para_[k] != para_[k - 1]) {
      const size_t resume = headline_attribution(k);
      if (resume != k) {
        k = resume - 1;  // the next paragraph
        continue;
      }
    }
    if (punct(k, ':') && in_quote_[k] < 0 && k > 0 && k + 1 < n) colon_attribution(k);
    if (!is_word(k) || in_quote_[k] >= 0) continue;
    if (k == sent_begin_[k] && words_[k].capitalized && low(k) == "in") document_lead(k);
    CueInfo info;
    size_t cue_end = k;
    if (!is_cue_start(k, &info, &cue_end) || !opens_statement(k, info)) continue;
    handle_cue(k, cue_end, info);
    k = cue_end;
  }
}

// "successfully argued", "angrily denied": a lower-case -ly adverb (not a noun like "rally").
bool Extractor::is_manner_adverb(size_t k) {
  if (words_[k].capitalized) return false;
  std::string_view w = low(k);
  if (w.size() < 6 || w.substr(w.size() - 2) != "ly") return false;
  static const std::unordered_set<std::string_view> kNouns = {
      "family", "supply", "assembly", "anomaly", "monopoly", "butterfly", "italy", "rally"};
  return !kNouns.count(w);
}

// A word that can start an infinitive's verb: lower-case, not a determiner, pronoun or one
// of the usual objects ("to reporters", "to the office").
bool Extractor::looks_like_verb(size_t k) {
  if (words_[k].capitalized) return false;
  std::string_view w = low(k);
  if (determiners().count(w) || pronouns().count(w) || noun_markers().count(w)) return false;
  return !is_addressee(w);
}

// The usual addressees of a reporting verb ("told reporters", "said to him").
bool Extractor::is_addressee(std::string_view w) {
  return w == "reporters" || w == "him" || w == "her" || w == "them" || w == "us" || w == "me" ||
         w == "supporters" || w == "voters" || w == "journalists";
}

// seem / appear: the writer's impression of the subject.
bool Extractor::is_impression_cue(size_t cue) {
  std::string_view w = low(cue);
  if (w.substr(0, 4) == "seem" || w == "appear" || w == "appears" || w == "appeared" ||
      w == "appearing")
    return true;
  // Passive belief: "Trump is expected to win", "the deal was thought to be dead".
  if (!(w == "expected" || w == "believed" || w == "thought" || w == "rumored" ||
        w == "considered" || w == "seen" || w == "known") ||
      cue == 0 || !is_word(cue - 1))
    return false;
  std::string_view a = low(cue - 1);
  return a == "is" || a == "was" || a == "are" || a == "were" || a == "be" || a == "been" ||
         a == "widely" || a == "also" || a == "still" || a == "not";
}

bool Extractor::is_time_word(size_t k) {
  if (!is_word(k)) return false;
  static const std::unordered_set<std::string_view> s = {
      "monday", "tuesday",   "wednesday", "thursday", "friday",  "saturday",  "sunday",
      "today",  "yesterday", "tonight",   "night",    "morning", "afternoon", "evening",
      "week",   "weekend",   "month",     "year",     "earlier", "later",     "back",
      "then",   "now",       "recently",  "ago"};
  return s.count(low(k)) > 0;
}

// "… and said …", "… but argues …": a finite reporting verb after a conjunction.
bool Extractor::starts_new_attribution(size_t k) {
  // A past or third-person form, or a plural present before "that" ("and some analysts
  // predict that …").
  const auto finite_cue = [&](size_t j) {
    if (!is_word(j) || in_quote_[j] >= 0 || words_[j].capitalized) return false;
    const CueInfo c = quotes::lookup_cue(low(j));
    const bool plural_before_that =
        c.form == CueForm::kBase && j + 1 < words_.size() && is_word(j + 1) && low(j + 1) == "that";
    return (c.cls == CueClass::kSpeech || c.cls == CueClass::kReport) &&
           (c.form == CueForm::kPast || c.form == CueForm::kThird || plural_before_that);
  };
  // "… and he said …": a pronoun subject first.
  if (pronouns().count(low(k)) && k + 1 < words_.size() && is_word(k + 1)) ++k;
  CueInfo c = quotes::lookup_cue(low(k));
  if (c.cls != CueClass::kNone && (c.form == CueForm::kPast || c.form == CueForm::kThird))
    return true;
  // "… and the opposition said …", "… but Smith argued …": a short subject of its own (a
  // name or a determiner phrase) and a finite speech verb.
  if (!(words_[k].capitalized || determiners().count(low(k)))) return false;
  for (size_t j = k + 1; j < words_.size() && j <= k + kNewSubjectWords; ++j) {
    if (finite_cue(j)) return true;
    if (!is_word(j) || in_quote_[j] >= 0 || np_stop_words().count(low(j)) ||
        aux_words().count(low(j)))
      return false;
  }
  return false;
}

}  // namespace newsgraph::quotes
