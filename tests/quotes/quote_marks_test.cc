// Quotation marks as the quote stage pairs them: straight marks that reopen a continued
// statement, and the less common styles (`…', ``…'', ‹…›).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/run_quotes.h"

namespace newsgraph {
namespace {

using quote_test::run_quotes;

TEST(QuoteMarks, StraightMarkAfterASentenceEndReopensTheStatement) {
  // The paragraph break before the second sentence was lost; its mark opens, not closes.
  auto q = run_quotes(
      "Brad Adams, from a rights group, said: \"This is a huge political signal. \"There are "
      "still thousands of people who are unaccounted for.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "This is a huge political signal.");
  EXPECT_EQ(q[0].mention, "Brad Adams");
  EXPECT_EQ(q[1].content, "There are still thousands of people who are unaccounted for.");
  EXPECT_EQ(q[1].mention, "Brad Adams");
}

TEST(QuoteMarks, StraightMarksAroundFragmentsStayPairs) {
  // Each fragment closes with a mark attached to its last word: no reopening.
  auto q = run_quotes("The senator called the plan \"reckless\" and \"cruel\" in a speech.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::kMixed);
  EXPECT_EQ(q[0].content, "the plan \"reckless\" and \"cruel\" in a speech");
}

TEST(QuoteMarks, ApostropheAfterAWordClosesABacktickQuote) {
  // "country'" could be a plural possessive; an open ` makes it the closing mark.
  auto q = run_quotes("`It is a great day for the country', the minister said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "It is a great day for the country");
  EXPECT_EQ(q[0].mention, "the minister");
}

TEST(QuoteMarks, LowOpeningMarkClosedByATurnedOne) {
  auto q = run_quotes("\u201EThe harbour will reopen in the spring\u201C, said the port director.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::kDirect);
  EXPECT_EQ(q[0].content, "The harbour will reopen in the spring");
  EXPECT_EQ(q[0].mention, "the port director");
}

TEST(QuoteMarks, BacktickAndApostropheQuote) {
  auto q = run_quotes("`We don't know what the union's plan is,' said the minister.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "We don't know what the union's plan is,");
  EXPECT_EQ(q[0].mention, "the minister");
}

TEST(QuoteMarks, DoubleBacktickQuote) {
  auto q = run_quotes("``We won the vote,'' Smith said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "We won the vote,");
  EXPECT_EQ(q[0].mention, "Smith");
}

TEST(QuoteMarks, DoubledApostropheQuoteAfterAReportedClause) {
  // ''...'' after an indirect statement opens a quote of its own; the clause before it ends at
  // its sentence.
  auto q = run_quotes(
      "The mayor said the budget would be balanced by June. ''We have made the "
      "hard choices,'' she said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].type, QuoteType::kIndirect);
  EXPECT_EQ(q[0].content, "the budget would be balanced by June");
  EXPECT_EQ(q[1].type, QuoteType::kDirect);
  EXPECT_EQ(q[1].content, "We have made the hard choices,");
  EXPECT_EQ(q[1].mention, "she");
}

TEST(QuoteMarks, SingleGuillemetQuote) {
  auto q = run_quotes("\u2039We will not give up,\u203A the union leader said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "We will not give up,");
  EXPECT_EQ(q[0].mention, "the union leader");
}

}  // namespace
}  // namespace newsgraph
