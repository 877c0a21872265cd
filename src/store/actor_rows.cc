// SqliteStore: an actor's rows as entities join and leave it: creating an actor, attaching an
// entity (name forms, counts, blocking keys), refreshing the display name, detaching an
// article's entities (the reverse of attaching, removing actors left empty), and reading an
// article's entities back from their rows.
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>

#include "store/sqlite_store.h"

namespace newsgraph::store {

Status SqliteStore::NewActor(EntityType type, const std::string& name, int64_t mentions,
                             int64_t* actor) {
  Status s;
  int64_t type_id = 0, name_id = 0;
  if (!(s = TypeId(type, &type_id)).ok() || !(s = Intern(name, &name_id)).ok()) return s;
  Stmt* q = db_.prepare("INSERT INTO actors(name, type, articles, mentions) VALUES(?,?,1,?)", &s);
  if (!q || !(s = q->bind(name_id).bind(type_id).bind(mentions).run()).ok()) return s;
  *actor = sqlite3_last_insert_rowid(db_.handle());
  // The new actor's mirror, so that linking the rest of the batch needs no read of its rows.
  CandidateInfo& info = info_cache_[*actor];
  info = CandidateInfo();
  info.type = type;
  info.name = name_id;
  return s;
}

Status SqliteStore::AttachEntity(int64_t article, const LinkInput& e, const ParsedName& name,
                                 int64_t actor, bool first_in_article, const std::string& rule,
                                 double score, const std::string& via, bool file_keys,
                                 bool* new_form) {
  (void)name;  // keys come from the entity's name and surfaces (entity_keys)
  Status s;
  (void)article;
  (void)rule;
  (void)score;
  (void)via;
  int64_t sid = 0;
  // Name forms, each counted once per entity. A cached actor's counts wait in pending_names_
  // (its mirror says whether a form is new); another's are written now: an update, or an
  // insert of a new form.
  std::map<std::string, int64_t> forms;
  for (const std::string& form : e.surfaces) ++forms[form];
  if (forms.empty()) forms[e.name] = 1;
  auto cached = info_cache_.find(actor);
  Stmt* upd = nullptr;
  Stmt* ins = nullptr;
  if (cached == info_cache_.end()) {
    upd = db_.prepare("UPDATE actor_names SET count=count+? WHERE actor=? AND name=?", &s);
    ins = upd ? db_.prepare("INSERT INTO actor_names(actor, name, count) VALUES(?,?,?)", &s)
              : nullptr;
    if (!ins) return s;
  }
  for (const auto& [form, n] : forms) {
    if (!(s = Intern(form, &sid)).ok()) return s;
    if (!upd) {
      if (!cached->second.names.count(form)) *new_form = true;
      pending_names_[{actor, sid}] += n;
      continue;
    }
    if (!(s = upd->reset().bind(n).bind(actor).bind(sid).run()).ok()) return s;
    if (sqlite3_changes(db_.handle()) != 0) continue;
    *new_form = true;
    if (!(s = ins->reset().bind(actor).bind(sid).bind(n).run()).ok()) return s;
  }
  if (cached != info_cache_.end()) {
    for (const auto& [form, n] : forms) {
      CandidateInfo& info = cached->second;
      const bool in_sync = info.parsed.size() == info.names.size();
      auto [it, added] = info.names.try_emplace(form, 0);
      it->second += n;
      // Keep the parsed forms in step (same order as names) rather than parsing all again.
      if (added && in_sync)
        info.parsed.insert(info.parsed.begin() + std::distance(info.names.begin(), it),
                           Parsed(info.type, form));
      else if (added)
        info.parsed.clear();
    }
    cached->second.mentions += e.mentions;
    cached->second.articles += first_in_article ? 1 : 0;
  }
  if (file_keys) {
    // A key stays with the actor while some entity linked to it has it (count: those
    // entities); DetachArticle takes an entity's keys back. Its list in key_cache_ (loaded
    // here if need be) holds the actor from now on, so the row can wait in pending_keys_.
    std::vector<std::string> computed;
    if (!e.keys) computed = EntityKeys(e.type, e.name, e.surfaces);
    for (const std::string& key : e.keys ? *e.keys : computed) {
      CachedKey* cached = nullptr;
      if (!(s = KeyEntry(key, &cached)).ok()) return s;
      std::vector<int64_t>& list = cached->actors;
      auto at = std::lower_bound(list.begin(), list.end(), actor);
      if (at == list.end() || *at != actor) list.insert(at, actor);
      if (cached->sid == 0 && !(s = Intern(key, &cached->sid)).ok()) return s;
      ++pending_keys_[{actor, cached->sid}];
    }
  }
  return s;
}

Status SqliteStore::FlushPendingRows(int64_t a, int64_t b) {
  // Each pending map, keyed (actor, row), is written by one upsert statement in the order of
  // its table's key; the rows written go.
  using Pending = std::map<std::pair<int64_t, int64_t>, int64_t>;
  auto flush = [&](const char* sql, Pending& rows, bool actor_first) {
    Status s;
    if (rows.empty()) return s;
    Stmt* q = db_.prepare(sql, &s);
    if (!q) return s;
    std::vector<std::pair<std::pair<int64_t, int64_t>, int64_t>> out;  // (table key, count)
    auto take = [&](Pending::iterator from, Pending::iterator to) {
      for (auto it = from; it != to; ++it)
        out.push_back(
            {actor_first ? it->first : std::pair(it->first.second, it->first.first), it->second});
      rows.erase(from, to);
    };
    if (a == 0 && b == 0) {
      take(rows.begin(), rows.end());
    } else {
      for (int64_t actor : {a, b})
        if (actor > 0)
          take(rows.lower_bound({actor, INT64_MIN}), rows.lower_bound({actor + 1, INT64_MIN}));
    }
    std::sort(out.begin(), out.end());
    for (const auto& [row, n] : out)
      if (!(s = q->reset().bind(row.first).bind(row.second).bind(n).run()).ok()) return s;
    return s;
  };
  Status s = flush(
      "INSERT INTO actor_names(actor, name, count) VALUES(?,?,?)"
      " ON CONFLICT(actor, name) DO UPDATE SET count=count+excluded.count",
      pending_names_, true);
  if (!s.ok()) return s;
  return flush(
      "INSERT INTO actor_keys(key, actor, count) VALUES(?,?,?)"
      " ON CONFLICT(key, actor) DO UPDATE SET count=count+excluded.count",
      pending_keys_, false);
}

Status SqliteStore::AddActorCounts(int64_t actor, int64_t mentions, int64_t articles) {
  if (mentions == 0 && articles == 0) return Status();
  Status s;
  Stmt* up =
      db_.prepare("UPDATE actors SET mentions=mentions+?, articles=articles+? WHERE id=?", &s);
  return up ? up->bind(mentions).bind(articles).bind(actor).run() : s;
}

Status SqliteStore::FlushActorCounts(int64_t only) {
  Status s;
  auto it = only > 0 ? pending_actors_.find(only) : pending_actors_.begin();
  auto end = only > 0 && it != pending_actors_.end() ? std::next(it) : pending_actors_.end();
  for (; it != end; ++it) {
    auto& [actor, added] = *it;
    if (!(s = AddActorCounts(actor, added.first, added.second)).ok()) return s;
    added = {0, 0};
  }
  return s;
}

Status SqliteStore::RefreshActorName(int64_t actor, int64_t mentions, int64_t articles) {
  const CandidateInfo* info_ptr = nullptr;
  Status s = Candidate(actor, &info_ptr);
  if (!s.ok()) return s;
  const CandidateInfo& info = *info_ptr;
  if (info.names.empty()) return AddActorCounts(actor, mentions, articles);
  // The most used form (ties: the first in byte order); for a person, the most used form with
  // a given name and a surname, when there is one.
  const std::vector<ParsedName>& forms = Forms(info);  // parsed once, in the order of names
  const std::string* best = nullptr;
  int64_t best_count = -1;
  for (int pass = 0; pass < 2 && best_count < 0; ++pass) {
    size_t i = 0;
    for (auto it = info.names.begin(); it != info.names.end(); ++it, ++i) {
      if (pass == 0 && (info.type != EntityType::kPerson || forms[i].tokens.size() < 2)) continue;
      if (it->second > best_count) best = &it->first, best_count = it->second;
    }
  }
  int64_t id = 0;
  if (!(s = Intern(*best, &id)).ok() || (id == info.name && mentions == 0 && articles == 0))
    return s;
  Stmt* q = db_.prepare(
      "UPDATE actors SET name=?, mentions=mentions+?, articles=articles+? WHERE id=?", &s);
  if (!q || !(s = q->bind(id).bind(mentions).bind(articles).bind(actor).run()).ok()) return s;
  info_cache_[actor].name = id;  // the mirror Candidate returned
  return s;
}

Status SqliteStore::DetachArticle(int64_t article, int64_t only_actor) {
  Status s = FlushActorCounts();  // the rows are counted down and recounted below
  if (!s.ok() || !(s = FlushPendingRows()).ok()) return s;
  ClearCaches();
  std::vector<LinkInput> entities;
  s = StoredEntities(article, &entities);
  if (!s.ok()) return s;
  Stmt* get = db_.prepare(
      "SELECT e.actor, r.s FROM entities e LEFT JOIN strings r ON r.id=e.rule"
      " WHERE e.article=? AND e.idx=?",
      &s);
  if (!get) return s;
  std::set<int64_t> touched;
  for (const LinkInput& e : entities) {
    get->reset().bind(article).bind(int64_t(e.idx));
    if (!get->step(&s) || get->is_null(0)) {
      if (!s.ok()) return s;
      continue;
    }
    int64_t actor = get->i64(0), sid = 0;
    const std::string rule = get->str(1);
    get->reset();
    if (only_actor && actor != only_actor) continue;
    touched.insert(actor);
    if (rule != "namesake-in-article" && rule != "ambiguous-surname") {  // it filed its keys
      Stmt* k = db_.prepare(
          "UPDATE actor_keys SET count=count-1 WHERE actor=? AND key=(SELECT id FROM strings"
          " WHERE s=?)",
          &s);
      if (!k) return s;
      for (const std::string& key : EntityKeys(e.type, e.name, e.surfaces))
        if (!(s = k->reset().bind(actor).bind(key).run()).ok()) return s;
    }
    Stmt* nm = db_.prepare(
        "UPDATE actor_names SET count=count-1 WHERE actor=? AND name=(SELECT id FROM strings"
        " WHERE s=?)",
        &s);
    if (!nm) return s;
    const std::vector<std::string> one{e.name};
    for (const std::string& form : e.surfaces.empty() ? one : e.surfaces)
      if (!(s = nm->reset().bind(actor).bind(form).run()).ok()) return s;  // one per mention
    Stmt* m = db_.prepare("UPDATE actors SET mentions=mentions-? WHERE id=?", &s);
    if (!m || !(s = m->bind(e.mentions).bind(actor).run()).ok()) return s;
    Stmt* clear = db_.prepare(
        "UPDATE entities SET actor=NULL, rule=NULL, score=NULL, via=NULL WHERE article=? AND idx=?",
        &s);
    if (!clear || !(s = clear->bind(article).bind(int64_t(e.idx)).run()).ok()) return s;
    (void)sid;
  }
  for (int64_t actor : touched) {
    for (const char* sql :
         {"DELETE FROM actor_names WHERE actor=? AND count<=0",
          "DELETE FROM actor_keys WHERE actor=? AND count<=0",
          "UPDATE actors SET articles=(SELECT count(DISTINCT article) FROM entities WHERE"
          " actor=?1) WHERE id=?1"}) {
      Stmt* q = db_.prepare(sql, &s);
      if (!q || !(s = q->bind(actor).run()).ok()) return s;
    }
    Stmt* gone = db_.prepare("SELECT articles FROM actors WHERE id=?", &s);
    if (!gone) return s;
    bool empty = gone->bind(actor).step(&s) && gone->i64(0) == 0;
    gone->reset();
    if (empty) {
      for (const char* sql :
           {"DELETE FROM actors WHERE id=?", "DELETE FROM actor_names WHERE actor=?",
            "DELETE FROM actor_keys WHERE actor=?"}) {
        Stmt* q = db_.prepare(sql, &s);
        if (!q || !(s = q->bind(actor).run()).ok()) return s;
      }
    } else if (!(s = RefreshActorName(actor)).ok()) {
      return s;
    }
  }
  return s;
}

// An article's entities as the linker sees them, from the stored rows (for a relink, a detach
// and a recount of keys).
Status SqliteStore::StoredEntities(int64_t article, std::vector<LinkInput>* out) {
  out->clear();
  Status s;
  Stmt* q = db_.prepare(
      "SELECT e.idx, t.s, n.s FROM entities e JOIN strings t ON t.id=e.type"
      " JOIN strings n ON n.id=e.name WHERE e.article=? ORDER BY e.idx",
      &s);
  if (!q) return s;
  q->bind(article);
  while (q->step(&s)) {
    LinkInput e;
    e.idx = static_cast<int32_t>(q->i64(0));
    if (!ParseEntityType(q->str(1), &e.type)) e.type = EntityType::kMisc;
    e.name = q->str(2);
    out->push_back(std::move(e));
  }
  if (!s.ok() || out->empty()) return s;
  ArticleView view;
  std::vector<ExtractedRepair> repairs;
  if (!(s = LoadArticle(article, &view, &repairs)).ok()) return s;
  Stmt* m = db_.prepare("SELECT entity, start, end, kind FROM mentions WHERE article=?", &s);
  if (!m) return s;
  m->bind(article);
  while (m->step(&s)) {
    size_t idx = static_cast<size_t>(m->i64(0));
    auto it = std::lower_bound(out->begin(), out->end(), idx,
                               [](const LinkInput& e, size_t i) { return size_t(e.idx) < i; });
    if (it == out->end() || size_t(it->idx) != idx) continue;
    ++it->mentions;
    if (m->i64(3) == static_cast<int64_t>(MentionKind::kName))
      it->surfaces.push_back(
          RepairedSlice(view.input, repairs,
                        {static_cast<uint32_t>(m->i64(1)), static_cast<uint32_t>(m->i64(2))}));
  }
  if (!s.ok()) return s;
  // Person titles, as Put computes them from the extracted roles.
  std::map<int32_t, std::vector<std::string>> roles;
  Stmt* r = db_.prepare(
      "SELECT r.entity, s.s FROM roles r JOIN strings s ON s.id=r.role WHERE r.article=?", &s);
  if (!r) return s;
  r->bind(article);
  while (r->step(&s)) roles[static_cast<int32_t>(r->i64(0))].push_back(r->str(1));
  for (LinkInput& e : *out) {
    auto it = roles.find(e.idx);
    if (it != roles.end() && e.type == EntityType::kPerson) e.titles = TitleKeys(it->second);
  }
  return s;
}

}  // namespace newsgraph::store
