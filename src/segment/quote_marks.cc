// Per-token fields computed once at segmentation for the later stages: the direction and style
// of each quotation mark, and the line breaks between tokens (see TokenFlags).
#include "segment/chars.h"
#include "segment/segmenter.h"

namespace newsgraph::segment {
namespace {

constexpr uint16_t bit(TokenFlags f) { return static_cast<uint16_t>(f); }

bool is_space_around_mark(char32_t c) {
  return c == 0 || c < 0x20 || c == ' ' || c == 0xA0 || c == 0x2009 || c == 0x200A || c == 0x202F ||
         c == 0x2002 || c == 0x2003 || c == 0x200B || c == 0x2028 || c == 0x2029 || c == 0x85;
}

bool is_quote_char(char32_t c) {
  return c == '"' || c == '\'' || (c >= 0x2018 && c <= 0x201F) || c == 0xAB || c == 0xBB;
}

// Punctuation that, after a mark, leaves it closing (a mark before ", . ; )" closes).
bool is_punct_after_mark(char32_t c) {
  if (c < 0x80)
    return !is_ascii_alnum(static_cast<unsigned char>(c)) && !is_quote_char(c) &&
           !is_space_around_mark(c);
  return (c >= 0x2010 && c <= 0x2015) || c == 0x2026 || c == 0x2022 || c == 0xB7 ||
         (c >= 0x2030 && c <= 0x205E) || c == 0xBF || c == 0xA1;
}

// The code point before text[pos] (0 at the start of the text).
char32_t code_point_before(std::string_view text, uint32_t pos) {
  if (pos == 0) return 0;
  uint32_t p = pos - 1;
  while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80 && pos - p < 4) --p;
  size_t len = 0;
  return utf8::decode_at(text, p, &len);
}

// kOpenQuote or kCloseQuote, and kSingleQuote, for the quotation mark `token`.
uint16_t mark_flags(std::string_view text, const Token& token) {
  size_t len = 0;
  const char32_t c = utf8::decode_at(text, token.span.begin, &len);
  const char32_t prev = code_point_before(text, token.span.begin);
  const char32_t next =
      token.span.end < text.size() ? utf8::decode_at(text, token.span.end, &len) : 0;
  const bool prev_open = is_space_around_mark(prev) || prev == '(' || prev == '[' ||
                         prev == 0x2014 || prev == 0x2013 || prev == ':' || prev == '-' ||
                         prev == 0x201C || prev == 0x2018;
  const bool next_space =
      is_space_around_mark(next) || (is_punct_after_mark(next) && next != '(' && next != 0x2026);
  // A straight or ’ mark opens after a space or bracket and before a word, closes otherwise.
  const uint16_t by_context = prev_open && !next_space ? bit(TokenFlags::kOpenQuote)
                              : !prev_open             ? bit(TokenFlags::kCloseQuote)
                                                       : bit(TokenFlags::kOpenQuote);
  const uint16_t single = bit(TokenFlags::kSingleQuote);
  switch (c) {
    case 0x201C:  // “
    case 0x201E:  // „
    case 0x201F:  // ‟
    case 0xAB:    // «
      return bit(TokenFlags::kOpenQuote);
    case '`':  // `` is a double mark, ` a single one
      return bit(TokenFlags::kOpenQuote) | (token.span.size() >= 2 ? 0 : single);
    case 0x201D:  // ”
    case 0xBB:    // »
      return bit(TokenFlags::kCloseQuote);
    case 0x2018:  // ‘
    case 0x201A:  // ‚
    case 0x201B:  // ‛
    case 0x2039:  // ‹
      return bit(TokenFlags::kOpenQuote) | single;
    case 0x203A:  // ›
      return bit(TokenFlags::kCloseQuote) | single;
    case 0x2019:  // ’
      return (prev_open && !next_space ? bit(TokenFlags::kOpenQuote)
                                       : bit(TokenFlags::kCloseQuote)) |
             single;
    case '"':
      return by_context;
    default:  // ' (two of them stand for a double mark)
      if (token.span.size() >= 2) return by_context;
      return (prev_open && !next_space ? bit(TokenFlags::kOpenQuote)
                                       : bit(TokenFlags::kCloseQuote)) |
             single;
  }
}

// A ' or ’ token the tokenizer did not call a quotation mark that cannot be an apostrophe of a
// word either: nothing precedes it, or whitespace or punctuation does ("more.' The" closing a
// quote opened in an earlier paragraph).
bool is_unattached_apostrophe(std::string_view text, const std::vector<Token>& tokens, uint32_t i) {
  const Token& t = tokens[i];
  const std::string_view s = text.substr(t.span.begin, t.span.size());
  if (s != "'" && s != "\xE2\x80\x99") return false;
  if (i == 0 || (t.flags & bit(TokenFlags::kSpaceBefore)) != 0) return true;
  const Token& prev = tokens[i - 1];
  return prev.span.end != t.span.begin || (prev.flags & bit(TokenFlags::kPunct)) != 0;
}

}  // namespace

void mark_token_context(std::string_view text, std::vector<Token>& tokens, uint32_t first,
                        uint32_t last) {
  constexpr uint16_t kMarkBits =
      bit(TokenFlags::kOpenQuote) | bit(TokenFlags::kCloseQuote) | bit(TokenFlags::kSingleQuote);
  for (uint32_t i = first; i < last; ++i) {
    Token& t = tokens[i];
    t.flags &= static_cast<uint16_t>(~(kMarkBits | bit(TokenFlags::kNewlineBefore)));
    if ((t.flags & bit(TokenFlags::kQuoteMark)) != 0 || is_unattached_apostrophe(text, tokens, i))
      t.flags |= mark_flags(text, t);
    // A line break in the gap before the token (the gap is whitespace; repair made every line
    // break a '\n').
    const uint32_t gap = i > 0 ? tokens[i - 1].span.end : 0;
    if (gap < t.span.begin &&
        std::string_view(text).substr(gap, t.span.begin - gap).find('\n') != std::string_view::npos)
      t.flags |= bit(TokenFlags::kNewlineBefore);
  }
}

}  // namespace newsgraph::segment
