#include "web/article.h"

#include <zlib.h>

#include <cctype>
#include <cstring>

#include "web/decode.h"
#include "web/dom.h"
#include "web/extract_internal.h"

namespace newsgraph::web {
namespace {

// Up to `limit` decompressed bytes from the start of a gzip stream (errors give what was read).
std::string GunzipPrefix(std::string_view bytes, size_t limit) {
  std::string out(limit, '\0');
  z_stream zs;
  std::memset(&zs, 0, sizeof zs);
  if (inflateInit2(&zs, 15 + 32) != Z_OK) return {};
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zs.avail_in = static_cast<uInt>(std::min<size_t>(bytes.size(), 1u << 30));
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(limit);
  while (zs.avail_out > 0) {
    int rc = inflate(&zs, Z_NO_FLUSH);
    if (rc != Z_OK) break;
  }
  out.resize(limit - zs.avail_out);
  inflateEnd(&zs);
  return out;
}

bool ContainsNoCase(std::string_view hay, std::string_view needle) {
  if (needle.size() > hay.size()) return false;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && std::tolower(static_cast<unsigned char>(hay[i + k])) == needle[k])
      ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

}  // namespace

InputKind DetectInputKind(std::string_view bytes) {
  std::string inflated;
  if (IsGzip(bytes)) {
    inflated = GunzipPrefix(bytes, 4096);
    bytes = inflated;
  }
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  size_t b = 0;
  while (b < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[b]))) ++b;
  bytes.remove_prefix(b);
  if (bytes.starts_with("WARC/")) return InputKind::kWarc;
  std::string_view head = bytes.substr(0, 2048);
  if (head.starts_with("<") &&
      (ContainsNoCase(head, "<!doctype html") || ContainsNoCase(head, "<html") ||
       ContainsNoCase(head, "<head") || ContainsNoCase(head, "<body") ||
       ContainsNoCase(head, "<meta") || ContainsNoCase(head, "<title")))
    return InputKind::kHtml;
  if (ContainsNoCase(head, "<!doctype html") || ContainsNoCase(head, "<html"))
    return InputKind::kHtml;
  return InputKind::kText;
}

void ExtractFromDom(const Dom& dom, const ExtractOptions& options, Article* article) {
  std::string ld_body = ReadMetadata(dom, article);
  article->text = ExtractMainText(dom, options, article->title);
  if (!ld_body.empty() && ld_body.size() >= options.json_ld_ratio * article->text.size()) {
    article->text = ld_body;
    if (article->text.back() != '\n') article->text.push_back('\n');
  }
}

void ExtractArticleFromUtf8(std::string_view html, const ExtractOptions& options,
                            Article* article) {
  Dom dom;
  BuildDom(html, &dom);
  ExtractFromDom(dom, options, article);
}

Status ExtractArticle(std::string_view bytes, const ExtractOptions& options, Article* article) {
  *article = Article();
  std::string inflated;
  if (IsGzip(bytes)) {
    Status s = Gunzip(bytes, &inflated, options.max_input_bytes);
    if (!s.ok()) return s;
    bytes = inflated;
  }
  if (bytes.size() > options.max_input_bytes)
    return Status::InvalidArgument("page of " + std::to_string(bytes.size()) +
                                   " bytes is over the limit of " +
                                   std::to_string(options.max_input_bytes));
  article->charset = DetectCharset(bytes);
  std::string html = ToUtf8(bytes, article->charset);
  ExtractArticleFromUtf8(html, options, article);
  return Status::OK();
}

}  // namespace newsgraph::web
