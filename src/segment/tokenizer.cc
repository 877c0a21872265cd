// Tokenizer: splits one paragraph into CoNLL / Penn Treebank style tokens. Each whitespace-
// separated chunk is first cut at "hard" punctuation (quotes, brackets, dashes, ; ! ? …, commas
// not between digits); each remaining piece then has quotes, currency signs and punctuation
// peeled from its front and back, keeping abbreviation periods, clitics ('s n't 'll) split off.
#include <array>
#include <cstring>

#include "newsgraph/segment.h"
#include "segment/chars.h"
#include "segment/segmenter.h"
#include "segment/word_lists.h"

namespace newsgraph {
namespace segment {
namespace {

constexpr uint16_t bit(TokenFlags f) { return static_cast<uint16_t>(f); }

inline unsigned char byte_at(std::string_view s, size_t i) {
  return static_cast<unsigned char>(s[i]);
}

// A three-byte sequence E2 80 xx (General Punctuation block) at s[i].
inline bool punct_e280(std::string_view s, size_t i, unsigned char last) {
  return i + 3 <= s.size() && byte_at(s, i) == 0xE2 && byte_at(s, i + 1) == 0x80 &&
         byte_at(s, i + 2) == last;
}

// Byte length of a single quotation mark or apostrophe at s[i] (' ` ‘ ’ ‚ ‛ ‹ ›), else 0.
inline size_t single_quote_len(std::string_view s, size_t i) {
  unsigned char c = byte_at(s, i);
  if (c == '\'' || c == '`') return 1;
  if (c == 0xE2 && i + 3 <= s.size() && byte_at(s, i + 1) == 0x80) {
    unsigned char d = byte_at(s, i + 2);
    if (d == 0x98 || d == 0x99 || d == 0x9A || d == 0x9B || d == 0xB9 || d == 0xBA) return 3;
  }
  return 0;
}

// Byte length of an apostrophe (' or ’) ending just before position p, not reaching below a.
inline size_t apostrophe_before(std::string_view s, size_t a, size_t p) {
  if (p >= a + 1 && s[p - 1] == '\'') return 1;
  if (p >= a + 3 && punct_e280(s, p - 3, 0x99)) return 3;
  return 0;
}

// Byte length of an apostrophe (' or ’) at s[i], else 0.
inline size_t apostrophe_at(std::string_view s, size_t i) {
  if (s[i] == '\'') return 1;
  if (punct_e280(s, i, 0x99)) return 3;
  return 0;
}

inline bool word_byte(unsigned char c) { return c >= 0x80 || is_ascii_alnum(c); }

inline bool equals_lower(std::string_view s, size_t i, std::string_view lower) {
  for (size_t k = 0; k < lower.size(); ++k) {
    unsigned char c = byte_at(s, i + k);
    if (is_ascii_upper(c)) c = static_cast<unsigned char>(c - 'A' + 'a');
    if (c != static_cast<unsigned char>(lower[k])) return false;
  }
  return true;
}

// Length of a clitic ending the word s[a, b): 's 'm 'd 'll 're 've n't (with ' or ’), else 0.
size_t clitic_suffix_len(std::string_view s, size_t a, size_t b) {
  static constexpr std::string_view kEndings[] = {"s", "m", "d", "ll", "re", "ve"};
  for (std::string_view ending : kEndings) {
    size_t n = ending.size();
    if (b - a <= n + 1 || !equals_lower(s, b - n, ending)) continue;
    size_t ap = apostrophe_before(s, a, b - n);
    if (ap == 0 || b - n - ap <= a) continue;
    unsigned char before = byte_at(s, b - n - ap - 1);
    if (!word_byte(before) && before != '.') continue;  // "U.S.'s"
    return n + ap;
  }
  // n't: "don't" -> "do" "n't", "can't" -> "ca" "n't".
  if (b - a >= 4 && (s[b - 1] == 't' || s[b - 1] == 'T')) {
    size_t ap = apostrophe_before(s, a, b - 1);
    if (ap != 0 && b - 1 - ap >= a + 2) {
      size_t n_pos = b - 1 - ap - 1;
      unsigned char n = byte_at(s, n_pos);
      if ((n == 'n' || n == 'N') && word_byte(byte_at(s, n_pos - 1))) return b - n_pos;
    }
  }
  return 0;
}

// True when s[a, b) is exactly a clitic starting with an apostrophe ("'s", "’ll").
bool is_bare_clitic(std::string_view s, size_t a, size_t b) {
  size_t ap = apostrophe_at(s, a);
  if (ap == 0 || a + ap >= b) return false;
  size_t n = b - a - ap;
  if (n > 2) return false;
  static constexpr std::string_view kEndings[] = {"s", "m", "d", "ll", "re", "ve"};
  for (std::string_view ending : kEndings)
    if (ending.size() == n && equals_lower(s, a + ap, ending)) return true;
  return false;
}

// Letters-and-periods abbreviations: "U.S", "a.m", "Ph.D", "J.K" (segments of 1-3 letters).
bool is_dotted_abbreviation(std::string_view w) {
  if (w.size() < 3) return false;
  size_t segment = 0;
  bool has_dot = false;
  for (unsigned char c : w) {
    if (c == '.') {
      if (segment == 0) return false;
      has_dot = true;
      segment = 0;
    } else if (is_ascii_alpha(c)) {
      if (++segment > 3) return false;
    } else {
      return false;
    }
  }
  return has_dot && segment > 0;
}

// Byte length of a currency sign at s[i] ($, or a code point of category Sc), else 0.
inline size_t currency_len(std::string_view s, size_t i) {
  size_t len;
  return kind_at(s, i, &len) == CharKind::kCurrency ? len : 0;
}

// Byte length of a currency sign ending at position p (ASCII $, or a two/three byte Sc), else 0.
inline size_t currency_before(std::string_view s, size_t a, size_t p) {
  if (p >= a + 1 && s[p - 1] == '$') return 1;
  for (size_t len = 2; len <= 3; ++len) {
    if (p < a + len) break;
    size_t cp_len;
    if (kind_at(s, p - len, &cp_len) == CharKind::kCurrency && cp_len == len) return len;
  }
  return 0;
}

// Punctuation whose runs form one token: . - ! ? * = _ ~ # and non-ASCII dashes and bullets.
inline bool merges_in_runs(std::string_view s, size_t i, size_t len) {
  unsigned char c = byte_at(s, i);
  if (len == 1)
    return c == '.' || c == '-' || c == '!' || c == '?' || c == '*' || c == '=' || c == '_' ||
           c == '~' || c == '#';
  return len == 3 && c == 0xE2 && byte_at(s, i + 1) == 0x80 && byte_at(s, i + 2) >= 0x90 &&
         byte_at(s, i + 2) <= 0x95;  // ‐ ‑ ‒ – — ―
}

inline bool is_fixed_quote(std::string_view t) {
  if (t == "\"" || t == "``" || t == "''" || t == "`") return true;
  if (t.size() == 2) return t == "\xC2\xAB" || t == "\xC2\xBB";  // « »
  if (t.size() == 3 && byte_at(t, 0) == 0xE2 && byte_at(t, 1) == 0x80) {
    unsigned char d = byte_at(t, 2);
    // ‘ ‚ ‛ “ ” „ ‟ ‹ › (’ is decided by context)
    return d == 0x98 || d == 0x9A || d == 0x9B || d == 0x9C || d == 0x9D || d == 0x9E ||
           d == 0x9F || d == 0xB9 || d == 0xBA;
  }
  return false;
}

// Byte classes for the tokenizer's fast path over ASCII chunks.
constexpr unsigned kSpaceBit = 1, kAlphaBit = 2, kDigitBit = 4, kOtherBit = 8, kNonAsciiBit = 16;
inline constexpr std::array<unsigned char, 128> kByteBits = [] {
  std::array<unsigned char, 128> t{};
  for (int c = 0; c < 128; ++c) {
    unsigned char b = kOtherBit;
    if (kAsciiKind[static_cast<size_t>(c)] == CharKind::kSpace)
      b = kSpaceBit;
    else if (is_ascii_alpha(static_cast<unsigned char>(c)))
      b = kAlphaBit;
    else if (is_ascii_digit(static_cast<unsigned char>(c)))
      b = kDigitBit;
    t[static_cast<size_t>(c)] = b;
  }
  return t;
}();

class ParagraphTokenizer {
 public:
  ParagraphTokenizer(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>& out)
      : s_(text), begin_(begin), end_(end), out_(out), first_token_(out.size()) {}

