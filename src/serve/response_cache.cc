#include "serve/response_cache.h"

namespace newsgraph::serve {

ResponseCache::ResponseCache(const std::string& path, size_t max_bytes,
                             std::function<void()> on_change)
    : max_bytes_(max_bytes), on_change_(std::move(on_change)) {
  watching_ = watch_.Open(path).ok();
  if (watching_) version_ = watch_.DataVersion();
  checked_ = std::chrono::steady_clock::now();
}

void ResponseCache::CheckVersionLocked() {
  const auto now = std::chrono::steady_clock::now();
  if (now - checked_ < std::chrono::milliseconds(200)) return;
  checked_ = now;
  const int64_t v = watching_ ? watch_.DataVersion() : -1;
  if (v != version_ || v < 0) {
    if (v != version_ && on_change_) on_change_();
    version_ = v;
    entries_.clear();
    bytes_ = 0;
  }
}

std::shared_ptr<const CachedResponse> ResponseCache::Find(const std::string& key) {
  std::lock_guard<std::mutex> lock(mu_);
  CheckVersionLocked();
  if (max_bytes_ == 0) return nullptr;
  auto it = entries_.find(key);
  return it == entries_.end() ? nullptr : it->second;
}

void ResponseCache::Put(const std::string& key, CachedResponse response) {
  if (!watching_ || response.body.size() > kMaxEntryBytes ||
      response.body.size() + key.size() > max_bytes_)
    return;
  std::lock_guard<std::mutex> lock(mu_);
  if (entries_.size() >= kMaxEntries || bytes_ + response.body.size() + key.size() > max_bytes_) {
    entries_.clear();
    bytes_ = 0;
  }
  bytes_ += response.body.size() + key.size();
  entries_[key] = std::make_shared<const CachedResponse>(std::move(response));
}

void ResponseCache::Clear() {
  std::lock_guard<std::mutex> lock(mu_);
  entries_.clear();
  bytes_ = 0;
}

}  // namespace newsgraph::serve
