// Boilerplate lines: lines of an article that are not its content (copyright notices,
// "Read more", share prompts, bylines with timestamps, wire separators, editor's notes,
// newsletter prompts, wire credits). They are marked, not deleted, so offsets stay intact and
// later stages skip them. Conservative: a sentence that mentions copyright or starts with "By"
// stays content.
#pragma once

#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph {

// Returns the boilerplate spans of `text`, sorted and disjoint. A span is a whole line without
// its newline and surrounding whitespace, or, when a copyright notice follows the last sentence
// of a line ("... the whole world. – Copyright The Example Times 2021"), the notice with its
// leading dash. Linear in the text; never fails on invalid UTF-8.
std::vector<Span> find_boilerplate(std::string_view text);

}  // namespace newsgraph
