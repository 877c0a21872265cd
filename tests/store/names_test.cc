// Pure functions of the store layer on real-looking names and texts: name folding and parsing,
// blocking keys, title keys, mention spans and the near-duplicate simhash.
#include "store/names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/extracted.h"

namespace newsgraph::store {
namespace {

// The simhash as specified, written plainly: the ContentHash of each lower-cased word, a mixed
// hash per word 3-shingle, +1/-1 per bit, a bit set where the sum is positive.
uint64_t PlainSimHash(const std::string& text) {
  std::vector<uint64_t> words;
  std::string w;
  for (size_t i = 0; i <= text.size(); ++i) {
    unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      w += static_cast<char>(c);
    } else if (!w.empty()) {
      words.push_back(ContentHash(w));
      w.clear();
    }
  }
  if (words.size() < 30) return 0;
  int counts[64] = {0};
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    uint64_t h = (words[i] * 31 + words[i + 1]) * 31 + words[i + 2];
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    for (int b = 0; b < 64; ++b) counts[b] += (h >> b) & 1 ? 1 : -1;
  }
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b)
    if (counts[b] > 0) out |= uint64_t(1) << b;
  return out ? out : 1;
}

TEST(SimHashTest, MatchesThePlainDefinitionOnShortAndLongTexts) {
  const std::vector<std::string> vocabulary = {
      "The",       "minister", "said",  "on",       "Tuesday", "that",  "2,400",
      "troops",    "would",    "leave", "Dushanbe", "São",     "Paulo", "U.S.",
      "officials", "\"we",     "will",  "not\"",    "--",      "rates"};
  uint32_t seed = 12345;
  for (size_t n : {0u, 12u, 29u, 30u, 31u, 256u, 257u, 258u, 700u, 3000u}) {
    std::string text;
    for (size_t i = 0; i < n; ++i) {
      seed = seed * 1103515245u + 12345u;
      text += vocabulary[(seed >> 16) % vocabulary.size()];
      text += (seed >> 8) % 7 == 0 ? ",\n" : " ";
    }
    EXPECT_EQ(SimHash(text), PlainSimHash(text)) << n << " words";
  }
  EXPECT_EQ(SimHash("Too few words to compare."), 0u);
}

TEST(NamesTest, FoldAndKeys) {
  EXPECT_EQ(Fold("Sánchez's"), "sanchez");
  EXPECT_EQ(Fold("U.S."), "us");
  ParsedName p = ParseName(EntityType::kPerson, "Tajik President Emomali Rahmon");
  EXPECT_EQ(p.full, "emomali rahmon");
  EXPECT_EQ(p.surname, "rahmon");
  ParsedName bush = ParseName(EntityType::kPerson, "George H. W. Bush");
  EXPECT_EQ(bush.middles, "hw");
  ParsedName junior = ParseName(EntityType::kPerson, "Donald Trump Jr.");
  EXPECT_EQ(junior.suffix, "jr");
  EXPECT_EQ(junior.full, "donald trump");
  EXPECT_EQ(junior.key, "donald trump jr");  // the "f:" key keeps the suffix
  EXPECT_EQ(Keys(junior), (std::vector<std::string>{"f:donald trump jr", "g:donald", "s:trump"}));
  EXPECT_EQ(p.key, p.full);
  EXPECT_EQ(ParseName(EntityType::kGpe, "America").full, "united states");
  EXPECT_EQ(ParseName(EntityType::kGpe, "Va.").full, "virginia");
  EXPECT_EQ(ParseName(EntityType::kGpe, "N.H.").full, "new hampshire");
  EXPECT_EQ(ParseName(EntityType::kOrg, "PA").full, "pa");  // the Press Association
  EXPECT_EQ(ParseName(EntityType::kGpe, "L.A.").full, "la");
  EXPECT_EQ(ParseName(EntityType::kGpe, "R-N.H.").full, "new hampshire");
  EXPECT_EQ(ParseName(EntityType::kGpe, "D-Texas").full, "texas");
  EXPECT_EQ(ParseName(EntityType::kOrg, "R-Fla.").full, "florida");
  // A party-and-state tag names the state, whatever type the tagger gave it, and a postal code
  // reads as the state there only.
  EXPECT_EQ(ParseName(EntityType::kOrg, "R-Fla.").type, EntityType::kGpe);
  EXPECT_EQ(ParseName(EntityType::kOrg, "R-TX").full, "texas");
  EXPECT_EQ(ParseName(EntityType::kGpe, "D-Wash.").full, "washington");
  EXPECT_EQ(ParseName(EntityType::kGpe, "IN").full, "in");
  EXPECT_EQ(ParseName(EntityType::kOrg, "IN").type, EntityType::kOrg);
  EXPECT_TRUE(ParseName(EntityType::kOrg, "R-Texas").acronym.empty());
  EXPECT_EQ(ParseName(EntityType::kGpe, "Winston-Salem").full, "winston salem");
  EXPECT_EQ(ParseName(EntityType::kOrg, "Department of Justice").long_acronym, "doj");
  // Initials are whole characters, so that every key is valid UTF-8.
  EXPECT_EQ(ParseName(EntityType::kOrg, "\u03A9mega \u0398eta").acronym, "\u03C9\u03B8");
  using KeyList = std::vector<std::string>;
  EXPECT_EQ(Keys(ParseName(EntityType::kOrg, "Department of Justice")),
            (KeyList{"a:dj", "a:doj", "f:department of justice"}));
  EXPECT_EQ(Keys(ParseName(EntityType::kOrg, "DOJ")), (KeyList{"f:doj", "x:doj"}));
  EXPECT_EQ(LookupKeys(ParseName(EntityType::kOrg, "Department of Justice")),
            (KeyList{"f:department of justice", "x:dj", "x:doj"}));
  EXPECT_EQ(LookupKeys(ParseName(EntityType::kOrg, "DOJ")), (KeyList{"a:doj", "f:doj"}));
  EXPECT_EQ(LookupKeys(ParseName(EntityType::kPerson, "Tony Blair")),
            (KeyList{"f:tony blair", "s:blair"}));
  EXPECT_EQ(LookupKeys(ParseName(EntityType::kPerson, "Blair")),
            (KeyList{"f:blair", "g:blair", "s:blair"}));
}

