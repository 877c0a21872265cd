// Input and output for the `newsgraph` commands.
//
// Exit status (every command): 0 all good; 1 some input failed (a file that cannot be read, a
// bad JSONL line; each reported on stderr, the rest processed); 2 usage error; 3 output or I/O
// error (a write that failed: full disk, closed pipe, ...).
//
// Output: every write is checked. A failed write throws OutputError (exit status 3, one line
// naming the output and the OS error). Records (one article, one paragraph...) are written whole
// as they are produced: flushed one by one when standard output is a pipe or a terminal, in
// batches of about 1 MiB when it is a regular file. When a write to a regular file fails
// part-way, the file is cut back to the end of the last complete record, so nothing half-written
// stays behind looking complete.
//
// Input: files are read whole (read_input) or line by line (LineReader). A directory or an
// unreadable file is an InputError naming it. read_text_input also decodes UTF-16/UTF-32 that
// start with a byte-order mark and flags binary data (see TextInput).
//
// Thread safety: none of these objects may be shared between threads without a lock.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::cli {

enum ExitStatus : int {
  kExitOk = 0,
  kExitInputFailed = 1,
  kExitUsage = 2,
  kExitOutput = 3,
};

// A write to the output failed; what() is the one-line message.
struct OutputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A file could not be read (missing, a directory, an I/O error); what() names it.
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// "standard input" for "-" or "", else the path itself.
std::string input_name(const std::string& path);

// The name of standard output for messages: the file or device it is open on, or
// "standard output" when it is a pipe or terminal.
std::string stdout_name();

// Prints "newsgraph: <message>" on stderr (one line).
void report(const std::string& message);

class Output {
 public:
  // Writes to file descriptor `fd` (standard output by default; not owned). Error messages name
  // the output `name`, or standard output's name (stdout_name) when `name` is empty.
  explicit Output(int fd = 1, std::string name = {});
  // Does not flush: call finish(). (A destructor cannot report an error.)
  ~Output() = default;
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  // The pending record: append to it, then call end_record().
  std::string& buffer() { return buf_; }
  // Closes the record in buffer(); writes it now when streaming, else when 1 MiB has built up.
  void end_record();
  // Appends `record` as one whole record (buffer() += record, then end_record()).
  Output& operator<<(std::string_view record) {
    buf_ += record;
    end_record();
    return *this;
  }
  // Writes everything pending. Throws OutputError.
  void finish();
  bool streaming() const { return streaming_; }

 private:
  void write_pending();

  int fd_;
  std::string name_;  // for messages; empty: standard output
  bool streaming_ = true;
  bool regular_file_ = false;
  std::string buf_;
  size_t record_end_ = 0;           // end of the last complete record in buf_
  std::vector<size_t> boundaries_;  // record ends in buf_ (regular files: for the cut-back)
  int64_t committed_ = -1;          // file offset after the last complete record written
};

// Reads a whole file ("-" or "" = standard input) as bytes. Throws InputError.
std::string read_input_bytes(const std::string& path);

// A text file as the pipeline should see it.
struct TextInput {
  std::string text;      // UTF-8 (decoded when the file had a UTF-16/32 byte-order mark)
  std::string encoding;  // "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"; empty when UTF-8
  size_t bad_units = 0;  // code units of that encoding that were invalid (became U+FFFD)
  bool binary = false;   // looks like binary data, not text (NUL bytes, many control bytes)
};

// Decodes `bytes`: a UTF-16/32 byte-order mark means that encoding (decoded to UTF-8, the mark
// dropped); anything else is kept as it is (a UTF-8 mark is left for repair to drop and report).
TextInput decode_text(std::string bytes);

// read_input_bytes + decode_text, with a warning on stderr naming the file when it was decoded
// from UTF-16/32 or looks binary. Throws InputError.
TextInput read_text_input(const std::string& path);
// The same for bytes already read from `path`.
TextInput read_text_input_from(const std::string& path, std::string bytes);

// Splits a file or standard input into lines at LF, CRLF or a lone CR, reading in blocks (so
// memory is one block plus the longest line). Throws InputError on a read error.
class LineReader {
 public:
  // Opens `path` ("-" or "" = standard input). Throws InputError (missing file, directory).
  explicit LineReader(const std::string& path);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line without its ending; false at end of input.
  bool next(std::string& line);
  uint64_t line_number() const { return line_no_; }
  uint64_t bytes_read() const { return bytes_read_; }
  // The file's size when it is a regular file, else 0.
  uint64_t size() const { return size_; }
  const std::string& name() const { return name_; }

 private:
  bool fill();

  int fd_ = 0;
  bool own_fd_ = false;
  bool eof_ = false;
  bool skip_lf_ = false;  // the last line ended in CR: a following LF belongs to it
  std::string name_;
  std::string block_;
  size_t pos_ = 0;
  uint64_t line_no_ = 0;
  uint64_t bytes_read_ = 0;
  uint64_t size_ = 0;
};

// The total size of the regular files among `paths` (0 when any is a pipe or missing).
uint64_t total_input_size(const std::vector<std::string>& paths);

}  // namespace newsgraph::cli
