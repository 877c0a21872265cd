// SqliteStore: the actor_edges table, the actor network precomputed for fast neighbourhoods.
//
// One row per (source actor, target actor, type): the relations between linked entities and
// the quotations (a speaker's first-copy quote naming another actor) of every article, with
// the number of facts, of articles, the first and last article dates and the first articles
// (internal ids, ascending). It holds exactly what graph.cc's WholeGraph computes from the
// facts; edges_test checks that after ingest, replace, merge, split and rebuild. Below it,
// actor_edge_facts holds each article's part (facts per edge key), so that a change costs in
// proportion to the articles it touches, never to the size of the actors they name.
//
// Maintenance is one step, UpdateEdges, run by Commit inside the writer's transaction. TEMP
// triggers on the writer's own connection (nothing is added to the file for other programs)
// note every article that was added or deleted, whose entities were relinked, or whose quotes
// changed copy status (entity rows are inserted only with their article: no trigger of their
// own). Each such article's facts are recomputed, and every edge key it had or
// has is summed again from the facts. When the articles changed (replaced, deleted, relinked; not
// new) pass a share of the store, as in a rebuild, everything is recomputed instead.
#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <tuple>

#include "store/sqlite_store.h"

namespace newsgraph::store {
namespace {

constexpr int kSampleArticles = 10;  // article ids kept per edge

// An actor_edges row being summed: facts, articles, date range and the sampled article ids.
struct EdgeRow {
  int64_t count = 0, articles = 0;
  std::string first, last, sample;

