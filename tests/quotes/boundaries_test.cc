// Cue coverage and content boundaries added from the PolNeAR train study, on hand-written
// sentences: infinitive complements, impressions (seem / appear), statements that go on after
// their attribution, new attributions inside a clause, mined cue verbs and participle openers.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/quotes.h"
#include "quotes/run_quotes.h"

namespace newsgraph {
namespace {

std::vector<quote_test::FoundQuote> run(const std::string& text) {
  return quote_test::run_quotes(text);
}

TEST(Boundaries, InfinitiveComplementKeepsTo) {
  auto q = run("The mayor vowed to rebuild the old bridge before winter.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "to rebuild the old bridge before winter");
  EXPECT_EQ(q[0].mention, "The mayor");
}

TEST(Boundaries, DeclinedToComment) {
  auto q = run("Councillor Maas declined to comment on the vote.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "to comment on the vote");
  EXPECT_EQ(q[0].cue, "declined");
}

// A cue inside a relative clause reports the clause from its relative pronoun, the source and
// the cue included (PolNeAR's reading); the source is the relative clause's subject.
TEST(Boundaries, CueInsideARelativeClauseReportsTheClause) {
  auto q = run("TWA bought the airline, which analysts said would fit well with its routes.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "which analysts said would fit well with its routes");
  EXPECT_EQ(q[0].mention, "analysts");
  auto w = run("The group lobbies for what it calls sensible gun laws in every state.");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].content, "what it calls sensible gun laws in every state");
}

TEST(Boundaries, ToAnObjectThenThatClause) {
  // "to" followed by an object is not an infinitive: the statement starts at "that".
  auto q = run("Ms. Okafor wrote to the committee that the budget had been padded for years.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "that the budget had been padded for years");
}

TEST(Boundaries, ImpressionKeepsItsSubject) {
  auto q = run("The visiting delegation seemed unconvinced by the new figures.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "The visiting delegation seemed unconvinced by the new figures");
  EXPECT_EQ(q[0].cue, "seemed");
}

TEST(Boundaries, QuoteAfterAttributionContinuesStatement) {
  auto q =
      run("\u201CWe will not close the library,\u201D the director said on Friday. "
          "\u201CIt belongs to the whole town and it stays open.\u201D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content,
            "We will not close the library,\u201D the director said on Friday. "
            "\u201CIt belongs to the whole town and it stays open.");
  EXPECT_EQ(q[0].mention, "the director");
}

TEST(Boundaries, QuoteWithItsOwnAttributionStaysSeparate) {
  auto q =
      run("\u201CWe will not close the library,\u201D the director said. "
          "\u201CNobody asked us about it,\u201D a reader said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].mention, "a reader");
}

TEST(Boundaries, ConjoinedReportingVerbEndsTheContent) {
  auto q =
      run("Ms. Lindqvist said the plan was too costly and argued that voters would reject "
          "it in the spring.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "the plan was too costly");
  EXPECT_EQ(q[1].content, "that voters would reject it in the spring");
}

TEST(Boundaries, MinedCueVerb) {
  auto q = run("Senator Alvarez speculated that the bill would pass within a month.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "speculated");
  EXPECT_EQ(q[0].content, "that the bill would pass within a month");
}

TEST(Boundaries, NounUseOfMinedVerbIsNoCue) {
  // "issue" / "views" are past-form-only cues: their base forms here are nouns.
  auto q = run("The issue divides the county. His views changed over the summer months.");
  EXPECT_TRUE(q.empty());
}

TEST(Boundaries, UnlistedVerbBeforeThat) {
  auto q = run("Mr. Haddad reckoned that the strike would end by Tuesday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "reckoned");
  EXPECT_EQ(q[0].mention, "Mr. Haddad");
}

TEST(Boundaries, ParticipleOpenerIsNotTheSpeaker) {
  auto q =
      run("Speaking to reporters, Mayor Brandt defended the budget, saying that the "
          "cuts were unavoidable this year.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().content, "that the cuts were unavoidable this year");
  EXPECT_EQ(q.back().mention.find("Speaking"), std::string::npos) << q.back().mention;
}

TEST(Boundaries, DatelineIsNotPartOfTheStatement) {
  auto q = run("SPRINGFIELD, Ill. \u2014 The plant will close next spring, the company said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "The plant will close next spring");
}

TEST(Boundaries, StatementInARelativeClauseEndsWithTheClause) {
  // The comma before the sentence's own verb closes the relative clause and its statement.
  auto q =
      run("Councillor Ana Ruiz, who said the new parking rules were unfair to shop owners, "
          "voted against the measure on Tuesday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the new parking rules were unfair to shop owners");
  EXPECT_EQ(q[0].mention, "who");
  q = run("The union, which claims the plan will cost 400 jobs, has closed two of its offices.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the plan will cost 400 jobs");
  // A comma inside the statement that no verb follows does not end it.
  q = run("The mayor, who said the budget, the parks and the schools were safe, was applauded.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the budget, the parks and the schools were safe");
}

TEST(Boundaries, RelativeClauseEndsBeforeANegativeContraction) {
  // A negative contraction is the sentence's own verb too, with either apostrophe.
  auto q =
      run("The tenants, who say the rent rise was never explained to them, can\u2019t afford "
          "to move before the winter.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the rent rise was never explained to them");
  q =
      run("The growers, who said the frost had ruined half the crop, don't have the money to "
          "replant this year.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the frost had ruined half the crop");
}

TEST(Boundaries, ACommaAndASubjectWithItsOwnSpeechVerbEndTheStatement) {
  // The clause of "pointed out" ends at the comma; the minister's statement is his own.
  auto q =
      run("When the reporter pointed out that the figures were wrong, the minister said the "
          "ministry would check them again.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "that the figures were wrong");
  EXPECT_EQ(q[1].cue, "said");
  EXPECT_EQ(q[1].mention, "the minister");
  EXPECT_EQ(q[1].content, "the ministry would check them again");
}

TEST(Boundaries, TwoTimeWordsAfterTheCueBeforeAComma) {
  // "said Tuesday afternoon, as …": the time phrase belongs to the cue, the statement is the
  // clause before it.
  auto q =
      run("The new tariffs are a tax on working families, union leaders said Tuesday afternoon, as "
          "they gathered outside the ministry.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "The new tariffs are a tax on working families");
  EXPECT_EQ(q[0].mention, "union leaders");
}

TEST(Boundaries, AnAppositiveAfterAnInvertedSourceIsNoStatement) {
  auto q =
      run("The plant will close by the end of the year, said Tom Reed, a spokesman for the firm.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "The plant will close by the end of the year");
  EXPECT_TRUE(q[0].parts.empty());
  // The statement that goes on after the appositive keeps its second piece.
  q =
      run("The real problem, said Ann Lee, an economist at the bank, is that wages have not kept "
          "up.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].parts.size(), 2u);
}

TEST(Boundaries, ObjectOfToldWithAPossessiveOrATitle) {
  // The programme or paper after "told" is its object, not the start of the statement.
  auto q =
      run("The minister told BBC Radio 4's Today programme he would not resign over the "
          "leak.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "he would not resign over the leak");
  q =
      run("Councillors had voted to close the library, the mayor told BBC Radio 4's World At "
          "One.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "Councillors had voted to close the library");
  EXPECT_EQ(q[0].mention, "the mayor");
  q = run("The deal was fair to both sides, the governor told ABC's \"Good Morning America.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "The deal was fair to both sides");
  q = run("The new rules were never enforced, he told the court in his filing.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "The new rules were never enforced");
}

TEST(Boundaries, BackIsAParticleOfTheVerbBeforeIt) {
  // "fired back at …" is one cue whose source is the subject; "back" after another verb is no
  // cue at all ("hit back through a late goal", "fired back in March, attacking …").
  auto q = run("The senator fired back at the report on Tuesday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "fired back");
  EXPECT_EQ(q[0].mention, "The senator");
  EXPECT_EQ(q[0].content, "the report on Tuesday");
  EXPECT_TRUE(run("The visitors hit back through a late goal from their captain.").empty());
  q = run("Smith fired back in March, attacking the plan for its cost.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "attacking");
  EXPECT_EQ(q[0].mention, "Smith");
}

TEST(Boundaries, ACueWordBeforeAnAmountIsASumNotAStatement) {
  // Market moves and sums use cue verbs and nouns: no statement, whoever the subject is.
  EXPECT_TRUE(run("Shares of the bank added 5.3% to 740 yen in Tokyo.").empty());
  EXPECT_TRUE(run("The company's stock declined 1/4 to 103-1/2 by midafternoon.").empty());
  EXPECT_TRUE(run("Brent crude rose, adding $1.89 to $48.62 at the close.").empty());
  EXPECT_TRUE(run("The results include restructuring charges of 2.1 mln dlrs.").empty());
  EXPECT_TRUE(run("The index closed up 23 points to 6661.89 on Thursday.").empty());
  EXPECT_TRUE(run("Pakistan has offered 50,000 tonnes of rice as emergency aid.").empty());
  // A figure a speaker reports, and a cue before its statement, stay statements.
  auto q = run("The ministry said 9.4 mln dlrs of deposits were moved.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "9.4 mln dlrs of deposits were moved");
  q = run("Ms. Okafor added that 40 jobs would go.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "added");
}

TEST(Boundaries, APhrasalCuesParticleIsPartOfTheCue) {
  // PolNeAR marks the particle with the verb: "brushed off" the criticism, "made it clear"
  // that …; "to" stays with what follows (InfinitiveComplementKeepsTo).
  auto q = run("The mayor brushed off the criticism from the council.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "brushed off");
  EXPECT_EQ(q[0].content, "the criticism from the council");
  q = run("Critics made it clear that the plan would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "made it clear");
  EXPECT_EQ(q[0].content, "that the plan would fail");
}

TEST(Boundaries, ALaterAttributionKeepsItsOwnQuotation) {
  // The statement after "said" ends before a clause whose own subject and speech verb
  // introduce a quotation; that quotation is the later verb's.
  auto q =
      run("He said the depot would stay open, and when asked about the night shifts, the "
          "manager of the site replied, \u201CThose are not part of the plan.\u201D");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].content.find("replied"), std::string::npos) << q[0].content;
  EXPECT_EQ(q[1].cue, "replied");
  EXPECT_EQ(q[1].mention, "the manager of the site");
  EXPECT_EQ(q[1].content, "Those are not part of the plan.");
}

TEST(Boundaries, AClauseBeforeItsSourceThatOpensWithSaidIsThatVerbs) {
  // ", the report showed" does not take a clause that opens with "Okafor also said": the
  // statement is Okafor's.
  auto q =
      run("Okafor also said the accounts do not show where the grant went, which she said was "
          "spent on the roof, the report showed.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].mention, "Okafor");
  for (const auto& f : q) EXPECT_NE(f.content.rfind("Okafor", 0), 0u) << f.content;
}

TEST(Boundaries, AStatementThatOpensWithItsOwnSourceIsNotANounCues) {
  // "In one tweet on Friday, Haas said: …": the quotation is what Haas said, not the content
  // of an earlier non-speech cue.
  auto q =
      run("In one tweet on Friday, Haas said: \u201CThe council has misled the town about the "
          "budget for two years.\u201D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].mention, "Haas");
  EXPECT_EQ(q[0].type, QuoteType::kDirect);
}

}  // namespace
}  // namespace newsgraph
