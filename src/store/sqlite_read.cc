// SqliteStore read queries: actors, articles, quotes, relations. Every query goes through an
// index (actor_keys, entities_actor, quotes_article); none scans the store.
#include <algorithm>
#include <set>
#include <sstream>

#include "store/sqlite_store.h"

namespace newsgraph::store {

bool Decompress(const std::string& in, size_t size, std::string* out);

namespace {

const char* quote_type_name(int64_t t) {
  static const char* kNames[] = {"direct", "indirect", "mixed"};
  return t >= 0 && t < 3 ? kNames[t] : "direct";
}

// The columns every quote query selects, in order (see quote_from_row).
constexpr const char* kQuoteColumns =
    "q.id, q.article, a.ext_id, a.date, q.start, q.end, q.type, q.sm_start, q.sm_end,"
    " q.cue_start, q.cue_end, e.actor, sn.s,"
    " 1 + (SELECT count(*) FROM quotes c WHERE c.copy_of=q.id),"
    " (SELECT group_concat(p.start || ':' || p.end, ' ') FROM quote_parts p WHERE p.quote=q.id)";
constexpr const char* kQuoteJoins =
    " FROM quotes q JOIN articles a ON a.id=q.article"
    " LEFT JOIN entities e ON e.article=q.article AND e.idx=q.speaker"
    " LEFT JOIN actors ac ON ac.id=e.actor LEFT JOIN strings sn ON sn.id=ac.name";

}  // namespace

// Article bodies decompressed for one query, by internal id.
class ArticleCache {
 public:
  explicit ArticleCache(SqliteStore* store) : store_(store) {}
  const ArticleView* get(int64_t id, const std::vector<ExtractedRepair>** repairs);