  // Adds an article's `n` facts; articles come in ascending id order.
  void add(int64_t article, int64_t n, const std::string& date) {
    count += n;
    if (articles++ < kSampleArticles) {
      if (!sample.empty()) sample += ' ';
      sample += std::to_string(article);
    }
    if (!date.empty() && (first.empty() || date < first)) first = date;
    if (!date.empty() && (last.empty() || date > last)) last = date;
  }
  // The last sampled article id, 0 when none (or the sample does not parse).
  int64_t last_sampled() const {
    const size_t space = sample.rfind(' ');
    const size_t from = space == std::string::npos ? 0 : space + 1;
    int64_t id = 0;
    std::from_chars(sample.data() + from, sample.data() + sample.size(), id);
    return id;
  }
  Status put(Stmt* stmt, int64_t src, int64_t dst, int64_t type) const {
    stmt->bind(src).bind(dst).bind(type).bind(count).bind(articles);
    for (const std::string* d : {&first, &last}) {
      if (d->empty())
        stmt->bind_null();
      else
        stmt->bind(*d);
    }
    return stmt->bind(sample).run();
  }
};

constexpr const char* kEdgeSchema =
    "CREATE TABLE IF NOT EXISTS actor_edges ("
    " src INTEGER NOT NULL, dst INTEGER NOT NULL,"  // actors.id
    " type INTEGER NOT NULL,"                       // strings.id: relation type or "quotes"
    " count INTEGER NOT NULL,"                      // attesting facts
    " articles INTEGER NOT NULL,"                   // distinct articles
    " first TEXT, last TEXT,"                       // article dates, NULL when none dated
    " sample TEXT NOT NULL,"  // the first kSampleArticles articles.id, ascending, space-separated
    " PRIMARY KEY (src, dst, type)) WITHOUT ROWID;"
    "CREATE INDEX IF NOT EXISTS actor_edges_dst ON actor_edges(dst, count DESC);"
    "CREATE TABLE IF NOT EXISTS actor_edge_facts ("
    " src INTEGER NOT NULL, dst INTEGER NOT NULL, type INTEGER NOT NULL,"
    " article INTEGER NOT NULL, count INTEGER NOT NULL,"
    " PRIMARY KEY (src, dst, type, article)) WITHOUT ROWID;"
    "CREATE INDEX IF NOT EXISTS actor_edge_facts_article ON actor_edge_facts(article);";

constexpr const char* kChangeLog =
    "CREATE TEMP TABLE IF NOT EXISTS edges_dirty_articles(id INTEGER PRIMARY KEY);"
    "CREATE TEMP TRIGGER IF NOT EXISTS edges_article_added AFTER INSERT ON main.articles BEGIN"
    " INSERT OR IGNORE INTO edges_dirty_articles VALUES(new.id); END;"
    "CREATE TEMP TRIGGER IF NOT EXISTS edges_entity_relinked AFTER UPDATE OF actor ON"
    " main.entities WHEN old.actor IS NOT new.actor BEGIN"
    " INSERT OR IGNORE INTO edges_dirty_articles VALUES(new.article); END;"
    "CREATE TEMP TRIGGER IF NOT EXISTS edges_entity_deleted AFTER DELETE ON main.entities"
    " BEGIN INSERT OR IGNORE INTO edges_dirty_articles VALUES(old.article); END;"
    "CREATE TEMP TRIGGER IF NOT EXISTS edges_quote_recounted AFTER UPDATE OF copy_of ON"
    " main.quotes WHEN old.copy_of IS NOT new.copy_of BEGIN"
    " INSERT OR IGNORE INTO edges_dirty_articles VALUES(new.article); END;";

// Past this share of the articles changed (and a small store's size), recompute everything.
constexpr double kMaxDirtyShare = 0.3;
constexpr int64_t kMinArticlesForFull = 1000;

}  // namespace

Status SqliteStore::OpenEdgeTable() {
  Status s;
  Stmt* q = db_.prepare(
      "SELECT count(*) FROM sqlite_master WHERE type='table' AND name IN ('actor_edges',"
      " 'actor_edge_facts')",
      &s);
  if (!q) return s;
  has_edge_table_ = q->step(&s) && q->i64(0) == 2;
  q->reset();
  if (!s.ok() || read_only_) return s;
  const bool created = !has_edge_table_;
  if (!(s = db_.exec(kEdgeSchema)).ok() || !(s = db_.exec(kChangeLog)).ok()) return s;
  has_edge_table_ = true;
  if (!created) return s;
  // A store written before the tables existed: fill them now, once.
  if (!(s = Begin()).ok()) return s;
  rebuild_edges_ = true;
  return Commit();
}

Status SqliteStore::ArticleEdges(int64_t article, std::vector<EdgeFact>* out) {
  out->clear();
  Status s;
  std::map<int64_t, int64_t> actor_of;                 // entity idx -> actor
  std::vector<std::pair<int64_t, std::string>> spans;  // entity actor, its entities.spans
  Stmt* e = db_.prepare(
      "SELECT idx, actor, spans FROM entities WHERE article=? AND actor IS NOT NULL", &s);
  if (!e) return s;
  e->bind(article);
  while (e->step(&s)) {
    actor_of[e->i64(0)] = e->i64(1);
    spans.emplace_back(e->i64(1), e->str(2));
  }
  if (!s.ok() || actor_of.size() < 2) return s;
  std::map<std::tuple<int64_t, int64_t, int64_t>, int64_t> counts;
  Stmt* r = db_.prepare("SELECT subject, type, object FROM relations WHERE article=?", &s);
  if (!r) return s;
  r->bind(article);
  while (r->step(&s)) {
    auto a = actor_of.find(r->i64(0)), b = actor_of.find(r->i64(2));
    if (a != actor_of.end() && b != actor_of.end() && a->second != b->second)
      ++counts[{a->second, b->second, r->i64(1)}];
  }
  Stmt* q = s.ok() ? db_.prepare(
                         "SELECT start, end, speaker FROM quotes WHERE article=? AND copy_of IS"
                         " NULL",
                         &s)
                   : nullptr;
  if (!q) return s;
  std::vector<std::tuple<int64_t, int64_t, int64_t>> quotes;  // start, end, speaker actor
  q->bind(article);
  while (q->step(&s)) {
    auto sp = actor_of.find(q->i64(2));
    if (sp != actor_of.end()) quotes.emplace_back(q->i64(0), q->i64(1), sp->second);
  }
  if (!s.ok()) return s;
  if (!quotes.empty()) {
    int64_t quotes_type = 0;
    if (!(s = Intern("quotes", &quotes_type)).ok()) return s;
    std::vector<std::tuple<int64_t, int64_t, int64_t>> named;  // start, end, actor
    std::vector<ExtractedMention> mentions;
    for (const auto& [actor, json] : spans) {
      if (!ParseMentionSpans(json, &mentions))
        return Status::Corruption(db_.path() + ": article " + std::to_string(article) +
                                  ": an entity's mention spans are not readable");
      for (const ExtractedMention& m : mentions)
        named.emplace_back(m.span.start, m.span.end, actor);
    }
    for (const auto& [start, end, speaker] : quotes) {
      std::set<int64_t> in_quote;  // each named actor once per quote
      for (const auto& [ms, me, actor] : named)
        if (ms >= start && me <= end && actor != speaker) in_quote.insert(actor);
      for (int64_t actor : in_quote) ++counts[{speaker, actor, quotes_type}];
    }
  }
  for (const auto& [key, n] : counts)
    out->push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), n});
  return s;
}

