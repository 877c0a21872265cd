// Web input: the article in an HTML page. ExtractArticle decodes the page (gunzip when
// compressed, charset by BOM / <meta> / sniffing), parses it with an HTML5 parser and finds
// the main text by content scoring over the DOM; metadata comes from JSON-LD, OpenGraph,
// <meta>, <time> and <title>. Thread-safe: calls share no state.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "web/status.h"

namespace newsgraph::web {

// The knobs of main-text extraction. The defaults were chosen by cross-validated coordinate
// search over the development pages (`newsgraph train html`, see docs/web.md); the training
// command sets the fields by name (ParamNames / SetParam).
struct ExtractOptions {
  double min_paragraph_chars = 25;  // a block shorter than this does not vote for containers
  double comma_weight = 1.0;        // container score per comma in a voting block
  double length_weight = 1.0;       // container score per 100 characters (capped at 3)
  double grandparent_share = 0.5;   // share of a block's vote given to its grandparent
  double class_weight = 25;         // score for positive / against negative class-id words
  double article_tag_weight = 15;   // score for <article>, <main>, itemprop=articleBody
  double climb_penalty = 2.0;       // widening to an ancestor gains its paragraph text and
                                    // loses this much per character of its other text
  double max_link_density = 0.5;    // blocks with more link text than this are dropped
  double short_block_chars = 60;    // blocks shorter than this are kept only between long ones
  double json_ld_ratio = 0.7;       // JSON-LD articleBody wins when it has at least this share
                                    // of the DOM text's length
  size_t max_input_bytes = size_t(256) << 20;  // larger pages (after gunzip) are an error
};

std::vector<std::string> ExtractParamNames();
bool SetExtractParam(ExtractOptions* options, const std::string& name, double value);
double GetExtractParam(const ExtractOptions& options, const std::string& name);

struct Article {
  std::string url;        // canonical or og:url (empty when the page names none)
  std::string title;      // the headline (og:title, JSON-LD headline, <h1> or <title>)
  std::string published;  // ISO 8601 as the page gives it, or empty
  std::vector<std::string> authors;
  std::string site;      // og:site_name, JSON-LD publisher, or the URL's host
  std::string language;  // <html lang> or og:locale / content-language, or empty
  std::string text;      // the body: one paragraph per line, no headline, '\n'-terminated
  std::string charset;   // the charset the page was decoded from
};

// Extracts the article from a page's bytes (plain or gzip, any charset). Errors: a corrupt
// or truncated gzip stream, a page over options.max_input_bytes. A page with no article text
// is not an error: the result has an empty `text`.
Status ExtractArticle(std::string_view bytes, const ExtractOptions& options, Article* article);

// Same, for text already decoded to UTF-8 (used by the WARC reader and the trainer).
void ExtractArticleFromUtf8(std::string_view html, const ExtractOptions& options, Article* article);

// What a file's bytes hold, judged by content (not by file name).
enum class InputKind {
  kText,  // anything else: plain article text
  kHtml,  // an HTML page (possibly gzip-compressed)
  kWarc,  // a WARC file (possibly gzip-compressed, record by record or whole)
};
InputKind DetectInputKind(std::string_view bytes);

}  // namespace newsgraph::web
