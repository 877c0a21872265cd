// Quote extraction: direct quotes (any quotation-mark style, nested, multi-paragraph, split by
// an attribution), indirect and mixed reported speech, with cue and speaker. Works on the
// repaired text, the segmenter's tokens (with their flags and Document::lower_text) and
// sentences, and the resolved mentions already in the Document; an unsegmented Document gets no
// quotes.
#pragma once

#include <string_view>

#include "newsgraph/document.h"

namespace newsgraph {

namespace quotes {
class CueModel;  // the learned cue detector (src/quotes/cue_model.h)
}

// Fills doc.quotes (sorted by content.begin). `cues` is the learned cue detector, which finds
// cue words outside the hand-made inventory; null: the inventory alone. Not owned; must outlive
// the call. Thread-safe for different documents.
void extract_quotes(Document& doc, const quotes::CueModel* cues);

// True when `word` (any case) is a reporting verb form or cue word ("said", "argues", ...).
bool is_cue_word(std::string_view word);

}  // namespace newsgraph
