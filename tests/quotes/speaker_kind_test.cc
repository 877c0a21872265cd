// Who can be a speaker: not a date or a sum, and not a name the article uses only inside
// quotation marks.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/run_quotes.h"

namespace newsgraph {
namespace {

Mention mention(const std::string& text, const std::string& words, EntityType type,
                MentionKind kind = MentionKind::kName) {
  const size_t at = text.find(words);
  EXPECT_NE(at, std::string::npos) << words;
  return Mention{Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + words.size())}, type,
                 kind, -1};
}

TEST(SpeakerKind, ADateIsNoSpeaker) {
  const std::string text = "\u201CThe line is ready,\u201D Monday said.";
  auto q = quote_test::run_quotes(
      text, {mention(text, "Monday", EntityType::kDate, MentionKind::kValue)});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Monday");
  EXPECT_EQ(q[0].speaker, -1);
}

TEST(SpeakerKind, ANameOnlyInsideQuotationMarksIsNoSpeaker) {
  // The tagger read the greeting as a name, and "he" would resolve to it.
  const std::string text = "\u201CHello,\u201D he said. \u201CI am glad to be here.\u201D";
  auto q = quote_test::run_quotes(text, {mention(text, "Hello", EntityType::kPerson)});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "he");
  EXPECT_EQ(q[0].speaker, -1);
}

TEST(SpeakerKind, ANamedPersonOutsideQuotesSpeaks) {
  const std::string text = "\u201CThe line is ready,\u201D Ana Ruiz said.";
  auto q = quote_test::run_quotes(text, {mention(text, "Ana Ruiz", EntityType::kPerson)});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_GE(q[0].speaker, 0);
}