TEST(MentionSpansTest, OrdersByStartAndKeepsTheFirstMentionAtAStart) {
  ExtractedEntity e;
  e.mentions = {{{40, 45}, 1}, {{3, 9}, 0}, {{40, 52}, 0}, {{17, 19}, 2}};
  EXPECT_EQ(MentionSpans(e), "[[3,9,0],[17,19,2],[40,45,1]]");
  EXPECT_EQ(MentionSpans(ExtractedEntity()), "[]");
  std::vector<ExtractedMention> back;
  ASSERT_TRUE(ParseMentionSpans(MentionSpans(e), &back));
  ASSERT_EQ(back.size(), 3u);
  EXPECT_EQ(back[1].span, (ByteSpan{17, 19}));
  EXPECT_EQ(back[1].kind, 2);
  EXPECT_TRUE(ParseMentionSpans("[]", &back) && back.empty());
  EXPECT_TRUE(ParseMentionSpans("[[1, 2, 3], [4,5,0]]", &back) && back.size() == 2u);
  for (const char* bad : {"", "[", "[[1,2]]", "[[1,2,3]", "[[1,,2,3]]", "[[1,2,3]]x", "{}",
                          "[[1,2,-3]]", "[[99999999999,1,0]]", "[[1,2,3],]", "[,[1,2,3]]"})
    EXPECT_FALSE(ParseMentionSpans(bad, &back)) << bad;
}

// ASCII text takes a path without Unicode tables: it must fold exactly as the Unicode path
// does. A trailing " é" sends the same text down the Unicode path (and folds to " e").
TEST(NamesTest, TitleKeys) {
  EXPECT_EQ(TitleKeys({"Vice President", "Sen.", "former senator", "a Florida lawyer"}),
            (std::vector<std::string>{"senator", "vice president"}));
  EXPECT_EQ(TitleKeys({"Florida Gov.", "Mr"}), std::vector<std::string>{"governor"});
  EXPECT_TRUE(TitleKeys({"a Florida lawyer"}).empty());
  // A relative clause names what someone did, not a title.
  EXPECT_TRUE(TitleKeys({"who met the president", "Which governor"}).empty());
}

TEST(NamesTest, AsciiFoldsAsTheUnicodePathDoes) {
  std::vector<std::string> texts = {"Tajik President Emomali Rahmon",
                                    "U.S. Senate",
                                    "O'Neill's",
                                    "AT&T",
                                    "Mr. Blair",
                                    "Jean-Claude Juncker",
                                    "  x  ",
                                    ""};
  for (int c = 1; c < 0x80; ++c) {
    std::string t = "Ab";
    t += static_cast<char>(c);
    t += "Cd";
    texts.push_back(t);
    texts.push_back(t + "s");
    texts.push_back(std::string(1, static_cast<char>(c)));
  }
  for (const std::string& t : texts) {
    std::string unicode = Fold(t + " \xC3\xA9");  // "... é"
    ASSERT_GE(unicode.size(), 1u) << t;
    ASSERT_EQ(unicode.back(), 'e') << t;
    unicode.pop_back();
    if (!unicode.empty() && unicode.back() == ' ') unicode.pop_back();
    EXPECT_EQ(Fold(t), unicode) << "text: " << t;
  }
}

}  // namespace
}  // namespace newsgraph::store
