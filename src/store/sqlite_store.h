// The SQLite backend of Store (internal; use Store::Open). Its methods are split over
// sqlite_store.cc (open, schema, Put), linker.cc (actor linking), actor_rows.cc (an actor's rows
// as entities join and leave it), sqlite_read.cc (queries and export) and corrections.cc
// (merge, split, judgements, rebuild).
#pragma once

#include <array>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "store/db.h"
#include "store/names.h"
#include "store/store.h"

namespace newsgraph::store {

// 2: quote_parts, actor_keys counted per entity; 3: mentions packed in entities.spans.
constexpr int kSchemaVersion = 5;
constexpr int kApplicationId = 0x4E475354;  // "NGST"

// One article's entity as the linker sees it (from a Document or from stored rows).
struct LinkInput {
  int32_t idx = 0;
  EntityType type = EntityType::kPerson;
  std::string name;
  std::vector<std::string> surfaces;  // name-mention texts, one per mention
  int64_t mentions = 0;
  // Computed by the extracting thread (Prepare), else null: the parsed name and EntityKeys.
  const ParsedName* parsed = nullptr;
  const std::vector<std::string>* keys = nullptr;
  std::vector<std::string> titles;  // PERSON: TitleKeys of its roles in the article
};

// What the linker has done so far in the article being linked.
struct ArticleLinks {
  std::set<int64_t> actors;                             // actors with an entity here
  std::map<std::string, std::set<int64_t>> by_surname;  // full-name persons by surname
  int64_t source = 0;                                   // strings.id of the source, 0 none
  bool judgements = false;                              // any stored judgement to consult
  std::set<int64_t> renamed;  // actors whose display name may have changed
  struct Decision {
    int64_t actor = 0, rule = 0, via = 0;
    double score = 0;
  };
  std::map<int32_t, Decision> decisions;                  // entity idx -> its link
  std::map<int64_t, std::pair<int64_t, int64_t>> counts;  // actor -> (mentions, articles) added
};

// What the linker needs to know of a candidate actor.
struct CandidateInfo {
  EntityType type = EntityType::kMisc;
  int64_t articles = 0, mentions = 0;
  int64_t name = 0;                      // strings.id of the display name its actors row holds
  std::map<std::string, int64_t> names;  // every name form with its mention count
  // names' forms parsed, in map order: filled by SqliteStore::Forms, emptied when a form is added.
  mutable std::vector<ParsedName> parsed;
};

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(bool read_only) : read_only_(read_only) {}
  Status OpenFile(const std::string& path, const Options& options);

  Status Begin() override;
  Status Commit() override;
  Status HasArticle(const std::string& id, uint64_t hash, bool* same) override;
  Status ArticleHashes(std::vector<std::pair<std::string, uint64_t>>* out) override;
  Status Put(const ExtractedArticle& article, PutResult* result) override;

  Status Merge(const std::string& a, const std::string& b) override;
  Status Split(const std::string& actor, const std::string& article) override;
  Status Judge(Judgement kind, const std::string& name_a, const std::string& name_b) override;
  Status Rebuild() override;

  Status FindActors(const std::string& text, const std::string& type, int limit,
                    std::vector<ActorSummary>* out) override;
  Status GetActor(const std::string& actor, int limit, ActorDetail* out) override;
  Status Explain(const std::string& actor, std::vector<LinkReason>* out) override;
  Status Quotes(const QuoteFilter& filter, std::vector<QuoteRow>* out) override;
  Status Relations(const RelationFilter& filter, std::vector<RelationRow>* out) override;
  Status Neighbourhood(const std::string& actor, int depth, int limit, Graph* out) override;
  Status GetArticle(const std::string& id, ArticleView* out) override;
  Status Stats(StoreStats* out) override;

  Status ForEachActor(const std::function<void(const ActorDetail&)>& fn) override;
  Status ForEachMention(const std::function<void(const MentionRow&)>& fn) override;
  Status ForEachQuote(const std::function<void(const QuoteRow&)>& fn) override;
  Status ForEachRelation(const std::function<void(const RelationRow&)>& fn) override;
  Status WholeGraph(Graph* out) override;

