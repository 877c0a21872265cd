// A statement its attribution interrupts ("“A,” he said, “B.”") is one quote whose parts are
// the pieces without the attribution (CONTRACT.md); its text is the pieces joined by a space.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/run_quotes.h"

namespace newsgraph {
namespace {

using quote_test::run_quotes;

TEST(QuoteParts, AttributionInsideOneSentence) {
  auto q = run_quotes(
      "\u201CThe harbour will reopen in the spring,\u201D said the port director, "
      "\u201Conce the new cranes are in place.\u201D");
  ASSERT_EQ(q.size(), 1u);
  ASSERT_EQ(q[0].parts.size(), 2u);
  EXPECT_EQ(q[0].parts[0], "The harbour will reopen in the spring,");
  EXPECT_EQ(q[0].parts[1], "once the new cranes are in place.");
  EXPECT_EQ(q[0].text, "The harbour will reopen in the spring, once the new cranes are in place.");
  EXPECT_EQ(q[0].mention, "the port director");
  // The span runs from the first piece to the last, attribution included.
  EXPECT_NE(q[0].content.find("said the port director"), std::string::npos);
}

TEST(QuoteParts, StatementGoesOnAfterTheAttributionSentence) {
  auto q = run_quotes(
      "\u201CWe will not close the library,\u201D the director said on Friday. "
      "\u201CIt belongs to the whole town and it stays open.\u201D");
  ASSERT_EQ(q.size(), 1u);
  ASSERT_EQ(q[0].parts.size(), 2u);
  EXPECT_EQ(q[0].parts[0], "We will not close the library,");
  EXPECT_EQ(q[0].parts[1], "It belongs to the whole town and it stays open.");
  EXPECT_EQ(q[0].text,
            "We will not close the library, It belongs to the whole town and it "
            "stays open.");
}

TEST(QuoteParts, OnePieceHasNoParts) {
  auto q = run_quotes("\u201CThe ferry is late again,\u201D a passenger said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].parts.empty());
  EXPECT_EQ(q[0].text, q[0].content);
}

TEST(QuoteParts, TwoSpeakersStayTwoQuotes) {
  auto q = run_quotes(
      "\u201CWe will not close the library,\u201D the director said. "
      "\u201CNobody asked us about it,\u201D a reader said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_TRUE(q[0].parts.empty());
  EXPECT_TRUE(q[1].parts.empty());
}

// A quotation that runs on into a paragraph that reopens it with a mark: one statement, each
// paragraph's words a part, without the break and the reopening mark (straight or curly).
TEST(QuoteParts, AQuotationReopenedInTheNextParagraph) {
  auto q = run_quotes(
      "He added: \"The board has never said what it was. We should respect it.\n\n"
      "\"The plan is to meet the owners at the weekend.\" The club declined to comment.");
  ASSERT_GE(q.size(), 1u);
  ASSERT_EQ(q[0].parts.size(), 2u);
  EXPECT_EQ(q[0].parts[0], "The board has never said what it was. We should respect it.");
  EXPECT_EQ(q[0].parts[1], "The plan is to meet the owners at the weekend.");
  EXPECT_EQ(q[0].text,
            "The board has never said what it was. We should respect it. The plan is to meet the "
            "owners at the weekend.");
  auto curly = run_quotes(
      "The mayor said: \u201CWe will rebuild the bridge.\n\n\u201CIt will take two years.\u201D");
  ASSERT_GE(curly.size(), 1u);
  ASSERT_EQ(curly[0].parts.size(), 2u);
  EXPECT_EQ(curly[0].parts[1], "It will take two years.");
}

}  // namespace
}  // namespace newsgraph
