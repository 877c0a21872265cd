// One cue at a time: its source, then its content (an adjacent quote, the clause after it,
// the clause before ", X said"; "according to" is in according.cc).
#include <algorithm>

#include "quotes/extractor.h"
#include "util/lexicon.h"
#include "util/role_words.h"

namespace newsgraph::quotes {

void Extractor::handle_cue(size_t cue, size_t cue_end, const CueInfo& info) {
  // Runaway "sentences" (no punctuation for pages) are cut to a window around the cue.
  const size_t sb = std::max(sent_begin_[cue], cue > kWindow ? cue - kWindow : 0);
  const size_t se = std::min(sent_end_[cue], cue_end + kWindow);
  const bool according = low(cue) == "according";
  if (cue == sb && low(cue) == "asked") {
    handle_asked_opener(cue, cue_end, se);
    return;
  }
  Found src;
  if (according) {
    size_t e;
    if (!(cue_end + 1 < se && np_after(cue_end + 1, se, &e, /*any_start=*/true))) return;
    src = {true, cue_end + 1, e};
  } else if (!find_source(cue, cue_end, info, sb, se, &src)) {
    return;
  }
  // "The moves were condemned by rights groups": no active source, maybe an agent.
  const bool passive_stance = info.cls == CueClass::kStance && info.form == CueForm::kPast;
  if (!src.ok) {
    if (passive_stance) passive_with_agent(cue, cue_end, sb, se);
    return;
  }
  if (src.np_first < cue && is_impression_cue(cue) &&
      !(src.np_first == src.np_last && low(src.np_first) == "it")) {
    // "The crowd seemed unconvinced": the writer's impression, subject and all.
    emit_impression(src.np_first, src.np_last, cue, se);
    return;
  }
  if (info.cls == CueClass::kStance && !stance_source_ok(src, cue, sb, info)) {
    if (passive_stance) passive_with_agent(cue, cue_end, sb, se);
    return;
  }

  Attribution at;
  at.cue = cue;
  at.cue_end = cue_end;
  at.sb = sb;
  at.se = se;
  at.mention = Span{words_[src.np_first].begin, words_[src.np_last].end};
  at.speaker = src.antecedent_first != SIZE_MAX
                   ? speaker_entity(src.antecedent_first, src.antecedent_last)
                   : speaker_entity(src.np_first, src.np_last);
  at.cue_span = Span{words_[cue].begin, words_[cue_end].end};
  at.takes_object = info.takes_object;
  at.clause_first = std::min(described_source_start(src.np_first), cue);
  at.clause_last = std::max(src.np_last, cue_end);
  const int qb = quote_before_attribution(at);
  const int qa = quote_after_attribution(at, qb);
  if (qb >= 0) {
    emit_quote_before(at, qb, qa);
    return;
  }
  if (qa >= 0 && !according) {
    QuoteSpan& q = qspans_[static_cast<size_t>(qa)];
    q.used = true;
    emit(QuoteType::kDirect, q.content, at.cue_span, at.mention, at.speaker);
    return;
  }
  if (according) {
    handle_according(cue, cue_end, src, at.mention, at.cue_span, at.speaker);
    return;
  }
  // --- indirect: the clause after the cue, unless the cue ends the sentence after its
  // content ("They had two broad aims, Foster writes in his book") ---
  if (src.np_first < cue && !content_before_source(at) &&
      add_indirect_after(cue, cue_end, info, at.mention, at.speaker, se))
    return;
  emit_clause_before(at, info, src);
}

// "They had two broad aims, Foster writes in his new book.": the source and its cue follow the
// content after a comma, and only a short prepositional phrase follows the cue to the end of
// the sentence.
bool Extractor::content_before_source(const Attribution& at) {
  if (!(at.clause_first > at.sb + 1 && punct(at.clause_first - 1, ','))) return false;
  // "In an interview, Trump said on Monday …": an opening adverbial is no content.
  if (sentence_subject_start(at.sb, at.cue) >= at.clause_first) return false;
  size_t k = at.clause_last + 1;
  if (k >= at.se || !is_word(k) || low(k) == "that" || !after_cue_skip().count(low(k)))
    return false;
  // "promised to resign": an infinitive is the content itself.
  if (low(k) == "to" && k + 1 < at.se && is_word(k + 1) && looks_like_verb(k + 1)) return false;
  // A longer phrase (up to kLongTrailingPhraseWords) only after a speech cue and a preposition of
  // place or occasion ("she said in a video message to the convention."; "worry about …" and
  // "support later …" name their topic), and with no word of a clause in it (no pronoun, finite
  // verb, past form or cue: not "said in the end the plant would close").
  const std::string_view prep = low(k);
  bool plain = quotes::lookup_cue(low(at.cue)).cls == CueClass::kSpeech &&
               (prep == "in" || prep == "on" || prep == "at" || prep == "during");
  for (size_t n = 0; k < at.se; ++k, ++n) {
    if (scan::is_final_punct(text_, words_[k])) return n <= kTrailingPhraseWords || plain;
    if (n >= kLongTrailingPhraseWords || !is_word(k) || in_quote_[k] >= 0 || low(k) == "that")
      return false;
    plain = plain && plain_phrase_word(k);
  }
  return true;
}

// Whether the sentence ends (or reaches a comma) within kTrailingPhraseWords plain words from
// k: no quotation, no "that" clause and no cue word of its own in between.
bool Extractor::short_tail(size_t k, size_t se, bool takes_object) {
  if (k >= se || k >= words_.size()) return true;
  if (scan::is_final_punct(text_, words_[k]) || punct(k, ',')) return true;
  // A clause of its own starts with a subject ("He thought the work of …"); an adverbial with a
  // preposition or adverb, and an object only after a cue that takes one ("asked reporters").
  if (!is_word(k)) return false;
  const std::string_view w0 = low(k);
  const bool adverbial = after_cue_skip().count(w0) > 0 || is_addressee(w0);
  if (!adverbial && !takes_object &&
      (words_[k].capitalized || determiners().count(w0) || pronouns().count(w0)))
    return false;
  for (size_t n = 0; k < se && k < words_.size(); ++k, ++n) {
    if (scan::is_final_punct(text_, words_[k]) || punct(k, ',')) return true;
    if (n >= kTrailingPhraseWords || !is_word(k) || in_quote_[k] >= 0 || low(k) == "that" ||
        quotes::lookup_cue(low(k)).cls != CueClass::kNone)
      return false;
  }
  return k >= se;
}

// "Asked about the wall, Trump said …": the question up to the comma; the asker is not named,
// the one asked is the subject after the comma.
void Extractor::handle_asked_opener(size_t cue, size_t cue_end, size_t se) {
  size_t comma = cue_end + 1;
  while (comma < se && comma < cue_end + 30 && !punct(comma, ',')) ++comma;
  size_t e;
  // "Asked by Starnes if he believed …, Carson said": the asker is named; the question is his.
  if (cue_end + 3 < comma && comma < se && is_word(cue_end + 1) && low(cue_end + 1) == "by" &&
      words_[cue_end + 2].capitalized && np_after(cue_end + 2, comma, &e) && e + 1 < comma) {
    size_t q = e + 1;  // past "(R-Tex)" after the name
    if (punct(q, '(')) {
      while (q < comma && !punct(q, ')')) ++q;
      ++q;
    }
    if (q >= comma) return;
    emit(QuoteType::kIndirect, Span{words_[q].begin, words_[comma - 1].end},
         Span{words_[cue].begin, words_[cue_end].end},
         Span{words_[cue_end + 2].begin, words_[e].end}, speaker_entity(cue_end + 2, e));
    return;
  }
  if (comma + 1 < se && punct(comma, ',') && comma > cue_end + 1 && np_after(comma + 1, se, &e)) {
    // "…, the minister replied: …": the subject ends before its verb.
    for (size_t k = comma + 2; k <= e; ++k) {
      const CueInfo c = quotes::lookup_cue(low(k));
      if (!words_[k].capitalized && c.cls != CueClass::kNone &&
          (c.form == CueForm::kPast || c.form == CueForm::kThird)) {
        e = k - 1;
        break;
      }
    }
    Span m{words_[comma + 1].begin, words_[e].end};
    emit(QuoteType::kIndirect, Span{words_[cue_end + 1].begin, words_[comma - 1].end},
         Span{words_[cue].begin, words_[cue_end].end}, m, speaker_entity(comma + 1, e));
  }
}

// The source of a cue other than "according to", in the sentence [sb, se). Returns false
// when the cue was handled here (", adding that …") or has no source.
bool Extractor::find_source(size_t cue, size_t cue_end, const CueInfo& info, size_t sb, size_t se,
                            Found* found) {
  Found& src = *found;
  const long j = source_before_cue(cue, info, sb, &src);
  if (!src.ok && (info.cls == CueClass::kSpeech || info.cls == CueClass::kReport) &&
      (info.form == CueForm::kPast || info.form == CueForm::kThird ||
       info.form == CueForm::kBase)) {
    // Inversion: "…,” said Pedram" / "…, says the report." / "…!” reply Burton and Nick.": a
    // plural verb only with "say" or a coordinated subject.
    bool after_content =
        cue > sb &&
        (punct(cue - 1, ',') || words_[cue - 1].kind == Kind::kCloseQuote || punct(cue - 1, ':'));
    size_t e;
    if (after_content && cue_end + 1 < se && np_after(cue_end + 1, se, &e)) {
      const bool plural_ok =
          info.form != CueForm::kBase || low(cue) == "say" || coordinated_name(e, se, &e);
      if (plural_ok && (e + 1 >= se || !is_word(e + 1) || np_stop_words().count(low(e + 1)))) {
        src = {true, cue_end + 1, e};
        // "…,” said the party's leader, John Smith.": the name set off after a description
        // at the end of the sentence is who it is.
        size_t n;
        if (!words_[e].capitalized && e + 2 < se && punct(e + 1, ',') &&
            words_[e + 2].capitalized && np_after(e + 2, se, &n) &&
            (n + 1 >= se || scan::is_final_punct(text_, words_[n + 1]))) {
          src.antecedent_first = e + 2;
          src.antecedent_last = n;
        }
      }
    }
  }
  if (!src.ok && j >= static_cast<long>(sb) && is_word(static_cast<size_t>(j)) &&
      (low(static_cast<size_t>(j)) == "and" || low(static_cast<size_t>(j)) == "but") &&
      info.form != CueForm::kGerund && info.form != CueForm::kBase) {
    // "Trump doubled down … and said …", "…, but defended the plan": the subject that opens
    // the sentence.
    size_t first = sentence_subject_start(sb, cue);
    size_t e;
    if (first < static_cast<size_t>(j) && elided_subject(first, static_cast<size_t>(j), &e))
      src = {true, first, e};
    // "Civil rights group Liberty said … but called on …": the source of the first verb, when
    // it opens the sentence, is the whole subject.
    if (src.ok && !doc_.quotes.empty()) {
      const Span m = doc_.quotes.back().speaker_mention;
      if (!m.empty() && m.begin == words_[first].begin && m.end > words_[e].end) {
        const size_t last = word_at(m.end - 1);
        if (last < static_cast<size_t>(j)) src.np_last = last;
      }
    }
  }
  // "calling him a “stiff” and accusing him …": a gerund cue joined to the statement of
  // another that ends right before the "and".
  bool joined_gerund = false;
  if (!src.ok && info.form == CueForm::kGerund && cue > sb + 1 && is_word(cue - 1) &&
      low(cue - 1) == "and" && !doc_.quotes.empty()) {
    const Quote& prev = doc_.quotes.back();
    const std::string_view prev_cue = doc_.slice(prev.cue);
    joined_gerund = prev_cue.size() > 4 && prev_cue.substr(prev_cue.size() - 3) == "ing" &&
                    prev.content.end <= words_[cue - 1].begin &&
                    prev.content.end >= words_[cue - 2].begin;
  }
  // "rallied supporters by warning that …", "is facing criticism after saying …": a gerund
  // cue after a preposition of manner or time says what the sentence's subject did.
  const bool after_prep = info.form == CueForm::kGerund &&
                          (info.cls == CueClass::kSpeech || info.cls == CueClass::kReport) &&
                          cue > sb + 1 && is_word(cue - 1) &&
                          (low(cue - 1) == "by" || low(cue - 1) == "after" ||
                           low(cue - 1) == "before" || low(cue - 1) == "while") &&
                          // a clause or a quotation follows ("by adding a few communities" is no
                          // statement)
                          (low(cue) == "saying" || that_ahead(cue_end + 1, se) != SIZE_MAX ||
                           (cue_end + 1 < se && words_[cue_end + 1].kind == Kind::kOpenQuote));
  // ", also calling on …", ", later adding that …": an adverb between the comma and the cue.
  const bool comma_adverb = info.form == CueForm::kGerund && cue > sb + 2 && is_word(cue - 1) &&
                            sentence_adverb(cue - 1) && punct(cue - 2, ',');
  // "she said at a news conference announcing that …": an occasion does not speak; whoever
  // spoke at it does.
  const bool occasion = info.form == CueForm::kGerund && src.ok && src.np_last + 1 == cue &&
                        !words_[src.np_last].capitalized && is_occasion_noun(low(src.np_last));
  if (occasion) src = Found{};
  if (!src.ok && info.form == CueForm::kGerund && cue > sb &&
      (punct(cue - 1, ',') || is_dash_word(cue - 1) || joined_gerund || after_prep ||
       comma_adverb || occasion)) {
    // ", adding that …": the subject of the previous quote in this sentence.
    if (!doc_.quotes.empty()) {
      const Quote& prev = doc_.quotes.back();
      if (!prev.speaker_mention.empty() && prev.speaker_mention.begin >= words_[sb].begin) {
        add_indirect_after(cue, cue_end, info, prev.speaker_mention, prev.speaker, se);
        return false;
      }
    }
    // Otherwise the subject that opens the sentence ("Trump defended X, saying …").
    size_t first = sentence_subject_start(sb, cue);
    size_t e;
    // After a preposition only a named entity or a pronoun, not "The hope …" or "Also …".
    const bool subject =
        after_prep &&
                !(punct(cue - 1, ',') || is_dash_word(cue - 1) || joined_gerund || comma_adverb)
            ? first < cue && !determiners().count(low(first)) && elided_subject(first, cue, &e) &&
                  (pronouns().count(low(first)) || speaker_entity(first, e) >= 0)
            : first < cue && (elided_subject(first, cue, &e) || np_after(first, cue, &e)) &&
                  (words_[first].capitalized ||
                   (comma_adverb && pronouns().count(low(first)) && low(first) != "it"));
    if (subject) {
      Span m{words_[first].begin, words_[e].end};
      add_indirect_after(cue, cue_end, info, m, speaker_entity(first, e), se);
    }
    return false;
  }
  return true;
}

// "Burton and Nick": a second name joined to the phrase ending at word `last`; *end is then
// its last word.
bool Extractor::coordinated_name(size_t last, size_t se, size_t* end) {
  const size_t k = last + 2;
  if (!(k < se && words_[last].capitalized && is_word(last + 1) && low(last + 1) == "and" &&
        is_word(k) && words_[k].capitalized && in_quote_[k] < 0))
    return false;
  return np_after(k, se, end);
}

// The subject shared by a coordinated verb ("Senator Jane Miller visited the plant and said"):
// a name (its capitalized words), a pronoun, or a determiner phrase up to its first verb-like
// word, starting at `first` and ending before `limit`.
bool Extractor::elided_subject(size_t first, size_t limit, size_t* last) {
  if (!is_word(first) || in_quote_[first] >= 0) return false;
  std::string_view w0 = low(first);
  if (pronouns().count(w0)) {
    if (w0 == "it" || w0 == "that" || w0 == "this") return false;
    *last = first;
    return true;
  }
  const bool name = words_[first].capitalized && !determiners().count(w0);
  if (!name && !determiners().count(w0)) return false;
  size_t e = first;
  const size_t most = name ? kElidedNameWords : kElidedSubjectWords;
  for (size_t k = first + 1; k < limit && k < first + most; ++k) {
    if (abbreviation_period(k)) continue;
    if (!is_word(k) || in_quote_[k] >= 0) break;
    // "Tory leader Michael Howard", "Secretary of State John Kerry", "House Ways and Means
    // Committee": a lower-case title or connector between a name's capitalized words.
    const bool title_in_name = name && !words_[k].capitalized && k + 1 < limit && is_word(k + 1) &&
                               words_[k + 1].capitalized && in_quote_[k + 1] < 0 &&
                               (name_titles().count(low(k)) || low(k) == "of" || low(k) == "and");
    if (name ? !(words_[k].capitalized || title_in_name)
             : !(words_[k].capitalized || is_plain_noun_word(k)))
      break;
    // "The mayor met the workers": a word followed by a determiner is the verb, not the head.
    if (!name && k + 1 < limit && is_word(k + 1) && low(k) != "of" &&
        (determiners().count(low(k + 1)) || pronouns().count(low(k + 1))))
      break;
    e = k;
  }
  if (e == first && !name) return false;  // a bare determiner
  *last = e;
  return true;
}

// The subject before a cue: a noun phrase, a relative pronoun standing for its antecedent, or
// a name before an appositive. Sets *found when there is one; returns the index of the word
// before the cue's auxiliaries and time phrases.
long Extractor::source_before_cue(size_t cue, const CueInfo& info, size_t sb, Found* found) {
  Found& src = *found;
  long j = skip_time_back(skip_aux_back(cue, sb), sb);
  if (info.cls == CueClass::kSpeech) j = skip_year_back(j, sb);
  size_t b;
  if (j >= static_cast<long>(sb) && np_before(static_cast<size_t>(j), sb, &b)) {
    // Drop time words at the start of the phrase ("Tuesday Trump said").
    while (b < static_cast<size_t>(j) && is_time_word(b)) ++b;
    src = {true, b, static_cast<size_t>(j)};
    verb_after_and(cue, sb, &src);
  } else if (j > static_cast<long>(sb) && is_word(static_cast<size_t>(j)) &&
             (low(static_cast<size_t>(j)) == "who" || low(static_cast<size_t>(j)) == "which")) {
    // "Trump, who said ...", "reports which found ...": the relative pronoun is the
    // source mention; the speaker is its antecedent.
    const size_t rel = static_cast<size_t>(j);
    const size_t before = punct(rel - 1, ',') && rel >= sb + 2 ? rel - 2 : rel - 1;
    if (np_before(before, sb, &b)) {
      src = {true, rel, rel};
      src.antecedent_first = b;
      src.antecedent_last = before;
      // "Armin Laschet, the leader of the opposition in North-Rhine Westphalia, who suggested":
      // an apposition that names no one stands between the name and its relative clause.
      size_t name_first;
      if (speaker_entity(b, before) < 0 && !words_[b].capitalized && b >= sb + 2 &&
          punct(b - 1, ',') && words_[b - 2].capitalized && np_before(b - 2, sb, &name_first) &&
          speaker_entity(name_first, b - 2) >= 0) {
        src.antecedent_first = name_first;
        src.antecedent_last = b - 2;
      }
    }
  } else if (j > static_cast<long>(sb) && punct(static_cast<size_t>(j), ',') &&
             info.form != CueForm::kGerund) {
    // Appositive: "Umarov, a Central Asia expert at ..., doubts ..." (possibly several
    // comma-separated pieces: "Marley Anderson, 21, a junior from Las Vegas, said").
    long c = j - 1;
    // "One delegate not on the slate, Kelly Schmidt, told …", "The firm, Paion, said": the
    // name right after a description; not a title or a place after a person's name ("Tony
    // Banks, Labour MP for West Ham, said", "Michael Seaman, Sacramento, said").
    if (np_before(static_cast<size_t>(c), sb, &b) && words_[b].capitalized &&
        !determiners().count(low(b)) && b > sb && punct(b - 1, ',') &&
        words_[static_cast<size_t>(c)].capitalized &&
        (!person_word(b - 2) || person_word(static_cast<size_t>(c))))
      src = {true, b, static_cast<size_t>(c)};
    for (int pieces = 0; pieces < 3 && !src.ok; ++pieces) {
      while (c > static_cast<long>(sb) && j - c < 30 && !punct(static_cast<size_t>(c), ',') &&
             in_quote_[static_cast<size_t>(c)] < 0 && !is_quote_mark(static_cast<size_t>(c)) &&
             (!scan::is_final_punct(text_, words_[static_cast<size_t>(c)]) ||
              abbreviation_period(static_cast<size_t>(c))))
        --c;
      if (!(c > static_cast<long>(sb) && punct(static_cast<size_t>(c), ','))) break;
      size_t head = static_cast<size_t>(c) - 1;
      // "Rep. Gregory Meeks (D-N.Y.), chairman of …, said": the name before a parenthesis.
      if (punct(head, ')')) {
        size_t open = head;
        while (open > sb && open + 8 > head && !punct(open, '(')) --open;
        if (punct(open, '(') && open > sb + 1) head = open - 1;
      }
      // "The senator, who spoke on condition of anonymity, said": a plain noun phrase
      // that opens the sentence.
      // "Fred Hasson, head of Tiga, which represents …, said": a role phrase set off by commas
      // is one more piece of the apposition, even when it ends in a name.
      const bool np = np_before(head, sb, &b);
      const bool role_piece = np && b > sb + 1 && punct(b - 1, ',') && is_word(b) &&
                              !words_[b].capitalized && !determiners().count(low(b)) &&
                              !pronouns().count(low(b));
      if (np && !role_piece &&
          (words_[head].capitalized || pronouns().count(low(head)) ||
           (opens_clause(b, sb) && determiners().count(low(b))))) {
        // The name must start its clause (sentence start, or after a comma / conjunction).
        src = {true, b, head};
        break;
      }
      --c;
    }
  }
  if (j > static_cast<long>(sb)) subject_before_relative_clause(cue, sb, &src);
  // "Having said that, …", "Having seen the film, …": a perfect participle opens a clause
  // whose subject comes later; "Having" speaks for no one.
  if (src.ok && src.np_first == src.np_last && low(src.np_first) == "having") src = Found{};
  return j;
}

// Whether word b opens the sentence [sb, …) or the clause right after a quotation in it ("“…,”
// the mayor …", "“…”, the mayor …").
bool Extractor::opens_clause(size_t b, size_t sb) const {
  return b == sb || (b > sb && words_[b - 1].kind == Kind::kCloseQuote) ||
         (b >= sb + 2 && punct(b - 1, ',') && words_[b - 2].kind == Kind::kCloseQuote);
}

// A stance cue ("criticized", "praised") takes only an active subject that is a name, a
// pronoun, or a determiner phrase opening the sentence.
bool Extractor::stance_source_ok(const Found& src, size_t cue, size_t sb, const CueInfo& info) {
  if (src.np_first > cue) return false;
  // Passive ("was named", "is supported by"): the subject is not the source. "is
  // endorsing" is not passive.
  // A cue coordinated with an earlier verb of its subject is checked from the conjunction on:
  // "said there would be no change and rejected the threat" is active.
  for (size_t k = cue; info.form != CueForm::kGerund && k > src.np_last + 1; --k) {
    std::string_view a = low(k - 1);
    if ((a == "and" || a == "but") && in_quote_[k - 1] < 0) break;
    if (a == "is" || a == "was" || a == "are" || a == "were" || a == "be" || a == "been" ||
        a == "being" || a == "now")
      return false;
  }
  // A common noun subject only when it opens the sentence ("The governor called …", "Experts
  // questioned …", also after an opening conjunction or adverb: "But experts have questioned
  // …") or a name ("Scott's family", "Clinton supporters").
  const bool sentence_subject = src.np_first == sentence_subject_start(sb, cue);
  const bool pronoun_head = pronouns().count(low(src.np_last)) > 0;
  if (!words_[src.np_last].capitalized && !pronoun_head && !sentence_subject) return false;
  return true;
}

// The unused quote that ends right before the attribution ("“…,” he said"), or -1.
int Extractor::quote_before_attribution(const Attribution& at) {
  // --- content: a quote right before the attribution ---
  long before = static_cast<long>(at.clause_first) - 1;
  if (before >= 0 && punct(static_cast<size_t>(before), ',')) --before;
  int qb = -1;
  // The quote must end in this paragraph, and in this sentence unless it ends with a comma
  // ("“…,” he said"): "“…” The firm said that …" starts a new statement.
  const QuoteSpan* quote_before =
      before >= 0 && in_quote_[static_cast<size_t>(before)] >= 0
          ? &qspans_[static_cast<size_t>(in_quote_[static_cast<size_t>(before)])]
          : nullptr;
  // "“Why now?” Clinton asked." also: a question or exclamation closed by its attribution.
  // The attribution may end with a short phrase of its own ("Rubio asked in a bewildered
  // tone.", "she shouted at the crowd.").
  const bool asked_before =
      quote_before &&
      (punct(quote_before->last_word, '?') || punct(quote_before->last_word, '!')) &&
      at.clause_last + 1 < words_.size() && short_tail(at.clause_last + 1, at.se, at.takes_object);
  if (quote_before && words_[static_cast<size_t>(before)].kind == Kind::kCloseQuote &&
      para_[static_cast<size_t>(before)] == para_[at.cue] &&
      (static_cast<size_t>(before) >= at.sb || ends_with_comma_like(*quote_before) ||
       asked_before) &&
      !is_title_quote(*quote_before)) {
    qb = in_quote_[static_cast<size_t>(before)];
  } else if (before >= 0 && in_quote_[static_cast<size_t>(before)] >= 0 &&
             !qspans_[static_cast<size_t>(in_quote_[static_cast<size_t>(before)])].terminated) {
    // "…, ”he said" with a lost closing mark: an unterminated quote ending right here.
    qb = -1;
  }
  if (qb >= 0 && qspans_[static_cast<size_t>(qb)].used) qb = -1;
  return qb;
}

// The unused quote right after the attribution (", “…" or ": “…", maybe after a short
// adverbial or the object of a cue that takes one: "He told everyone, “…”"), or the next quote of
// the paragraph when the one before (qb) goes on in it.
int Extractor::quote_after_attribution(const Attribution& at, int qb) {
  // --- a quote right after: ", “…" or ": “…" (maybe after a short adverbial) ---
  int qa = -1;
  size_t after = at.clause_last + 1;
  {
    size_t a = after;
    size_t limit = std::min(at.se + 2, words_.size());
    // Not across "that": "told reporters that he …: “…”" is an indirect statement first.
    while (a < limit && a < after + 8 && is_word(a) && in_quote_[a] < 0 && low(a) != "that") ++a;
    if (a < words_.size() && (punct(a, ',') || punct(a, ':')) && a + 1 < words_.size() &&
        words_[a + 1].kind == Kind::kOpenQuote && in_quote_[a + 1] >= 0 &&
        para_[a + 1] == para_[at.cue] &&
        (a == after || punct(a, ':') || (at.takes_object && a <= after + kObjectWords) ||
         skip_adverbial(after, a) == a || (qb >= 0 && split_by_attribution(qb, after, a))))
      qa = in_quote_[a + 1];
    else if (a < words_.size() && words_[a].kind == Kind::kOpenQuote && a == after &&
             punct(at.cue_end, ':'))
      qa = in_quote_[a];
    else if (a == after && a < words_.size() && punct(a, ':') && a + 1 < words_.size() &&
             words_[a + 1].kind == Kind::kOpenQuote && in_quote_[a + 1] >= 0)
      qa = in_quote_[a + 1];
    if (qa >= 0 && a < words_.size() && punct(a, ':') &&
        qspans_[static_cast<size_t>(qa)].attributed_after)
      qa = -1;
  }
  if (qa >= 0 && qspans_[static_cast<size_t>(qa)].used) qa = -1;
  // "“A,” she said. “B.”": the statement goes on in the next quote of the paragraph.
  if (qb >= 0 && qa < 0 && after + 1 < words_.size() &&
      scan::is_final_punct(text_, words_[after]) && words_[after + 1].kind == Kind::kOpenQuote &&
      in_quote_[after + 1] >= 0 && para_[after + 1] == para_[at.cue] &&
      !qspans_[static_cast<size_t>(in_quote_[after + 1])].used &&
      ends_with_comma_like(qspans_[static_cast<size_t>(qb)])) {
    // Not when the next quote has its own attribution ("“B,” he said").
    const QuoteSpan& next = qspans_[static_cast<size_t>(in_quote_[after + 1])];
    size_t k = next.close + 1;
    if (k < words_.size() && punct(k, ',')) ++k;
    bool own = next.terminated && k < words_.size() && para_[k] == para_[at.cue] && is_word(k) &&
               !words_[k].newline_before &&
               (!words_[k].capitalized || k == next.close + 2 || pronouns().count(low(k)) ||
                is_cue_word(word_text(k)));
    if (!own) qa = in_quote_[after + 1];
  }
  return qa;
}

// "“It's a disgrace,” she wrote in a blog post on Sunday, “and …”": the quote qb ends with a
// comma and the attribution's words [after, comma) are only a phrase of its own (no clause, no
// "that"), so the quote after the comma goes on with qb.
bool Extractor::split_by_attribution(int qb, size_t after, size_t comma) {
  if (!ends_with_comma_like(qspans_[static_cast<size_t>(qb)])) return false;
  // The quote after goes on with a lower-case word or is a statement of its own length, not a
  // title ("she wrote in her memoir, “Tough Choices.”").
  const QuoteSpan& next = qspans_[static_cast<size_t>(in_quote_[comma + 1])];
  if (words_[next.first_word].capitalized && content_words(next.first_word, next.last_word) < 4)
    return false;
  for (size_t k = after; k < comma; ++k) {
    if (!is_word(k) || pronouns().count(low(k))) return false;
    const CueInfo c = quotes::lookup_cue(low(k));  // "in a blog post": a noun form is no verb
    if (c.cls != CueClass::kNone && c.form != CueForm::kBase) return false;
  }
  return after < comma && (after_cue_skip().count(low(after)) || is_manner_adverb(after));
}

// Emits the quote before the attribution (qb), joined with the one after it (qa) when qb
// ends with a comma; a lead-in sentence before the quote makes it a mixed statement.
void Extractor::emit_quote_before(const Attribution& at, int qb, int qa) {
  QuoteSpan& q = qspans_[static_cast<size_t>(qb)];
  q.used = true;
  Span content = q.content;
  Span second;  // "“A,” he said, “B.”": the piece after the attribution
  if (qa >= 0 && ends_with_comma_like(q)) {
    QuoteSpan& q2 = qspans_[static_cast<size_t>(qa)];
    q2.used = true;
    content.end = q2.content.end;
    second = q2.content;
  }
  // "The vote was “a disgrace,” Sanders said": the sentence leads into the quote; the
  // statement is the whole of it.
  QuoteType type = QuoteType::kDirect;
  size_t lead = skip_lead_in(at.sb, q.open);
  while (lead < q.open && !is_word(lead)) ++lead;
  if (lead < q.open && content_words(lead, q.open - 1) >= 2 && para_[lead] == para_[q.open]) {
    bool plain = true;
    for (size_t k = lead; k < q.open && plain; ++k)
      plain = in_quote_[k] < 0 && !is_quote_mark(k) && !punct(k, ':') &&
              (!scan::is_final_punct(text_, words_[k]) || abbreviation_period(k));
    if (plain) {
      content.begin = words_[lead].begin;
      type = QuoteType::kMixed;
    }
  }
  if (emit(type, content, at.cue_span, at.mention, at.speaker) && !second.empty())
    doc_.quotes.back().parts = {Span{content.begin, q.content.end}, second};
}

// "…, X said": the clause before the attribution is the statement (indirect).
void Extractor::emit_clause_before(const Attribution& at, const CueInfo& info, const Found& src) {
  // --- indirect: the clause before ", X said" ---
  if (at.clause_first > at.sb + 1 && punct(at.clause_first - 1, ',')) {
    size_t end_ok = at.clause_last + 1;
    if (info.takes_object && end_ok < at.se && src.np_first < at.cue) {
      // "…, the president told her." / "…, a spokesman told The Wall Street Journal."
      size_t k = end_ok;
      while (k < at.se && k < end_ok + 6 && is_word(k) && in_quote_[k] < 0) ++k;
      if (k > end_ok && (k >= at.se || scan::is_final_punct(text_, words_[k]) || punct(k, ',')))
        end_ok = k;
      // "…, the senator told ABC's “Good Morning America.”": an object with a quoted title.
      k = is_word(end_ok) ? skip_adverbial(object_end(end_ok, at.se), at.se) : end_ok;
      if (k > end_ok && (k >= at.se || scan::is_final_punct(text_, words_[k]) || punct(k, ',')))
        end_ok = k;
    }
    bool at_end = end_ok >= at.se || scan::is_final_punct(text_, words_[end_ok]) ||
                  punct(end_ok, ',') || (is_word(end_ok) && after_cue_skip().count(low(end_ok)));
    if (!at_end) return;
    size_t first = skip_lead_in(at.sb, at.clause_first);
    while (first < at.clause_first &&
           (is_quote_mark(first) || punct(first, '(') || is_dash_word(first)))
      ++first;
    size_t last = at.clause_first - 2;
    // "In his state, Christie said, nonviolent offenders are …": the statement goes on after
    // the attribution; take the whole sentence, its pieces around the attribution as parts.
    size_t resume = 0;  // first word after the attribution when the statement goes on
    // Not when an inverted source's appositive runs to the end (", said John Smith, a lawyer
    // for the firm."); ", said X, an expert, is …" goes on after it.
    bool appositive_only = src.np_first > at.cue;
    for (size_t k = end_ok + 1; appositive_only && k < at.se; ++k)
      appositive_only = !punct(k, ',') && in_quote_[k] < 0;
    if (end_ok < at.se && punct(end_ok, ',') && end_ok + 1 < at.se && is_word(end_ok + 1) &&
        !appositive_only) {
      std::string_view nx = low(end_ok + 1);
      bool tail = nx.size() > 4 && nx.substr(nx.size() - 3) == "ing";
      if (!tail && !after_cue_skip().count(nx) && nx != "who" && nx != "which" &&
          nx != "according" && nx != "adding" && content_words(end_ok + 1, at.se - 1) >= 3) {
        last = at.se - 1;
        while (last > end_ok && (scan::is_final_punct(text_, words_[last]) ||
                                 (is_quote_mark(last) && in_quote_[last] < 0)))
          --last;
        resume = end_ok + 1;
      }
    }
    while (last > first && (is_quote_mark(last) || punct(last, ','))) --last;
    if (last <= first || content_words(first, last) < 3 || opens_with_attribution(first, last))
      return;
    Span content{words_[first].begin, words_[last].end};
    if (emit(indirect_type(first, last), content, at.cue_span, at.mention, at.speaker) &&
        resume > 0 && resume <= last) {
      size_t head_last = at.clause_first - 2;
      while (head_last > first && (is_quote_mark(head_last) || punct(head_last, ','))) --head_last;
      doc_.quotes.back().parts = {Span{words_[first].begin, words_[head_last].end},
                                  Span{words_[resume].begin, words_[last].end}};
    }
    mark_used(first, last);
  }
}

// Emits the clause from its subject [first, subject_last] to the end of the sentence; the
// subject is named as the source (PolNeAR often marks it so).
void Extractor::emit_impression(size_t first, size_t subject_last, size_t cue, size_t se) {
  size_t last = se - 1;
  while (last > cue && (scan::is_final_punct(text_, words_[last]) || punct(last, ',') ||
                        (is_quote_mark(last) && in_quote_[last] < 0)))
    --last;
  if (last <= cue) return;
  if (is_word(cue + 1) && low(cue + 1) == "to" && content_words(cue + 2, last) < 1) return;
  emit(indirect_type(first, last), Span{words_[first].begin, words_[last].end},
       Span{words_[cue].begin, words_[cue].end},
       Span{words_[first].begin, words_[subject_last].end}, speaker_entity(first, subject_last));
  mark_used(first, last);
}

// "“…,” hunt master, Captain Ian Farquhar, said": a title set off before the source's name
// right after a quotation belongs to the attribution; the title's first word, else np_first.
size_t Extractor::described_source_start(size_t np_first) {
  if (!words_[np_first].capitalized || pronouns().count(low(np_first))) return np_first;
  size_t name = np_first;  // "Captain Ian Farquhar": the honorific opens the name
  while (name > 0 && is_word(name - 1) && words_[name - 1].capitalized &&
         util::name_titles().contains(low(name - 1)))
    --name;
  if (name < 3 || !punct(name - 1, ',')) return np_first;
  size_t k = name - 1;
  for (size_t words = 0; k > 0 && words < 5; ++words) {
    const size_t p = k - 1;
    if (!is_word(p) || in_quote_[p] >= 0) break;
    const std::string_view w = low(p);
    if (pronouns().count(w) || finite_auxiliary(w) || quotes::lookup_cue(w).cls != CueClass::kNone)
      return np_first;
    k = p;
  }
  // The description follows the quotation's closing mark (and its comma).
  if (k == name - 1 || k == 0) return np_first;
  size_t q = k - 1;
  if (punct(q, ',') && q > 0) --q;
  if (words_[q].kind != Kind::kCloseQuote) return np_first;
  // A person's role or description ("leader", "spokesman"), not a word only ever a name's
  // title ("Campaign" of "Campaign Manager X": "the campaign, it added, is …").
  const std::string_view classes = util::person_titles().value(low(name - 2));
  return classes.find("role") != std::string_view::npos ||
                 classes.find("description") != std::string_view::npos
             ? k
             : np_first;
}

}  // namespace newsgraph::quotes
