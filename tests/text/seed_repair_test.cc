// The founding article (../shared/seeds/000_*.txt): its 11 quotation marks reduced to a lone "â"
// are restored exactly as the gold file lists them, its trailing copyright notice is marked as
// boilerplate, and nothing else in the text changes.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "text/lossy_pipeline.h"

namespace newsgraph {
namespace {

const std::string kShared = NEWSGRAPH_SHARED_DIR;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class SeedArticle : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ifstream in(kShared + "/gold/000_dce158b59031fd31.gold.json");
    if (!in) GTEST_SKIP() << "../shared/gold/000_dce158b59031fd31.gold.json not found";
    gold_ = nlohmann::json::parse(in);
    input_ = read_file(kShared + "/" + gold_["article"].get<std::string>());
    if (input_.empty()) GTEST_SKIP() << "seed article not found";
    doc_ = testing::run_repair(input_);
  }
  nlohmann::json gold_;
  std::string input_;
  Document doc_;
};

TEST_F(SeedArticle, AllBrokenQuotationMarksRestoredAndNothingElseChanged) {
  const auto& repairs = gold_["repairs"];
  ASSERT_EQ(repairs.size(), 11u);
  std::string expected = input_;
  int restored = 0;
  for (const auto& r : repairs) {
    const std::string from = r["from"].get<std::string>();
    const std::string to = r["to"].get<std::string>();
    const size_t at = expected.find(from);
    ASSERT_NE(at, std::string::npos) << "gold context not in the input: " << from;
    EXPECT_EQ(expected.find(from, at + 1), std::string::npos) << "ambiguous context: " << from;
    expected.replace(at, from.size(), to);
    if (doc_.text.find(to) != std::string::npos) {
      ++restored;
    } else {
      ADD_FAILURE() << "not restored: " << from << " -> " << to;
    }
  }
  std::printf("seed article: %d/%zu quotation marks restored\n", restored, repairs.size());
  EXPECT_EQ(doc_.text, expected);
  EXPECT_EQ(doc_.edits.size(), repairs.size());
  for (const Edit& e : doc_.edits) {
    EXPECT_EQ(e.rule, RepairRule::kLossyQuote);
    EXPECT_EQ(doc_.input_slice(e.input), "\xC3\xA2");
  }
  EXPECT_TRUE(doc_.repair_flags.empty());
}

TEST_F(SeedArticle, CopyrightNoticeIsTheOnlyBoilerplate) {
  ASSERT_EQ(gold_["boilerplate"].size(), 1u);
  const std::string gold_line = gold_["boilerplate"][0].get<std::string>();
  // The gold string has trailing characters that are not in the article ("2021" + "4782");
  // compare with its longest prefix that the article contains.
  std::string notice = gold_line;
  while (!notice.empty() && doc_.text.find(notice) == std::string::npos) notice.pop_back();
  ASSERT_GE(notice.size(), 30u) << "gold boilerplate not found in the text: " << gold_line;
  if (notice != gold_line) {
    std::printf("note: gold boilerplate \"%s\" matched as \"%s\"\n", gold_line.c_str(),
                notice.c_str());
  }
  ASSERT_EQ(doc_.boilerplate.size(), 1u);
  EXPECT_EQ(doc_.slice(doc_.boilerplate[0]), notice);
  // The quote on the same line stays content.
  const size_t quote = doc_.text.find("We don");
  ASSERT_NE(quote, std::string::npos);
  EXPECT_FALSE(
      doc_.is_boilerplate(Span{static_cast<uint32_t>(quote), static_cast<uint32_t>(quote + 6)}));
}

}  // namespace
}  // namespace newsgraph
