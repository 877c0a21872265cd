// Lossy "â" repair: what ftfy cannot do. When UTF-8 punctuation (“ ” ’ – — …) was decoded as
// Latin-1 and the C1 control characters were then deleted, only a lone "â" (or a two-character
// residue such as "â¦") is left. These rules restore it from context, with a guard list so
// that words that really contain "â" (French âge, Portuguese âmbito, Romanian cât, Turkish
// hâlâ, Welsh "â") are never touched. Anything ambiguous is flagged, never rewritten.
#pragma once

#include <vector>

#include "newsgraph/document.h"
#include "text/rewriter.h"

namespace newsgraph {

// RepairFlag kinds.
enum RepairFlagKind : uint8_t {
  kFlagLossyA = 1,       // a lone "â" that no rule could classify
  kFlagLossyLetter = 2,  // a lone "Ã", "Å", "Ð" or "Ñ" before a letter: a lost letter
};

// Pre-pass on the raw text, before encoding repair (rules P1, P1b, P2 of notes/repair.md).
void lossy_prepass(Rewriter& rw);

// Post-pass after encoding repair (rules S1-S4 and W1-W4). Appends flags for what it leaves.
void lossy_postpass(Rewriter& rw, std::vector<RepairFlag>* flags);

}  // namespace newsgraph
