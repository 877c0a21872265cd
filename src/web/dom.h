// A compact, read-only view of an HTML page for main-text extraction: the page is parsed by
// gumbo (an HTML5 parser, so broken markup is repaired as browsers do), then copied into a flat
// pre-order array of elements and text nodes, dropping what never holds article text
// (script, style, svg, forms' controls, hidden elements). The flat form makes every later pass
// an iteration instead of a recursion, so deep nesting cannot exhaust the stack.
// Thread safety: a Dom is immutable after BuildDom; distinct calls share nothing.
#pragma once

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph::web {

struct DomNode {
  int32_t parent = -1;
  int32_t end = 0;  // one past the last node of this subtree (pre-order)
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  bool is_text = false;
  uint32_t text_begin = 0, text_size = 0;  // text nodes: whitespace-collapsed text in Dom::text
  uint32_t attr_begin = 0, attr_size = 0;  // elements: lower-case "class id itemprop role"
};

struct Dom {
  std::vector<DomNode> nodes;  // nodes[0] is <html>
  std::string text;            // text of all text nodes
  std::string attrs;           // class/id evidence of all elements
  // Metadata gathered while walking the page.
  std::string title;                                      // <title>
  std::string lang;                                       // <html lang>
  std::string canonical;                                  // <link rel=canonical href>
  std::vector<std::string> json_ld;                       // <script type=application/ld+json>
  std::vector<std::pair<std::string, std::string>> meta;  // (lower name|property, content)
  std::vector<std::string> times;                         // <time datetime>

  std::string_view TextOf(const DomNode& n) const {
    return {text.data() + n.text_begin, n.text_size};
  }
  std::string_view AttrsOf(const DomNode& n) const {
    return {attrs.data() + n.attr_begin, n.attr_size};
  }
};

// Elements nested deeper than this in the source are dropped before parsing (their text is
// kept): HTML5 tree construction is quadratic in nesting depth.
inline constexpr int kMaxNesting = 512;
// Likewise for unclosed formatting elements (<b>, <a>, <font>, ...) beyond this many.
inline constexpr int kMaxFormatting = 64;

// Parses UTF-8 `html` into *dom (replacing its content). Never fails: any byte string yields a
// tree, possibly empty.
void BuildDom(std::string_view html, Dom* dom);

}  // namespace newsgraph::web
