// Answers to GET API requests, kept while the store does not change. The store is read-only
// to the server, but another process (ingest) may commit to it while we serve: every lookup
// checks, at most every 200 ms, SQLite's data_version on the cache's own connection, and
// forgets everything when it moved. Bounded in entries and bytes (full: start again empty).
// Thread-safe.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "serve/corpus_queries.h"

namespace newsgraph::serve {

struct CachedResponse {
  int status = 200;
  std::string body;
};

class ResponseCache {
 public:
  // `path`: the store, opened once more read-only to watch data_version. `max_bytes` 0
  // keeps nothing.
  // `on_change` runs (under the cache's lock) when the store is seen to have changed.
  ResponseCache(const std::string& path, size_t max_bytes, std::function<void()> on_change);

  std::shared_ptr<const CachedResponse> Find(const std::string& key);
  void Put(const std::string& key, CachedResponse response);
  void Clear();

 private:
  void CheckVersionLocked();

  static constexpr size_t kMaxEntries = 20000;
  static constexpr size_t kMaxEntryBytes = 2u << 20;

  const size_t max_bytes_;
  const std::function<void()> on_change_;
  std::mutex mu_;
  CorpusQueries watch_;  // guarded by mu_
  bool watching_ = false;
  int64_t version_ = -1;
  std::chrono::steady_clock::time_point checked_;
  size_t bytes_ = 0;
  std::unordered_map<std::string, std::shared_ptr<const CachedResponse>> entries_;
};

}  // namespace newsgraph::serve
