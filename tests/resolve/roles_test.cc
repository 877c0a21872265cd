// The roles found in the resolve layer (src/resolve/org_roles.cc, description_roles.cc), on
// segmented news sentences with hand-given names.
#include "resolve/roles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "newsgraph/resolve.h"
#include "newsgraph/segment.h"

namespace newsgraph {
namespace {

struct Name {
  std::string surface;
  EntityType type;
};

Document resolved(const std::string& text, const std::vector<Name>& names) {
  Document doc("t", text);
  doc.text = text;
  segment_document(doc);
  size_t from = 0;
  for (const Name& n : names) {
    const size_t at = text.find(n.surface, from);
    EXPECT_NE(at, std::string::npos) << n.surface;
    from = at + n.surface.size();
    doc.mentions.push_back(Mention{Span{uint32_t(at), uint32_t(at + n.surface.size())}, n.type,
                                   MentionKind::kName, -1});
  }
  correct_name_mentions(doc);
  resolve_entities(doc);  // runs find_organisation_roles
  return doc;
}

std::vector<std::string> roles_of(const Document& doc, const std::string& name) {
  for (const Entity& e : doc.entities)
    if (e.name == name) return e.roles;
  return {};
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(OrganisationRoles, PremodifierAppositionPredicateAndPostmodifier) {
  Document doc = resolved(
      "The bid was backed by Dutch brewing giant Heineken on Monday. Carlsberg, one of Europe's "
      "biggest brewers and the owner of Tetley, declined to comment. Heineken is a global "
      "drinks company with 80,000 staff. Police blamed the Shining Path rebel group for the "
      "attack.",
      {{"Dutch", EntityType::kNorp},
       {"Heineken", EntityType::kOrg},
       {"Carlsberg", EntityType::kOrg},
       {"Europe", EntityType::kLoc},
       {"Tetley", EntityType::kOrg},
       {"Heineken", EntityType::kOrg},
       {"Shining Path", EntityType::kOrg}});
  const std::vector<std::string> heineken = roles_of(doc, "Heineken");
  EXPECT_TRUE(has(heineken, "Dutch brewing giant")) << heineken.size();
  EXPECT_TRUE(has(heineken, "global drinks company"));
  EXPECT_TRUE(has(roles_of(doc, "Shining Path"), "rebel group"));
  // "one of Europe's biggest brewers and the owner of Tetley" has no organisation noun at its
  // end, and "brewers" is not listed: no role rather than a guess.
  EXPECT_TRUE(roles_of(doc, "Carlsberg").empty());
}

TEST(OrganisationRoles, StopsAtVerbsAndArticles) {
  Document doc = resolved(
      "Shares rose after analysts said investment firm Lazard would advise. A report by the "
      "state-owned oil firm Rosneft followed.",
      {{"Lazard", EntityType::kOrg}, {"Rosneft", EntityType::kOrg}});
  EXPECT_TRUE(has(roles_of(doc, "Lazard"), "investment firm"));
  EXPECT_TRUE(has(roles_of(doc, "Rosneft"), "state-owned oil firm"));
}

TEST(OrganisationRoles, PossessivePlaceAndDashBeforeTheName) {
  Document doc = resolved("In 2003 Xstrata bought Australia's largest copper miner - MIM Holdings.",
                          {{"Xstrata", EntityType::kOrg},
                           {"Australia", EntityType::kGpe},
                           {"MIM Holdings", EntityType::kOrg}});
  EXPECT_TRUE(has(roles_of(doc, "MIM Holdings"), "Australia's largest copper miner"));
  EXPECT_TRUE(roles_of(doc, "Xstrata").empty());
}

TEST(DescriptionRoles, ALinkedDescriptionIsARoleOfThePerson) {
  Document doc = resolved(
      "Prime Minister Tony Blair arrived in Brussels on Monday. The prime minister said the "
      "rebate was not negotiable.",
      {{"Tony Blair", EntityType::kPerson}, {"Brussels", EntityType::kGpe}});
  const std::vector<std::string> blair = roles_of(doc, "Tony Blair");
  EXPECT_TRUE(has(blair, "prime minister")) << (blair.empty() ? "" : blair[0]);
  EXPECT_EQ(std::count(blair.begin(), blair.end(), "prime minister"), 1);
  EXPECT_TRUE(roles_of(doc, "Brussels").empty());
}

}  // namespace
}  // namespace newsgraph