 private:
  // sqlite_store.cc
  Status CreateOrCheckSchema(const Options& options);
  // Schema 1 -> 2: adds quote_parts (empty: schema 1 kept no parts; schema 1 counted its keys
  // otherwise, recounted from 4 to 5). Opened read-only, a schema-1 store gets an empty TEMP
  // quote_parts.
  Status Migrate(int to, const std::function<Status()>& step);
  Status MigrateFrom1();
  // Schema 2 -> 3: each entity's mention rows become its `spans` (JSON), and `mentions` a view
  // of them. Opened read-only, a schema-1 or -2 store is read through its mentions table.
  Status MigrateFrom2();
  // Schema 3 -> 4: the version only (schema 4 filed an acronym name under "x:", not "a:"); the
  // keys are recounted from 4 to 5.
  Status MigrateFrom3();
  // Schema 4 -> 5: actor_keys counted again from the entities (RecountKeys): a person's "f:" key
  // keeps the suffix ("f:donald trump jr"; schema 4: "f:donald trump" for father and son).
  Status MigrateFrom4();
  Status RecountKeys();
  Status Intern(std::string_view s, int64_t* id);
  Status StringOf(int64_t id, std::string* s);
  Status DeleteArticleRows(int64_t article);
  Status InsertArticle(const ExtractedArticle& a, int64_t* article);
  Status InsertExtraction(int64_t article, const ExtractedArticle& a, const ArticleLinks& links);
  Status FindDuplicate(int64_t article, uint64_t simhash, int64_t* dup_of);
  Status LoadArticle(int64_t article, ArticleView* view, std::vector<ExtractedRepair>* repairs);
  Status ResolveArticle(const std::string& ext_id, int64_t* article);

  // linker.cc
  // Links the article's entities. The entity rows get their links here when they exist
  // already (rebuild, split); Put writes them itself from `decisions` (out, may be null).
  Status LinkArticle(int64_t article, const std::string& ext_id,
                     const std::vector<LinkInput>& entities, ArticleLinks* decisions = nullptr);
  Status LinkEntity(int64_t article, const std::string& ext_id, const LinkInput& e,
                    ArticleLinks* links);
  Status FitsRelatives(const ParsedName& p, const std::vector<int64_t>& cands, bool* fits);
  Status ArticlesOfActor(int64_t actor, const std::string& since, const std::string& until,
                         std::vector<int64_t>* out);
  // The actor's articles in date order; its quotes and relations walked article by article
  // until the limit (sqlite_read.cc). `known`: that article list when the caller has it.
  Status RelationsWith(const RelationFilter& f, const std::vector<int64_t>* articles,
                       std::vector<RelationRow>* out);
  Status RelationsOfActor(int64_t actor, const std::string& select, const RelationFilter& f,
                          const std::vector<int64_t>* known, std::vector<RelationRow>* out);
  Status QuotesOfActor(int64_t actor, bool speaker, const QuoteFilter& f,
                       const std::vector<int64_t>* known, std::vector<QuoteRow>* out);
  Status ChooseActor(const std::string& ext_id, const LinkInput& e, const ParsedName& p,
                     ArticleLinks* links, int64_t* actor, std::string* rule, double* score,
                     std::string* via, bool* file_keys);
  Status ActorHasKey(int64_t actor, const std::string& key, bool* has);
  Status ActorByKey(const std::string& key, int64_t* actor);
  Status ActorHasSource(int64_t actor, int64_t source, bool* has);
  // The number of articles in which `actor` bears one of `titles` (TitleKeys of its roles).
  Status ActorTitleArticles(int64_t actor, const std::vector<std::string>& titles, int64_t* n);
  Status ChooseByTitle(const std::vector<std::string>& titles, const std::vector<int64_t>& people,
                       const ParsedName& p, int64_t* actor, std::string* rule, double* score,
                       std::string* via);
  // Folds an earlier actor of the bare surname into `actor` once `actor` dominates it.
  Status AbsorbBareSurname(int64_t actor, const ParsedName& p, const ArticleLinks& links);
  // The same for an earlier actor of the bare given name (rule given-name-in-corpus).
  Status AbsorbBareGivenName(int64_t actor, const ParsedName& p);
  // Their last step: `bare`'s entities get `rule`, `via` and `score`; `bare` joins `actor`.
  Status Absorb(int64_t actor, int64_t bare, const std::string& rule, const std::string& via,
                double score);
  Status Candidates(const ParsedName& name, std::vector<int64_t>* actors);
  // The cached view of an actor (an empty one when there is no such actor). The pointer stays
  // valid until the caches are cleared (ClearCaches, or between articles).
  Status Candidate(int64_t actor, const CandidateInfo** info);
  // Inserts an actor of one article and `mentions` mentions (its first entity's); its cached
  // mirror starts empty (AttachEntity counts the entity in).
  Status NewActor(EntityType type, const std::string& name, int64_t mentions, int64_t* actor);
  Status AttachEntity(int64_t article, const LinkInput& e, const ParsedName& name, int64_t actor,
                      bool first_in_article, const std::string& rule, double score,
                      const std::string& via, bool file_keys, bool* new_form);
  // Takes the article's entities (all, or those linked to `only_actor`) off their actors,
  // removing actors left empty.
  Status DetachArticle(int64_t article, int64_t only_actor = 0);
  // Sets the actor's display name from its forms, adding `mentions` and `articles` to its row.
  Status RefreshActorName(int64_t actor, int64_t mentions = 0, int64_t articles = 0);
  // corrections.cc: the names a person judged different from (for this article or all) or the
  // same as the entity's name, as "f:" keys.
  Status JudgedDifferent(const std::string& ext_id, const ParsedName& name,
                         std::vector<std::string>* keys);
  Status JudgedSame(const ParsedName& name, std::vector<std::string>* keys);
  // actor_rows.cc: an article's entities as the linker sees them, read from its stored rows.
  Status StoredEntities(int64_t article, std::vector<LinkInput>* out);
  Status MergeActors(int64_t keep, int64_t gone);

