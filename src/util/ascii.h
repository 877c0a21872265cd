// ASCII case helpers shared by every layer. Bytes outside A-Z are kept, so UTF-8 passes through
// unchanged and byte offsets are preserved. Header-only, no state; safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::util {

inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Lower-cases the ASCII letters of `word` into `buf` and returns a view of `buf`; the view is
// valid until `buf` is next changed.
inline std::string_view ascii_lower(std::string_view word, std::string& buf) {
  buf.assign(word);
  for (char& c : buf) c = ascii_lower(c);
  return buf;
}

// The same as a new string.
inline std::string ascii_lower(std::string_view word) {
  std::string out;
  ascii_lower(word, out);
  return out;
}

// True when `a` and `b` are equal but for the case of ASCII letters.
inline bool ascii_iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

}  // namespace newsgraph::util
