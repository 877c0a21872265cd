// The one place where the Python module calls the engine and the store: builds the pipeline
// from a models folder, turns one article into the CLI's JSON line or into a store shard line,
// and puts shard lines into a store. Engine is thread-safe after construction; StoreWriter is
// used by one thread at a time. Errors: constructors and StoreWriter throw std::runtime_error
// with a one-line message; per-record problems come back as strings, never as exceptions.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "newsgraph/pipeline.h"
#include "store/store.h"

namespace newsgraph::python {

class EngineBridge {
 public:
  explicit EngineBridge(const std::string& models_dir);
  // Writes the `extract` JSON object (no trailing newline) for `input` to *out; `id_json` is
  // the id as JSON text ("null", "\"a1\"", ...).
  void ExtractJson(const std::string& input, const std::string& id_json, std::string* out) const;
  // One JSONL record (line `line_no` of `name`, as `newsgraph ingest` reads it) as a shard
  // line; false with *error when the record is bad.
  bool ShardFromJsonl(const std::string& line, const std::string& name, uint64_t line_no,
                      std::string* shard, std::string* error) const;
  // Every article in the file at `path` (read exactly as `newsgraph ingest` reads a file) as
  // shard lines; bad records go to *errors.
  void ShardsFromFile(const std::string& path, std::vector<std::string>* shards,
                      std::vector<std::string>* errors) const;
  static std::string Version();
  const Pipeline& pipeline() const { return *pipeline_; }

 private:
  std::unique_ptr<Pipeline> pipeline_;
};

struct PutCounts {
  int64_t added = 0, replaced = 0, unchanged = 0;
};

// Puts shard lines into a store, in the order given, in batched transactions.
class StoreWriter {
 public:
  explicit StoreWriter(const std::string& path);
  // `lines`: newline-separated shard lines. Throws on a malformed line or a store error (the
  // open batch is rolled back; what was committed stays).
  PutCounts PutShard(const std::string& lines);
  void Close();

 private:
  std::unique_ptr<store::Store> store_;
  std::string path_;
};

}  // namespace newsgraph::python
