// The precomputed actor network (actor_edges, src/store/edges.cc) on real corpus articles:
// after ingest in batches, a replaced article, a merge, a split and a rebuild, the table holds
// exactly what WholeGraph recomputes from the facts, and Neighbourhood answers from it.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>

#include "store/ingest.h"
#include "store/store.h"
#include "store/store_fixture.h"
#include "test_pipeline.h"

namespace newsgraph::store {
namespace {

using EdgeRow = std::tuple<int64_t, int64_t, std::string, std::string>;  // count, articles, dates

class EdgesTest : public StoreFixture {
 protected:
  void SetUp() override {
    corpus_ = std::string(NEWSGRAPH_SHARED_DIR) + "/data/news/corpus.jsonl";
    if (!std::filesystem::exists(corpus_)) GTEST_SKIP() << "no ../shared";
    OpenFreshStore("edges_test");
  }

  // The first `n` corpus records, as a JSONL file of their own.
  std::string FirstRecords(int n) {
    std::ifstream in(corpus_);
    std::string path = (dir_ / "part.jsonl").string(), line;
    std::ofstream out(path);
    for (int i = 0; i < n && std::getline(in, line); ++i) {
      out << line << "\n";
      lines_.push_back(line);
    }
    return path;
  }

  // The table as stored, read on a connection of its own.
  std::map<std::string, EdgeRow> Table() {
    std::map<std::string, EdgeRow> rows;
    sqlite3* db = nullptr;
    sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT 'a'||e.src, 'a'||e.dst, t.s, e.count, e.articles, e.first, e.last,"
                       " e.sample FROM actor_edges e JOIN strings t ON t.id=e.type",
                       -1, &st, nullptr);
    auto text = [&](int c) {
      const unsigned char* p = sqlite3_column_text(st, c);
      return p ? std::string(reinterpret_cast<const char*>(p)) : std::string();
    };
    while (sqlite3_step(st) == SQLITE_ROW) {
      rows[text(0) + "|" + text(1) + "|" + text(2)] = {
          sqlite3_column_int64(st, 3), sqlite3_column_int64(st, 4), text(5), text(6)};
      const std::string sample = text(7);
      const int64_t sampled = std::count(sample.begin(), sample.end(), ' ') + 1;
      EXPECT_EQ(sampled, std::min<int64_t>(10, sqlite3_column_int64(st, 4))) << sample;
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return rows;
  }

  // Checks the table against the recomputation; returns the recomputed graph.
  Graph ExpectTableMatchesFacts(const std::string& when) {
    Graph g;
    EXPECT_TRUE(store_->WholeGraph(&g).ok());
    std::map<std::string, EdgeRow> want;
    for (const GraphEdge& e : g.edges)
      want[e.source + "|" + e.target + "|" + e.type] = {e.count, e.article_count, e.first_date,
                                                        e.last_date};
    std::map<std::string, EdgeRow> got = Table();
    EXPECT_EQ(got.size(), want.size()) << when;
    for (const auto& [key, row] : want) {
      auto it = got.find(key);
      if (it == got.end()) {
        ADD_FAILURE() << when << ": edge " << key << " missing from actor_edges";
      } else {
        EXPECT_EQ(it->second, row) << when << ": edge " << key;
      }
    }
    for (const auto& [key, row] : got)
      EXPECT_TRUE(want.count(key)) << when << ": stale edge " << key;
    return g;
  }

