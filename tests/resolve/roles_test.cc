// The roles found in the resolve layer (src/resolve/org_roles.cc, description_roles.cc, the
// person role finders), on segmented news sentences with hand-given names. Relative clauses:
// relative_roles_test.cc.
#include "resolve/roles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "newsgraph/relations.h"
#include "newsgraph/resolve.h"
#include "newsgraph/segment.h"
#include "resolve/person_roles.h"
#include "test_names.h"

namespace newsgraph {
namespace {

using test_names::has;
using test_names::resolved;
using test_names::roles_of;

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

// "it snapped up rival bank X", "Brando granted gaming company X": a subject's past-tense verb
// or a verb's particle opens no description; "Struggling Japanese car maker X" after a headline
// keeps its adjective.
TEST(OrganisationRoles, ASubjectsVerbOpensNoDescription) {
  Document doc = resolved(
      "The units became part of Acme when it snapped up rival bank Borland. Later Orion granted "
      "gaming company Vexa the rights.",
      {{"Acme", EntityType::kOrg},
       {"Borland", EntityType::kOrg},
       {"Orion", EntityType::kOrg},
       {"Vexa", EntityType::kOrg}});
  EXPECT_EQ(roles_of(doc, "Borland"), std::vector<std::string>{"rival bank"});
  EXPECT_EQ(roles_of(doc, "Vexa"), std::vector<std::string>{"gaming company"});
  Document headline = resolved(
      "Tie-up boosts Kestrel\n\nStruggling Japanese car maker Kestrel "
      "Motors has struck a deal.",
      {{"Kestrel", EntityType::kOrg},
       {"Japanese", EntityType::kNorp},
       {"Kestrel Motors", EntityType::kOrg}});
  EXPECT_TRUE(has(roles_of(headline, "Kestrel Motors"), "Struggling Japanese car maker"))
      << ::testing::PrintToString(roles_of(headline, "Kestrel Motors"));
}

TEST(OrganisationRoles, PossessivePlaceAndDashBeforeTheName) {
  Document doc = resolved("In 2003 Xstrata bought Australia's largest copper miner - MIM Holdings.",
                          {{"Xstrata", EntityType::kOrg},
                           {"Australia", EntityType::kGpe},
                           {"MIM Holdings", EntityType::kOrg}});
  EXPECT_TRUE(has(roles_of(doc, "MIM Holdings"), "Australia's largest copper miner"));
  EXPECT_TRUE(roles_of(doc, "Xstrata").empty());
}

// A part's noun ("unit", "subsidiary") before a name makes the name the part; after it only
// with an owner in the possessive ("its X subsidiary"), else the name is the owner ("the Acme
// unit"); a name that opens its sentence takes no premodifier from the headline before it.
TEST(OrganisationRoles, PartNounsAndHeadlines) {
  Document doc = resolved(
      "Yukos is suing Gazprom, its unit Gazpromneft, and Rosneft. Moscow put Yukos's Yugansk "
      "subsidiary up for sale. Hudson said its Markborough "
      "properties subsidiary had a profit. The Acme unit was sold.\n\nSTEEL FIRM\n\nBeta Corp "
      "said "
      "it would close.",
      {{"Yukos", EntityType::kOrg},
       {"Gazprom", EntityType::kOrg},
       {"Gazpromneft", EntityType::kOrg},
       {"Rosneft", EntityType::kOrg},
       {"Moscow", EntityType::kGpe},
       {"Yukos", EntityType::kOrg},
       {"Yugansk", EntityType::kOrg},
       {"Hudson", EntityType::kOrg},
       {"Markborough", EntityType::kOrg},
       {"Acme", EntityType::kOrg},
       {"Beta Corp", EntityType::kOrg}});
  EXPECT_EQ(roles_of(doc, "Gazpromneft"), std::vector<std::string>{"unit"});
  EXPECT_EQ(roles_of(doc, "Markborough"), std::vector<std::string>{"properties subsidiary"});
  EXPECT_EQ(roles_of(doc, "Yugansk"), std::vector<std::string>{"subsidiary"});
  EXPECT_TRUE(roles_of(doc, "Acme").empty()) << ::testing::PrintToString(roles_of(doc, "Acme"));
  EXPECT_TRUE(roles_of(doc, "Beta Corp").empty())
      << ::testing::PrintToString(roles_of(doc, "Beta Corp"));
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

TEST(DescriptionRoles, AnOrganisationsDescriptionWithAModifierIsItsRole) {
  Document doc = resolved(
      "The Wall Street Journal called on Trump to quit. \"He needs to stop,\" the "
      "conservative-leaning newspaper wrote. The newspaper added that Acme Corp had paid for the "
      "ads. The company declined to comment. The Supreme Court ruled against Acme on Monday. The "
      "lower "
      "court had found for the firm.",
      {{"Wall Street Journal", EntityType::kOrg},
       {"Trump", EntityType::kPerson},
       {"Acme Corp", EntityType::kOrg},
       {"Supreme Court", EntityType::kOrg},
       {"Acme", EntityType::kOrg}});
  const std::vector<std::string> journal = roles_of(doc, "Wall Street Journal");
  EXPECT_EQ(journal, std::vector<std::string>{"conservative-leaning newspaper"});
  // "the company" is only a class; "the lower court" is a court, but another one.
  EXPECT_TRUE(roles_of(doc, "Acme Corp").empty())
      << ::testing::PrintToString(roles_of(doc, "Acme Corp"));
  EXPECT_TRUE(roles_of(doc, "Supreme Court").empty())
      << ::testing::PrintToString(roles_of(doc, "Supreme Court"));
}

// resolve owns people's roles: premodifier, apposition (split at "and"), predicate, "led by",
// spouse and verb phrases are in Entity::roles after resolve_entities, each with its phrase;
// relations reads them and adds no role.
TEST(PersonRoles, ResolveFindsEveryKindAndRelationsOnlyReads) {
  Document doc = resolved(
      "Tajik President Emomali Rahmon met Ahmad Shah Massoud, leader of the Northern Alliance "
      "and son of a colonel, on Monday. The opposition Jamiat, led by Massoud, held out. "
      "Massoud and his wife, Sediqa, head the resistance council. Sediqa is a journalist at "
      "the Kabul Times.",
      {{"Tajik", EntityType::kNorp},
       {"Emomali Rahmon", EntityType::kPerson},
       {"Ahmad Shah Massoud", EntityType::kPerson},
       {"Northern Alliance", EntityType::kOrg},
       {"Jamiat", EntityType::kOrg},
       {"Massoud", EntityType::kPerson},
       {"Massoud", EntityType::kPerson},
       {"Sediqa", EntityType::kPerson},
       {"Sediqa", EntityType::kPerson},
       {"Kabul Times", EntityType::kOrg}});
  const std::vector<std::string> rahmon = roles_of(doc, "Emomali Rahmon");
  EXPECT_TRUE(has(rahmon, "Tajik President")) << ::testing::PrintToString(rahmon);
  const std::vector<std::string> massoud = roles_of(doc, "Ahmad Shah Massoud");
  EXPECT_TRUE(has(massoud, "leader of the Northern Alliance")) << ::testing::PrintToString(massoud);
  EXPECT_TRUE(has(massoud, "son of a colonel")) << ::testing::PrintToString(massoud);
  EXPECT_TRUE(has(massoud, "led the Jamiat")) << ::testing::PrintToString(massoud);
  EXPECT_TRUE(has(massoud, "head the resistance council")) << ::testing::PrintToString(massoud);
  const std::vector<std::string> sediqa = roles_of(doc, "Sediqa");
  EXPECT_TRUE(has(sediqa, "wife of Ahmad Shah Massoud")) << ::testing::PrintToString(sediqa);
  EXPECT_TRUE(has(sediqa, "journalist")) << ::testing::PrintToString(sediqa);
  // Every role phrase of a person is one of its roles, and every kind was found.
  std::vector<bool> kinds(7, false);
  for (const RolePhrase& p : doc.role_phrases) {
    kinds[static_cast<size_t>(p.kind)] = true;
    if (p.text.empty()) continue;
    EXPECT_TRUE(has(doc.entities[size_t(p.entity)].roles, p.text)) << p.text;
  }
  for (RolePhrase::Kind k :
       {RolePhrase::Kind::kPredicate, RolePhrase::Kind::kPremodifier, RolePhrase::Kind::kApposition,
        RolePhrase::Kind::kLedBy, RolePhrase::Kind::kKin, RolePhrase::Kind::kVerb})
    EXPECT_TRUE(kinds[static_cast<size_t>(k)]) << static_cast<int>(k);
  std::vector<std::vector<std::string>> before;
  for (const Entity& e : doc.entities) before.push_back(e.roles);
  extract_relations(doc);
  for (size_t e = 0; e < doc.entities.size(); ++e) EXPECT_EQ(doc.entities[e].roles, before[e]);
  EXPECT_FALSE(doc.relations.empty());
}

// An apposition's role ends before "such as" and "including": the examples are other people.
TEST(PersonRoles, AnAppositionEndsBeforeItsExamples) {
  Document doc = resolved(
      "Richard Cole, a former aide to Ohio Republicans such as former Gov. Bob Ehrlich, wrote "
      "that he had left the party.",
      {{"Richard Cole", EntityType::kPerson},
       {"Ohio", EntityType::kGpe},
       {"Republicans", EntityType::kOrg},
       {"Bob Ehrlich", EntityType::kPerson}});
  EXPECT_EQ(roles_of(doc, "Richard Cole"),
            std::vector<std::string>{"former aide to Ohio Republicans"});
}

// "X, an aside, was the/one of the …": a predicate after an aside set off after the name, and
// one of a plural title; not one of anything ("one of the best").
TEST(PersonRoles, PredicateAfterAnAsideAndOneOfAPluralTitle) {
  Document doc = resolved(
      "Mr Khodorkovsky, currently facing charges of his own, was one of the founders of "
      "Menatep. Prescott Bush, the family patriarch, was a Republican senator from Connecticut. "
      "Tom Lee was one of the best.",
      {{"Mr Khodorkovsky", EntityType::kPerson},
       {"Menatep", EntityType::kOrg},
       {"Prescott Bush", EntityType::kPerson},
       {"Republican", EntityType::kOrg},
       {"Connecticut", EntityType::kGpe},
       {"Tom Lee", EntityType::kPerson}});
  EXPECT_TRUE(has(roles_of(doc, "Mr Khodorkovsky"), "one of the founders of Menatep"))
      << ::testing::PrintToString(roles_of(doc, "Mr Khodorkovsky"));
  EXPECT_TRUE(has(roles_of(doc, "Prescott Bush"), "Republican senator from Connecticut") ||
              has(roles_of(doc, "Prescott Bush"), "Republican senator"))
      << ::testing::PrintToString(roles_of(doc, "Prescott Bush"));
  EXPECT_TRUE(roles_of(doc, "Tom Lee").empty());
}

// A predicate's title with an infinitive after it keeps the clause ("the latest comedy star to
// bemoan the …"), and one of a possessive's plural title ("one of America's most decorated
// female athletes"); the infinitive's object is no relation of the title.
TEST(PersonRoles, APredicateWithAnInfinitiveOrAPossessive) {
  Document doc = resolved(
      "Ronnie Corbett is the latest comedy star to bemoan the \"dumbing down\" of TV. Marion "
      "Jones is one of America's most decorated female athletes. Tom Smith was the first "
      "president to visit Cuba.",
      {{"Ronnie Corbett", EntityType::kPerson},
       {"Marion Jones", EntityType::kPerson},
       {"America", EntityType::kGpe},
       {"Tom Smith", EntityType::kPerson},
       {"Cuba", EntityType::kGpe}});
  EXPECT_TRUE(has(roles_of(doc, "Ronnie Corbett"),
                  "latest comedy star to bemoan the \"dumbing down\" of TV"))
      << ::testing::PrintToString(roles_of(doc, "Ronnie Corbett"));
  EXPECT_TRUE(has(roles_of(doc, "Marion Jones"), "one of America's most decorated female athletes"))
      << ::testing::PrintToString(roles_of(doc, "Marion Jones"));
  extract_relations(doc);
  EXPECT_TRUE(doc.relations.empty());
}

// A plural title set off before a list of names is each one's role; not the object of a verb.
TEST(PersonRoles, PluralTitleBeforeAListOfNames) {
  Document doc = resolved(
      "The deal included three other ex-managers, Peter Martin, Erik Gustafson and Joseph "
      "Palombo, who paid. The team includes strikers, John Smith and Tom Lee.",
      {{"Peter Martin", EntityType::kPerson},
       {"Erik Gustafson", EntityType::kPerson},
       {"Joseph Palombo", EntityType::kPerson},
       {"John Smith", EntityType::kPerson},
       {"Tom Lee", EntityType::kPerson}});
  for (const char* name : {"Peter Martin", "Erik Gustafson", "Joseph Palombo"})
    EXPECT_TRUE(has(roles_of(doc, name), "ex-managers")) << name;
  EXPECT_TRUE(roles_of(doc, "John Smith").empty());
  EXPECT_TRUE(roles_of(doc, "Tom Lee").empty());
}

// A plural title right before a list of names, with its lower-case modifiers ("fellow comedy
// stars X and Y", "predecessors X and Y"), is each one's role; not a verb before it ("Stars in
// attendance include nominees X and Y": "nominees").
TEST(PersonRoles, PluralTitleRightBeforeAListOfNames) {
  Document doc = resolved(
      "He compared him to predecessors Lyndon Johnson and Jimmy Carter. Corbett joined fellow "
      "comedy stars Victoria Wood and David Jason. Stars in attendance include nominees Clive "
      "Owen and Kate Winslet.",
      {{"Lyndon Johnson", EntityType::kPerson},
       {"Jimmy Carter", EntityType::kPerson},
       {"Corbett", EntityType::kPerson},
       {"Victoria Wood", EntityType::kPerson},
       {"David Jason", EntityType::kPerson},
       {"Clive Owen", EntityType::kPerson},
       {"Kate Winslet", EntityType::kPerson}});
  for (const char* name : {"Lyndon Johnson", "Jimmy Carter"})
    EXPECT_TRUE(has(roles_of(doc, name), "predecessors")) << name;
  for (const char* name : {"Victoria Wood", "David Jason"})
    EXPECT_TRUE(has(roles_of(doc, name), "fellow comedy stars"))
        << name << ": " << ::testing::PrintToString(roles_of(doc, name));
  EXPECT_EQ(roles_of(doc, "Clive Owen"), std::vector<std::string>{"nominees"});
}

// A place's superlative set off after a name is a description ("once Russia's richest man");
// a place's possessive with no superlative is no role by itself.
TEST(PersonRoles, APlacesSuperlativeInAnApposition) {
  Document doc = resolved(
      "Mr Khodorkovsky, once Russia's richest man, is in prison. Tom Lee, Russia's friend, "
      "spoke.",
      {{"Mr Khodorkovsky", EntityType::kPerson},
       {"Russia", EntityType::kGpe},
       {"Tom Lee", EntityType::kPerson},
       {"Russia", EntityType::kGpe}});
  EXPECT_TRUE(has(roles_of(doc, "Mr Khodorkovsky"), "once Russia's richest man"));
  EXPECT_TRUE(roles_of(doc, "Tom Lee").empty());
}

TEST(PersonRoles, NoPhraseWithoutATitleOrRoleWord) {
  Document doc =
      resolved("Yesterday Emomali Rahmon, 68, arrived. Rahmon is the one we know.",
               {{"Emomali Rahmon", EntityType::kPerson}, {"Rahmon", EntityType::kPerson}});
  EXPECT_TRUE(resolve::find_person_role_phrases(doc).empty());
  EXPECT_TRUE(roles_of(doc, "Emomali Rahmon").empty());
}

// An honorific between the title and the name ends neither; a title phrase ending in its title
// starts after "of"; a US party label after the name is a role.
TEST(PersonRoles, HonorificOfPhraseAndPartyLabel) {
  Document doc = resolved(
      "Liberal Democrat foreign affairs spokesman Sir Menzies Campbell said the four had been "
      "rescued. Trump defended his praise of the Russian president, Vladimir Putin, on Sunday. "
      "It is a different story, according to former Sen. Scott Brown, R-Mass. on Monday.",
      {{"Liberal Democrat", EntityType::kOrg},
       {"Menzies Campbell", EntityType::kPerson},
       {"Trump", EntityType::kPerson},
       {"Russian", EntityType::kNorp},
       {"Vladimir Putin", EntityType::kPerson},
       {"Scott Brown", EntityType::kPerson}});
  const std::vector<std::string> campbell = roles_of(doc, "Menzies Campbell");
  EXPECT_TRUE(has(campbell, "Liberal Democrat foreign affairs spokesman"))
      << ::testing::PrintToString(campbell);
  EXPECT_EQ(roles_of(doc, "Vladimir Putin"), std::vector<std::string>{"Russian president"});
  const std::vector<std::string> brown = roles_of(doc, "Scott Brown");
  EXPECT_TRUE(has(brown, "former Sen.")) << ::testing::PrintToString(brown);
  EXPECT_TRUE(has(brown, "R-Mass")) << ::testing::PrintToString(brown);
}

// A title phrase set off before a name that has its own title or honorific ("Russia's leader,
// President Vladimir V. Putin,"): the phrase is a role too.
TEST(PersonRoles, TitlePhraseBeforeATitledName) {
  Document doc = resolved(
      "Criticism came from the last army ruler, General Joao Figueiredo, on Monday. Germany "
      "sent a letter to Russia's leader, President Vladimir Putin, on Monday.",
      {{"Joao Figueiredo", EntityType::kPerson},
       {"Germany", EntityType::kGpe},
       {"Russia", EntityType::kGpe},
       {"Vladimir Putin", EntityType::kPerson}});
  EXPECT_TRUE(has(roles_of(doc, "Joao Figueiredo"), "last army ruler"))
      << ::testing::PrintToString(roles_of(doc, "Joao Figueiredo"));
  EXPECT_TRUE(has(roles_of(doc, "Vladimir Putin"), "Russia's leader"))
      << ::testing::PrintToString(roles_of(doc, "Vladimir Putin"));
}

// Kin other than a spouse keep the article's noun as their role ("his son Beau" -> "son"); a
// capitalised "TITLE of X" before a name is one title, but not across another title or when
// the name itself follows "of".
TEST(PersonRoles, KinNounAndTitleOfPlace) {
  Document doc = resolved(
      "Joe Biden did not run after the death of his son Beau. Secretary of State John Kerry met "
      "Archbishop of Canterbury Dr Rowan Williams and the wife of President Barack Obama. She "
      "starred in ITV's King of Fridges.",
      {{"Joe Biden", EntityType::kPerson},
       {"Beau", EntityType::kPerson},
       {"State", EntityType::kOrg},
       {"John Kerry", EntityType::kPerson},
       {"Canterbury", EntityType::kGpe},
       {"Rowan Williams", EntityType::kPerson},
       {"Barack Obama", EntityType::kPerson},
       {"ITV", EntityType::kOrg},
       {"Fridges", EntityType::kPerson}});
  EXPECT_EQ(roles_of(doc, "Beau"), std::vector<std::string>{"son"});
  EXPECT_TRUE(roles_of(doc, "Joe Biden").empty());
  EXPECT_EQ(roles_of(doc, "John Kerry"), std::vector<std::string>{"Secretary of State"});
  EXPECT_EQ(roles_of(doc, "Rowan Williams"), std::vector<std::string>{"Archbishop of Canterbury"});
  EXPECT_EQ(roles_of(doc, "Barack Obama"), std::vector<std::string>{"President"});
  EXPECT_TRUE(roles_of(doc, "Fridges").empty())
      << ::testing::PrintToString(roles_of(doc, "Fridges"));
  extract_relations(doc);
  bool child_of = false;
  for (const Relation& r : doc.relations)
    child_of |= r.type == "child_of" && doc.entities[size_t(r.subject)].name == "Beau" &&
                doc.entities[size_t(r.object)].name == "Joe Biden";
  EXPECT_TRUE(child_of);
}

// A lower-case role before a capitalised title next to the name is a role of its own; "who
// served as" names the role up to a time phrase.
TEST(PersonRoles, RoleBeforeATitleAndServedAs) {
  Document doc = resolved(
      "He will meet Chinese counterpart Minister Li Zhaoxing on Monday. \"He is unqualified,\" "
      "said Joe Biden, who served as a US senator for 36 years. Ken Clarke, who served as "
      "chancellor since 1993, disagreed.",
      {{"Chinese", EntityType::kNorp},
       {"Li Zhaoxing", EntityType::kPerson},
       {"Joe Biden", EntityType::kPerson},
       {"US", EntityType::kGpe},
       {"Ken Clarke", EntityType::kPerson}});
  EXPECT_EQ(roles_of(doc, "Li Zhaoxing"),
            (std::vector<std::string>{"Chinese counterpart", "Minister"}));
  EXPECT_EQ(roles_of(doc, "Joe Biden"), std::vector<std::string>{"US senator"});
  EXPECT_EQ(roles_of(doc, "Ken Clarke"), std::vector<std::string>{"chancellor"});
}

// A short parenthesis of capitalised words stays inside an apposition; a verb after "and" ends
// it, a hyphenated modifier does not.
TEST(PersonRoles, AppositionParenthesisAndVerbAfterAnd) {
  Document doc = resolved(
      "George Tan, assistant director of Greenwell Montagu (Far East) Ltd, said it was wise. The "
      "team was led by Digby Jones, director general of the CBI, and included bankers. Amrullah "
      "Saleh, former vice-president and self-proclaimed interim president, spoke.",
      {{"George Tan", EntityType::kPerson},
       {"Greenwell Montagu", EntityType::kOrg},
       {"Digby Jones", EntityType::kPerson},
       {"CBI", EntityType::kOrg},
       {"Amrullah Saleh", EntityType::kPerson}});
  EXPECT_EQ(roles_of(doc, "George Tan"),
            std::vector<std::string>{"assistant director of Greenwell Montagu (Far East) Ltd"});
  EXPECT_EQ(roles_of(doc, "Digby Jones"), std::vector<std::string>{"director general of the CBI"});
  EXPECT_EQ(
      roles_of(doc, "Amrullah Saleh"),
      (std::vector<std::string>{"former vice-president", "self-proclaimed interim president"}));
}

// A description stays in its sentence (a headline without a full stop ends at its blank line),
// and a compound that places or owns an organisation describes it.
TEST(OrganisationRoles, SentenceBoundAndPlacingCompounds) {
  Document doc = resolved(
      "WMC says Xstrata bid is too low\n\nAustralian mining firm WMC Resources has said it is "
      "worth more. There is pressure on Swiss-based Xstrata and on Kremlin-controlled Gazprom. "
      "Fellow shareholders Boston-based private investment firm Highfields agreed.",
      {{"WMC", EntityType::kOrg},
       {"Xstrata", EntityType::kOrg},
       {"Australian", EntityType::kNorp},
       {"WMC Resources", EntityType::kOrg},
       {"Xstrata", EntityType::kOrg},
       {"Gazprom", EntityType::kOrg},
       {"Highfields", EntityType::kOrg}});
  EXPECT_EQ(roles_of(doc, "WMC Resources"), std::vector<std::string>{"Australian mining firm"});
  EXPECT_EQ(roles_of(doc, "Xstrata"), std::vector<std::string>{"Swiss-based"});
  EXPECT_EQ(roles_of(doc, "Gazprom"), std::vector<std::string>{"Kremlin-controlled"});
  EXPECT_EQ(roles_of(doc, "Highfields"),
            std::vector<std::string>{"Boston-based private investment firm"});
}

TEST(PersonRoles, AnAgeAndANationalityBeforeTheName) {
  Document doc = resolved(
      "The US said that 48-year-old Australian Mamdouh Habib will be released. Australian Ian "
      "Thorpe won.",
      {{"US", EntityType::kGpe},
       {"Australian", EntityType::kNorp},
       {"Mamdouh Habib", EntityType::kPerson},
       {"Australian", EntityType::kNorp},
       {"Ian Thorpe", EntityType::kPerson}});
  EXPECT_EQ(roles_of(doc, "Mamdouh Habib"), std::vector<std::string>{"48-year-old Australian"});
  // A nationality alone is no role phrase.
  EXPECT_TRUE(roles_of(doc, "Ian Thorpe").empty());
}

// "former Spurs and England defender Gary Stevens": two names coordinated before one title
// are both in the role; not a clause before the name ("Democratic and Republican leaders
// praised President Reagan").
TEST(PersonRoles, TwoNamesBeforeOneTitle) {
  Document doc = resolved(
      "However, former Spurs and England defender Gary Stevens said he was surprised. "
      "Democratic and Republican leaders praised President Reagan.",
      {{"Spurs", EntityType::kOrg},
       {"England", EntityType::kGpe},
       {"Gary Stevens", EntityType::kPerson},
       {"Democratic", EntityType::kOrg},
       {"Republican", EntityType::kOrg},
       {"Reagan", EntityType::kPerson}});
  EXPECT_EQ(roles_of(doc, "Gary Stevens"),
            std::vector<std::string>{"former Spurs and England defender"});
  for (const std::string& r : roles_of(doc, "Reagan"))
    EXPECT_EQ(r.find("Democratic"), std::string::npos) << r;
}

// "NAME as TITLE" gives the title to a subject or to the object of a verb of appointing, not to
// the object of another verb.
TEST(PersonRoles, ATitleAfterAs) {
  Document doc = resolved(
      "He said that Howard Baker as Reagan's chief of staff would help. Obama named Rahm Emanuel "
      "as "
      "his chief of staff. Clinton as secretary of state visited China. He served Bush as "
      "ambassador to Iraq. Trump dismissed Wisconsin Gov. Scott Walker as an ineffective leader.",
      {{"Howard Baker", EntityType::kPerson},
       {"Reagan", EntityType::kPerson},
       {"Obama", EntityType::kPerson},
       {"Rahm Emanuel", EntityType::kPerson},
       {"Clinton", EntityType::kPerson},
       {"China", EntityType::kGpe},
       {"Bush", EntityType::kPerson},
       {"Iraq", EntityType::kGpe},
       {"Trump", EntityType::kPerson},
       {"Wisconsin", EntityType::kGpe},
       {"Scott Walker", EntityType::kPerson}});
  EXPECT_EQ(roles_of(doc, "Howard Baker"), std::vector<std::string>{"Reagan's chief of staff"});
  EXPECT_EQ(roles_of(doc, "Rahm Emanuel"), std::vector<std::string>{"chief of staff"});
  EXPECT_EQ(roles_of(doc, "Clinton"), std::vector<std::string>{"secretary of state"});
  EXPECT_TRUE(roles_of(doc, "Bush").empty());
  EXPECT_FALSE(has(roles_of(doc, "Scott Walker"), "ineffective leader"));
}

// A verb before a titled name ends its role: "attacked Democratic presidential candidate X" gives
// X the role "Democratic presidential candidate"; so do a speech cue and "and".
TEST(PersonRoles, AVerbBeforeATitledNameIsNoPartOfItsRole) {
  Document doc = resolved(
      "Donald Trump attacked Democratic presidential candidate Hillary Clinton. The club "
      "criticised striker Wayne Rooney and defended coach Alan Smith.",
      {{"Donald Trump", EntityType::kPerson},
       {"Democratic", EntityType::kOrg},
       {"Hillary Clinton", EntityType::kPerson},
       {"Wayne Rooney", EntityType::kPerson},
       {"Alan Smith", EntityType::kPerson}});
  EXPECT_EQ(roles_of(doc, "Hillary Clinton"),
            std::vector<std::string>{"Democratic presidential candidate"});
  EXPECT_EQ(roles_of(doc, "Wayne Rooney"), std::vector<std::string>{"striker"});
  EXPECT_EQ(roles_of(doc, "Alan Smith"), std::vector<std::string>{"coach"});
}

// A person's possessive before a role opens the role ("Elton John's partner David Furnish"), as
// an organisation's does.
TEST(PersonRoles, APersonsPossessiveOpensTheRole) {
  Document doc =
      resolved("Elton John's partner David Furnish said the couple would marry.",
               {{"Elton John", EntityType::kPerson}, {"David Furnish", EntityType::kPerson}});
  EXPECT_EQ(roles_of(doc, "David Furnish"), std::vector<std::string>{"Elton John's partner"});
  EXPECT_TRUE(roles_of(doc, "Elton John").empty());
}

// A clause or an adverbial phrase after a comma is no apposition: "X, while Y ...", "X, to
// raise taxes", "X, under investigation"; "X, as chairman of Y," still is one.
TEST(PersonRoles, AClauseAfterACommaIsNoRole) {
  Document doc = resolved(
      "The award went to Ray Charles, while British actor Clive Owen took the prize. Critics "
      "attacked Marion Jones, under investigation for steroid use by the agency. Sarah Kent, as "
      "chairman of the council, opened the session.",
      {{"Ray Charles", EntityType::kPerson},
       {"Clive Owen", EntityType::kPerson},
       {"Marion Jones", EntityType::kPerson},
       {"Sarah Kent", EntityType::kPerson}});
  EXPECT_TRUE(roles_of(doc, "Ray Charles").empty());
  EXPECT_TRUE(roles_of(doc, "Marion Jones").empty());
  EXPECT_EQ(roles_of(doc, "Clive Owen"), std::vector<std::string>{"British actor"});
  EXPECT_EQ(roles_of(doc, "Sarah Kent"), std::vector<std::string>{"chairman of the council"});
}

// A titled name after a comma is the next item of a list of names, not an apposition of the name
// before it; "chief of NAME" still is one.
TEST(PersonRoles, ATitledNameAfterACommaIsTheNextItemOfAList) {
  Document doc = resolved(
      "The minister will meet President Reagan, Vice President George Bush, Secretary of State "
      "George Shultz and Commerce Secretary Malcolm Baldrige. The actor joined Leonardo "
      "DiCaprio, director Martin Scorsese and others.",
      {{"Reagan", EntityType::kPerson},
       {"George Bush", EntityType::kPerson},
       {"George Shultz", EntityType::kPerson},
       {"Malcolm Baldrige", EntityType::kPerson},
       {"Leonardo DiCaprio", EntityType::kPerson},
       {"Martin Scorsese", EntityType::kPerson}});
  EXPECT_EQ(roles_of(doc, "Reagan"), std::vector<std::string>{"President"});
  EXPECT_EQ(roles_of(doc, "George Bush"), std::vector<std::string>{"Vice President"});
  EXPECT_EQ(roles_of(doc, "George Shultz"), std::vector<std::string>{"Secretary of State"});
  EXPECT_TRUE(roles_of(doc, "Leonardo DiCaprio").empty());
  EXPECT_EQ(roles_of(doc, "Martin Scorsese"), std::vector<std::string>{"director"});
}

// "A NOUN PHRASE, NAME verb": the phrase that opens the sentence is the role of the name it is
// set off before; a time phrase ("A year later,") is none. "who has become X" names a role.
TEST(PersonRoles, FrontedAppositionAndHasBecome) {
  Document doc = resolved(
      "A self-professed independent, Mark Cuban said he would consider it. A year later, Ann "
      "Lee said nothing. He praised Tom Jones, who has become the hottest new star on the rap "
      "scene. A spokesman, John Doe, said no.",
      {{"Mark Cuban", EntityType::kPerson},
       {"Ann Lee", EntityType::kPerson},
       {"Tom Jones", EntityType::kPerson},
       {"John Doe", EntityType::kPerson}});
  EXPECT_EQ(roles_of(doc, "Mark Cuban"), std::vector<std::string>{"self-professed independent"});
  EXPECT_TRUE(roles_of(doc, "Ann Lee").empty());
  EXPECT_EQ(roles_of(doc, "Tom Jones"),
            std::vector<std::string>{"has become the hottest new star on the rap scene"});
  EXPECT_EQ(roles_of(doc, "John Doe"), std::vector<std::string>{"spokesman"});
}

// What a firm does, from a relative clause after a comma; an apposition that goes on after its
// noun, to its closing comma; no role from a clause of its own ("…, the agency said …").
TEST(OrganisationRoles, RelativeClauseAndLongApposition) {
  Document doc = resolved(
      "Fred Hasson, head of Tiga, which represents independent developers, said firms would "
      "fail. Gary Dunn works at Codemasters, which develops games in house. Gazprom, the "
      "company originally tipped to buy Yuganskneftegas, was banned. Rain fell in Parana, the "
      "agency said.",
      {{"Fred Hasson", EntityType::kPerson},
       {"Tiga", EntityType::kOrg},
       {"Gary Dunn", EntityType::kPerson},
       {"Codemasters", EntityType::kOrg},
       {"Gazprom", EntityType::kOrg},
       {"Yuganskneftegas", EntityType::kOrg},
       {"Parana", EntityType::kGpe}});
  EXPECT_EQ(roles_of(doc, "Tiga"),
            std::vector<std::string>{"which represents independent developers"});
  EXPECT_EQ(roles_of(doc, "Codemasters"),
            std::vector<std::string>{"which develops games in house"});
  EXPECT_EQ(roles_of(doc, "Gazprom"),
            std::vector<std::string>{"company originally tipped to buy Yuganskneftegas"});
}

TEST(OrganisationRoles, NoRoleFromAClauseOfItsOwn) {
  Document doc =
      resolved("Protesters marched on AIPAC, a group of rabbis called for a boycott of his speech.",
               {{"AIPAC", EntityType::kOrg}});
  EXPECT_TRUE(roles_of(doc, "AIPAC").empty());
}

TEST(OrganisationRoles, SearchEngineBeforeTheName) {
  Document doc = resolved("According to search engine Ask Jeeves, most surfers use one.",
                          {{"Ask Jeeves", EntityType::kOrg}});
  EXPECT_EQ(roles_of(doc, "Ask Jeeves"), std::vector<std::string>{"search engine"});
}

}  // namespace
}  // namespace newsgraph
