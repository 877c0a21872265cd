// The corpus store: articles, their extraction, and the corpus actors their entities link to.
//
// Store is the one interface every backend implements; Store::Open returns the embedded
// SQLite backend (one file, WAL; schema in docs/store.md). A server database can be added as
// another implementation without touching the engine or the commands.
//
// Ids: an article is named by its external id (ArticleMeta::id); an actor by its stable id
// string "a<N>". Spans are UTF-8 byte offsets into the article's input.
//
// Thread safety: a Store object is used by one thread at a time (it owns one SQLite
// connection). Several Store objects on the same file may be open at once, in one process or
// many; readers never block the writer (WAL). Errors: every method returns a Status whose
// message is one line naming the file and what failed; nothing throws.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "store/extracted.h"
#include "store/status.h"

namespace newsgraph::store {

struct Options {
  bool create_if_missing = true;  // create the file and schema when absent
  bool read_only = false;         // open without write access (serve, query, export)
};

// ---- read results: plain structs -----------------------------------------------------------

struct ActorSummary {
  std::string id;  // "a17"
  std::string name;
  std::string type;  // "PERSON", "ORG", ...
  int64_t articles = 0;
  int64_t mentions = 0;
};

struct NameCount {
  std::string name;
  int64_t count = 0;  // mentions under this form
};

struct ArticleRef {
  std::string id;
  std::string title;
  std::string date;
  std::string source;
};

struct RoleFact {  // a dated role: what an article called the actor, and when
  std::string role;
  std::string article;
  std::string date;
};

struct QuotePart {
  ByteSpan span;
  std::string text;
};

struct QuoteRow {
  std::string article;
  std::string date;
  ByteSpan span;                 // first piece's start to last piece's end
  std::string text;              // the statement; with parts, the pieces joined by one space
  std::vector<QuotePart> parts;  // a statement its attribution interrupts; else empty
  std::string type;              // direct, indirect, mixed
  std::string speaker;           // actor id, "" when unnamed or none
  std::string speaker_name;      // actor name, or the unnamed source's words
  std::string cue;
  int64_t copies = 1;  // articles carrying this same quote (wire copies count once)
};

struct RelationRow {
  std::string subject, subject_name, type, object, object_name;
  std::string article, date;
  ByteSpan evidence;
  std::string evidence_text;
};

struct ActorDetail {
  ActorSummary actor;
  std::vector<NameCount> aliases;  // every name form, most used first
  std::vector<RoleFact> roles;
  std::vector<QuoteRow> quotes_by;
  std::vector<QuoteRow> quotes_about;  // quotes whose text names the actor
  std::vector<RelationRow> relations;
  std::vector<ArticleRef> articles;
};

struct GraphEdge {
  std::string source, target;  // actor ids
  std::string type;            // relation type, or "quotes" (source's quote names target)
  int64_t count = 0;           // attesting facts
  // WholeGraph: every attesting article (ids ascending); Neighbourhood: the first ten stored.
  std::vector<std::string> articles;
  std::string first_date, last_date;
  int64_t article_count = 0;  // attesting articles
};

struct Graph {
  std::vector<ActorSummary> nodes;
  std::vector<GraphEdge> edges;
};

struct SpanView {  // a span of the article, with its place in the repaired text
  ByteSpan input;
  ByteSpan text;
  std::string label;  // entity type, quote type, repair rule
  std::string actor;  // actor id for entity mentions
};

struct ArticleView {
  ArticleMeta meta;
  std::string input;   // bytes as given
  std::string text;    // repaired text
  std::string dup_of;  // id of the earlier article this is a near-copy of, "" when none
  std::vector<SpanView> mentions, quotes, repairs;
  std::vector<RelationRow> relations;
};

struct LinkReason {  // why one article's entity joined an actor
  std::string article;
  std::string name;  // the entity's name in that article
  std::string rule;  // exact-name, alias, initials, surname-in-corpus, judgement, new, ...
  double score = 0;
  std::string evidence;  // readable: "same normalised name 'emomali rahmon'"
};

struct QuoteFilter {
  std::string speaker;       // actor id or name; "" any
  std::string about;         // actor id or name named in the quote; "" any
  std::string since, until;  // ISO dates, inclusive; "" open
  int limit = 100;
};

struct RelationFilter {
  std::string actor;  // actor id or name, either end; "" any
  std::string type;   // "" any
  int limit = 100;
};

struct StoreStats {
  int64_t articles = 0, duplicates = 0, actors = 0, entities = 0, mentions = 0, quotes = 0,
          relations = 0, judgements = 0;
};

enum class PutResult { kAdded, kReplaced, kUnchanged };

enum class Judgement { kSame, kDifferent, kUnsure };

// Export streams: one callback per row, in a deterministic order (ids ascending).
struct MentionRow {
  std::string article, actor;
  ByteSpan span;
  std::string text;
};

class Store {
 public:
  // Opens (or creates) the store at `path`. Errors: a file that is not a newsgraph store, a
  // store written by a newer schema version, an unwritable location.
  static Status Open(const std::string& path, const Options& options, std::unique_ptr<Store>* out);
  virtual ~Store() = default;

