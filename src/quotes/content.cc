// The content of an indirect statement: the clause after the cue.
#include <algorithm>

#include "quotes/extractor.h"

namespace newsgraph::quotes {

namespace {
bool is_month(std::string_view w) {
  static constexpr std::string_view kMonths[] = {
      "january",   "february", "march",    "april",    "may",  "june", "july", "august",
      "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
      "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return std::find(std::begin(kMonths), std::end(kMonths), w) != std::end(kMonths);
}
}  // namespace

// Skips a short adverbial after a cue: "on Monday", "in a statement", "on Fox News", "last
// week", "Tuesday"; a determiner or a name only inside a prepositional phrase, so that
// "said Tuesday the attack …" keeps "the attack".
size_t Extractor::skip_adverbial(size_t j, size_t se) {
  enum { kFree, kAfterPrep, kAfterNoun } state = kFree;
  const size_t limit = j + 4;
  size_t after_prep = j;  // just after the last preposition
  // "on Jan. 5": the abbreviation's full stop.
  auto month_stop = [&](size_t k) {
    return state == kAfterNoun && text_[words_[k].begin] == '.' &&
           words_[k].end == words_[k].begin + 1 && is_month(low(k - 1));
  };
  while (j < se && j < limit && (is_word(j) || month_stop(j))) {
    if (!is_word(j)) {
      ++j;
      continue;
    }
    std::string_view w = low(j);
    // "announced on March 27 he would …": a day after its month belongs to the adverbial.
    if (state == kAfterNoun && starts_digit(j) && w.size() <= 2 &&
        (is_month(low(j - 1)) || (j >= 2 && is_month(low(j - 2))))) {
      ++j;
      continue;
    }
    const bool modifier = w == "this" || w == "last" || w == "late" || w == "early";
    if (is_time_word(j)) {
      state = kAfterNoun;
    } else if (modifier) {
      // "this week", "last month"; "believe this provides …" keeps "this".
      if (!(j + 1 < se && is_time_word(j + 1))) break;
    } else if (w == "to" && j + 1 < se && is_word(j + 1) && looks_like_verb(j + 1)) {
      break;  // "promised Monday to begin …": the infinitive is the content
    } else if (after_cue_skip().count(w)) {
      state = kAfterPrep;
      after_prep = j + 1;
    } else if (state == kAfterPrep && is_addressee(w)) {
      state = kAfterNoun;  // "said to reporters the plan …": the addressee goes too
    } else if (state == kAfterPrep && (w == "the" || w == "a" || w == "an")) {
      // stays after the preposition
    } else if (state == kAfterPrep && (words_[j].capitalized || w == "statement" ||
                                       w == "interview" || w == "speech" || w == "email")) {
      state = kAfterNoun;
    } else if (state == kAfterNoun && words_[j].capitalized && words_[j - 1].capitalized &&
               !is_time_word(j - 1)) {
      // "on Fox News"
    } else {
      // "commented on the reason …": the preposition goes, the phrase stays.
      if (state == kAfterPrep) return after_prep;
      break;
    }
    ++j;
  }
  return j;
}

// Words after a comma that open a clause of the writer's rather than the source's
// (", which …", ", while …"): the content stops before the comma.
bool Extractor::content_tail_opener(std::string_view w) {
  return w == "while" || w == "telling" || w == "whereas";
}

QuoteType Extractor::indirect_type(size_t first, size_t last) const {
  for (size_t k = first; k <= last; ++k)
    if (in_quote_[k] >= 0) {
      const QuoteSpan& q = qspans_[static_cast<size_t>(in_quote_[k])];
      if (q.open == first && (q.close == last + 1 || q.close == last || q.last_word >= last))
        return QuoteType::kDirect;
      return QuoteType::kMixed;
    }
  return QuoteType::kIndirect;
}

void Extractor::mark_used(size_t first, size_t last) {
  for (size_t k = first; k <= last && k < words_.size(); ++k)
    if (in_quote_[k] >= 0) qspans_[static_cast<size_t>(in_quote_[k])].used = true;
}

namespace {
bool is_preposition(std::string_view w) {
  return w == "in" || w == "of" || w == "on" || w == "at" || w == "for" || w == "with" ||
         w == "by" || w == "from" || w == "to" || w == "about" || w == "under" || w == "through";
}
}  // namespace

bool Extractor::add_indirect_after(size_t cue, size_t cue_end, const CueInfo& info, Span mention,
                                   int32_t speaker, size_t se) {
  size_t start = cue_end + 1;
  if (start >= se) return false;
  if ((punct(start, ',') || punct(start, ':')) && start + 1 < words_.size() &&
      words_[start + 1].kind == Kind::kOpenQuote && in_quote_[start + 1] >= 0) {
    // ", saying, “The fewer guns, the better.”"
    QuoteSpan& q = qspans_[static_cast<size_t>(in_quote_[start + 1])];
    if (q.used || (punct(start, ':') && q.attributed_after)) return false;
    q.used = true;
    emit(QuoteType::kDirect, q.content, Span{words_[cue].begin, words_[cue_end].end}, mention,
         speaker);
    return true;
  }
  if (punct(start, ',')) {
    // "X said, however, that …" is rare; ", said X" handled elsewhere.
    return false;
  }
  if (punct(start, ':')) ++start;
  const size_t after_cue = start;
  start = content_start_after_cue(cue, info, start, se);
  if (start >= se) return false;
  size_t last = content_end_after_cue(start, se, info.form == CueForm::kGerund);
  last = relative_clause_end(cue, mention, start, last);
  last = learned_content_end(cue, start, last);
  // "which Democrats say could be aiding Mr. Sanders", "what it calls sensible laws": a cue
  // inside a relative clause reports the clause, relative pronoun, source and cue included
  // (PolNeAR's reading).
  // Not a full clause after the cue ("in which the treasurer warned that …": the pronoun is no
  // part of what was said), nor "which"/"who" after a preposition.
  if (start == after_cue && mention.begin < words_[cue].begin && low(start) != "that") {
    const size_t s0 = word_at(mention.begin);
    const bool after_preposition = s0 > 1 && is_word(s0 - 2) && is_preposition(low(s0 - 2));
    if (s0 > 0 && is_word(s0 - 1) && in_quote_[s0 - 1] < 0 && !words_[s0 - 1].capitalized) {
      const std::string_view rel = low(s0 - 1);
      // "for what it calls …": "what" is the thing itself, a preposition before it or not.
      if (((rel == "which" || rel == "who" || rel == "whom") && !after_preposition) ||
          rel == "what")
        return emit_content_after_cue(cue, cue_end, info, mention, speaker, s0 - 1, last);
    }
  }
  return emit_content_after_cue(cue, cue_end, info, mention, speaker, start, last);
}

// "Senator Walsh, who said the cuts were too small, voted against the bill": a statement
// inside a relative clause set off by commas ends with the clause, before the comma and the
// sentence's own verb (a finite auxiliary or a past form). `last` otherwise.
size_t Extractor::relative_clause_end(size_t cue, Span mention, size_t start, size_t last) {
  size_t rel = cue;
  while (rel > 0 && words_[rel].begin > mention.begin) --rel;
  if (rel == 0 || words_[rel].begin != mention.begin || words_[rel].end != mention.end ||
      !(low(rel) == "who" || low(rel) == "which"))
    return last;
  if (!punct(rel - 1, ',')) {
    // "The Republican who wrote the speech … said he …": a clause with no commas ends before
    // the sentence's own "said".
    for (size_t j = start + 1; j <= last; ++j)
      if (said_or_told(j)) return j - 1;
    return last;
  }
  for (size_t j = start + 1; j + 1 <= last; ++j) {
    if (!punct(j, ',') || in_quote_[j] >= 0 || !is_word(j + 1) || in_quote_[j + 1] >= 0 ||
        words_[j + 1].capitalized)
      continue;
    const std::string_view v = low(j + 1);
    if (finite_auxiliary(v) || (v.size() > 4 && v.substr(v.size() - 2) == "ed")) return j - 1;
  }
  return last;
}

// "that" a little ahead of `start` (after an object or a time phrase), or SIZE_MAX.
size_t Extractor::that_ahead(size_t start, size_t se) {
  for (size_t j = start; j < se && j < start + 12; ++j) {
    if (!is_word(j) || in_quote_[j] >= 0) {
      if (punct(j, ',') && j == start) break;
      if (scan::is_final_punct(text_, words_[j])) break;
      continue;
    }
    if (low(j) == "that") return j;
  }
  return SIZE_MAX;
}

// A lower-case adverb of the cue auxiliary list ("also", "later", "again") or one in -ly.
bool Extractor::sentence_adverb(size_t k) {
  if (!is_word(k) || words_[k].capitalized) return false;
  const std::string_view a = low(k);
  if (a == "not" || a == "never" || a == "n't") return false;
  return (aux_words().count(a) && !determiners().count(a) && a.size() > 2 && !finite_auxiliary(a) &&
          a != "be" && a != "been") ||
         (a.size() > 4 && a.substr(a.size() - 2) == "ly");
}

// Whether word k ends in a possessive "'s" ("NBC's", "Radio 4’s").
bool Extractor::possessive_word(size_t k) const {
  const std::string_view w = text_.substr(words_[k].begin, words_[k].end - words_[k].begin);
  return lexicon::strip_possessive(w).size() < w.size();
}

// The word after the object of "told" that starts at `j` (a name or "the" and a name): its
// capitalized words, with a number or a possessive inside the name ("BBC Radio 4's World At
// One", "Fox News 6"), a quoted title after a possessive (ABC's "Good Morning America") and
// one lower-case head noun after "the" or a possessive ("the court", "NBC's Today show").
size_t Extractor::object_end(size_t j, size_t se) {
  const size_t start = j;
  const bool the = low(j) == "the";
  if (the) ++j;
  // Capitalized words, with an abbreviation's period inside the name ("Mr. Obama").
  while (j < se && in_quote_[j] < 0 &&
         ((is_word(j) && (words_[j].capitalized ||
                          (j > start && words_[j - 1].capitalized && starts_digit(j)))) ||
          (j > start && j + 1 < se && abbreviation_period(j) && is_word(j + 1) &&
           words_[j + 1].capitalized)))
    ++j;
  bool possessive = false;
  for (size_t k = start; k < j; ++k) possessive = possessive || possessive_word(k);
  if (possessive && j < se && words_[j].kind == Kind::kOpenQuote && in_quote_[j] >= 0) {
    // A quoted title: capitalized words only, closed within the sentence.
    const QuoteSpan& q = qspans_[static_cast<size_t>(in_quote_[j])];
    bool title = q.open == j && q.terminated && q.close < se && q.close <= j + 7;
    for (size_t k = j + 1; title && k < q.close; ++k) title = !is_word(k) || words_[k].capitalized;
    if (title) return q.close + 1;
  }
  // A lower-case head noun at the end of the sentence, before "in" / "on" or before the subject
  // of the statement ("the court in his filing", "NBC's Today show on Monday", "Radio 4's Today
  // programme he hoped …", "the crowd it was …"); not before "of" ("the story of …").
  if (!((the && j == start + 1) || possessive) || j + 1 >= se || !is_word(j) || in_quote_[j] >= 0 ||
      after_cue_skip().count(low(j)) || words_[j].capitalized || determiners().count(low(j)) ||
      pronouns().count(low(j)) || low(j) == "that" ||
      quotes::lookup_cue(low(j)).cls != CueClass::kNone || aux_words().count(low(j)))
    return j;
  if (scan::is_final_punct(text_, words_[j + 1])) return j + 1;
  if (!is_word(j + 1) || in_quote_[j + 1] >= 0) return j;
  const std::string_view nx = low(j + 1);
  if (nx == "in" || nx == "on" || (nx != "it" && pronouns().count(nx)) ||
      words_[j + 1].capitalized || (possessive && determiners().count(nx)))
    return j + 1;
  return j;
}

// Where the statement after a cue starts, past prepositions, objects and adverbials that
// belong to the cue; >= se when there is none.
size_t Extractor::content_start_after_cue(size_t cue, const CueInfo& info, size_t start,
                                          size_t se) {
  size_t that_at = that_ahead(start, se);
  if (info.cls == CueClass::kStance) {
    std::string_view w = is_word(start) ? low(start) : std::string_view();
    // "referring to the withdrawal": the preposition belongs to the cue.
    if (w == "for" || w == "on" || w == "out" || w == "about" || w == "against" || w == "with" ||
        w == "at" || w == "upon" || (w == "to" && low(cue).substr(0, 5) == "refer"))
      ++start;
    if (start >= se) return se;
    that_at = SIZE_MAX;
    // "expressed support for the bill", "voiced concern that …", "distanced himself from
    // the remarks": the attitude noun and its preposition belong to the cue.
    if (start + 2 < se && is_word(start) && is_word(start + 1)) {
      static const std::unordered_set<std::string_view> kAttitude = {
          "support",    "concern", "concerns",   "confidence", "opposition",     "frustration",
          "skepticism", "doubts",  "doubt",      "hope",       "fears",          "interest",
          "outrage",    "anger",   "sympathy",   "regret",     "disappointment", "dismay",
          "himself",    "herself", "themselves", "itself"};
      static const std::unordered_set<std::string_view> kPreps = {
          "for", "about", "in", "over", "that", "with", "at", "from", "toward", "towards"};
      const bool attitude = kAttitude.count(low(start)) > 0;
      if (attitude && kPreps.count(low(start + 1))) start += low(start + 1) == "that" ? 1 : 2;
    }
  } else if (is_word(start) && (low(start) == "to" || low(start) == "with") &&
             that_at != SIZE_MAX) {
    // "wrote to the office that …", "agrees with Viguerie that …".
    start = that_at;
  } else if (is_word(start) && that_at == SIZE_MAX &&
             (low(start) == "against" || low(start) == "about" || low(start) == "upon" ||
              low(start) == "of")) {
    // "warned against a rush", "complained about the rules": the topic, without the
    // preposition.
    ++start;
    if (start >= se) return se;
  }
  // "vowed to fight on": an infinitive right after the cue is the content itself.
  const bool infinitive = is_word(start) && low(start) == "to" && !info.takes_object &&
                          start + 1 < se && is_word(start + 1) && looks_like_verb(start + 1);
  bool skippable = info.cls != CueClass::kStance && is_word(start) && !infinitive &&
                   (after_cue_skip().count(low(start)) || info.takes_object);
  const bool ask = low(cue).substr(0, 3) == "ask";
  if (ask && is_word(start)) {
    // "asked Sanders how he is feeling": the question, from its wh-word.
    for (size_t j = start + 1; j < se && j < start + 4 && is_word(j) && in_quote_[j] < 0; ++j) {
      std::string_view w = low(j);
      if (w == "how" || w == "whether" || w == "if" || w == "what" || w == "why" || w == "when" ||
          w == "where" || w == "who") {
        start = j;
        break;
      }
    }
  } else if (info.takes_object && is_word(start)) {
    if (that_at != SIZE_MAX) {
      start = that_at;
    } else if (low(cue).substr(0, 3) == "urg") {
      // "urged the administration to join …": the object is part of what was urged.
    } else {
      // told reporters / told CNN / asked him: skip the object.
      size_t j = start;
      std::string_view w = low(j);
      if (w == "reporters" || w == "him" || w == "her" || w == "them" || w == "us" || w == "me" ||
          w == "you" || w == "supporters" || w == "voters" || w == "the" || words_[j].capitalized) {
        // "told reporters the plan …": after an addressee, "the" opens the statement.
        const bool addressee = is_addressee(w) || w == "you";
        j = addressee ? j + 1 : object_end(j, se);
        // "told CNN on Sunday he would …": and a time phrase after the object.
        start = skip_adverbial(j, se);
      } else {
        return se;  // "asked whether …" questions, "urged Congress to …" etc.
      }
    }
  } else if (skippable && that_at != SIZE_MAX) {
    start = that_at;
  } else if (skippable) {
    // "said on Monday the plan …": skip to after a short adverbial only when it is one.
    size_t j = start;
    while (j < se && j < start + 4 && is_word(j) &&
           (after_cue_skip().count(low(j)) || words_[j].capitalized || low(j) == "the" ||
            low(j) == "a" || low(j) == "an" || low(j) == "statement" || low(j) == "interview" ||
            low(j) == "week" || low(j) == "night" || low(j) == "morning" || low(j) == "year" ||
            is_time_word(j)))
      ++j;
    if (j < se && punct(j, ',')) {
      // "…, Hollande said Tuesday in Paris, noting …": the statement is the clause before.
      size_t b = cue;
      while (b > 0 && is_word(b - 1) && in_quote_[b - 1] < 0 && b + 10 > cue) --b;
      if (b > 0 && (punct(b - 1, ',') || words_[b - 1].kind == Kind::kCloseQuote)) return se;
      ++j;
      start = j;
    } else {
      start = skip_adverbial(start, se);
      // "senators said today after a private meeting with …": what follows a time conjunction
      // is when, not what; the statement is the clause before the attribution.
      if (start > 0 && start < se && is_word(start - 1)) {
        const std::string_view p = low(start - 1);
        if (p == "after" || p == "before" || p == "during") return se;
      }
    }
  }
  return start;
}

// The last word of the statement that starts at `start`: the end of the sentence, or before
// ", adding …" / ", according to …" / a new clause with its own statement.
size_t Extractor::content_end_after_cue(size_t start, size_t se, bool gerund_cue) {
  // The content runs to the end of the sentence, or to ", adding …" / ", according to …".
  size_t last = se - 1;
  for (size_t j = start + 1; j + 1 < se; ++j) {
    if (punct(j, ',') && in_quote_[j] < 0 && is_word(j + 1) && in_quote_[j + 1] < 0) {
      std::string_view nx = low(j + 1);
      if (nx == "according" || nx == "adding" || nx == "saying" || nx == "noting" ||
          nx == "arguing" || nx == "citing" || nx == "explaining" || nx == "referring" ||
          nx == "insisting" || nx == "warning" || nx == "claiming" || nx == "suggesting" ||
          nx == "stressing" || nx == "calling" || content_tail_opener(nx) ||
          (quotes::lookup_cue(nx).cls == CueClass::kSpeech &&
           quotes::lookup_cue(nx).form == CueForm::kPast) ||
          // ", also calling on …": an adverb and a gerund cue
          (sentence_adverb(j + 1) && j + 2 < se && is_word(j + 2) && in_quote_[j + 2] < 0 &&
           quotes::lookup_cue(low(j + 2)).cls != CueClass::kNone &&
           quotes::lookup_cue(low(j + 2)).form == CueForm::kGerund)) {
        last = j - 1;
        break;
      }
    }
    // "…; that is …" and "… and said …": a new clause with its own statement.
    // "… he has “expanded the party,” claiming …": a quoted phrase closed by a comma ends
    // the statement.
    if (words_[j].kind == Kind::kCloseQuote && in_quote_[j] >= 0 && j > start + 1 &&
        punct(j - 1, ',') && is_word(j + 1) && in_quote_[j + 1] < 0) {
      last = j;
      break;
    }
    // "calling him a “stiff” and accusing him of …": a gerund cue's statement ends at a second
    // gerund cue joined to it.
    if (gerund_cue && in_quote_[j] < 0 && is_word(j) && low(j) == "and" && is_word(j + 1) &&
        in_quote_[j + 1] < 0 && !words_[j + 1].capitalized) {
      // Not a noun before its verb ("… gaming and learning have not always …").
      const CueInfo next = quotes::lookup_cue(low(j + 1));
      const bool noun = j + 2 < se && is_word(j + 2) && aux_words().count(low(j + 2));
      if (next.cls != CueClass::kNone && next.form == CueForm::kGerund && !noun) {
        last = j - 1;
        break;
      }
    }
    // "When the moderator pointed out that …, the candidate said …": a subject and a speech
    // verb of their own after a comma open the next statement.
    if (in_quote_[j] < 0 && comma_attribution(j, se)) {
      last = j - 1;
      break;
    }
    const bool conjunction = is_word(j) && (low(j) == "and" || low(j) == "but");
    if (in_quote_[j] < 0 &&
        (punct(j, ';') || (conjunction && is_word(j + 1) && in_quote_[j + 1] < 0 &&
                           starts_new_attribution(j + 1)))) {
      last = j - 1;
      break;
    }
  }
  // If the content runs into a quote that continues past the sentence, take the whole quote.
  if (in_quote_[last] >= 0) {
    const QuoteSpan& q = qspans_[static_cast<size_t>(in_quote_[last])];
    if (q.last_word > last && q.first_word <= last + 1) last = q.terminated ? q.close : q.last_word;
  }
  return trim_content_end(start, last);
}

// ", the candidate said families …", ", he told reporters the …": after the comma at j, a
// subject of its own (a pronoun, a name or a determiner phrase) and a finite speech verb that
// goes on to its own statement (not an aside: ", he said, …").
bool Extractor::comma_attribution(size_t j, size_t se) {
  if (!punct(j, ',') || j + 3 >= se || !is_word(j + 1) || in_quote_[j + 1] >= 0) return false;
  size_t k = j + 1;
  const std::string_view w = low(k);
  if (w == "he" || w == "she" || w == "they" || w == "i" || w == "we") {
    ++k;
  } else {
    if (!(words_[k].capitalized || determiners().count(w)) || pronouns().count(w)) return false;
    // "the mother of three": "of" and a word after it stay in the subject.
    const auto subject_word = [&](size_t n) {
      return is_word(n) && in_quote_[n] < 0 && quotes::lookup_cue(low(n)).cls == CueClass::kNone &&
             ((low(n) == "of" && n + 1 < se && is_word(n + 1)) ||
              (!np_stop_words().count(low(n)) && !aux_words().count(low(n))));
    };
    while (k + 1 < se && k <= j + kNewSubjectWords && subject_word(k + 1)) ++k;
    ++k;
  }
  if (k + 1 >= se || !finite_speech_verb(k)) return false;
  // ", the mother of three replied, “…”": the verb introduces a quotation of its own.
  if ((punct(k + 1, ',') || punct(k + 1, ':')) && k + 2 < words_.size() &&
      words_[k + 2].kind == Kind::kOpenQuote && in_quote_[k + 2] >= 0)
    return true;
  return is_word(k + 1) && in_quote_[k + 1] < 0;
}

// "Bamberg also said the videos do not show …, the footage showed": a clause before ", X
// cue" that opens with a subject and "said" or "told" of its own is that verb's statement
// (not one that opens with "X has agreed to …" or "X continued to …").
bool Extractor::opens_with_attribution(size_t first, size_t last) {
  std::string_view w = low(first);
  if (w == "but" || w == "and") w = low(++first);
  if (!(words_[first].capitalized || pronouns().count(w) || determiners().count(w))) return false;
  for (size_t k = first + 1; k <= last && k <= first + kNewSubjectWords + 1; ++k) {
    if (!is_word(k) || in_quote_[k] >= 0) return false;
    if (said_or_told(k)) return true;
  }
  return false;
}

// The particle of a phrasal cue belongs to the cue, not to what was said ("brushed off | the
// criticism", "made clear | that …", "made it clear | that …"), as PolNeAR marks them; a
// copula before "that" is dropped too ("… is | that …"). Not "to", which PolNeAR keeps ("vowed
// to rebuild"), nor "for" and "with", which it keeps as often as not (docs/quotes.md).
void Extractor::skip_cue_particle(size_t* cue_end, size_t* first, size_t last) {
  if (*first != *cue_end + 1 || *first >= last || !is_word(*first)) return;
  const std::string_view w = low(*first);
  const bool copula = (w == "is" || w == "was") && is_word(*first + 1) && low(*first + 1) == "that";
  size_t n = 0;
  if (w == "of" || w == "off" || w == "up" || w == "down" || w == "out" || w == "against" ||
      w == "over" || w == "clear" || copula)
    n = 1;
  else if (w == "it" && is_word(*first + 1) && low(*first + 1) == "clear")
    n = 2;
  if (n == 0 || *first + n > last) return;
  *first += n;
  if (!copula) *cue_end = *first - 1;
}

// Emits the statement [start, last] after a cue unless it is too short or no statement.
bool Extractor::emit_content_after_cue(size_t cue, size_t cue_end, const CueInfo& info,
                                       Span mention, int32_t speaker, size_t start, size_t last) {
  const bool ask = low(cue).substr(0, 3) == "ask";
  size_t first = start;
  // Content starting with an opening quote: exclude the mark (direct / mixed).
  bool opens_quote = words_[first].kind == Kind::kOpenQuote && in_quote_[first] >= 0;
  if (opens_quote) {
    const QuoteSpan& q = qspans_[static_cast<size_t>(in_quote_[first])];
    if (q.last_word >= last || q.close >= last) {
      QuoteSpan& qq = qspans_[static_cast<size_t>(in_quote_[first])];
      qq.used = true;
      emit(QuoteType::kDirect, qq.content, Span{words_[cue].begin, words_[cue_end].end}, mention,
           speaker);
      return true;
    }
  }
  if (words_[last].kind == Kind::kCloseQuote && last > first) {
    // keep the content through the fragment, without the closing mark
    --last;
  }
  skip_cue_particle(&cue_end, &first, last);
  // Two words may be a topic ("mentioned climate change"); after "said" or "told" they are
  // rarely a statement ("said so", "told reporters").
  const std::string_view cw = low(cue);
  const bool say_or_tell = cw.substr(0, 3) == "sai" || cw.substr(0, 3) == "say" ||
                           cw.substr(0, 3) == "tel" || cw == "told";
  const size_t min_words =
      info.cls == CueClass::kStance || (info.cls == CueClass::kSpeech && !say_or_tell) ? 2 : 3;
  if (last < first || content_words(first, last) < min_words) return false;
  // "In one tweet Friday, Trump said: “…”": a statement that opens with its own source and
  // "said" is that verb's, not a noun's or a non-speech verb's before it.
  if (info.cls != CueClass::kSpeech && opens_with_attribution(first, last)) return false;
  // Questions ("asked whether") and infinitives ("urged X to") are not statements here.
  std::string_view w0 = low(first);
  // "said no", "said yes" answer rather than state; "said no decision had been made" states.
  const bool answer = w0 == "yes" || w0 == "no" || w0 == "nothing";
  if ((!ask && w0 == "so") || w0 == "goodbye" || w0 == "by" || w0 == "into" || w0 == "hello" ||
      w0 == "sorry" || (answer && content_words(first, last) < 4))
    return false;
  if (info.cls == CueClass::kEvidence && w0 != "that" && !words_[first].capitalized &&
      !determiners().count(w0) && !pronouns().count(w0))
    return false;
  // "told the mayors gathered in Indianapolis, “No one should …”": a quote after a comma or
  // colon that runs to the end of the sentence is the statement; the words before it only
  // say where or to whom.
  // Not when a reporting verb of its own comes first ("said fathers would not be eligible,
  // and when pressed …, the mother of three replied, “…”": the quote is the later cue's).
  for (size_t j = first + 1; j <= last; ++j) {
    if (is_word(j) && in_quote_[j] < 0 && (low(j) == "that" || finite_speech_verb(j))) break;
    if (words_[j].kind != Kind::kOpenQuote || in_quote_[j] < 0) continue;
    if (!(punct(j - 1, ',') || punct(j - 1, ':'))) break;
    QuoteSpan& q = qspans_[static_cast<size_t>(in_quote_[j])];
    // "asked if he could ask me a question: “…,” he said": the quote is the later cue's.
    if (punct(j - 1, ':') && q.open == j && !q.used && q.attributed_after) return false;
    if (q.open != j || q.used || q.last_word + 1 < last) break;
    q.used = true;
    emit(QuoteType::kDirect, q.content, Span{words_[cue].begin, words_[cue_end].end}, mention,
         speaker);
    return true;
  }
  // Coordinated clauses ("… that A and that B") stay one statement, as PolNeAR marks them.
  const size_t piece = first;
  Span content{words_[piece].begin, words_[last].end};
  emit(indirect_type(piece, last), content, Span{words_[cue].begin, words_[cue_end].end}, mention,
       speaker);
  mark_used(piece, last);
  return true;
}

}  // namespace newsgraph::quotes
