#include "serve/params.h"

#include <charconv>

#include "util/utf8.h"

namespace newsgraph::serve {
namespace {

bool fail(std::string_view name, std::string_view why, std::string* error) {
  *error = std::string(name) + ": " + std::string(why);
  return false;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

bool parse_bounded_int(std::string_view name, std::string_view value, int64_t lo, int64_t hi,
                       int64_t fallback, int64_t* out, std::string* error) {
  const std::string range =
      "must be an integer from " + std::to_string(lo) + " to " + std::to_string(hi);
  if (value.empty()) {
    *out = fallback;
    return true;
  }
  if (value.size() > 20) return fail(name, range, error);
  int64_t v = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
  if (ec != std::errc() || end != value.data() + value.size() || v < lo || v > hi)
    return fail(name, range, error);
  *out = v;
  return true;
}

bool check_text(std::string_view name, std::string_view value, size_t max_bytes,
                std::string* error) {
  if (value.size() > max_bytes)
    return fail(name, "longer than " + std::to_string(max_bytes) + " bytes", error);
  if (!utf8::is_valid(value)) return fail(name, "not valid UTF-8", error);
  for (unsigned char c : value)
    if (c < 0x20 || c == 0x7F) return fail(name, "contains a control character", error);
  return true;
}

bool check_date(std::string_view name, std::string_view value, std::string* error) {
  if (value.empty()) return true;
  const bool ok = (value.size() == 4 || value.size() == 7 || value.size() == 10) &&
                  all_digits(value.substr(0, 4)) &&
                  (value.size() < 7 || (value[4] == '-' && all_digits(value.substr(5, 2)))) &&
                  (value.size() < 10 || (value[7] == '-' && all_digits(value.substr(8, 2))));
  return ok || fail(name, "must be a date YYYY, YYYY-MM or YYYY-MM-DD", error);
}

bool check_type_list(std::string_view name, std::string_view value, std::string* error) {
  size_t count = 0, word = 0;
  for (char c : value) {
    if (c == ',') {
      if (word == 0) return fail(name, "empty relation type", error);
      word = 0;
      continue;
    }
    if (!((c >= 'a' && c <= 'z') || c == '_'))
      return fail(name, "relation types are snake_case words", error);
    if (word++ == 0) ++count;
    if (word > 40 || count > 32) return fail(name, "too many or too long types", error);
  }
  if (!value.empty() && word == 0) return fail(name, "empty relation type", error);
  return true;
}

bool check_query_string(std::string_view target, std::string* error) {
  const size_t q = target.find('?');
  if (q == std::string_view::npos) return true;
  int equals = 0;
  for (char c : target.substr(q + 1)) {
    if (c == '&') {
      equals = 0;
    } else if (c == '=' && ++equals > 1) {
      *error = "malformed query string: a field with more than one '='";
      return false;
    }
  }
  return true;
}

}  // namespace newsgraph::serve
