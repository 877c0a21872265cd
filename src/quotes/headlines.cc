// Headlines and leads: colon attributions, title-case paragraphs, "In a poll, …" openers.
#include <algorithm>

#include "quotes/extractor.h"

namespace newsgraph::quotes {

// "In a CNN poll released Monday, 50 percent chose Clinton": a sentence opening with a
// document or survey; the clause after the comma is what it says, unless that clause has a
// reporting verb of its own ("In a statement, the campaign said …"). A poll, survey, report or
// study is the source of its findings; through the other documents (a statement, a speech, a
// letter) the subject of the clause speaks ("In a speech, Clinton laid out her plans").
void Extractor::document_lead(size_t in) {
  static const std::unordered_set<std::string_view> kDocuments = {
      "poll",  "survey",  "statement", "interview", "letter",   "report",
      "memo",  "tweet",   "post",      "book",      "speech",   "email",
      "op-ed", "column",  "editorial", "essay",     "article",  "video",
      "ad",    "message", "filing",    "release",   "study",    "analysis",
      "polls", "surveys", "remarks",   "comments",  "testimony"};
  const size_t se = std::min(sent_end_[in], in + kWindow);
  size_t comma = in + 1;
  while (comma < se && comma < in + 14 && is_word(comma) && in_quote_[comma] < 0) ++comma;
  if (comma >= se || !punct(comma, ',') || comma < in + 3) return;
  // "In a speech in Fort Pierce, Florida Friday, …": the comma inside a place name goes on.
  size_t next = comma + 1;
  while (next < se && next < comma + 4 && is_word(next) && words_[next].capitalized) ++next;
  if (words_[comma - 1].capitalized && next > comma + 1 && next < se && punct(next, ','))
    comma = next;
  if (!determiners().count(low(in + 1)) && !noun_markers().count(low(in + 1))) return;
  size_t noun = comma;
  for (size_t k = in + 2; k < comma; ++k)
    if (kDocuments.count(low(k))) {
      noun = k;
      break;
    }
  if (noun == comma) return;
  size_t first = comma + 1, last = se - 1;
  while (last > first && (scan::is_final_punct(text_, words_[last]) ||
                          (is_quote_mark(last) && in_quote_[last] < 0)))
    --last;
  if (last <= first || content_words(first, last) < 4) return;
  for (size_t k = first; k <= last; ++k)
    if (is_word(k) && in_quote_[k] < 0 && is_cue_word(word_text(k))) return;
  static const std::unordered_set<std::string_view> kFindings = {
      "poll", "polls", "survey", "surveys", "report", "study", "analysis"};
  if (!kFindings.count(low(noun)) && subject_speaks(first, last)) return;
  emit(indirect_type(first, last), Span{words_[first].begin, words_[last].end},
       Span{words_[in].begin, words_[in].end}, Span{words_[in + 1].begin, words_[noun].end},
       speaker_entity(in + 1, noun));
  mark_used(first, last);
}

// "In a speech, Clinton laid out her proposals …": after a document someone speaks through,
// the subject of the clause [first, last] is the source, its verb (and particle) the cue, and
// the rest the statement. Returns whether it emitted one.
bool Extractor::subject_speaks(size_t first, size_t last) {
  size_t e;
  if (!elided_subject(first, last, &e) || e + 2 > last) return false;
  const size_t verb = e + 1;
  if (!is_word(verb) || in_quote_[verb] >= 0 || !looks_like_verb(verb) ||
      aux_words().count(low(verb)) || np_stop_words().count(low(verb)))
    return false;
  size_t start = verb + 1;
  const std::string_view p = low(start);
  if (start < last && (p == "out" || p == "up" || p == "down" || p == "off")) ++start;
  emit(indirect_type(start, last), Span{words_[start].begin, words_[last].end},
       Span{words_[verb].begin, words_[start - 1].end}, Span{words_[first].begin, words_[e].end},
       speaker_entity(first, e));
  mark_used(first, last);
  return true;
}

// The name that opens a headline "NAME: …" [start, colon): one past its last word, or 0 when
// the words are no name. A name is up to three capitalized words, after a title that ends in a
// period ("Dr. Ben Carson"), and may be followed by "on" and a topic when a recognised entity
// opens it ("Obama on Syria"; not "Follow Jane Smith on Twitter"), or by "to" or "at" and an
// audience or a place when a recognised person does ("Clinton to Planned Parenthood"). A cue word
// is part of no name but of a recognised one ("NY Post").
size_t Extractor::headline_name_end(size_t start, size_t colon) {
  for (size_t k = start; k < colon; ++k)
    if (!(is_word(k) || abbreviation_period(k)) || in_quote_[k] >= 0) return 0;
  std::string_view w = low(start);
  if (w == "update" || w == "note" || w == "editor" || w == "editor’s" || w == "photo" ||
      w == "video" || w == "watch" || w == "read" || w == "source" || w == "sources" ||
      w == "related" || w == "correction" || w == "q" || w == "a" || w == "transcript")
    return 0;
  // "The Latest: Trump urges …" names a running story, not a speaker.
  if (colon == start + 2 && w == "the" && low(start + 1) == "latest") return 0;
  size_t end = colon;
  for (size_t k = start + 1; k < colon && end == colon; ++k)
    if ((low(k) == "on" || low(k) == "to" || low(k) == "at") && !words_[k].capitalized) end = k;
  for (size_t k = start; k < end; ++k)
    if (is_word(k) && is_cue_word(word_text(k)) &&
        entity_for_span(doc_, Span{words_[k].begin, words_[k].end}) < 0)
      return 0;
  const size_t first = start + 1 < end && abbreviation_period(start + 1) ? start + 2 : start;
  if (end != colon) {
    const int32_t e =
        first < end ? entity_for_span(doc_, Span{words_[first].begin, words_[first].end}) : -1;
    if (e < 0) return 0;
    // Before an audience or a place the name is a person's: "Limited Tools to Fight Terrorism:"
    // is a section head.
    if (low(end) != "on" && doc_.entities[static_cast<size_t>(e)].type != EntityType::kPerson)
      return 0;
  }
  // "Little Relief for Refugees: …", "Veto Power Impedes Peace Efforts: …" are section heads:
  // longer than a name, or with lower-case words no name has.
  size_t name_words = 0;
  for (size_t k = start; k < end; ++k) {
    if (!is_word(k)) continue;
    ++name_words;
    std::string_view lw = low(k);
    if (!words_[k].capitalized && lw != "de" && lw != "van" && lw != "von" && lw != "al" &&
        lw != "bin" && lw != "da" && lw != "la" && lw != "le")
      return 0;
  }
  return name_words > 3 ? 0 : end;
}

// Headline style "Graham: Trump’s rhetoric is destroying the party." — a short name, a colon,
// and the statement, at the start of a paragraph, also after a label in capitals and a dash
// ("EXCLUSIVE – Roger Stone: …").
void Extractor::colon_attribution(size_t colon) {
  size_t start = colon;
  while (start > 0 && para_[start - 1] == para_[colon] && colon - start < 8) --start;
  if (start > 0 && para_[start - 1] == para_[colon]) return;
  if (start + 2 < colon && is_word(start) && all_caps(start) && is_dash_word(start + 1)) start += 2;
  if (start == colon || !words_[start].capitalized) return;
  const size_t name_end = headline_name_end(start, colon);
  if (name_end == 0) return;
  const Span mention{words_[start].begin, words_[name_end - 1].end};
  const int32_t speaker = speaker_entity(start, name_end - 1);
  // The statement runs to the end of the paragraph (transcripts: "WALLACE: … … …").
  size_t se = colon + 1;
  while (se < words_.size() && para_[se] == para_[colon] && se < colon + kWindow) ++se;
  size_t first = colon + 1, last = se - 1;
  if (first >= words_.size() || para_[first] != para_[colon]) return;
  while (last > first && (scan::is_final_punct(text_, words_[last]) ||
                          (is_quote_mark(last) && in_quote_[last] < 0)))
    --last;
  if (last <= first || content_words(first, last) < 3) return;
  // A claim that is one quotation is a direct quote; one that goes on after it ("Blumenthal:
  // ‘No Idea’ If I Would Have Told Hillary …") is a mixed statement, below.
  if (is_quote_mark(first) && in_quote_[first] >= 0 &&
      qspans_[static_cast<size_t>(in_quote_[first])].close >= last) {
    QuoteSpan& q = qspans_[static_cast<size_t>(in_quote_[first])];
    if (q.used) return;
    q.used = true;
    emit(QuoteType::kDirect, q.content, Span{words_[colon].begin, words_[colon].end}, mention,
         speaker);
    return;
  }
  emit(indirect_type(first, last), Span{words_[first].begin, words_[last].end},
       Span{words_[colon].begin, words_[colon].end}, mention, speaker);
  mark_used(first, last);
}

// The headline that opens the article, in the wire and BBC style "CLAIM - SOURCE" ("UK rebate
// 'unjustified' - Chirac", "OPEC MAY HAVE TO MEET TO FIRM PRICES - ANALYSTS"): the claim before
// the last dash is the statement of the one to three capitalized words after it. Not when the
// words after the dash end in a full stop ("… — Yet.") or the claim is under three words.
bool Extractor::dash_source_headline(size_t first) {
  size_t end = first;
  while (end < words_.size() && para_[end] == para_[first]) ++end;
  if (end - first > kHeadlineWords + 4 || end - first < 5) return false;
  size_t dash = end - 1;
  while (dash > first && !is_dash_word(dash)) --dash;
  if (dash <= first + 2 || dash + 1 >= end || end - dash - 1 > 3) return false;
  // "… - OFFICIALS", "… - U.S.": capitalised words, an abbreviation's periods.
  for (size_t k = dash + 1; k < end; ++k)
    if (!(is_word(k) && words_[k].capitalized && in_quote_[k] < 0) && !abbreviation_period(k))
      return false;
  size_t last = dash - 1;
  while (last > first && is_quote_mark(last) && in_quote_[last] < 0) --last;
  if (content_words(first, last) < 3) return false;
  for (size_t k = first; k <= last; ++k)
    if ((scan::is_final_punct(text_, words_[k]) && !abbreviation_period(k)) || punct(k, ':'))
      return false;
  emit(indirect_type(first, last), Span{words_[first].begin, words_[last].end},
       Span{words_[dash].begin, words_[dash].end},
       Span{words_[dash + 1].begin, words_[end - 1].end}, speaker_entity(dash + 1, end - 1));
  mark_used(first, last);
  return true;
}

// A paragraph in title case ("Clinton Hid Health Problems, Former Doctor Says."): every
// word capitalized but short function words, no more than kHeadlineWords words.
bool Extractor::is_title_case(size_t first, size_t end) {
  size_t words = 0, lower = 0;
  for (size_t k = first; k < end; ++k) {
    if (!is_word(k)) continue;
    if (++words > kHeadlineWords) return false;
    const unsigned char c = static_cast<unsigned char>(text_[words_[k].begin]);
    if (c < 'a' || c > 'z') continue;
    std::string_view w = low(k);
    static const std::unordered_set<std::string_view> kSmall = {
        "a",    "an", "the", "of",   "to", "in", "on",   "for", "and",  "or", "but",
        "with", "at", "by",  "from", "as", "vs", "over", "up",  "into", "is"};
    if (!kSmall.count(w)) ++lower;
  }
  return words >= 4 && lower == 0;
}

// Headlines put the source first ("Chris Christie Calls Clinton ‘A Disgrace’") or last after
// a comma ("…, Former White House Doctor Says."); capitals mark no names there, so the
// subject rules do not apply. Returns the word index where cue search may resume.
size_t Extractor::headline_attribution(size_t first) {
  size_t end = first;
  while (end < words_.size() && para_[end] == para_[first]) ++end;
  if (!is_title_case(first, end)) return first;
  size_t last = end - 1;
  while (last > first && (scan::is_final_punct(text_, words_[last]) ||
                          (is_quote_mark(last) && in_quote_[last] < 0)))
    --last;
  for (size_t k = first + 1; k <= last; ++k) {
    if (!is_word(k) || in_quote_[k] >= 0) continue;
    const CueInfo info = quotes::lookup_cue(low(k));
    // "ROSTENKOWSKI SAYS …", and a plural source's "U.S. SENATORS SAY …", "TRADERS EXPECT …":
    // a plural of a noun for people (-ers, -ors, -ists, -ians, -ants, -ents, -als) before the
    // verb's base form.
    const auto people_plural = [](std::string_view w) {
      for (std::string_view end : {"ers", "ors", "ists", "ysts", "ians", "ants", "ents", "als"})
        if (w.size() > end.size() + 2 && w.ends_with(end)) return true;
      return false;
    };
    const bool plural_source =
        info.form == CueForm::kBase && k > first && is_word(k - 1) && people_plural(low(k - 1));
    if (info.cls == CueClass::kNone || (info.form != CueForm::kThird && !plural_source)) continue;
    Span cue{words_[k].begin, words_[k].end};
    if (k == last && !punct(k - 1, ',')) {
      // "…, Lindsey Graham Says.": the source between the last comma and the cue.
      size_t comma = k - 1;
      while (comma > first && !punct(comma, ',') && k - comma < 8) --comma;
      if (!punct(comma, ',') || comma + 1 >= k || comma <= first) return first;
      emit(indirect_type(first, comma - 1), Span{words_[first].begin, words_[comma - 1].end}, cue,
           Span{words_[comma + 1].begin, words_[k - 1].end}, speaker_entity(comma + 1, k - 1));
      mark_used(first, comma - 1);
      return end;
    }
    if (k - first > 5 || last - k < 2) return first;
    // "Chris Christie Calls Clinton ‘A Disgrace’": source, cue, content.
    emit(indirect_type(k + 1, last), Span{words_[k + 1].begin, words_[last].end}, cue,
         Span{words_[first].begin, words_[k - 1].end}, speaker_entity(first, k - 1));
    mark_used(k + 1, last);
    return end;
  }
  return first;
}

}  // namespace newsgraph::quotes
