// The source of a cue: subject noun phrases before it, inverted ones after it, and the
// entity a source phrase names.
#include <algorithm>
#include <unordered_set>

#include "quotes/extractor.h"
#include "util/role_words.h"

namespace newsgraph::quotes {

// The subject noun phrase ending at word `last` (inclusive), scanning back no further than
// `floor`. Returns false when there is none.
// Whether the capitalized words ending at `last` follow a preposition after a lower-case word
// ("a tie at Old Trafford"; not "Secretary of State Kerry").
bool Extractor::name_ends_a_phrase(size_t last, size_t floor) {
  size_t s = last;
  while (s > floor && ((is_word(s - 1) && words_[s - 1].capitalized) || abbreviation_period(s - 1)))
    --s;
  if (s < floor + 2 || !is_word(s - 1) || !is_word(s - 2) || words_[s - 2].capitalized)
    return false;
  const std::string_view p = low(s - 1);
  return p == "at" || p == "in" || p == "of" || p == "for" || p == "from" || p == "to" ||
         p == "on" || p == "with" || p == "against" || p == "after" || p == "before";
}

// A lower-case past tense or participle: an -ed word that is no noun ("need", "speed",
// "hundred"), or an irregular one.
bool Extractor::past_form(std::string_view w) {
  static const std::unordered_set<std::string_view> kIrregular = {
      "became", "began", "brought", "came", "found", "gave",  "got",    "heard", "held",
      "kept",   "left",  "made",    "ran",  "sat",   "saw",   "seen",   "sent",  "spent",
      "stood",  "taken", "took",    "went", "won",   "wrote", "written"};
  static const std::unordered_set<std::string_view> kNouns = {
      "need", "speed", "seed", "breed", "creed", "greed", "feed", "hundred", "bed", "shed"};
  if (kIrregular.count(w)) return true;
  return w.size() > 3 && w.ends_with("ed") && !kNouns.count(w);
}

// Whether the capitalized words ending at `last` open the sentence that starts at `floor`,
// after "Both" at most ("Both Amnesty and …").
bool Extractor::opens_with_name(size_t last, size_t floor) const {
  size_t s = last;
  while (s > floor && is_word(s - 1) && words_[s - 1].capitalized) --s;
  if (s == floor) return !(s == last && low(s) == "both");
  return s == floor + 1 && low(floor) == "both";
}

bool Extractor::np_before(size_t last, size_t floor, size_t* np_begin) {
  if (!is_word(last) || in_quote_[last] >= 0) return false;
  std::string_view head = low(last);
  // A noun marker that is also a person noun heads a subject: "an official" said.
  if ((np_stop_words().count(head) || aux_words().count(head) ||
       (noun_markers().count(head) && !person_nouns().count(head))) &&
      !auxiliary_name(last))
    return false;
  if (head.size() > 2 && head.substr(head.size() - 2) == "ly" && !words_[last].capitalized)
    return false;
  size_t b = last;
  while (b > floor && last - b < 8) {
    size_t j = b - 1;
    // "Mr. Lou", "Sen. Warren", "Joseph R. Biden Jr.": a period that ends an abbreviation.
    if (j > floor && abbreviation_period(j)) {
      b = j;
      continue;
    }
    if (!is_word(j) || in_quote_[j] >= 0) break;
    std::string_view w = low(j);
    if (auxiliary_name(j)) {  // "Will Hutton", "Theresa May"
      b = j;
      continue;
    }
    // "Both Amnesty and the lobby group X described": a name that opens the sentence, joined
    // to a determiner phrase, is one coordinated subject.
    if (w == "and" && j > floor && words_[j - 1].capitalized &&
        (low(j + 1) == "the" || low(j + 1) == "a" || low(j + 1) == "an") &&
        opens_with_name(j - 1, floor)) {
      b = j;
      continue;
    }
    if (w == "and" && j > floor && words_[j - 1].capitalized && words_[j + 1].capitalized) {
      // "… after a 0-0 tie at Old Trafford and Ancelotti said": a name that ends a common
      // noun's prepositional phrase closes another clause; the subject starts after "and".
      if (name_ends_a_phrase(j - 1, floor)) break;
      b = j;
      continue;
    }
    if (np_stop_words().count(w) && !(w == "of" || w == "for" || w == "at" || w == "in")) break;
    if ((w == "of" || w == "for" || w == "at" || w == "in") &&
        !(j > floor && is_word(j - 1) && !np_stop_words().count(low(j - 1))))
      break;
    if (w == "in" || w == "at" || w == "for" || w == "of") {
      // "a diplomat in the region", "an expert at X": keep only inside a phrase that starts
      // with a determiner or capitalized word; the loop continues and we check at the end.
    }
    b = j;
  }
  // Trim leading prepositional pieces: if the phrase starts with a lower-case non-determiner
  // word before a capitalized one, keep from the first determiner/capitalized word.
  while (b < last) {
    std::string_view w = low(b);
    if (w == "of" || w == "for" || w == "at" || w == "in") {
      ++b;
      continue;
    }
    break;
  }
  // A phrase that opens with a lower-case verb or preposition ("defending his tweets",
  // "help Mr. Putin") is the end of another clause, not a subject.
  if (!words_[b].capitalized && b < last) {
    std::string_view w = low(b);
    char c0 = w.empty() ? ' ' : w[0];
    bool ok = determiners().count(w) || pronouns().count(w) || (c0 >= '0' && c0 <= '9') ||
              (w.size() > 3 && w.back() == 's' && w.substr(w.size() - 3) != "ing");
    if (!ok && b > floor && is_word(b - 1) && !np_stop_words().count(low(b - 1))) return false;
    if (!ok && w.size() > 4 && w.substr(w.size() - 3) == "ing") return false;
  }
  *np_begin = b;
  return true;
}

// A lower-case word that can stand inside a noun phrase before its verb: not a function word
// and not a past or third-person verb form ("the mayor of Springfield met", "the union
// leaders visited").
bool Extractor::is_plain_noun_word(size_t k) {
  std::string_view w = low(k);
  if (w == "of") return true;
  if (np_stop_words().count(w) || aux_words().count(w) || pronouns().count(w)) return false;
  if (quotes::lookup_cue(w).cls != CueClass::kNone) return false;
  return !(w.size() > 3 && w.substr(w.size() - 2) == "ed");
}

// "McConnell met with her … and came away convinced that …": a phrase found before the cue
// that opens with a past form after "and" / "but" is the verb of the sentence's subject, which
// becomes the source.
void Extractor::verb_after_and(size_t cue, size_t sb, Found* src) {
  const size_t b = src->np_first;
  size_t first, e;
  if (b > sb && !words_[b].capitalized && is_word(b - 1) &&
      (low(b - 1) == "and" || low(b - 1) == "but") && past_form(low(b)) &&
      (first = sentence_subject_start(sb, cue)) < b - 1 && elided_subject(first, b - 1, &e))
    *src = {true, first, e};
}

// "Theresa May said", "Will Hutton said": an auxiliary written with a capital inside its
// sentence, after a capitalized word, is part of a name.
bool Extractor::auxiliary_name(size_t k) const {
  return words_[k].capitalized && k > sent_begin_[k] && words_[k - 1].capitalized &&
         is_word(k - 1) && aux_words().count(low(k)) > 0;
}

// Inverted subject after the cue ("said Pedram", "said a Western diplomat").
bool Extractor::np_after(size_t first, size_t ceiling, size_t* np_end, bool any_start) {
  if (first >= ceiling || !is_word(first) || in_quote_[first] >= 0) return false;
  std::string_view w0 = low(first);
  if (!any_start &&
      !(words_[first].capitalized || determiners().count(w0) || pronouns().count(w0))) {
    // "said retired neurosurgeon Ben Carson": lower-case descriptors before a name.
    bool name_follows = false;
    for (size_t k = first + 1; k < ceiling && k <= first + 3 && is_word(k); ++k)
      if (words_[k].capitalized) name_follows = true;
    if (!name_follows) return false;
  }
  if (w0 == "it" || w0 == "that" || w0 == "this") return false;
  size_t e = first;
  while (e + 1 < ceiling && e - first < 8) {
    size_t j = e + 1;
    if (abbreviation_period(j) && j + 1 < ceiling && is_word(j + 1) && words_[j + 1].capitalized) {
      e = j + 1;
      continue;
    }
    if (!is_word(j) || in_quote_[j] >= 0) break;
    std::string_view w = low(j);
    if (np_stop_words().count(w) && w != "of") break;
    e = j;
  }
  *np_end = e;
  return true;
}

// Skips adverbs and auxiliaries before the cue; returns the index of the word before them.
long Extractor::skip_aux_back(size_t cue, size_t floor) {
  long j = static_cast<long>(cue) - 1;
  // "Sen. Bernie Sanders (I-Vt.) said": skip a parenthesis.
  if (j > static_cast<long>(floor) && punct(static_cast<size_t>(j), ')')) {
    long k = j - 1;
    while (k > static_cast<long>(floor) && j - k < 12 && !punct(static_cast<size_t>(k), '(')) --k;
    if (k > static_cast<long>(floor) && punct(static_cast<size_t>(k), '(')) j = k - 1;
  }
  // "Mr. Brown — who has led the union for a decade — said": skip an aside between dashes.
  if (j > static_cast<long>(floor) && is_dash_word(static_cast<size_t>(j)) &&
      in_quote_[static_cast<size_t>(j)] < 0) {
    long k = j - 1;
    while (k > static_cast<long>(floor) && j - k < static_cast<long>(kAsideWords) &&
           !is_dash_word(static_cast<size_t>(k)) && in_quote_[static_cast<size_t>(k)] < 0 &&
           !scan::is_final_punct(text_, words_[static_cast<size_t>(k)]))
      --k;
    if (k > static_cast<long>(floor) && k + 1 < j && is_dash_word(static_cast<size_t>(k)))
      j = k - 1;
  }
  while (
      j >= static_cast<long>(floor) && is_word(static_cast<size_t>(j)) &&
      in_quote_[static_cast<size_t>(j)] < 0 && !auxiliary_name(static_cast<size_t>(j)) &&
      (aux_words().count(low(static_cast<size_t>(j))) || is_manner_adverb(static_cast<size_t>(j))))
    --j;
  return j;
}

// "who in 2010 said", "The senator in March said": "in" and a year or a month between a speech
// verb and its subject, from word j back; returns the word before it (j when there is none).
long Extractor::skip_year_back(long j, size_t sb) {
  const auto year_or_month = [&](long k) {
    if (k < static_cast<long>(sb) || !is_word(static_cast<size_t>(k))) return false;
    const std::string_view w = low(static_cast<size_t>(k));
    const bool year =
        w.size() == 4 &&
        std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        (w[0] == '1' || w[0] == '2');
    return year || w == "january" || w == "february" || w == "march" || w == "april" ||
           w == "june" || w == "july" || w == "august" || w == "september" || w == "october" ||
           w == "november" || w == "december";
  };
  if (year_or_month(j)) {
    long k = year_or_month(j - 1) ? j - 1 : j;  // "in March 2010"
    if (k - 1 > static_cast<long>(sb) && is_word(static_cast<size_t>(k - 1)) &&
        low(static_cast<size_t>(k - 1)) == "in")
      j = k - 2;
  }
  return j;
}

// "The campaign on Monday said": skips a time phrase between the subject and the cue, from
// word j back; returns the word before it (j when there is none).
long Extractor::skip_time_back(long j, size_t sb) {
  for (int hops = 0; hops < 2 && j > static_cast<long>(sb) && is_time_word(static_cast<size_t>(j));
       ++hops) {
    long t = j;
    while (t > static_cast<long>(sb) && is_time_word(static_cast<size_t>(t))) --t;
    if (is_word(static_cast<size_t>(t)) &&
        (low(static_cast<size_t>(t)) == "on" || low(static_cast<size_t>(t)) == "last" ||
         low(static_cast<size_t>(t)) == "this" || low(static_cast<size_t>(t)) == "late" ||
         low(static_cast<size_t>(t)) == "early"))
      --t;
    if (t == j || t < static_cast<long>(sb)) break;
    // "Sanders (I-Vt.) on Tuesday said", "Brown — who … — last week said", "Umarov, an expert
    // …, this year argued": the subject stands before the parenthesis, aside or appositive
    // that the time phrase follows, as it would before the cue.
    const size_t before = static_cast<size_t>(t);
    if (punct(before, ')') || is_dash_word(before) || punct(before, ',')) {
      j = skip_aux_back(before + 1, sb);
      break;
    }
    if (!is_word(before)) break;
    j = t;
    while (j >= static_cast<long>(sb) && is_word(static_cast<size_t>(j)) &&
           aux_words().count(low(static_cast<size_t>(j))))
      --j;
  }
  return j;
}

// Skips a dateline that opens a sentence before its statement ("CAMBRIDGE, Mass., Dec. 11
// (UPI) —").
size_t Extractor::skip_lead_in(size_t first, size_t limit) {
  for (size_t j = first; j < limit && j < first + 14; ++j) {
    if (is_dash_word(j) && j > first && words_[first].capitalized &&
        (j + 1 < limit && is_word(j + 1))) {
      bool dateline = true;  // capitalized words, commas, periods, digits and brackets only
      for (size_t k = first; k < j && dateline; ++k)
        dateline = !is_word(k) || words_[k].capitalized || starts_digit(k);
      if (dateline) first = j + 1;
      break;
    }
  }
  return first;
}

// "The man who shot the sheriff said", "Analysts who attended the meeting said": a phrase found
// inside a relative clause that follows the sentence's subject is not the source; the subject
// before "who" is. Not across a comma or a quotation mark (", who …, said" is read elsewhere).
void Extractor::subject_before_relative_clause(size_t cue, size_t sb, Found* src) {
  const size_t first = sentence_subject_start(sb, cue);
  // A source found stands after "who" (the clause's object), or none was found in the clause.
  const size_t limit = src->ok ? src->np_first : cue;
  if (first >= limit) return;
  size_t rel = first + 1;
  while (rel < limit && rel < first + kNewSubjectWords + 2 && is_word(rel) && in_quote_[rel] < 0 &&
         low(rel) != "who")
    ++rel;
  if (rel >= limit || (!src->ok && rel + 1 >= limit) || !is_word(rel) || low(rel) != "who") return;
  for (size_t k = rel + 1; k < cue; ++k)
    if (punct(k, ',') || is_quote_mark(k) || in_quote_[k] >= 0) return;
  size_t b;
  if (!np_before(rel - 1, sb, &b) || b != first) return;
  *src = {true, first, rel - 1};
}

// A noun for an occasion of speaking ("conference", "speech", "rally"): the place a statement
// was made, never its source.
bool Extractor::is_occasion_noun(std::string_view w) {
  static const std::unordered_set<std::string_view> kOccasions = {
      "conference", "speech",  "interview", "briefing",  "rally",     "meeting",  "appearance",
      "event",      "hearing", "debate",    "address",   "session",   "ceremony", "forum",
      "summit",     "dinner",  "luncheon",  "gathering", "convention"};
  return kOccasions.count(w) > 0;
}

// Where the subject of the sentence [sb, cue) starts: after a dateline, quotation marks and
// an opening participle or time phrase up to its comma ("Speaking to reporters, Trump …",
// "Hours later, …").
size_t Extractor::sentence_subject_start(size_t sb, size_t cue) {
  size_t first = skip_lead_in(sb, cue);
  while (first < cue && (is_quote_mark(first) || !is_word(first))) ++first;
  if (first >= cue) return first;
  // "But Trump …", "And the senator …": a conjunction opening the sentence.
  if (first + 1 < cue && words_[first].capitalized &&
      (low(first) == "but" || low(first) == "and" || low(first) == "yet" || low(first) == "so") &&
      is_word(first + 1))
    ++first;
  // "However, the ministry said …", "Separately, Smith said …": a sentence adverb and its comma.
  if (first + 2 < cue && punct(first + 1, ',') && is_word(first + 2)) {
    const std::string_view a = low(first);
    if (a == "however" || (aux_words().count(a) && a != "not") ||
        (a.size() > 4 && a.substr(a.size() - 2) == "ly"))
      return first + 2;
  }
  std::string_view w = low(first);
  bool opener =
      is_time_word(first) || w == "hours" || w == "days" || w == "after" || w == "before" ||
      w == "in" || w == "on" || w == "at" || w == "during" || w == "asked" || w == "when" ||
      w == "while" || w == "as" || w == "with" || w == "for" || w == "despite" || w == "since" ||
      w == "throughout" || w == "once" || w == "although" || w == "though" || w == "because" ||
      w == "if" || w == "until" || w == "last" || w == "early" || w == "late" || w == "amid" ||
      w == "among" || w == "under" || w == "unlike" || w == "like" || w == "without" ||
      w == "from" || w == "by" || w == "over" || w == "against" || w == "within" || w == "across" ||
      w == "through" ||
      (w.size() > 4 && (w.substr(w.size() - 3) == "ing" || w.substr(w.size() - 2) == "ed"));
  if (!opener) return first;
  // "Earlier Michael Howard sent …", "Later the minister said …": a time adverb with no comma.
  if (is_time_word(first) && first + 1 < cue && is_word(first + 1) && !is_time_word(first + 1) &&
      (words_[first + 1].capitalized || low(first + 1) == "the"))
    return first + 1;
  size_t comma = first + 1;
  while (comma < cue && !punct(comma, ',')) ++comma;
  if (comma + 1 >= cue) return cue;  // no subject before the cue
  first = comma + 1;
  while (first < cue && (is_quote_mark(first) || !is_word(first))) ++first;
  return first;
}

// Whether word k is part of a person's name.
bool Extractor::person_word(size_t k) const {
  if (k >= words_.size() || !is_word(k)) return false;
  const int32_t e = entity_for_span(doc_, Span{words_[k].begin, words_[k].end});
  return e >= 0 && doc_.entities[static_cast<size_t>(e)].type == EntityType::kPerson;
}

// Whether words [first, last] are a name, a lower-case title and a person's name ("England
// defender Gary Stevens"): after "X and", X and the name both modify the title.
bool Extractor::names_modify_title(size_t first, size_t last) {
  if (!words_[first].capitalized ||
      entity_for_span(doc_, Span{words_[first].begin, words_[first].end}) < 0 || !person_word(last))
    return false;
  for (size_t k = first + 1; k < last; ++k)
    if (is_word(k) && !words_[k].capitalized) return true;
  return false;
}

// The entity of a source phrase: the one named by its head word ("a Western diplomat in the
// region" is an unnamed diplomat, not the West; "Tajik President Emomali Rahmon" is Rahmon), or
// by another word of a name that ends the phrase when the tagger named only part of it.
int32_t Extractor::speaker_entity(size_t first, size_t last) {
  size_t head = last;
  for (size_t k = first + 1; k <= last; ++k) {
    if (!is_word(k)) continue;
    std::string_view w = low(k);
    if (w == "of" || w == "in" || w == "at" || w == "for" || w == "from" || w == "with") {
      head = k - 1;
      break;
    }
    // "Germany and France", "Amnesty and the lobby group X": the first of the sources named;
    // not two names before one person's title ("former Spurs and England defender Gary Stevens"),
    // nor capitalised words of no name ("Only Fools and Horses star David Jason": a title).
    if (w == "and" && words_[k - 1].capitalized && k + 1 <= last &&
        entity_for_span(doc_, Span{words_[k - 1].begin, words_[k - 1].end}) >= 0 &&
        entity_for_span(doc_, Span{words_[k].begin, words_[k].end}) < 0 &&  // not "Ways and Means"
        !names_modify_title(k + 1, last)) {
      head = k - 1;
      break;
    }
  }
  while (head > first && !is_word(head)) --head;
  int32_t e = entity_for_span(doc_, Span{words_[head].begin, words_[head].end});
  // "Theresa May" where the tagger read "May" as no name and named only "Theresa".
  if (e < 0 && head > first && auxiliary_name(head)) {
    const int32_t before =
        entity_for_span(doc_, Span{words_[head - 1].begin, words_[head - 1].end});
    if (before >= 0 && doc_.entities[static_cast<size_t>(before)].type == EntityType::kPerson)
      e = before;
  }
  // "The lifelong Republican said", "a Democrat said": a party's member named by a determiner
  // phrase is a person the party word describes, not the party ("the GOP said" is).
  if (e >= 0 && doc_.entities[static_cast<size_t>(e)].type != EntityType::kPerson && head > first &&
      lexicon::is_party_word(low(head)) && low(head).back() != 's') {
    const std::string_view d = low(first);
    bool modified = d == "a" || d == "an";
    for (size_t k = first + 1; k < head && !modified; ++k)
      modified = is_word(k) && !words_[k].capitalized;
    if ((modified && determiners().count(d)) || d == "a" || d == "an") e = -1;
  }
  return speaker_or_none(e);
}

// A date or a sum cannot speak ("Monday said" is a misread); nor can a name the article uses
// only inside quotation marks ("“Hello,” he said": "Hello" is no one the writer introduced).
int32_t Extractor::speaker_or_none(int32_t e) const {
  if (e < 0) return e;
  const Entity& ent = doc_.entities[static_cast<size_t>(e)];
  if (ent.type == EntityType::kDate || ent.type == EntityType::kMoney) return -1;
  if (words_.empty()) return e;
  bool named = false;
  for (uint32_t mi : ent.mentions) {
    const Mention& m = doc_.mentions[mi];
    if (m.kind != MentionKind::kName) continue;
    if (in_quote_[word_at(m.span.begin)] < 0) return e;
    named = true;
  }
  return named ? -1 : e;
}

}  // namespace newsgraph::quotes
