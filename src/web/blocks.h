// Internal to src/web: the page as a sequence of text blocks (the text between block-level
// element boundaries), with per-element text statistics. Built in linear passes over a Dom.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "web/dom.h"

namespace newsgraph::web {

struct Block {
  int32_t owner = 0;                       // innermost block-level element holding the text
  uint32_t text_begin = 0, text_size = 0;  // in BlockedPage::text
  uint32_t chars = 0;                      // code points
  uint32_t link_chars = 0;                 // code points inside <a>
  uint32_t commas = 0;
  bool heading = false;  // inside <h1>..<h6>
};

struct BlockedPage {
  std::vector<Block> blocks;
  std::string text;
  std::vector<uint32_t> node_chars;       // per node: code points in its subtree
  std::vector<uint32_t> node_link_chars;  // per node: of those, inside <a>
  std::vector<int8_t> class_evidence;     // per element: positive minus negative class-id words
  std::string_view TextOf(const Block& b) const {
    return {text.data() + b.text_begin, b.text_size};
  }
};

bool IsBlockTag(GumboTag tag);
void BuildBlocks(const Dom& dom, BlockedPage* page);

}  // namespace newsgraph::web
