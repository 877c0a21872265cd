// A person's corrections (merge, split, judgements) and the rebuild that recomputes every
// actor. Judgements live in their own table, keyed by names, never by derived actor ids, so
// they survive re-ingest and rebuild.
#include <algorithm>
#include <ctime>

#include "store/sqlite_store.h"

namespace newsgraph::store {
namespace {

const char* judgement_name(Judgement kind) {
  switch (kind) {
    case Judgement::kSame:
      return "same";
    case Judgement::kDifferent:
      return "different";
    case Judgement::kUnsure:
      return "unsure";
  }
  return "unsure";
}

}  // namespace

Status SqliteStore::MergeActors(int64_t keep, int64_t gone) {
  // The caches follow the merge: both actors' mirrors go (reloaded on demand), and every cached
  // key list that held `gone` holds `keep` instead.
  // The merge sums the two rows in SQL.
  Status s = FlushActorCounts(keep);
  if (!s.ok() || !(s = FlushActorCounts(gone)).ok() || !(s = FlushPendingRows(keep, gone)).ok())
    return s;
  Stmt* keys =
      db_.prepare("SELECT s.s FROM actor_keys k JOIN strings s ON s.id=k.key WHERE k.actor=?", &s);
  if (!keys) return s;
  keys->bind(gone);
  while (keys->step(&s)) {
    auto it = key_cache_.find(keys->str(0));
    if (it == key_cache_.end()) continue;
    std::vector<int64_t>& list = it->second.actors;
    list.erase(std::remove(list.begin(), list.end(), gone), list.end());
    auto at = std::lower_bound(list.begin(), list.end(), keep);
    if (at == list.end() || *at != keep) list.insert(at, keep);
  }
  if (!s.ok()) {
    ClearCaches();
    return s;
  }
  info_cache_.erase(keep);
  info_cache_.erase(gone);
  actor_sources_.clear();  // `keep` has the sources of `gone` now
  pending_actors_.erase(gone);
  for (const char* sql :
       {"UPDATE entities SET actor=?1 WHERE actor=?2",
        "INSERT INTO actor_names(actor, name, count) SELECT ?1, name, count FROM actor_names"
        " WHERE actor=?2 ON CONFLICT(actor, name) DO UPDATE SET count=count+excluded.count",
        "INSERT INTO actor_keys(key, actor, count) SELECT key, ?1, count FROM actor_keys"
        " WHERE actor=?2 ON CONFLICT(key, actor) DO UPDATE SET count=count+excluded.count",
        "UPDATE actors SET mentions=mentions+(SELECT mentions FROM actors WHERE id=?2),"
        " articles=(SELECT count(DISTINCT article) FROM entities WHERE actor=?1) WHERE id=?1",
        "DELETE FROM actor_names WHERE actor=?2", "DELETE FROM actor_keys WHERE actor=?2",
        "DELETE FROM actors WHERE id=?2"}) {
    Stmt* q = db_.prepare(sql, &s);
    if (!q || !(s = q->bind(keep).bind(gone).run()).ok()) return s;
  }
  return RefreshActorName(keep);
}

Status SqliteStore::Merge(const std::string& a, const std::string& b) {
  int64_t ia = 0, ib = 0;
  Status s = ResolveActor(a, &ia);
  if (s.ok()) s = ResolveActor(b, &ib);
  if (!s.ok()) return s;
  if (ia == ib) return Status::InvalidArgument(a + " and " + b + " are already one actor");
  ActorSummary sa, sb;
  if (!(s = Summary(ia, &sa)).ok() || !(s = Summary(ib, &sb)).ok()) return s;
  EntityType ta, tb;
  ParseEntityType(sa.type, &ta);
  ParseEntityType(sb.type, &tb);
  if (!(s = Begin()).ok()) return s;
  Stmt* j = db_.prepare("INSERT INTO judgements(kind, a, b, created) VALUES('same',?,?,?)", &s);
  if (j)
    s = j->bind(NameKey(ta, sa.name))
            .bind(NameKey(tb, sb.name))
            .bind(int64_t(std::time(nullptr)))
            .run();
  if (s.ok()) s = MergeActors(ia, ib);
  if (!s.ok()) return Abort(s);
  return Commit();
}

Status SqliteStore::Split(const std::string& actor, const std::string& article) {
  int64_t ia = 0, art = 0;
  Status s = ResolveActor(actor, &ia);
  if (s.ok()) s = ResolveArticle(article, &art);
  if (!s.ok()) return s;
  ActorSummary sa;
  if (!(s = Summary(ia, &sa)).ok()) return s;
  EntityType ta;
  ParseEntityType(sa.type, &ta);
  std::vector<LinkInput> entities;
  if (!(s = StoredEntities(art, &entities)).ok()) return s;
  Stmt* q = db_.prepare("SELECT idx FROM entities WHERE article=? AND actor=?", &s);
  if (!q) return s;
  std::set<int32_t> linked;
  q->bind(art).bind(ia);
  while (q->step(&s)) linked.insert(static_cast<int32_t>(q->i64(0)));
  if (!s.ok()) return s;
  if (linked.empty())
    return Status::InvalidArgument(article + ": no entity of this article is linked to " + actor);
  if (!(s = Begin()).ok()) return s;
  Stmt* j = db_.prepare(
      "INSERT INTO judgements(kind, a, b, article, created) VALUES('different',?,?,?,?)", &s);
  for (const LinkInput& e : entities) {
    if (!j || !s.ok()) break;
    if (linked.count(e.idx))
      s = j->reset()
              .bind(NameKey(e.type, e.name))
              .bind(NameKey(ta, sa.name))
              .bind(article)
              .bind(int64_t(std::time(nullptr)))
              .run();
  }
  if (s.ok()) s = DetachArticle(art, ia);
  if (s.ok()) {
    std::vector<LinkInput> relink;
    for (const LinkInput& e : entities)
      if (linked.count(e.idx)) relink.push_back(e);
    s = LinkArticle(art, article, relink);
  }
  if (!s.ok()) return Abort(s);
  return Commit();
}

Status SqliteStore::Judge(Judgement kind, const std::string& name_a, const std::string& name_b) {
  // A name is judged in the type of the actor that carries it, else as a person.
  auto key = [&](const std::string& name, std::string* out) {
    int64_t id = 0;
    EntityType t = EntityType::kPerson;
    if (ResolveActor(name, &id).ok()) {
      ActorSummary sum;
      if (Summary(id, &sum).ok()) ParseEntityType(sum.type, &t);
    }
    *out = NameKey(t, name);
  };
  std::string ka, kb;
  key(name_a, &ka);
  key(name_b, &kb);
  Status s;
  Stmt* j = db_.prepare("INSERT INTO judgements(kind, a, b, created) VALUES(?,?,?,?)", &s);
  if (!j) return s;
  s = j->bind(judgement_name(kind)).bind(ka).bind(kb).bind(int64_t(std::time(nullptr))).run();
  if (!s.ok() || kind != Judgement::kSame) return s;
  int64_t ia = 0, ib = 0;
  std::string fa = "f:" + ka.substr(ka.find('|') + 1), fb = "f:" + kb.substr(kb.find('|') + 1);
  if (!(s = ActorByKey(fa, &ia)).ok() || !(s = ActorByKey(fb, &ib)).ok()) return s;
  if (!ia || !ib || ia == ib) return s;
  if (!(s = Begin()).ok()) return s;
  s = MergeActors(std::min(ia, ib), std::max(ia, ib));
  if (!s.ok()) return Abort(s);
  return Commit();
}

Status SqliteStore::Rebuild() {
  if (read_only_) return Status::InvalidArgument(db_.path() + ": opened read-only");
  Status s = Begin();
  if (!s.ok()) return s;
  ClearCaches();
  s = db_.exec(
      "DELETE FROM actors; DELETE FROM actor_names; DELETE FROM actor_keys;"
      "UPDATE entities SET actor=NULL, rule=NULL, score=NULL, via=NULL;");
  keys_complete_ = s.ok();  // no key is filed now: the empty key cache is the whole table
  std::vector<std::pair<int64_t, std::string>> articles;
  Stmt* q = s.ok() ? db_.prepare("SELECT id, ext_id FROM articles ORDER BY id", &s) : nullptr;
  if (q) {
    while (q->step(&s)) articles.emplace_back(q->i64(0), q->str(1));
  }
  std::vector<LinkInput> entities;
  for (const auto& [id, ext] : articles) {
    if (!s.ok()) break;
    s = StoredEntities(id, &entities);
    if (s.ok()) s = LinkArticle(id, ext, entities);
  }
  // Same-judgements between names that still stand apart are applied last, in their order.
  std::vector<std::pair<std::string, std::string>> same;
  Stmt* j = s.ok() ? db_.prepare("SELECT a, b FROM judgements WHERE kind='same' ORDER BY id", &s)
                   : nullptr;
  if (j) {
    while (j->step(&s)) same.emplace_back(j->str(0), j->str(1));
  }
  for (const auto& [a, b] : same) {
    if (!s.ok()) break;
    int64_t ia = 0, ib = 0;
    s = ActorByKey("f:" + a.substr(a.find('|') + 1), &ia);
    if (s.ok()) s = ActorByKey("f:" + b.substr(b.find('|') + 1), &ib);
    if (s.ok() && ia && ib && ia != ib) s = MergeActors(std::min(ia, ib), std::max(ia, ib));
  }
  if (!s.ok()) return Abort(s);
  return Commit();
}

namespace {

// The "f:" keys of the names the statement's rows give (column 0).
Status JudgedKeys(Stmt* q, std::vector<std::string>* keys) {
  Status s;
  keys->clear();
  while (q->step(&s)) {
    std::string k = q->str(0);
    keys->push_back("f:" + k.substr(k.find('|') + 1));
  }
  return s;
}

}  // namespace

Status SqliteStore::JudgedDifferent(const std::string& ext_id, const ParsedName& name,
                                    std::vector<std::string>* keys) {
  Status s;
  Stmt* q = db_.prepare(
      "SELECT b FROM judgements WHERE kind='different' AND a=?1 AND (article IS NULL OR article=?2)"
      " UNION SELECT a FROM judgements WHERE kind='different' AND b=?1 AND article IS NULL",
      &s);
  if (!q) return s;
  q->bind(NameKey(name)).bind(ext_id);
  return JudgedKeys(q, keys);
}

Status SqliteStore::JudgedSame(const ParsedName& name, std::vector<std::string>* keys) {
  Status s;
  Stmt* q = db_.prepare(
      "SELECT b FROM judgements WHERE kind='same' AND a=?1 UNION"
      " SELECT a FROM judgements WHERE kind='same' AND b=?1",
      &s);
  if (!q) return s;
  q->bind(NameKey(name));
  return JudgedKeys(q, keys);
}

}  // namespace newsgraph::store
