#include "segment/word_scan.h"

#include "util/utf8.h"
#include "util/ascii.h"

namespace newsgraph::scan {
namespace {

enum class CharClass : uint8_t { kSpace, kNewline, kLetter, kDigit, kPunct, kQuote, kOther };

CharClass classify(char32_t c) {
  if (c == '\n') return CharClass::kNewline;
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x2009 ||
      c == 0x200A || c == 0x202F || c == 0x2002 || c == 0x2003 || c == 0x200B)
    return CharClass::kSpace;
  if (c == 0x2028 || c == 0x2029 || c == 0x85) return CharClass::kNewline;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  if (c == '"' || c == '\'' || (c >= 0x2018 && c <= 0x201F) || c == 0xAB || c == 0xBB)
    return CharClass::kQuote;
  if (c < 0x80) return c < 0x20 ? CharClass::kSpace : CharClass::kPunct;
  if ((c >= 0x2010 && c <= 0x2015) || c == 0x2026 || c == 0x2022 || c == 0xB7 ||
      (c >= 0x2030 && c <= 0x205E) || c == 0xBF || c == 0xA1)
    return CharClass::kPunct;
  if (utf8::is_invalid_escape(c)) return CharClass::kOther;
  return CharClass::kLetter;  // other scripts, accented letters, symbols: part of words
}

struct Cursor {
  std::string_view text;
  char32_t at(uint32_t pos, size_t* len) const {
    if (pos >= text.size()) {
      *len = 0;
      return 0;
    }
    return utf8::decode_at(text, pos, len);
  }
};

// Code point before pos (0 at start).
char32_t before(std::string_view text, uint32_t pos, uint32_t floor) {
  if (pos <= floor) return 0;
  uint32_t p = pos - 1;
  while (p > floor && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80 && pos - p < 4) --p;
  size_t len = 0;
  return utf8::decode_at(text, p, &len);
}

bool is_wordish(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit; }

// The end of the word that starts at pos with a letter or digit (class cls, len bytes):
// letters, digits and inner joiners (apostrophes, periods, hyphens, digit separators).
uint32_t word_end(const Cursor& cur, std::string_view text, uint32_t pos, size_t len, CharClass cls,
                  uint32_t end, const Word& w) {
  uint32_t p = pos + static_cast<uint32_t>(len);
  CharClass last = cls;
  while (p < end) {
    size_t l2 = 0;
    char32_t d = cur.at(p, &l2);
    CharClass dc = classify(d);
    if (is_wordish(dc) || dc == CharClass::kOther) {
      last = dc;
      p += static_cast<uint32_t>(l2);
      continue;
    }
    // Inner joiners: apostrophes, periods, hyphens, digit separators.
    bool joiner = d == '\'' || d == 0x2019 || d == '.' || d == '-' || d == '&' ||
                  (d == ',' && last == CharClass::kDigit) || d == 0x2011;
    if (joiner) {
      size_t l3 = 0;
      char32_t e = cur.at(p + static_cast<uint32_t>(l2), &l3);
      CharClass ec = l3 ? classify(e) : CharClass::kSpace;
      bool ok = is_wordish(ec);
      if (d == ',') ok = ec == CharClass::kDigit;
      if ((d == '\'' || d == 0x2019) && !ok) {
        // Plural possessive "players’ " (after s) stays in the word.
        char32_t prev = before(text, p, w.begin);
        ok = (prev == 's' || prev == 'S') && ec != CharClass::kLetter;
        if (ok) {
          p += static_cast<uint32_t>(l2);
          break;
        }
      }
      if (ok) {
        p += static_cast<uint32_t>(l2);
        continue;
      }
    }
    break;
  }
  return p;
}

// Whether quotation mark w (code point c, at pos; `doubled` for '' and ``) opens or closes,
// and its style.
void classify_quote_mark(const Cursor& cur, std::string_view text, uint32_t begin, uint32_t pos,
                         char32_t c, bool doubled, Word& w) {
  char32_t prev = before(text, pos, begin);
  size_t nl = 0;
  char32_t next = cur.at(w.end, &nl);
  CharClass pc = prev == 0 ? CharClass::kSpace : classify(prev);
  CharClass nc = nl == 0 ? CharClass::kSpace : classify(next);
  bool prev_open = pc == CharClass::kSpace || pc == CharClass::kNewline || prev == '(' ||
                   prev == '[' || prev == 0x2014 || prev == 0x2013 || prev == ':' || prev == '-' ||
                   prev == 0x201C || prev == 0x2018;
  bool next_space = nc == CharClass::kSpace || nc == CharClass::kNewline ||
                    (nc == CharClass::kPunct && next != '(' && next != 0x2026);
  switch (c) {
    case 0x201C:
    case 0x201E:
    case 0xAB:
    case 0x201F:
      w.kind = Kind::kOpenQuote;
      w.style = QuoteStyle::kDouble;
      break;
    case 0x201D:
    case 0xBB:
      w.kind = Kind::kCloseQuote;
      w.style = QuoteStyle::kDouble;
      break;
    case 0x2018:
    case 0x201A:
    case 0x201B:
      w.kind = Kind::kOpenQuote;
      w.style = QuoteStyle::kSingle;
      break;
    case 0x2019:
      w.kind = prev_open && !next_space ? Kind::kOpenQuote : Kind::kCloseQuote;
      w.style = QuoteStyle::kSingle;
      break;
    case '`':
      w.kind = Kind::kOpenQuote;
      w.style = QuoteStyle::kDouble;
      break;
    case '"':
      w.kind = prev_open && !next_space ? Kind::kOpenQuote
               : (!prev_open)           ? Kind::kCloseQuote
                                        : Kind::kOpenQuote;
      w.style = QuoteStyle::kDouble;
      break;
    default:  // '\''
      if (doubled) {
        w.kind = prev_open && !next_space ? Kind::kOpenQuote
                 : (!prev_open)           ? Kind::kCloseQuote
                                          : Kind::kOpenQuote;
        w.style = QuoteStyle::kDouble;
        break;
      }
      w.kind = prev_open && !next_space ? Kind::kOpenQuote : Kind::kCloseQuote;
      w.style = QuoteStyle::kSingle;
      break;
  }
}

}  // namespace

