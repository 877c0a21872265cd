// Rewriter: builds a Document's working text from its input while logging every change.
//
// Repair steps never edit strings directly; they ask the Rewriter to replace spans of the
// current text. The Rewriter keeps the composed list of edits from the current text back to
// the original input, so provenance survives any number of steps. Edits that touch or overlap
// an earlier edit are merged into one (keeping the earlier edit's rule).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph {

struct Replacement {
  uint32_t begin;  // span of the current text
  uint32_t end;
  std::string with;
  RepairRule rule;
};

class Rewriter {
 public:
  explicit Rewriter(std::string_view input) : text_(input) {}

  const std::string& text() const { return text_; }
  const std::vector<Edit>& edits() const { return edits_; }

  // Applies replacements of non-overlapping spans of the current text. They need not be
  // sorted; empty replacements of empty spans are ignored. Cost is linear in text + edits.
  void apply(std::vector<Replacement> reps);

  // Replaces the current text span [begin, end) by `replacement`, recording only the code
  // points that really differ (a code-point diff), each as its own edit with `rule`.
  void rewrite(uint32_t begin, uint32_t end, std::string_view replacement, RepairRule rule);

  // Moves the result out: text and edits.
  std::string take_text() { return std::move(text_); }
  std::vector<Edit> take_edits() { return std::move(edits_); }

 private:
  std::string text_;
  std::vector<Edit> edits_;  // sorted by text.begin, non-overlapping
};

// The code-point hunks that turn `before` into `after`: spans of `before` (bytes) and the
// replacement text for each. Falls back to one hunk (after trimming the common prefix and
// suffix) when the texts are long and very different.
struct Hunk {
  uint32_t begin;
  uint32_t end;
  std::string with;
};
std::vector<Hunk> diff_code_points(std::string_view before, std::string_view after);

}  // namespace newsgraph
