// The main-text metric of CONTRACT.md ("Main text (HTML)"), as ../shared/tools/score_html.py
// computes it: word tokens (\w+, Unicode letters, digits and '_') cut into overlapping 4-grams;
// per page, true/false positive/negative 4-gram counts normalised to sum to 1; precision and
// recall are means over pages, F1 their harmonic mean. Pure functions, thread-safe.
#pragma once

#include <string_view>
#include <vector>

namespace newsgraph::web {

struct ShingleCounts {
  double tp = 0, fp = 0, fn = 0;  // normalised: tp + fp + fn is 1, or all are 0
};

ShingleCounts CompareShingles(std::string_view truth, std::string_view predicted);

struct ShingleScore {
  double precision = 0, recall = 0, f1 = 0;
};

ShingleScore AggregateShingles(const std::vector<ShingleCounts>& pages);

}  // namespace newsgraph::web
