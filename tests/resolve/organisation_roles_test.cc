// Organisations' roles set off by commas or dashes and what they are appointed as
// (src/resolve/org_roles.cc), on segmented news sentences with hand-given names.
#include <gtest/gtest.h>

#include <string>

#include "newsgraph/resolve.h"
#include "test_names.h"

namespace newsgraph {
namespace {

using test_names::has;
using test_names::resolved;
using test_names::roles_of;

// A description set off before the name by a comma, opened by an article, "its" or the
// owner's possessive; and an exchange, a studio or an arm are kinds of organisation.
TEST(OrganisationRoles, DescriptionSetOffBeforeTheName) {
  Document doc = resolved(
      "The state sold Yukos' main production arm, Yugansk, to Rosneft. Bally said the health "
      "club unit, Fitness Corp, would be sold. McLean said its shipping subsidiary, Lines Inc, "
      "had a deal. It bought London-based options and futures exchange Liffe. Investors, "
      "Acme and Borland, sold shares.",
      {{"Yukos", EntityType::kOrg},
       {"Yugansk", EntityType::kOrg},
       {"Rosneft", EntityType::kOrg},
       {"Bally", EntityType::kOrg},
       {"Fitness Corp", EntityType::kOrg},
       {"McLean", EntityType::kOrg},
       {"Lines Inc", EntityType::kOrg},
       {"London", EntityType::kGpe},
       {"Liffe", EntityType::kOrg},
       {"Acme", EntityType::kOrg},
       {"Borland", EntityType::kOrg}});
  EXPECT_TRUE(has(roles_of(doc, "Yugansk"), "Yukos' main production arm"));
  EXPECT_TRUE(has(roles_of(doc, "Fitness Corp"), "health club unit"));
  EXPECT_TRUE(has(roles_of(doc, "Lines Inc"), "shipping subsidiary"));
  EXPECT_TRUE(has(roles_of(doc, "Liffe"), "London-based options and futures exchange"))
      << ::testing::PrintToString(roles_of(doc, "Liffe"));
  EXPECT_TRUE(roles_of(doc, "Rosneft").empty());
  EXPECT_TRUE(roles_of(doc, "Acme").empty());
}

// A description set off before a name that has its article ("the sport's ruling body, the
// IAAF,"), with a common noun's possessive inside it; a body is a kind of organisation.
TEST(OrganisationRoles, ADescriptionBeforeANameWithItsArticle) {
  Document doc = resolved(
      "The sport's ruling body, the IAAF, is taking a cautious approach. The trade body, "
      "Intellect, agreed.",
      {{"IAAF", EntityType::kOrg}, {"Intellect", EntityType::kOrg}});
  EXPECT_TRUE(has(roles_of(doc, "IAAF"), "sport's ruling body"))
      << ::testing::PrintToString(roles_of(doc, "IAAF"));
  EXPECT_TRUE(has(roles_of(doc, "Intellect"), "trade body"))
      << ::testing::PrintToString(roles_of(doc, "Intellect"));
}

// What an appointing verb's organisations are appointed as, each of a list.
TEST(OrganisationRoles, AppointedAs) {
  Document doc = resolved(
      "Euronext last week appointed UBS and ABN Amro as additional advisors. Acme sold Lazard as "
      "a unit.",
      {{"Euronext", EntityType::kOrg},
       {"UBS", EntityType::kOrg},
       {"ABN Amro", EntityType::kOrg},
       {"Acme", EntityType::kOrg},
       {"Lazard", EntityType::kOrg}});
  EXPECT_TRUE(has(roles_of(doc, "UBS"), "additional advisors"));
  EXPECT_TRUE(has(roles_of(doc, "ABN Amro"), "additional advisors"));
  EXPECT_TRUE(roles_of(doc, "Lazard").empty());
}

// A determiner phrase set off by dashes after an organisation's name describes it; not after a
// name inside a phrase ("the scandal at Yili - the latest …"), not a statement.
TEST(OrganisationRoles, DashAsideAfterTheName) {
  Document doc = resolved(
      "But Deutsche Bank - itself a target of a Yukos lawsuit - said documents were false. "
      "Analysts asked if the scandal at Yili - the latest this year - would spread. Acme - the "
      "company said - will close.",
      {{"Deutsche Bank", EntityType::kOrg},
       {"Yukos", EntityType::kOrg},
       {"Yili", EntityType::kOrg},
       {"Acme", EntityType::kOrg}});
  EXPECT_TRUE(has(roles_of(doc, "Deutsche Bank"), "target of a Yukos lawsuit"))
      << ::testing::PrintToString(roles_of(doc, "Deutsche Bank"));
  EXPECT_TRUE(roles_of(doc, "Yili").empty());
  EXPECT_TRUE(roles_of(doc, "Acme").empty());
}

// "NAME, as the … is (formally) known": what the aside calls the organisation; a person's
// possessive may open a description set off before the name.
TEST(OrganisationRoles, KnownAsAndAPersonsPossessive) {
  Document doc = resolved(
      "The money was to bid for Yuganskneftegaz, as the Yukos unit is formally known. Bullets "
      "hit the door of Jackson's management company, Violator Corp.",
      {{"Yuganskneftegaz", EntityType::kOrg},
       {"Yukos", EntityType::kOrg},
       {"Jackson", EntityType::kPerson},
       {"Violator Corp", EntityType::kOrg}});
  EXPECT_TRUE(has(roles_of(doc, "Yuganskneftegaz"), "Yukos unit"))
      << ::testing::PrintToString(roles_of(doc, "Yuganskneftegaz"));
  EXPECT_TRUE(has(roles_of(doc, "Violator Corp"), "Jackson's management company"))
      << ::testing::PrintToString(roles_of(doc, "Violator Corp"));
}

}  // namespace
}  // namespace newsgraph
