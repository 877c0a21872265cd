#include "serve/corpus_queries.h"

#include <charconv>
#include <memory>

namespace newsgraph::serve {
namespace {

using store::Status;

struct StmtCloser {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtCloser>;

std::string column_text(sqlite3_stmt* s, int i) {
  const unsigned char* t = sqlite3_column_text(s, i);
  return t ? std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(s, i))
           : std::string();
}

// Runs `s` to the end, appending one ActorCount per row (id, name, type, count).
Status collect_actor_counts(sqlite3* db, const std::string& path, sqlite3_stmt* s,
                            std::vector<ActorCount>* out) {
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    ActorCount row;
    row.id = std::to_string(sqlite3_column_int64(s, 0));
    row.id.insert(row.id.begin(), 'a');  // (not "a" + ...: GCC 12 warns falsely, -Wrestrict)
    row.name = column_text(s, 1);
    row.type = column_text(s, 2);
    row.count = sqlite3_column_int64(s, 3);
    out->push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) return Status::IOError(path + ": " + sqlite3_errmsg(db));
  return Status::OK();
}

}  // namespace

int64_t ActorNumber(const std::string& id) {
  if (id.size() < 2 || id.size() > 19 || id[0] != 'a') return -1;
  int64_t n = 0;
  auto [end, ec] = std::from_chars(id.data() + 1, id.data() + id.size(), n);
  if (ec != std::errc() || end != id.data() + id.size() || n < 0 || id[1] == '+') return -1;
  return n;
}

CorpusQueries::~CorpusQueries() {
  if (db_) sqlite3_close_v2(db_);
}

Status CorpusQueries::Open(const std::string& path) {
  path_ = path;
  const int rc =
      sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string why = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    return Status::IOError(path + ": cannot open store read-only: " + why);
  }
  sqlite3_busy_timeout(db_, 2000);
  // Pages read through a shared memory map: many connections, one copy of the store in memory.
  sqlite3_exec(db_, "PRAGMA query_only = 1; PRAGMA mmap_size = 1073741824", nullptr, nullptr,
               nullptr);
  return Status::OK();
}

sqlite3_stmt* CorpusQueries::Prepare(const char* sql, Status* status) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v3(db_, sql, -1, 0, &s, nullptr) != SQLITE_OK) {
    *status = Status::IOError(path_ + ": " + sqlite3_errmsg(db_));
    return nullptr;
  }
  return s;
}

Status CorpusQueries::ArticlesOverTime(const std::string& actor, std::vector<PeriodCount>* out) {
  Status st;
  Stmt s;
  if (actor.empty()) {
    s.reset(
        Prepare("SELECT substr(coalesce(date, ''), 1, 7) AS m, count(*) FROM articles "
                "WHERE dup_of IS NULL GROUP BY m ORDER BY m",
                &st));
  } else {
    const int64_t n = ActorNumber(actor);
    if (n < 0) return Status::NotFound("unknown actor " + actor);
    s.reset(
        Prepare("SELECT substr(coalesce(a.date, ''), 1, 7) AS m, count(DISTINCT a.id) "
                "FROM entities e JOIN articles a ON a.id = e.article "
                "WHERE e.actor = ?1 AND a.dup_of IS NULL GROUP BY m ORDER BY m",
                &st));
    if (s) sqlite3_bind_int64(s.get(), 1, n);
  }
  if (!s) return st;
  int rc;
  while ((rc = sqlite3_step(s.get())) == SQLITE_ROW)
    out->push_back({column_text(s.get(), 0), sqlite3_column_int64(s.get(), 1)});
  if (rc != SQLITE_DONE) return Status::IOError(path_ + ": " + sqlite3_errmsg(db_));
  return Status::OK();
}

Status CorpusQueries::TopSpeakers(int limit, std::vector<ActorCount>* out) {
  Status st;
  Stmt s(
      Prepare("SELECT ac.id, sn.s, st.s, t.c FROM "
              "(SELECT e.actor AS actor, count(*) AS c FROM quotes q CROSS "
              " JOIN entities e ON e.article = q.article AND e.idx = q.speaker "
              " WHERE q.speaker >= 0 AND q.copy_of IS NULL AND e.actor IS NOT NULL "
              " GROUP BY e.actor ORDER BY c DESC LIMIT ?1) t "
              "JOIN actors ac ON ac.id = t.actor JOIN strings sn ON sn.id = ac.name "
              "JOIN strings st ON st.id = ac.type ORDER BY t.c DESC, ac.id",
              &st));
  if (!s) return st;
  sqlite3_bind_int(s.get(), 1, limit);
  return collect_actor_counts(db_, path_, s.get(), out);
}

Status CorpusQueries::CoOccurring(const std::string& actor, int limit,
                                  std::vector<ActorCount>* out) {
  const int64_t n = ActorNumber(actor);
  if (n < 0) return Status::NotFound("unknown actor " + actor);
  Status st;
  Stmt s(
      Prepare("SELECT ac.id, sn.s, st.s, t.c FROM "
              "(SELECT e2.actor AS actor, count(DISTINCT e2.article) AS c "
              " FROM entities e1 JOIN entities e2 ON e2.article = e1.article "
              " WHERE e1.actor = ?1 AND e2.actor IS NOT NULL AND e2.actor != ?1 "
              " GROUP BY e2.actor ORDER BY c DESC LIMIT ?2) t "
              "JOIN actors ac ON ac.id = t.actor JOIN strings sn ON sn.id = ac.name "
              "JOIN strings st ON st.id = ac.type ORDER BY t.c DESC, ac.id",
              &st));
  if (!s) return st;
  sqlite3_bind_int64(s.get(), 1, n);
  sqlite3_bind_int(s.get(), 2, limit);
  return collect_actor_counts(db_, path_, s.get(), out);
}

int64_t CorpusQueries::DataVersion() {
  Status st;
  Stmt s(Prepare("PRAGMA data_version", &st));
  if (!s || sqlite3_step(s.get()) != SQLITE_ROW) return -1;
  return sqlite3_column_int64(s.get(), 0);
}

}  // namespace newsgraph::serve
