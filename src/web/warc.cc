#include "web/warc.h"

#include <cctype>
#include <charconv>

#include "util/ascii.h"
#include "web/decode.h"

namespace newsgraph::web {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// Splits header lines ("Name: value") up to the blank line; returns the offset after it or
// npos when the blank line is missing.
template <typename Fn>
size_t ParseHeaders(std::string_view s, size_t pos, Fn on_header) {
  while (pos < s.size()) {
    size_t eol = s.find('\n', pos);
    if (eol == std::string_view::npos) return std::string_view::npos;
    std::string_view line = Trim(s.substr(pos, eol - pos));
    pos = eol + 1;
    if (line.empty()) return pos;
    size_t colon = line.find(':');
    if (colon != std::string_view::npos)
      on_header(util::ascii_lower(Trim(line.substr(0, colon))), Trim(line.substr(colon + 1)));
  }
  return std::string_view::npos;
}

bool Dechunk(std::string_view s, std::string* out) {
  out->clear();
  size_t pos = 0;
  while (pos < s.size()) {
    size_t eol = s.find('\n', pos);
    if (eol == std::string_view::npos) return false;
    std::string_view line = Trim(s.substr(pos, eol - pos));
    size_t len = 0;
    auto [p, ec] = std::from_chars(line.data(), line.data() + line.size(), len, 16);
    if (ec != std::errc() || p == line.data()) return false;
    pos = eol + 1;
    if (len == 0) return true;
    if (len > s.size() - pos) return false;
    out->append(s.substr(pos, len));
    pos += len;
    while (pos < s.size() && (s[pos] == '\r' || s[pos] == '\n')) ++pos;
  }
  return false;
}

}  // namespace

WarcReader::WarcReader(std::string_view bytes, size_t max_bytes) : data_(bytes) {
  if (IsGzip(bytes)) {
    Status s = Gunzip(bytes, &inflated_, max_bytes);
    data_ = inflated_;
    if (!s.ok()) status_ = s;  // records before the damage are still read
  }
}

bool WarcReader::Next(WarcRecord* r) {
  if (failed_) return false;
  while (pos_ < data_.size() && std::isspace(static_cast<unsigned char>(data_[pos_]))) ++pos_;
  if (pos_ >= data_.size()) return false;
  *r = WarcRecord();
  r->offset = pos_;
  r->index = index_;
  std::string where = "WARC record " + std::to_string(index_) + " at byte " + std::to_string(pos_);
  auto fail = [&](const std::string& why) {
    failed_ = true;
    status_ = Status::Corruption(where + ": " + why +
                                 (status_.ok() ? std::string() : " (" + status_.message() + ")"));
    return false;
  };
  if (data_.substr(pos_, 5) != "WARC/") return fail("no WARC/ version line");
  size_t eol = data_.find('\n', pos_);
  if (eol == std::string_view::npos) return fail("truncated header");
  long long length = -1;
  size_t body = ParseHeaders(data_, eol + 1, [&](const std::string& name, std::string_view v) {
    if (name == "warc-type")
      r->type = util::ascii_lower(v);
    else if (name == "warc-target-uri")
      r->target_uri = std::string(Trim(v));
    else if (name == "warc-date")
      r->date = v;
    else if (name == "content-type")
      r->content_type = util::ascii_lower(v);
    else if (name == "content-length") {
      long long n = -1;
      auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
      if (ec == std::errc() && p == v.data() + v.size()) length = n;
    }
  });
  if (body == std::string_view::npos) return fail("truncated header");
  if (length < 0) return fail("missing or bad Content-Length");
  if (static_cast<unsigned long long>(length) > data_.size() - body)
    return fail("truncated: Content-Length " + std::to_string(length) + " but only " +
                std::to_string(data_.size() - body) + " bytes left");
  if (r->target_uri.size() >= 2 && r->target_uri.front() == '<' && r->target_uri.back() == '>')
    r->target_uri = r->target_uri.substr(1, r->target_uri.size() - 2);
  r->block = data_.substr(body, static_cast<size_t>(length));
  pos_ = body + static_cast<size_t>(length);
  ++index_;
  return true;
}

bool ParseHttpResponse(std::string_view block, HttpResponse* response) {
  *response = HttpResponse();
  if (!block.starts_with("HTTP/")) return false;
  size_t sp = block.find(' ');
  size_t eol = block.find('\n');
  if (sp == std::string_view::npos || eol == std::string_view::npos || sp > eol) return false;
  std::from_chars(block.data() + sp + 1, block.data() + eol, response->status);
  bool chunked = false;
  size_t body = ParseHeaders(block, eol + 1, [&](const std::string& name, std::string_view v) {
    if (name == "content-type") response->content_type = util::ascii_lower(v);
    if (name == "transfer-encoding" && util::ascii_lower(v).find("chunked") != std::string::npos)
      chunked = true;
  });
  if (body == std::string_view::npos) body = block.size();
  std::string_view payload = block.substr(body);
  if (!chunked || !Dechunk(payload, &response->body)) response->body = std::string(payload);
  return true;
}

Status ForEachWarcArticle(
    std::string_view bytes, const ExtractOptions& options,
    const std::function<void(const WarcRecord&, const Article&)>& on_article) {
  WarcReader reader(bytes);
  WarcRecord record;
  HttpResponse http;
  Article article;
  while (reader.Next(&record)) {
    if (record.type != "response" || !ParseHttpResponse(record.block, &http)) continue;
    bool html_type = http.content_type.find("html") != std::string::npos;
    if (!html_type && DetectInputKind(http.body) != InputKind::kHtml) continue;
    if (!ExtractArticle(http.body, options, &article).ok()) continue;
    if (article.url.empty()) article.url = record.target_uri;
    on_article(record, article);
  }
  return reader.status();
}

}  // namespace newsgraph::web
