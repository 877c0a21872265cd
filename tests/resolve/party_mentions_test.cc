// Party words the tagger left untagged become ORG name mentions before resolution, grouped
// into an entity (src/resolve/party_mentions.cc); so do untagged names of organisations that
// end in a word such as "Committee" or "Federation" (mention_correction.cc).
#include "resolve/party_mentions.h"

#include <gtest/gtest.h>

#include <string>

#include "newsgraph/resolve.h"
#include "test_names.h"

namespace newsgraph {
namespace {

// The mention that starts at the first occurrence of `surface` after `from`, or nullptr.
const Mention* mention_at(const Document& doc, const std::string& surface, size_t from = 0) {
  const size_t at = doc.text.find(surface, from);
  for (const Mention& m : doc.mentions)
    if (m.span.begin == at && m.span.end == at + surface.size()) return &m;
  return nullptr;
}

TEST(PartyMentions, UntaggedPartyAdjectivesBecomeOrganisations) {
  const std::string text =
      "Democrats said the vote was close. The Democratic front-runner had said on Saturday that "
      "the plan was wrong. Republican presidential nominee Mitt Romney disagreed.";
  Document doc = test_names::resolved(
      text, {{"Democrats", EntityType::kNorp}, {"Mitt Romney", EntityType::kPerson}});
  const Mention* democratic = mention_at(doc, "Democratic");
  ASSERT_NE(democratic, nullptr);
  EXPECT_EQ(democratic->type, EntityType::kOrg);
  EXPECT_GE(democratic->entity, 0);
  // At a sentence start before a title: still the party.
  EXPECT_NE(mention_at(doc, "Republican"), nullptr);
}

TEST(PartyMentions, CapitalisedAdjectivesAndCoveredWordsAreLeftAlone) {
  const std::string text =
      "Conservative estimates put the cost higher. The Liberal Democrat leader spoke. "
      "REPUBLICAN WINS SEAT";
  Document doc = test_names::with_names(text, {{"Liberal Democrat", EntityType::kOrg}});
  const size_t l = text.find("Liberal Democrat");
  correct_name_mentions(doc);
  EXPECT_EQ(mention_at(doc, "Conservative"), nullptr);
  EXPECT_EQ(mention_at(doc, "Democrat", l), nullptr);  // inside "Liberal Democrat"
  EXPECT_EQ(mention_at(doc, "REPUBLICAN"), nullptr);
  EXPECT_EQ(doc.mentions.size(), 1u);
}

TEST(UntaggedOrganisations, CapitalisedWordsEndingInAnOrganisationWord) {
  const std::string text =
      "Police Federation chairman Jan Berry spoke. The Republican National Committee agreed. "
      "Fans watched the Champions League final. THE PEOPLE'S COMMITTEE met. The Committee met.";
  Document doc = test_names::resolved(
      text, {{"Jan Berry", EntityType::kPerson}, {"Republican", EntityType::kNorp}});
  const Mention* federation = mention_at(doc, "Police Federation");
  ASSERT_NE(federation, nullptr);
  EXPECT_EQ(federation->type, EntityType::kOrg);
  // The party word the tagger named joins the name it opens.
  EXPECT_NE(mention_at(doc, "Republican National Committee"), nullptr);
  EXPECT_EQ(mention_at(doc, "Republican"), nullptr);
  // Not a competition, a headline in capitals or one word after "The".
  EXPECT_EQ(mention_at(doc, "Champions League"), nullptr);
  EXPECT_EQ(mention_at(doc, "PEOPLE'S COMMITTEE"), nullptr);
  EXPECT_EQ(mention_at(doc, "Committee", text.rfind("Committee")), nullptr);
}

}  // namespace
}  // namespace newsgraph
