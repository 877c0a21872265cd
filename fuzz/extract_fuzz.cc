// libFuzzer target: the whole pipeline on arbitrary bytes, then the extract JSON writer.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "newsgraph/pipeline.h"
#include "output/extract_json.h"

namespace {

// The pipeline over the committed models of this source tree, opened once.
const newsgraph::Pipeline& fuzz_pipeline() {
  static const std::unique_ptr<newsgraph::Pipeline> pipeline = [] {
    newsgraph::Options options;
    options.model_dir = std::string(NEWSGRAPH_SOURCE_DIR) + "/models";
    std::unique_ptr<newsgraph::Pipeline> p;
    newsgraph::Status s = newsgraph::Pipeline::Open(options, &p);
    if (!s.ok()) {
      std::fprintf(stderr, "extract_fuzz: %s\n", s.ToString().c_str());
      std::abort();
    }
    return p;
  }();
  return *pipeline;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsgraph::Document doc("fuzz", std::string(reinterpret_cast<const char*>(data), size));
  if (!fuzz_pipeline().Process(&doc).ok()) __builtin_trap();
  for (const newsgraph::Quote& q : doc.quotes) {
    if (q.content.end > doc.text.size() || q.content.begin > q.content.end) __builtin_trap();
    if (q.speaker >= static_cast<int32_t>(doc.entities.size())) __builtin_trap();
  }
  std::string out;
  newsgraph::output::append_extract_json(doc, "\"fuzz\"", {}, out);
  return 0;
}
