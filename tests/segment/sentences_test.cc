// Sentence and paragraph boundaries on tricky news text: abbreviations, initials, decimals,
// ellipses, quotations that do and do not end a sentence, headlines, boilerplate, wrapped text.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "segment/segment_test_util.h"

namespace newsgraph {
namespace {

using ::testing::ElementsAre;
using testing::segmented;
using testing::sentences_of;

TEST(Sentences, AbbreviationsDoNotEndSentences) {
  EXPECT_THAT(sentences_of("Mr. Smith met Dr. Jones at St. Paul's on Jan. 5. They talked."),
              ElementsAre("Mr. Smith met Dr. Jones at St. Paul's on Jan. 5.", "They talked."));
  EXPECT_THAT(sentences_of("Gen. Mark Milley and Sen. Ted Cruz of Texas met Gov. Abbott."),
              ElementsAre("Gen. Mark Milley and Sen. Ted Cruz of Texas met Gov. Abbott."));
  EXPECT_THAT(sentences_of("Acme Inc. said the U.S. economy grew 3.5% in the U.K. last year."),
              ElementsAre("Acme Inc. said the U.S. economy grew 3.5% in the U.K. last year."));
}

TEST(Sentences, AbbreviationCanEndASentenceBeforeATypicalOpener) {
  EXPECT_THAT(sentences_of("He moved to the U.S. The move was hard."),
              ElementsAre("He moved to the U.S.", "The move was hard."));
  EXPECT_THAT(sentences_of("Profits rose at Apple Inc. But shares fell."),
              ElementsAre("Profits rose at Apple Inc.", "But shares fell."));
  EXPECT_THAT(sentences_of("She moved to Washington, D.C. Mr. Lee stayed (see p. 5) at home."),
              ElementsAre("She moved to Washington, D.C.", "Mr. Lee stayed (see p. 5) at home."));
}

TEST(Sentences, AbbreviationBeforeAQuoteOrBracket) {
  EXPECT_THAT(sentences_of("Rep. Mary K. \"Kit\" Jones spoke. DOVER, N.H. (AP) \u2014 Smith "
                           "left the U.S. \"We won,\" he said."),
              ElementsAre("Rep. Mary K. \"Kit\" Jones spoke.",
                          "DOVER, N.H. (AP) \u2014 Smith left the U.S.", "\"We won,\" he said."));
}

TEST(Sentences, TitleCaseHeadlineIsNotSplitAtAbbreviations) {
  EXPECT_THAT(sentences_of("Talks Resume With A Nod From The U.S. And Japan."),
              ElementsAre("Talks Resume With A Nod From The U.S. And Japan."));
}

TEST(Sentences, InitialsDoNotEndSentences) {
  EXPECT_THAT(sentences_of("John F. Kennedy and J.K. Rowling met George W. Bush. It rained."),
              ElementsAre("John F. Kennedy and J.K. Rowling met George W. Bush.", "It rained."));
}

TEST(Sentences, DecimalsAndAmountsDoNotEndSentences) {
  EXPECT_THAT(sentences_of("Net income climbed 41% to $2.45bn (\u00A31.3bn). Turnover rose 6.4% "
                           "to $17.02bn."),
              ElementsAre("Net income climbed 41% to $2.45bn (\u00A31.3bn).",
                          "Turnover rose 6.4% to $17.02bn."));
}

TEST(Sentences, Ellipses) {
  EXPECT_THAT(sentences_of("We waited... Then the talks collapsed."),
              ElementsAre("We waited...", "Then the talks collapsed."));
  EXPECT_THAT(sentences_of("It was \u2026 well, odd. It was ... Kabul, not Herat."),
              ElementsAre("It was \u2026 well, odd.", "It was ... Kabul, not Herat."));
}

TEST(Sentences, QuotationEndingASentence) {
  EXPECT_THAT(sentences_of("\u201CThe war is over.\u201D Then he left."),
              ElementsAre("\u201CThe war is over.\u201D", "Then he left."));
  EXPECT_THAT(sentences_of("He said: \"We will win.\" \"Never,\" she replied."),
              ElementsAre("He said: \"We will win.\"", "\"Never,\" she replied."));
  EXPECT_THAT(sentences_of("They called it 'a disaster.' Others disagreed."),
              ElementsAre("They called it 'a disaster.'", "Others disagreed."));
  EXPECT_THAT(sentences_of("\u00ABC'est fini.\u00BB Il est parti."),
              ElementsAre("\u00ABC'est fini.\u00BB", "Il est parti."));
}

TEST(Sentences, DoubledApostropheOpensTheNextSentence) {
  // Some papers write ''...'' for double quotation marks: after ". " and attached to a word, ''
  // opens a sentence; attached to the word before, it closes one.
  EXPECT_THAT(sentences_of("The senator said the bill would pass. ''We have the votes,'' he "
                           "said. ''It is done.'' Aides agreed."),
              ElementsAre("The senator said the bill would pass.",
                          "''We have the votes,'' he said.", "''It is done.''", "Aides agreed."));
  EXPECT_THAT(sentences_of("``We won the vote.'' Smith left."),
              ElementsAre("``We won the vote.''", "Smith left."));
}

TEST(Sentences, QuotationNotEndingASentence) {
  EXPECT_THAT(sentences_of("\u201CThe danger is that history comes back,\u201D she said, citing "
                           "1998."),
              ElementsAre("\u201CThe danger is that history comes back,\u201D she said, citing "
                          "1998."));
  EXPECT_THAT(sentences_of("\"Is it over?\" he asked. \"Yes!\" she said."),
              ElementsAre("\"Is it over?\" he asked.", "\"Yes!\" she said."));
  EXPECT_THAT(sentences_of("\u201CWe resist.\u201D he said."),
              ElementsAre("\u201CWe resist.\u201D he said."));
}

TEST(Sentences, QuestionAndExclamationMarks) {
  EXPECT_THAT(sentences_of("Why? Because the war is over! Then what?!"),
              ElementsAre("Why?", "Because the war is over!", "Then what?!"));
}

TEST(Sentences, LowerCaseAfterPeriodContinues) {
  EXPECT_THAT(sentences_of("ending 20 years of war. the end"),
              ElementsAre("ending 20 years of war. the end"));
}

TEST(Paragraphs, HeadlineIsItsOwnParagraphAndSentence) {
  Document doc = segmented(
      "Shipping costs lift Acme profit\n\nQuarterly profits rose. Shares fell.\n\nMore later.");
  ASSERT_EQ(doc.paragraphs.size(), 3u);
  ASSERT_EQ(doc.sentences.size(), 4u);
  EXPECT_EQ(doc.slice(doc.sentences[0].span), "Shipping costs lift Acme profit");
  EXPECT_EQ(doc.paragraphs[0].sentence_begin, 0u);
  EXPECT_EQ(doc.paragraphs[0].sentence_end, 1u);
  EXPECT_EQ(doc.paragraphs[1].sentence_begin, 1u);
  EXPECT_EQ(doc.paragraphs[1].sentence_end, 3u);
  EXPECT_EQ(doc.slice(doc.paragraphs[1].span), "Quarterly profits rose. Shares fell.");

  // One paragraph per line, headline without a blank line after it.
  Document lines = segmented(
      "How the valley became a refuge\nAs the world watched, it acted.\n"
      "Resistance\nThe government fled.\n");
  ASSERT_EQ(lines.paragraphs.size(), 4u);
  ASSERT_EQ(lines.sentences.size(), 4u);
  EXPECT_EQ(lines.slice(lines.sentences[0].span), "How the valley became a refuge");
  EXPECT_EQ(lines.slice(lines.sentences[2].span), "Resistance");
}

TEST(Paragraphs, LineStoppingMidSentenceJoinsALowerCaseContinuation) {
  Document doc = segmented("Editor's note: the mayor has often\nbeen criticised.\nNext one.");
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_EQ(doc.slice(doc.paragraphs[0].span),
            "Editor's note: the mayor has often\nbeen criticised.");
}

TEST(Paragraphs, HardWrappedTextIsRejoined) {
  std::string text =
      "    Rain fell for most of the week across the northern wheat\n"
      "belt, easing a dry spell that began in early spring and\n"
      "lifting hopes for the coming harvest, although soil moisture\n"
      "is still below normal.\n"
      "    Traders said the harvest will start later than usual.\n";
  Document doc = segmented(text);
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_TRUE(doc.slice(doc.sentences[0].span).starts_with("Rain fell for"));
  EXPECT_TRUE(doc.slice(doc.sentences[0].span).ends_with("below normal."));
}

TEST(Paragraphs, BoilerplateLinesAreMarked) {
  Document doc("t", "Talks resumed today.\nCopyright Example News Limited 2021\n");
  doc.text = doc.input;
  doc.boilerplate.push_back(Span{21, 56});
  segment_document(doc);
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_FALSE(doc.paragraphs[0].boilerplate);
  EXPECT_TRUE(doc.paragraphs[1].boilerplate);
}

}  // namespace
}  // namespace newsgraph
