// Read-only connections to the store for concurrent requests. Each Reader is one read-only
// Store (the store's own API) plus one read-only SQLite connection for CorpusQueries; a Reader
// is used by one request at a time. The pool opens Readers on demand (at most one per
// concurrent request) and keeps them for reuse. Thread-safe.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "serve/corpus_queries.h"
#include "store/store.h"

namespace newsgraph::serve {

struct Reader {
  std::unique_ptr<store::Store> store;
  CorpusQueries corpus;
  uint64_t generation = 0;  // ReaderPool's generation when opened
};

class ReaderPool {
 public:
  explicit ReaderPool(std::string path) : path_(std::move(path)) {}

  // A Reader handed back to the pool when the Lease goes.
  class Lease {
   public:
    Lease(ReaderPool* pool, std::unique_ptr<Reader> reader)
        : pool_(pool), reader_(std::move(reader)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (reader_) pool_->Release(std::move(reader_));
    }
    Reader& get() const { return *reader_; }

   private:
    ReaderPool* pool_;
    std::unique_ptr<Reader> reader_;
  };

  // Opens one Reader to check that the store opens; keeps it.
  store::Status Check();
  // A free Reader, or a newly opened one. *status is set when opening fails.
  std::unique_ptr<Lease> Acquire(store::Status* status);
  // The store changed (an edit, another process's commit): Readers opened before are closed
  // instead of reused, so that no answer comes from an old snapshot or an old in-memory state.
  void Invalidate();

 private:
  store::Status OpenReader(std::unique_ptr<Reader>* out);
  void Release(std::unique_ptr<Reader> reader);

  const std::string path_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Reader>> free_;  // guarded by mu_
  uint64_t generation_ = 0;                    // guarded by mu_
};

}  // namespace newsgraph::serve
