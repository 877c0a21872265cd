#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace newsgraph::cli {

std::string with_commas(uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

Progress::Progress(std::string what, std::string unit, uint64_t total_bytes)
    : what_(std::move(what)),
      unit_(std::move(unit)),
      total_(total_bytes),
      enabled_(isatty(STDERR_FILENO) == 1),
      start_(Clock::now()),
      last_(start_) {}

Progress::~Progress() { done(); }

void Progress::update(uint64_t items, uint64_t bytes) {
  if (!enabled_) return;
  Clock::time_point now = Clock::now();
  double elapsed = std::chrono::duration<double>(now - start_).count();
  if (elapsed < 1.0 || now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  char buf[256];
  const double mb = double(bytes) / 1e6;
  int n = std::snprintf(buf, sizeof buf, "\r%s: %s %s, %.1f", what_.c_str(),
                        with_commas(items).c_str(), unit_.c_str(), mb);
  std::string line(buf, size_t(n));
  if (total_ > 0) {
    double frac = double(bytes) / double(total_);
    std::snprintf(buf, sizeof buf, " of %.1f MB (%.0f%%)", double(total_) / 1e6, frac * 100);
    line += buf;
  } else {
    line += " MB";
  }
  std::snprintf(buf, sizeof buf, ", %.0f %s/s, %.2f MB/s", double(items) / elapsed, unit_.c_str(),
                mb / elapsed);
  line += buf;
  if (total_ > 0 && bytes > 0 && bytes < total_) {
    auto eta = uint64_t(elapsed * double(total_ - bytes) / double(bytes));
    std::snprintf(buf, sizeof buf, ", ETA %llu:%02llu", static_cast<unsigned long long>(eta / 60),
                  static_cast<unsigned long long>(eta % 60));
    line += buf;
  }
  line += "\x1b[K";  // clear the rest of the line
  std::fputs(line.c_str(), stderr);
  shown_ = true;
}

void Progress::done() {
  if (shown_) std::fputs("\r\x1b[K", stderr);
  shown_ = false;
}

}  // namespace newsgraph::cli
