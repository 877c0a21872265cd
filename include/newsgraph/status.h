// The outcome of an operation that can fail: OK, or an error code with a one-line message that
// says what failed and where ("models/ner.bin: truncated at byte 1234"). Cheap to copy; a
// default-constructed Status is OK. Thread-compatible (a const Status may be shared).
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace newsgraph {

class Status {
 public:
  enum class Code { kOk = 0, kNotFound, kCorruption, kInvalidArgument, kIOError, kInternal };

  Status() = default;
  static Status OK() { return Status(); }
  static Status NotFound(std::string message) {
    return Status(Code::kNotFound, std::move(message));
  }
  static Status Corruption(std::string message) {
    return Status(Code::kCorruption, std::move(message));
  }
  static Status InvalidArgument(std::string message) {
    return Status(Code::kInvalidArgument, std::move(message));
  }
  static Status IOError(std::string message) { return Status(Code::kIOError, std::move(message)); }
  static Status Internal(std::string message) {
    return Status(Code::kInternal, std::move(message));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The message alone ("" when OK).
  const std::string& message() const { return message_; }
  // "OK", or the code's name and the message ("Corruption: models/ner.bin: bad magic").
  std::string ToString() const;

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace newsgraph