 private:
  SqliteStore* store_;
  std::map<int64_t, std::pair<ArticleView, std::vector<ExtractedRepair>>> cache_;
  friend class SqliteStore;
};

Status SqliteStore::LoadArticle(int64_t article, ArticleView* view,
                                std::vector<ExtractedRepair>* repairs) {
  Status s;
  Stmt* q = db_.prepare(
      "SELECT a.ext_id, src.s, a.url, a.title, a.date, a.size, a.body, a.extra, d.ext_id"
      " FROM articles a LEFT JOIN strings src ON src.id=a.source"
      " LEFT JOIN articles d ON d.id=a.dup_of WHERE a.id=?",
      &s);
  if (!q) return s;
  if (!q->bind(article).step(&s)) return s.ok() ? Status::NotFound("no such article") : s;
  view->meta = {q->str(0), q->str(1), q->str(2), q->str(3), q->str(4), q->str(7)};
  view->dup_of = q->str(8);
  if (!Decompress(q->blob(6), static_cast<size_t>(q->i64(5)), &view->input))
    return Status::Corruption(db_.path() + ": article '" + view->meta.id + "' text is damaged");
  q->reset();
  repairs->clear();
  Stmt* r = db_.prepare(
      "SELECT r.start, r.end, r.text, s.s FROM repairs r JOIN strings s ON s.id=r.rule"
      " WHERE r.article=? ORDER BY r.start",
      &s);
  if (!r) return s;
  r->bind(article);
  while (r->step(&s))
    repairs->push_back({{uint32_t(r->i64(0)), uint32_t(r->i64(1))}, r->str(2), r->str(3)});
  return s;
}

const ArticleView* ArticleCache::get(int64_t id, const std::vector<ExtractedRepair>** repairs) {
  auto it = cache_.find(id);
  if (it == cache_.end()) {
    if (cache_.size() > 256) cache_.clear();
    auto& slot = cache_[id];
    if (!store_->LoadArticle(id, &slot.first, &slot.second).ok()) slot.first.input.clear();
    it = cache_.find(id);
  }
  *repairs = &it->second.second;
  return &it->second.first;
}

Status SqliteStore::ResolveArticle(const std::string& ext_id, int64_t* article) {
  Status s;
  Stmt* q = db_.prepare("SELECT id FROM articles WHERE ext_id=?", &s);
  if (!q) return s;
  if (q->bind(ext_id).step(&s)) {
    *article = q->i64(0);
    return s;
  }
  return s.ok() ? Status::NotFound("no article '" + ext_id + "' in " + db_.path()) : s;
}

Status SqliteStore::ResolveActor(const std::string& actor, int64_t* id) {
  Status s;
  int64_t v = 0;
  if (ParseActorId(actor, &v)) {
    Stmt* q = db_.prepare("SELECT 1 FROM actors WHERE id=?", &s);
    if (!q) return s;
    if (q->bind(v).step(&s)) {
      *id = v;
      return s;
    }
    if (!s.ok()) return s;
  }
  // An exact display name or alias: the actor that name form stands for most often ("Trump":
  // Donald Trump, not a stray organisation displayed as "Trump"), then the one displayed so,
  // then the most mentioned; else the search of FindActors.
  Stmt* q = db_.prepare(
      "SELECT n.actor FROM strings s JOIN actor_names n ON n.name=s.id JOIN actors a ON"
      " a.id=n.actor WHERE s.s=? ORDER BY n.count DESC, (a.name=s.id) DESC, a.mentions DESC,"
      " a.id LIMIT 1",
      &s);
  if (!q) return s;
  if (q->bind(actor).step(&s)) {
    *id = q->i64(0);
    return s;
  }
  if (!s.ok()) return s;
  std::vector<ActorSummary> found;
  if (!(s = FindActors(actor, "", 1, &found)).ok()) return s;
  if (found.empty()) return Status::NotFound("no actor '" + actor + "' in " + db_.path());
  ParseActorId(found[0].id, id);
  return s;
}

Status SqliteStore::Summary(int64_t actor, ActorSummary* out) {
  Status s;
  Stmt* q = db_.prepare(
      "SELECT n.s, t.s, a.articles, a.mentions FROM actors a JOIN strings n ON n.id=a.name"
      " JOIN strings t ON t.id=a.type WHERE a.id=?",
      &s);
  if (!q) return s;
  if (!q->bind(actor).step(&s))
    return s.ok() ? Status::NotFound("no actor " + ActorIdString(actor)) : s;
  *out = {ActorIdString(actor), q->str(0), q->str(1), q->i64(2), q->i64(3)};
  return s;
}

Status SqliteStore::FindActors(const std::string& text, const std::string& type, int limit,
                               std::vector<ActorSummary>* out) {
  SnapshotRelease release(&db_);
  out->clear();
  Status s;
  std::vector<int64_t> ids;
  if (Fold(text).empty()) {
    Stmt* q = db_.prepare(
        type.empty() ? "SELECT id FROM actors ORDER BY mentions DESC, id LIMIT ?"
                     : "SELECT a.id FROM actors a JOIN strings t ON t.id=a.type WHERE t.s=?"
                       " ORDER BY a.mentions DESC, a.id LIMIT ?",
        &s);
    if (!q) return s;
    if (!type.empty()) q->bind(type);
    q->bind(int64_t(limit));
    while (q->step(&s)) ids.push_back(q->i64(0));
  } else {
    std::set<std::string> forms = {Fold(text), ParseName(EntityType::kPerson, text).full,
                                   ParseName(EntityType::kGpe, text).full};
    Stmt* prefix = db_.prepare(
        "SELECT k.actor FROM strings s JOIN actor_keys k ON k.key=s.id WHERE s.s>=? AND s.s<?"
        " LIMIT 5000",
        &s);
    if (!prefix) return s;
    for (const std::string& f : forms) {
      if (f.empty()) continue;
      for (const std::string& lo : {"f:" + f, "s:" + f, "a:" + f}) {
        std::string hi = lo + "\xff";
        if (lo[0] != 'f') hi = lo + '\x01';  // surnames and acronyms: whole key only
        prefix->reset().bind(lo).bind(hi);
        while (prefix->step(&s)) ids.push_back(prefix->i64(0));
        if (!s.ok()) return s;
      }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  }
  if (!s.ok()) return s;
  for (int64_t id : ids) {
    ActorSummary sum;
    if (!(s = Summary(id, &sum)).ok()) return s;
    if (type.empty() || sum.type == type) out->push_back(std::move(sum));
  }
  std::stable_sort(out->begin(), out->end(), [](const ActorSummary& a, const ActorSummary& b) {
    return a.mentions > b.mentions;
  });
  if (out->size() > size_t(std::max(limit, 0))) out->resize(size_t(std::max(limit, 0)));
  return s;
}

// Fills a QuoteRow from a statement selecting kQuoteColumns.
static QuoteRow quote_from_row(const Stmt& q, ArticleCache& cache) {
  QuoteRow row;
  row.article = q.str(2);
  row.date = q.str(3);
  row.span = {uint32_t(q.i64(4)), uint32_t(q.i64(5))};
  row.type = quote_type_name(q.i64(6));
  const std::vector<ExtractedRepair>* repairs = nullptr;
  const ArticleView* view = cache.get(q.i64(1), &repairs);
  if (q.is_null(14)) {
    row.text = RepairedSlice(view->input, *repairs, row.span);
  } else {
    // "start:end start:end ...", in part order (the primary key's order).
    std::istringstream parts(q.str(14));
    std::string piece;
    while (parts >> piece) {
      size_t colon = piece.find(':');
      if (colon == std::string::npos) continue;
      ByteSpan span{uint32_t(std::stoul(piece.substr(0, colon))),
                    uint32_t(std::stoul(piece.substr(colon + 1)))};
      row.parts.push_back({span, RepairedSlice(view->input, *repairs, span)});
      row.text += (row.text.empty() ? "" : " ") + row.parts.back().text;
    }
  }
  if (!q.is_null(11)) {
    row.speaker = ActorIdString(q.i64(11));
    row.speaker_name = q.str(12);
  } else if (q.i64(8) > q.i64(7)) {
    row.speaker_name =
        RepairedSlice(view->input, *repairs, {uint32_t(q.i64(7)), uint32_t(q.i64(8))});
  }
  if (q.i64(10) > q.i64(9))
    row.cue = RepairedSlice(view->input, *repairs, {uint32_t(q.i64(9)), uint32_t(q.i64(10))});
  row.copies = q.i64(13);
  return row;
}

Status SqliteStore::Quotes(const QuoteFilter& f, std::vector<QuoteRow>* out) {
  SnapshotRelease release(&db_);
  out->clear();
  Status s;
  int64_t speaker = 0, about = 0;
  if (!f.speaker.empty() && !(s = ResolveActor(f.speaker, &speaker)).ok()) return s;
  if (!f.about.empty() && !(s = ResolveActor(f.about, &about)).ok()) return s;
  if (about != 0 && speaker == 0) return QuotesOfActor(about, false, f, nullptr, out);
  if (speaker != 0 && about == 0) return QuotesOfActor(speaker, true, f, nullptr, out);
  std::string cond = " WHERE q.copy_of IS NULL";
  if (speaker) cond += " AND e.actor=?1";
  if (about) cond += " AND me.actor=?2";
  if (!f.since.empty()) cond += " AND a.date>=?3";
  if (!f.until.empty()) cond += " AND a.date<=?4 || 'z'";
  // With a speaker, start from that actor's entities (index entities_actor).
  // With an actor named, start from its mentions (index entities_actor), then the quotes of
  // those articles that contain them.
  const char* about_from =
      " FROM entities me JOIN mentions m ON m.article=me.article AND m.entity=me.idx"
      " JOIN quotes q ON q.article=m.article AND q.start<=m.start AND q.end>=m.end"
      " JOIN articles a ON a.id=q.article"
      " LEFT JOIN entities e ON e.article=q.article AND e.idx=q.speaker"
      " LEFT JOIN actors ac ON ac.id=e.actor LEFT JOIN strings sn ON sn.id=ac.name";
  const char* from = about     ? about_from
                     : speaker ? " FROM entities e JOIN quotes q ON q.article=e.article AND"
                                 " q.speaker=e.idx JOIN articles a ON a.id=q.article"
                                 " LEFT JOIN actors ac ON ac.id=e.actor LEFT JOIN strings sn ON"
                                 " sn.id=ac.name"
                               : kQuoteJoins;
  std::string sql =
      std::string("SELECT ") + kQuoteColumns + from + cond + (about ? " GROUP BY q.id" : "") +
      ((speaker || about) ? " ORDER BY a.date, q.id LIMIT ?5" : " ORDER BY q.id LIMIT ?5");
  Stmt* q = db_.prepare(sql, &s);
  if (!q) return s;
  q->bind(speaker).bind(about).bind(f.since).bind(f.until).bind(int64_t(f.limit));
  ArticleCache cache(this);
  while (q->step(&s)) out->push_back(quote_from_row(*q, cache));
  return s;
}

// The actor's articles, oldest first (index entities_actor, then articles_date), within
// [since, until] when given.
Status SqliteStore::ArticlesOfActor(int64_t actor, const std::string& since,
                                    const std::string& until, std::vector<int64_t>* out) {
  out->clear();
  Status s;
  Stmt* arts = db_.prepare(
      "SELECT a.id FROM articles a WHERE a.id IN (SELECT article FROM entities WHERE actor=?1)"
      " AND (?2='' OR a.date>=?2) AND (?3='' OR a.date<=?3 || 'z') ORDER BY a.date, a.id",
      &s);
  if (!arts) return s;
  arts->bind(actor).bind(since).bind(until);
  while (arts->step(&s)) out->push_back(arts->i64(0));
  arts->reset();
  return s;
}

// Fills a RelationRow from a statement selecting the columns of Relations().
static RelationRow relation_from_row(const Stmt& q, ArticleCache& cache) {
  RelationRow row;
  row.article = q.str(1);
  row.date = q.str(2);
  row.subject = q.is_null(3) ? "" : ActorIdString(q.i64(3));
  row.subject_name = q.is_null(4) ? q.str(5) : q.str(4);
  row.type = q.str(6);
  row.object = q.is_null(7) ? "" : ActorIdString(q.i64(7));
  row.object_name = q.is_null(8) ? q.str(9) : q.str(8);
  row.evidence = {uint32_t(q.i64(10)), uint32_t(q.i64(11))};
  const std::vector<ExtractedRepair>* repairs = nullptr;
  const ArticleView* view = cache.get(q.i64(0), &repairs);
  row.evidence_text = RepairedSlice(view->input, *repairs, row.evidence);
  return row;
}

// Quotes by `actor` (speaker) or naming it, oldest article first: its articles in date order,
// each asked for its quotes until the limit is reached, so the most mentioned actor costs no
// more than a rare one.
Status SqliteStore::QuotesOfActor(int64_t actor, bool speaker, const QuoteFilter& f,
                                  const std::vector<int64_t>* known, std::vector<QuoteRow>* out) {
  std::vector<int64_t> own;
  Status s;
  if (!known && !(s = ArticlesOfActor(actor, f.since, f.until, &own)).ok()) return s;
  const std::vector<int64_t>& articles = known ? *known : own;
  const char* by_speaker =
      " FROM entities e JOIN quotes q ON q.article=e.article AND q.speaker=e.idx"
      " JOIN articles a ON a.id=q.article"
      " LEFT JOIN actors ac ON ac.id=e.actor LEFT JOIN strings sn ON sn.id=ac.name"
      " WHERE e.article=?1 AND e.actor=?2 AND q.copy_of IS NULL ORDER BY q.id";
  const char* naming =
      " FROM entities me JOIN mentions m ON m.article=me.article AND m.entity=me.idx"
      " JOIN quotes q ON q.article=m.article AND q.start<=m.start AND q.end>=m.end"
      " JOIN articles a ON a.id=q.article"
      " LEFT JOIN entities e ON e.article=q.article AND e.idx=q.speaker"
      " LEFT JOIN actors ac ON ac.id=e.actor LEFT JOIN strings sn ON sn.id=ac.name"
      " WHERE me.article=?1 AND me.actor=?2 AND q.copy_of IS NULL GROUP BY q.id ORDER BY q.id";
  Stmt* q =
      db_.prepare(std::string("SELECT ") + kQuoteColumns + (speaker ? by_speaker : naming), &s);
  if (!q) return s;
  const size_t limit = size_t(std::max(0, f.limit));
  ArticleCache cache(this);
  for (size_t i = 0; i < articles.size() && out->size() < limit; ++i) {
    q->reset().bind(articles[i]).bind(actor);
    while (out->size() < limit && q->step(&s)) out->push_back(quote_from_row(*q, cache));
    if (!s.ok()) return s;
  }
  q->reset();
  return s;
}

Status SqliteStore::Relations(const RelationFilter& f, std::vector<RelationRow>* out) {
  SnapshotRelease release(&db_);
  return RelationsWith(f, nullptr, out);
}

// Relations(), with the actor's articles in date order when the caller has them already.
Status SqliteStore::RelationsWith(const RelationFilter& f, const std::vector<int64_t>* articles,
                                  std::vector<RelationRow>* out) {
  out->clear();
  Status s;
  int64_t actor = 0;
  if (!f.actor.empty() && !(s = ResolveActor(f.actor, &actor)).ok()) return s;
  std::string base =
      "SELECT r.article, a.ext_id, a.date, es.actor, sn.s, es2.s, t.s, eo.actor, on_.s, eo2.s,"
      " r.ev_start, r.ev_end FROM relations r JOIN articles a ON a.id=r.article"
      " JOIN strings t ON t.id=r.type"
      " JOIN entities es ON es.article=r.article AND es.idx=r.subject"
      " JOIN entities eo ON eo.article=r.article AND eo.idx=r.object"
      " JOIN strings es2 ON es2.id=es.name JOIN strings eo2 ON eo2.id=eo.name"
      " LEFT JOIN actors sa ON sa.id=es.actor LEFT JOIN strings sn ON sn.id=sa.name"
      " LEFT JOIN actors oa ON oa.id=eo.actor LEFT JOIN strings on_ ON on_.id=oa.name WHERE 1";
  std::string type_cond = f.type.empty() ? "" : " AND t.s=?2";
  if (actor) return RelationsOfActor(actor, base + type_cond, f, articles, out);
  std::string sql = base + type_cond + " ORDER BY r.article, r.idx LIMIT ?3";
  Stmt* q = db_.prepare(sql, &s);
  if (!q) return s;
  q->bind(actor).bind(f.type).bind(int64_t(f.limit));
  ArticleCache cache(this);
  while (q->step(&s)) out->push_back(relation_from_row(*q, cache));
  return s;
}

// Relations with `actor` at either end, oldest article first, article by article until the
// limit (as QuotesOfActor). `select` is the relation query with its conditions so far.
Status SqliteStore::RelationsOfActor(int64_t actor, const std::string& select,
                                     const RelationFilter& f, const std::vector<int64_t>* known,
                                     std::vector<RelationRow>* out) {
  std::vector<int64_t> own;
  Status s;
  if (!known && !(s = ArticlesOfActor(actor, "", "", &own)).ok()) return s;
  const std::vector<int64_t>& articles = known ? *known : own;
  std::string sql = select;
  sql.replace(0, 6, "SELECT DISTINCT");
  sql += " AND r.article=?3 AND (es.actor=?1 OR eo.actor=?1) ORDER BY r.ev_start, r.idx";
  Stmt* q = db_.prepare(sql, &s);
  if (!q) return s;
  const size_t limit = size_t(std::max(0, f.limit));
  ArticleCache cache(this);
  for (size_t i = 0; i < articles.size() && out->size() < limit; ++i) {
    q->reset().bind(actor).bind(f.type).bind(articles[i]);
    while (out->size() < limit && q->step(&s)) out->push_back(relation_from_row(*q, cache));
    if (!s.ok()) return s;
  }
  q->reset();
  return s;
}

Status SqliteStore::GetActor(const std::string& actor, int limit, ActorDetail* out) {
  SnapshotRelease release(&db_);
  *out = ActorDetail();
  int64_t id = 0;
  Status s = ResolveActor(actor, &id);
  if (!s.ok() || !(s = Summary(id, &out->actor)).ok()) return s;
  Stmt* n = db_.prepare(
      "SELECT s.s, n.count FROM actor_names n JOIN strings s ON s.id=n.name WHERE n.actor=?"
      " ORDER BY n.count DESC, s.s",
      &s);
  if (!n) return s;
  n->bind(id);
  while (n->step(&s)) out->aliases.push_back({n->str(0), n->i64(1)});
  Stmt* r = db_.prepare(
      "SELECT rs.s, a.ext_id, a.date FROM entities e JOIN roles r ON r.article=e.article AND"
      " r.entity=e.idx JOIN strings rs ON rs.id=r.role JOIN articles a ON a.id=e.article"
      " WHERE e.actor=? ORDER BY a.date, a.id LIMIT ?",
      &s);
  if (!r) return s;
  r->bind(id).bind(int64_t(limit));
  while (r->step(&s)) out->roles.push_back({r->str(0), r->str(1), r->str(2)});
  // Quotes and relations walk the actor's articles in date order: found once for all three.
  std::vector<int64_t> articles;
  if (!(s = ArticlesOfActor(id, "", "", &articles)).ok()) return s;
  QuoteFilter qf;
  qf.limit = limit;
  if (!(s = QuotesOfActor(id, true, qf, &articles, &out->quotes_by)).ok()) return s;
  if (!(s = QuotesOfActor(id, false, qf, &articles, &out->quotes_about)).ok()) return s;
  RelationFilter rf;
  rf.actor = ActorIdString(id);
  rf.limit = limit;
  if (!(s = RelationsWith(rf, &articles, &out->relations)).ok()) return s;
  Stmt* a = db_.prepare(
      "SELECT DISTINCT a.ext_id, a.title, a.date, src.s, a.id FROM entities e JOIN articles a ON"
      " a.id=e.article LEFT JOIN strings src ON src.id=a.source WHERE e.actor=?"
      " ORDER BY a.date, a.id LIMIT ?",
      &s);
  if (!a) return s;
  a->bind(id).bind(int64_t(limit));
  while (a->step(&s)) out->articles.push_back({a->str(0), a->str(1), a->str(2), a->str(3)});
  return s;
}

Status SqliteStore::Explain(const std::string& actor, std::vector<LinkReason>* out) {
  SnapshotRelease release(&db_);
  out->clear();
  int64_t id = 0;
  Status s = ResolveActor(actor, &id);
  if (!s.ok()) return s;
  Stmt* q = db_.prepare(
      "SELECT a.ext_id, n.s, r.s, e.score, v.s FROM entities e JOIN articles a ON a.id=e.article"
      " JOIN strings n ON n.id=e.name LEFT JOIN strings r ON r.id=e.rule"
      " LEFT JOIN strings v ON v.id=e.via WHERE e.actor=? ORDER BY a.id, e.idx",
      &s);
  if (!q) return s;
  q->bind(id);
  while (q->step(&s)) {
    LinkReason why{q->str(0), q->str(1), q->str(2), q->f64(3), ""};
    std::string key = q->str(4);
    std::string what = key.size() > 2 ? key.substr(2) : key;
    if (why.rule == "new")
      why.evidence = "first seen here; filed under '" + what + "'";
    else if (why.rule == "exact-name")
      why.evidence = "same normalised name '" + what + "'";
    else if (why.rule == "alias")
      why.evidence = "known alias of '" + what + "'";
    else if (why.rule == "acronym")
      why.evidence = "acronym of '" + what + "'";
    else if (why.rule == "name-variant")
      why.evidence = "same given name and surname as '" + what + "'";
    else if (why.rule == "initials")
      why.evidence = "initial and surname match '" + what + "'";
    else if (why.rule == "surname-in-article")
      why.evidence = "the article introduces this person by full name (surname '" + what + "')";
    else if (why.rule == "surname-in-corpus")
      why.evidence = "bare surname '" + what + "'; this actor has most articles of that surname";
    else if (why.rule == "surname-and-title")
      why.evidence = "bare surname '" + what +
                     "' with a title; of the people of that surname, this actor bears the title"
                     " in most articles";
    else if (why.rule == "given-name-in-corpus")
      why.evidence = "given name '" + what +
                     "' alone; this actor has most articles of the people with that given name";
    else if (why.rule == "judgement")
      why.evidence = "a person judged it the same as '" + what + "'";
    else if (why.rule == "ambiguous-surname")
      why.evidence = "the article names several people called '" + what + "'; kept apart";
    out->push_back(std::move(why));
  }
  return s;
}

Status SqliteStore::GetArticle(const std::string& ext_id, ArticleView* out) {
  SnapshotRelease release(&db_);
  int64_t id = 0;
  Status s = ResolveArticle(ext_id, &id);
  std::vector<ExtractedRepair> repairs;
  if (!s.ok() || !(s = LoadArticle(id, out, &repairs)).ok()) return s;
  // Repaired text, and a map from input offsets to text offsets.
  out->text.clear();
  std::vector<std::pair<uint32_t, uint32_t>> shift;  // (input pos, text pos) at each repair end
  uint32_t pos = 0;
  for (const ExtractedRepair& r : repairs) {
    out->text.append(out->input, pos, r.input.start - pos);
    out->text += r.text;
    pos = r.input.end;
    shift.emplace_back(r.input.end, uint32_t(out->text.size()));
  }
  out->text.append(out->input, pos, std::string::npos);
  auto to_text = [&](uint32_t in) {
    auto it = std::upper_bound(shift.begin(), shift.end(), std::make_pair(in, UINT32_MAX));
    if (it == shift.begin()) return in;
    --it;
    return it->second + (in - it->first);
  };
  auto view = [&](ByteSpan in, std::string label, std::string actor) {
    return SpanView{in, {to_text(in.start), to_text(in.end)}, std::move(label), std::move(actor)};
  };
  for (const ExtractedRepair& r : repairs) out->repairs.push_back(view(r.input, r.rule, ""));
  Stmt* m = db_.prepare(
      "SELECT m.start, m.end, t.s, e.actor FROM mentions m JOIN entities e ON"
      " e.article=m.article AND e.idx=m.entity JOIN strings t ON t.id=e.type WHERE m.article=?"
      " ORDER BY m.start",
      &s);
  if (!m) return s;
  m->bind(id);
  while (m->step(&s))
    out->mentions.push_back(view({uint32_t(m->i64(0)), uint32_t(m->i64(1))}, m->str(2),
                                 m->is_null(3) ? "" : ActorIdString(m->i64(3))));
  Stmt* q = db_.prepare(
      "SELECT q.start, q.end, q.type, e.actor FROM quotes q LEFT JOIN entities e ON"
      " e.article=q.article AND e.idx=q.speaker WHERE q.article=? ORDER BY q.start",
      &s);
  if (!q) return s;
  q->bind(id);
  while (q->step(&s))
    out->quotes.push_back(view({uint32_t(q->i64(0)), uint32_t(q->i64(1))},
                               quote_type_name(q->i64(2)),
                               q->is_null(3) ? "" : ActorIdString(q->i64(3))));
  if (!s.ok()) return s;
  // Relations of this article: those whose subject is any of its entities.
  Stmt* r = db_.prepare(
      "SELECT t.s, es.actor, en.s, eo.actor, eo2.s, r.ev_start, r.ev_end FROM relations r"
      " JOIN strings t ON t.id=r.type JOIN entities es ON es.article=r.article AND"
      " es.idx=r.subject JOIN entities eo ON eo.article=r.article AND eo.idx=r.object"
      " JOIN strings en ON en.id=es.name JOIN strings eo2 ON eo2.id=eo.name WHERE r.article=?"
      " ORDER BY r.idx",
      &s);
  if (!r) return s;
  r->bind(id);
  while (r->step(&s)) {
    RelationRow row;
    row.article = out->meta.id;
    row.date = out->meta.date;
    row.type = r->str(0);
    row.subject = r->is_null(1) ? "" : ActorIdString(r->i64(1));
    row.subject_name = r->str(2);
    row.object = r->is_null(3) ? "" : ActorIdString(r->i64(3));
    row.object_name = r->str(4);
    row.evidence = {uint32_t(r->i64(5)), uint32_t(r->i64(6))};
    row.evidence_text = RepairedSlice(out->input, repairs, row.evidence);
    out->relations.push_back(std::move(row));
  }
  return s;
}

Status SqliteStore::Stats(StoreStats* out) {
  SnapshotRelease release(&db_);
  Status s;
  // Schema 3 keeps the number of mentions in `totals` (counting the view unpacks every entity's
  // spans); an older store opened read-only counts its mentions table.
  Stmt* has =
      db_.prepare("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='totals'", &s);
  if (!has) return s;
  const bool totals = has->step(&s) && has->i64(0) > 0;
  has->reset();
  Stmt* q = db_.prepare(
      std::string("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE"
                  " dup_of IS NOT NULL), (SELECT count(*) FROM actors), (SELECT count(*) FROM"
                  " entities), ") +
          (totals ? "coalesce((SELECT n FROM totals WHERE what='mentions'), 0)"
                  : "(SELECT count(*) FROM mentions)") +
          ", (SELECT count(*) FROM quotes), (SELECT count(*) FROM relations), (SELECT count(*)"
          " FROM judgements)",
      &s);
  if (!q) return s;
  if (q->step(&s))
    *out = {q->i64(0), q->i64(1), q->i64(2), q->i64(3), q->i64(4), q->i64(5), q->i64(6), q->i64(7)};
  return s;
}

}  // namespace newsgraph::store
