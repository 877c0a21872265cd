// libFuzzer target for HTML main-text extraction: any bytes (gzip or not, any charset) must
// give a result or an error, never a crash; the text must be valid UTF-8 lines.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "web/article.h"

namespace {

bool ValidUtf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  newsgraph::web::Article article;
  newsgraph::web::Status s =
      newsgraph::web::ExtractArticle(bytes, newsgraph::web::ExtractOptions(), &article);
  if (!s.ok() && s.message().empty()) std::abort();
  if (!ValidUtf8(article.text) || !ValidUtf8(article.title)) std::abort();
  if (!article.text.empty() && article.text.back() != '\n') std::abort();
  newsgraph::web::DetectInputKind(bytes);
  return 0;
}
