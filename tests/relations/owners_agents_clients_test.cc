// Units and their owners, passives with an agent, lawyers and advisers, and a predicate
// adjective before a title (src/relations/patterns.cc, relations.cc), on hand-tagged news
// sentences.
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

// The unit an owner names in the possessive, before or after the unit's noun; "its" is the
// organisation named before it, not one after a preposition nor one already made a unit.
TEST(RelationPatterns, UnitsOfAnOwner) {
  Document doc = make_doc(
      "Bally said it may sell its Six Flags amusement park unit. The companies are gas giant "
      "Gazprom, its unit Gazpromneft, and Rosneft. The state sold Yukos' main production arm, "
      "Yugansk, to Rosneft. First Union Corp said the buyout of Commerce National Bank by its "
      "First Union Florida unit was approved. Pan Am Corp said pilots of its subsidiary, Pan Am "
      "Express, will join the list of its Pan American World Airways unit. Yukos wanted to "
      "protect Yuganskneftegaz, as the Yukos unit is formally known.",
      {{"Bally", kOrg, 0},
       {"Six Flags", kOrg, 1},
       {"Gazprom", kOrg, 2},
       {"Gazpromneft", kOrg, 3},
       {"Rosneft", kOrg, 4},
       {"Yukos", kOrg, 5},
       {"Yugansk", kOrg, 6},
       {"Rosneft", kOrg, 4},
       {"First Union Corp", kOrg, 7},
       {"Commerce National Bank", kOrg, 8},
       {"First Union Florida", kOrg, 9},
       {"Pan Am Corp", kOrg, 10},
       {"Pan Am Express", kOrg, 11},
       {"Pan American World Airways", kOrg, 12},
       {"Yukos", kOrg, 5},
       {"Yuganskneftegaz", kOrg, 13},
       {"Yukos", kOrg, 5}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Six Flags", "part_of", "Bally"));
  EXPECT_TRUE(has_relation(doc, "Gazpromneft", "part_of", "Gazprom"));
  EXPECT_FALSE(has_relation(doc, "Rosneft", "part_of", "Gazprom"));
  EXPECT_TRUE(has_relation(doc, "Yugansk", "part_of", "Yukos"));
  EXPECT_FALSE(has_relation(doc, "Yugansk", "part_of", "Rosneft"));
  EXPECT_TRUE(has_relation(doc, "First Union Florida", "part_of", "First Union Corp"));
  EXPECT_FALSE(has_relation(doc, "First Union Florida", "part_of", "Commerce National Bank"));
  EXPECT_TRUE(has_relation(doc, "Pan Am Express", "part_of", "Pan Am Corp"));
  EXPECT_TRUE(has_relation(doc, "Pan American World Airways", "part_of", "Pan Am Corp"));
  EXPECT_TRUE(has_relation(doc, "Yuganskneftegaz", "part_of", "Yukos"));
}

// An adjective after a copula is no part of the title that follows it: "all but certain
// President Reagan" is the President, whom the gazetteer then ties to the country.
TEST(RelationPatterns, PredicateAdjectiveBeforeATitle) {
  Document doc = make_doc(
      "It was all but certain President Reagan would impose curbs on the United States' "
      "partners. It was likely Chancellor Kohl would agree. He took a shot at likely Democratic "
      "nominee Hillary Clinton.",
      {{"Reagan", kPer, 0},
       {"United States", kGpe, 1},
       {"Kohl", kPer, 2},
       {"Democratic", kOrg, 3},
       {"Hillary Clinton", kPer, 4}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_role(doc, 0, "President"));
  EXPECT_FALSE(has_role(doc, 0, "certain President"));
  EXPECT_TRUE(has_role(doc, 2, "Chancellor"));
  EXPECT_TRUE(has_role(doc, 4, "likely Democratic nominee"));
  EXPECT_TRUE(has_relation(doc, "Reagan", "leader_of", "United States"));
}

// A passive with its agent after "by" reads from the agent to the subject; an agent that
// modifies a noun is not the one acting.
TEST(RelationPatterns, PassiveWithItsAgent) {
  Document doc = make_doc(
      "Balco has been accused by the Anti-Doping Agency of supplying steroids. Blair was "
      "strongly criticised by the Tories. The plan was backed by Yukos shareholders.",
      {{"Balco", kOrg, 0},
       {"Anti-Doping Agency", kOrg, 1},
       {"Blair", kPer, 2},
       {"Tories", kOrg, 3},
       {"Yukos", kOrg, 4}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Anti-Doping Agency", "accuses", "Balco"));
  EXPECT_FALSE(has_relation(doc, "Balco", "accuses", "Anti-Doping Agency"));
  EXPECT_TRUE(has_relation(doc, "Tories", "opposes", "Blair"));
  EXPECT_EQ(doc.relations.size(), 2u);
}

// A lawyer for a client and an adviser to the one advised, a person or an organisation; a
// lawyer "at" or "with" a firm works there; an ex-adviser is no adviser now.
TEST(RelationPatterns, LawyersAndAdvisers) {
  Document doc = make_doc(
      "Peter Morgan, a lawyer for the Sierra Club, spoke. Kevin Barrett, a lawyer at Bailey "
      "Glasser, agreed. Myron Ebell, an adviser on climate change to President Bush, said no. "
      "Ed Balls, ex-chief economic adviser to the Treasury, disagreed.",
      {{"Peter Morgan", kPer, 0},
       {"Sierra Club", kOrg, 1},
       {"Kevin Barrett", kPer, 2},
       {"Bailey Glasser", kOrg, 3},
       {"Myron Ebell", kPer, 4},
       {"Bush", kPer, 5},
       {"Ed Balls", kPer, 6},
       {"Treasury", kOrg, 7}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Peter Morgan", "lawyer_of", "Sierra Club"));
  EXPECT_TRUE(has_relation(doc, "Kevin Barrett", "employee_of", "Bailey Glasser"));
  EXPECT_FALSE(has_relation(doc, "Kevin Barrett", "lawyer_of", "Bailey Glasser"));
  EXPECT_TRUE(has_relation(doc, "Myron Ebell", "adviser_to", "Bush"));
  EXPECT_FALSE(has_relation(doc, "Ed Balls", "adviser_to", "Treasury"));
  EXPECT_FALSE(has_relation(doc, "Ed Balls", "employee_of", "Treasury"));
}

// A public body's lawyer and an organisation's general counsel work for it; a company's lawyer
// acts for it. A capitalised Director after an organisation's name heads it; a finance
// director is on the staff.
TEST(RelationPatterns, PublicLawyersGeneralCounselAndDirectors) {
  Document doc = make_doc(
      "Justice Department lawyer Caroline Wolverton wrote. FBI General Counsel James Baker "
      "agreed. Yukos lawyer Bruce Misamore objected. FBI Director James Comey spoke. Acme "
      "finance director John Smith left.",
      {{"Justice Department", kOrg, 0},
       {"Caroline Wolverton", kPer, 1},
       {"FBI", kOrg, 2},
       {"James Baker", kPer, 3},
       {"Yukos", kOrg, 4},
       {"Bruce Misamore", kPer, 5},
       {"FBI", kOrg, 2},
       {"James Comey", kPer, 6},
       {"Acme", kOrg, 7},
       {"John Smith", kPer, 8}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Caroline Wolverton", "employee_of", "Justice Department"));
  EXPECT_FALSE(has_relation(doc, "Caroline Wolverton", "lawyer_of", "Justice Department"));
  EXPECT_TRUE(has_relation(doc, "James Baker", "employee_of", "FBI"));
  EXPECT_TRUE(has_relation(doc, "Bruce Misamore", "lawyer_of", "Yukos"));
  EXPECT_TRUE(has_relation(doc, "James Comey", "leader_of", "FBI"));
  EXPECT_FALSE(has_relation(doc, "James Comey", "employee_of", "FBI"));
  EXPECT_TRUE(has_relation(doc, "John Smith", "employee_of", "Acme"));
  EXPECT_FALSE(has_relation(doc, "John Smith", "leader_of", "Acme"));

  // A seat of government's lawyer works for the government inside it.
  Document seat = make_doc("White House lawyer Vincent Foster died.",
                           {{"White House", kOrg, 0}, {"Vincent Foster", kPer, 1}});
  roles_and_relations(seat);
  EXPECT_TRUE(has_relation(seat, "Vincent Foster", "employee_of", "White House"));
}

// The principal a lawyer's or adviser's title names before its head: a person's name in the
// possessive, a possessive pronoun linked to a person, a name right before "aide"; not a former
// aide.
TEST(RelationPatterns, APrincipalBeforeALawyersOrAnAdvisersTitle) {
  Document doc = make_doc(
      "Jones' lawyer Richard Nicholls spoke. Clinton aide Huma Abedin left. Sidney Blumenthal, "
      "one of Bill Clinton's former aides, wrote.",
      {{"Jones", kPer, 0},
       {"Richard Nicholls", kPer, 1},
       {"Clinton", kPer, 2},
       {"Huma Abedin", kPer, 3},
       {"Sidney Blumenthal", kPer, 4},
       {"Bill Clinton", kPer, 5}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Richard Nicholls", "lawyer_of", "Jones"));
  EXPECT_TRUE(has_relation(doc, "Huma Abedin", "adviser_to", "Clinton"));
  EXPECT_FALSE(has_relation(doc, "Sidney Blumenthal", "adviser_to", "Bill Clinton"));
}

// Organisations appointed as advisers advise the one appointing them, the name that opens the
// sentence before an aside; each of a coordinated list.
TEST(RelationPatterns, AppointedAsAdvisers) {
  Document doc = make_doc(
      "Euronext, which also operates an exchange in Lisbon, last week appointed UBS and ABN Amro "
      "as additional advisors. Acme appointed Lazard as its broker.",
      {{"Euronext", kOrg, 0},
       {"Lisbon", kGpe, 1},
       {"UBS", kOrg, 2},
       {"ABN Amro", kOrg, 3},
       {"Acme", kOrg, 4},
       {"Lazard", kOrg, 5}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "UBS", "adviser_to", "Euronext"));
  EXPECT_TRUE(has_relation(doc, "ABN Amro", "adviser_to", "Euronext"));
  EXPECT_FALSE(has_relation(doc, "Lazard", "adviser_to", "Acme"));
}

// A lawyer who represents people is their lawyer, each of a list; someone who represents a
// district is no one's lawyer.
TEST(RelationPatterns, ALawyerWhoRepresentsClients) {
  Document doc = make_doc(
      "Lawyer Louise Christian, who represents Feroz Abbasi and Martin Mubanga, spoke. Senator "
      "Tom Lee, who represents Ohio, agreed.",
      {{"Louise Christian", kPer, 0},
       {"Feroz Abbasi", kPer, 1},
       {"Martin Mubanga", kPer, 2},
       {"Tom Lee", kPer, 3},
       {"Ohio", kGpe, 4}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Louise Christian", "lawyer_of", "Feroz Abbasi"));
  EXPECT_TRUE(has_relation(doc, "Louise Christian", "lawyer_of", "Martin Mubanga"));
  EXPECT_FALSE(has_relation(doc, "Tom Lee", "lawyer_of", "Ohio"));
}

// Britain's chancellor holds the treasury, not the country; a nationality word before a
// ministry's spokesman is no one the spokesman speaks for.
TEST(RelationPatterns, UKChancellorAndANationalitysSpokesman) {
  Document doc = make_doc(
      "The deal was pushed by UK Chancellor Gordon Brown. In Germany, German Chancellor Helmut "
      "Kohl agreed. "
      "Chinese Foreign Ministry spokesman Lu Kang said no.",
      {{"UK", kGpe, 0},
       {"Gordon Brown", kPer, 1},
       {"Germany", kGpe, 3},
       {"German", EntityType::kNorp, 2},
       {"Helmut Kohl", kPer, 4},
       {"Chinese", EntityType::kNorp, 5},
       {"Lu Kang", kPer, 6}});
  roles_and_relations(doc);
  EXPECT_FALSE(has_relation(doc, "Gordon Brown", "leader_of", "UK"));
  EXPECT_TRUE(has_relation(doc, "Helmut Kohl", "leader_of", "Germany"));
  EXPECT_FALSE(has_relation(doc, "Lu Kang", "spokesperson_of", "Chinese"));
}

}  // namespace
}  // namespace newsgraph
