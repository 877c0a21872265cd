// Runs jobs on worker threads and hands their results to one writer in submission order.
//
// At most `window` jobs are in flight (submitted, running or finished but not yet written), so
// memory stays bounded however long the input; submit() blocks while the window is full. The
// writer runs on its own thread, so a result is written as soon as it and every earlier one are
// done, even while the submitting thread waits for more input.
//
// Errors: a job must not throw (it reports failure in its Result). When the writer throws (an
// OutputError), no further result is written, and the exception is rethrown by the next
// submit() or by finish(). Thread safety: submit() and finish() are called by one thread.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace newsgraph::util {

class OrderedPool {
 public:
  struct Result {
    std::string output;   // what to write
    bool failed = false;  // the input failed
    std::string message;  // one line for stderr (without "newsgraph: "), or empty
  };
  using Job = std::function<Result()>;
  using Writer = std::function<void(Result&)>;

  // threads >= 1 workers; window >= threads.
  OrderedPool(int threads, size_t window, Writer writer);
  // Calls finish() if it was not called, swallowing its exception.
  ~OrderedPool();
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  void submit(Job job);
  // Waits until every submitted job is written; stops the threads. Rethrows a writer error.
  void finish();

 private:
  struct Slot {
    Job job;
    Result result;
    bool done = false;
  };
  void work();
  void write_in_order();

  std::mutex mu_;
  std::condition_variable job_ready_;     // workers: a job is queued, or stopping
  std::condition_variable result_ready_;  // writer: the next result is done, or stopping
  std::condition_variable space_;         // submitter: the window has room, or the writer failed
  std::deque<Slot> window_;               // in flight, oldest first; window_[0] is seq base_
  uint64_t base_ = 0;                     // sequence number of window_[0]
  uint64_t next_job_ = 0;                 // sequence number of the next job to start
  size_t max_window_;
  bool stopping_ = false;
  bool finished_ = false;
  std::exception_ptr writer_error_;
  Writer writer_;
  std::vector<std::thread> workers_;
  std::thread writer_thread_;
};

}  // namespace newsgraph::util
