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

}  // namespace
}  // namespace newsgraph
