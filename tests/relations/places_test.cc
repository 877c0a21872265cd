// Places in relations (src/relations/patterns.cc): the place an organisation's role names,
// a place's organisation that holds a title, a place that only modifies a noun; on hand-tagged
// news sentences.
#include <gtest/gtest.h>

#include "newsgraph/relations.h"
#include "relations/relations_test_util.h"

namespace newsgraph {
namespace {

using test_relations::has_relation;
using test_relations::has_role;
using test_relations::make_doc;
using test_relations::roles_and_relations;

constexpr EntityType kPer = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrg;
constexpr EntityType kGpe = EntityType::kGpe;

TEST(RelationPatterns, PlaceInAnOrganisationsRole) {
  Document doc = make_doc(
      "In 2003 Xstrata bought Australia's largest copper miner - MIM Holdings. Australia "
      "welcomed it.",
      {{"Xstrata", kOrg, 0},
       {"Australia", kGpe, 1},
       {"MIM Holdings", kOrg, 2},
       {"Australia", kGpe, 1}});
  // The role resolve's organisation step gives MIM Holdings (tests/resolve/org_roles_test.cc).
  doc.entities[2].roles.push_back("Australia's largest copper miner");
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "MIM Holdings", "located_in", "Australia"));
  EXPECT_FALSE(has_relation(doc, "Xstrata", "located_in", "Australia"));

  // A relative clause names what the organisation did (resolve/relative_roles.cc), not where.
  Document bought = make_doc("Xstrata, which bought Australia's largest copper miner, grew.",
                             {{"Xstrata", kOrg, 0}, {"Australia", kGpe, 1}});
  bought.entities[0].roles.push_back("which bought Australia's largest copper miner");
  roles_and_relations(bought);
  EXPECT_FALSE(has_relation(bought, "Xstrata", "located_in", "Australia"));

  // A place's name modifying the organisation noun that ends the role ("the seventh-largest US
  // airline"); not a nationality adjective, a part's role or a longer phrase.
  Document airline = make_doc(
      "Crews at US Airways, the seventh-largest US airline, struck. Yukos, the Russian oil firm, "
      "fell in Russia. Daiwa, the US unit, fell. Acme is the firm that bought its US rival.",
      {{"US Airways", kOrg, 0},
       {"US", kGpe, 1},
       {"Yukos", kOrg, 2},
       {"Russian", EntityType::kNorp, 3},
       {"Russia", kGpe, 4},
       {"Daiwa", kOrg, 5},
       {"US", kGpe, 1},
       {"Acme", kOrg, 6},
       {"US", kGpe, 1}});
  airline.entities[0].roles.push_back("seventh-largest US airline");
  airline.entities[2].roles.push_back("Russian oil firm");
  airline.entities[5].roles.push_back("US unit");
  airline.entities[6].roles.push_back("firm that bought its US rival");
  roles_and_relations(airline);
  EXPECT_TRUE(has_relation(airline, "US Airways", "located_in", "US"));
  EXPECT_FALSE(has_relation(airline, "Yukos", "located_in", "Russia"));
  EXPECT_FALSE(has_relation(airline, "Daiwa", "located_in", "US"));
  EXPECT_FALSE(has_relation(airline, "Acme", "located_in", "US"));

  // An "X-based" word before any relative pronoun ("the Gibraltar-based holding company which
  // controls 51% of Yukos").
  Document based = make_doc(
      "Group Menatep, the Gibraltar-based holding company which controls Yukos, sued. Gibraltar "
      "is small. Acme, the firm which bought a London-based bank, grew in London.",
      {{"Group Menatep", kOrg, 0},
       {"Yukos", kOrg, 1},
       {"Gibraltar", kGpe, 2},
       {"Acme", kOrg, 3},
       {"London", kGpe, 4}});
  based.entities[0].roles.push_back("Gibraltar-based holding company which controls Yukos");
  based.entities[3].roles.push_back("firm which bought a London-based bank");
  roles_and_relations(based);
  EXPECT_TRUE(has_relation(based, "Group Menatep", "located_in", "Gibraltar"));
  EXPECT_FALSE(has_relation(based, "Acme", "located_in", "London"));
}

// "X of PLACE's NOUN": the possessed thing, not the place, is what the role is of; an
// organisation's unit still employs ("director of the Conference Board's research centre").
TEST(RelationPatterns, APlacesUnnamedOrganisationIsNoObject) {
  Document doc = make_doc(
      "The trial of Emilio Botin, chairman of Spain's most powerful bank, began. \"Sales were "
      "strong,\" said Lynn Franco, director of the Conference Board's consumer research centre.",
      {{"Emilio Botin", kPer, 0},
       {"Spain", kGpe, 1},
       {"Lynn Franco", kPer, 2},
       {"Conference Board", kOrg, 3}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_role(doc, 0, "chairman of Spain's most powerful bank"));
  EXPECT_FALSE(has_relation(doc, "Emilio Botin", "leader_of", "Spain"));
  EXPECT_TRUE(has_relation(doc, "Lynn Franco", "employee_of", "Conference Board"));
}

// "chairman for the Northern Virginia exurb": a place that modifies a noun is not what the role
// is of; "mayor of Oakland, California" is.
TEST(RelationPatterns, APlaceModifyingANounIsNoObject) {
  Document doc = make_doc(
      "Will Estrada, the chairman for the Northern Virginia exurb, said he met Trump. Libby "
      "Schaaf, the mayor of Oakland, California, spoke out.",
      {{"Will Estrada", kPer, 0},
       {"Virginia", kGpe, 1},
       {"Trump", kPer, 2},
       {"Libby Schaaf", kPer, 3},
       {"Oakland", kGpe, 4},
       {"California", kGpe, 5}});
  roles_and_relations(doc);
  EXPECT_FALSE(has_relation(doc, "Will Estrada", "leader_of", "Virginia"));
  EXPECT_TRUE(has_relation(doc, "Libby Schaaf", "leader_of", "Oakland"));
}

// "Brazil's Central Bank governor X": the organisation named after the place holds the title;
// the place is where it is, and X does not lead the country.
TEST(RelationPatterns, APlacesOrganisationHoldsTheTitle) {
  Document doc =
      make_doc("Brazil's Central Bank governor Francisco Gros said the bank could not pay.",
               {{"Brazil", kGpe, 0}, {"Central Bank", kOrg, 1}, {"Francisco Gros", kPer, 2}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Francisco Gros", "leader_of", "Central Bank"));
  EXPECT_TRUE(has_relation(doc, "Central Bank", "located_in", "Brazil"));
  EXPECT_FALSE(has_relation(doc, "Francisco Gros", "leader_of", "Brazil"));
}

}  // namespace
}  // namespace newsgraph
