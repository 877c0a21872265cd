#include "web/dom.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <new>

#include "util/ascii.h"

namespace newsgraph::web {
namespace {

// The tag name lower-cased into a small buffer (longer names are left empty: none matter).
std::string_view LowerName(std::string_view name, char (&buf)[16]) {
  if (name.size() >= sizeof buf) return {};
  for (size_t i = 0; i < name.size(); ++i)
    buf[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
  return {buf, name.size()};
}

// Tags that do not nest in the source (void, or closed implicitly by their next sibling).
bool IsUncountedTag(std::string_view lower) {
  static constexpr std::string_view kTags[] = {
      "area", "base",  "br",     "col",     "embed",    "hr",    "img",      "input",   "link",
      "meta", "param", "source", "track",   "wbr",      "p",     "li",       "td",      "tr",
      "th",   "dt",    "dd",     "option",  "optgroup", "tbody", "thead",    "tfoot",   "colgroup",
      "rb",   "rt",    "rp",     "caption", "keygen",   "image", "basefont", "bgsound", "frame"};
  for (std::string_view t : kTags)
    if (lower == t) return true;
  return false;
}

// Formatting elements, which HTML5 tree construction re-opens after every block while they
// are unclosed: thousands of them make parsing quadratic.
bool IsFormattingTag(std::string_view lower) {
  static constexpr std::string_view kTags[] = {"a",      "b",      "big",  "code", "em",
                                               "font",   "i",      "nobr", "s",    "small",
                                               "strike", "strong", "tt",   "u"};
  for (std::string_view t : kTags)
    if (lower == t) return true;
  return false;
}

// Attributes the extractor reads; the others are cut before parsing.
bool UsedAttribute(std::string_view name, std::string_view lower_tag) {
  char buf[16];
  std::string_view n = LowerName(name, buf);
  static constexpr std::string_view kUsed[] = {
      "class", "id",       "itemprop", "role",     "hidden", "style", "aria-hidden", "content",
      "name",  "property", "rel",      "datetime", "lang",   "type",  "charset",     "http-equiv"};
  for (std::string_view u : kUsed)
    if (n == u) return true;
  return n == "href" && lower_tag == "link";
}

// Scans the attributes of a start tag from `pos` (after its name) to its closing '>', adding
// the byte ranges of unused attributes to *cuts. Returns the offset after the tag.
size_t ScanAttributes(std::string_view html, size_t pos, std::string_view lower_tag,
                      std::vector<std::pair<size_t, size_t>>* cuts) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  const size_t n = html.size();
  while (pos < n) {
    size_t attr_start = pos;
    while (pos < n && (space(html[pos]) || html[pos] == '/')) ++pos;
    if (pos >= n) return n;
    if (html[pos] == '>') return pos + 1;
    size_t name_begin = pos;
    while (pos < n && !space(html[pos]) && html[pos] != '=' && html[pos] != '>' &&
           (html[pos] != '/' || pos == name_begin))
      ++pos;
    std::string_view name = html.substr(name_begin, pos - name_begin);
    size_t after_name = pos;
    while (pos < n && space(html[pos])) ++pos;
    if (pos < n && html[pos] == '=') {
      ++pos;
      while (pos < n && space(html[pos])) ++pos;
      if (pos < n && (html[pos] == '"' || html[pos] == '\'')) {
        size_t close = html.find(html[pos], pos + 1);
        pos = close == std::string_view::npos ? n : close + 1;
      } else {
        while (pos < n && !space(html[pos]) && html[pos] != '>') ++pos;
      }
    } else {
      pos = after_name;
    }
    if (!UsedAttribute(name, lower_tag) && attr_start < pos) cuts->emplace_back(attr_start, pos);
  }
  return n;
}

// Byte ranges to cut before parsing: the contents of <script> (but JSON-LD), <style>, <svg>,
// <noscript>, <iframe>, <select>, <textarea>, and of <nav> (never article text; kept when its
// end tag is missing),
// comments, and start and end tags nested deeper than kMaxNesting. Cutting what can hold no
// article text halves the parser's work on a typical news page.
std::vector<std::pair<size_t, size_t>> Cuts(std::string_view html) {
  std::vector<std::pair<size_t, size_t>> cuts;
  int depth = 0, dropped = 0;
  int formatting = 0, formatting_dropped = 0;
  // Cuts a whole tag, replacing the cuts of its attributes.
  auto CutTag = [&cuts](size_t begin, size_t end) {
    while (!cuts.empty() && cuts.back().first >= begin) cuts.pop_back();
    cuts.emplace_back(begin, end);
  };
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      size_t e = html.find("-->", i + 4);
      size_t stop = e == std::string_view::npos ? html.size() : e + 3;
      cuts.emplace_back(i, stop);
      i = stop;
      continue;
    }
    bool closing = i + 1 < html.size() && html[i + 1] == '/';
    size_t n = i + 1 + closing;
    size_t name_end = n;
    while (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end])))
      ++name_end;
    if (name_end == n || !std::isalpha(static_cast<unsigned char>(html[n]))) {
      ++i;
      continue;
    }
    char buf[16];
    std::string_view name = LowerName(html.substr(n, name_end - n), buf);
    size_t tag_end;
    if (closing) {
      size_t gt = html.find('>', name_end);
      tag_end = gt == std::string_view::npos ? html.size() : gt + 1;
    } else {
      tag_end = ScanAttributes(html, name_end, name, &cuts);
    }
    bool boilerplate = name == "nav";
    if (!closing &&
        (boilerplate || name == "script" || name == "style" || name == "svg" ||
         name == "noscript" || name == "iframe" || name == "select" || name == "textarea")) {
      std::string close = "</" + std::string(name);
      size_t e = tag_end;
      while ((e = html.find("</", e)) != std::string_view::npos &&
             !util::ascii_iequals(html.substr(e, close.size()), close))
        e += 2;
      if (e != std::string_view::npos || !boilerplate) {
        if (e == std::string_view::npos) e = html.size();
        std::string tag = std::string(html.substr(i, tag_end - i));
        for (char& c : tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (tag.find("ld+json") == std::string::npos && e > tag_end) cuts.emplace_back(tag_end, e);
        size_t gt = e < html.size() ? html.find('>', e) : std::string_view::npos;
        i = gt == std::string_view::npos ? html.size() : gt + 1;  // past the end tag
        continue;
      }
    }
    if (IsFormattingTag(name)) {
      if (closing && formatting_dropped > 0) {
        --formatting_dropped;
        CutTag(i, tag_end);
      } else if (closing) {
        formatting -= formatting > 0;
      } else if (formatting >= kMaxFormatting) {
        ++formatting_dropped;
        CutTag(i, tag_end);
      } else {
        ++formatting;
      }
    } else if (!IsUncountedTag(name)) {
      if (closing) {
        if (dropped > 0) {
          --dropped;
          CutTag(i, tag_end);
        } else if (depth > 0) {
          --depth;
        }
      } else if (depth >= kMaxNesting) {
        ++dropped;
        CutTag(i, tag_end);
      } else {
        ++depth;
      }
    }
    i = tag_end;
  }
  return cuts;
}

