// Internal to src/web: the steps of ExtractArticle, exposed for the trainer and the tests.
#pragma once

#include <string>
#include <string_view>

#include "web/article.h"
#include "web/dom.h"

namespace newsgraph::web {

// The article body found by content scoring: one block per line. `headline` (when not empty)
// is left out where it appears as a heading.
std::string ExtractMainText(const Dom& dom, const ExtractOptions& options,
                            std::string_view headline);

// Every text block of the page, one per line (used to read HTML inside JSON-LD strings).
std::string AllText(const Dom& dom);

// Fills the metadata fields of *article (all but text and charset) from the page, and returns
// the JSON-LD articleBody (as plain text) when the page has one.
std::string ReadMetadata(const Dom& dom, Article* article);

// Combines the pieces: metadata, DOM text, JSON-LD body choice.
void ExtractFromDom(const Dom& dom, const ExtractOptions& options, Article* article);

}  // namespace newsgraph::web
