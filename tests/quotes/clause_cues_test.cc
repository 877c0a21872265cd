// Cues in clauses: a coordinated reporting verb shares the subject that opens the sentence, and
// a reported clause stops where the next clause brings its own subject and cue.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/run_quotes.h"

namespace newsgraph {
namespace {

using quote_test::FoundQuote;
using quote_test::run_quotes;

const FoundQuote* with_cue(const std::vector<FoundQuote>& q, const std::string& cue) {
  for (const auto& x : q)
    if (x.cue == cue) return &x;
  return nullptr;
}

TEST(ClauseCues, ButWithElidedSubjectTakesTheSentenceSubject) {
  auto q = run_quotes(
      "The mayor of Springfield met the workers on Monday, but defended the plan to close the "
      "plant.");
  const FoundQuote* d = with_cue(q, "defended");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->mention, "The mayor of Springfield");
  EXPECT_EQ(d->content, "the plan to close the plant");
}

TEST(ClauseCues, AndSaidAfterAnotherVerbTakesTheNamedSubject) {
  auto q = run_quotes(
      "Senator Jane Miller visited the plant and said the closure would cost hundreds of jobs.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].mention, "Senator Jane Miller");
  EXPECT_EQ(q[0].content, "the closure would cost hundreds of jobs");
}

TEST(ClauseCues, ElidedSubjectNeedsANounPhraseThatOpensTheSentence) {
  // The sentence opens with a verb phrase, not a subject: nobody to give "said" to.
  auto q = run_quotes("Visiting the plant and said nothing would change for the workers.");
  for (const auto& x : q) EXPECT_NE(x.cue, "said") << x.mention;
}

TEST(ClauseCues, ReportedClauseStopsAtTheNextSubjectAndCue) {
  auto q = run_quotes(
      "The minister said the budget would rise by ten percent, and the opposition said the plan "
      "was reckless.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].mention, "The minister");
  EXPECT_EQ(q[0].content, "the budget would rise by ten percent");
  EXPECT_EQ(q[1].mention, "the opposition");
  EXPECT_EQ(q[1].content, "the plan was reckless");
}

TEST(ClauseCues, CoordinatedObjectWithoutACueStaysInTheStatement) {
  // "and the unions" has no verb of saying: the statement goes on.
  auto q = run_quotes(
      "The minister said the budget would rise by ten percent and the unions would be consulted.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the budget would rise by ten percent and the unions would be consulted");
}

TEST(ClauseCues, CueAfterADashAsideTakesTheSubjectBeforeIt) {
  auto q = run_quotes(
      "Mr. Brown \u2014 who has led the union for a decade \u2014 said the workers would strike "
      "next week.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Mr. Brown");
  EXPECT_EQ(q[0].content, "the workers would strike next week");
}

TEST(ClauseCues, SingleDashIsNoAside) {
  // One dash closes a clause of the writer's; there is no aside to skip and no subject.
  auto q = run_quotes("The strike is over \u2014 said nothing about the wages of the workers.");
  for (const auto& x : q) EXPECT_NE(x.mention, "The strike") << x.content;
}

TEST(ClauseCues, ContentBeforeItsSourceWithATrailingPhrase) {
  auto q =
      run_quotes("Prices will rise sharply next year, the bank predicted in its annual report.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "the bank");
  EXPECT_EQ(q[0].content, "Prices will rise sharply next year");
}

TEST(ClauseCues, OpeningAdverbialIsNoContentBeforeTheSource) {
  // The phrase before the comma says where; the statement is the clause after the cue.
  auto q = run_quotes("In an interview, the governor said on Monday the budget was balanced.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "the governor");
  EXPECT_EQ(q[0].content, "the budget was balanced");
}

TEST(ClauseCues, ADateAfterTheCueIsSkippedWithItsDay) {
  // "on March 27" and "on Jan. 5" are adverbials, day and abbreviation included; after a
  // weekday a number opens the statement.
  auto q = run_quotes(
      "The president announced on March 27 he would impose the tariffs. The minister said on "
      "Jan. 5 the plan was dead. The mayor said on Monday 25 firms had left.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].content, "he would impose the tariffs");
  EXPECT_EQ(q[1].content, "the plan was dead");
  EXPECT_EQ(q[2].content, "25 firms had left");
}

TEST(ClauseCues, InfinitiveAfterTheCueIsNoTrailingPhrase) {
  // "promised to resign" states its own content; the clause before is the writer's.
  auto q = run_quotes("The talks collapsed on Friday, the minister promised to resign.");
  for (const auto& x : q) EXPECT_NE(x.content, "The talks collapsed on Friday") << x.mention;
}

TEST(ClauseCues, ReportedClauseWithoutThatAfterAnAddressee) {
  auto q = run_quotes("The union leader told reporters the strike would go ahead on Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the strike would go ahead on Monday");
}

TEST(ClauseCues, NamedAddresseeIsSkippedWhole) {
  auto q = run_quotes("The minister told the BBC the talks had failed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the talks had failed");
}

TEST(ClauseCues, QuotedWordsAfterAPrepositionAreNoTitle) {
  auto q = run_quotes(
      "The company is in \u201Ca very strong position,\u201D its chief executive wrote in a "
      "letter to staff.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "its chief executive");
  EXPECT_EQ(q[0].content, "The company is in \u201Ca very strong position,");
}

TEST(ClauseCues, QuotedTitleAfterAPrepositionIsNoStatement) {
  auto q =
      run_quotes("The senator spoke on \u201CMeet the Press,\u201D the show said in a statement.");
  for (const auto& x : q) EXPECT_NE(x.content, "Meet the Press,") << x.mention;
}

TEST(ClauseCues, StatementAroundItsAttributionHasParts) {
  auto q =
      run_quotes("The new budget, the finance minister said, will cut spending on roads by half.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "the finance minister");
  ASSERT_EQ(q[0].parts.size(), 2u);
  EXPECT_EQ(q[0].parts[0], "The new budget");
  EXPECT_EQ(q[0].parts[1], "will cut spending on roads by half");
  EXPECT_EQ(q[0].text, "The new budget will cut spending on roads by half");
}

TEST(ClauseCues, AccordingToAsAnAsideAfterTheSubject) {
  auto q = run_quotes(
      "The budget, according to the finance ministry, will rise by ten percent next year.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "the finance ministry");
  EXPECT_EQ(q[0].text, "The budget will rise by ten percent next year");
  ASSERT_EQ(q[0].parts.size(), 2u);
  EXPECT_EQ(q[0].parts[0], "The budget");
}

TEST(ClauseCues, AccordingToAfterAnOpeningAdverbial) {
  // "In 2015" says when, not what: the statement is the clause after the aside.
  auto q =
      run_quotes("In 2015, according to the finance ministry, the budget rose by ten percent.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the budget rose by ten percent");
  EXPECT_TRUE(q[0].parts.empty());
}

TEST(ClauseCues, ParticipleTakesTheSubjectNotTheWholeClause) {
  auto q = run_quotes(
      "The Acme Company announced the sale on Monday, adding that the buyer would keep all staff.");
  const FoundQuote* a = with_cue(q, "adding");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->mention, "The Acme Company");
  EXPECT_EQ(a->content, "that the buyer would keep all staff");
}

TEST(ClauseCues, OpeningConjunctionAndPrepositionAreNotTheSubject) {
  auto q = run_quotes(
      "But despite the protests, Mayor Jane Ortiz defended the budget, saying the cuts were "
      "necessary.");
  const FoundQuote* s = with_cue(q, "saying");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->mention, "Mayor Jane Ortiz");
}

// A lower-case title inside the name ("Labour leader Jane Porter") and a time adverb with no
// comma before the subject ("Later Labour leader …") keep the whole subject.
TEST(ClauseCues, ParticipleAfterATitledNameAndATimeAdverb) {
  auto q = run_quotes(
      "Labour leader Jane Porter wrote to the minister, saying the plan would fail. Later "
      "Senate leader Tom Hale sent the minister a letter, saying: \u201CWe will oppose "
      "it.\u201D");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].mention, "Labour leader Jane Porter");
  EXPECT_EQ(q[0].cue, "saying");
  EXPECT_EQ(q[1].mention, "Senate leader Tom Hale");
  EXPECT_EQ(q[1].cue, "saying");
  EXPECT_EQ(q[1].content, "We will oppose it.");
}

// "Early in …," opens the sentence like "Earlier this year,": the subject is after its comma.
TEST(ClauseCues, ParticipleAfterAnEarlyInOpener) {
  auto q = run_quotes(
      "Early in the race, Senator Ann Ruiz met her rival, calling him \u201Ca career "
      "lobbyist.\u201D");
  const FoundQuote* c = with_cue(q, "calling");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->mention, "Senator Ann Ruiz");
}

// The subject a coordinated cue shares keeps "of", "and" and a title between the words of a
// name, up to a long committee title.
TEST(ClauseCues, CoordinatedCueSharesALongTitledName) {
  auto q = run_quotes(
      "Secretary of State Jane Roe met the two leaders on Monday and said the talks were useful. "
      "Senate Foreign Relations Committee chairman Bob Lutz opened the hearing but doubted the "
      "treaty could pass.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].mention, "Secretary of State Jane Roe");
  EXPECT_EQ(q[0].content, "the talks were useful");
  EXPECT_EQ(q[1].mention, "Senate Foreign Relations Committee chairman Bob Lutz");
  EXPECT_EQ(q[1].cue, "doubted");
}

// Two participle cues joined by "and" are two statements of the same source (PolNeAR marks
// "calling him a “stiff”" and "accusing him of …" apart); a gerund before a verb is a noun.
TEST(ClauseCues, ParticiplesJoinedByAndAreTwoStatements) {
  auto q = run_quotes(
      "Senator Ann Ruiz toured the plant on Tuesday, praising its workers and accusing the "
      "governor of ignoring them.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].cue, "praising");
  EXPECT_EQ(q[0].content, "its workers");
  EXPECT_EQ(q[1].cue, "accusing");
  EXPECT_EQ(q[1].content, "the governor of ignoring them");
  EXPECT_EQ(q[1].mention, "Senator Ann Ruiz");
  auto n = run_quotes(
      "The school kept its rating, saying teaching and learning have both improved this year.");
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].content, "teaching and learning have both improved this year");
}

TEST(ClauseCues, GerundCueAfterAPrepositionTakesTheSentenceSubject) {
  // "by warning that …", "after saying …": what the subject said, when a clause or a quotation
  // follows the cue.
  auto q = run_quotes("She rallied supporters on Monday by warning that the budget was in danger.");
  const FoundQuote* w = with_cue(q, "warning");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->mention, "She");
  EXPECT_EQ(w->content, "that the budget was in danger");
  q = run_quotes(
      "Yet he is facing criticism after saying in a radio interview that the plan was unfair.");
  const FoundQuote* s = with_cue(q, "saying");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->mention, "he");
  EXPECT_EQ(s->content, "that the plan was unfair");
  // A literal "adding" with an object states nothing.
  EXPECT_TRUE(run_quotes("He balanced the budget by adding a new tax on hotels.").empty());
}

TEST(ClauseCues, SentenceAdverbBeforeTheSubjectIsNoSource) {
  // "Meanwhile," and "However," open the sentence; the subject is after the comma.
  auto q = run_quotes(
      "Meanwhile, the union met the owners on Monday and said the plant would stay "
      "open.");
  const FoundQuote* s = with_cue(q, "said");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->mention, "the union");
  q = run_quotes("However, she visited the plant and warned that the line would close.");
  const FoundQuote* w = with_cue(q, "warned");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->mention, "she");
}

