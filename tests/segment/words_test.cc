// The per-token fields segmentation computes for later stages (quotation-mark direction and
// style, line breaks, the lower-case text) and the word view quotes and resolve walk
// (segment/words.h): clitics joined to their word, abbreviation periods split off.
#include "segment/words.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "segment/segment_test_util.h"

namespace newsgraph {
namespace {

using ::testing::ElementsAre;
using testing::has_flag;
using testing::segmented;

// The token whose text is `text`, the n-th such (0-based).
const Token& token(const Document& doc, std::string_view text, int n = 0) {
  for (const Token& t : doc.tokens)
    if (doc.slice(t.span) == text && n-- == 0) return t;
  ADD_FAILURE() << "no token " << text;
  return doc.tokens.front();
}

std::vector<std::string> word_texts(const Document& doc) {
  std::vector<scan::Word> words;
  scan::words_from_tokens(doc, words);
  std::vector<std::string> out;
  for (const scan::Word& w : words) out.emplace_back(doc.text.substr(w.begin, w.end - w.begin));
  return out;
}

TEST(TokenFields, CurlyMarksOpenAndCloseByShape) {
  Document doc =
      segmented("\u201cWe will not give up,\u201d said Mr. Rahmon, calling it \u2018a war\u2019.");
  const Token& open = token(doc, "\u201c");
  EXPECT_TRUE(has_flag(open, TokenFlags::kOpenQuote));
  EXPECT_FALSE(has_flag(open, TokenFlags::kCloseQuote));
  EXPECT_FALSE(has_flag(open, TokenFlags::kSingleQuote));
  const Token& close = token(doc, "\u201d");
  EXPECT_TRUE(has_flag(close, TokenFlags::kCloseQuote));
  EXPECT_FALSE(has_flag(close, TokenFlags::kOpenQuote));
  EXPECT_TRUE(has_flag(token(doc, "\u2018"), TokenFlags::kOpenQuote));
  EXPECT_TRUE(has_flag(token(doc, "\u2018"), TokenFlags::kSingleQuote));
  const Token& single_close = token(doc, "\u2019");
  EXPECT_TRUE(has_flag(single_close, TokenFlags::kCloseQuote));
  EXPECT_TRUE(has_flag(single_close, TokenFlags::kSingleQuote));
  // No other token carries a direction.
  for (const Token& t : doc.tokens) {
    if (has_flag(t, TokenFlags::kQuoteMark)) continue;
    EXPECT_FALSE(has_flag(t, TokenFlags::kOpenQuote) || has_flag(t, TokenFlags::kCloseQuote))
        << doc.slice(t.span);
  }
}

TEST(TokenFields, StraightMarksTakeTheirDirectionFromTheirNeighbours) {
  Document doc = segmented("He said (\"no deal\") and \"we are done.\" Then ''it ended''.");
  EXPECT_TRUE(has_flag(token(doc, "\"", 0), TokenFlags::kOpenQuote));   // after "("
  EXPECT_TRUE(has_flag(token(doc, "\"", 1), TokenFlags::kCloseQuote));  // before ")"
  EXPECT_TRUE(has_flag(token(doc, "\"", 2), TokenFlags::kOpenQuote));   // after a space
  EXPECT_TRUE(has_flag(token(doc, "\"", 3), TokenFlags::kCloseQuote));  // after "."
  // Two apostrophes stand for a double mark.
  const Token& doubled = token(doc, "''", 0);
  EXPECT_TRUE(has_flag(doubled, TokenFlags::kOpenQuote));
  EXPECT_FALSE(has_flag(doubled, TokenFlags::kSingleQuote));
  EXPECT_TRUE(has_flag(token(doc, "''", 1), TokenFlags::kCloseQuote));
}

TEST(TokenFields, AnApostropheAfterPunctuationClosesAQuote) {
  // The quote opened in an earlier paragraph, so the paragraph's pairing did not mark it.
  Document doc = segmented("I think it's a bit more.' The orchestra struck up. He said `no'.");
  const Token& mark = token(doc, "'");
  EXPECT_FALSE(has_flag(mark, TokenFlags::kQuoteMark));
  EXPECT_TRUE(has_flag(mark, TokenFlags::kCloseQuote));
  EXPECT_TRUE(has_flag(mark, TokenFlags::kSingleQuote));
  const Token& backtick = token(doc, "`");
  EXPECT_TRUE(has_flag(backtick, TokenFlags::kOpenQuote));
  EXPECT_TRUE(has_flag(backtick, TokenFlags::kSingleQuote));
}

TEST(TokenFields, ApostrophesAreNoQuotationMarks) {
  Document doc = segmented("The players' union said Rahmon\u2019s aides don\u2019t know.");
  for (const Token& t : doc.tokens) {
    EXPECT_FALSE(has_flag(t, TokenFlags::kQuoteMark)) << doc.slice(t.span);
    EXPECT_FALSE(has_flag(t, TokenFlags::kOpenQuote) || has_flag(t, TokenFlags::kCloseQuote))
        << doc.slice(t.span);
  }
}

TEST(TokenFields, LineBreaksAndLowerCaseText) {
  Document doc = segmented("KABUL, Afghanistan\nU.S. officials said\n\nThe talks failed.");
  EXPECT_FALSE(has_flag(token(doc, "KABUL"), TokenFlags::kNewlineBefore));
  EXPECT_FALSE(has_flag(token(doc, "Afghanistan"), TokenFlags::kNewlineBefore));
  EXPECT_TRUE(has_flag(token(doc, "U.S."), TokenFlags::kNewlineBefore));
  EXPECT_FALSE(has_flag(token(doc, "officials"), TokenFlags::kNewlineBefore));
  EXPECT_TRUE(has_flag(token(doc, "The"), TokenFlags::kNewlineBefore));
  ASSERT_EQ(doc.lower_text.size(), doc.text.size());
  const Token& us = token(doc, "U.S.");
  EXPECT_EQ(std::string_view(doc.lower_text).substr(us.span.begin, us.span.size()), "u.s.");
  EXPECT_EQ(doc.lower_text.substr(0, 5), "kabul");
}

TEST(Words, CliticsJoinTheirWordAndAbbreviationPeriodsStandAlone) {
  Document doc =
      segmented("Mr. Rahmon\u2019s aides don't know what the U.S. wants, the players' union said.");
  EXPECT_THAT(word_texts(doc),
              ElementsAre("Mr", ".", "Rahmon\u2019s", "aides", "don't", "know", "what", "the",
                          "U.S", ".", "wants", ",", "the", "players'", "union", "said", "."));
}

TEST(Words, KindsStylesAndTokensComeFromTheTokenFlags) {
  Document doc = segmented("\u201cIt is \u2018over\u2019,\u201d she said.\nOfficials agreed.");
  std::vector<scan::Word> words;
  scan::words_from_tokens(doc, words);
  ASSERT_EQ(words.size(), 14u);
  EXPECT_EQ(words[0].kind, scan::Kind::kOpenQuote);
  EXPECT_EQ(words[0].style, scan::QuoteStyle::kDouble);
  EXPECT_EQ(words[3].kind, scan::Kind::kOpenQuote);
  EXPECT_EQ(words[3].style, scan::QuoteStyle::kSingle);
  EXPECT_EQ(words[5].kind, scan::Kind::kCloseQuote);
  EXPECT_EQ(words[6].kind, scan::Kind::kPunct);
  EXPECT_EQ(words[7].kind, scan::Kind::kCloseQuote);
  EXPECT_TRUE(words[1].capitalized);
  EXPECT_FALSE(words[2].capitalized);
  EXPECT_TRUE(words[11].newline_before);  // "Officials"
  EXPECT_TRUE(words[11].capitalized);
  for (const scan::Word& w : words)
    EXPECT_EQ(doc.tokens[w.token].span.begin, w.begin) << doc.text.substr(w.begin, 8);
}

TEST(Words, UnsegmentedDocumentHasNoWords) {
  Document doc("d", "He said so.");
  doc.text = doc.input;
  std::vector<scan::Word> words(3);
  scan::words_from_tokens(doc, words);
  EXPECT_TRUE(words.empty());
}

}  // namespace
}  // namespace newsgraph