TEST(SpeakerKind, NoStrayQuotationMarkInTheSourcePhrase) {
  auto q = quote_test::run_quotes(
      "Mayor Is A \u2018Safe Pair Of Hands,\u2019 City Council Finds.\n\nThe vote was held on "
      "Monday.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].mention, "City Council");
}

// A time phrase between the cue and a parenthesis or an aside is not the source: the subject
// stands before the parenthesis or the aside.
TEST(SpeakerKind, ATimePhraseAfterAParenthesisOrAnAsideIsNoSource) {
  const std::string paren =
      "Sen. Bernie Sanders (I-Vt.) on Tuesday said the trade deal would cost American jobs.";
  auto q = quote_test::run_quotes(paren, {mention(paren, "Bernie Sanders", EntityType::kPerson)});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Sen. Bernie Sanders");
  EXPECT_GE(q[0].speaker, 0);
  const std::string aside =
      "Union leader Tom Brown \u2014 who has led the dockers for a decade \u2014 last week said "
      "the strike would go on until the port met its demands.";
  q = quote_test::run_quotes(aside, {mention(aside, "Tom Brown", EntityType::kPerson)});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Union leader Tom Brown");
  EXPECT_GE(q[0].speaker, 0);
}

// Nor after an appositive: the name before it is.
TEST(SpeakerKind, ATimePhraseAfterAnAppositiveIsNoSource) {
  const std::string text =
      "Temur Umarov, a Central Asia expert at the Carnegie Moscow Center, this year argued that "
      "the resistance could not count on Moscow\u2019s support.";
  auto q =
      quote_test::run_quotes(text, {mention(text, "Temur Umarov", EntityType::kPerson),
                                    mention(text, "Carnegie Moscow Center", EntityType::kOrg)});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Temur Umarov");
  EXPECT_GE(q[0].speaker, 0);
}

// Through a statement, a letter or a speech the subject of the clause after it speaks; a poll
// or a report stays the source of its findings.
TEST(SpeakerKind, AfterInALetterTheSubjectSpeaksButAPollIsTheSource) {
  auto q = quote_test::run_quotes(
      "In a letter to shareholders on Monday, the company\u2019s chief executive spelled out the "
      "cost of the new safety rules.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "the company\u2019s chief executive");
  EXPECT_EQ(q[0].cue, "spelled out");
  EXPECT_EQ(q[0].content, "the cost of the new safety rules");
  q = quote_test::run_quotes(
      "In a Gallup poll released Monday, 45 percent of likely voters chose Clinton over Trump.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "a Gallup poll");
}

// "In a speech in Des Moines, Iowa, X …": the comma inside the place name does not end the
// opening phrase, so X, not "Iowa", is the subject that speaks.
TEST(SpeakerKind, APlaceNameInTheOpeningPhraseDoesNotEndIt) {
  const std::string text =
      "In a speech in Des Moines, Iowa, Sanders laid out his proposals to break up the biggest "
      "banks.";
  auto q = quote_test::run_quotes(
      text, {mention(text, "Des Moines", EntityType::kGpe), mention(text, "Iowa", EntityType::kGpe),
             mention(text, "Sanders", EntityType::kPerson)});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Sanders");
  EXPECT_GE(q[0].speaker, 0);
  EXPECT_EQ(q[0].content, "his proposals to break up the biggest banks");
}

// The subject of a sentence whose relative clause ("who …") stands between it and "said" is
// the source, not the clause's object; a clause with no commas ends before that "said".
TEST(SpeakerKind, TheSubjectBeforeARelativeClauseSpeaks) {
  auto q = quote_test::run_quotes("The man who shot the sheriff said he was sorry.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The man");
  q = quote_test::run_quotes(
      "Analysts who attended the meeting on Monday said the company was likely to settle.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Analysts");
  q = quote_test::run_quotes(
      "The veteran organiser who wrote the speech delivered by the widow of one of the miners at "
      "the rally said he would not vote for the governor.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().mention, "The veteran organiser");
  EXPECT_EQ(q.back().cue, "said");
  EXPECT_EQ(q.back().content, "he would not vote for the governor");
  for (const auto& f : q) EXPECT_EQ(f.content.find(" said "), std::string::npos) << f.content;
}

// "The lifelong Republican said": a party's member named by a determiner phrase is a person
// (unnamed here), not the party; "The Republicans said" is the party.
TEST(SpeakerKind, APartysMemberIsNotTheParty) {
  std::string text = "The lifelong Republican said he would not vote for the governor.";
  auto q = quote_test::run_quotes(text, {mention(text, "Republican", EntityType::kOrg)});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The lifelong Republican");
  EXPECT_EQ(q[0].speaker, -1);
  text = "The Republicans said they would not vote for the governor.";
  q = quote_test::run_quotes(text, {mention(text, "Republicans", EntityType::kOrg)});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_GE(q[0].speaker, 0);
}

// "who in 2010 said", "The senator in March said": "in" and a year or a month between a
// speech verb and its subject are no source.
TEST(SpeakerKind, AYearOrMonthBeforeSaidIsNoSource) {
  auto q = quote_test::run_quotes(
      "The governor met Okafor, who in 2010 said the budget would never balance.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "who");
  q = quote_test::run_quotes("The senator in March said the bill would pass.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The senator");
}

// "she said at a news conference announcing that …": an occasion does not speak; the speaker
// of the sentence's statement does.
TEST(SpeakerKind, AnOccasionBeforeAGerundCueIsNoSource) {
  auto q = quote_test::run_quotes(
      "\u201CWe will get there,\u201D she said at a recent news conference announcing that her "
      "department would sue the state.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "announcing");
  EXPECT_EQ(q[1].mention, "she");
}

// "Having said that, …": a perfect participle that opens a clause is no source.
TEST(SpeakerKind, HavingIsNoSource) {
  auto q = quote_test::run_quotes(
      "Having said that, the team is looking in much better shape this season.");
  for (const auto& f : q) EXPECT_NE(f.mention, "Having") << f.content;
}

}  // namespace
}  // namespace newsgraph
