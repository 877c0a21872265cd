// Precision, recall and F1 from counts, in percent: the one definition every `eval` command
// (entities, quotes) uses.
#pragma once

#include <cstdint>

namespace newsgraph {

struct PrfCounts {
  uint64_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? 100.0 * correct / predicted : 0.0; }
  double recall() const { return gold ? 100.0 * correct / gold : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

}  // namespace newsgraph