  void run() {
    size_t i = begin_;
    while (i < end_) {
      size_t len;
      unsigned char c = byte_at(s_, i);
      if (c < 0x80 ? kByteBits[c] == kSpaceBit : kind_at(s_, i, &len) == CharKind::kSpace) {
        pending_space_ = true;
        i += c < 0x80 ? 1 : len;
        continue;
      }
      // Find the chunk's end, noting which kinds of bytes it holds (and all but its last byte).
      size_t j = i;
      unsigned mask = 0, mask_before_last = 0;
      while (j < end_) {
        unsigned char d = byte_at(s_, j);
        if (d < 0x80) {
          if (kByteBits[d] == kSpaceBit) break;
          mask_before_last = mask;
          mask |= kByteBits[d];
          ++j;
        } else {
          if (kind_at(s_, j, &len) == CharKind::kSpace) break;
          mask_before_last = mask;
          mask |= kNonAsciiBit;
          j += len;
        }
      }
      if (i > 0 && i == begin_) pending_space_ = true;  // a paragraph follows a line break
      if (first_non_space_ == SIZE_MAX) first_non_space_ = i;
      constexpr unsigned kWordBits = kAlphaBit | kDigitBit;
      if ((mask & ~kWordBits) == 0) {
        emit_word(i, j, mask);  // the common case: a plain ASCII word or number
      } else if (j - i >= 2 && s_[j - 1] == ',' && (mask_before_last & ~kWordBits) == 0) {
        emit_word(i, j - 1, mask_before_last);
        emit(j - 1, j);
      } else {
        chunk(i, j);
      }
      i = j;
    }
    classify_single_quotes();
  }

