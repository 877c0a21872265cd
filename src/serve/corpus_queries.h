// Read-only SQL over the corpus store (schema: docs/store.md) for what the page shows beyond
// the Store read API: articles over time, most quoted speakers, co-occurring actors. One
// SQLite connection opened with SQLITE_OPEN_READONLY; every query is a prepared statement with
// bound parameters. Used by one thread at a time (ReaderPool hands it out).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <vector>

#include "store/status.h"

namespace newsgraph::serve {

struct PeriodCount {
  std::string period;  // "2016-03" (YYYY-MM), or "" for articles without a date
  int64_t count = 0;
};

struct ActorCount {
  std::string id;  // "a17"
  std::string name;
  std::string type;
  int64_t count = 0;  // quotes, or shared articles
};

class CorpusQueries {
 public:
  CorpusQueries() = default;
  ~CorpusQueries();
  CorpusQueries(const CorpusQueries&) = delete;
  CorpusQueries& operator=(const CorpusQueries&) = delete;

  store::Status Open(const std::string& path);

  // Articles per month (near-copies counted once); `actor` "" for the whole corpus.
  store::Status ArticlesOverTime(const std::string& actor, std::vector<PeriodCount>* out);
  // Actors with the most attributed quotes (wire copies counted once).
  store::Status TopSpeakers(int limit, std::vector<ActorCount>* out);
  // Actors named in the most articles that also name `actor`.
  store::Status CoOccurring(const std::string& actor, int limit, std::vector<ActorCount>* out);
  // The store's data_version: changes whenever another connection commits.
  int64_t DataVersion();

 private:
  sqlite3_stmt* Prepare(const char* sql, store::Status* status);

  std::string path_;
  sqlite3* db_ = nullptr;
};

// "a17" → 17; -1 when `id` is not an actor id.
int64_t ActorNumber(const std::string& id);

}  // namespace newsgraph::serve
