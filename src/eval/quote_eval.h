// Quote scoring on PolNeAR-style gold (CONTRACT.md "How results are scored"): greedy one-to-one
// matching of gold quotes (in order of start) to predictions by coverage = |shared characters| /
// |gold characters| at 0.3 (lenient) and 0.8 (strict); speaker accuracy on matched quotes whose
// gold has a source; exact content F1 after trimming whitespace, quotation marks and final
// punctuation. All spans here are code-point offsets into the article text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/prf.h"

namespace newsgraph::eval {

struct GoldAttribution {
  std::vector<Span> content;  // pieces (joined as a set of characters)
  std::vector<Span> source;
};

struct PredictedQuote {
  Span content;
  std::vector<Span> speaker_spans;  // the speaker mention, and every mention of the speaker
};

using Counts = PrfCounts;  // `correct` counts matched quotes

struct QuoteScore {
  Counts lenient, strict, exact;
  uint64_t speaker_total = 0, speaker_correct = 0;                // lenient matches
  uint64_t strict_speaker_total = 0, strict_speaker_correct = 0;  // strict matches
  uint64_t documents = 0;

  // Scores one article. `text` is the article (for trimming); `misses`, when given, receives
  // one line per unmatched gold quote / unmatched prediction / wrong speaker.
  void add(std::string_view text, const std::vector<GoldAttribution>& gold,
           const std::vector<PredictedQuote>& predicted,
           std::vector<std::string>* misses = nullptr);
  double speaker_accuracy() const {
    return speaker_total ? 100.0 * speaker_correct / speaker_total : 0.0;
  }
  std::string report() const;
};

// The span [begin, end) of code points with whitespace, quotation marks and final punctuation
// trimmed from both ends.
Span trim_content(const std::vector<char32_t>& cps, Span s);

// The share of the gold content's characters (pieces joined as a set) that `predicted` covers:
// the matching criterion of QuoteScore (0.3 lenient, 0.8 strict). 0 for an empty gold content.
double coverage(const std::vector<Span>& gold, Span predicted);

}  // namespace newsgraph::eval