// A bump allocator for one parse: gumbo allocates many small pieces; all are released at once.
// The first chunk is kept per thread between parses, so a page does not pay for fresh pages
// of memory from the kernel every time.
class Arena {
 public:
  Arena() {
    if (spare_.chunk) {
      chunks_.push_back(spare_.chunk);
      sizes_.push_back(kChunk);
      next_ = spare_.chunk;
      left_ = kChunk;
      spare_.chunk = nullptr;
    }
  }
  ~Arena() {
    for (size_t i = 0; i < chunks_.size(); ++i) {
      if (sizes_[i] == kChunk && !spare_.chunk)
        spare_.chunk = chunks_[i];
      else
        std::free(chunks_[i]);
    }
  }
  static void* Allocate(void* self, size_t size) { return static_cast<Arena*>(self)->Get(size); }
  static void Deallocate(void*, void*) {}

 private:
  void* Get(size_t size) {
    size = (size + 15) & ~size_t(15);
    if (size > left_) {
      size_t chunk = std::max(size, kChunk);
      char* c = static_cast<char*>(std::malloc(chunk));
      if (!c) throw std::bad_alloc();
      chunks_.push_back(c);
      sizes_.push_back(chunk);
      next_ = c;
      left_ = chunk;
    }
    void* p = next_;
    next_ += size;
    left_ -= size;
    return p;
  }
  static constexpr size_t kChunk = size_t(4) << 20;
  struct Spare {
    char* chunk = nullptr;
    ~Spare() { std::free(chunk); }
  };
  static thread_local Spare spare_;
  std::vector<char*> chunks_;
  std::vector<size_t> sizes_{};
  char* next_ = nullptr;
  size_t left_ = 0;
};
thread_local Arena::Spare Arena::spare_;

bool SkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

std::string_view Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool Hidden(const GumboElement& e) {
  if (gumbo_get_attribute(&e.attributes, "hidden")) return true;
  if (util::ascii_iequals(Attr(e, "aria-hidden"), "true")) return true;
  std::string style = Lower(Attr(e, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

// Appends `s` to *out with every run of white space (and no-break space) made one space.
void AppendCollapsed(std::string_view s, std::string* out) {
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ws = true;
      ++i;
    }
    if (ws) {
      space = true;
      continue;
    }
    if (space) out->push_back(' ');
    space = false;
    out->push_back(static_cast<char>(c));
  }
  if (space) out->push_back(' ');
}

std::string NodeText(const GumboNode* node) {
  std::string out;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_CDATA ||
        k->type == GUMBO_NODE_WHITESPACE)
      out += k->v.text.text;
  }
  return out;
}

