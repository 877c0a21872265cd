// The outcome of an operation that can fail: OK, or an error code with a one-line message that
// says what failed and where ("models/ner.bin: truncated at byte 1234"). Cheap to copy; a
// default-constructed Status is OK. Thread-compatible (a const Status may be shared). The one
// Status of the project: the library, the web input layer and the corpus store all return it.
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace newsgraph {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kNotFound,
    kCorruption,
    kInvalidArgument,
    kIOError,
    kInternal,
    kNotSupported,  // e.g. a store file written by a newer schema
    kBusy,          // e.g. a store locked by another writer
  };

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
  static Status NotSupported(std::string message) {
    return Status(Code::kNotSupported, std::move(message));
  }
  static Status Busy(std::string message) { return Status(Code::kBusy, std::move(message)); }

  bool ok() const { return code_ == Code::kOk; }
  bool IsNotFound() const { return code_ == Code::kNotFound; }
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
