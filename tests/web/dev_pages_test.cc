// Main text on the real development pages (../shared/data/html, the article-extraction
// benchmark's pages): the F1 of score_html.py, recomputed, must stay well above the published
// figures of the simple extractors, and every page must give a title and some text.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "web/article.h"
#include "web/shingle_f1.h"

namespace newsgraph::web {
namespace {

const std::string kDir = std::string(NEWSGRAPH_SHARED_DIR) + "/data/html";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(DevPages, ShingleF1) {
  if (!std::filesystem::exists(kDir + "/ground-truth.json")) GTEST_SKIP() << "no ../shared";
  nlohmann::json gt = nlohmann::json::parse(ReadFile(kDir + "/ground-truth.json"));
  std::vector<ShingleCounts> counts;
  size_t titled = 0;
  for (auto it = gt.begin(); it != gt.end(); ++it) {
    Article a;
    Status s =
        ExtractArticle(ReadFile(kDir + "/html/" + it.key() + ".html.gz"), ExtractOptions(), &a);
    ASSERT_TRUE(s.ok()) << it.key() << ": " << s.message();
    EXPECT_FALSE(a.text.empty()) << it.key();
    titled += !a.title.empty();
    counts.push_back(CompareShingles(it.value()["articleBody"].get<std::string>(), a.text));
  }
  ShingleScore score = AggregateShingles(counts);
  EXPECT_GE(score.f1, 0.95);
  EXPECT_EQ(titled, counts.size());
}

TEST(ShingleF1, MatchesTheBenchmarkDefinition) {
  // 6 tokens → 3 four-grams; prediction shares the first 2 of them and adds 1.
  ShingleCounts c = CompareShingles("a b c d e f", "a b c d e x");
  EXPECT_DOUBLE_EQ(c.tp, 2.0 / 4);
  EXPECT_DOUBLE_EQ(c.fp, 1.0 / 4);
  EXPECT_DOUBLE_EQ(c.fn, 1.0 / 4);
  // Punctuation and line breaks are not tokens; Unicode letters are.
  c = CompareShingles("Olá, mundo — é hoje!", "Olá mundo\né hoje");
  EXPECT_DOUBLE_EQ(c.tp, 1.0);
  ShingleScore s = AggregateShingles({CompareShingles("a b c d", ""), CompareShingles("", "")});
  EXPECT_DOUBLE_EQ(s.recall, 0.0);
}

}  // namespace
}  // namespace newsgraph::web
