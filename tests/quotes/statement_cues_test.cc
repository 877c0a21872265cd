// A statement needs a speech or cognition cue: adjectives of attitude only as predicates, and a
// stance participle that follows a speech attribution is that attribution's adjunct, not a
// statement of its own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/run_quotes.h"

namespace newsgraph {
namespace {

using quote_test::run_quotes;

TEST(StatementCues, AttitudeAdjectiveAfterACopulaIsACue) {
  auto q = run_quotes("The finance minister was reluctant to raise taxes before the election.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "reluctant");
  EXPECT_EQ(q[0].mention, "The finance minister");
}

TEST(StatementCues, AttitudeAdjectiveWithoutACopulaDescribes) {
  // A small clause: the adjective describes the two leaders; nobody states anything.
  auto q = run_quotes(
      "With the two party leaders reluctant to share power, the coalition talks stalled.");
  for (const auto& x : q) EXPECT_NE(x.cue, "reluctant") << x.content;
}

TEST(StatementCues, StanceParticipleAfterSaidIsNotAStatement) {
  auto q = run_quotes(
      "\u201CThe bridge will not reopen this year,\u201D said the transport secretary, "
      "referring to the flood damage of last spring.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].mention, "the transport secretary");
}

// A stance participle that reports a clause of its own is a second statement of the speaker.
TEST(StatementCues, StanceParticipleWithAThatClauseIsAStatement) {
  auto q = run_quotes(
      "\u201CThe bridge will reopen in May,\u201D the mayor said, repeating her claim that the "
      "repairs were on schedule.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[1].cue, "repeating");
  EXPECT_EQ(q[1].mention, "the mayor");
  EXPECT_NE(q[1].content.find("that the repairs were on schedule"), std::string::npos)
      << q[1].content;
}

// A common noun subject of a stance verb opens its sentence, also after an opening conjunction
// or adverb; inside the sentence it is no source ("the report that critics questioned").
TEST(StatementCues, StanceSubjectAfterAnOpeningConjunction) {
  for (const char* text : {"Experts questioned whether the new tunnel would be safe.",
                           "But experts have questioned whether the new tunnel would be safe.",
                           "However, engineers questioned whether the new tunnel would be safe."}) {
    auto q = run_quotes(text);
    ASSERT_EQ(q.size(), 1u) << text;
    EXPECT_EQ(q[0].cue, "questioned") << text;
    EXPECT_EQ(q[0].content, "whether the new tunnel would be safe") << text;
  }
}

// "appeared on the album", "appeared at a rally": being somewhere is no stance.
TEST(StatementCues, AppearingSomewhereIsNoStatement) {
  EXPECT_TRUE(run_quotes("The singer appeared on the new album in March.").empty());
  auto q = run_quotes("The senator appeared at a rally and said the plan would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].content, "the plan would fail");
}

// "with the city expected to cover a third": a participle after "with" and its noun phrase is a
// passive, absolute clause, no statement of that noun phrase; "quoted as saying", a participle
// of feeling and a verb with no passive still are.
TEST(StatementCues, AnAbsoluteParticipleAfterWithIsNoStatement) {
  for (const char* text :
       {"The first phase would cost 4.5 million euros, with the city expected to cover a third.",
        "Hunting resumed on Saturday, with hunts widely expected to test the new law.",
        "The club picked its side early, with Joe Cole named in midfield."})
    EXPECT_TRUE(run_quotes(text).empty()) << text << ": " << run_quotes(text)[0].cue;
  auto q = run_quotes(
      "The airline may cut 7,000 jobs, with Mr Dixon quoted as saying that it could not afford to "
      "stay.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Mr Dixon");
  q = run_quotes("Travel has stalled, with many worried that the zone will never recover.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "many");
  EXPECT_EQ(q[0].content, "that the zone will never recover");
}

// "… and came away convinced that …": a past form after "and" is the verb of the sentence's
// subject, no subject of its own.
TEST(StatementCues, APastFormAfterAndSharesTheSentencesSubject) {
  auto q = run_quotes(
      "Senator Mitch McConnell met the generals in Rangoon and came away convinced that the "
      "reforms were real.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Senator Mitch McConnell");
  EXPECT_EQ(q[0].content, "that the reforms were real");
}

// "… and some analysts predict that …": a plural present cue before "that" after "and" opens the
// next statement, which ends the one before.
TEST(StatementCues, APluralPresentCueAfterAndEndsTheStatementBefore) {
  auto q = run_quotes(
      "The company said that it wants to be first to the market and some analysts predict that "
      "prices will fall.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "that it wants to be first to the market");
  EXPECT_EQ(q[1].mention, "some analysts");
  EXPECT_EQ(q[1].content, "that prices will fall");
}

TEST(StatementCues, StanceVerbWithItsOwnSubjectStaysACue) {
  // Not an adjunct of another attribution: the criticism is the statement.
  auto q = run_quotes("The union criticized the plan to close three hospitals.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "criticized");
  EXPECT_EQ(q[0].mention, "The union");
}

}  // namespace
}  // namespace newsgraph
