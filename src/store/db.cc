#include "store/db.h"

#include <mutex>

namespace newsgraph::store {

bool Stmt::step(Status* status) {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE && status->ok()) {
    const char* file = sqlite3_db_filename(db_, "main");
    *status = (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB)
                  ? Status::Corruption(std::string(file ? file : "") + ": store is corrupt (" +
                                       sqlite3_errmsg(db_) + ")")
                  : Status::IOError(std::string(file ? file : "") + ": " + sqlite3_errmsg(db_));
  }
  return false;
}

Status Stmt::run() {
  Status s;
  while (step(&s)) {
  }
  return s;
}

void Db::release_snapshots() {
  for (sqlite3_stmt* st = sqlite3_next_stmt(db_, nullptr); st; st = sqlite3_next_stmt(db_, st))
    if (sqlite3_stmt_busy(st)) sqlite3_reset(st);
}

Db::~Db() {
  by_address_.clear();
  cache_.clear();
  if (db_) sqlite3_close_v2(db_);
}

Status Db::open(const std::string& path, int flags) {
  // SQLite's memory statistics take a global mutex on every allocation; nothing here reads
  // them. Set once, before SQLite initialises (a no-op if something else initialised it).
  static std::once_flag configured;
  std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  path_ = path;
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status s = error_code(rc, "cannot open store");
    sqlite3_close_v2(db_);
    db_ = nullptr;
    return s;
  }
  sqlite3_extended_result_codes(db_, 0);
  return Status::OK();
}

Stmt* Db::prepare(const std::string& sql, Status* status) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) return &it->second->reset();
  sqlite3_stmt* raw = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &raw, nullptr);
  if (rc != SQLITE_OK) {
    *status = error_code(rc, "cannot prepare query");
    return nullptr;
  }
  auto stmt = std::make_unique<Stmt>(db_, raw);
  Stmt* p = stmt.get();
  cache_.emplace(sql, std::move(stmt));
  return p;
}

Stmt* Db::prepare(const char* sql, Status* status) {
  auto it = by_address_.find(sql);
  if (it != by_address_.end()) return &it->second->reset();
  Stmt* stmt = prepare(std::string(sql), status);
  if (stmt) by_address_.emplace(sql, stmt);
  return stmt;
}

Status Db::exec(const std::string& sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
  sqlite3_free(err);
  return rc == SQLITE_OK ? Status::OK() : error_code(rc, "write failed");
}

Status Db::error(const std::string& what) const { return error_code(sqlite3_errcode(db_), what); }

Status Db::error_code(int rc, const std::string& what) const {
  std::string msg =
      path_ + ": " + what + " (" + (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc)) + ")";
  switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Status::Corruption(path_ + ": not a newsgraph store, or the file is corrupt (" +
                                sqlite3_errstr(rc) + ")");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::Busy(msg);
    case SQLITE_READONLY:
      return Status::IOError(path_ + ": " + what + " (the store is read-only)");
    case SQLITE_FULL:
      return Status::IOError(path_ + ": " + what + " (disk full)");
    default:
      return Status::IOError(msg);
  }
}

}  // namespace newsgraph::store
