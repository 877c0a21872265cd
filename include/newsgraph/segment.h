// Segmentation: splits the repaired working text of a Document into paragraphs, sentences and
// tokens (flat arrays of byte spans into doc.text). Tokens follow the CoNLL-2003 / Penn Treebank
// conventions so a tagger trained on CoNLL sees the same units. Never fails: any bytes give
// sorted, non-overlapping spans inside the text.
#pragma once

#include <string_view>

#include "newsgraph/document.h"

namespace newsgraph {

// Fills doc.paragraphs, doc.sentences and doc.tokens from doc.text (clearing them first).
// Paragraphs are blank-line separated blocks, or single lines when lines are whole paragraphs
// (hard-wrapped text is re-joined). Paragraph::boilerplate is set from doc.boilerplate.
void segment_document(Document& doc);

// True when `word` (without its final period) is an abbreviation that keeps its period:
// "Mr", "U.S", "Corp", "Jan". Exposed for later stages and tests.
bool is_abbreviation(std::string_view word);

}  // namespace newsgraph
