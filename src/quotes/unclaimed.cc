// Quote spans no cue claimed: direct quotes whose speaker carries over.
#include <algorithm>

#include "quotes/extractor.h"

namespace newsgraph::quotes {

// Quote spans no cue claimed: statements when long enough; the speaker carries over from the
// previous quote when the voice continues (same or next paragraph).
void Extractor::float_quotes() {
  finish();  // sort what the cues produced
  std::vector<Quote> extra;
  size_t cursor = 0;          // doc_.quotes[0, cursor) begin at or before the span
  uint32_t max_end = 0;       // largest content end among them
  Quote* prev_doc = nullptr;  // among them, the one ending last
  for (size_t i = 0; i < qspans_.size(); ++i) {
    QuoteSpan& q = qspans_[i];
    while (cursor < doc_.quotes.size() && doc_.quotes[cursor].content.begin <= q.content.begin) {
      Quote& e = doc_.quotes[cursor++];
      max_end = std::max(max_end, e.content.end);
      if (!prev_doc || e.content.end > prev_doc->content.end) prev_doc = &e;
    }
    if (q.used) continue;
    size_t nw = content_words(q.first_word, std::min(q.last_word, q.first_word + 8));
    bool sentence_like =
        nw >= 4 && (q.open == sent_begin_[q.open] || !q.terminated ||
                    scan::is_final_punct(text_, words_[q.last_word]) || punct(q.last_word, ','));
    // "“I love cats!” insists Burton. “I absolutely do.”": a short quoted sentence goes on
    // with the statement before it, though it is too short to stand alone.
    const bool short_sentence = nw >= 1 && q.terminated && q.open == sent_begin_[q.open] &&
                                scan::is_final_punct(text_, words_[q.last_word]);
    if (!sentence_like && !short_sentence) continue;
    // "“A,” she said. “B.”": a quote after the attribution that follows a quote goes on
    // with the same statement.
    if (prev_doc && (extra.empty() || extra.back().content.end <= prev_doc->content.end) &&
        joins_statement(*prev_doc, q, max_end)) {
      if (prev_doc->parts.empty()) prev_doc->parts.push_back(prev_doc->content);
      prev_doc->parts.push_back(q.content);
      prev_doc->content.end = q.content.end;
      max_end = q.content.end;
      continue;
    }
    if (!sentence_like) continue;
    // Inside the content of an emitted quote (a fragment of a mixed quote): skip.
    if (max_end >= q.content.end) continue;
    Quote out;
    out.type = QuoteType::kDirect;
    out.content = q.content;
    // The voice continues from the nearest quote before, in this or the previous paragraph.
    Quote* prev = prev_doc;
    if (!extra.empty() && (!prev || extra.back().content.end > prev->content.end))
      prev = &extra.back();
    if (size_t colon = transcript_label_end(q); colon != 0) {
      out.content = Span{words_[colon + 1].begin, q.content.end};
      out.speaker_mention = Span{words_[q.first_word].begin, words_[colon - 1].end};
      out.speaker = speaker_entity(q.first_word, colon - 1);
      extra.push_back(out);
      continue;
    }
    // A signature after the quote: "“…” ― Pamela Padilla" (to the end of the paragraph).
    if (q.terminated && q.close + 2 < words_.size() && para_[q.close + 1] == para_[q.open] &&
        (is_dash_word(q.close + 1) ||
         text_.substr(words_[q.close + 1].begin, 3) == "\xE2\x80\x95")) {
      size_t b = q.close + 2, e = b;
      while (e < words_.size() && para_[e] == para_[q.open] &&
             ((is_word(e) && words_[e].capitalized) || punct(e, '.')) && e < b + 6)
        ++e;
      if (e > b && (e >= words_.size() || para_[e] != para_[q.open]) && words_[b].capitalized) {
        size_t last = e - 1;  // "― Carla Sanchez." without the final period
        if (last > b && punct(last, '.') && !abbreviation_period(last)) --last;
        out.speaker_mention = Span{words_[b].begin, words_[last].end};
        out.speaker = speaker_entity(b, last);
        extra.push_back(out);
        continue;
      }
    }
    // A paragraph that is only a name ("Pamela Padilla") introduces the quote after it.
    if (q.open > 0 && words_[q.open].newline_before) {
      size_t b = q.open;
      while (b > 0 && para_[b - 1] + 1 == para_[q.open] && q.open - b < 6) --b;
      bool name_line = b < q.open && (b == 0 || para_[b - 1] + 1 < para_[q.open]);
      for (size_t k = b; name_line && k < q.open; ++k)
        name_line = is_word(k) && words_[k].capitalized;
      if (name_line && q.open - b >= 2) {
        out.speaker_mention = Span{words_[b].begin, words_[q.open - 1].end};
        out.speaker = speaker_entity(b, q.open - 1);
        extra.push_back(out);
        continue;
      }
    }
    if (prev && !prev->speaker_mention.empty() && prev->content.end <= q.content.begin) {
      size_t pw = word_at(prev->content.end > 0 ? prev->content.end - 1 : 0);
      if (para_[q.open] <= para_[pw] + kCarryParagraphs) {
        out.speaker_mention = prev->speaker_mention;
        out.speaker = prev->speaker;
      }
    }
    extra.push_back(out);
  }
  for (Quote& q : extra) doc_.quotes.push_back(q);
}

// Whether the unclaimed quote q continues the direct quote prev: prev's attribution stands
// between them, in the same paragraph, and nothing emitted reaches past prev.
bool Extractor::joins_statement(const Quote& prev, const QuoteSpan& q, uint32_t max_end) const {
  if (prev.type != QuoteType::kDirect || prev.speaker_mention.empty()) return false;
  if (prev.content.end > q.content.begin || max_end > prev.content.end) return false;
  if (prev.cue.begin < prev.content.end || prev.cue.end > words_[q.open].begin) return false;
  size_t pw = word_at(prev.content.end > 0 ? prev.content.end - 1 : 0);
  return para_[q.open] <= para_[pw] + kJoinParagraphs;
}

}  // namespace newsgraph::quotes
