// Lossy "â" repair: what ftfy cannot do. When UTF-8 punctuation (“ ” ’ – — …) was decoded as
// Latin-1 and the C1 control characters were then deleted, only a lone "â" (or a two-character
// residue such as "â¦") is left. These rules restore it from context, with a guard list so
// that words that really contain "â" (French âge, Portuguese âmbito, Romanian cât, Turkish
// hâlâ, Welsh "â") are never touched. Anything ambiguous is flagged, never rewritten.
// The rules are those of notes/repair.md §3.4 (P1, P1b, P2, S1-S4, W1-W4). Text without an
// "â" is left alone at the cost of one memory scan.
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
// P1: "â€" + U+FFFD -> ”. P1b: "â€" + ASCII whitespace, .,;:!?)] or end -> ”. P2: "â¬" "â¦"
// "â°" "â¹" "âº" "â²" "â³" -> € … ‰ ‹ › ′ ″ and "â¢" -> ™ (after a letter, digit or ")") or •,
// unless the next character could continue a UTF-8 sequence.
void lossy_prepass(Rewriter& rw);

struct LossyOptions {
  // Apply the weak rules W1-W4 even when the document gives no evidence (no S or P rewrite and
  // no English signal). Used by tests and the dictionary sweep.
  bool force_weak_rules = false;
  // Rule W4 (word"â"word -> word—word when both halves are English words). Off by default.
  bool unspaced_em_dash = false;
};

// Post-pass after encoding repair (rules S1-S4 and W1-W4). Appends flags for what it leaves;
// flags already in `flags` are moved to stay on the same text after the rewrites.
void lossy_postpass(Rewriter& rw, std::vector<RepairFlag>* flags);
void lossy_postpass(Rewriter& rw, std::vector<RepairFlag>* flags, const LossyOptions& options);

}  // namespace newsgraph
