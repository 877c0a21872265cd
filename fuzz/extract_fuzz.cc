// libFuzzer target: the whole pipeline on arbitrary bytes, then the extract JSON writer.
#include <cstddef>
#include <cstdint>
#include <string>

#include "newsgraph/pipeline.h"
#include "output/extract_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsgraph::Document doc("fuzz", std::string(reinterpret_cast<const char*>(data), size));
  newsgraph::process(doc);
  for (const newsgraph::Quote& q : doc.quotes) {
    if (q.content.end > doc.text.size() || q.content.begin > q.content.end) __builtin_trap();
    if (q.speaker >= static_cast<int32_t>(doc.entities.size())) __builtin_trap();
  }
  std::string out;
  newsgraph::output::append_extract_json(doc, "\"fuzz\"", {}, out);
  return 0;
}
