// libFuzzer target: the --jsonl line reader on arbitrary bytes. Checks that it never crashes or
// recurses, that whatever it accepts yields an output object that is valid UTF-8 JSON carrying
// the id and other fields through, and that an error always has a column inside the line.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "output/jsonl.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  newsgraph::output::JsonlRecord rec;
  newsgraph::output::JsonlError err;
  if (!newsgraph::output::parse_jsonl_line(line, rec, err)) {
    if (err.column < 1 || err.column > line.size() + 1) __builtin_trap();
    if (!newsgraph::utf8::is_valid(err.id_json)) __builtin_trap();
    if (!nlohmann::json::accept(err.id_json)) __builtin_trap();
    return 0;
  }
  std::string out = "{\"id\":" + rec.id_json;
  if (!rec.extra.empty()) out += "," + rec.extra;
  out += "}";
  if (!newsgraph::utf8::is_valid(out)) __builtin_trap();
  // nlohmann's parser recurses: check only what is shallow enough for it.
  if (size < 2000 && !nlohmann::json::accept(out)) __builtin_trap();
  return 0;
}
