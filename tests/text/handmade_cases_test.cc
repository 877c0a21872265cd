// The 23 hand-made repair cases of notes/repair.md §5 (../shared/data/mojibake/handmade-cases.json)
// through the whole repair stage: pre-pass, encoding core, lossy post-pass.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "text/lossy_pipeline.h"

namespace newsgraph {
namespace {

nlohmann::json load_cases() {
  std::ifstream in(std::string(NEWSGRAPH_SHARED_DIR) + "/data/mojibake/handmade-cases.json");
  if (!in) return nlohmann::json();
  return nlohmann::json::parse(in)["cases"];
}

TEST(HandmadeCases, AllRepairedThroughTheFullPipeline) {
  nlohmann::json cases = load_cases();
  if (cases.is_null()) GTEST_SKIP() << "../shared/data/mojibake/handmade-cases.json not found";
  ASSERT_EQ(cases.size(), 23u);
  int passed = 0;
  for (const auto& c : cases) {
    const int id = c["id"].get<int>();
    const std::string input = c["original"].get<std::string>();
    const std::string expected = c["expected"].get<std::string>();
    Document doc = testing::run_repair(input);
    EXPECT_EQ(doc.text, expected) << "case " << id << " (" << c["category"].get<std::string>()
                                  << ")";
    if (doc.text == expected) ++passed;
    // Every edit maps back into the input, and text that needs no repair is untouched.
    for (const Edit& e : doc.edits) {
      EXPECT_LE(e.input.end, doc.input.size()) << "case " << id;
      EXPECT_LE(e.text.end, doc.text.size()) << "case " << id;
    }
    if (input == expected) {
      EXPECT_TRUE(doc.edits.empty()) << "case " << id;
    }
  }
  std::printf("hand-made cases: %d/%zu correct through repair_document\n", passed, cases.size());
}

TEST(HandmadeCases, LossyRulesAloneLeaveNegativesUnchanged) {
  nlohmann::json cases = load_cases();
  if (cases.is_null()) GTEST_SKIP() << "../shared/data/mojibake/handmade-cases.json not found";
  LossyOptions forced;
  forced.force_weak_rules = true;
  for (const auto& c : cases) {
    const std::string input = c["original"].get<std::string>();
    if (input != c["expected"].get<std::string>()) continue;  // negatives only
    EXPECT_EQ(testing::run_lossy(input, forced).text, input) << "case " << c["id"];
  }
}

}  // namespace
}  // namespace newsgraph
