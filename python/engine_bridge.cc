#include "engine_bridge.h"

#include <stdexcept>

#include "newsgraph/document.h"
#include "newsgraph/json.h"
#include "newsgraph/version.h"
#include "shard_codec.h"
#include "store/ingest.h"

namespace newsgraph::python {

EngineBridge::EngineBridge(const std::string& models_dir) {
  Options options;
  options.model_dir = models_dir;
  Status s = Pipeline::Open(options, &pipeline_);
  if (!s.ok()) throw std::runtime_error("newsgraph: " + s.message());
}

namespace {
void ProcessOrThrow(const Pipeline& pipeline, Document* doc) {
  Status s = pipeline.Process(doc);
  if (!s.ok()) throw std::runtime_error("newsgraph: " + s.message());
}
}  // namespace

void EngineBridge::ExtractJson(const std::string& input, const std::string& id_json,
                               std::string* out) const {
  Document doc(std::string(), input);
  ProcessOrThrow(*pipeline_, &doc);
  out->clear();
  append_extract_json(doc, id_json, {}, *out);
  if (!out->empty() && out->back() == '\n') out->pop_back();
}

bool EngineBridge::ShardFromJsonl(const std::string& line, const std::string& name,
                                  uint64_t line_no, std::string* shard, std::string* error) const {
  store::InputArticle input;
  if (!store::ParseJsonlRecord(line, name, line_no, &input, error)) return false;
  std::string id = input.meta.id;
  try {
    *shard = EncodeShardLine(store::ExtractArticle(*pipeline_, std::move(input)));
  } catch (const std::exception& e) {  // as ingest reports it
    *error = id + ": extraction failed (" + e.what() + "), skipped";
    return false;
  }
  return true;
}

void EngineBridge::ShardsFromFile(const std::string& path, std::vector<std::string>* shards,
                                  std::vector<std::string>* errors) const {
  store::Status s = store::ReadInputs(
      {path}, [&](const std::string& msg) { errors->push_back(msg); },
      [&](store::InputArticle&& a, double) {
        std::string id = a.meta.id;
        try {
          shards->push_back(EncodeShardLine(store::ExtractArticle(*pipeline_, std::move(a))));
        } catch (const std::exception& e) {  // as ingest reports it
          errors->push_back(id + ": extraction failed (" + e.what() + "), skipped");
        }
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
