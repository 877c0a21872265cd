// The three passes of segment_document(), exposed inside the library for tests and tools:
// paragraphs from lines, tokens of one paragraph, sentences over one paragraph's tokens, and
// the tokens' context flags.
// Each appends to the vector it is given and allocates nothing per token.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::segment {

// Appends the paragraphs of `text` (spans only; sentence ranges are left empty).
void find_paragraphs(std::string_view text, std::vector<Paragraph>& out);

// Appends the tokens of text[begin, end) (one paragraph), with their flags; the first token gets
// kParagraphStart. Quote marks are classified within the paragraph.
void tokenize_paragraph(std::string_view text, uint32_t begin, uint32_t end,
                        std::vector<Token>& out);

// Appends the sentences of tokens[first, last) (one paragraph) and sets kSentenceStart.
void split_sentences(std::string_view text, std::vector<Token>& tokens, uint32_t first,
                     uint32_t last, std::vector<Sentence>& out);

// Sets the flags that depend on a token's surroundings on tokens[first, last): kOpenQuote /
// kCloseQuote and kSingleQuote on quotation marks, kNewlineBefore after a line break.
void mark_token_context(std::string_view text, std::vector<Token>& tokens, uint32_t first,
                        uint32_t last);

// True when the token text is a quotation mark that opens a quote (by character or spacing).
bool is_opening_quote(std::string_view token_text, const Token& token);

}  // namespace newsgraph::segment
