// Request parameter checks for `newsgraph serve`. Every value a client sends passes through
// one of these before it reaches SQL: each returns false and sets *error to a one-line reason
// ("limit: must be an integer from 1 to 200") when the value is missing, malformed, not UTF-8,
// too long or out of range. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph::serve {

constexpr size_t kMaxQueryBytes = 200;  // a search text longer than this is a 400
constexpr size_t kMaxIdBytes = 512;     // an actor or article id longer than this is a 400

// Parses a decimal integer in [lo, hi]; an empty value gives `fallback`.
bool parse_bounded_int(std::string_view name, std::string_view value, int64_t lo, int64_t hi,
                       int64_t fallback, int64_t* out, std::string* error);

// Accepts text that is valid UTF-8, has no control characters and is at most `max_bytes`.
bool check_text(std::string_view name, std::string_view value, size_t max_bytes,
                std::string* error);

// Accepts "" (no bound) or an ISO date prefix: YYYY, YYYY-MM or YYYY-MM-DD.
bool check_date(std::string_view name, std::string_view value, std::string* error);

// Accepts a comma-separated list of snake_case words (relation types), each at most 40 bytes,
// at most 32 of them.
bool check_type_list(std::string_view name, std::string_view value, std::string* error);

// Accepts the query part of a request target ("/api/x?a=1&b=2") when every `&`-separated
// field has at most one raw `=`: "depth=1 OR 1=1" is refused, not read as depth=1.
bool check_query_string(std::string_view target, std::string* error);

}  // namespace newsgraph::serve
