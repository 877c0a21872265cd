// A progress line on stderr for long runs: "extract: 1,204 articles, 3.1 of 28.6 MB (11%),
// 402 articles/s, 0.9 MB/s, ETA 0:27". Shown only when stderr is a terminal and the run has
// lasted more than a second; redrawn at most four times a second; erased by done().
// Thread safety: update() and done() must be called from one thread at a time.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace newsgraph::cli {

class Progress {
 public:
  // `what` names the command and the unit ("extract", "articles"); `total_bytes` is the input
  // size when known, else 0 (then no percentage or ETA is shown).
  Progress(std::string what, std::string unit, uint64_t total_bytes);
  ~Progress();
  void update(uint64_t items, uint64_t bytes);
  void done();

 private:
  using Clock = std::chrono::steady_clock;
  std::string what_;
  std::string unit_;
  uint64_t total_;
  bool enabled_;
  bool shown_ = false;
  Clock::time_point start_;
  Clock::time_point last_;
};

// "1,234,567"
std::string with_commas(uint64_t n);

}  // namespace newsgraph::cli
