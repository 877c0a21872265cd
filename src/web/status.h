// A small success-or-error value for the web input layer: ok, or a one-line message that says
// what went wrong and where ("truncated gzip stream at byte 4096"). Cheap to copy.
#pragma once

#include <string>
#include <utility>

namespace newsgraph::web {

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(std::string message) {
    Status s;
    s.ok_ = false;
    s.message_ = std::move(message);
    return s;
  }
  bool ok() const { return ok_; }
  const std::string& message() const { return message_; }

 private:
  bool ok_ = true;
  std::string message_;
};

}  // namespace newsgraph::web
