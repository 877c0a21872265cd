// The shared party words (util/parties.h) that resolve and relations both use.
#include "util/parties.h"

#include <gtest/gtest.h>

namespace newsgraph::util {
namespace {

TEST(Parties, PluralsAndSingularsOfListedPartiesAreParties) {
  EXPECT_TRUE(is_party_word("democrat"));
  EXPECT_TRUE(is_party_word("democrats"));
  EXPECT_TRUE(is_party_word("tories"));  // "ies" -> "y"
  EXPECT_TRUE(is_party_word("gop"));
  EXPECT_FALSE(is_party_word("president"));
  EXPECT_FALSE(is_party_word("Democrats"));  // callers lower-case first
  EXPECT_FALSE(is_party_word(""));
  EXPECT_FALSE(is_party_word("ies"));
}

TEST(Parties, EveryFormOfAPartySharesOneKey) {
  EXPECT_EQ(party_key("democrats"), "democrat");
  EXPECT_EQ(party_key("democratic"), "democrat");
  EXPECT_EQ(party_key("gop"), "republican");
  EXPECT_EQ(party_key("tories"), "conservative");
  EXPECT_EQ(party_key("greens"), "green");
  EXPECT_EQ(party_key("liberal democrats"), "liberal democrat");
}

TEST(Parties, EveryListedWordIsItsOwnParty) {
  ASSERT_FALSE(party_names().entries().empty());
  for (const auto& [word, value] : party_names().entries())
    EXPECT_TRUE(is_party_word(word)) << word;
}

}  // namespace
}  // namespace newsgraph::util
