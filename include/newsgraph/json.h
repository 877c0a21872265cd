// The `extract` output, the product's JSON: one object per Document as CONTRACT.md describes,
// written by hand into a caller's string buffer (appended, never cleared, so one buffer can
// collect many articles). Spans are input byte offsets (Document::to_input) and carry their
// text as read after repair; strings are escaped so the result is valid JSON for any bytes.
// Pure functions of their arguments: thread-safe, allocation only in `out`, nothing thrown
// except std::bad_alloc.
#pragma once

#include <string>
#include <string_view>

#include "newsgraph/document.h"

namespace newsgraph {

// Appends `s` as a JSON string literal (quotes included). Invalid UTF-8 becomes U+FFFD.
void append_json_string(std::string& out, std::string_view s);

// Appends the whole object for a processed `doc` and a newline. `id_json` is the id already
// encoded as JSON (a string literal, a number, ...; "" writes null); `extra_fields` is either
// empty or `"key":value,...` pairs (no surrounding braces, no trailing comma) placed right
// after the id.
void append_extract_json(const Document& doc, std::string_view id_json,
                         std::string_view extra_fields, std::string& out);

}  // namespace newsgraph
