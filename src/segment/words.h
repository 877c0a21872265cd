// The word view of a segmented Document that the quote and resolve rules walk: doc.tokens as
// words, punctuation and quotation marks, read from the flags segmentation set (no stage
// re-scans the text). Two differences from the tokens, both so the rules see whole words:
//   - clitics split off by the tokenizer join their word again ("do" "n't" -> "don't",
//     "Trump" "'s" -> "Trump's"), as does an apostrophe that is not a quotation mark
//     ("players" "’" -> "players’");
//   - the period kept on an abbreviation token becomes a punctuation word of its own
//     ("Mr." -> "Mr" ".", "U.S." -> "U.S" "."), so word lists match the bare form.
// Every word carries the index of its first token. No state; safe from any thread.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::scan {

enum class Kind : uint8_t {
  kWord,        // letters, digits, inner apostrophes / periods / hyphens
  kPunct,       // punctuation (, ; : . ! ? ( ) dashes, "..." and "--" as one)
  kOpenQuote,   // “ ‘ « „ ‚, or a straight mark that opens (TokenFlags::kOpenQuote)
  kCloseQuote,  // ” » ’ (not an apostrophe), or a straight mark that closes
};

enum class QuoteStyle : uint8_t { kNone, kDouble, kSingle };

struct Word {
  uint32_t begin = 0;  // byte offsets into doc.text
  uint32_t end = 0;
  uint32_t token = 0;  // index of the word's first token in doc.tokens
  Kind kind = Kind::kWord;
  QuoteStyle style = QuoteStyle::kNone;
  bool capitalized = false;  // a word starting with an upper-case letter (kCapitalized)
  bool newline_before = false;
};

// Replaces `out` with the words of doc.tokens (empty when the document is not segmented).
// Allocates only when `out` must grow; callers reuse it.
void words_from_tokens(const Document& doc, std::vector<Word>& out);

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