// Collects head-style metadata from an element wherever it appears.
void CollectMeta(const GumboNode* node, Dom* dom) {
  const GumboElement& e = node->v.element;
  switch (e.tag) {
    case GUMBO_TAG_TITLE:
      if (dom->title.empty()) AppendCollapsed(NodeText(node), &dom->title);
      break;
    case GUMBO_TAG_META: {
      std::string_view key = Attr(e, "property");
      if (key.empty()) key = Attr(e, "name");
      if (key.empty()) key = Attr(e, "itemprop");
      if (key.empty() && !Attr(e, "http-equiv").empty()) key = Attr(e, "http-equiv");
      const GumboAttribute* content = gumbo_get_attribute(&e.attributes, "content");
      if (!key.empty() && content) dom->meta.emplace_back(Lower(key), content->value);
      break;
    }
    case GUMBO_TAG_LINK:
      if (util::ascii_iequals(Attr(e, "rel"), "canonical") && dom->canonical.empty())
        dom->canonical = Attr(e, "href");
      break;
    case GUMBO_TAG_SCRIPT:
      if (Lower(Attr(e, "type")).find("ld+json") != std::string::npos)
        dom->json_ld.push_back(NodeText(node));
      break;
    case GUMBO_TAG_TIME:
      if (!Attr(e, "datetime").empty()) dom->times.emplace_back(Attr(e, "datetime"));
      break;
    case GUMBO_TAG_HTML:
      dom->lang = Attr(e, "lang");
      break;
    default:
      break;
  }
}

void AddElement(const GumboNode* node, int32_t parent, Dom* dom) {
  const GumboElement& e = node->v.element;
  DomNode n;
  n.parent = parent;
  n.tag = e.tag;
  n.attr_begin = static_cast<uint32_t>(dom->attrs.size());
  for (const char* name : {"class", "id", "itemprop", "role"}) {
    std::string_view v = Attr(e, name);
    if (v.empty()) continue;
    dom->attrs += Lower(v);
    dom->attrs += ' ';
  }
  n.attr_size = static_cast<uint32_t>(dom->attrs.size() - n.attr_begin);
  dom->nodes.push_back(n);
}

void AddText(const GumboNode* node, int32_t parent, Dom* dom) {
  DomNode n;
  n.parent = parent;
  n.is_text = true;
  n.text_begin = static_cast<uint32_t>(dom->text.size());
  AppendCollapsed(node->v.text.text, &dom->text);
  n.text_size = static_cast<uint32_t>(dom->text.size() - n.text_begin);
  n.end = static_cast<int32_t>(dom->nodes.size()) + 1;
  if (n.text_size > 0) dom->nodes.push_back(n);
}

// Walks the gumbo tree with an explicit stack, copying what may hold article text.
void Flatten(const GumboNode* root, Dom* dom) {
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
    int32_t index;  // in dom->nodes, -1 when the element is not copied
  };
  std::vector<Frame> stack;
  CollectMeta(root, dom);
  AddElement(root, -1, dom);
  stack.push_back({root, 0, 0});
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& kids = f.node->v.element.children;
    if (f.next_child >= kids.length) {
      if (f.index >= 0) dom->nodes[size_t(f.index)].end = static_cast<int32_t>(dom->nodes.size());
      stack.pop_back();
      continue;
    }
    auto* kid = static_cast<const GumboNode*>(kids.data[f.next_child++]);
    int32_t parent = f.index;
    bool copying = parent >= 0;
    if (kid->type == GUMBO_NODE_TEXT || kid->type == GUMBO_NODE_CDATA ||
        kid->type == GUMBO_NODE_WHITESPACE) {
      if (copying) AddText(kid, parent, dom);
      continue;
    }
    if (kid->type != GUMBO_NODE_ELEMENT && kid->type != GUMBO_NODE_TEMPLATE) continue;
    CollectMeta(kid, dom);
    bool keep = copying && !SkippedTag(kid->v.element.tag) && !Hidden(kid->v.element);
    int32_t index = -1;
    if (keep) {
      index = static_cast<int32_t>(dom->nodes.size());
      AddElement(kid, parent, dom);
    }
    // Skipped subtrees are still walked (for metadata) unless they are plain text holders.
    GumboTag t = kid->v.element.tag;
    if (keep || t == GUMBO_TAG_HEAD || t == GUMBO_TAG_NOSCRIPT || t == GUMBO_TAG_TEMPLATE ||
        (!copying))
      stack.push_back({kid, 0, index});
  }
}

}  // namespace

void BuildDom(std::string_view html, Dom* dom) {
  *dom = Dom();
  std::string trimmed;
  std::vector<std::pair<size_t, size_t>> cuts = Cuts(html);
  if (!cuts.empty()) {
    size_t pos = 0;
    trimmed.reserve(html.size());
    for (auto [b, e] : cuts) {  // sorted and disjoint
      if (b < pos) continue;
      trimmed.append(html.substr(pos, b - pos));
      pos = e;
    }
    trimmed.append(html.substr(pos));
    html = trimmed;
  }
  Arena arena;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  options.allocator = &Arena::Allocate;
  options.deallocator = &Arena::Deallocate;
  options.userdata = &arena;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  Flatten(output->root, dom);  // the arena frees the tree
}

}  // namespace newsgraph::web
