// libFuzzer target for text repair: any bytes must repair without crashing, giving valid UTF-8
// whose edits are sorted, non-overlapping, inside the input and reproduce the text.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "newsgraph/repair.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsgraph::Document doc("fuzz", std::string(reinterpret_cast<const char*>(data), size));
  newsgraph::repair_document(doc);
  if (!newsgraph::utf8::is_valid(doc.text)) std::abort();
  std::string rebuilt;
  uint32_t in_pos = 0, text_pos = 0;
  for (const newsgraph::Edit& e : doc.edits) {
    if (e.input.begin > e.input.end || e.input.end > doc.input.size()) std::abort();
    if (e.text.begin > e.text.end || e.text.end > doc.text.size()) std::abort();
    if (e.input.begin < in_pos || e.text.begin < text_pos) std::abort();  // sorted, disjoint
    if (e.input.begin - in_pos != e.text.begin - text_pos) std::abort();
    rebuilt.append(doc.input, in_pos, e.input.begin - in_pos);
    rebuilt.append(doc.text, e.text.begin, e.text.size());
    in_pos = e.input.end;
    text_pos = e.text.end;
  }
  rebuilt.append(doc.input, in_pos, std::string::npos);
  if (rebuilt != doc.text) std::abort();
  return 0;
}
