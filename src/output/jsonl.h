// Reading one line of `extract --jsonl` input: `{"id": ..., "text": ..., other fields}`.
//
// The line is scanned once, iteratively (no recursion, so any nesting depth is safe and costs
// only a small stack of brackets). Nothing but `text` is decoded: `id` and every other member
// are kept as their raw JSON text, so `123456789012345678901234567890`, `1.10` and `1e400` come
// back exactly as given.
//
// The reader is lenient where the damage is the text itself, strict where it is the JSON:
//  - raw bytes that are not UTF-8 and raw control characters inside strings are accepted and
//    kept as bytes (the pipeline's repair reports them);
//  - in `text`, a lone surrogate escape \uDC80..\uDCFF (how Python's surrogateescape writes an
//    undecodable byte) becomes that byte (0x80..0xFF); any other lone surrogate becomes its
//    3-byte generalized-UTF-8 form (ED A0 80..ED BF BF), which repair replaces and reports
//    under the "surrogate" rule; a surrogate pair becomes its 4-byte UTF-8 character;
//  - anything else that is not JSON (a missing quote, a bad escape, a trailing comma, text after
//    the object) is an error with a 1-based byte column.
// Raw JSON copied to the output is made valid UTF-8 (see sanitize_raw_json) and is otherwise
// unchanged. Thread safety: free functions without shared state.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph::output {

struct JsonlRecord {
  std::string id_json;  // the id's JSON text, as given (sanitized); "null" when there is no id
  std::string text;     // the decoded bytes of "text"
  std::string extra;    // the other members as `"key":value,...` (raw JSON), or empty
};

struct JsonlError {
  size_t column = 0;    // 1-based byte column where the line stops being acceptable
  std::string message;  // "not valid JSON: expected ':' after a key", "no \"text\" field", ...
  std::string id_json;  // the id's JSON text when it could be read, else "null"
};

// Parses one line (without its line ending). Returns true and fills `record`, or returns false
// and fills `error`. `record` and `error` may be reused across calls (their buffers are kept).
bool parse_jsonl_line(std::string_view line, JsonlRecord& record, JsonlError& error);

// Copies raw JSON text (already known to be well-formed apart from its bytes) so that the copy
// is valid UTF-8 JSON: inside strings, bytes that are not UTF-8 become \ufffd and raw control
// characters become \u00XX escapes. Everything else is copied unchanged.
void append_sanitized_json(std::string& out, std::string_view raw);

}  // namespace newsgraph::output
