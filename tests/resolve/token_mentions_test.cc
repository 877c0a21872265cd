// resolve::map_tokens_to_mentions on a segmented sentence with overlapping mentions.
#include "resolve/token_mentions.h"

#include <gtest/gtest.h>

#include <string>

#include "newsgraph/segment.h"

namespace newsgraph {
namespace {

Span span_of(const std::string& text, const std::string& part) {
  const size_t at = text.find(part);
  EXPECT_NE(at, std::string::npos) << part;
  return Span{uint32_t(at), uint32_t(at + part.size())};
}

std::string token_text(const Document& doc, uint32_t t) {
  return std::string(doc.slice(doc.tokens[t].span));
}

TEST(TokenMentions, NamesWinOverlapsAndRangesCoverTheirTokens) {
  const std::string text = "Tajik President Emomali Rahmon met the Northern Alliance in Dushanbe.";
  Document doc("t", text);
  doc.text = text;
  segment_document(doc);
  // A nominal mention "Tajik President Emomali Rahmon" overlapping the name inside it.
  doc.mentions.push_back(Mention{span_of(text, "Tajik President Emomali Rahmon"),
                                 EntityType::kPerson, MentionKind::kNominal, -1});
  doc.mentions.push_back(
      Mention{span_of(text, "Emomali Rahmon"), EntityType::kPerson, MentionKind::kName, -1});
  doc.mentions.push_back(
      Mention{span_of(text, "Northern Alliance"), EntityType::kOrg, MentionKind::kName, -1});

  const resolve::TokenMentions map = resolve::map_tokens_to_mentions(doc);
  ASSERT_EQ(map.mention_of_token.size(), doc.tokens.size());
  ASSERT_EQ(map.tokens_of_mention.size(), 3u);

  const auto [n0, n1] = map.tokens_of_mention[0];
  EXPECT_EQ(token_text(doc, n0), "Tajik");
  EXPECT_EQ(n1 - n0, 4u);
  EXPECT_EQ(map.mention_of_token[n0], 0);      // "Tajik": only in the nominal
  EXPECT_EQ(map.mention_of_token[n0 + 2], 1);  // "Emomali": the name wins
  EXPECT_EQ(map.mention_of_token[n0 + 3], 1);

  const auto [o0, o1] = map.tokens_of_mention[2];
  EXPECT_EQ(token_text(doc, o0), "Northern");
  EXPECT_EQ(token_text(doc, o1 - 1), "Alliance");
  EXPECT_EQ(map.mention_of_token[o0 - 1], -1);  // "the"
  for (uint32_t t = o1; t < doc.tokens.size(); ++t) EXPECT_EQ(map.mention_of_token[t], -1);
}

TEST(TokenMentions, EmptyDocument) {
  Document doc("t", "");
  const resolve::TokenMentions map = resolve::map_tokens_to_mentions(doc);
  EXPECT_TRUE(map.mention_of_token.empty());
  EXPECT_TRUE(map.tokens_of_mention.empty());
}

}  // namespace
}  // namespace newsgraph
