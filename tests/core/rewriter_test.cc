#include "text/rewriter.h"

#include <gtest/gtest.h>

namespace newsgraph {
namespace {

Document finish(std::string input, Rewriter& rw) {
  Document doc("t", std::move(input));
  doc.text = rw.text();
  doc.edits = rw.edits();
  return doc;
}

TEST(Rewriter, SingleReplacementMapsBack) {
  std::string in = "caf\xC3\x83\xC2\xA9 ok";  // "cafÃ©"
  Rewriter rw(in);
  rw.rewrite(0, static_cast<uint32_t>(in.size()), "caf\xC3\xA9 ok", RepairRule::kMojibake);
  EXPECT_EQ(rw.text(), "caf\xC3\xA9 ok");
  ASSERT_EQ(rw.edits().size(), 1u);
  EXPECT_EQ(rw.edits()[0].input, (Span{3, 7}));
  EXPECT_EQ(rw.edits()[0].text, (Span{3, 5}));
  Document doc = finish(in, rw);
  EXPECT_EQ(doc.to_input(Span{6, 8}), (Span{8, 10}));  // "ok"
  EXPECT_EQ(doc.to_input(Span{0, 5}), (Span{0, 7}));   // "café"
  EXPECT_EQ(doc.to_input(Span{3, 5}), (Span{3, 7}));
}

TEST(Rewriter, LaterStepsComposeWithEarlierEdits) {
  std::string in = "a &amp; b &lt; c";
  Rewriter rw(in);
  rw.apply({{2, 7, "&", RepairRule::kHtmlEntity}, {10, 14, "<", RepairRule::kHtmlEntity}});
  EXPECT_EQ(rw.text(), "a & b < c");
  // A second step touching the second edit and plain text after it.
  rw.apply({{6, 9, "[c]", RepairRule::kNormalization}});
  EXPECT_EQ(rw.text(), "a & b [c]");
  Document doc = finish(in, rw);
  ASSERT_EQ(doc.edits.size(), 2u);
  EXPECT_EQ(doc.edits[1].input, (Span{10, 16}));
  EXPECT_EQ(doc.edits[1].rule, RepairRule::kHtmlEntity);  // earlier rule kept
  EXPECT_EQ(doc.to_input(Span{4, 5}), (Span{8, 9}));      // "b"
}

TEST(Rewriter, InsertionAndDeletion) {
  Rewriter rw("ab\x01" "cd");
  rw.apply({{2, 3, "", RepairRule::kControlChar}});
  EXPECT_EQ(rw.text(), "abcd");
  rw.apply({{4, 4, "!", RepairRule::kLossyQuote}});
  EXPECT_EQ(rw.text(), "abcd!");
  ASSERT_EQ(rw.edits().size(), 2u);
  EXPECT_EQ(rw.edits()[0].input, (Span{2, 3}));
  EXPECT_EQ(rw.edits()[0].text, (Span{2, 2}));
  EXPECT_EQ(rw.edits()[1].input, (Span{5, 5}));
}

TEST(Diff, FindsOnlyChangedCodePoints) {
  auto hunks = diff_code_points("x \xC3\xA2" "If y,\xC3\xA2 z", "x \xE2\x80\x9CIf y,\xE2\x80\x9D z");
  ASSERT_EQ(hunks.size(), 2u);
  EXPECT_EQ(hunks[0].begin, 2u);
  EXPECT_EQ(hunks[0].end, 4u);
  EXPECT_EQ(hunks[0].with, "\xE2\x80\x9C");
  EXPECT_EQ(hunks[1].begin, 9u);
}

}  // namespace
}  // namespace newsgraph
