// libFuzzer target for the WARC reader: any bytes must give records inside the input (or the
// reader's decompressed copy) and end cleanly or with an error, never a crash.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "web/input.h"
#include "web/warc.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  newsgraph::web::WarcReader reader(bytes, size_t(64) << 20);
  newsgraph::web::WarcRecord record;
  uint64_t last = 0;
  while (reader.Next(&record)) {
    if (record.index > 0 && record.offset <= last) std::abort();  // records move forward
    last = record.offset;
    newsgraph::web::HttpResponse http;
    newsgraph::web::ParseHttpResponse(record.block, &http);
  }
  if (!reader.status().ok() && reader.status().message().empty()) std::abort();
  std::string error;
  newsgraph::web::ReadInputDocuments("fuzz", bytes, newsgraph::web::ExtractOptions(), &error);
  return 0;
}