Status SqliteStore::SumEdge(int64_t src, int64_t dst, int64_t type) {
  Status s;
  Stmt* facts = db_.prepare(
      "SELECT f.count, f.article, a.date FROM actor_edge_facts f JOIN articles a ON"
      " a.id=f.article WHERE f.src=? AND f.dst=? AND f.type=? ORDER BY f.article",
      &s);
  Stmt* put = facts ? db_.prepare("INSERT OR REPLACE INTO actor_edges VALUES(?,?,?,?,?,?,?,?)", &s)
                    : nullptr;
  Stmt* drop =
      put ? db_.prepare("DELETE FROM actor_edges WHERE src=? AND dst=? AND type=?", &s) : nullptr;
  if (!drop) return s;
  EdgeRow edge;
  facts->bind(src).bind(dst).bind(type);
  while (facts->step(&s)) edge.add(facts->i64(1), facts->i64(0), facts->str(2));
  facts->reset();
  if (!s.ok()) return s;
  if (edge.articles == 0) return drop->bind(src).bind(dst).bind(type).run();
  return edge.put(put, src, dst, type);
}

Status SqliteStore::AddToEdge(const std::tuple<int64_t, int64_t, int64_t>& key,
                              const std::vector<std::pair<int64_t, int64_t>>& added,
                              std::map<int64_t, std::string>* dates, bool* done) {
  *done = false;
  Status s;
  const auto& [src, dst, type] = key;
  Stmt* row = db_.prepare(
      "SELECT count, articles, first, last, sample FROM actor_edges WHERE src=? AND dst=? AND"
      " type=?",
      &s);
  Stmt* date = row ? db_.prepare("SELECT date FROM articles WHERE id=?", &s) : nullptr;
  Stmt* put = date ? db_.prepare("INSERT OR REPLACE INTO actor_edges VALUES(?,?,?,?,?,?,?,?)", &s)
                   : nullptr;
  if (!put) return s;
  EdgeRow edge;
  if (row->bind(src).bind(dst).bind(type).step(&s)) {
    edge.count = row->i64(0);
    edge.articles = row->i64(1);
    edge.first = row->str(2);
    edge.last = row->str(3);
    edge.sample = row->str(4);
  }
  row->reset();
  if (!s.ok()) return s;
  // Only articles after the sampled ones (else the first ones may change: SumEdge does it).
  if (added.empty() || added.front().first <= edge.last_sampled()) return s;
  for (const auto& [article, n] : added) {
    auto known = dates->find(article);
    if (known == dates->end()) {
      std::string got;
      if (date->reset().bind(article).step(&s)) got = date->str(0);
      date->reset();
      if (!s.ok()) return s;
      known = dates->emplace(article, std::move(got)).first;
    }
    edge.add(article, n, known->second);
  }
  s = edge.put(put, src, dst, type);
  *done = s.ok();
  return s;
}

Status SqliteStore::UpdateEdges() {
  if (!has_edge_table_ || read_only_) return Status::OK();
  Status s;
  // New articles only add facts; the others (replaced, deleted, relinked) first take theirs
  // back, which past a share of the store costs more than computing everything again.
  Stmt* counts = db_.prepare(
      "SELECT (SELECT count(*) FROM edges_dirty_articles),"
      " (SELECT count(*) FROM edges_dirty_articles WHERE id<=?), (SELECT count(*) FROM articles)",
      &s);
  if (!counts || !counts->bind(last_article_before_txn_).step(&s)) return s;
  const int64_t dirty = counts->i64(0), changed = counts->i64(1), total = counts->i64(2);
  counts->reset();
  if (dirty == 0 && !rebuild_edges_) return s;
  const bool all = rebuild_edges_ || (total >= kMinArticlesForFull &&
                                      double(changed) > kMaxDirtyShare * double(total));
  std::vector<int64_t> articles;
  Stmt* list = db_.prepare(all ? "SELECT id FROM articles ORDER BY id"
                               : "SELECT id FROM edges_dirty_articles ORDER BY id",
                           &s);
  while (list && list->step(&s)) articles.push_back(list->i64(0));
  if (!s.ok()) return s;
  if (all && (!(s = db_.exec("DELETE FROM actor_edge_facts")).ok() ||
              !(s = db_.exec("DELETE FROM actor_edges")).ok()))
    return s;
  // Each article's facts again. A key an article had is summed again from its facts; a key
  // that only gains facts, from articles after all of its own (new articles), is added to
  // (AddToEdges), which costs the same however many articles the edge already has.
  using Key = std::tuple<int64_t, int64_t, int64_t>;
  std::set<Key> keys;
  std::map<Key, std::vector<std::pair<int64_t, int64_t>>> gained;  // key -> (article, count)
  Stmt* old = db_.prepare("SELECT src, dst, type FROM actor_edge_facts WHERE article=?", &s);
  Stmt* drop = old ? db_.prepare("DELETE FROM actor_edge_facts WHERE article=?", &s) : nullptr;
  Stmt* add = drop ? db_.prepare("INSERT INTO actor_edge_facts VALUES(?,?,?,?,?)", &s) : nullptr;
  if (!add) return s;
  std::vector<EdgeFact> facts;
  for (int64_t article : articles) {
    if (!all) {
      old->reset().bind(article);
      while (old->step(&s)) keys.emplace(old->i64(0), old->i64(1), old->i64(2));
      if (!s.ok() || !(s = drop->reset().bind(article).run()).ok()) return s;
    }
    if (!(s = ArticleEdges(article, &facts)).ok()) return s;
    for (const EdgeFact& f : facts) {
      if (all)
        keys.emplace(f.src, f.dst, f.type);
      else
        gained[{f.src, f.dst, f.type}].emplace_back(article, f.count);
      if (!(s = add->reset().bind(f.src).bind(f.dst).bind(f.type).bind(article).bind(f.count).run())
               .ok())
        return s;
    }
  }
  std::map<int64_t, std::string> dates;  // article -> date, read once
  for (const auto& [key, added] : gained) {
    if (keys.count(key)) continue;  // summed again below
    bool done = false;
    if (!(s = AddToEdge(key, added, &dates, &done)).ok()) return s;
    if (!done) keys.insert(key);
  }
  for (const auto& [src, dst, type] : keys)
    if (!(s = SumEdge(src, dst, type)).ok()) return s;
  if (!(s = db_.exec("DELETE FROM edges_dirty_articles")).ok()) return s;
  rebuild_edges_ = false;
  return s;
}

