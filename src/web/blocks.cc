#include "web/blocks.h"

#include <string_view>

namespace newsgraph::web {
namespace {

uint32_t CodePoints(std::string_view s) {
  uint32_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

uint32_t Commas(std::string_view s) {
  uint32_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') ++n;
    // U+FF0C fullwidth comma, U+3001 ideographic comma
    if (s.substr(i, 3) == "\xEF\xBC\x8C" || s.substr(i, 3) == "\xE3\x80\x81") ++n;
  }
  return n;
}

// Class/id words that mark main content or boilerplate: generic web vocabulary, as used by
// the readability family of extractors.
int ClassEvidence(std::string_view attrs) {
  if (attrs.empty()) return 0;
  static constexpr std::string_view kPositive[] = {"article", "body", "content", "entry",
                                                   "hentry",  "main", "page",    "post",
                                                   "text",    "blog", "story",   "prose"};
  static constexpr std::string_view kNegative[] = {
      "comment", "combx",   "contact",    "foot",     "masthead", "meta",       "outbrain",
      "promo",   "related", "scroll",     "shoutbox", "sidebar",  "sponsor",    "shopping",
      "tags",    "tool",    "widget",     "share",    "social",   "nav",        "menu",
      "cookie",  "banner",  "newsletter", "subscri",  "signup",   "breadcrumb", "popup",
      "modal",   "advert",  "recirc",     "trending", "popular",  "most-read",  "gdpr",
      "consent", "disqus",  "caption",    "byline",   "author",   "toolbar",    "pagination",
      "pager",   "rss",     "print",      "skip",     "login",    "header"};
  int score = 0;
  for (std::string_view w : kPositive)
    if (attrs.find(w) != std::string_view::npos) ++score;
  for (std::string_view w : kNegative)
    if (attrs.find(w) != std::string_view::npos) --score;
  // "ad" as a whole word or a prefix ("ad-slot", "ad_container")
  for (size_t p = attrs.find("ad"); p != std::string_view::npos; p = attrs.find("ad", p + 2)) {
    bool start = p == 0 || attrs[p - 1] == ' ' || attrs[p - 1] == '-' || attrs[p - 1] == '_';
    char next = p + 2 < attrs.size() ? attrs[p + 2] : ' ';
    if (start && (next == ' ' || next == '-' || next == '_' || next == 's')) --score;
  }
  return score < -8 ? -8 : score > 8 ? 8 : score;
}

}  // namespace

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BR:
      return true;
    default:
      return false;
  }
}

void BuildBlocks(const Dom& dom, BlockedPage* page) {
  const size_t n = dom.nodes.size();
  page->blocks.clear();
  page->text.clear();
  page->node_chars.assign(n, 0);
  page->node_link_chars.assign(n, 0);
  page->class_evidence.assign(n, 0);
  std::vector<int32_t> open;        // open elements
  std::vector<int32_t> block_open;  // open block-level elements
  int link_depth = 0, heading_depth = 0;
  std::string current;
  uint32_t current_links = 0;
  auto flush = [&]() {
    size_t b = current.find_first_not_of(' ');
    if (b != std::string::npos && !block_open.empty()) {
      size_t e = current.find_last_not_of(' ');
      std::string_view t = std::string_view(current).substr(b, e + 1 - b);
      Block blk;
      blk.owner = block_open.back();
      blk.text_begin = static_cast<uint32_t>(page->text.size());
      blk.text_size = static_cast<uint32_t>(t.size());
      blk.chars = CodePoints(t);
      blk.link_chars = current_links < blk.chars ? current_links : blk.chars;
      blk.commas = Commas(t);
      blk.heading = heading_depth > 0;
      page->text.append(t);
      page->blocks.push_back(blk);
    }
    current.clear();
    current_links = 0;
  };
  auto is_heading = [](GumboTag t) { return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6; };
  auto close = [&](int32_t e) {
    GumboTag t = dom.nodes[size_t(e)].tag;
    if (t == GUMBO_TAG_A) --link_depth;
    if (is_heading(t)) --heading_depth;
    if (IsBlockTag(t)) {
      flush();
      block_open.pop_back();
    }
  };
  for (size_t i = 0; i < n; ++i) {
    while (!open.empty() && dom.nodes[size_t(open.back())].end <= static_cast<int32_t>(i)) {
      close(open.back());
      open.pop_back();
    }
    const DomNode& node = dom.nodes[i];
    if (node.is_text) {
      std::string_view t = dom.TextOf(node);
      if (!current.empty() && current.back() == ' ' && !t.empty() && t.front() == ' ')
        t.remove_prefix(1);
      current.append(t);
      uint32_t cp = CodePoints(t);
      page->node_chars[i] = cp;
      if (link_depth > 0) {
        current_links += cp;
        page->node_link_chars[i] = cp;
      }
      continue;
    }
    page->class_evidence[i] = static_cast<int8_t>(ClassEvidence(dom.AttrsOf(node)));
    if (IsBlockTag(node.tag)) {
      flush();
      block_open.push_back(static_cast<int32_t>(i));
    }
    if (node.tag == GUMBO_TAG_A) ++link_depth;
    if (is_heading(node.tag)) ++heading_depth;
    open.push_back(static_cast<int32_t>(i));
  }
  while (!open.empty()) {
    close(open.back());
    open.pop_back();
  }
  flush();
  for (size_t i = n; i-- > 1;) {
    int32_t p = dom.nodes[i].parent;
    if (p < 0) continue;
    page->node_chars[size_t(p)] += page->node_chars[i];
    page->node_link_chars[size_t(p)] += page->node_link_chars[i];
  }
}

}  // namespace newsgraph::web
