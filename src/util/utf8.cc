#include "util/utf8.h"

#include <cstring>

namespace newsgraph::utf8 {

bool is_ascii(std::string_view s) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ULL) return false;
  }
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) & 0x80) return false;
  return true;
}

bool is_valid(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    char32_t cp = decode_at(s, i, &len);
    if (is_invalid_escape(cp)) return false;
    i += len;
  }
  return true;
}

}  // namespace newsgraph::utf8
