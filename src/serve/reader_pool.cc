#include "serve/reader_pool.h"

namespace newsgraph::serve {

store::Status ReaderPool::OpenReader(std::unique_ptr<Reader>* out) {
  auto reader = std::make_unique<Reader>();
  {
    std::lock_guard<std::mutex> lock(mu_);
    reader->generation = generation_;
  }
  store::Options options;
  options.create_if_missing = false;
  options.read_only = true;
  store::Status st = store::Store::Open(path_, options, &reader->store);
  if (!st.ok()) return st;
  st = reader->corpus.Open(path_);
  if (!st.ok()) return st;
  *out = std::move(reader);
  return st;
}

store::Status ReaderPool::Check() {
  std::unique_ptr<Reader> reader;
  store::Status st = OpenReader(&reader);
  if (st.ok()) Release(std::move(reader));
  return st;
}

std::unique_ptr<ReaderPool::Lease> ReaderPool::Acquire(store::Status* status) {
  std::unique_ptr<Reader> reader;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!free_.empty()) {
      reader = std::move(free_.back());
      free_.pop_back();
    }
  }
  if (!reader) {
    *status = OpenReader(&reader);
    if (!status->ok()) return nullptr;
  }
  return std::make_unique<Lease>(this, std::move(reader));
}

void ReaderPool::Release(std::unique_ptr<Reader> reader) {
  std::lock_guard<std::mutex> lock(mu_);
  if (reader->generation == generation_) free_.push_back(std::move(reader));
}

void ReaderPool::Invalidate() {
  std::vector<std::unique_ptr<Reader>> old;
  std::lock_guard<std::mutex> lock(mu_);
  ++generation_;
  old.swap(free_);
}

}  // namespace newsgraph::serve