  // ---- writing (one writer at a time) ----
  // Groups the following Puts into one transaction; Commit makes them durable together.
  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  // True in *same when an article with this id and content hash is already stored.
  virtual Status HasArticle(const std::string& id, uint64_t hash, bool* same) = 0;
  // Every stored article's id with its content hash (ContentHash), to skip unchanged input.
  virtual Status ArticleHashes(std::vector<std::pair<std::string, uint64_t>>* out) = 0;
  // Stores the article and its extraction and links its entities to corpus actors.
  // Same id + same bytes: nothing changes (kUnchanged). Same id, other bytes: the old rows go.
  virtual Status Put(const ExtractedArticle& article, PutResult* result) = 0;

  // ---- corrections (stored apart from extracted data; survive re-ingest and Rebuild) ----
  // `a`, `b`, `actor`: actor id ("a17") or exact name. Merge keeps `a`.
  virtual Status Merge(const std::string& a, const std::string& b) = 0;
  // Moves the actor's entities in `article` to a new actor, and keeps them apart from it.
  virtual Status Split(const std::string& actor, const std::string& article) = 0;
  // A judgement between two names ("Emomali Rahmon", "Rahmon"), as a judgements file gives it.
  virtual Status Judge(Judgement kind, const std::string& name_a, const std::string& name_b) = 0;
  // Recomputes every actor from the stored articles and judgements, deterministically.
  virtual Status Rebuild() = 0;

  // ---- reading ----
  // Actors whose name or alias matches `text` (case and diacritics folded; prefix match),
  // best first; empty text: most mentioned first. `type` "" for any.
  virtual Status FindActors(const std::string& text, const std::string& type, int limit,
                            std::vector<ActorSummary>* out) = 0;
  // `actor`: id or name (best match). NotFound when nothing matches.
  virtual Status GetActor(const std::string& actor, int limit, ActorDetail* out) = 0;
  virtual Status Explain(const std::string& actor, std::vector<LinkReason>* out) = 0;
  virtual Status Quotes(const QuoteFilter& filter, std::vector<QuoteRow>* out) = 0;
  virtual Status Relations(const RelationFilter& filter, std::vector<RelationRow>* out) = 0;
  // Actors within `depth` edges of `actor` (at most `limit` nodes, strongest edges first).
  virtual Status Neighbourhood(const std::string& actor, int depth, int limit, Graph* out) = 0;
  virtual Status GetArticle(const std::string& id, ArticleView* out) = 0;
  virtual Status Stats(StoreStats* out) = 0;

  // ---- export ----
  virtual Status ForEachActor(const std::function<void(const ActorDetail&)>& fn) = 0;
  virtual Status ForEachMention(const std::function<void(const MentionRow&)>& fn) = 0;
  virtual Status ForEachQuote(const std::function<void(const QuoteRow&)>& fn) = 0;
  virtual Status ForEachRelation(const std::function<void(const RelationRow&)>& fn) = 0;
  // The whole actor network (every actor a node; relation and quotation edges).
  virtual Status WholeGraph(Graph* out) = 0;
};

}  // namespace newsgraph::store
