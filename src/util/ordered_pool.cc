#include "util/ordered_pool.h"

namespace newsgraph::util {

OrderedPool::OrderedPool(int threads, size_t window, Writer writer)
    : max_window_(window < size_t(threads) ? size_t(threads) : window), writer_(std::move(writer)) {
  if (threads < 1) threads = 1;
  for (int i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
  writer_thread_ = std::thread([this] { write_in_order(); });
}

OrderedPool::~OrderedPool() {
  try {
    finish();
  } catch (...) {
  }
}

void OrderedPool::submit(Job job) {
  std::unique_lock lock(mu_);
  space_.wait(lock, [&] { return window_.size() < max_window_ || writer_error_; });
  if (writer_error_) std::rethrow_exception(writer_error_);
  window_.push_back(Slot{std::move(job), {}, false});
  job_ready_.notify_one();
}

void OrderedPool::work() {
  std::unique_lock lock(mu_);
  for (;;) {
    job_ready_.wait(lock, [&] { return stopping_ || next_job_ < base_ + window_.size(); });
    if (next_job_ >= base_ + window_.size()) return;  // stopping, nothing left to run
    uint64_t seq = next_job_++;
    Job job = std::move(window_[size_t(seq - base_)].job);
    lock.unlock();
    Result result = job();
    lock.lock();
    // The slot is still there: the writer pops only done slots.
    Slot& slot = window_[size_t(seq - base_)];
    slot.result = std::move(result);
    slot.done = true;
    if (seq == base_) result_ready_.notify_one();
  }
}

void OrderedPool::write_in_order() {
  std::unique_lock lock(mu_);
  for (;;) {
    result_ready_.wait(lock, [&] {
      return (!window_.empty() && window_.front().done) || (stopping_ && window_.empty());
    });
    if (window_.empty()) return;  // stopping, everything written
    Result result = std::move(window_.front().result);
    lock.unlock();
    std::exception_ptr error;
    if (!writer_error_) {
      try {
        writer_(result);
      } catch (...) {
        error = std::current_exception();
      }
    }
    lock.lock();
    if (error && !writer_error_) writer_error_ = error;
    window_.pop_front();
    ++base_;
    space_.notify_one();
  }
}

void OrderedPool::finish() {
  if (finished_) {
    if (writer_error_) std::rethrow_exception(writer_error_);
    return;
  }
  finished_ = true;
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  job_ready_.notify_all();
  result_ready_.notify_all();
  // Workers leave once every job has started; the writer once every result is written.
  for (std::thread& t : workers_) t.join();
  writer_thread_.join();
  if (writer_error_) std::rethrow_exception(writer_error_);
}

}  // namespace newsgraph::util
