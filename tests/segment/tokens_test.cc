// Tokenization of tricky news text: CoNLL / Penn Treebank conventions for punctuation,
// possessives, contractions, abbreviations, numbers, currency, hyphens, dashes and URLs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "segment/segment_test_util.h"

namespace newsgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using testing::has_flag;
using testing::segmented;
using testing::tokens_of;

TEST(Tokens, PunctuationIsSplitOff) {
  EXPECT_THAT(
      tokens_of("Kabul, Dushanbe; and (Moscow): yes!"),
      ElementsAre("Kabul", ",", "Dushanbe", ";", "and", "(", "Moscow", ")", ":", "yes", "!"));
}

TEST(Tokens, PossessivesWithBothApostrophes) {
  EXPECT_THAT(tokens_of("Rahmon\u2019s ties, Massoud's father and the Tajiks' fate"),
              ElementsAre("Rahmon", "\u2019s", "ties", ",", "Massoud", "'s", "father", "and", "the",
                          "Tajiks", "'", "fate"));
  EXPECT_THAT(tokens_of("THE U.S.'S ROLE"), ElementsAre("THE", "U.S.", "'S", "ROLE"));
}

TEST(Tokens, ContractionsFollowThePennTreebank) {
  EXPECT_THAT(tokens_of("I'm sure we'll win, but they can't and don't."),
              ElementsAre("I", "'m", "sure", "we", "'ll", "win", ",", "but", "they", "ca", "n't",
                          "and", "do", "n't", "."));
  EXPECT_THAT(tokens_of("We don\u2019t know, they\u2019re told, it won't."),
              ElementsAre("We", "do", "n\u2019t", "know", ",", "they", "\u2019re", "told", ",",
                          "it", "wo", "n't", "."));
  // Names with apostrophes are not contractions.
  EXPECT_THAT(tokens_of("O'Neill and d'Estaing"), ElementsAre("O'Neill", "and", "d'Estaing"));
}

TEST(Tokens, ApostropheIsAQuoteMarkOnlyWhenItClosesAQuote) {
  Document doc = segmented("the Tajiks' fate and 'career sexism' claims");
  auto texts = testing::token_texts(doc);
  ASSERT_THAT(texts, ElementsAre("the", "Tajiks", "'", "fate", "and", "'", "career", "sexism", "'",
                                 "claims"));
  EXPECT_FALSE(has_flag(doc.tokens[2], TokenFlags::kQuoteMark));  // possessive
  EXPECT_TRUE(has_flag(doc.tokens[5], TokenFlags::kQuoteMark));   // opening
  EXPECT_TRUE(has_flag(doc.tokens[8], TokenFlags::kQuoteMark));   // closing

  Document curly = segmented("the \u2018war\u2019 and Afghanistan\u2019s neighbours");
  ASSERT_THAT(testing::token_texts(curly), ElementsAre("the", "\u2018", "war", "\u2019", "and",
                                                       "Afghanistan", "\u2019s", "neighbours"));
  EXPECT_TRUE(has_flag(curly.tokens[1], TokenFlags::kQuoteMark));
  EXPECT_TRUE(has_flag(curly.tokens[3], TokenFlags::kQuoteMark));
  EXPECT_FALSE(has_flag(curly.tokens[6], TokenFlags::kQuoteMark));
}

TEST(Tokens, AllQuotationMarkStyles) {
  Document doc = segmented("\"a\" \u201Cb\u201D \u00ABc\u00BB \u201Ed\u201C \u201Ae\u2018");
  auto texts = testing::token_texts(doc);
  ASSERT_THAT(texts, ElementsAre("\"", "a", "\"", "\u201C", "b", "\u201D", "\u00AB", "c", "\u00BB",
                                 "\u201E", "d", "\u201C", "\u201A", "e", "\u2018"));
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    bool letter = texts[i].size() == 1 && texts[i][0] >= 'a' && texts[i][0] <= 'e';
    EXPECT_EQ(has_flag(doc.tokens[i], TokenFlags::kQuoteMark), !letter) << texts[i];
    EXPECT_EQ(has_flag(doc.tokens[i], TokenFlags::kPunct), !letter) << texts[i];
  }
}

TEST(Tokens, AbbreviationsAndInitialsKeepTheirPeriods) {
  EXPECT_THAT(tokens_of("Mr. Smith met Dr. Jones of Acme Corp. in the U.S. on Jan. 5"),
              ElementsAre("Mr.", "Smith", "met", "Dr.", "Jones", "of", "Acme", "Corp.", "in", "the",
                          "U.S.", "on", "Jan.", "5"));
  EXPECT_THAT(
      tokens_of("John F. Kennedy and J.K. Rowling at 9 a.m. today"),
      ElementsAre("John", "F.", "Kennedy", "and", "J.K.", "Rowling", "at", "9", "a.m.", "today"));
  EXPECT_THAT(tokens_of("Gen. Lt. Col. Sen. Rep. Gov. St. Jr. Inc. Co. Ltd. vs. Dec. 5"),
              ElementsAre("Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "St.", "Jr.", "Inc.",
                          "Co.", "Ltd.", "vs.", "Dec.", "5"));
  // At the end of a paragraph the period is split off even an abbreviation, as CoNLL does.
  EXPECT_THAT(tokens_of("He moved to the U.S."),
              ElementsAre("He", "moved", "to", "the", "U.S", "."));
}

