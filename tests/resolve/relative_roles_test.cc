// Descriptions from a relative clause or a participle's clause set off after a name
// (src/resolve/relative_roles.cc), on segmented news sentences with hand-given names.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsgraph/resolve.h"
#include "resolve/roles.h"
#include "test_names.h"

namespace newsgraph {
namespace {

using test_names::has;
using test_names::resolved;
using test_names::roles_of;

// A relative clause set off after a name describes it (src/resolve/relative_roles.cc): after a
// comma or a dash, after each name of a list, "in which" for an organisation; not a clause of
// saying, nor a "which" whose own subject follows (it stands for something else).
TEST(RelativeClauseRoles, DescribeTheNameBeforeThem) {
  Document doc = resolved(
      "The deal included Peter Martin, Erik Gustafson and Joseph Palombo, who paid penalties of "
      "$50,000. Deutsche Boerse - whose market capitalisation is more than $3bn - said no. Trades "
      "are cleared via Clearnet, in which Euronext has a quarter stake. Ann Lee, who said the "
      "plan would fail, left. Bob Hall, who has repeatedly told reporters he would stay, left. "
      "She blamed the State Department, which she mishandled for months.",
      {{"Peter Martin", EntityType::kPerson},
       {"Erik Gustafson", EntityType::kPerson},
       {"Joseph Palombo", EntityType::kPerson},
       {"Deutsche Boerse", EntityType::kOrg},
       {"Clearnet", EntityType::kOrg},
       {"Euronext", EntityType::kOrg},
       {"Ann Lee", EntityType::kPerson},
       {"Bob Hall", EntityType::kPerson},
       {"State Department", EntityType::kOrg}});
  for (const char* name : {"Peter Martin", "Erik Gustafson", "Joseph Palombo"})
    EXPECT_EQ(roles_of(doc, name), std::vector<std::string>{"who paid penalties of $50,000"})
        << name;
  EXPECT_EQ(roles_of(doc, "Deutsche Boerse"),
            std::vector<std::string>{"whose market capitalisation is more than $3bn"});
  EXPECT_EQ(roles_of(doc, "Clearnet"),
            std::vector<std::string>{"in which Euronext has a quarter stake"});
  EXPECT_TRUE(roles_of(doc, "Euronext").empty());
  EXPECT_TRUE(roles_of(doc, "Ann Lee").empty());
  EXPECT_TRUE(roles_of(doc, "Bob Hall").empty());
  EXPECT_TRUE(roles_of(doc, "State Department").empty());
}

// A past participle's clause set off on both sides describes the name before it; a past tense
// with its object after an aside, or a participle before "to", is the sentence's verb.
TEST(RelativeClauseRoles, PassiveParticipleClause) {
  Document doc = resolved(
      "The US said Mamdouh Habib, previously accused of terrorist offences, will be freed. "
      "Euronext - formed after three exchanges merged - is working on an offer. The head of Acme "
      "Corp, completed the sale of its unit, analysts said. Vladimir Putin, proceeded to "
      "dismember Ukraine, aides said. George Bush, whose oldest son, spoke.",
      {{"US", EntityType::kGpe},
       {"Mamdouh Habib", EntityType::kPerson},
       {"Euronext", EntityType::kOrg},
       {"Acme Corp", EntityType::kOrg},
       {"Vladimir Putin", EntityType::kPerson},
       {"Ukraine", EntityType::kGpe},
       {"George Bush", EntityType::kPerson}});
  EXPECT_EQ(roles_of(doc, "Mamdouh Habib"),
            std::vector<std::string>{"previously accused of terrorist offences"});
  EXPECT_EQ(roles_of(doc, "Euronext"),
            std::vector<std::string>{"formed after three exchanges merged"});
  EXPECT_TRUE(roles_of(doc, "Acme Corp").empty());
  EXPECT_TRUE(roles_of(doc, "Vladimir Putin").empty());
  EXPECT_TRUE(roles_of(doc, "George Bush").empty());
}

// A clause between dashes runs on over its commas; another person's role phrase inside it
// ("McCarthy, the Chicago police chief,") does not stop it.
TEST(RelativeClauseRoles, BetweenDashesOverCommas) {
  Document doc = resolved(
      "Mayor Rahm Emanuel - who fired Garry McCarthy, the Chicago police chief, on Tuesday - is "
      "safe.",
      {{"Rahm Emanuel", EntityType::kPerson},
       {"Garry McCarthy", EntityType::kPerson},
       {"Chicago", EntityType::kGpe}});
  EXPECT_TRUE(has(roles_of(doc, "Rahm Emanuel"),
                  "who fired Garry McCarthy, the Chicago police chief, on Tuesday"));
}

// A clause a person role finder already reads ("who heads the agency" -> "heads the agency") is
// not given twice; one cut short by a quotation is none.
TEST(RelativeClauseRoles, NoClauseTwiceNorCutShort) {
  Document doc = resolved(
      "Tom Jones, who heads the agency, spoke. Viktor Yanukovych, who owed his election to "
      "\"the people,\" resigned.",
      {{"Tom Jones", EntityType::kPerson}, {"Viktor Yanukovych", EntityType::kPerson}});
  EXPECT_EQ(roles_of(doc, "Tom Jones"), std::vector<std::string>{"heads the agency"});
  EXPECT_TRUE(roles_of(doc, "Viktor Yanukovych").empty());
}

// A relative clause after an apposition set off after the name ("US Airways, the
// seventh-largest US airline, which is now in Chapter 11 …"); not when the apposition ends in
// another name, which the clause may describe.
TEST(RelativeClauseRoles, AfterAnApposition) {
  Document doc = resolved(
      "Crews at US Airways, the seventh-largest US airline, which is now in bankruptcy "
      "protection, struck. Bruce Misamore, the finance chief of Yukos, which is based in "
      "Moscow, spoke. Tom Lee, a lawyer, who lives in Paris, agreed to go.",
      {{"US Airways", EntityType::kOrg},
       {"US", EntityType::kGpe},
       {"Bruce Misamore", EntityType::kPerson},
       {"Yukos", EntityType::kOrg},
       {"Moscow", EntityType::kGpe},
       {"Tom Lee", EntityType::kPerson},
       {"Paris", EntityType::kGpe}});
  EXPECT_TRUE(has(roles_of(doc, "US Airways"), "which is now in bankruptcy protection"))
      << ::testing::PrintToString(roles_of(doc, "US Airways"));
  EXPECT_TRUE(has(roles_of(doc, "Tom Lee"), "who lives in Paris"))
      << ::testing::PrintToString(roles_of(doc, "Tom Lee"));
  EXPECT_FALSE(has(roles_of(doc, "Bruce Misamore"), "which is based in Moscow"));
}

// An apposition's own restrictive "who" clause ("the Whitewater independent counsel who
// vigorously pursued Bill Clinton"), not its "which"; a passive of a verb of saying describes
// ("who has been charged with …" is no statement of theirs).
TEST(RelativeClauseRoles, AnAppositionsWhoClauseAndAPassiveCue) {
  Document doc = resolved(
      "Kenneth Starr, the Whitewater independent counsel who vigorously pursued Bill Clinton, "
      "spoke. Meanwhile, Conte, who has been charged with distributing steroids, is due in "
      "court. Acme, the maker of carbon black which is used in tires, grew.",
      {{"Kenneth Starr", EntityType::kPerson},
       {"Bill Clinton", EntityType::kPerson},
       {"Conte", EntityType::kPerson},
       {"Acme", EntityType::kOrg}});
  EXPECT_TRUE(has(roles_of(doc, "Kenneth Starr"), "who vigorously pursued Bill Clinton"))
      << ::testing::PrintToString(roles_of(doc, "Kenneth Starr"));
  EXPECT_TRUE(has(roles_of(doc, "Conte"), "who has been charged with distributing steroids"))
      << ::testing::PrintToString(roles_of(doc, "Conte"));
  EXPECT_FALSE(has(roles_of(doc, "Acme"), "which is used in tires"));
}

// "NAME of ORGANISATION, who …": the person's clause, past the employer.
TEST(RelativeClauseRoles, PastAPersonsEmployer) {
  Document doc =
      resolved("Richard Pzena of Sanford Bernstein, who attended the meeting, said it went well.",
               {{"Richard Pzena", EntityType::kPerson}, {"Sanford Bernstein", EntityType::kOrg}});
  EXPECT_TRUE(has(roles_of(doc, "Richard Pzena"), "who attended the meeting"))
      << ::testing::PrintToString(roles_of(doc, "Richard Pzena"));
  EXPECT_TRUE(roles_of(doc, "Sanford Bernstein").empty());
}

}  // namespace
}  // namespace newsgraph