Status SqliteStore::Neighbourhood(const std::string& actor, int depth, int limit, Graph* out) {
  SnapshotRelease release(&db_);
  if (!has_edge_table_) return NeighbourhoodFromFacts(actor, depth, limit, out);
  *out = Graph();
  int64_t start = 0;
  Status s = ResolveActor(actor, &start);
  if (!s.ok()) return s;
  // The strongest edges of one actor, each way; at most `limit` each (what a frontier actor
  // can add), so that a hub costs no more than a leaf.
  Stmt* from = db_.prepare(
      "SELECT src, dst, type, count, articles, first, last, sample FROM actor_edges"
      " WHERE src=?1 ORDER BY count DESC LIMIT ?2",
      &s);
  Stmt* to = from ? db_.prepare(
                        "SELECT src, dst, type, count, articles, first, last, sample FROM"
                        " actor_edges WHERE dst=?1 ORDER BY count DESC LIMIT ?2",
                        &s)
                  : nullptr;
  if (!to) return s;
  struct Row {
    int64_t count, articles;
    std::string first, last, sample;
  };
  using Key = std::tuple<int64_t, int64_t, int64_t>;
  std::map<Key, Row> edges;
  std::set<int64_t> seen{start};
  std::vector<int64_t> frontier{start};
  for (int d = 0; d < std::max(depth, 1) && !frontier.empty(); ++d) {
    std::map<Key, Row> found;
    for (int64_t a : frontier) {
      for (Stmt* st : {from, to}) {
        st->reset().bind(a).bind(int64_t{limit});
        while (st->step(&s))
          found[{st->i64(0), st->i64(1), st->i64(2)}] = {st->i64(3), st->i64(4), st->str(5),
                                                         st->str(6), st->str(7)};
      }
      if (!s.ok()) return s;
    }
    std::vector<std::pair<int64_t, Key>> order;  // strongest first; new nodes until the limit
    for (const auto& [k, row] : found) order.emplace_back(-row.count, k);
    std::sort(order.begin(), order.end());
    std::vector<int64_t> next;
    for (const auto& [neg, k] : order) {
      const int64_t a = std::get<0>(k), b = std::get<1>(k);
      const int64_t other = seen.count(a) ? b : a;
      if (!seen.count(other) && int(seen.size()) < limit) {
        seen.insert(other);
        next.push_back(other);
      }
      if (seen.count(a) && seen.count(b)) edges[k] = found[k];
    }
    frontier = std::move(next);
  }
  for (int64_t id : seen) {
    ActorSummary sum;
    if (!(s = Summary(id, &sum)).ok()) return s;
    out->nodes.push_back(std::move(sum));
  }
  Stmt* ext = db_.prepare("SELECT ext_id FROM articles WHERE id=?", &s);
  if (!ext) return s;
  for (const auto& [key, row] : edges) {
    GraphEdge e{ActorIdString(std::get<0>(key)),
                ActorIdString(std::get<1>(key)),
                "",
                row.count,
                {},
                row.first,
                row.last,
                row.articles};
    if (!(s = StringOf(std::get<2>(key), &e.type)).ok()) return s;
    for (size_t i = 0; i < row.sample.size();) {
      size_t space = std::min(row.sample.find(' ', i), row.sample.size());
      if (ext->reset().bind(int64_t{std::stoll(row.sample.substr(i, space - i))}).step(&s))
        e.articles.push_back(ext->str(0));
      i = space + 1;
    }
    if (!s.ok()) return s;
    out->edges.push_back(std::move(e));
  }
  return s;
}

}  // namespace newsgraph::store