 private:
  // Emits an ASCII word of letters and digits; `mask` holds its kByteBits.
  void emit_word(size_t b, size_t e, unsigned mask) {
    Token t;
    t.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    uint16_t flags = 0;
    if (pending_space_) flags |= bit(TokenFlags::kSpaceBefore);
    pending_space_ = false;
    if (out_.size() == first_token_) flags |= bit(TokenFlags::kParagraphStart);
    if (mask & kDigitBit) flags |= bit(TokenFlags::kNumber);
    if (is_ascii_upper(byte_at(s_, b))) flags |= bit(TokenFlags::kCapitalized);
    t.flags = flags;
    out_.push_back(t);
  }

  void emit(size_t b, size_t e, uint16_t extra = 0) {
    if (b >= e) return;
    Token t;
    t.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    uint16_t flags = extra;
    if (pending_space_) flags |= bit(TokenFlags::kSpaceBefore);
    pending_space_ = false;
    if (out_.size() == first_token_) flags |= bit(TokenFlags::kParagraphStart);
    flags |= shape_flags(b, e);
    if (is_fixed_quote(s_.substr(b, e - b))) flags |= bit(TokenFlags::kQuoteMark);
    t.flags = flags;
    out_.push_back(t);
  }

  // kPunct, kCapitalized and kNumber from the token's characters.
  uint16_t shape_flags(size_t b, size_t e) const {
    bool word = false, digit = false, capital = false;
    size_t i = b;
    bool first = true;
    while (i < e) {
      unsigned char c = byte_at(s_, i);
      if (c < 0x80) {
        if (is_ascii_digit(c)) {
          digit = word = true;
        } else if (is_ascii_alpha(c)) {
          word = true;
          if (first) capital = is_ascii_upper(c);
        }
        first = false;
        ++i;
        continue;
      }
      size_t len;
      char32_t cp = utf8::decode_at(s_, i, &len);
      CharKind k = classify_code_point(cp);
      if (k == CharKind::kDigit)
        digit = word = true;
      else if (k == CharKind::kLetter)
        word = true;
      if (first) capital = is_upper_code_point(cp);
      first = false;
      i += len;
    }
    uint16_t f = 0;
    if (!word) f |= bit(TokenFlags::kPunct);
    if (digit) f |= bit(TokenFlags::kNumber);
    if (capital) f |= bit(TokenFlags::kCapitalized);
    return f;
  }

