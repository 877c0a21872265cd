// The fixture of the store tests: each test gets its own store, a fresh SQLite file in a
// temporary folder named after the test, removed when the test ends; articles made from a text
// and its entities, put into the store, and the store's rows read back.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "store/extracted.h"
#include "store/store.h"

namespace newsgraph::store {

class StoreFixture : public ::testing::Test {
 protected:
  // Creates dir_ ("<prefix>_<pid>_<test name>" in the temporary folder) and opens store_ on
  // path_, dir_/t.db; a failure to open fails the test.
  void OpenFreshStore(const std::string& prefix) {
    dir_ = std::filesystem::temp_directory_path() /
           (prefix + "_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
    ASSERT_TRUE(Store::Open(path_, Options(), &store_).ok());
  }
  void TearDown() override {
    store_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  // An article whose entities are given as (type, name, mention texts found in `text`).
  struct E {
    EntityType type;
    std::string name;
    std::vector<std::string> mentions;
  };
  static ExtractedArticle Make(const std::string& id, const std::string& text,
                               const std::vector<E>& es, const std::string& source = "wire") {
    ExtractedArticle a;
    a.meta.id = id;
    a.meta.source = source;
    a.input = text;
    for (const E& e : es) {
      ExtractedEntity x;
      x.type = e.type;
      x.name = e.name;
      size_t from = 0;
      for (const std::string& m : e.mentions) {
        size_t at = text.find(m, from);
        EXPECT_NE(at, std::string::npos) << m;
        x.mentions.push_back({{uint32_t(at), uint32_t(at + m.size())}, 0});
        from = at + 1;
      }
      a.entities.push_back(std::move(x));
    }
    return a;
  }
  PutResult Put(const ExtractedArticle& a) {
    PutResult r;
    Status s = store_->Put(a, &r);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return r;
  }
  // The actor id the entity named `name` in article `id` links to.
  std::string ActorOf(const std::string& article, const std::string& mention) {
    std::string found;
    store_->ForEachMention([&](const MentionRow& m) {
      if (m.article == article && m.text == mention && found.empty()) found = m.actor;
    });
    return found;
  }
  int64_t Count(const char* table) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, (std::string("SELECT count(*) FROM ") + table).c_str(), -1, &st,
                       nullptr);
    int64_t n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
  }

  std::filesystem::path dir_;
  std::string path_;
  std::unique_ptr<Store> store_;
};

inline constexpr auto P = EntityType::kPerson;
inline constexpr auto G = EntityType::kGpe;
inline constexpr auto O = EntityType::kOrg;

// Every row of one query on the store file, as text, one per row (for comparing tables).
inline std::vector<std::string> Rows(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  std::vector<std::string> out;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK)
    while (sqlite3_step(st) == SQLITE_ROW)
      out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
  else
    out.push_back(std::string("error: ") + sqlite3_errmsg(db));
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

// Blocking keys by actor name, with their counts.
inline constexpr const char* kKeyRows =
    "SELECT ks.s || ' > ' || an.s || ' x' || k.count FROM actor_keys k"
    " JOIN strings ks ON ks.id=k.key JOIN actors a ON a.id=k.actor"
    " JOIN strings an ON an.id=a.name ORDER BY 1";

}  // namespace newsgraph::store
