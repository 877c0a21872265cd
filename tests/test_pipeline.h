// The pipeline the tests run: the committed models of this source tree, loaded once per test
// binary and shared (a Pipeline is immutable and thread-safe).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "newsgraph/pipeline.h"

namespace newsgraph::test_support {

inline std::string source_models_dir() { return std::string(NEWSGRAPH_SOURCE_DIR) + "/models"; }

// Aborts the test binary with the Status when the committed models cannot be loaded.
inline const Pipeline& test_pipeline() {
  static const std::unique_ptr<Pipeline> pipeline = [] {
    Options options;
    options.model_dir = source_models_dir();
    std::unique_ptr<Pipeline> p;
    Status s = Pipeline::Open(options, &p);
    if (!s.ok()) {
      std::fprintf(stderr, "test_pipeline: %s\n", s.ToString().c_str());
      std::abort();
    }
    return p;
  }();
  return *pipeline;
}

inline const Models& test_models() { return test_pipeline().models(); }

// Runs the whole pipeline on doc (replacing the old free function process()).
inline void process(Document& doc) {
  Status s = test_pipeline().Process(&doc);
  if (!s.ok()) {
    std::fprintf(stderr, "test_pipeline: %s\n", s.ToString().c_str());
    std::abort();
  }
}

}  // namespace newsgraph::test_support