  void chunk(size_t b, size_t e) {
    if (e - b >= 6 && try_url_or_email(b, e)) return;
    hard_pass(b, e);
  }

  // Keeps a URL or e-mail address whole, splitting off punctuation around it.
  bool try_url_or_email(size_t b, size_t e) {
    std::string_view c = s_.substr(b, e - b);
    size_t core = 0;
    // Skip a few leading brackets or quotes.
    while (core < c.size() && core < 4) {
      size_t len;
      CharKind k = kind_at(c, core, &len);
      if (k != CharKind::kHard && single_quote_len(c, core) == 0) break;
      core += len;
    }
    size_t core_end = c.size();
    std::string_view rest = c.substr(core);
    bool url = rest.starts_with("http://") || rest.starts_with("https://") ||
               rest.starts_with("www.") || rest.starts_with("ftp://") ||
               rest.starts_with("HTTP://") || rest.starts_with("HTTPS://") ||
               rest.starts_with("WWW.");
    if (!url) {
      const void* at = std::memchr(rest.data(), '@', rest.size());
      if (at == nullptr) return false;
      size_t a = static_cast<size_t>(static_cast<const char*>(at) - c.data());
      if (a == core || a + 1 >= c.size() || !is_ascii_alnum(byte_at(c, a - 1)) ||
          !is_ascii_alnum(byte_at(c, a + 1)))
        return false;
      size_t start = a;
      while (start > core) {
        unsigned char ch = byte_at(c, start - 1);
        if (!is_ascii_alnum(ch) && ch != '.' && ch != '_' && ch != '-' && ch != '+' && ch != '%')
          break;
        --start;
      }
      size_t end = a + 1;
      bool dot = false;
      while (end < c.size()) {
        unsigned char ch = byte_at(c, end);
        if (!is_ascii_alnum(ch) && ch != '.' && ch != '-') break;
        if (ch == '.') dot = true;
        ++end;
      }
      while (end > a + 1 && c[end - 1] == '.') --end;
      if (!dot || start == a) return false;
      core = start;
      core_end = end;
    } else {
      bool has_open_paren = rest.find('(') != std::string_view::npos;
      while (core_end > core) {
        unsigned char ch = byte_at(c, core_end - 1);
        if (ch == '.' || ch == ',' || ch == ';' || ch == ':' || ch == '!' || ch == '?' ||
            ch == '"' || ch == '\'' || ch == ']' || ch == '}' || ch == '>' ||
            (ch == ')' && !has_open_paren)) {
          --core_end;
        } else if (core_end >= core + 3 && punct_e280(c, core_end - 3, 0x9D)) {  // ”
          core_end -= 3;
        } else if (core_end >= core + 3 && punct_e280(c, core_end - 3, 0x99)) {  // ’
          core_end -= 3;
        } else if (core_end >= core + 2 && byte_at(c, core_end - 2) == 0xC2 &&
                   byte_at(c, core_end - 1) == 0xBB) {  // »
          core_end -= 2;
        } else {
          break;
        }
      }
      if (core_end <= core + 4) return false;
    }
    hard_pass(b, b + core);
    emit(b + core, b + core_end);
    hard_pass(b + core_end, e);
    return true;
  }

