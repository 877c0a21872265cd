// The view over one document that resolve's person-role finder and relations' pattern matchers
// share: each token's mention, each mention's tokens, and word tests on tokens, a sentence at a
// time. A base class; not thread-safe; one per document, which must outlive it and keep its
// tokens and mentions unchanged while it is used.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include "newsgraph/document.h"
#include "util/role_words.h"

namespace newsgraph::resolve {

class SentenceWalker {
 protected:
  // Maps the document's tokens to its mentions (resolve::map_tokens_to_mentions()).
  explicit SentenceWalker(const Document& doc);

  std::string_view tok(uint32_t t) const { return walked_.slice(walked_.tokens[t].span); }
  bool tok_in(uint32_t t, const lexicon::WordSet& set) const {
    return lexicon::lower_in(tok(t), set);
  }
  bool is_punct(uint32_t t) const {
    return (walked_.tokens[t].flags & static_cast<uint16_t>(TokenFlags::kPunct)) != 0;
  }
  // The tokens [sent_begin(), sent_end()) of the current sentence, `sentence_`.
  uint32_t sent_begin() const { return walked_.sentences[sentence_].token_begin; }
  uint32_t sent_end() const { return walked_.sentences[sentence_].token_end; }

  uint32_t mention_first_token(int32_t m) const { return mention_tokens_[size_t(m)].first; }
  uint32_t mention_end_token(int32_t m) const { return mention_tokens_[size_t(m)].second; }
  int32_t entity_of(int32_t m) const {
    return m < 0 ? -1 : walked_.mentions[static_cast<size_t>(m)].entity;
  }
  EntityType type_of(int32_t m) const { return walked_.mentions[static_cast<size_t>(m)].type; }
  EntityType entity_type(int32_t e) const { return walked_.entities[static_cast<size_t>(e)].type; }
  // True when mention m (>= 0) is linked to an entity of one of `types`.
  bool is_entity_mention(int32_t m, std::initializer_list<EntityType> types) const;
  // First mention of one of `types` in tokens [t0, t1), skipping over nothing else; its first
  // token in *at when given.
  int32_t first_mention_in(uint32_t t0, uint32_t t1, std::initializer_list<EntityType> types,
                           uint32_t* at = nullptr) const;

  const Document& walked_;
  uint32_t sentence_ = 0;
  std::vector<int32_t> token_mention_;                         // token -> mention or -1
  std::vector<std::pair<uint32_t, uint32_t>> mention_tokens_;  // mention -> token range
};

}  // namespace newsgraph::resolve
