// Quote extraction. Per paragraph: pair quotation marks into quote spans; find cue words outside
// them; for each cue find its source (the subject before it, an inverted subject after it, or
// the noun phrase after "according to") and its content (an adjacent quote, a split quote on
// both sides, the clause after the cue, or the clause before ", X said"). Quote spans left
// without a cue become direct quotes whose speaker continues from the previous quote.
#include "newsgraph/quotes.h"

#include "quotes/extractor.h"

namespace newsgraph {

namespace quotes {

void Extractor::start_words() {
  scan::words_from_tokens(doc_, words_);
  lower_text_ = doc_.lower_text;
  if (lower_text_.size() != text_.size()) words_.clear();  // not segmented: nothing to read
}

void Extractor::run() {
  start_words();
  if (words_.empty()) return;
  mark_paragraphs_and_sentences();
  pair_quotes();
  mark_attributed_after();
  find_cues();
  float_quotes();
  finish();
  drop_embedded();
  split_paragraph_pieces();
}

// For training the cue model: every candidate word and its features.
void Extractor::collect(const quotes::CueModel& model, std::vector<quotes::CueCandidate>& out) {
  out.clear();
  start_words();
  if (words_.empty()) return;
  mark_paragraphs_and_sentences();
  pair_quotes();
  for (size_t k = 0; k < words_.size(); ++k) {
    if (!is_cue_candidate(k)) continue;
    out.emplace_back();
    out.back().word = Span{words_[k].begin, words_[k].end};
    model.features(cue_sentence(k), k, out.back().features);
  }
}

}  // namespace quotes

void extract_quotes(Document& doc, const quotes::CueModel* cues) {
  doc.quotes.clear();
  if (doc.text.empty() || doc.text.size() > 0xFFFFFFF0u) return;
  quotes::Extractor ex(doc, cues);
  ex.run();
}

namespace quotes {

void collect_cue_candidates(Document& doc, const CueModel& model, std::vector<CueCandidate>& out) {
  out.clear();
  if (doc.text.empty() || doc.text.size() > 0xFFFFFFF0u) return;
  quotes::Extractor ex(doc, nullptr);
  ex.collect(model, out);
}

}  // namespace quotes

}  // namespace newsgraph
