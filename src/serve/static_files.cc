#include "serve/static_files.h"

#include <zlib.h>

#include <string>
#include <vector>

namespace newsgraph::serve {
namespace {

std::string gzip(std::string_view in) {
  z_stream z{};
  std::string out(deflateBound(&z, static_cast<uLong>(in.size())) + 64, '\0');
  // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
  if (deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return rc == Z_STREAM_END ? out : std::string();
}

}  // namespace

// Defined in the generated embedded_web.cc.
extern const StaticFile kStaticFiles[];
extern const size_t kStaticFileCount;

const StaticFile* find_static_file(std::string_view path) {
  if (path == "/") path = "/index.html";
  for (size_t i = 0; i < kStaticFileCount; ++i)
    if (kStaticFiles[i].path == path) return &kStaticFiles[i];
  return nullptr;
}

std::string_view gzipped_body(const StaticFile& file) {
  static const std::vector<std::string> gz = [] {
    std::vector<std::string> v;
    for (size_t i = 0; i < kStaticFileCount; ++i) v.push_back(gzip(kStaticFiles[i].body));
    return v;
  }();
  return gz[static_cast<size_t>(&file - kStaticFiles)];
}

}  // namespace newsgraph::serve