  // Cuts s_[b, e) at hard punctuation; the pieces between go through soft().
  void hard_pass(size_t b, size_t e) {
    size_t piece = b;
    size_t i = b;
    while (i < e) {
      size_t len;
      CharKind k = kind_at(s_, i, &len);
      bool hard = k == CharKind::kHard;
      if (!hard && len == 1) {
        unsigned char c = byte_at(s_, i);
        if (c == ',') {
          hard = !(i > piece && is_ascii_digit(byte_at(s_, i - 1)) && i + 1 < e &&
                   is_ascii_digit(byte_at(s_, i + 1)));
        } else if (c == '.') {
          // "..." anywhere, or "end.Next" run together (not "St.Louis", "U.S").
          hard = (i + 1 < e && s_[i + 1] == '.') ||
                 (i > piece + 1 && i + 1 < e && is_ascii_lower(byte_at(s_, i - 1)) &&
                  is_ascii_upper(byte_at(s_, i + 1)) &&
                  abbreviation_kind(s_.substr(piece, i - piece)) == AbbreviationKind::kNone);
        } else if (c == '-') {
          hard = i + 1 < e && s_[i + 1] == '-';
        }
      }
      if (!hard) {
        i += len;
        continue;
      }
      soft(piece, i);
      // A run of the same character is one token ("...", "--", "!!!", "——"), except brackets,
      // quotes and commas.
      size_t j = i + len;
      if (merges_in_runs(s_, i, len))
        while (j + len <= e && std::memcmp(s_.data() + j, s_.data() + i, len) == 0) j += len;
      emit(i, j);
      i = piece = j;
    }
    soft(piece, e);
  }

  // True when the period at s_[r] ending the word s_[a, r) belongs to it.
  bool keeps_period(size_t a, size_t r) const {
    // CoNLL splits the final period of a sentence even off an abbreviation ("U.S" "."); do the
    // same at the end of a paragraph.
    if (only_closers_follow(r + 1)) return false;
    std::string_view w = s_.substr(a, r - a);
    switch (abbreviation_kind(w)) {
      case AbbreviationKind::kTitle:
      case AbbreviationKind::kOther:
        return true;
      case AbbreviationKind::kBeforeNumber:
        return digit_follows(r + 1);
      case AbbreviationKind::kNone:
        break;
    }
    if (w.size() == 1 && is_ascii_alpha(byte_at(w, 0)))
      return is_ascii_upper(byte_at(w, 0));  // an initial: "John F. Kennedy"
    if (is_dotted_abbreviation(w)) return true;
    if (size_t hyphen = w.rfind('-');
        hyphen != std::string_view::npos && is_dotted_abbreviation(w.substr(hyphen + 1)))
      return true;  // "anti-U.S"
    // A numbered list item opening the paragraph: "1. Michael Schumacher".
    if (w.size() <= 3 && out_.size() == first_token_ && a == first_non_space_ && r + 1 < end_) {
      bool digits = true;
      for (unsigned char c : w) digits = digits && is_ascii_digit(c);
      return digits;
    }
    return false;
  }

  // True when nothing but whitespace and closing quotes or brackets follows s_[i] in the paragraph.
  bool only_closers_follow(size_t i) const {
    while (i < end_) {
      unsigned char c = byte_at(s_, i);
      if (is_ascii_space(c) || c == ')' || c == ']' || c == '"' || c == '\'') {
        ++i;
      } else if (punct_e280(s_, i, 0x99) || punct_e280(s_, i, 0x9D)) {  // ’ ”
        i += 3;
      } else if (c == 0xC2 && i + 1 < end_ && byte_at(s_, i + 1) == 0xBB) {  // »
        i += 2;
      } else if (size_t len; c >= 0x80 && kind_at(s_, i, &len) == CharKind::kSpace) {
        i += len;  // a no-break space
      } else {
        return false;
      }
    }
    return true;
  }

  bool digit_follows(size_t i) const {
    while (i < end_ && is_ascii_space(byte_at(s_, i))) ++i;
    return i < end_ && is_ascii_digit(byte_at(s_, i));
  }

