// Helpers shared by the store commands (query, explain, export, merge, split, judge, rebuild):
// opening the store with a one-line error, and printing JSON safely for any bytes.
#pragma once

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/command.h"
#include "cli/io.h"
#include "store/store.h"

namespace newsgraph::cli {

inline std::unique_ptr<store::Store> open_store(const std::string& path, bool read_only) {
  store::Options options;
  options.read_only = read_only;
  options.create_if_missing = false;
  std::unique_ptr<store::Store> st;
  store::Status s = store::Store::Open(path, options, &st);
  if (!s.ok()) throw CliError(s.message());
  return st;
}

inline void check(const store::Status& s) {
  if (!s.ok()) throw CliError(s.message());
}

inline std::string dump_json(const nlohmann::json& j, int indent = -1) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Writes `s` to stdout; a write error (a full disk, a closed pipe) is an OutputError (exit 3).
inline void write_out(const std::string& s) {
  if (std::fwrite(s.data(), 1, s.size(), stdout) != s.size())
    throw OutputError("cannot write to " + stdout_name() + ": " + std::strerror(errno));
}

inline void finish_stdout() {
  if (std::fflush(stdout) != 0 || std::ferror(stdout))
    throw OutputError("cannot write to " + stdout_name() + ": " + std::strerror(errno ? errno : EIO));
}

}  // namespace newsgraph::cli
