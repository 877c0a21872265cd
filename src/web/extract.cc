// Main-text extraction by content scoring over the DOM (see article.h for the contract).
//
// 1. The page becomes text blocks (blocks.h). Blocks long enough to be paragraphs vote for
//    their ancestors: readability's scheme of 1 + commas + length, shared out up the tree.
// 2. Each element's score adds class/id and tag evidence and is scaled by its link density;
//    the best is the article container, widened to its parent while it holds too little of the
//    parent's paragraph text (articles split over sibling <div>s).
// 3. The container's blocks are kept unless they are link lists, sit inside boilerplate
//    (nav, aside, footer, negative class words) or are short lines outside the run of long
//    paragraphs (bylines, dates, "share this").
// 4. A JSON-LD articleBody close in length to the DOM text replaces it (it is the publisher's
//    own statement of the body).
#include <algorithm>
#include <cctype>
#include <cmath>

#include "web/article.h"
#include "web/blocks.h"
#include "web/extract_internal.h"

namespace newsgraph::web {
namespace {

bool BoilerplateTag(GumboTag t) {
  return t == GUMBO_TAG_NAV || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_FOOTER ||
         t == GUMBO_TAG_HEADER || t == GUMBO_TAG_FORM || t == GUMBO_TAG_ADDRESS ||
         t == GUMBO_TAG_FIGURE || t == GUMBO_TAG_FIGCAPTION;
}

bool ArticleTag(const Dom& dom, const DomNode& n) {
  return n.tag == GUMBO_TAG_ARTICLE || n.tag == GUMBO_TAG_MAIN ||
         dom.AttrsOf(n).find("articlebody") != std::string_view::npos;
}

double TagPrior(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_MAIN:
      return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      return 3;
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_ADDRESS:
      return -3;
    case GUMBO_TAG_TH:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
      return -5;
    default:
      return 0;
  }
}

double LinkDensity(const BlockedPage& page, size_t i) {
  uint32_t c = page.node_chars[i];
  return c ? double(page.node_link_chars[i]) / c : 0.0;
}

// Index of the element that holds the article.
int32_t BestContainer(const Dom& dom, const BlockedPage& page, const ExtractOptions& o,
                      std::vector<double>* good_chars) {
  const size_t n = dom.nodes.size();
  std::vector<double> votes(n, 0.0);
  good_chars->assign(n, 0.0);
  std::vector<char> boilerplate(n, 0);
  for (size_t i = 1; i < n; ++i) {
    const DomNode& node = dom.nodes[i];
    bool own = !node.is_text && (BoilerplateTag(node.tag) || page.class_evidence[i] < 0);
    boilerplate[i] = !ArticleTag(dom, node) && (own || boilerplate[size_t(node.parent)]);
  }
  for (const Block& b : page.blocks) {
    if (b.chars < o.min_paragraph_chars || b.heading) continue;
    if (b.link_chars > o.max_link_density * b.chars) continue;
    double s = 1 + o.comma_weight * b.commas + o.length_weight * std::min(b.chars / 100.0, 3.0);
    if (!boilerplate[size_t(b.owner)]) (*good_chars)[size_t(b.owner)] += b.chars;
    int32_t e = dom.nodes[size_t(b.owner)].parent;
    for (int level = 0; e >= 0 && level < 5; ++level, e = dom.nodes[size_t(e)].parent) {
      double share = level == 0 ? 1.0 : level == 1 ? o.grandparent_share : 1.0 / (level * 3);
      votes[size_t(e)] += s * share;
    }
  }
  for (size_t i = n; i-- > 1;)
    if (dom.nodes[i].parent >= 0) (*good_chars)[size_t(dom.nodes[i].parent)] += (*good_chars)[i];
  int32_t best = 0;
  double best_score = -1e300;
  for (size_t i = 0; i < n; ++i) {
    if (votes[i] <= 0) continue;
    const DomNode& node = dom.nodes[i];
    double s = votes[i] + TagPrior(node.tag) + o.class_weight * page.class_evidence[i] +
               (ArticleTag(dom, node) ? o.article_tag_weight : 0.0);
    s *= 1.0 - LinkDensity(page, i);
    if (s > best_score) {
      best_score = s;
      best = static_cast<int32_t>(i);
    }
  }
  // Widen to the ancestor with the most paragraph text net of other text (links, short
  // lines, boilerplate): an article split over sibling sections is taken whole, a page
  // wrapper full of menus is not.
  int32_t widest = best;
  double widest_value = -1e300;
  for (int32_t a = best; a >= 0; a = dom.nodes[size_t(a)].parent) {
    GumboTag t = dom.nodes[size_t(a)].tag;
    if (a != best && (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML)) break;
    double good = (*good_chars)[size_t(a)];
    double value = good - o.climb_penalty * (page.node_chars[size_t(a)] - good);
    if (value > widest_value) {
      widest_value = value;
      widest = a;
    }
  }
  best = widest;
  return best;
}

// For each element, whether it or an ancestor below `root` marks boilerplate.
std::vector<char> BoilerplateMask(const Dom& dom, const BlockedPage& page, int32_t root) {
  std::vector<char> mask(dom.nodes.size(), 0);
  int32_t end = dom.nodes[size_t(root)].end;
  for (int32_t i = root + 1; i < end; ++i) {
    const DomNode& node = dom.nodes[size_t(i)];
    bool parent_mask = node.parent > root && mask[size_t(node.parent)];
    bool own = !node.is_text && !ArticleTag(dom, node) &&
               (BoilerplateTag(node.tag) || page.class_evidence[size_t(i)] < 0);
    mask[size_t(i)] = parent_mask || own;
  }
  return mask;
}

// Lower-case ASCII letters and digits only: the headline compared across markup and punctuation.
std::string Folded(std::string_view s) {
  std::string out;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) out.push_back(static_cast<char>(std::tolower(u)));
  }
  return out;
}