  // Splits a piece without hard punctuation: prefix quotes / currency / punctuation, the word,
  // then clitics and suffix punctuation.
  void soft(size_t a, size_t b) {
    if (a >= b) return;
    if (first_non_space_ == SIZE_MAX) first_non_space_ = a;
    // Prefix.
    while (a < b) {
      unsigned char c = byte_at(s_, a);
      size_t q = single_quote_len(s_, a);
      if (q != 0) {
        if (apostrophe_at(s_, a) != 0) {
          if (is_bare_clitic(s_, a, b)) break;
          // '90s
          size_t d = a + q;
          if (d + 2 <= b && is_ascii_digit(byte_at(s_, d)) && is_ascii_digit(byte_at(s_, d + 1)) &&
              (d + 2 == b || (d + 3 == b && s_[d + 2] == 's')))
            break;
        }
        size_t j = a + q;
        if (c == '`' || c == '\'')
          while (j < b && s_[j] == static_cast<char>(c)) ++j;
        emit(a, j, bit(TokenFlags::kQuoteMark));
        a = j;
        continue;
      }
      if (size_t cur = currency_len(s_, a); cur != 0) {
        emit(a, a + cur);
        a += cur;
        continue;
      }
      // "US$", "C$", "HK$" before an amount.
      if (is_ascii_upper(c)) {
        size_t k = a;
        while (k < b && k < a + 3 && is_ascii_upper(byte_at(s_, k))) ++k;
        if (k < b && s_[k] == '$' && k + 1 < b && is_ascii_digit(byte_at(s_, k + 1))) {
          emit(a, k + 1);
          a = k + 1;
          continue;
        }
        break;
      }
      if (c >= 0x80 || is_ascii_alnum(c)) break;
      bool next_digit = a + 1 < b && is_ascii_digit(byte_at(s_, a + 1));
      bool next_alnum = a + 1 < b && is_ascii_alnum(byte_at(s_, a + 1));
      if ((c == '.' || c == '-' || c == '+') && next_digit) break;  // .5 -5 +3
      if ((c == '#' || c == '@') && next_alnum) break;              // #tag @name
      if (c == '-' && a + 1 < b && is_ascii_alpha(byte_at(s_, a + 1))) break;
      size_t j = a + 1;
      while (j < b && s_[j] == static_cast<char>(c)) ++j;
      emit(a, j);
      a = j;
    }
    if (a >= b) return;
    // Suffix, collected backwards.
    constexpr int kMaxSuffix = 16;
    Span suffix[kMaxSuffix];
    int n = 0;
    auto push = [&](size_t from, size_t to) {
      suffix[n++] = Span{static_cast<uint32_t>(from), static_cast<uint32_t>(to)};
    };
    while (a < b && n < kMaxSuffix) {
      unsigned char c = byte_at(s_, b - 1);
      if (c == '.') {
        size_t r = b - 1;
        while (r > a && s_[r - 1] == '.') --r;
        if (b - r >= 2 || r == a || !keeps_period(a, r)) {
          push(r, b);
          b = r;
          continue;
        }
        break;
      }
      if (c == '\'' || c == '`') {
        size_t r = b - 1;
        while (r > a && s_[r - 1] == static_cast<char>(c)) --r;
        if (r == a) break;  // the whole piece; the prefix loop left it (a bare clitic)
        push(r, b);
        b = r;
        continue;
      }
      if (c == '=' && b - 1 > a && is_ascii_digit(byte_at(s_, b - 2))) break;  // "1=" (a tie)
      if (c == ',' || c == ':' || c == ';' || c == '%' || c == '*' || c == '+' || c == '=' ||
          c == '/' || c == '\\' || c == '|' || c == '<' || c == '>' || c == '~' || c == '^' ||
          c == '_' || c == '&' || c == '#' || c == '@' || c == '$') {
        size_t r = b - 1;
        while (r > a && s_[r - 1] == static_cast<char>(c)) --r;
        push(r, b);
        b = r;
        continue;
      }
      if (c >= 0x80) {
        if (b >= a + 3 && b - 3 > a && single_quote_len(s_, b - 3) == 3) {
          push(b - 3, b);
          b -= 3;
          continue;
        }
        if (size_t cur = currency_before(s_, a, b); cur != 0 && b - cur > a) {
          push(b - cur, b);
          b -= cur;
          continue;
        }
        break;
      }
      if (is_ascii_alpha(c)) {
        if (size_t k = clitic_suffix_len(s_, a, b); k != 0) {
          push(b - k, b);
          b -= k;
        }
      }
      break;
    }
    emit(a, b);
    while (n > 0) {
      const Span& t = suffix[--n];
      emit(t.begin, t.end);
    }
  }

