// Segmentation of the seed article (../shared/seeds), after repair: one paragraph per line, the
// headline on its own, sentence boundaries around quotations, and CoNLL-style tokens.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "newsgraph/repair.h"
#include "segment/segment_test_util.h"

namespace newsgraph {
namespace {

const char kSeed[] = NEWSGRAPH_SHARED_DIR "/seeds/000_dce158b59031fd31.txt";

class SeedArticle : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ifstream in(kSeed, std::ios::binary);
    if (!in) GTEST_SKIP() << "seed article not found: " << kSeed;
    std::ostringstream ss;
    ss << in.rdbuf();
    doc_ = Document("seed", ss.str());
    repair_document(doc_);
    segment_document(doc_);
    for (const Token& t : doc_.tokens) tokens_.emplace_back(doc_.slice(t.span));
  }

  // Index of the first occurrence of the token sequence, or -1.
  long find_tokens(const std::vector<std::string>& seq) const {
    auto it = std::search(tokens_.begin(), tokens_.end(), seq.begin(), seq.end());
    return it == tokens_.end() ? -1 : static_cast<long>(it - tokens_.begin());
  }

  // True when some sentence's text starts with `prefix`.
  bool sentence_starts_with(std::string_view prefix) const {
    for (const Sentence& s : doc_.sentences)
      if (doc_.slice(s.span).starts_with(prefix)) return true;
    return false;
  }

  Document doc_;
  std::vector<std::string> tokens_;
};

TEST_F(SeedArticle, OneParagraphPerNonEmptyLine) {
  size_t lines = 0;
  std::istringstream in(doc_.input);
  for (std::string line; std::getline(in, line);)
    if (line.find_first_not_of(" \t\r") != std::string::npos) ++lines;
  EXPECT_GT(lines, 10u);
  EXPECT_EQ(doc_.paragraphs.size(), lines);
}

TEST_F(SeedArticle, HeadlineIsOneSentence) {
  ASSERT_FALSE(doc_.sentences.empty());
  EXPECT_EQ(doc_.slice(doc_.sentences[0].span),
            "How Tajikistan became the hub of Afghan resistance");
  EXPECT_EQ(doc_.paragraphs[0].sentence_end - doc_.paragraphs[0].sentence_begin, 1u);
  // The one-word section heading too.
  bool heading = false;
  for (const Paragraph& p : doc_.paragraphs)
    heading =
        heading || (doc_.slice(p.span) == "Resistance" && p.sentence_end == p.sentence_begin + 1);
  EXPECT_TRUE(heading);
}

TEST_F(SeedArticle, SentenceBoundaries) {
  EXPECT_TRUE(sentence_starts_with("Neighboring Tajikistan has become a vocal critic"));
  EXPECT_TRUE(sentence_starts_with("But for Tajikistan in particular,"));
  EXPECT_TRUE(sentence_starts_with("Rahmon had supported the opposition Northern Alliance"));
  EXPECT_TRUE(sentence_starts_with("He and his wife, journalist turned politician"));
  // A quotation closed by a comma does not end the sentence: the speaker is in it.
  EXPECT_TRUE(sentence_starts_with("\u201CThe full weight of the negative consequences"));
  for (const Sentence& s : doc_.sentences) {
    std::string_view text = doc_.slice(s.span);
    EXPECT_FALSE(text.starts_with("said Tajik President")) << text;
    EXPECT_FALSE(text.starts_with(", Umarov said")) << text;
  }
  long said = find_tokens({"\u201D", "said", "Tajik", "President", "Emomali", "Rahmon", ","});
  ASSERT_GE(said, 0);
  EXPECT_FALSE(
      testing::has_flag(doc_.tokens[static_cast<size_t>(said) + 1], TokenFlags::kSentenceStart));
  // Sentences never cross paragraphs.
  for (const Paragraph& p : doc_.paragraphs)
    for (uint32_t s = p.sentence_begin; s < p.sentence_end; ++s) {
      EXPECT_GE(doc_.sentences[s].span.begin, p.span.begin);
      EXPECT_LE(doc_.sentences[s].span.end, p.span.end);
    }
}

TEST_F(SeedArticle, Tokens) {
  EXPECT_GE(find_tokens({"Tajik", "President", "Emomali", "Rahmon", ","}), 0);
  EXPECT_GE(find_tokens({"Afghanistan", "\u2019s", "neighbors"}), 0);
  EXPECT_GE(find_tokens({"of", "Rahmon", "\u2019s", "close", "ties"}), 0);
  EXPECT_GE(find_tokens({"son", "of", "Soviet-era", "resistance"}), 0);
  EXPECT_GE(find_tokens({"is", "non-negotiable", "."}), 0);
  EXPECT_GE(find_tokens({"bounty", "of", "$", "200,000", "on"}), 0);
  EXPECT_GE(find_tokens({"Tajiks", "\u2013", "Afghanistan", "\u2019s", "second"}), 0);
  EXPECT_GE(find_tokens({"had", "\u201C", "very", "good", "\u201D", "contacts"}), 0);
  long open = find_tokens({"\u201C", "very"});
  ASSERT_GE(open, 0);
  EXPECT_TRUE(testing::has_flag(doc_.tokens[static_cast<size_t>(open)], TokenFlags::kQuoteMark));
  long possessive = find_tokens({"Afghanistan", "\u2019s"});
  EXPECT_FALSE(
      testing::has_flag(doc_.tokens[static_cast<size_t>(possessive) + 1], TokenFlags::kQuoteMark));
}

}  // namespace
}  // namespace newsgraph
