// Segmentation never fails: empty text, invalid UTF-8, punctuation only, a huge line without
// spaces, random bytes. Every span lies in the text, tokens are sorted and non-overlapping, and
// the sentence and paragraph ranges cover the tokens in order.
#include <gtest/gtest.h>

#include <random>

#include "segment/segment_test_util.h"

namespace newsgraph {
namespace {

void expect_consistent(const Document& doc) {
  const uint32_t size = static_cast<uint32_t>(doc.text.size());
  uint32_t prev_end = 0;
  for (const Token& t : doc.tokens) {
    ASSERT_LT(t.span.begin, t.span.end);
    ASSERT_LE(t.span.end, size);
    ASSERT_GE(t.span.begin, prev_end);
    prev_end = t.span.end;
  }
  uint32_t next_token = 0;
  for (const Sentence& s : doc.sentences) {
    ASSERT_EQ(s.token_begin, next_token);
    ASSERT_LT(s.token_begin, s.token_end);
    ASSERT_LE(s.token_end, doc.tokens.size());
    ASSERT_EQ(s.span.begin, doc.tokens[s.token_begin].span.begin);
    ASSERT_EQ(s.span.end, doc.tokens[s.token_end - 1].span.end);
    next_token = s.token_end;
  }
  ASSERT_EQ(next_token, doc.tokens.size());
  uint32_t next_sentence = 0;
  for (const Paragraph& p : doc.paragraphs) {
    ASSERT_EQ(p.sentence_begin, next_sentence);
    ASSERT_LT(p.sentence_begin, p.sentence_end);
    ASSERT_LE(p.span.end, size);
    next_sentence = p.sentence_end;
  }
  ASSERT_EQ(next_sentence, doc.sentences.size());
}

TEST(Robustness, EmptyAndBlankText) {
  for (std::string text : {std::string(), std::string("\n\n \t\n"), std::string("\xC2\xA0\n")}) {
    Document doc = testing::segmented(text);
    EXPECT_TRUE(doc.tokens.empty());
    EXPECT_TRUE(doc.sentences.empty());
    EXPECT_TRUE(doc.paragraphs.empty());
  }
}

TEST(Robustness, InvalidUtf8StaysInsideWords) {
  Document doc = testing::segmented("caf\xE9 \xFF\xFE abc\xC3 \xE2\x80 end.");
  expect_consistent(doc);
  EXPECT_EQ(testing::token_texts(doc),
            (std::vector<std::string>{"caf\xE9", "\xFF\xFE", "abc\xC3", "\xE2\x80", "end", "."}));
}

TEST(Robustness, PunctuationOnly) {
  Document doc = testing::segmented("?!.,;:'\"()[]{}\u2014\u2026$%&*... '' `` --- !!!\n...");
  expect_consistent(doc);
  EXPECT_FALSE(doc.tokens.empty());
  for (const Token& t : doc.tokens) EXPECT_TRUE(testing::has_flag(t, TokenFlags::kPunct));
}

TEST(Robustness, HugeLineWithoutSpaces) {
  std::string word(8 << 20, 'a');
  Document doc = testing::segmented(word);
  expect_consistent(doc);
  EXPECT_EQ(doc.tokens.size(), 1u);
  std::string dots;
  for (int i = 0; i < (1 << 20); ++i) dots += "a.'";
  Document mixed = testing::segmented(dots);
  expect_consistent(mixed);
  // A long run of terminals and closers before a lower-case word is decided once, not per token.
  std::string run = "a";
  for (int i = 0; i < (1 << 19); ++i) run += ".)";
  run += " b";
  Document closers = testing::segmented(run);
  expect_consistent(closers);
  EXPECT_EQ(closers.sentences.size(), 1u);
}

TEST(Robustness, RandomBytes) {
  std::mt19937 rng(42);
  const std::string alphabet = "aZ9 .,'\"\n-$\xE2\x80\x99\x9C\x9D\xC2\xA0\xFF@:/()";
  for (int round = 0; round < 300; ++round) {
    std::string text;
    size_t n = rng() % 400;
    for (size_t i = 0; i < n; ++i) {
      text += (rng() % 4 == 0) ? static_cast<char>(rng() % 256) : alphabet[rng() % alphabet.size()];
    }
    Document doc = testing::segmented(text);
    expect_consistent(doc);
  }
}

}  // namespace
}  // namespace newsgraph