// The page's headline repeated in the body: equal to the headline, or the start of <title>
// ("Headline | Site"). Both are given Folded.
bool IsHeadline(std::string_view block, const std::string& headline, const std::string& title) {
  if (block.size() > 400) return false;
  std::string b = Folded(block);
  if (b.size() < 8) return false;
  return b == headline || (title.starts_with(b) && b.size() * 2 >= title.size());
}

}  // namespace

std::string ExtractMainText(const Dom& dom, const ExtractOptions& o, std::string_view headline) {
  if (dom.nodes.empty()) return {};
  BlockedPage page;
  BuildBlocks(dom, &page);
  std::vector<double> good_chars;
  int32_t root = BestContainer(dom, page, o, &good_chars);
  std::vector<char> mask = BoilerplateMask(dom, page, root);
  int32_t end = dom.nodes[size_t(root)].end;
  std::vector<const Block*> kept;
  const std::string folded_headline = Folded(headline), folded_title = Folded(dom.title);
  for (const Block& b : page.blocks) {
    if (b.owner < root || b.owner >= end || mask[size_t(b.owner)]) continue;
    if (b.link_chars > o.max_link_density * b.chars) continue;
    if (IsHeadline(page.TextOf(b), folded_headline, folded_title)) continue;
    kept.push_back(&b);
  }
  // Short blocks count only between the first and last long one.
  size_t first = kept.size(), last = 0;
  for (size_t k = 0; k < kept.size(); ++k) {
    if (kept[k]->chars >= o.short_block_chars && !kept[k]->heading) {
      first = std::min(first, k);
      last = k;
    }
  }
  std::string out;
  for (size_t k = 0; k < kept.size(); ++k) {
    bool long_block = first == kept.size()  // no long block: paragraphs that voted count
                          ? kept[k]->chars >= o.min_paragraph_chars && !kept[k]->heading
                          : kept[k]->chars >= o.short_block_chars && !kept[k]->heading;
    if (!long_block && (k < first || k > last)) continue;
    out.append(page.TextOf(*kept[k]));
    out.push_back('\n');
  }
  return out;
}

std::string AllText(const Dom& dom) {
  BlockedPage page;
  BuildBlocks(dom, &page);
  std::string out;
  for (const Block& b : page.blocks) {
    out.append(page.TextOf(b));
    out.push_back('\n');
  }
  return out;
}

std::vector<std::string> ExtractParamNames() {
  return {"min_paragraph_chars", "comma_weight",       "length_weight", "grandparent_share",
          "class_weight",        "article_tag_weight", "climb_penalty", "max_link_density",
          "short_block_chars",   "json_ld_ratio"};
}

namespace {
double* ParamField(ExtractOptions* o, const std::string& name) {
  if (name == "min_paragraph_chars") return &o->min_paragraph_chars;
  if (name == "comma_weight") return &o->comma_weight;
  if (name == "length_weight") return &o->length_weight;
  if (name == "grandparent_share") return &o->grandparent_share;
  if (name == "class_weight") return &o->class_weight;
  if (name == "article_tag_weight") return &o->article_tag_weight;
  if (name == "climb_penalty") return &o->climb_penalty;
  if (name == "max_link_density") return &o->max_link_density;
  if (name == "short_block_chars") return &o->short_block_chars;
  if (name == "json_ld_ratio") return &o->json_ld_ratio;
  return nullptr;
}
}  // namespace

bool SetExtractParam(ExtractOptions* options, const std::string& name, double value) {
  double* f = ParamField(options, name);
  if (f) *f = value;
  return f != nullptr;
}

double GetExtractParam(const ExtractOptions& options, const std::string& name) {
  ExtractOptions copy = options;
  double* f = ParamField(&copy, name);
  return f ? *f : std::nan("");
}

}  // namespace newsgraph::web
