// A thin RAII layer over the SQLite C API for the store's own use: a prepared statement that
// binds by position and reads columns, and a connection that caches statements by SQL text.
// Not thread-safe (one connection, one thread).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/status.h"

namespace newsgraph::store {

class Stmt {
 public:
  Stmt(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  // Clears bindings and resets; returns *this for chaining.
  Stmt& reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    col_ = 0;
    return *this;
  }
  Stmt& bind(int64_t v) {
    sqlite3_bind_int64(stmt_, ++col_, v);
    return *this;
  }
  Stmt& bind(double v) {
    sqlite3_bind_double(stmt_, ++col_, v);
    return *this;
  }
  Stmt& bind(std::string_view v) {
    sqlite3_bind_text(stmt_, ++col_, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& bind_blob(std::string_view v) {
    sqlite3_bind_blob(stmt_, ++col_, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& bind_null() {
    sqlite3_bind_null(stmt_, ++col_);
    return *this;
  }
  // Steps once: true when a row is ready; false when done. Errors land in *status.
  bool step(Status* status);
  // Steps to completion (for statements without rows).
  Status run();

  int64_t i64(int c) const { return sqlite3_column_int64(stmt_, c); }
  double f64(int c) const { return sqlite3_column_double(stmt_, c); }
  bool is_null(int c) const { return sqlite3_column_type(stmt_, c) == SQLITE_NULL; }
  std::string str(int c) const {
    const unsigned char* p = sqlite3_column_text(stmt_, c);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<size_t>(sqlite3_column_bytes(stmt_, c)))
             : std::string();
  }
  std::string blob(int c) const {
    const void* p = sqlite3_column_blob(stmt_, c);
    return p ? std::string(static_cast<const char*>(p),
                           static_cast<size_t>(sqlite3_column_bytes(stmt_, c)))
             : std::string();
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  int col_ = 0;
};

class Db {
 public:
  Db() = default;
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Opens `path` (flags as sqlite3_open_v2). `path` is kept to name the file in errors.
  Status open(const std::string& path, int flags);
  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

  // A cached prepared statement, reset and unbound. Returns nullptr and sets *status on error.
  Stmt* prepare(const std::string& sql, Status* status);
  // The same for SQL in a string literal: cached by its address (no string compare).
  Stmt* prepare(const char* sql, Status* status);
  // Runs one or more statements without results.
  Status exec(const std::string& sql);
  // Resets every statement of the connection left on a row: such a statement keeps its read
  // snapshot, and no checkpoint (of any connection) can copy the log past the oldest one kept.
  void release_snapshots();
  // The current SQLite error as a Status naming the file and `what`.
  Status error(const std::string& what) const;
  Status error_code(int rc, const std::string& what) const;

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
  std::map<std::string, std::unique_ptr<Stmt>> cache_;
  std::unordered_map<const char*, Stmt*> by_address_;
  int reads_open_ = 0;  // SnapshotRelease guards alive
  friend class SnapshotRelease;
};

// Releases a connection's snapshots (Db::release_snapshots) when the outermost one goes out of
// scope: at the top of each public read, so that an idle reader pins no old state of the store,
// while a read that another calls (or a callback of a ForEach runs) leaves its caller's cursors.
class SnapshotRelease {
 public:
  explicit SnapshotRelease(Db* db) : db_(db) { ++db_->reads_open_; }
  ~SnapshotRelease() {
    if (--db_->reads_open_ == 0) db_->release_snapshots();
  }
  SnapshotRelease(const SnapshotRelease&) = delete;
  SnapshotRelease& operator=(const SnapshotRelease&) = delete;

 private:
  Db* db_;
};

}  // namespace newsgraph::store
