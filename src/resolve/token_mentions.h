// The mention each token belongs to, and the tokens each mention covers: the map the role
// finders of resolve and the pattern matchers of relations walk sentences with.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::resolve {

struct TokenMentions {
  std::vector<int32_t> mention_of_token;                         // token -> mention index or -1
  std::vector<std::pair<uint32_t, uint32_t>> tokens_of_mention;  // mention -> [first, end)
};

// Maps doc.tokens to doc.mentions (both sorted by position). A token inside two overlapping
// mentions belongs to the earlier one, unless the later one is a name and the earlier is not.
// A mention covering no token gets an empty range at the token after it. Pure; reads only
// doc.tokens and doc.mentions.
TokenMentions map_tokens_to_mentions(const Document& doc);

}  // namespace newsgraph::resolve
