// Roles and relations on hand-tagged sentences: the mentions and entities are given, so these
// tests check the relation patterns alone, independent of the tagger.
#include "newsgraph/relations.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "output/extract_json.h"
#include "relations/relations_test_util.h"

namespace newsgraph {
namespace {

using test_relations::has_relation;
using test_relations::has_role;
using test_relations::make_doc;
using test_relations::MentionSpec;
using test_relations::roles_and_relations;

TEST(Relations, AppositionRolesSplitOnAndAndStateRelations) {
  Document doc = make_doc(
      "Ahmad Massoud, leader of the Afghan National Resistance Front and son of Soviet-era "
      "resistance leader Ahmad Shah Massoud, and Amrullah Saleh, former vice-president and "
      "self-proclaimed interim president, were all protected in Dushanbe, the capital of "
      "Tajikistan.",
      {{"Ahmad Massoud", EntityType::kPerson, 0},
       {"Afghan National Resistance Front", EntityType::kOrg, 1},
       {"Ahmad Shah Massoud", EntityType::kPerson, 2},
       {"Amrullah Saleh", EntityType::kPerson, 3},
       {"Dushanbe", EntityType::kGpe, 4},
       {"Tajikistan", EntityType::kGpe, 5}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_role(doc, 0, "leader of the Afghan National Resistance Front"));
  EXPECT_TRUE(has_role(doc, 2, "Soviet-era resistance leader"));
  EXPECT_TRUE(has_role(doc, 3, "former vice-president"));
  EXPECT_TRUE(has_role(doc, 3, "self-proclaimed interim president"));
  EXPECT_TRUE(has_relation(doc, "Ahmad Massoud", "leader_of", "Afghan National Resistance Front"));
  EXPECT_TRUE(has_relation(doc, "Ahmad Massoud", "child_of", "Ahmad Shah Massoud"));
  EXPECT_TRUE(has_relation(doc, "Ahmad Massoud", "located_in", "Dushanbe"));
  EXPECT_TRUE(has_relation(doc, "Amrullah Saleh", "located_in", "Dushanbe"));
  // The father is named inside a role phrase, not as a subject of "were protected".
  EXPECT_FALSE(has_relation(doc, "Ahmad Shah Massoud", "located_in", "Dushanbe"));
  EXPECT_TRUE(has_relation(doc, "Dushanbe", "part_of", "Tajikistan"));
  // Saleh was vice-president: no leader_of from "interim president" without an object.
  EXPECT_EQ(std::count_if(doc.relations.begin(), doc.relations.end(),
                          [](const Relation& r) { return r.type == "leader_of"; }),
            1);
}

// "Sen. Ann Carter, an Ohio Republican,": a party member noun heading an apposition is a role
// and membership of the party; "a Republican stronghold" is neither.
TEST(Relations, AppositionOfAStatesPartyMember) {
  Document doc = make_doc(
      "Sen. Ann Carter, an Ohio Republican, said the bill would pass. Tom Reed, a Democrat, "
      "disagreed. Dayton, a Republican stronghold, voted early.",
      {{"Ann Carter", EntityType::kPerson, 0},
       {"Ohio", EntityType::kGpe, 1},
       {"Republican", EntityType::kOrg, 2},
       {"Tom Reed", EntityType::kPerson, 3},
       {"Democrat", EntityType::kOrg, 4},
       {"Dayton", EntityType::kGpe, 5},
       {"Republican", EntityType::kOrg, 2}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_role(doc, 0, "Ohio Republican"));
  EXPECT_TRUE(has_relation(doc, "Ann Carter", "member_of", "Republican"));
  EXPECT_TRUE(has_role(doc, 3, "Democrat"));
  EXPECT_TRUE(has_relation(doc, "Tom Reed", "member_of", "Democrat"));
  EXPECT_FALSE(has_relation(doc, "Dayton", "member_of", "Republican"));
}

TEST(Relations, PremodifyingTitleWithNationality) {
  Document doc = make_doc(
      "Tajik President Emomali Rahmon said the country was ready. Tajikistan has a long "
      "border with Afghanistan.",
      {{"Tajik", EntityType::kNorp, 0},
       {"Emomali Rahmon", EntityType::kPerson, 1},
       {"Tajikistan", EntityType::kGpe, 2},
       {"Afghanistan", EntityType::kGpe, 3}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_role(doc, 1, "Tajik President"));
  EXPECT_TRUE(has_relation(doc, "Emomali Rahmon", "leader_of", "Tajikistan"));
}

TEST(Relations, PossessiveDeputyAndAmbassador) {
  Document doc = make_doc(
      "Mohammad Zahir Aghbar, Ambassador of Afghanistan to Tajikistan under the former "
      "government and now considered Saleh's deputy, said: \"We want support.\"",
      {{"Mohammad Zahir Aghbar", EntityType::kPerson, 0},
       {"Afghanistan", EntityType::kGpe, 1},
       {"Tajikistan", EntityType::kGpe, 2},
       {"Saleh", EntityType::kPerson, 3}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_role(doc, 0, "Saleh's deputy"));
  EXPECT_TRUE(has_relation(doc, "Mohammad Zahir Aghbar", "ambassador_to", "Tajikistan"));
  EXPECT_TRUE(has_relation(doc, "Mohammad Zahir Aghbar", "deputy_of", "Saleh"));
  EXPECT_FALSE(has_relation(doc, "Mohammad Zahir Aghbar", "ambassador_to", "Afghanistan"));
}

TEST(Relations, KinAfterPronounAndLedBy) {
  Document doc = make_doc(
      "He and his wife, journalist turned politician Fereshta Hazrati, head the council. "
      "Rahmon had supported the opposition Northern Alliance, led by Massoud.",
      {{"He", EntityType::kPerson, 0, MentionKind::kPronoun},
       {"his", EntityType::kPerson, 0, MentionKind::kPronoun},
       {"Fereshta Hazrati", EntityType::kPerson, 1},
       {"Rahmon", EntityType::kPerson, 2},
       {"Northern Alliance", EntityType::kOrg, 3},
       {"Massoud", EntityType::kPerson, 4}});
  doc.entities[0].name = "Abdul Latif Pedram";
  doc.entities[0].type = EntityType::kPerson;
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Abdul Latif Pedram", "spouse_of", "Fereshta Hazrati"));
  EXPECT_TRUE(has_role(doc, 1, "journalist turned politician"));
  EXPECT_TRUE(has_role(doc, 1, "wife of Abdul Latif Pedram"));
  EXPECT_TRUE(has_relation(doc, "Rahmon", "supports", "Northern Alliance"));
  EXPECT_TRUE(has_relation(doc, "Massoud", "leader_of", "Northern Alliance"));
}

TEST(Relations, NoRelationsFromPlainSentences) {
  Document doc =
      make_doc("Jones, who said nothing, left London on Monday. Smith and Jones met in Paris.",
               {{"Jones", EntityType::kPerson, 0},
                {"London", EntityType::kGpe, 1},
                {"Smith", EntityType::kPerson, 2},
                {"Jones", EntityType::kPerson, 0},
                {"Paris", EntityType::kGpe, 3}});
  roles_and_relations(doc);
  EXPECT_TRUE(doc.relations.empty());
  EXPECT_TRUE(doc.entities[0].roles.empty());
}

TEST(Relations, CapitalsGazetteerIsMarkedAsSuch) {
  Document doc = make_doc("The Taliban entered Kabul. Afghanistan has a new government.",
                          {{"Kabul", EntityType::kGpe, 0}, {"Afghanistan", EntityType::kGpe, 1}});
  roles_and_relations(doc);
  ASSERT_TRUE(has_relation(doc, "Kabul", "part_of", "Afghanistan"));
  EXPECT_TRUE(doc.relations[0].from_gazetteer);
  std::string json;
  output::append_extract_json(doc, "\"t\"", {}, json);
  EXPECT_NE(json.find("\"evidence\":null,\"source\":\"gazetteer\""), std::string::npos) << json;
}

// "vice president of X", "deputy chairman of X": second to the leader, an employee of X.
TEST(Relations, ASecondToTheLeaderIsAnEmployee) {
  Document doc = make_doc(
      "Richard Torenzano, vice president of the New York Stock Exchange, said the hall was shut. "
      "Ann Lee, chairman of Acme Corp, agreed.",
      {{"Richard Torenzano", EntityType::kPerson, 0},
       {"New York Stock Exchange", EntityType::kOrg, 1},
       {"Ann Lee", EntityType::kPerson, 2},
       {"Acme Corp", EntityType::kOrg, 3}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Richard Torenzano", "employee_of", "New York Stock Exchange"));
  EXPECT_FALSE(has_relation(doc, "Richard Torenzano", "leader_of", "New York Stock Exchange"));
  EXPECT_TRUE(has_relation(doc, "Ann Lee", "leader_of", "Acme Corp"));
}

// A head of state or of government the gazetteer knows, given the office's bare title, leads
// the country when the article names it (by any of its names), from the gazetteer.
TEST(Relations, HeadsOfGovernmentGazetteer) {
  Document doc = make_doc(
      "President Bush met Prime Minister Tony Blair on Monday. The US and Britain agreed. "
      "Vice President Dick Cheney and President Hu of the bank were there.",
      {{"Bush", EntityType::kPerson, 0},
       {"Tony Blair", EntityType::kPerson, 1},
       {"US", EntityType::kGpe, 2},
       {"Britain", EntityType::kGpe, 3},
       {"Dick Cheney", EntityType::kPerson, 4},
       {"Hu", EntityType::kPerson, 5}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Bush", "leader_of", "US"));
  EXPECT_TRUE(has_relation(doc, "Tony Blair", "leader_of", "Britain"));
  for (const Relation& r : doc.relations) {
    if (r.type == "leader_of") {
      EXPECT_TRUE(r.from_gazetteer);
    }
    // Not a vice president, nor a surname of no head of government.
    EXPECT_NE(doc.entities[static_cast<size_t>(r.subject)].name, "Dick Cheney");
    EXPECT_NE(doc.entities[static_cast<size_t>(r.subject)].name, "Hu");
  }
  // No country named: nothing. Two offices ("the chancellor", and a "prime minister" linked
  // to him by mistake): nothing.
  Document alone = make_doc("President Obama spoke in Ohio.",
                            {{"Obama", EntityType::kPerson, 0}, {"Ohio", EntityType::kGpe, 1}});
  roles_and_relations(alone);
  EXPECT_TRUE(alone.relations.empty());
  Document two =
      make_doc("Gordon Brown spoke in Britain.",
               {{"Gordon Brown", EntityType::kPerson, 0}, {"Britain", EntityType::kGpe, 1}});
  two.entities[0].roles = {"prime minister"};
  roles_and_relations(two);
  EXPECT_TRUE(has_relation(two, "Gordon Brown", "leader_of", "Britain"));
  two.relations.clear();
  two.entities[0].roles = {"chancellor", "prime minister"};
  roles_and_relations(two);
  EXPECT_FALSE(has_relation(two, "Gordon Brown", "leader_of", "Britain"));
}

TEST(Relations, CapitalActingForItsGovernmentIsNoPlace) {
  // Named only as an actor or owner, a capital stands for its government: no part_of.
  Document acting = make_doc(
      "Tokyo had a large surplus with Washington last year. Moscow's support for Japan is firm. "
      "Russia and the United States want talks with Moscow.",
      {{"Tokyo", EntityType::kGpe, 0},
       {"Washington", EntityType::kGpe, 1},
       {"Moscow", EntityType::kGpe, 2},
       {"Japan", EntityType::kGpe, 3},
       {"Russia", EntityType::kGpe, 4},
       {"United States", EntityType::kGpe, 5},
       {"Moscow", EntityType::kGpe, 2}});
  roles_and_relations(acting);
  EXPECT_TRUE(acting.relations.empty());
  // Once named as a place ("talks in Beijing"), it is part of the country the article names.
  Document place = make_doc("China wants a deal. Straw will hold talks in Beijing on Thursday.",
                            {{"China", EntityType::kGpe, 0}, {"Beijing", EntityType::kGpe, 1}});
  roles_and_relations(place);
  EXPECT_TRUE(has_relation(place, "Beijing", "part_of", "China"));
}

TEST(Relations, InventoryNamesAreSnakeCaseAndUnique) {
  std::vector<std::string_view> names;
  for (const RelationType& t : relation_inventory()) {
    for (char c : t.name) EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '_') << t.name;
    names.push_back(t.name);
  }
  std::sort(names.begin(), names.end());
  EXPECT_EQ(std::adjacent_find(names.begin(), names.end()), names.end());
  for (std::string_view required :
       {"leader_of", "member_of", "employee_of", "spokesperson_of", "deputy_of", "ambassador_to",
        "child_of", "spouse_of", "relative_of", "located_in", "part_of", "citizen_of", "supports",
        "opposes"})
    EXPECT_TRUE(std::binary_search(names.begin(), names.end(), required)) << required;
}

}  // namespace
}  // namespace newsgraph
