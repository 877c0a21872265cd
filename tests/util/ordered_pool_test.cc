// The ordered worker pool behind `extract -j N`: results reach the writer in submission order
// for any number of threads, at most `window` jobs are in flight, and a writer error stops the
// writing and reaches the submitter.
#include "util/ordered_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>

namespace newsgraph::util {
namespace {

// A job whose running time varies with i, so that later jobs often finish first.
OrderedPool::Job numbered_job(int i, std::atomic<int>* running, std::atomic<int>* max_running) {
  return [=] {
    int now = ++*running;
    for (int seen = *max_running; now > seen && !max_running->compare_exchange_weak(seen, now);) {
    }
    volatile int spin = (i * 7919) % 20000;
    while (spin > 0) spin = spin - 1;
    --*running;
    OrderedPool::Result r;
    r.output = std::to_string(i) + ",";
    r.failed = i % 10 == 0;
    return r;
  };
}

TEST(OrderedPool, WritesInSubmissionOrderForAnyThreadCount) {
  std::string want;
  for (int i = 0; i < 3000; ++i) want += std::to_string(i) + ",";
  for (int threads : {1, 2, 3, 8}) {
    std::string out;
    int failed = 0;
    std::atomic<int> running{0}, max_running{0};
    const size_t window = size_t(threads) * 2;
    OrderedPool pool(threads, window, [&](OrderedPool::Result& r) {
      out += r.output;
      failed += r.failed;
    });
    for (int i = 0; i < 3000; ++i) pool.submit(numbered_job(i, &running, &max_running));
    pool.finish();
    EXPECT_EQ(out, want) << threads << " threads";
    EXPECT_EQ(failed, 300);
    EXPECT_LE(max_running.load(), threads);
  }
}

TEST(OrderedPool, WriterErrorStopsWritingAndReachesTheSubmitter) {
  int written = 0;
  auto run = [&] {
    OrderedPool pool(4, 8, [&](OrderedPool::Result&) {
      if (++written == 10) throw std::runtime_error("No space left on device");
    });
    for (int i = 0; i < 1000; ++i) pool.submit([] { return OrderedPool::Result{}; });
    pool.finish();
  };
  EXPECT_THROW(run(), std::runtime_error);
  EXPECT_EQ(written, 10);  // nothing is written after the error
}

TEST(OrderedPool, FinishWithNothingSubmitted) {
  int written = 0;
  OrderedPool pool(3, 4, [&](OrderedPool::Result&) { ++written; });
  pool.finish();
  EXPECT_EQ(written, 0);
}

}  // namespace
}  // namespace newsgraph::util
