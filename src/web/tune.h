// Choosing ExtractOptions on pages with known article text: coordinate search over a small
// grid per knob, maximising the mean 4-gram F1 (shingle_f1.h), with k-fold cross-validation
// to estimate how the chosen knobs do on pages they were not chosen on. Single-threaded.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "web/article.h"
#include "web/shingle_f1.h"

namespace newsgraph::web {

struct LabeledPage {
  std::string id;
  std::string html;   // the page's bytes (gzip or plain, any charset)
  std::string truth;  // the expected article text
  std::string group;  // pages of one group (site) always fall in the same fold
};

struct TuneOptions {
  int folds = 5;   // k of k-fold cross-validation (groups dealt round-robin in name order)
  int rounds = 2;  // passes of coordinate search over all knobs
  std::function<void(const std::string&)> log;  // progress lines (may be empty)
};

struct TuneResult {
  ExtractOptions best;           // chosen on all pages
  ShingleScore start;            // the starting options on all pages
  ShingleScore cross_validated;  // each page scored with knobs chosen without it
  ShingleScore full;             // `best` on all pages (optimistic)
};

TuneResult TuneExtractOptions(const std::vector<LabeledPage>& pages, const ExtractOptions& start,
                              const TuneOptions& options);

}  // namespace newsgraph::web
