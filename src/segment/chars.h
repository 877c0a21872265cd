// Character classes for the segmenter: a 128-entry table for ASCII bytes and a utf8proc-based
// classifier for other code points, so letters of any script are word characters. Invalid
// bytes (decoded as U+DC80.. escapes) count as letters: they stay inside words, never crash.
#pragma once

#include <utf8proc.h>

#include <array>
#include <cstdint>
#include <string_view>

#include "util/utf8.h"

namespace newsgraph::segment {

enum class CharKind : uint8_t {
  kSpace,   // whitespace and control characters
  kLetter,  // letters, marks, other word characters
  kDigit,   // decimal digits
  kHard,  // always a token of its own: " ( ) [ ] ; ! ? “ ” « » … – — and other punctuation
  kSoft,      // stays inside a piece, peeled at its edges: ' . , - : / % & ’ ...
  kCurrency,  // $ £ € ¥ ...
};

inline constexpr std::array<CharKind, 128> kAsciiKind = [] {
  std::array<CharKind, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharKind k = CharKind::kSoft;
    if (c <= 0x20 || c == 0x7F)
      k = CharKind::kSpace;
    else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
      k = CharKind::kLetter;
    else if (c >= '0' && c <= '9')
      k = CharKind::kDigit;
    else if (c == '$')
      k = CharKind::kCurrency;
    else if (c == '"' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' ||
             c == ';' || c == '!' || c == '?')
      k = CharKind::kHard;
    t[static_cast<size_t>(c)] = k;
  }
  return t;
}();

constexpr bool is_ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_alpha(unsigned char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
constexpr bool is_ascii_alnum(unsigned char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
constexpr bool is_ascii_space(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

inline CharKind classify_code_point(char32_t cp) {
  if (cp < 0x80) return kAsciiKind[cp];
  switch (cp) {
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x180E:
    case 0x200B:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return CharKind::kSpace;
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2039:
    case 0x203A:  // ‘ ’ ‚ ‛ ‹ ›
    case 0x2010:
    case 0x2011:  // hyphens
      return CharKind::kSoft;
    case 0xAD:  // soft hyphen
      return CharKind::kLetter;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return CharKind::kSpace;
  if (utf8::is_invalid_escape(cp)) return CharKind::kLetter;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_ND:
      return CharKind::kDigit;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
      return CharKind::kSpace;
    case UTF8PROC_CATEGORY_SC:
      return CharKind::kCurrency;
    case UTF8PROC_CATEGORY_PC:
      return CharKind::kSoft;
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
      return CharKind::kHard;
    default:
      return CharKind::kLetter;  // letters, marks, other numbers, format, private use, unassigned
  }
}

// Kind of the character at text[i]; sets *len to its byte length.
inline CharKind kind_at(std::string_view text, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    *len = 1;
    return kAsciiKind[c];
  }
  return classify_code_point(utf8::decode_at(text, i, len));
}

inline bool is_upper_code_point(char32_t cp) {
  if (cp < 0x80) return is_ascii_upper(static_cast<unsigned char>(cp));
  if (utf8::is_invalid_escape(cp)) return false;
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

inline bool is_lower_code_point(char32_t cp) {
  if (cp < 0x80) return is_ascii_lower(static_cast<unsigned char>(cp));
  if (utf8::is_invalid_escape(cp)) return false;
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

}  // namespace newsgraph::segment
