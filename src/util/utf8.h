// Small UTF-8 helpers shared by every stage. Decoding never fails: an invalid byte decodes as
// one code point in U+DC80..U+DCFF ("surrogate escape" of the byte) with length 1, so callers
// can tell it apart from real text and nothing is ever lost.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::utf8 {

constexpr char32_t kInvalidBase = 0xDC00;  // invalid byte b decodes as kInvalidBase + b

inline bool is_invalid_escape(char32_t cp) { return cp >= 0xDC80 && cp <= 0xDCFF; }

// Decodes the code point at s[i]; sets *len to its byte length (>= 1).
inline char32_t decode_at(std::string_view s, size_t i, size_t* len) {
  const unsigned char c0 = static_cast<unsigned char>(s[i]);
  if (c0 < 0x80) {
    *len = 1;
    return c0;
  }
  auto cont = [&](size_t k) {
    return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
  };
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[i + k]) & 0x3F; };
  if (c0 >= 0xC2 && c0 <= 0xDF && cont(1)) {
    *len = 2;
    return (char32_t(c0 & 0x1F) << 6) | byte(1);
  }
  if (c0 >= 0xE0 && c0 <= 0xEF && cont(1) && cont(2)) {
    char32_t cp = (char32_t(c0 & 0x0F) << 12) | (char32_t(byte(1)) << 6) | byte(2);
    if (cp >= 0x800 && !(cp >= 0xD800 && cp <= 0xDFFF)) {
      *len = 3;
      return cp;
    }
  }
  if (c0 >= 0xF0 && c0 <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    char32_t cp = (char32_t(c0 & 0x07) << 18) | (char32_t(byte(1)) << 12) |
                  (char32_t(byte(2)) << 6) | byte(3);
    if (cp >= 0x10000 && cp <= 0x10FFFF) {
      *len = 4;
      return cp;
    }
  }
  *len = 1;
  return kInvalidBase + c0;
}

// Appends the UTF-8 encoding of cp. An invalid-byte escape appends the original byte.
inline void append(std::string& out, char32_t cp) {
  if (is_invalid_escape(cp)) {
    out += static_cast<char>(cp - kInvalidBase);
  } else if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes all of s. When offsets is given it receives the byte offset of each code point and,
// last, s.size().
inline std::vector<char32_t> decode_lenient(std::string_view s,
                                            std::vector<uint32_t>* offsets = nullptr) {
  std::vector<char32_t> out;
  out.reserve(s.size());
  if (offsets) offsets->clear();
  for (size_t i = 0; i < s.size();) {
    size_t len;
    char32_t cp = decode_at(s, i, &len);
    if (offsets) offsets->push_back(static_cast<uint32_t>(i));
    out.push_back(cp);
    i += len;
  }
  if (offsets) offsets->push_back(static_cast<uint32_t>(s.size()));
  return out;
}

// True when every byte is ASCII (checked eight bytes at a time).
bool is_ascii(std::string_view s);
// True when s is well-formed UTF-8.
bool is_valid(std::string_view s);

}  // namespace newsgraph::utf8
