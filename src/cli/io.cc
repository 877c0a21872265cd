#include "cli/io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

#include "util/utf8.h"

namespace newsgraph::cli {
namespace {

constexpr size_t kBatchBytes = size_t(1) << 20;
constexpr size_t kBlockBytes = size_t(1) << 16;

std::string os_error(int err) { return std::strerror(err); }

// Opens `path` for reading ("-" or "" = standard input, returned as fd 0 and not owned).
int open_input(const std::string& path, bool* owned, uint64_t* size) {
  int fd = 0;
  *owned = false;
  if (!path.empty() && path != "-") {
    do fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) throw InputError(path + ": cannot open: " + os_error(errno));
    *owned = true;
  }
  struct stat st;
  *size = 0;
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      if (*owned) ::close(fd);
      throw InputError(input_name(path) + ": is a directory, not a file");
    }
    if (S_ISREG(st.st_mode)) *size = uint64_t(st.st_size);
  }
  return fd;
}

// Reads up to `n` bytes; returns the count (0 at end). Throws InputError.
size_t read_some(int fd, char* data, size_t n, const std::string& name) {
  for (;;) {
    ssize_t r = ::read(fd, data, n);
    if (r >= 0) return size_t(r);
    if (errno == EINTR) continue;
    throw InputError(name + ": read error: " + os_error(errno));
  }
}

bool looks_binary(std::string_view s) {
  std::string_view head = s.substr(0, 1 << 16);
  if (head.empty()) return false;
  size_t nul = 0, control = 0;
  for (unsigned char c : head) {
    if (c == 0)
      ++nul;
    else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B)
      ++control;
  }
  return nul > 0 || control * 10 > head.size();
}

}  // namespace

std::string input_name(const std::string& path) {
  return path.empty() || path == "-" ? std::string("standard input") : path;
}

std::string stdout_name() {
  struct stat st;
  if (::fstat(1, &st) == 0 && !S_ISFIFO(st.st_mode) && !S_ISSOCK(st.st_mode) && !isatty(1)) {
    char buf[4096];
    ssize_t n = ::readlink("/proc/self/fd/1", buf, sizeof buf - 1);
    if (n > 0) return std::string(buf, size_t(n));
  }
  return "standard output";
}

void report(const std::string& message) {
  std::string line = "newsgraph: " + message + "\n";
  // stderr is unbuffered; a failure to report cannot itself be reported.
  [[maybe_unused]] size_t n = std::fwrite(line.data(), 1, line.size(), stderr);
}

Output::Output(int fd, std::string name) : fd_(fd), name_(std::move(name)) {
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    regular_file_ = true;
    streaming_ = false;
    off_t at = ::lseek(fd, 0, SEEK_CUR);
    committed_ = at < 0 ? -1 : int64_t(at);
  }
}

void Output::end_record() {
  record_end_ = buf_.size();
  if (regular_file_) boundaries_.push_back(record_end_);
  if (streaming_ || buf_.size() >= kBatchBytes) write_pending();
}

void Output::finish() {
  record_end_ = buf_.size();
  if (regular_file_) boundaries_.push_back(record_end_);
  write_pending();
}