  // Decides, within the paragraph, whether a bare ' or ’ token is a closing quotation mark (a
  // single quote is open) or an apostrophe (plural possessive "Tajiks'").
  void classify_single_quotes() {
    bool open = false;
    for (size_t i = first_token_; i < out_.size(); ++i) {
      Token& t = out_[i];
      std::string_view text = s_.substr(t.span.begin, t.span.size());
      bool apostrophe = text == "'" || text == "\xE2\x80\x99";
      bool marked = (t.flags & bit(TokenFlags::kQuoteMark)) != 0;
      if (marked) {
        if (text == "\xE2\x80\x98" || text == "\xE2\x80\x9A" || text == "\xE2\x80\x9B" ||
            text == "\xE2\x80\xB9" || text == "`" || (apostrophe && is_opening_quote(text, t)))
          open = true;
        else if (text == "\xE2\x80\xBA")
          open = false;
        continue;
      }
      if (!apostrophe) continue;
      bool space_before = (t.flags & bit(TokenFlags::kSpaceBefore)) != 0;
      bool space_after =
          i + 1 == out_.size() || (out_[i + 1].flags & bit(TokenFlags::kSpaceBefore)) != 0;
      if (space_before && !space_after) {
        // A detached opening quote: "' word".
        t.flags |= bit(TokenFlags::kQuoteMark);
        open = true;
      } else if (open) {
        t.flags |= bit(TokenFlags::kQuoteMark);
        open = false;
      }
    }
  }

  std::string_view s_;
  size_t begin_, end_;
  std::vector<Token>& out_;
  size_t first_token_;
  size_t first_non_space_ = SIZE_MAX;
  bool pending_space_ = false;
};

}  // namespace

bool is_opening_quote(std::string_view t, const Token& token) {
  if ((token.flags & bit(TokenFlags::kQuoteMark)) == 0) return false;
  if (t == "\xE2\x80\x9C" || t == "\xE2\x80\x98" || t == "\xE2\x80\x9E" || t == "\xE2\x80\x9A" ||
      t == "\xC2\xAB" || t == "\xE2\x80\xB9" || t == "``" || t == "`")
    return true;
  if (t == "\xE2\x80\x9D" || t == "\xC2\xBB" || t == "\xE2\x80\xBA" || t == "''") return false;
  // Straight quotes (and ’ used as an opening mark) open when whitespace precedes them.
  return (token.flags & bit(TokenFlags::kSpaceBefore)) != 0 ||
         (token.flags & bit(TokenFlags::kParagraphStart)) != 0;
}

void tokenize_paragraph(std::string_view text, uint32_t begin, uint32_t end,
                        std::vector<Token>& out) {
  if (begin >= end || end > text.size()) return;
  ParagraphTokenizer(text, begin, end, out).run();
}

}  // namespace segment

bool is_abbreviation(std::string_view word) {
  if (segment::abbreviation_kind(word) != segment::AbbreviationKind::kNone) return true;
  if (word.size() == 1) return segment::is_ascii_upper(static_cast<unsigned char>(word[0]));
  return segment::is_dotted_abbreviation(word);
}

}  // namespace newsgraph
