// Stores written by older versions of the schema: upgraded, one transaction per version, when
// opened for writing (docs/store.md); read as they are when opened read-only.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "store/store.h"
#include "store/store_fixture.h"

namespace newsgraph::store {
namespace {

class UpgradeTest : public StoreFixture {
 protected:
  void SetUp() override { OpenFreshStore("upgrade_test"); }
};

// Schema 2 kept one row per mention in a table; schema 3 packs them in entities.spans.
constexpr const char* kToSchema2 =
    "CREATE TABLE mention_rows AS SELECT * FROM mentions; DROP VIEW mentions;"
    "CREATE TABLE mentions (article INTEGER NOT NULL, entity INTEGER NOT NULL,"
    " start INTEGER NOT NULL, end INTEGER NOT NULL, kind INTEGER NOT NULL,"
    " PRIMARY KEY (article, entity, start)) WITHOUT ROWID;"
    "INSERT INTO mentions SELECT * FROM mention_rows; DROP TABLE mention_rows;"
    "ALTER TABLE entities DROP COLUMN spans; PRAGMA user_version=2;";
constexpr const char* kMentionRows =
    "SELECT article || ' ' || entity || ' ' || start || '-' || end || ' ' || kind FROM mentions"
    " ORDER BY article, entity, start";

TEST_F(UpgradeTest, ASchemaTwoStoreIsUpgradedWhenOpenedForWriting) {
  Put(Make("v1", "Quarrell Holdings rose. Quarrell fell. Quarrell Holdings said so.",
           {{O, "Quarrell Holdings", {"Quarrell Holdings", "Quarrell", "Quarrell Holdings"}}}));
  const std::vector<std::string> mentions = Rows(path_, kMentionRows);
  ASSERT_EQ(mentions.size(), 3u);
  store_.reset();
  sqlite3* db = nullptr;
  sqlite3_open(path_.c_str(), &db);
  ASSERT_EQ(sqlite3_exec(db, kToSchema2, nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  Options ro;
  ro.read_only = true;
  ASSERT_TRUE(Store::Open(path_, ro, &store_).ok());  // read as it is, from the table
  ArticleView view;
  ASSERT_TRUE(store_->GetArticle("v1", &view).ok());
  EXPECT_EQ(view.mentions.size(), 3u);
  StoreStats stats;
  ASSERT_TRUE(store_->Stats(&stats).ok());
  EXPECT_EQ(stats.mentions, 3);
  store_.reset();
  EXPECT_EQ(Rows(path_, "PRAGMA user_version"), std::vector<std::string>{"2"});
  ASSERT_TRUE(Store::Open(path_, Options(), &store_).ok());
  EXPECT_EQ(Rows(path_, "PRAGMA user_version"), std::vector<std::string>{"5"});
  EXPECT_EQ(Rows(path_, "SELECT type FROM sqlite_master WHERE name='mentions'"),
            std::vector<std::string>{"view"});
  EXPECT_EQ(Rows(path_, kMentionRows), mentions);
  // The upgraded store takes new articles and replaces old ones; its mention total follows.
  Put(Make("v1", "Quarrell Holdings fell.", {{O, "Quarrell Holdings", {"Quarrell Holdings"}}}));
  EXPECT_EQ(Rows(path_, kMentionRows).size(), 1u);
  Put(Make("v2", "Tony Blair spoke. Blair left.", {{P, "Tony Blair", {"Tony Blair", "Blair"}}}));
  ASSERT_TRUE(store_->Stats(&stats).ok());
  EXPECT_EQ(stats.mentions, 3);
  EXPECT_EQ(Rows(path_, "SELECT n FROM totals"), std::vector<std::string>{"3"});
}

TEST_F(UpgradeTest, ASchemaOneStoreIsUpgradedWhenOpenedForWriting) {
  Put(Make("u1", "Quarrell Holdings rose. Quarrell fell.",
           {{O, "Quarrell Holdings", {"Quarrell Holdings", "Quarrell"}}}));
  std::vector<std::string> keys = Rows(path_, kKeyRows);
  const std::vector<std::string> mentions = Rows(path_, kMentionRows);
  store_.reset();
  sqlite3* db = nullptr;
  sqlite3_open(path_.c_str(), &db);
  ASSERT_EQ(sqlite3_exec(db, kToSchema2, nullptr, nullptr, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "DROP TABLE quote_parts; UPDATE actor_keys SET count=9;"
                         "PRAGMA user_version=1",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  Options ro;
  ro.read_only = true;
  ASSERT_TRUE(Store::Open(path_, ro, &store_).ok());
  std::vector<QuoteRow> quotes;
  Status read = store_->Quotes(QuoteFilter(), &quotes);  // read as it is, no parts
  EXPECT_TRUE(read.ok()) << read.ToString();
  store_.reset();
  EXPECT_EQ(Rows(path_, "PRAGMA user_version"), std::vector<std::string>{"1"});
  ASSERT_TRUE(Store::Open(path_, Options(), &store_).ok());
  EXPECT_EQ(Rows(path_, "PRAGMA user_version"), std::vector<std::string>{"5"});
  EXPECT_EQ(Count("quote_parts"), 0);
  EXPECT_EQ(Rows(path_, kKeyRows), keys);  // counted again from the entities
  EXPECT_EQ(Rows(path_, kMentionRows), mentions);
}

// Schema 3 filed an acronym under "a:", where schema 4 looks up the long names it abbreviates;
// schema 4 filed "Donald Trump Jr." under "f:donald trump", where schema 5 keeps the suffix. A
// store of either version gets its keys recounted when opened for writing.
TEST_F(UpgradeTest, OlderStoresGetTheirBlockingKeysRecounted) {
  Put(Make("k1", "The QHG rose. QHG fell. Donald Trump Jr. spoke.",
           {{O, "QHG", {"QHG", "QHG"}}, {P, "Donald Trump Jr.", {"Donald Trump Jr."}}}));
  const std::vector<std::string> keys = Rows(path_, kKeyRows);
  EXPECT_EQ(keys, (std::vector<std::string>{"f:donald trump jr > Donald Trump Jr. x1",
                                            "f:qhg > QHG x1", "g:donald > Donald Trump Jr. x1",
                                            "s:trump > Donald Trump Jr. x1", "x:qhg > QHG x1"}));
  store_.reset();
  for (const char* old : {"UPDATE strings SET s='a:qhg' WHERE s='x:qhg'; PRAGMA user_version=3",
                          "UPDATE strings SET s='f:donald trump' WHERE s='f:donald trump jr';"
                          " PRAGMA user_version=4"}) {
    sqlite3* db = nullptr;
    sqlite3_open(path_.c_str(), &db);
    ASSERT_EQ(sqlite3_exec(db, old, nullptr, nullptr, nullptr), SQLITE_OK) << old;
    sqlite3_close(db);
    ASSERT_NE(Rows(path_, kKeyRows), keys);
    ASSERT_TRUE(Store::Open(path_, Options(), &store_).ok());
    EXPECT_EQ(Rows(path_, "PRAGMA user_version"), std::vector<std::string>{"5"});
    EXPECT_EQ(Rows(path_, kKeyRows), keys) << old;
    store_.reset();
  }
  ASSERT_TRUE(Store::Open(path_, Options(), &store_).ok());
  Put(Make("k2", "Quarrell Holdings Group said.",
           {{O, "Quarrell Holdings Group", {"Quarrell Holdings Group"}}}));
  EXPECT_EQ(ActorOf("k2", "Quarrell Holdings Group"), ActorOf("k1", "QHG"));
}

// An ingest starts by reading every stored article's id and hash: from an index, not from the
// table that holds the texts (whose pages are most of a large store).
TEST_F(UpgradeTest, ArticleHashesAreReadFromAnIndexAStoreGetsWhenOpenedForWriting) {
  Put(Make("h1", "Quarrell Holdings rose.", {{O, "Quarrell Holdings", {"Quarrell Holdings"}}}));
  Put(Make("h2", "Tony Blair spoke.", {{P, "Tony Blair", {"Tony Blair"}}}));
  store_.reset();
  sqlite3* db = nullptr;
  sqlite3_open(path_.c_str(), &db);
  ASSERT_EQ(sqlite3_exec(db, "DROP INDEX articles_ext_hash", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  // The plan SQLite chooses for ArticleHashes's query (the detail column of the plan).
  auto plan = [&] {
    sqlite3* conn = nullptr;
    sqlite3_open_v2(path_.c_str(), &conn, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    std::string detail;
    sqlite3_prepare_v2(conn, "EXPLAIN QUERY PLAN SELECT ext_id, hash FROM articles", -1, &st,
                       nullptr);
    while (st && sqlite3_step(st) == SQLITE_ROW)
      detail += reinterpret_cast<const char*>(sqlite3_column_text(st, 3));
    sqlite3_finalize(st);
    sqlite3_close(conn);
    return detail;
  };
  EXPECT_EQ(plan(), "SCAN articles");
  ASSERT_TRUE(Store::Open(path_, Options(), &store_).ok());
  EXPECT_EQ(plan(), "SCAN articles USING COVERING INDEX articles_ext_hash");
  std::vector<std::pair<std::string, uint64_t>> hashes;
  ASSERT_TRUE(store_->ArticleHashes(&hashes).ok());
  std::sort(hashes.begin(), hashes.end());
  ASSERT_EQ(hashes.size(), 2u);
  EXPECT_EQ(hashes[0].first, "h1");
  EXPECT_EQ(hashes[1].first, "h2");
  EXPECT_EQ(Rows(path_, "SELECT hash FROM articles WHERE ext_id='h1'"),
            std::vector<std::string>{std::to_string(static_cast<int64_t>(hashes[0].second))});
}

}  // namespace
}  // namespace newsgraph::store