TEST(Tokens, SentenceFinalPeriodIsSplitOff) {
  EXPECT_THAT(tokens_of("It ended in 2001. Then it began."),
              ElementsAre("It", "ended", "in", "2001", ".", "Then", "it", "began", "."));
  // "No." is an abbreviation only before a number.
  EXPECT_THAT(tokens_of("The No. 1 seed said no."),
              ElementsAre("The", "No.", "1", "seed", "said", "no", "."));
  // Words run together after a period are split.
  EXPECT_THAT(tokens_of("ended on Tuesday.He said"),
              ElementsAre("ended", "on", "Tuesday", ".", "He", "said"));
}

TEST(Tokens, NumbersAndCurrency) {
  EXPECT_THAT(tokens_of("Profits rose 3.5% to $1.13bn (\u00A3600m), with 200,000 users."),
              ElementsAre("Profits", "rose", "3.5", "%", "to", "$", "1.13bn", "(", "\u00A3", "600m",
                          ")", ",", "with", "200,000", "users", "."));
  EXPECT_THAT(
      tokens_of("a bounty of $ 200,000 and US$5 or \u20AC12.50"),
      ElementsAre("a", "bounty", "of", "$", "200,000", "and", "US$", "5", "or", "\u20AC", "12.50"));
  EXPECT_THAT(tokens_of("in the 1990s and '90s, -5 degrees"),
              ElementsAre("in", "the", "1990s", "and", "'90s", ",", "-5", "degrees"));
}

TEST(Tokens, HyphensStayDashesSplit) {
  EXPECT_THAT(tokens_of("Soviet-era leaders call it non-negotiable."),
              ElementsAre("Soviet-era", "leaders", "call", "it", "non-negotiable", "."));
  EXPECT_THAT(tokens_of("Tajiks \u2013 the second group \u2013 fled\u2014quickly -- or not"),
              ElementsAre("Tajiks", "\u2013", "the", "second", "group", "\u2013", "fled", "\u2014",
                          "quickly", "--", "or", "not"));
}

TEST(Tokens, EllipsesAreOneToken) {
  EXPECT_THAT(tokens_of("Well... maybe\u2026 or .... not"),
              ElementsAre("Well", "...", "maybe", "\u2026", "or", "....", "not"));
}

TEST(Tokens, UrlsAndEmailsStayWhole) {
  EXPECT_THAT(tokens_of("See https://www.ft.com/content/a-b?x=1. Write to news@example.co.uk."),
              ElementsAre("See", "https://www.ft.com/content/a-b?x=1", ".", "Write", "to",
                          "news@example.co.uk", "."));
  EXPECT_THAT(tokens_of("(www.bbc.co.uk/news)"), ElementsAre("(", "www.bbc.co.uk/news", ")"));
}

TEST(Tokens, LettersOfAnyScriptAreWordCharacters) {
  EXPECT_THAT(tokens_of("\u0412\u043B\u0430\u0434\u0438\u043C\u0438\u0440 \u041F\u0443\u0442\u0438"
                        "\u043D, Z\u00FCrich und \u5317\u4EAC."),
              ElementsAre("\u0412\u043B\u0430\u0434\u0438\u043C\u0438\u0440",
                          "\u041F\u0443\u0442\u0438\u043D", ",", "Z\u00FCrich", "und",
                          "\u5317\u4EAC", "."));
}

TEST(Tokens, FlagsDescribeShapeAndSpacing) {
  Document doc = segmented("Tajik troops (2,000) left.\nThey returned");
  ASSERT_THAT(testing::token_texts(doc),
              ElementsAre("Tajik", "troops", "(", "2,000", ")", "left", ".", "They", "returned"));
  const auto& t = doc.tokens;
  EXPECT_TRUE(has_flag(t[0], TokenFlags::kCapitalized));
  EXPECT_TRUE(has_flag(t[0], TokenFlags::kParagraphStart));
  EXPECT_TRUE(has_flag(t[0], TokenFlags::kSentenceStart));
  EXPECT_FALSE(has_flag(t[0], TokenFlags::kSpaceBefore));
  EXPECT_FALSE(has_flag(t[1], TokenFlags::kCapitalized));
  EXPECT_TRUE(has_flag(t[1], TokenFlags::kSpaceBefore));
  EXPECT_TRUE(has_flag(t[2], TokenFlags::kPunct));
  EXPECT_FALSE(has_flag(t[3], TokenFlags::kSpaceBefore));
  EXPECT_TRUE(has_flag(t[3], TokenFlags::kNumber));
  EXPECT_FALSE(has_flag(t[3], TokenFlags::kPunct));
  EXPECT_TRUE(has_flag(t[6], TokenFlags::kPunct));
  EXPECT_FALSE(has_flag(t[6], TokenFlags::kQuoteMark));
  EXPECT_TRUE(has_flag(t[7], TokenFlags::kParagraphStart));
  EXPECT_TRUE(has_flag(t[7], TokenFlags::kSentenceStart));
  EXPECT_TRUE(has_flag(t[7], TokenFlags::kSpaceBefore));
  EXPECT_FALSE(has_flag(t[8], TokenFlags::kSentenceStart));
}

TEST(Tokens, NumberedListItemKeepsItsPeriod) {
  EXPECT_THAT(tokens_of("1. Michael Schumacher (Germany) Ferrari"),
              ElementsAre("1.", "Michael", "Schumacher", "(", "Germany", ")", "Ferrari"));
}

}  // namespace
}  // namespace newsgraph