void Output::write_pending() {
  size_t done = 0;
  while (done < record_end_) {
    ssize_t n = ::write(fd_, buf_.data() + done, record_end_ - done);
    if (n > 0) {
      done += size_t(n);
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    int err = n < 0 ? errno : EIO;
    std::string what =
        "cannot write to " + (name_.empty() ? stdout_name() : name_) + ": " + os_error(err);
    if (regular_file_ && committed_ >= 0) {
      // Cut the file back to the last record written whole.
      size_t whole = 0;
      for (size_t b : boundaries_)
        if (b <= done) whole = b;
      if (::ftruncate(fd_, off_t(committed_ + int64_t(whole))) == 0 && whole < done)
        what += " (the incomplete last record was removed)";
    } else if (done > 0) {
      what += " (the last record is incomplete)";
    }
    buf_.clear();
    record_end_ = 0;
    boundaries_.clear();
    throw OutputError(what);
  }
  if (committed_ >= 0) committed_ += int64_t(record_end_);
  buf_.erase(0, record_end_);
  record_end_ = 0;
  boundaries_.clear();
}

std::string read_input_bytes(const std::string& path) {
  bool owned;
  uint64_t size;
  int fd = open_input(path, &owned, &size);
  std::string out;
  std::string name = input_name(path);
  try {
    if (size) out.reserve(size);
    char block[kBlockBytes];
    for (;;) {
      size_t n = read_some(fd, block, sizeof block, name);
      if (n == 0) break;
      out.append(block, n);
    }
  } catch (...) {
    if (owned) ::close(fd);
    throw;
  }
  if (owned) ::close(fd);
  return out;
}

TextInput decode_text(std::string bytes) {
  TextInput in;
  auto u8 = [&](size_t i) { return static_cast<unsigned char>(bytes[i]); };
  auto starts = [&](std::string_view bom) { return std::string_view(bytes).starts_with(bom); };
  int unit = 0;
  bool big_endian = false;
  if (starts(std::string_view("\xFF\xFE\0\0", 4))) {
    unit = 4, in.encoding = "UTF-32LE";
  } else if (starts(std::string_view("\0\0\xFE\xFF", 4))) {
    unit = 4, big_endian = true, in.encoding = "UTF-32BE";
  } else if (starts("\xFF\xFE")) {
    unit = 2, in.encoding = "UTF-16LE";
  } else if (starts("\xFE\xFF")) {
    unit = 2, big_endian = true, in.encoding = "UTF-16BE";
  }
  if (unit == 0) {
    in.binary = looks_binary(bytes);
    in.text = std::move(bytes);
    return in;
  }
  auto read_unit = [&](size_t i) -> char32_t {
    char32_t v = 0;
    for (int k = 0; k < unit; ++k) {
      int b = big_endian ? k : unit - 1 - k;
      v = (v << 8) | u8(i + size_t(b));
    }
    return v;
  };
  std::string& out = in.text;
  out.reserve(bytes.size());
  const size_t n = bytes.size();
  size_t i = size_t(unit);
  for (; i + size_t(unit) <= n; i += size_t(unit)) {
    char32_t cp = read_unit(i);
    if (unit == 2 && cp >= 0xD800 && cp <= 0xDBFF && i + 4 <= n) {
      char32_t low = read_unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        utf8::append(out, 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
      cp = 0xFFFD;
      ++in.bad_units;
    }
    utf8::append(out, cp);
  }
  if (i < n) {  // a trailing partial code unit
    utf8::append(out, 0xFFFD);
    ++in.bad_units;
  }
  in.binary = looks_binary(out);
  return in;
}

TextInput read_text_input(const std::string& path) {
  return read_text_input_from(path, read_input_bytes(path));
}

TextInput read_text_input_from(const std::string& path, std::string bytes) {
  TextInput in = decode_text(std::move(bytes));
  if (!in.encoding.empty()) {
    std::string msg = "warning: " + input_name(path) + ": decoded from " + in.encoding +
                      " (byte-order mark); offsets are into its UTF-8 form";
    if (in.bad_units)
      msg += "; " + std::to_string(in.bad_units) + " invalid code units became U+FFFD";
    report(msg);
  }
  if (in.binary)
    report("warning: " + input_name(path) +
           ": looks like binary data, not text (NUL or control bytes); processed as text");
  return in;
}

LineReader::LineReader(const std::string& path) : name_(input_name(path)) {
  fd_ = open_input(path, &own_fd_, &size_);
}

LineReader::~LineReader() {
  if (own_fd_) ::close(fd_);
}

bool LineReader::fill() {
  if (eof_) return false;
  block_.erase(0, pos_);
  pos_ = 0;
  size_t old = block_.size();
  block_.resize(old + kBlockBytes);
  size_t n = read_some(fd_, block_.data() + old, kBlockBytes, name_);
  block_.resize(old + n);
  bytes_read_ += n;
  if (n == 0) eof_ = true;
  return n > 0;
}

bool LineReader::next(std::string& line) {
  size_t scan = pos_;
  for (;;) {
    if (skip_lf_ && pos_ < block_.size()) {
      skip_lf_ = false;
      if (block_[pos_] == '\n') scan = ++pos_;
    }
    size_t end = scan;
    while (end < block_.size() && block_[end] != '\n' && block_[end] != '\r') ++end;
    if (end < block_.size()) {
      line.assign(block_, pos_, end - pos_);
      skip_lf_ = block_[end] == '\r';
      pos_ = end + 1;
      ++line_no_;
      return true;
    }
    scan = end - pos_;  // keep the offset across fill(), which moves the line to the front
    if (!fill()) {
      skip_lf_ = false;
      if (pos_ >= block_.size()) return false;
      line.assign(block_, pos_, std::string::npos);
      pos_ = block_.size();
      ++line_no_;
      return true;
    }
    scan += pos_;
  }
}

uint64_t total_input_size(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  for (const std::string& p : paths) {
    struct stat st;
    if (p.empty() || p == "-" || ::stat(p.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
    total += uint64_t(st.st_size);
  }
  return total;
}

}  // namespace newsgraph::cli
