// SqliteStore: the actor network (an actor's neighbourhood, the whole graph) and the export
// streams. Edges are relations between linked entities and quotations (a speaker's quote that
// names another actor), aggregated per (source, target, type) with their articles and dates.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "store/sqlite_store.h"

namespace newsgraph::store {
namespace {

using EdgeKey = std::tuple<int64_t, int64_t, std::string>;

struct EdgeAcc {
  int64_t count = 0;
  std::set<std::string> articles;
  std::string first, last;
};

void add_edge(std::map<EdgeKey, EdgeAcc>& edges, int64_t src, int64_t dst, const std::string& type,
              const std::string& article, const std::string& date) {
  EdgeAcc& e = edges[{src, dst, type}];
  ++e.count;
  e.articles.insert(article);
  if (!date.empty()) {
    if (e.first.empty() || date < e.first) e.first = date;
    if (e.last.empty() || date > e.last) e.last = date;
  }
}

// Relation edges, then quotation edges; `where` filters on es.actor / eo.actor (relations) or
// e.actor / me.actor (quotations), with ?1 the actor when given.
constexpr const char* kRelationEdges =
    "SELECT es.actor, eo.actor, t.s, a.ext_id, a.date FROM relations r"
    " JOIN entities es ON es.article=r.article AND es.idx=r.subject"
    " JOIN entities eo ON eo.article=r.article AND eo.idx=r.object"
    " JOIN strings t ON t.id=r.type JOIN articles a ON a.id=r.article"
    " WHERE es.actor IS NOT NULL AND eo.actor IS NOT NULL AND es.actor<>eo.actor";
constexpr const char* kQuoteEdges =
    "SELECT DISTINCT q.id, e.actor, me.actor, a.ext_id, a.date FROM quotes q"
    " JOIN entities e ON e.article=q.article AND e.idx=q.speaker"
    " JOIN mentions m ON m.article=q.article AND m.start>=q.start AND m.end<=q.end"
    " JOIN entities me ON me.article=m.article AND me.idx=m.entity"
    " JOIN articles a ON a.id=q.article"
    " WHERE q.copy_of IS NULL AND e.actor IS NOT NULL AND me.actor IS NOT NULL"
    " AND me.actor<>e.actor";

}  // namespace

Status SqliteStore::WholeGraph(Graph* out) {
  SnapshotRelease release(&db_);
  *out = Graph();
  Status s;
  Stmt* n = db_.prepare(
      "SELECT a.id, n.s, t.s, a.articles, a.mentions FROM actors a JOIN strings n ON n.id=a.name"
      " JOIN strings t ON t.id=a.type ORDER BY a.id",
      &s);
  if (!n) return s;
  while (n->step(&s))
    out->nodes.push_back({ActorIdString(n->i64(0)), n->str(1), n->str(2), n->i64(3), n->i64(4)});
  std::map<EdgeKey, EdgeAcc> edges;
  Stmt* r = s.ok() ? db_.prepare(kRelationEdges, &s) : nullptr;
  if (!r) return s;
  while (r->step(&s)) add_edge(edges, r->i64(0), r->i64(1), r->str(2), r->str(3), r->str(4));
  Stmt* q = s.ok() ? db_.prepare(kQuoteEdges, &s) : nullptr;
  if (!q) return s;
  while (q->step(&s)) add_edge(edges, q->i64(1), q->i64(2), "quotes", q->str(3), q->str(4));
  for (auto& [key, acc] : edges)
    out->edges.push_back({ActorIdString(std::get<0>(key)), ActorIdString(std::get<1>(key)),
                          std::get<2>(key), acc.count,
                          std::vector<std::string>(acc.articles.begin(), acc.articles.end()),
                          acc.first, acc.last, int64_t(acc.articles.size())});
  return s;
}

Status SqliteStore::NeighbourhoodFromFacts(const std::string& actor, int depth, int limit,
                                           Graph* out) {
  *out = Graph();
  int64_t start = 0;
  Status s = ResolveActor(actor, &start);
  if (!s.ok()) return s;
  const std::string rel = kRelationEdges;
  const std::string quo = kQuoteEdges;
  Stmt* rs = db_.prepare(rel + " AND es.actor=?1", &s);
  Stmt* ro = rs ? db_.prepare(rel + " AND eo.actor=?1", &s) : nullptr;
  Stmt* qs = ro ? db_.prepare(quo + " AND e.actor=?1", &s) : nullptr;
  Stmt* qa = qs ? db_.prepare(quo + " AND me.actor=?1", &s) : nullptr;
  if (!qa) return s;
  std::map<EdgeKey, EdgeAcc> edges;
  std::set<int64_t> seen{start};
  std::vector<int64_t> frontier{start};
  for (int d = 0; d < std::max(depth, 1) && !frontier.empty(); ++d) {
    std::map<EdgeKey, EdgeAcc> found;
    for (int64_t a : frontier) {
      for (Stmt* st : {rs, ro}) {
        st->reset().bind(a);
        while (st->step(&s))
          add_edge(found, st->i64(0), st->i64(1), st->str(2), st->str(3), st->str(4));
      }
      for (Stmt* st : {qs, qa}) {
        st->reset().bind(a);
        while (st->step(&s))
          add_edge(found, st->i64(1), st->i64(2), "quotes", st->str(3), st->str(4));
      }
      if (!s.ok()) return s;
    }
    // Strongest edges first; new nodes until the limit.
    std::vector<std::pair<int64_t, EdgeKey>> order;
    for (auto& [k, acc] : found) order.emplace_back(-acc.count, k);
    std::sort(order.begin(), order.end());
    std::vector<int64_t> next;
    for (auto& [neg, k] : order) {
      int64_t other = seen.count(std::get<0>(k)) ? std::get<1>(k) : std::get<0>(k);
      if (!seen.count(other)) {
        if (int(seen.size()) >= limit) continue;
        seen.insert(other);
        next.push_back(other);
      }
      if (seen.count(std::get<0>(k)) && seen.count(std::get<1>(k))) edges[k] = found[k];
    }
    frontier = std::move(next);
  }
  for (int64_t id : seen) {
    ActorSummary sum;
    if (!(s = Summary(id, &sum)).ok()) return s;
    out->nodes.push_back(std::move(sum));
  }
  for (auto& [key, acc] : edges)
    out->edges.push_back({ActorIdString(std::get<0>(key)), ActorIdString(std::get<1>(key)),
                          std::get<2>(key), acc.count,
                          std::vector<std::string>(acc.articles.begin(), acc.articles.end()),
                          acc.first, acc.last, int64_t(acc.articles.size())});
  return s;
}

Status SqliteStore::ForEachActor(const std::function<void(const ActorDetail&)>& fn) {
  SnapshotRelease release(&db_);
  Status s;
  Stmt* a = db_.prepare(
      "SELECT a.id, n.s, t.s, a.articles, a.mentions FROM actors a JOIN strings n ON n.id=a.name"
      " JOIN strings t ON t.id=a.type ORDER BY a.id",
      &s);
  Stmt* names = a ? db_.prepare(
                        "SELECT s.s FROM actor_names n JOIN strings s ON s.id=n.name WHERE"
                        " n.actor=? ORDER BY n.count DESC, s.s",
                        &s)
                  : nullptr;
  Stmt* roles = names ? db_.prepare(
                            "SELECT DISTINCT rs.s FROM entities e JOIN roles r ON"
                            " r.article=e.article AND r.entity=e.idx JOIN strings rs ON"
                            " rs.id=r.role WHERE e.actor=? ORDER BY rs.s",
                            &s)
                      : nullptr;
  if (!roles) return s;
  ActorDetail d;
  while (a->step(&s)) {
    d = ActorDetail();
    d.actor = {ActorIdString(a->i64(0)), a->str(1), a->str(2), a->i64(3), a->i64(4)};
    names->reset().bind(a->i64(0));
    while (names->step(&s))
      if (names->str(0) != d.actor.name) d.aliases.push_back({names->str(0), 0});
    roles->reset().bind(a->i64(0));
    while (roles->step(&s)) d.roles.push_back({roles->str(0), "", ""});
    if (!s.ok()) return s;
    fn(d);
  }
  return s;
}

Status SqliteStore::ForEachMention(const std::function<void(const MentionRow&)>& fn) {
  SnapshotRelease release(&db_);
  Status s;
  Stmt* q = db_.prepare(
      "SELECT m.article, a.ext_id, e.actor, m.start, m.end FROM mentions m JOIN entities e ON"
      " e.article=m.article AND e.idx=m.entity JOIN articles a ON a.id=m.article"
      " WHERE e.actor IS NOT NULL ORDER BY m.article, m.start, m.end",
      &s);
  if (!q) return s;
  int64_t current = -1;
  ArticleView view;
  std::vector<ExtractedRepair> repairs;
  while (q->step(&s)) {
    if (q->i64(0) != current) {
      current = q->i64(0);
      Status ls = LoadArticle(current, &view, &repairs);
      if (!ls.ok()) return ls;
    }
    MentionRow row{
        q->str(1), ActorIdString(q->i64(2)), {uint32_t(q->i64(3)), uint32_t(q->i64(4))}, ""};
    row.text = RepairedSlice(view.input, repairs, row.span);
    fn(row);
  }
  return s;
}

Status SqliteStore::ForEachQuote(const std::function<void(const QuoteRow&)>& fn) {
  SnapshotRelease release(&db_);
  QuoteFilter f;
  f.limit = INT32_MAX;
  std::vector<QuoteRow> rows;
  Status s = Quotes(f, &rows);
  if (s.ok())
    for (const QuoteRow& r : rows) fn(r);
  return s;
}

Status SqliteStore::ForEachRelation(const std::function<void(const RelationRow&)>& fn) {
  SnapshotRelease release(&db_);
  RelationFilter f;
  f.limit = INT32_MAX;
  std::vector<RelationRow> rows;
  Status s = Relations(f, &rows);
  if (s.ok())
    for (const RelationRow& r : rows) fn(r);
  return s;
}

}  // namespace newsgraph::store
