// A whole input read without copying it: a regular file is memory-mapped (read-only, private);
// standard input, pipes and other files that cannot be mapped are read into a buffer.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::cli {

class MappedFile {
 public:
  // Opens `path` ("-" or "" for standard input). Throws CliError naming the file.
  explicit MappedFile(const std::string& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view view() const { return view_; }

 private:
  void* map_ = nullptr;
  size_t map_size_ = 0;
  std::string buffer_;  // used when the input could not be mapped
  std::string_view view_;
};

// Writes all of `data` to standard output with as few write(2) calls as the kernel allows.
// Throws CliError on a write error other than a closed pipe.
void write_stdout(std::string_view data);

}  // namespace newsgraph::cli