  // edges.cc: the actor_edges tables (see there), kept by UpdateEdges at every Commit.
  struct EdgeFact {
    int64_t src, dst, type, count;  // actors, strings.id of the type, facts in one article
  };
  Status OpenEdgeTable();
  Status UpdateEdges();
  Status SumEdge(int64_t src, int64_t dst, int64_t type);  // actor_edges row from the facts
  // Adds an edge's facts from articles (ascending ids, with their counts) to its row, when all
  // come after the articles its row already samples: *done says whether it could. `dates`
  // remembers the articles' dates across calls.
  Status AddToEdge(const std::tuple<int64_t, int64_t, int64_t>& key,
                   const std::vector<std::pair<int64_t, int64_t>>& added,
                   std::map<int64_t, std::string>* dates, bool* done);
  // The article's facts per edge key, from its stored rows (none for a deleted article).
  Status ArticleEdges(int64_t article, std::vector<EdgeFact>* out);
  // graph.cc: the neighbourhood computed from the facts (a store without actor_edges).
  Status NeighbourhoodFromFacts(const std::string& actor, int depth, int limit, Graph* out);

  // sqlite_read.cc
  Status ResolveActor(const std::string& actor, int64_t* id);
  Status Summary(int64_t actor, ActorSummary* out);

  friend class ArticleCache;
  Db db_;
  bool read_only_;
  bool in_txn_ = false;
  bool has_edge_table_ = false;  // actor_edges exists (older stores, opened read-only: no)
  bool rebuild_edges_ = false;   // UpdateEdges recomputes the whole table
  // The largest articles.id when the transaction began: an article above it is new, with no
  // edge facts of its own to take back (UpdateEdges).
  int64_t last_article_before_txn_ = 0;
  // Interned strings (a mirror of `strings`): all of them when strings_complete_, else those
  // seen lately. Heterogeneous lookup: a string_view finds its entry without a copy.
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, int64_t, StringHash, std::equal_to<>> interned_;
  bool strings_complete_ = false;
  // key_cache_ holds every row of actor_keys (a key missing there has no actor).
  bool keys_complete_ = false;
  // Rows loaded at open, at most: a larger store is read on demand (adding a few articles to
  // it must not cost in proportion to its size).
  static constexpr int64_t kMaxPreloaded = 20000;
  static constexpr size_t kMaxMirrored = 500000;  // entries kept before a cache is dropped
  Status LoadMirrors();
  void ForgetStrings() {
    interned_.clear();
    role_titles_.clear();
    strings_complete_ = false;
    type_ids_.fill(0);
  }
  // The strings.id of an entity type's name ("PERSON"), interned once.
  std::array<int64_t, 16> type_ids_{};
  Status TypeId(EntityType type, int64_t* id) {
    const size_t t = static_cast<size_t>(type);
    if (t < type_ids_.size() && type_ids_[t] != 0) {
      *id = type_ids_[t];
      return Status::OK();
    }
    Status s = Intern(entity_type_name(type), id);
    if (s.ok() && t < type_ids_.size()) type_ids_[t] = *id;
    return s;
  }
  // Actors the open transaction touched, with the mentions and articles it added to them that
  // their rows do not hold yet (the cached mirrors do): at Commit each row gets its counts and
  // its display name in one update. FlushActorCounts writes the counts before anything reads or
  // recounts the rows in SQL (a merge, a detach).
  std::map<int64_t, std::pair<int64_t, int64_t>> pending_actors_;
  // All actors' counts, or (only > 0) that actor's.
  Status FlushActorCounts(int64_t only = 0);
  // Name-form and blocking-key counts the open transaction added (AttachEntity), summed in
  // memory and written by FlushPendingRows in key order, one upsert per row: at Commit, and
  // before anything reads those tables in SQL or drops the caches (a merge, a detach). Only a
  // cached actor (info_cache_) has pending rows, and only a cached key list holds them.
  std::map<std::pair<int64_t, int64_t>, int64_t> pending_names_;  // (actor, name) -> count
  std::map<std::pair<int64_t, int64_t>, int64_t> pending_keys_;   // (actor, key) -> count
  // Every pending row, or (a or b > 0) the rows of actors a and b.
  Status FlushPendingRows(int64_t a = 0, int64_t b = 0);
  // After a rollback: nothing pending is written.
  void ForgetPending() {
    pending_actors_.clear();
    pending_names_.clear();
    pending_keys_.clear();
  }
  // Adds to the actor row's mention and article counts (no statement when both are 0).
  Status AddActorCounts(int64_t actor, int64_t mentions, int64_t articles);
  // Mirrors of actor rows for the linker, filled from the store on demand and kept equal to it
  // (AttachEntity updates them; merges, detaches, rebuilds and rollbacks clear them), so the
  // links never depend on what happened to be cached.
  std::unordered_map<int64_t, CandidateInfo> info_cache_;
  // TitleKeys of one role string, by strings.id (a pure function of the string; cleared with
  // the interned strings, whose ids a rolled-back transaction may hand out again).
  std::unordered_map<int64_t, std::vector<std::string>> role_titles_;
  struct CachedKey {
    std::vector<int64_t> actors;  // the key's actors, by id
    int64_t sid = 0;              // strings.id of the key, 0 while not known
  };
  std::unordered_map<std::string, CachedKey> key_cache_;
  // The cached entry of a key (loaded on a miss); valid until the caches are cleared, which
  // every rollback does (so a cached sid is never one a rolled-back transaction handed out).
  Status KeyEntry(const std::string& key, CachedKey** entry);
  // The cached list of the key's actors.
  Status KeyActors(const std::string& key, std::vector<int64_t>** actors) {
    CachedKey* entry = nullptr;
    Status s = KeyEntry(key, &entry);
    if (s.ok()) *actors = &entry->actors;
    return s;
  }
  // ParseName, remembered (a pure function; candidate names are parsed again and again).
  std::unordered_map<std::string, ParsedName> parsed_;
  const ParsedName& Parsed(EntityType type, const std::string& name) {
    std::string key(1, static_cast<char>(type));
    key += name;
    auto it = parsed_.find(key);
    if (it != parsed_.end()) return it->second;
    if (parsed_.size() > 500000) parsed_.clear();
    return parsed_.emplace(std::move(key), ParseName(type, name)).first->second;
  }
  // The parsed forms of a cached candidate, in the order of info.names (parsed once per load).
  const std::vector<ParsedName>& Forms(const CandidateInfo& info) {
    if (info.parsed.size() != info.names.size()) {
      info.parsed.clear();
      info.parsed.reserve(info.names.size());
      for (const auto& [n, count] : info.names) info.parsed.push_back(Parsed(info.type, n));
    }
    return info.parsed;
  }
  // Whether an actor has an entity in an article of a source (ActorHasSource), as far as it has
  // been asked or seen linked; a merge or a detach forgets it.
  std::map<std::pair<int64_t, int64_t>, bool> actor_sources_;
  void ClearCaches() {
    info_cache_.clear();
    key_cache_.clear();
    keys_complete_ = false;
    actor_sources_.clear();
  }
  // Ends a failed transaction: rolls it back and drops every mirror it may have touched (the
  // string ids it handed out are gone, its pending rows were never written). Returns `s`.
  Status Abort(Status s) {
    db_.exec("ROLLBACK");
    in_txn_ = false;
    ForgetPending();
    ForgetStrings();
    ClearCaches();
    return s;
  }
};

// "a17" <-> 17.
std::string ActorIdString(int64_t id);
bool ParseActorId(const std::string& s, int64_t* id);
// A judgement's key for a name: "PERSON|emomali rahmon" (TypeClass and ParseName's key: the full
// name and a person's suffix, "PERSON|donald trump jr").
std::string NameKey(EntityType type, const std::string& name);
std::string NameKey(const ParsedName& name);

}  // namespace newsgraph::store
