// What `extract` and `ingest` read from one input file, whatever its kind: plain article text
// passes through unchanged; an HTML page becomes its extracted article (headline, blank line,
// body); a WARC file becomes one document per HTML response record. Kinds are detected by
// content (DetectInputKind), so names and extensions do not matter. Spans the pipeline reports
// for an HTML-derived document point into `text` (the extracted article), not into the page.
// Thread-safe.
#pragma once

#include <string>
#include <vector>

#include "web/article.h"
#include "web/status.h"

namespace newsgraph::web {

struct InputDocument {
  std::string id;    // the file name; "NAME#N" for the N-th article (from 1) of a WARC file
  std::string text;  // what the pipeline reads
  InputKind kind = InputKind::kText;
  Article article;  // metadata of a web page (empty for plain text; article.text is unset)
};

// Splits one file's bytes into documents. On error (corrupt gzip, truncated WARC record) the
// documents read before the damage are returned and *error holds a one-line message naming
// `name` and the place; otherwise *error is cleared.
std::vector<InputDocument> ReadInputDocuments(const std::string& name, std::string bytes,
                                              const ExtractOptions& options, std::string* error);

}  // namespace newsgraph::web
