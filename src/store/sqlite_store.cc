// SqliteStore: opening and schema checks, transactions, and writing one article's rows.
#include "store/sqlite_store.h"

#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>

namespace newsgraph::store {

extern const char* const kSchemaSql;  // schema.sql, embedded by CMake

namespace {

uint64_t fnv(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// Hash of a quote's letters and digits, lower-cased; 0 for quotes too short to call copies.
int64_t quote_hash(const std::string& text) {
  std::string folded;
  for (unsigned char c : text) {
    if (c >= 'A' && c <= 'Z')
      folded += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
      folded += char(c);
  }
  if (folded.size() < 24) return 0;
  return static_cast<int64_t>(fnv(folded) >> 1);
}

}  // namespace

bool Decompress(const std::string& in, size_t size, std::string* out) {
  out->assign(size, '\0');
  uLongf n = static_cast<uLongf>(size);
  int rc = uncompress(reinterpret_cast<Bytef*>(out->data()), &n,
                      reinterpret_cast<const Bytef*>(in.data()), static_cast<uLong>(in.size()));
  return rc == Z_OK && n == size;
}

Status Store::Open(const std::string& path, const Options& options, std::unique_ptr<Store>* out) {
  auto store = std::make_unique<SqliteStore>(options.read_only);
  Status s = store->OpenFile(path, options);
  if (s.ok()) *out = std::move(store);
  return s;
}

Status SqliteStore::OpenFile(const std::string& path, const Options& options) {
  struct stat st;
  bool exists = ::stat(path.c_str(), &st) == 0;
  if (exists && !S_ISREG(st.st_mode))
    return Status::InvalidArgument(path + ": not a store file (not a regular file)");
  if (!exists && (read_only_ || !options.create_if_missing))
    return Status::NotFound(path + ": no such store (run `newsgraph ingest` first)");
  if (exists && !read_only_ && ::access(path.c_str(), W_OK) != 0)
    return Status::IOError(path + ": the store is read-only (no write permission)");
  int flags = read_only_ ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  Status s = db_.open(path, flags | SQLITE_OPEN_NOMUTEX);
  if (!s.ok()) return s;
  sqlite3_busy_timeout(db_.handle(), 10000);
  s = CreateOrCheckSchema(options);
  if (s.ok()) s = OpenEdgeTable();
  return s.ok() && !read_only_ ? LoadMirrors() : s;
}

// A writer of a store of moderate size keeps every string and every blocking key in memory, so
// that interning a new string or looking up a new key needs no read (a miss is an answer).
Status SqliteStore::LoadMirrors() {
  Status s;
  // Counted no further than the limit: a count(*) reads every page of the table.
  Stmt* n = db_.prepare(
      "SELECT (SELECT count(*) FROM (SELECT 1 FROM strings LIMIT ?1)),"
      " (SELECT count(*) FROM (SELECT 1 FROM actor_keys LIMIT ?1))",
      &s);
  if (n) n->bind(kMaxPreloaded + 1);
  if (!n || !n->step(&s)) return s;
  const int64_t strings = n->i64(0), keys = n->i64(1);
  n->reset();
  if (strings <= kMaxPreloaded) {
    Stmt* q = db_.prepare("SELECT id, s FROM strings", &s);
    if (!q) return s;
    interned_.reserve(static_cast<size_t>(strings));
    while (q->step(&s)) interned_.emplace(q->str(1), q->i64(0));
    if (!s.ok()) return s;
    strings_complete_ = true;
  }
  if (keys <= kMaxPreloaded) {
    Stmt* q = db_.prepare(
        "SELECT s.s, k.actor, k.key FROM actor_keys k JOIN strings s ON s.id=k.key ORDER BY k.key,"
        " k.actor",
        &s);
    if (!q) return s;
    while (q->step(&s)) {
      CachedKey& entry = key_cache_[q->str(0)];
      entry.actors.push_back(q->i64(1));
      entry.sid = q->i64(2);
    }
    if (!s.ok()) return s;
    keys_complete_ = true;
  }
  return s;
}

namespace {

// Whether the file at `path` is absent, empty or starts with SQLite's header string.
bool LooksEmptyOrSqlite(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return true;
  char head[16] = {};
  in.read(head, sizeof head);
  const std::streamsize got = in.gcount();
  return got == 0 || (got == sizeof head && std::memcmp(head, "SQLite format 3", 16) == 0);
}

}  // namespace

Status SqliteStore::CreateOrCheckSchema(const Options&) {
  Status s;
  Stmt* q = db_.prepare(
      "SELECT (SELECT application_id FROM pragma_application_id),"
      " (SELECT user_version FROM pragma_user_version),"
      " (SELECT count(*) FROM sqlite_master)",
      &s);
  if (!q) return s;
  if (!q->step(&s)) return s.ok() ? db_.error("cannot read the store header") : s;
  int64_t app = q->i64(0), version = q->i64(1), tables = q->i64(2);
  q->reset();
  if (tables == 0 && app == 0) {
    // SQLite takes a file shorter than its header for an empty database and would write over
    // it: a few bytes of something else are not made a store.
    if (!LooksEmptyOrSqlite(db_.path()))
      return Status::Corruption(db_.path() + ": not a newsgraph store, or the file is corrupt");
    if (read_only_) return Status::Corruption(db_.path() + ": empty file, not a newsgraph store");
    s = db_.exec("PRAGMA journal_mode=WAL");
    if (s.ok())
      s = db_.exec(std::string("BEGIN;") + kSchemaSql +
                   "PRAGMA application_id=" + std::to_string(kApplicationId) +
                   ";PRAGMA user_version=" + std::to_string(kSchemaVersion) + ";COMMIT;");
    if (!s.ok()) {
      db_.exec("ROLLBACK");
      return db_.error("cannot create the store");
    }
  } else if (app != kApplicationId) {
    return Status::InvalidArgument(db_.path() +
                                   ": not a newsgraph store (an SQLite file of another program)");
  } else if (version > kSchemaVersion) {
    return Status::NotSupported(db_.path() + ": store schema version " + std::to_string(version) +
                                " is newer than this newsgraph supports (" +
                                std::to_string(kSchemaVersion) + "); use a newer newsgraph");
  } else if (version < 1) {
    return Status::Corruption(db_.path() + ": store has no schema version");
  } else if (!read_only_ && version < kSchemaVersion) {
    // One transaction per step: a store interrupted between steps is upgraded the rest of the
    // way when next opened.
    if (version == 1) s = MigrateFrom1();
    if (s.ok() && version <= 2) s = MigrateFrom2();
    if (s.ok() && version <= 3) s = MigrateFrom3();
    if (s.ok()) s = MigrateFrom4();
    if (!s.ok())
      return Status::IOError(db_.path() + ": cannot upgrade the store from schema " +
                             std::to_string(version) + " to " + std::to_string(kSchemaVersion) +
                             " (" + s.message() + ")");
  }
  if (!read_only_) {
    s = db_.exec(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
        "CREATE INDEX IF NOT EXISTS actor_names_name ON actor_names(name);"
        "CREATE INDEX IF NOT EXISTS actor_keys_actor ON actor_keys(actor);"
        "CREATE INDEX IF NOT EXISTS articles_ext_hash ON articles(ext_id, hash);"
        "CREATE TABLE IF NOT EXISTS totals (what TEXT PRIMARY KEY, n INTEGER NOT NULL)"
        " WITHOUT ROWID;");
    // A store upgraded from schema 2 (or written before the totals) counts its mentions once.
    Stmt* has =
        s.ok() ? db_.prepare("SELECT count(*) FROM totals WHERE what='mentions'", &s) : nullptr;
    if (!has) return s;
    const bool counted = has->step(&s) && has->i64(0) > 0;
    has->reset();
    if (s.ok() && !counted)
      s = db_.exec("INSERT INTO totals SELECT 'mentions', count(*) FROM mentions");
    if (!s.ok()) return s;
  }
  // Readers map the file (shared by every connection of every process) instead of each
  // keeping its own copy of the pages. The writer copies its log into the file every 64 MiB
  // of log (and when it closes) rather than every 4 MiB: a page that several batches change is
  // copied once (the log and synchronous=NORMAL keep a kill at any moment safe all the same).
  s = db_.exec(read_only_ ? "PRAGMA mmap_size=1073741824; PRAGMA temp_store=MEMORY;"
                          : "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;"
                            " PRAGMA wal_autocheckpoint=16384;");
  // A schema-1 store read as it is: an empty TEMP quote_parts stands for the missing table
  // (after temp_store is set: changing it drops TEMP tables).
  if (s.ok() && version == 1 && read_only_)
    s = db_.exec(
        "CREATE TEMP TABLE quote_parts (quote INTEGER NOT NULL, idx INTEGER NOT NULL,"
        " start INTEGER NOT NULL, end INTEGER NOT NULL, PRIMARY KEY (quote, idx)) WITHOUT ROWID");
  return s;
}

// One upgrade step in one transaction: `step`, then the new version number.
Status SqliteStore::Migrate(int to, const std::function<Status()>& step) {
  Status s = db_.exec("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  in_txn_ = true;
  s = step();
  if (s.ok()) s = db_.exec("PRAGMA user_version=" + std::to_string(to));
  if (s.ok()) s = db_.exec("COMMIT");
  if (!s.ok()) db_.exec("ROLLBACK");
  in_txn_ = false;
  ClearCaches();
  ForgetStrings();
  return s;
}

Status SqliteStore::MigrateFrom1() {
  return Migrate(2, [this] {  // keys are recounted from 4 to 5
    return db_.exec(
        "CREATE TABLE IF NOT EXISTS quote_parts (quote INTEGER NOT NULL, idx INTEGER NOT NULL,"
        " start INTEGER NOT NULL, end INTEGER NOT NULL, PRIMARY KEY (quote, idx)) WITHOUT ROWID");
  });
}

Status SqliteStore::MigrateFrom2() {
  return Migrate(3, [this] {
    return db_.exec(
        "ALTER TABLE entities ADD COLUMN spans TEXT;"
        "UPDATE entities SET spans=(SELECT json_group_array(json_array(start, end, kind)) FROM"
        " (SELECT start, end, kind FROM mentions m WHERE m.article=entities.article AND"
        " m.entity=entities.idx ORDER BY start));"
        "DROP TABLE mentions;"
        "CREATE VIEW mentions(article, entity, start, end, kind) AS"
        " SELECT e.article, e.idx, j.value->>0, j.value->>1, j.value->>2"
        " FROM entities e, json_each(e.spans) j;");
  });
}

// Schema 4 files an acronym name under "x:" (schema 3: "a:", the key of the long names it
// abbreviates), so that long names with the same initials are not each other's candidates: the
// keys are recounted by the next step.
Status SqliteStore::MigrateFrom3() {
  return Migrate(4, [] { return Status::OK(); });
}

// Schema 5 keeps a person's suffix in the "f:" key, so that a judgement about "Donald Trump"
// leaves "Donald Trump Jr." alone.
Status SqliteStore::MigrateFrom4() {
  return Migrate(5, [this] { return RecountKeys(); });
}

// actor_keys from the entities: each linked entity that filed keys counts once for each of
// its keys (EntityKeys of its name and name mentions).
Status SqliteStore::RecountKeys() {
  Status s = db_.exec("DELETE FROM actor_keys");
  std::vector<int64_t> articles;
  Stmt* a = s.ok() ? db_.prepare("SELECT id FROM articles ORDER BY id", &s) : nullptr;
  if (!a) return s;
  while (a->step(&s)) articles.push_back(a->i64(0));
  Stmt* get = db_.prepare(
      "SELECT e.actor, r.s FROM entities e LEFT JOIN strings r ON r.id=e.rule"
      " WHERE e.article=? AND e.idx=? AND e.actor IS NOT NULL",
      &s);
  Stmt* k = get ? db_.prepare(
                      "INSERT INTO actor_keys(key, actor, count) VALUES(?,?,1)"
                      " ON CONFLICT(key, actor) DO UPDATE SET count=count+1",
                      &s)
                : nullptr;
  if (!k) return s;
  std::vector<LinkInput> entities;
  for (int64_t article : articles) {
    if (!(s = StoredEntities(article, &entities)).ok()) return s;
    for (const LinkInput& e : entities) {
      if (!get->reset().bind(article).bind(int64_t(e.idx)).step(&s)) {
        if (!s.ok()) return s;
        continue;
      }
      const int64_t actor = get->i64(0);
      const std::string rule = get->str(1);
      get->reset();
      if (rule == "namesake-in-article" || rule == "ambiguous-surname") continue;
      for (const std::string& key : EntityKeys(e.type, e.name, e.surfaces)) {
        int64_t sid = 0;
        if (!(s = Intern(key, &sid)).ok() || !(s = k->reset().bind(sid).bind(actor).run()).ok())
          return s;
      }
    }
  }
  return s;
}

Status SqliteStore::Begin() {
  if (read_only_) return Status::InvalidArgument(db_.path() + ": opened read-only");
  Status s = db_.exec("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  Stmt* q = db_.prepare("SELECT coalesce(max(id), 0) FROM articles", &s);
  if (q && q->step(&s)) last_article_before_txn_ = q->i64(0);
  if (q) q->reset();
  if (!s.ok()) {
    db_.exec("ROLLBACK");
    return s;
  }
  in_txn_ = true;
  return s;
}

Status SqliteStore::Commit() {
  Status s = FlushPendingRows();
  for (const auto& [actor, added] : pending_actors_)
    if (!s.ok() || !(s = RefreshActorName(actor, added.first, added.second)).ok()) break;
  if (s.ok()) s = UpdateEdges();
  // A statement left on a row would keep its read snapshot past the commit: no checkpoint
  // could copy the log beyond it, and the log would only grow.
  db_.release_snapshots();
  if (s.ok()) s = db_.exec("COMMIT");
  if (!s.ok()) return Abort(s);
  ForgetPending();
  in_txn_ = false;
  return s;
}

Status SqliteStore::Intern(std::string_view str, int64_t* id) {
  auto it = interned_.find(str);
  if (it != interned_.end()) {
    *id = it->second;
    return Status::OK();
  }
  std::string key(str);
  Status s;
  Stmt* q = strings_complete_ ? nullptr : db_.prepare("SELECT id FROM strings WHERE s=?", &s);
  if (!strings_complete_ && !q) return s;
  if (q && q->bind(key).step(&s)) {
    *id = q->i64(0);
    q->reset();
  } else {
    if (!s.ok()) return s;
    Stmt* ins = db_.prepare("INSERT INTO strings(s) VALUES(?)", &s);
    if (!ins) return s;
    s = ins->bind(key).run();
    if (!s.ok()) return s;
    *id = sqlite3_last_insert_rowid(db_.handle());
  }
  if (interned_.size() > kMaxMirrored) ForgetStrings();
  interned_.emplace(std::move(key), *id);
  return Status::OK();
}

Status SqliteStore::StringOf(int64_t id, std::string* out) {
  Status s;
  Stmt* q = db_.prepare("SELECT s FROM strings WHERE id=?", &s);
  if (!q) return s;
  if (q->bind(id).step(&s))
    *out = q->str(0);
  else
    out->clear();
  return s;
}

Status SqliteStore::HasArticle(const std::string& id, uint64_t hash, bool* same) {
  SnapshotRelease release(&db_);
  Status s;
  Stmt* q = db_.prepare("SELECT hash FROM articles WHERE ext_id=?", &s);
  if (!q) return s;
  *same = q->bind(id).step(&s) && static_cast<uint64_t>(q->i64(0)) == hash;
  return s;
}

Status SqliteStore::ArticleHashes(std::vector<std::pair<std::string, uint64_t>>* out) {
  Status s;
  // Read from the index articles_ext_hash (the table itself holds every text).
  Stmt* q = db_.prepare("SELECT ext_id, hash FROM articles", &s);
  if (!q) return s;
  out->clear();
  while (q->step(&s)) out->emplace_back(q->str(0), static_cast<uint64_t>(q->i64(1)));
  return s;
}

// Actor ids as users see them ("a42"), and judgement keys.
std::string ActorIdString(int64_t id) {
  char buf[24];
  int n = std::snprintf(buf, sizeof buf, "a%lld", static_cast<long long>(id));
  return std::string(buf, static_cast<size_t>(n));
}

bool ParseActorId(const std::string& s, int64_t* id) {
  if (s.size() < 2 || s[0] != 'a' || s.size() > 18) return false;
  int64_t v = 0;
  for (size_t i = 1; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *id = v;
  return true;
}

std::string NameKey(const ParsedName& name) {
  static const char* kClass[] = {"PERSON", "ORG", "GPE", "OTHER"};
  return std::string(kClass[TypeClass(name.type)]) + "|" + name.key;
}

std::string NameKey(EntityType type, const std::string& name) {
  return NameKey(ParseName(type, name));
}

Status SqliteStore::Put(const ExtractedArticle& a, PutResult* result) {
  if (read_only_) return Status::InvalidArgument(db_.path() + ": opened read-only");
  Status s;
  bool own_txn = !in_txn_;
  if (own_txn && !(s = Begin()).ok()) return s;
  const uint64_t hash = a.content_hash ? a.content_hash : ContentHash(a.input);
  Stmt* q = db_.prepare("SELECT id, hash FROM articles WHERE ext_id=?", &s);
  if (!q) return s;
  *result = PutResult::kAdded;
  if (q->bind(a.meta.id).step(&s)) {
    int64_t old = q->i64(0);
    if (static_cast<uint64_t>(q->i64(1)) == hash) {
      *result = PutResult::kUnchanged;
    } else {
      *result = PutResult::kReplaced;
      q->reset();
      if (!(s = DetachArticle(old)).ok() || !(s = DeleteArticleRows(old)).ok()) return s;
    }
  }
  q->reset();
  if (s.ok() && *result != PutResult::kUnchanged) {
    int64_t article = 0;
    s = InsertArticle(a, &article);
    if (s.ok()) {
      std::vector<LinkInput> link;
      const size_t n = a.entities.size();
      const bool prepared =
          a.surfaces.size() == n && a.parsed_names.size() == n && a.entity_keys.size() == n;
      for (size_t i = 0; i < n; ++i) {
        const ExtractedEntity& e = a.entities[i];
        LinkInput le{static_cast<int32_t>(i), e.type, e.name, {}, 0, nullptr, nullptr, {}};
        le.mentions = static_cast<int64_t>(e.mentions.size());
        le.surfaces = prepared ? a.surfaces[i] : NameSurfaces(a, e);
        if (a.person_titles.size() == n)
          le.titles = a.person_titles[i];
        else if (e.type == EntityType::kPerson)
          le.titles = TitleKeys(e.roles);
        if (prepared && IsActorType(e.type)) {
          le.parsed = &a.parsed_names[i];
          le.keys = &a.entity_keys[i];
        }
        link.push_back(std::move(le));
      }
      ArticleLinks links;
      s = LinkArticle(article, a.meta.id, link, &links);
      if (s.ok()) s = InsertExtraction(article, a, links);
    }
  }
  if (own_txn) return s.ok() ? Commit() : Abort(s);
  return s;
}

Status SqliteStore::InsertArticle(const ExtractedArticle& a, int64_t* article) {
  Status s;
  int64_t source = 0;
  if (!a.meta.source.empty() && !(s = Intern(a.meta.source, &source)).ok()) return s;
  const uint64_t sh = a.content_hash ? a.simhash : SimHash(a.input);
  Stmt* ins = db_.prepare(
      "INSERT INTO articles(ext_id, hash, source, url, title, date, ingested, size, body, extra,"
      " simhash) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
      &s);
  if (!ins) return s;
  ins->bind(a.meta.id).bind(
      static_cast<int64_t>(a.content_hash ? a.content_hash : ContentHash(a.input)));
  if (source)
    ins->bind(source);
  else
    ins->bind_null();
  auto opt = [&](const std::string& v) {
    if (v.empty())
      ins->bind_null();
    else
      ins->bind(v);
  };
  opt(a.meta.url);
  opt(a.meta.title);
  opt(a.meta.date);
  ins->bind(static_cast<int64_t>(std::time(nullptr))).bind(static_cast<int64_t>(a.input.size()));
  ins->bind_blob(a.content_hash ? a.compressed_input : Compress(a.input));
  opt(a.meta.extra_json);
  ins->bind(static_cast<int64_t>(sh));
  if (!(s = ins->run()).ok()) return s;
  *article = sqlite3_last_insert_rowid(db_.handle());
  if (sh == 0) return s;
  int64_t dup = 0;
  if (!(s = FindDuplicate(*article, sh, &dup)).ok()) return s;
  if (dup) {
    Stmt* up = db_.prepare("UPDATE articles SET dup_of=? WHERE id=?", &s);
    if (!up || !(s = up->bind(dup).bind(*article).run()).ok()) return s;
  }
  Stmt* band = db_.prepare("INSERT OR IGNORE INTO simhash_bands(band, article) VALUES(?,?)", &s);
  if (!band) return s;
  for (int b = 0; b < 4; ++b) {
    int64_t key = (int64_t(b) << 16) | int64_t((sh >> (16 * b)) & 0xffff);
    if (!(s = band->reset().bind(key).bind(*article).run()).ok()) return s;
  }
  return s;
}

Status SqliteStore::FindDuplicate(int64_t article, uint64_t sh, int64_t* dup_of) {
  Status s;
  // In the band's key order (b.article, which is a.id): no sort, no temporary table.
  Stmt* q = db_.prepare(
      "SELECT a.id, a.simhash, a.dup_of FROM simhash_bands b JOIN articles a ON a.id=b.article"
      " WHERE b.band=? AND b.article<>? ORDER BY b.article LIMIT 200",
      &s);
  if (!q) return s;
  *dup_of = 0;
  for (int b = 0; b < 4; ++b) {
    int64_t key = (int64_t(b) << 16) | int64_t((sh >> (16 * b)) & 0xffff);
    q->reset().bind(key).bind(article);
    while (q->step(&s)) {
      if (std::popcount(static_cast<uint64_t>(q->i64(1)) ^ sh) > 3) continue;
      int64_t first = q->is_null(2) ? q->i64(0) : q->i64(2);
      if (*dup_of == 0 || first < *dup_of) *dup_of = first;
    }
    if (!s.ok()) return s;
  }
  return s;
}

Status SqliteStore::InsertExtraction(int64_t article, const ExtractedArticle& a,
                                     const ArticleLinks& links) {
  Status s;
  int64_t sid = 0;
  Stmt* rep = db_.prepare("INSERT OR IGNORE INTO repairs VALUES(?,?,?,?,?)", &s);
  if (!rep) return s;
  for (const ExtractedRepair& r : a.repairs) {
    if (!(s = Intern(r.rule, &sid)).ok()) return s;
    if (!(s = rep->reset()
                  .bind(article)
                  .bind(int64_t(r.input.start))
                  .bind(int64_t(r.input.end))
                  .bind(r.text)
                  .bind(sid)
                  .run())
             .ok())
      return s;
  }
  Stmt* ent = db_.prepare(
      "INSERT INTO entities(article, idx, type, name, actor, rule, score, via, spans)"
      " VALUES(?,?,?,?,?,?,?,?,?)",
      &s);
  Stmt* role = ent ? db_.prepare("INSERT OR IGNORE INTO roles VALUES(?,?,?)", &s) : nullptr;
  if (!role) return s;
  const bool prepared = a.mention_spans.size() == a.entities.size();
  int64_t mentions = 0;  // rows of the mentions view the article adds
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const ExtractedEntity& e = a.entities[i];
    int64_t type = 0, name = 0;
    if (!(s = TypeId(e.type, &type)).ok() || !(s = Intern(e.name, &name)).ok()) return s;
    ent->reset().bind(article).bind(int64_t(i)).bind(type).bind(name);
    auto d = links.decisions.find(static_cast<int32_t>(i));
    if (d == links.decisions.end())
      ent->bind_null().bind_null().bind_null().bind_null();
    else
      ent->bind(d->second.actor).bind(d->second.rule).bind(d->second.score).bind(d->second.via);
    const std::string own = prepared ? std::string() : MentionSpans(e);
    const std::string& spans = prepared ? a.mention_spans[i] : own;
    mentions += std::count(spans.begin(), spans.end(), '[') - 1;  // "[[s,e,k],...]"
    if (!(s = ent->bind(spans).run()).ok()) return s;
    for (const std::string& r : e.roles) {
      if (!(s = Intern(r, &sid)).ok()) return s;
      if (!(s = role->reset().bind(article).bind(int64_t(i)).bind(sid).run()).ok()) return s;
    }
  }
  Stmt* total = db_.prepare("UPDATE totals SET n=n+? WHERE what='mentions'", &s);
  if (!total || !(s = total->bind(mentions).run()).ok()) return s;
  Stmt* quote = db_.prepare(
      "INSERT INTO quotes(article, type, start, end, speaker, sm_start, sm_end, cue_start,"
      " cue_end, text_hash, copy_of) VALUES(?,?,?,?,?,?,?,?,?,?,"
      " (SELECT min(id) FROM quotes WHERE text_hash=?10 AND ?10<>0 AND copy_of IS NULL"
      "  AND article<>?1))",
      &s);
  if (!quote) return s;
  for (const ExtractedQuote& q : a.quotes) {
    int64_t h = quote_hash(q.text);
    if (!(s = quote->reset()
                  .bind(article)
                  .bind(int64_t(q.type))
                  .bind(int64_t(q.content.start))
                  .bind(int64_t(q.content.end))
                  .bind(int64_t(q.speaker))
                  .bind(int64_t(q.speaker_mention.start))
                  .bind(int64_t(q.speaker_mention.end))
                  .bind(int64_t(q.cue.start))
                  .bind(int64_t(q.cue.end))
                  .bind(h)
                  .run())
             .ok())
      return s;
    if (q.parts.size() < 2) continue;
    const int64_t id = sqlite3_last_insert_rowid(db_.handle());
    Stmt* part = db_.prepare("INSERT INTO quote_parts VALUES(?,?,?,?)", &s);
    if (!part) return s;
    for (size_t i = 0; i < q.parts.size(); ++i)
      if (!(s = part->reset()
                    .bind(id)
                    .bind(int64_t(i))
                    .bind(int64_t(q.parts[i].start))
                    .bind(int64_t(q.parts[i].end))
                    .run())
               .ok())
        return s;
  }
  Stmt* rel = db_.prepare("INSERT INTO relations VALUES(?,?,?,?,?,?,?,?)", &s);
  if (!rel) return s;
  for (size_t i = 0; i < a.relations.size(); ++i) {
    const ExtractedRelation& r = a.relations[i];
    if (!(s = Intern(r.type, &sid)).ok()) return s;
    if (!(s = rel->reset()
                  .bind(article)
                  .bind(int64_t(i))
                  .bind(int64_t(r.subject))
                  .bind(sid)
                  .bind(int64_t(r.object))
                  .bind(int64_t(r.evidence.start))
                  .bind(int64_t(r.evidence.end))
                  .bind(int64_t(r.from_gazetteer))
                  .run())
             .ok())
      return s;
  }
  return s;
}

Status SqliteStore::DeleteArticleRows(int64_t article) {
  Status s;
  for (const char* sql :
       {"DELETE FROM simhash_bands WHERE article=?1 AND band IN (SELECT band FROM simhash_bands"
        " WHERE article=?1)",
        "DELETE FROM repairs WHERE article=?",
        "UPDATE totals SET n=n-(SELECT coalesce(sum(json_array_length(spans)), 0) FROM entities"
        " WHERE article=?1) WHERE what='mentions'",
        "DELETE FROM entities WHERE article=?", "DELETE FROM roles WHERE article=?",
        "UPDATE quotes SET copy_of=NULL WHERE copy_of IN (SELECT id FROM quotes WHERE article=?)",
        "DELETE FROM quote_parts WHERE quote IN (SELECT id FROM quotes WHERE article=?)",
        "DELETE FROM quotes WHERE article=?", "DELETE FROM relations WHERE article=?",
        "UPDATE articles SET dup_of=NULL WHERE dup_of=?", "DELETE FROM articles WHERE id=?"}) {
    Stmt* q = db_.prepare(sql, &s);
    if (!q || !(s = q->bind(article).run()).ok()) return s;
  }
  return s;
}

}  // namespace newsgraph::store