std::string_view lower(std::string_view word, std::string& buf) {
  return util::ascii_lower(word, buf);
}

void scan_words(std::string_view text, uint32_t begin, uint32_t end, std::vector<Word>& out) {
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  Cursor cur{text.substr(0, end)};
  uint32_t pos = begin;
  bool newline = false;
  while (pos < end) {
    size_t len = 0;
    char32_t c = cur.at(pos, &len);
    if (len == 0) break;
    CharClass cls = classify(c);
    if (cls == CharClass::kSpace) {
      pos += static_cast<uint32_t>(len);
      continue;
    }
    if (cls == CharClass::kNewline) {
      newline = true;
      pos += static_cast<uint32_t>(len);
      continue;
    }
    Word w;
    w.begin = pos;
    w.newline_before = newline;
    newline = false;
    if (is_wordish(cls) || cls == CharClass::kOther) {
      w.kind = Kind::kWord;
      w.capitalized = c >= 'A' && c <= 'Z';
      w.end = word_end(cur, text, pos, len, cls, end, w);
      out.push_back(w);
      pos = w.end;
      continue;
    }
    w.end = pos + static_cast<uint32_t>(len);
    // Two apostrophes or two backticks stand for a double quotation mark (NYT, LaTeX style).
    bool doubled = (c == '\'' || c == '`') && w.end < end && text[w.end] == static_cast<char>(c);
    if (doubled) {
      ++w.end;
      cls = CharClass::kQuote;
    }
    if (cls == CharClass::kQuote) {
      classify_quote_mark(cur, text, begin, pos, c, doubled, w);
    } else {
      w.kind = Kind::kPunct;
      // "--" and "..." as one punctuation word.
      if ((c == '-' || c == '.') && w.end < end && text[w.end] == static_cast<char>(c)) {
        while (w.end < end && text[w.end] == static_cast<char>(c)) ++w.end;
      }
    }
    out.push_back(w);
    pos = w.end;
  }
}

}  // namespace newsgraph::scan