TEST(ClauseCues, GerundCueAfterACommaAndAnAdverb) {
  // ", also calling on …", ", later admitting …": the adverb between the comma and the cue
  // neither hides the cue nor lets the clause before run on into it.
  auto q = run_quotes(
      "Yet she did not limit her attacks to the budget, also calling on voters to "
      "reject the plan.");
  const FoundQuote* c = with_cue(q, "calling");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->mention, "she");
  EXPECT_EQ(c->content, "voters to reject the plan");
  q = run_quotes(
      "The minister defended the plan on Monday, later admitting that it had cost "
      "too much.");
  const FoundQuote* d = with_cue(q, "defended");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->content, "the plan on Monday");
  const FoundQuote* a = with_cue(q, "admitting");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->content, "that it had cost too much");
}

TEST(ClauseCues, AStanceCueCoordinatedAfterAStatementWithABeVerb) {
  // "was" belongs to the first statement; "rejected" after "and" is the senator's own.
  auto q =
      run_quotes("Senator Ruth Adler said the deal was fair and rejected calls for a new vote.");
  const FoundQuote* r = with_cue(q, "rejected");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->mention, "Senator Ruth Adler");
  EXPECT_EQ(r->content, "calls for a new vote");
  // A passive right before the cue is still no source: "and criticised by the unions".
  q = run_quotes("The new tax was approved in May and criticised by the unions.");
  EXPECT_EQ(with_cue(q, "criticised"), nullptr);
}

TEST(ClauseCues, ACoordinatedCueTakesTheWholeSubjectOfTheFirstVerb) {
  // The elided subject is the first verb's source, not only its capitalized first word.
  auto q = run_quotes(
      "Human rights group Freedom Watch said the ruling was welcome but called on the government "
      "to free the remaining prisoners.");
  const FoundQuote* c = with_cue(q, "called");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->mention, "Human rights group Freedom Watch");
}

TEST(ClauseCues, APassiveStanceCueWithItsAgent) {
  // The agent after "by" judged what the subject names.
  auto q = run_quotes("Plans to close the rural post offices were condemned by local councillors.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "Plans to close the rural post offices");
  EXPECT_EQ(q[0].mention, "local councillors");
  // Not a subject with a verb of its own before the passive, nor "quoted by".
  q = run_quotes("The new tax was approved in May and criticised by the unions.");
  EXPECT_TRUE(q.empty());
  q = run_quotes("The chief executive was quoted by the paper as saying profits would rise.");
  for (const FoundQuote& f : q) EXPECT_NE(f.mention, "the paper");
}

}  // namespace
}  // namespace newsgraph
