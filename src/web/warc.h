// Reading WARC files (ISO 28500; WARC/1.0 and 1.1), plain or gzip-compressed (whole file or one
// gzip member per record, as crawlers write them). The reader walks records in order; callers
// pick the `response` records that hold HTML pages. Not thread-safe per object; the bytes must
// outlive the reader (records point into them, or into the reader's decompressed copy).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "web/article.h"
#include "web/status.h"

namespace newsgraph::web {

struct WarcRecord {
  std::string type;          // WARC-Type: response, request, metadata, warcinfo, ...
  std::string target_uri;    // WARC-Target-URI
  std::string date;          // WARC-Date (the crawl time)
  std::string content_type;  // the record's Content-Type ("application/http; msgtype=response")
  std::string_view block;    // the record's content block (Content-Length bytes)
  uint64_t offset = 0;       // where the record starts in the decompressed stream
  uint64_t index = 0;        // 0-based record number
};

class WarcReader {
 public:
  // `bytes` is the whole file. Gzip input is decompressed up front (at most max_bytes).
  explicit WarcReader(std::string_view bytes, size_t max_bytes = size_t(4) << 30);

  // Reads the next record into *record. Returns false at the end of the input or at the first
  // malformed or truncated record; status() then tells which (ok at a clean end).
  bool Next(WarcRecord* record);
  const Status& status() const { return status_; }

 private:
  std::string inflated_;
  std::string_view data_;
  size_t pos_ = 0;
  uint64_t index_ = 0;
  Status status_;
  bool failed_ = false;
};

// The HTTP message in a response record's block: status code, headers, body (de-chunked when
// the headers say chunked and the chunks parse). False when the block is no HTTP response.
struct HttpResponse {
  int status = 0;
  std::string content_type;  // the Content-Type header, lower-cased
  std::string body;
};
bool ParseHttpResponse(std::string_view block, HttpResponse* response);

// Extracts an article from every response record whose HTTP body is HTML (by Content-Type or
// by content). Request, metadata and other records are skipped. `on_article` is called in file
// order; an article's url defaults to the record's WARC-Target-URI. Returns the reader's
// status: an error names the truncated or malformed record (articles before it were delivered).
Status ForEachWarcArticle(std::string_view bytes, const ExtractOptions& options,
                          const std::function<void(const WarcRecord&, const Article&)>& on_article);

}  // namespace newsgraph::web
