#include "resolve/token_mentions.h"

namespace newsgraph::resolve {

TokenMentions map_tokens_to_mentions(const Document& doc) {
  TokenMentions map;
  map.mention_of_token.assign(doc.tokens.size(), -1);
  map.tokens_of_mention.assign(doc.mentions.size(), {0, 0});
  size_t t = 0;
  for (size_t m = 0; m < doc.mentions.size(); ++m) {
    const Span sp = doc.mentions[m].span;
    // Tokens are sorted; mentions are sorted by begin. Rewind if mentions overlap.
    while (t > 0 && doc.tokens[t - 1].span.end > sp.begin) --t;
    while (t < doc.tokens.size() && doc.tokens[t].span.end <= sp.begin) ++t;
    uint32_t first = static_cast<uint32_t>(t), last = first;
    for (size_t u = t; u < doc.tokens.size() && doc.tokens[u].span.begin < sp.end; ++u) {
      const int32_t had = map.mention_of_token[u];
      if (had < 0 || (doc.mentions[size_t(had)].kind != MentionKind::kName &&
                      doc.mentions[m].kind == MentionKind::kName))
        map.mention_of_token[u] = static_cast<int32_t>(m);
      last = static_cast<uint32_t>(u + 1);
    }
    map.tokens_of_mention[m] = {first, last};
  }
  return map;
}

}  // namespace newsgraph::resolve
