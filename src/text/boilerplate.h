// Boilerplate lines: lines of an article that are not its content (copyright notices,
// "Read more", share prompts, bylines with timestamps, wire separators). They are marked, not
// deleted, so offsets stay intact and later stages skip them.
#pragma once

#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph {

// Returns the boilerplate lines of `text` (spans without the newline), sorted.
std::vector<Span> find_boilerplate(std::string_view text);

}  // namespace newsgraph
