// The whole pipeline on the founding article, scored against its hand-made gold file by the
// rules of ../shared/gold/README.md, and the project's own gold files checked for validity.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "eval/gold_eval.h"
#include "newsgraph/pipeline.h"
#include "test_pipeline.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const fs::path kShared = NEWSGRAPH_SHARED_DIR;
const fs::path kSource = NEWSGRAPH_SOURCE_DIR;

TEST(SeedGold, ExtractionReachesTheIssueFigures) {
  fs::path gold = kShared / "gold/000_dce158b59031fd31.gold.json";
  fs::path article = kShared / "seeds/000_dce158b59031fd31.txt";
  if (!fs::exists(gold) || !fs::exists(article)) GTEST_SKIP() << "no ../shared seed and gold";
  if (!fs::exists(kSource / "models/ner.bin")) GTEST_SKIP() << "no models/ner.bin";
  Document doc("seed", slurp(article));
  test_support::process(doc);
  GoldScore s = score_gold(doc, parse_gold(slurp(gold), doc.input));
  for (const std::string& m : s.misses) std::printf("  %s\n", m.c_str());
  EXPECT_GE(s.entity_recall(), 0.95);
  EXPECT_GE(s.entity_precision(), 0.85);
  EXPECT_GE(s.roles_found(), 0.85);
  EXPECT_EQ(s.right_speaker, s.gold_quotes);
  EXPECT_EQ(s.gold_quotes, 14);
  EXPECT_GE(s.relation_f1(), 0.7);
}

// Every gold file under tests/gold parses, and its spans resolve inside its article.
TEST(ProjectGold, FilesParseAgainstTheirArticles) {
  fs::path dir = kSource / "tests/gold";
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    std::string json = slurp(entry.path());
    fs::path article = kShared / gold_article_path(json);
    if (!fs::exists(article)) GTEST_SKIP() << "article missing: " << article;
    std::string lf = gold_text_at(article.string(), json);
    GoldArticle g;
    ASSERT_NO_THROW(g = parse_gold(json, lf)) << entry.path();
    EXPECT_GE(g.entities.size(), 5u) << entry.path();  // a short business story names six
    EXPECT_GE(g.quotes.size(), 7u) << entry.path();    // a short business story has seven
    for (const GoldQuote& q : g.quotes) EXPECT_FALSE(q.text.empty()) << entry.path();
    for (const GoldRelation& r : g.relations) {
      EXPECT_GE(r.subject, 0) << entry.path();
      EXPECT_GE(r.object, 0) << entry.path();
    }
    ++files;
  }
  EXPECT_GE(files, 5);
}

}  // namespace
}  // namespace newsgraph
