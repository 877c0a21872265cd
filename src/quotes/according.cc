// "According to X, …" and "…, according to X": the statement around the attribution, and a
// person's name set off after the source's description ("According to its Paris lawyer,
// Emmanuel Gaillard of Shearman and Sterling, …").
#include <algorithm>

#include "quotes/extractor.h"
#include "util/lexicon.h"
#include "util/role_words.h"

namespace newsgraph::quotes {

// A person's name at word k set off by commas, with "of" or "from" and an organisation after
// it ("Emmanuel Gaillard of Shearman and Sterling,"): the closing comma, or SIZE_MAX.
size_t Extractor::according_apposition(size_t k, size_t se) {
  if (k >= se || !is_word(k) || !words_[k].capitalized) return SIZE_MAX;
  size_t close = k;
  while (close < se && close < k + 10 && !punct(close, ',')) {
    if (!is_word(close) || in_quote_[close] >= 0) return SIZE_MAX;
    if (!words_[close].capitalized && low(close) != "of" && low(close) != "from" &&
        low(close) != "and")
      return SIZE_MAX;
    ++close;
  }
  if (close >= se || !punct(close, ',')) return SIZE_MAX;
  const int32_t e = speaker_entity(k, close - 1);
  if (e < 0 || doc_.entities[static_cast<size_t>(e)].type != EntityType::kPerson) return SIZE_MAX;
  return close;
}

void Extractor::handle_according(size_t cue, size_t cue_end, const Found& src, Span mention,
                                 Span cue_span, int32_t speaker) {
  (void)cue_end;
  const size_t sb = std::max(sent_begin_[cue], cue > kWindow ? cue - kWindow : 0);
  const size_t se = std::min(sent_end_[cue], cue_end + kWindow);
  size_t first, last;
  size_t lead = sb;
  while (lead < cue && is_word(lead) &&
         (low(lead) == "but" || low(lead) == "and" || low(lead) == "yet" || low(lead) == "still"))
    ++lead;
  // "In addition, according to the department, …": a short lead-in before the cue.
  size_t comma_after = src.np_last + 1;
  while (comma_after < se && comma_after < src.np_last + 25 && !punct(comma_after, ',') &&
         !scan::is_final_punct(text_, words_[comma_after]))
    ++comma_after;
  bool short_lead = cue > lead + 1 && content_words(lead, cue - 1) < 4 && comma_after < se &&
                    punct(comma_after, ',') && content_words(comma_after + 1, se - 1) >= 3;
  // "The budget, according to the ministry, will rise …": the subject before the aside opens
  // the statement, which goes on after it.
  size_t head_last = SIZE_MAX, resume = 0;
  if (short_lead && punct(cue - 1, ',') && cue >= lead + 3 &&
      sentence_subject_start(lead, cue) == lead && content_words(lead, cue - 2) >= 2) {
    bool plain = true;
    for (size_t k = lead; k + 1 < cue && plain; ++k) plain = is_word(k) && in_quote_[k] < 0;
    if (plain) head_last = cue - 2;
  }
  if (cue <= lead + 1 || short_lead) {
    // "According to X, …"
    size_t j = src.np_last + 1;
    while (j < se && !punct(j, ',')) ++j;
    // "According to its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling, the claim
    // …": a person's name set off after a description is the source.
    // A person's description first ("its Paris lawyer"; not "an FBI summary of …, Cheryl
    // Mills, a top aide, sent"), not a list ("According to police, Smith, Jones and Lee …").
    const bool described = (determiners().count(low(src.np_first)) > 0 ||
                            (src.np_first < src.np_last && is_word(src.np_first + 1) &&
                             low(src.np_first + 1) == "'s")) &&
                           util::person_titles().contains(low(src.np_last));
    if (const size_t close = described ? according_apposition(j + 1, se) : SIZE_MAX;
        close != SIZE_MAX && close + 1 < se && !words_[close + 1].capitalized) {
      size_t name_last = j + 1;  // the name, without "of Shearman and Sterling"
      while (name_last + 1 < close && low(name_last + 1) != "of" && low(name_last + 1) != "from")
        ++name_last;
      mention = Span{words_[j + 1].begin, words_[name_last].end};
      speaker = speaker_entity(j + 1, close - 1);
      j = close;
    }
    first = j + 1;
    last = se - 1;
    if (head_last != SIZE_MAX) {
      resume = first;
      first = lead;
    }
  } else {
    first = sb;
    last = cue - 1;
    if (punct(last, ',') || is_dash_word(last)) --last;
  }
  while (first < se && (is_quote_mark(first) && in_quote_[first] < 0)) ++first;
  while (last > first && (scan::is_final_punct(text_, words_[last]) || punct(last, ',') ||
                          (is_quote_mark(last) && in_quote_[last] < 0)))
    --last;
  if (first >= se || last < first || content_words(first, last) < 3) return;
  // "According to X, “…”": the content is one whole quotation, a direct quote without its marks.
  if (resume == 0 && is_quote_mark(first) && in_quote_[first] >= 0) {
    QuoteSpan& q = qspans_[static_cast<size_t>(in_quote_[first])];
    if (q.open == first && q.terminated && !q.used && q.close == last) {
      q.used = true;
      emit(QuoteType::kDirect, q.content, cue_span, mention, speaker);
      return;
    }
  }
  if (emit(indirect_type(first, last), Span{words_[first].begin, words_[last].end}, cue_span,
           mention, speaker) &&
      resume > first && resume <= last)
    doc_.quotes.back().parts = {Span{words_[first].begin, words_[head_last].end},
                                Span{words_[resume].begin, words_[last].end}};
  mark_used(first, last);
}

}  // namespace newsgraph::quotes
