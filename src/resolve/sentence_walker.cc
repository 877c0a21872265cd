#include "resolve/sentence_walker.h"

#include <algorithm>

#include "resolve/token_mentions.h"

namespace newsgraph::resolve {

SentenceWalker::SentenceWalker(const Document& doc) : walked_(doc) {
  TokenMentions map = map_tokens_to_mentions(doc);
  token_mention_ = std::move(map.mention_of_token);
  mention_tokens_ = std::move(map.tokens_of_mention);
}

bool SentenceWalker::is_entity_mention(int32_t m, std::initializer_list<EntityType> types) const {
  if (m < 0) return false;
  const Mention& mm = walked_.mentions[static_cast<size_t>(m)];
  if (mm.entity < 0) return false;
  EntityType et = walked_.entities[static_cast<size_t>(mm.entity)].type;
  return std::find(types.begin(), types.end(), et) != types.end();
}

int32_t SentenceWalker::first_mention_in(uint32_t t0, uint32_t t1,
                                         std::initializer_list<EntityType> types,
                                         uint32_t* at) const {
  for (uint32_t t = t0; t < t1; ++t) {
    int32_t m = token_mention_[t];
    if (m >= 0 && is_entity_mention(m, types)) {
      if (at) *at = t;
      return m;
    }
  }
  return -1;
}

}  // namespace newsgraph::resolve