  std::string corpus_;
  std::vector<std::string> lines_;
};

TEST_F(EdgesTest, TableEqualsRecomputationThroughEveryWrite) {
  IngestOptions options;
  options.pipeline = &test_support::test_pipeline();
  options.threads = 2;
  options.batch_articles = 25;  // several commits, each extending the table
  IngestReport report;
  ASSERT_TRUE(Ingest({FirstRecords(120)}, options, store_.get(), &report).ok());
  ASSERT_EQ(report.added, 120);
  Graph g = ExpectTableMatchesFacts("after ingest");
  ASSERT_GT(g.edges.size(), 20u) << "too few edges to test anything";

  // Replace: the same id with other text (the article's old edges go, its new ones come).
  InputArticle changed;
  std::string error;
  ASSERT_TRUE(ParseJsonlRecord(lines_[3], "corpus", 4, &changed, &error)) << error;
  changed.text += "\n\n\"We will not give up,\" said Tony Blair about Gordon Brown.";
  PutResult r;
  ASSERT_TRUE(store_->Put(ExtractArticle(test_support::test_pipeline(), changed), &r).ok());
  ASSERT_EQ(r, PutResult::kReplaced);
  g = ExpectTableMatchesFacts("after replace");

  // Merge the two ends of the strongest edge: its edges join, the self-edge goes.
  const GraphEdge* strongest = &g.edges[0];
  for (const GraphEdge& e : g.edges)
    if (e.count > strongest->count) strongest = &e;
  const std::string keep = strongest->source, gone = strongest->target;
  ASSERT_TRUE(store_->Merge(keep, gone).ok());
  g = ExpectTableMatchesFacts("after merge");
  for (const GraphEdge& e : g.edges) EXPECT_TRUE(e.source != gone && e.target != gone);

  // Split an actor out of one article of a multi-article edge.
  const GraphEdge* multi = nullptr;
  for (const GraphEdge& e : g.edges)
    if (e.article_count >= 2 && (!multi || e.article_count > multi->article_count)) multi = &e;
  ASSERT_NE(multi, nullptr);
  ASSERT_TRUE(store_->Split(multi->source, multi->articles[0]).ok());
  g = ExpectTableMatchesFacts("after split");

  ASSERT_TRUE(store_->Rebuild().ok());
  g = ExpectTableMatchesFacts("after rebuild");

  // Neighbourhood answers from the table: every edge of the start actor, with its counts.
  std::map<std::string, int> degree;
  for (const GraphEdge& e : g.edges) ++degree[e.source], ++degree[e.target];
  auto hub = std::max_element(degree.begin(), degree.end(),
                              [](const auto& a, const auto& b) { return a.second < b.second; });
  Graph n;
  ASSERT_TRUE(store_->Neighbourhood(hub->first, 1, 1000, &n).ok());
  int touching = 0;
  for (const GraphEdge& e : n.edges) {
    touching += e.source == hub->first || e.target == hub->first;
    EXPECT_LE(e.articles.size(), 10u);
    EXPECT_EQ(e.articles.size(), std::min<size_t>(10, size_t(e.article_count)));
  }
  EXPECT_EQ(touching, hub->second);
  EXPECT_EQ(n.nodes.size(), [&] {
    std::set<std::string> ids{hub->first};
    for (const GraphEdge& e : g.edges)
      if (e.source == hub->first || e.target == hub->first) ids.insert({e.source, e.target});
    return ids.size();
  }());
}

TEST_F(EdgesTest, AStoreWithoutTheTableGetsItWhenOpenedForWriting) {
  IngestOptions options;
  options.pipeline = &test_support::test_pipeline();
  options.threads = 2;
  IngestReport report;
  ASSERT_TRUE(Ingest({FirstRecords(40)}, options, store_.get(), &report).ok());
  store_.reset();
  sqlite3* db = nullptr;
  sqlite3_open(path_.c_str(), &db);
  ASSERT_EQ(sqlite3_exec(db, "DROP TABLE actor_edges; DROP TABLE actor_edge_facts", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  // Read-only: the network is computed from the facts.
  Options ro;
  ro.read_only = true;
  ASSERT_TRUE(Store::Open(path_, ro, &store_).ok());
  Graph whole, from_facts;
  ASSERT_TRUE(store_->WholeGraph(&whole).ok());
  ASSERT_FALSE(whole.edges.empty());
  ASSERT_TRUE(store_->Neighbourhood(whole.edges[0].source, 1, 1000, &from_facts).ok());
  EXPECT_FALSE(from_facts.edges.empty());
  // Writable: the table is made and filled.
  ASSERT_TRUE(Store::Open(path_, Options(), &store_).ok());
  ExpectTableMatchesFacts("after reopening");
}

}  // namespace
}  // namespace newsgraph::store
