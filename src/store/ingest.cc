// Ingest: one reader (the calling thread), N extraction workers, one writer thread that puts
// articles into the store strictly in input order, committing every batch.
#include "store/ingest.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <unordered_map>

#include "newsgraph/pipeline.h"

namespace newsgraph::store {

ExtractedArticle ExtractArticle(const Pipeline& pipeline, InputArticle input) {
  Document doc(input.meta.id, std::move(input.text));
  newsgraph::Status s = pipeline.Process(&doc);
  if (!s.ok()) throw std::runtime_error(s.message());
  ExtractedArticle article = FromDocument(doc, std::move(input.meta));
  Prepare(&article);
  return article;
}

namespace {

struct Job {
  uint64_t seq;
  InputArticle input;
};

struct Done {
  std::optional<ExtractedArticle> article;  // empty: the engine failed (error says why)
  std::string error;
};

class Workflow {
 public:
  Workflow(Store* store, const IngestOptions& options, IngestReport* report)
      : store_(store), options_(options), report_(report) {}

  Status Run(const std::vector<std::string>& inputs) {
    std::vector<std::pair<std::string, uint64_t>> known;
    Status s = store_->ArticleHashes(&known);
    if (!s.ok()) return s;
    for (auto& [id, hash] : known) known_.emplace(std::move(id), hash);
    int n = options_.threads > 0
                ? options_.threads
                : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    window_ = static_cast<uint64_t>(8 * n + 64);
    std::vector<std::thread> workers;
    for (int i = 0; i < n; ++i) workers.emplace_back([this] { Work(); });
    std::thread writer([this] { Write(); });
    auto last_progress = std::chrono::steady_clock::now();
    int64_t bad_records = 0;
    auto on_error = [&](const std::string& msg) {
      ++bad_records;
      if (options_.on_error) options_.on_error(msg);
    };
    ReadInputs(inputs, on_error, [&](InputArticle&& a, double fraction) {
      ++report_->read;
      auto it = known_.find(a.meta.id);
      if (it != known_.end() && it->second == ContentHash(a.text)) {
        ++report_->unchanged;
        return true;
      }
      std::unique_lock lock(mu_);
      space_.wait(lock, [&] {
        return failed_ || (jobs_.size() < window_ && next_seq_ - written_ < window_);
      });
      if (failed_) return false;
      jobs_.push_back({next_seq_++, std::move(a)});
      work_.notify_one();
      lock.unlock();
      auto now = std::chrono::steady_clock::now();
      if (options_.on_progress && now - last_progress > std::chrono::milliseconds(250)) {
        last_progress = now;
        options_.on_progress(report_->read, fraction);
      }
      return true;
    });
    {
      std::lock_guard lock(mu_);
      reading_done_ = true;
    }
    work_.notify_all();
    for (std::thread& t : workers) t.join();
    {
      std::lock_guard lock(mu_);
      workers_done_ = true;
    }
    done_cv_.notify_all();
    writer.join();
    report_->skipped += bad_records;
    if (options_.on_progress) options_.on_progress(report_->read, 1.0);
    return status_;
  }

 private:
  void Work() {
    for (;;) {
      std::unique_lock lock(mu_);
      work_.wait(lock, [&] { return !jobs_.empty() || reading_done_ || failed_; });
      if (jobs_.empty() || failed_) return;
      Job job = std::move(jobs_.front());
      jobs_.pop_front();
      lock.unlock();
      space_.notify_one();
      Done d;
      std::string id = job.input.meta.id;
      try {
        d.article = ExtractArticle(*options_.pipeline, std::move(job.input));
      } catch (const std::exception& e) {
        d.error = id + ": extraction failed (" + e.what() + "), skipped";
      }
      lock.lock();
      done_.emplace(job.seq, std::move(d));
      lock.unlock();
      done_cv_.notify_one();
    }
  }

  void Write() {
    auto batch_start = std::chrono::steady_clock::now();
    int in_batch = 0;
    Status s;
    for (;;) {
      std::unique_lock lock(mu_);
      const auto ready = [&] { return done_.count(written_) || workers_done_; };
      while (!done_cv_.wait_for(lock, std::chrono::milliseconds(500), ready)) {
        // The input stalls (a live feed on standard input): the open batch is committed, so
        // that its articles can be queried before more arrive.
        if (in_batch == 0 ||
            std::chrono::steady_clock::now() - batch_start < std::chrono::seconds(1))
          continue;
        lock.unlock();
        s = store_->Commit();
        in_batch = 0;
        lock.lock();
        if (!s.ok()) break;
      }
      if (!s.ok()) {
        failed_ = true;
        status_ = s;
        lock.unlock();
        space_.notify_all();
        work_.notify_all();
        return;
      }
      auto it = done_.find(written_);
      if (it == done_.end()) break;  // workers finished and nothing more in order
      Done d = std::move(it->second);
      done_.erase(it);
      lock.unlock();
      if (!d.article) {
        ++report_->skipped;
        if (options_.on_error) options_.on_error(d.error);
      } else {
        if (in_batch == 0) {
          s = store_->Begin();
          batch_start = std::chrono::steady_clock::now();
        }
        PutResult r = PutResult::kUnchanged;
        if (s.ok()) s = store_->Put(*d.article, &r);
        ++in_batch;
        if (r == PutResult::kAdded)
          ++report_->added;
        else if (r == PutResult::kReplaced)
          ++report_->replaced;
        else
          ++report_->unchanged;
        if (s.ok() && (in_batch >= options_.batch_articles ||
                       std::chrono::steady_clock::now() - batch_start > std::chrono::seconds(2))) {
          s = store_->Commit();
          in_batch = 0;
        }
      }
      lock.lock();
      ++written_;
      if (!s.ok()) {
        failed_ = true;
        status_ = s;
      }
      lock.unlock();
      space_.notify_all();
      if (!s.ok()) {
        work_.notify_all();
        return;  // the open transaction is rolled back when the store closes
      }
    }
    if (in_batch > 0) s = store_->Commit();
    if (!s.ok()) {
      std::lock_guard lock(mu_);
      status_ = s;
    }
  }

  Store* store_;
  const IngestOptions& options_;
  IngestReport* report_;
  std::unordered_map<std::string, uint64_t> known_;
  std::mutex mu_;
  std::condition_variable work_, space_, done_cv_;
  std::deque<Job> jobs_;
  std::map<uint64_t, Done> done_;
  uint64_t next_seq_ = 0, written_ = 0, window_ = 64;
  bool reading_done_ = false, workers_done_ = false, failed_ = false;
  Status status_;
};

}  // namespace

Status Ingest(const std::vector<std::string>& inputs, const IngestOptions& options, Store* store,
              IngestReport* report) {
  *report = IngestReport();
  if (!options.pipeline) return Status::InvalidArgument("ingest: no pipeline given");
  Workflow workflow(store, options, report);
  return workflow.Run(inputs);
}

}  // namespace newsgraph::store
