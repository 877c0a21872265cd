// libFuzzer target: the --jsonl line reader on arbitrary bytes. Checks that it never crashes or
// recurses, that whatever it accepts yields an output object that is valid UTF-8 JSON carrying
// the id and other fields through, and that an error always has a column inside the line.
#include <cstddef>
#include <cstdint>
#include <string>

#include "output/jsonl.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  newsgraph::output::JsonlRecord rec;
  newsgraph::output::JsonlError err;
  if (!newsgraph::output::parse_jsonl_line(line, rec, err)) {
    if (err.column < 1 || err.column > line.size() + 1) __builtin_trap();
    if (!newsgraph::utf8::is_valid(err.id_json)) __builtin_trap();
    return 0;
  }
  std::string out = "{\"id\":" + rec.id_json;
  if (!rec.extra.empty()) out += "," + rec.extra;
  out += ",\"text\":\"t\"}";
  if (!newsgraph::utf8::is_valid(out)) __builtin_trap();
  // What it writes reads back the same (nlohmann cannot be the judge: it rejects 1e400).
  newsgraph::output::JsonlRecord again;
  if (!newsgraph::output::parse_jsonl_line(out, again, err)) __builtin_trap();
  if (again.id_json != rec.id_json || again.extra != rec.extra || again.text != "t")
    __builtin_trap();
  return 0;
}
