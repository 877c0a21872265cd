// A light word scanner over the working text, used by the resolve and quotes stages until they
// walk doc.tokens (issue 9): splits a range of text into words, punctuation and quotation marks
// (classified as opening, closing or ambiguous), with apostrophes inside words kept in the word.
// Lives in the segmentation layer so that later stages share it without reaching into each
// other. Allocation-free apart from the output vector, which callers reuse; no state, safe from
// any thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::scan {

enum class Kind : uint8_t {
  kWord,        // letters, digits, inner apostrophes / periods / hyphens
  kPunct,       // one punctuation character (, ; : . ! ? ( ) and dashes)
  kOpenQuote,   // “ ‘ « „ ‚, or a straight mark that opens
  kCloseQuote,  // ” » ’ (not an apostrophe), or a straight mark that closes
};

enum class QuoteStyle : uint8_t { kNone, kDouble, kSingle };

struct Word {
  uint32_t begin = 0;
  uint32_t end = 0;
  Kind kind = Kind::kWord;
  QuoteStyle style = QuoteStyle::kNone;
  bool capitalized = false;  // word starting with an upper-case ASCII letter
  bool newline_before = false;
};

// Scans text[begin, end) and appends the words to out (positions are text offsets).
void scan_words(std::string_view text, uint32_t begin, uint32_t end, std::vector<Word>& out);

// Lower-cases an ASCII word into buf (non-ASCII bytes kept) and returns a view of it.
std::string_view lower(std::string_view word, std::string& buf);

// True for a punctuation word that is one of the given ASCII characters.
inline bool is_punct(std::string_view text, const Word& w, char c) {
  return w.kind == Kind::kPunct && w.end == w.begin + 1 && text[w.begin] == c;
}

inline bool is_dash(std::string_view text, const Word& w) {
  if (w.kind != Kind::kPunct) return false;
  std::string_view s = text.substr(w.begin, w.end - w.begin);
  return s == "-" || s == "\xE2\x80\x94" || s == "\xE2\x80\x93" || s == "--";
}

// True for . ! ? (sentence-final punctuation).
inline bool is_final_punct(std::string_view text, const Word& w) {
  return w.kind == Kind::kPunct &&
         (text[w.begin] == '.' || text[w.begin] == '!' || text[w.begin] == '?');
}

}  // namespace newsgraph::scan
