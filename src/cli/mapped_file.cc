#include "cli/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "cli/command.h"

namespace newsgraph::cli {
namespace {

// Reads everything from fd into out; false (errno set) on a read error.
bool read_all(int fd, std::string& out) {
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) return true;
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    out.append(buf, size_t(n));
  }
}

}  // namespace

MappedFile::MappedFile(const std::string& path) {
  const bool is_stdin = path.empty() || path == "-";
  const std::string name = is_stdin ? std::string("standard input") : path;
  int fd = is_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw CliError(path + ": cannot open: " + std::strerror(errno));
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    void* p = ::mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (p != MAP_FAILED) {
      ::madvise(p, size_t(st.st_size), MADV_SEQUENTIAL);
      map_ = p;
      map_size_ = size_t(st.st_size);
      view_ = std::string_view(static_cast<const char*>(p), map_size_);
      if (!is_stdin) ::close(fd);
      return;
    }
  }
  const bool ok = read_all(fd, buffer_);
  const int err = errno;
  if (!is_stdin) ::close(fd);
  if (!ok) throw CliError(name + ": read error: " + std::strerror(err));
  view_ = buffer_;
}

MappedFile::~MappedFile() {
  if (map_ != nullptr) ::munmap(map_, map_size_);
}

void write_stdout(std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(STDOUT_FILENO, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE) return;
      throw CliError(std::string("standard output: write error: ") + std::strerror(errno));
    }
    data.remove_prefix(size_t(n));
  }
}

}  // namespace newsgraph::cli
