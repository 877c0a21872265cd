// Regression tests for two Rewriter composition cases that repair hits (found by the repair
// fuzzer and the ftfy edit-consistency test): an insertion at the start of an earlier edit, and
// a replacement that starts before an earlier edit and ends after it.
#include <gtest/gtest.h>

#include "text/rewriter.h"

namespace newsgraph {
namespace {

// Rebuilds the text from the input and the edits; they must agree.
std::string rebuild(std::string_view input, const Rewriter& rw) {
  std::string out;
  uint32_t in_pos = 0;
  for (const Edit& e : rw.edits()) {
    EXPECT_GE(e.input.begin, in_pos);
    out.append(input.substr(in_pos, e.input.begin - in_pos));
    out.append(rw.text().substr(e.text.begin, e.text.size()));
    in_pos = e.input.end;
  }
  out.append(input.substr(in_pos));
  return out;
}

TEST(RewriterCompose, InsertionAtTheStartOfAnEarlierEdit) {
  const std::string input = "abcdef";
  Rewriter rw(input);
  rw.apply({{2, 3, "XY", RepairRule::kInvalidUtf8}, {3, 4, "Z", RepairRule::kInvalidUtf8}});
  ASSERT_EQ(rw.text(), "abXYZef");
  rw.apply({{4, 4, "Q", RepairRule::kMojibake}});  // 4 = where the edit "d" -> "Z" starts
  EXPECT_EQ(rw.text(), "abXYQZef");
  EXPECT_EQ(rebuild(input, rw), rw.text());
}

TEST(RewriterCompose, ReplacementSpanningPastAnEarlierEdit) {
  const std::string input = "0123456789";
  Rewriter rw(input);
  rw.apply({{2, 4, "A", RepairRule::kLossyQuote}});  // "0 1 A 4 5 ..." : text "01A456789"
  ASSERT_EQ(rw.text(), "01A456789");
  rw.apply({{1, 5, "", RepairRule::kMojibake}});  // deletes "1A45" (input 1..6)
  EXPECT_EQ(rw.text(), "06789");
  EXPECT_EQ(rebuild(input, rw), rw.text());
}

}  // namespace
}  // namespace newsgraph
