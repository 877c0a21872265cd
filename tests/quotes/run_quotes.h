// Test helper for the quote stage on hand-written sentences: the text is used as the working
// text (no repair or tagger) and segmented as in the pipeline, the given name mentions are
// corrected and resolved, and the quotes come back as strings.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/quotes.h"
#include "newsgraph/resolve.h"
#include "newsgraph/segment.h"
#include "test_pipeline.h"

namespace newsgraph::quote_test {

struct FoundQuote {
  QuoteType type;
  std::string content, mention, cue;
  int32_t speaker;
  std::string text;                // Document::quote_text: the parts joined, or the content
  std::vector<std::string> parts;  // the pieces of an interrupted statement; empty for one
};

inline std::vector<FoundQuote> run_quotes(const std::string& text,
                                          std::vector<Mention> mentions = {}) {
  Document doc("t", text);
  doc.text = text;
  segment_document(doc);  // the pipeline path: quotes read segmentation's sentences
  doc.mentions = std::move(mentions);
  correct_name_mentions(doc);
  resolve_entities(doc);
  extract_quotes(doc, test_support::test_models().cues.get());
  std::vector<FoundQuote> out;
  for (const Quote& q : doc.quotes) {
    out.push_back({q.type,
                   std::string(doc.slice(q.content)),
                   std::string(doc.slice(q.speaker_mention)),
                   std::string(doc.slice(q.cue)),
                   q.speaker,
                   doc.quote_text(q),
                   {}});
    for (const Span& p : q.parts) out.back().parts.emplace_back(doc.slice(p));
  }
  return out;
}

}  // namespace newsgraph::quote_test
