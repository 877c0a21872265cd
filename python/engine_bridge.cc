#include "engine_bridge.h"

#include <cstdlib>
#include <stdexcept>

#include "newsgraph/document.h"
#include "newsgraph/pipeline.h"
#include "output/extract_json.h"
#include "shard_codec.h"
#include "store/ingest.h"

namespace newsgraph::python {

EngineBridge::EngineBridge(const std::string& models_dir) {
  // Interim: the engine still finds its models through this variable.
  setenv("NEWSGRAPH_MODEL_DIR", models_dir.c_str(), 1);
}

void EngineBridge::ExtractJson(const std::string& input, const std::string& id_json,
                               std::string* out) const {
  Document doc(std::string(), input);
  process(doc);
  out->clear();
  output::append_extract_json(doc, id_json, {}, *out);
  if (!out->empty() && out->back() == '\n') out->pop_back();
}

bool EngineBridge::ShardFromJsonl(const std::string& line, const std::string& name,
                                  uint64_t line_no, std::string* shard, std::string* error) const {
  store::InputArticle input;
  if (!store::ParseJsonlRecord(line, name, line_no, &input, error)) return false;
  *shard = EncodeShardLine(store::ExtractArticle(std::move(input)));
  return true;
}

void EngineBridge::ShardsFromFile(const std::string& path, std::vector<std::string>* shards,
                                  std::vector<std::string>* errors) const {
  store::Status s = store::ReadInputs(
      {path}, [&](const std::string& msg) { errors->push_back(msg); },
      [&](store::InputArticle&& a, double) {
        shards->push_back(EncodeShardLine(store::ExtractArticle(std::move(a))));
        return true;
      });
  if (!s.ok()) errors->push_back(s.message());
}

std::string EngineBridge::Version() { return NEWSGRAPH_VERSION; }

StoreWriter::StoreWriter(const std::string& path) : path_(path) {
  store::Status s = store::Store::Open(path, store::Options(), &store_);
  if (!s.ok()) throw std::runtime_error(s.message());
}

PutCounts StoreWriter::PutShard(const std::string& lines) {
  if (!store_) throw std::runtime_error(path_ + ": store is closed");
  PutCounts counts;
  constexpr int kBatch = 200;
  int in_batch = 0;
  auto check = [&](const store::Status& s) {
    if (!s.ok()) throw std::runtime_error(s.message());
  };
  size_t pos = 0;
  while (pos < lines.size()) {
    size_t end = lines.find('\n', pos);
    if (end == std::string::npos) end = lines.size();
    std::string_view line(lines.data() + pos, end - pos);
    pos = end + 1;
    if (line.empty()) continue;
    store::ExtractedArticle article;
    std::string error;
    if (!DecodeShardLine(line, &article, &error)) throw std::runtime_error(path_ + ": " + error);
    if (in_batch == 0) check(store_->Begin());
    store::PutResult r = store::PutResult::kUnchanged;
    check(store_->Put(article, &r));
    (r == store::PutResult::kAdded      ? counts.added
     : r == store::PutResult::kReplaced ? counts.replaced
                                        : counts.unchanged)++;
    if (++in_batch == kBatch) {
      check(store_->Commit());
      in_batch = 0;
    }
  }
  if (in_batch > 0) check(store_->Commit());
  return counts;
}

void StoreWriter::Close() { store_.reset(); }

}  // namespace newsgraph::python
