// Quotation marks, paragraphs and sentences over the scanned words.
#include <algorithm>

#include "newsgraph/segment.h"
#include "quotes/extractor.h"

namespace newsgraph::quotes {

void Extractor::mark_paragraphs_and_sentences() {
  size_t n = words_.size();
  para_.assign(n, 0);
  sent_.assign(n, 0);
  uint32_t p = 0;
  for (size_t k = 0; k < n; ++k) {
    if (k > 0 && words_[k].newline_before) ++p;
    para_[k] = p;
  }
  // Sentences are segmentation's (doc.sentences), cut at paragraph breaks; without them (an
  // unsegmented document) each paragraph is one sentence. This stage invents none.
  size_t si = 0;
  uint32_t s = 0;
  size_t prev_si = 0;
  for (size_t k = 0; k < n; ++k) {
    while (si + 1 < doc_.sentences.size() && doc_.sentences[si].span.end <= words_[k].begin) ++si;
    if (k > 0 && (si != prev_si || para_[k] != para_[k - 1])) ++s;
    prev_si = si;
    sent_[k] = s;
  }
  // Sentence word ranges.
  sent_begin_.assign(n, 0);
  sent_end_.assign(n, 0);
  size_t start = 0;
  for (size_t k = 1; k <= n; ++k) {
    if (k == n || sent_[k] != sent_[start]) {
      for (size_t j = start; j < k; ++j) {
        sent_begin_[j] = start;
        sent_end_[j] = k;
      }
      start = k;
    }
  }
}

void Extractor::pair_quotes() {
  size_t n = words_.size();
  in_quote_.assign(n, -1);
  size_t k = 0;
  while (k < n) {
    size_t pend = k;
    while (pend < n && para_[pend] == para_[k]) ++pend;
    bool has_double = false;
    for (size_t j = k; j < pend; ++j)
      if (is_quote_mark(j) && words_[j].style == scan::QuoteStyle::kDouble) has_double = true;
    scan::QuoteStyle style = has_double ? scan::QuoteStyle::kDouble : scan::QuoteStyle::kSingle;
    long open = -1;
    for (size_t j = k; j < pend; ++j) {
      if (!is_quote_mark(j) || words_[j].style != style) continue;
      bool straight = text_[words_[j].begin] == '"' || text_[words_[j].begin] == '\'';
      if (open < 0) {
        if (words_[j].kind == Kind::kOpenQuote ||
            (straight && j + 1 < pend && words_[j + 1].begin == words_[j].end))
          open = static_cast<long>(j);
        continue;
      }
      // '… Square. "There are …': a straight mark between a sentence's end and a word opens
      // the next quote of a continued statement; the open one had no closing mark.
      const bool reopens = straight && words_[j].kind == Kind::kOpenQuote && j > 0 &&
                           j > static_cast<size_t>(open) + 2 &&
                           scan::is_final_punct(text_, words_[j - 1]) &&
                           words_[j - 1].end < words_[j].begin;
      if (reopens) {
        add_span(static_cast<size_t>(open), j, false);
        open = static_cast<long>(j);
        continue;
      }
      // „…“ (German): the turned mark closes a low opening one.
      const bool low_pair =
          text_.substr(words_[static_cast<size_t>(open)].begin, 3) == "\xE2\x80\x9E" &&
          text_.substr(words_[j].begin, 3) == "\xE2\x80\x9C";
      if (low_pair) words_[j].kind = Kind::kCloseQuote;
      if (words_[j].kind == Kind::kCloseQuote || straight) {
        add_span(static_cast<size_t>(open), j, true);
        open = -1;
      } else {
        // A new opening mark while one is open: the first one was never closed.
        if (style == scan::QuoteStyle::kDouble && j > static_cast<size_t>(open) + 1) {
          add_span(static_cast<size_t>(open), j, false);
        }
        open = static_cast<long>(j);
      }
    }
    if (open >= 0 && static_cast<size_t>(open) + 1 < pend)
      add_span(static_cast<size_t>(open), pend, false);
    k = pend;
  }
  // Multi-paragraph quotes: an unterminated quote continues into the next paragraph when
  // that paragraph opens with a quotation mark.
  std::vector<QuoteSpan> merged;
  for (const QuoteSpan& q : qspans_) {
    if (!merged.empty()) {
      QuoteSpan& m = merged.back();
      if (!m.terminated && m.close == q.open && words_[q.open].newline_before &&
          para_[q.open] == para_[m.last_word] + 1 && transcript_label_end(q) == 0) {
        m.close = q.close;
        m.terminated = q.terminated;
        m.content.end = q.content.end;
        m.last_word = q.last_word;
        continue;
      }
    }
    merged.push_back(q);
  }
  qspans_ = std::move(merged);
  for (size_t i = 0; i < qspans_.size(); ++i)
    for (size_t j = qspans_[i].open; j <= qspans_[i].last_word && j < n; ++j)
      in_quote_[j] = static_cast<int>(i);
  for (size_t i = 0; i < qspans_.size(); ++i)
    if (qspans_[i].terminated && qspans_[i].close < n)
      in_quote_[qspans_[i].close] = static_cast<int>(i);
}

// A transcript turn inside quotation marks ("“PENCE: Well, …"): the index of the colon after
// the upper-case label that opens the quote, or 0 when there is none.
size_t Extractor::transcript_label_end(const QuoteSpan& q) const {
  size_t c = q.first_word;
  while (c < q.last_word && c < q.first_word + 3 && is_word(c) && all_caps(c)) ++c;
  return c > q.first_word && c < q.last_word && punct(c, ':') ? c : 0;
}

bool Extractor::all_caps(size_t k) const {
  if (words_[k].end - words_[k].begin < 2) return false;
  for (uint32_t b = words_[k].begin; b < words_[k].end; ++b)
    if (text_[b] < 'A' || text_[b] > 'Z') return false;
  return true;
}

void Extractor::add_span(size_t open, size_t close, bool terminated) {
  if (close <= open + 1) return;
  QuoteSpan q;
  q.open = open;
  q.close = close;
  q.terminated = terminated;
  q.first_word = open + 1;
  q.last_word = close - 1;
  q.content = Span{words_[q.first_word].begin, words_[q.last_word].end};
  qspans_.push_back(q);
}

size_t Extractor::content_words(size_t first, size_t last) const {
  size_t c = 0;
  for (size_t k = first; k <= last && k < words_.size(); ++k) c += is_word(k);
  return c;
}

// The period of "Mr." or of an initial ("J."), which does not end the sentence.
bool Extractor::abbreviation_period(size_t k) {
  if (!punct(k, '.') || k == 0 || !is_word(k - 1) || words_[k - 1].end != words_[k].begin)
    return false;
  // "Mitch McConnell, R-Ky., said": a period right before a comma ends no sentence.
  return is_abbreviation(word_text(k - 1)) ||
         (words_[k - 1].end - words_[k - 1].begin == 1 && words_[k - 1].capitalized) ||
         (k + 1 < words_.size() && punct(k + 1, ',') && words_[k].end == words_[k + 1].begin);
}

// A quoted name or title rather than a statement: "on Fox News’s “Sunday Morning Futures,”".
bool Extractor::is_title_quote(const QuoteSpan& q) {
  if (q.open == 0 || !is_word(q.open - 1) || para_[q.open - 1] != para_[q.open]) return false;
  // A title starts with a capital ("Sunday Morning Futures"); "is in “a very strong
  // position,”" quotes words.
  if (!words_[q.first_word].capitalized) return false;
  std::string_view w = low(q.open - 1);
  if (w.size() > 2 && (w.substr(w.size() - 2) == "'s" || w.substr(w.size() - 2) == "s'"))
    return true;
  if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") return true;
  return w == "on" || w == "in" || w == "of" || w == "at" || w == "to" || w == "from" ||
         w == "by" || w == "with" || w == "the" || w == "called" || w == "titled" || w == "film" ||
         w == "book" || w == "show" || w == "program" || w == "song";
}

// Whether an opening bracket stands in [first, last).
bool Extractor::opens_bracket(size_t first, size_t last) const {
  for (size_t k = first; k < last; ++k)
    if (punct(k, '(')) return true;
  return false;
}

bool Extractor::ends_with_comma_like(const QuoteSpan& q) const {
  size_t k = q.last_word;
  return punct(k, ',') || is_dash_word(k) ||
         (is_word(k) && !scan::is_final_punct(text_, words_[k]));
}

bool Extractor::finite_speech_verb(size_t k) {
  if (!is_word(k) || in_quote_[k] >= 0 || words_[k].capitalized) return false;
  const CueInfo c = quotes::lookup_cue(low(k));
  return c.cls == CueClass::kSpeech && (c.form == CueForm::kPast || c.form == CueForm::kThird);
}

bool Extractor::said_or_told(size_t k) {
  if (!finite_speech_verb(k)) return false;
  const std::string_view v = low(k);
  return v == "said" || v == "says" || v == "told" || v == "tells";
}

void Extractor::mark_attributed_after() {
  auto source_word = [&](size_t k) {
    return is_word(k) && in_quote_[k] < 0 && (words_[k].capitalized || pronouns().count(low(k)));
  };
  for (QuoteSpan& q : qspans_) {
    if (!q.terminated ||
        !(ends_with_comma_like(q) || punct(q.last_word, '?') || punct(q.last_word, '!')))
      continue;
    size_t k = q.close + 1;
    if (k < words_.size() && punct(k, ',')) ++k;
    if (k + 1 >= words_.size() || para_[k + 1] != para_[q.close]) continue;
    // "said he", "said Mr. Brown"; "he said", "Mr. Brown said" (a name of up to three words);
    // not an attribution that introduces the next quote ("“Why not?” He said: “…”").
    size_t verb = SIZE_MAX;
    if (finite_speech_verb(k) && source_word(k + 1)) verb = k;
    for (size_t j = k; verb == SIZE_MAX && j < k + 3 && j + 1 < words_.size() && source_word(j);
         ++j)
      if (finite_speech_verb(j + 1)) verb = j + 1;
    if (verb == SIZE_MAX) continue;
    size_t end = verb == k ? k + 1 : verb;
    while (end + 1 < words_.size() && source_word(end + 1) && end < verb + 3) ++end;
    q.attributed_after = !(end + 1 < words_.size() && punct(end + 1, ':'));
  }
}

size_t Extractor::word_at(uint32_t pos) const {
  auto it = std::upper_bound(words_.begin(), words_.end(), pos,
                             [](uint32_t p, const Word& w) { return p < w.begin; });
  if (it == words_.begin()) return 0;
  return static_cast<size_t>(it - words_.begin()) - 1;
}

}  // namespace newsgraph::quotes
