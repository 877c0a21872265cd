// Small string helpers for the tagger: byte-level case mapping, digit normalisation, word
// shapes and 64-bit hashing. All write into caller-owned buffers so the hot path allocates
// nothing once the buffers have grown.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph::ner {

inline bool is_space_byte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
inline char to_lower(char c) { return is_upper(c) ? char(c + 32) : c; }

// ASCII lower case (other bytes unchanged), digits mapped to '0'.
inline void lower_norm(std::string_view s, std::string& out) {
  out.resize(s.size());
  for (size_t i = 0; i < s.size(); ++i) out[i] = is_digit(s[i]) ? '0' : to_lower(s[i]);
}
// True when `s` holds U+2018, U+2019, U+201C or U+201D (UTF-8 E2 80 98/99/9C/9D).
inline bool has_typographic_quote(std::string_view s) {
  for (size_t i = 0; i + 2 < s.size(); ++i)
    if (s[i] == '\xE2' && s[i + 1] == '\x80' &&
        (s[i + 2] == '\x98' || s[i + 2] == '\x99' || s[i + 2] == '\x9C' || s[i + 2] == '\x9D'))
      return true;
  return false;
}
// `s` with those quotes replaced by ' and ".
inline void ascii_quotes(std::string_view s, std::string& out) {
  out.clear();
  for (size_t i = 0; i < s.size(); ++i) {
    if (i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80') {
      char c = s[i + 2];
      if (c == '\x98' || c == '\x99' || c == '\x9C' || c == '\x9D') {
        out += c == '\x98' || c == '\x99' ? '\'' : '"';
        i += 2;
        continue;
      }
    }
    out += s[i];
  }
}

// ASCII lower case, other bytes (digits included) unchanged.
inline void ascii_lower(std::string_view s, std::string& out) {
  out.resize(s.size());
  for (size_t i = 0; i < s.size(); ++i) out[i] = to_lower(s[i]);
}
inline void normalize_digits(std::string_view s, std::string& out) {
  out.resize(s.size());
  for (size_t i = 0; i < s.size(); ++i) out[i] = is_digit(s[i]) ? '0' : s[i];
}

// Word shape: X for upper, x for lower, d for digit, other bytes kept; non-ASCII bytes give 'u'.
// `collapse` merges runs of the same class ("Xxxx" -> "Xx").
inline void word_shape(std::string_view s, bool collapse, std::string& out) {
  out.clear();
  char last = 0;
  for (size_t i = 0; i < s.size() && out.size() < 16; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char k;
    if (is_upper(char(c)))
      k = 'X';
    else if (is_lower(char(c)))
      k = 'x';
    else if (is_digit(char(c)))
      k = 'd';
    else if (c >= 0x80) {
      if ((c & 0xC0) == 0x80) continue;  // continuation byte
      k = 'u';
    } else
      k = char(c);
    if (collapse && k == last) continue;
    out += k;
    last = k;
  }
}

inline uint64_t mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

// 64-bit hash of bytes (FNV-1a over 8-byte words, then a finaliser).
inline uint64_t hash_bytes(std::string_view s, uint64_t seed = 0) {
  uint64_t h = 0xcbf29ce484222325ULL ^ seed;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w = 0;
    for (int k = 0; k < 8; ++k) w |= uint64_t(static_cast<unsigned char>(s[i + k])) << (8 * k);
    h = (h ^ w) * 0x100000001b3ULL;
    h = (h << 29) | (h >> 35);
  }
  for (; i < s.size(); ++i) h = (h ^ static_cast<unsigned char>(s[i])) * 0x100000001b3ULL;
  return mix64(h ^ s.size());
}

inline uint64_t hash_combine(uint64_t a, uint64_t b) {
  return mix64(a * 0x9E3779B97F4A7C15ULL + b + 0x632be59bd9b4e019ULL);
}

}  // namespace newsgraph::ner
