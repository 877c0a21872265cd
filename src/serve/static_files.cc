#include "serve/static_files.h"

namespace newsgraph::serve {

// Defined in the generated embedded_web.cc.
extern const StaticFile kStaticFiles[];
extern const size_t kStaticFileCount;

const StaticFile* find_static_file(std::string_view path) {
  if (path == "/") path = "/index.html";
  for (size_t i = 0; i < kStaticFileCount; ++i)
    if (kStaticFiles[i].path == path) return &kStaticFiles[i];
  return nullptr;
}

}  // namespace newsgraph::serve
