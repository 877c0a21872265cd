// The title, apposition, compound and verb patterns of src/relations/patterns.cc and the
// relation types added for issue 16, on hand-tagged news sentences.
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
constexpr EntityType kLoc = EntityType::kLoc;

TEST(RelationPatterns, OrganisationsTitleBeforeCommaAndName) {
  Document doc = make_doc(
      "The cut was welcomed by Deutsche Bank's chief economist, David Folkerts-Landau, who said "
      "rates would stay low.",
      {{"Deutsche Bank", kOrg, 0}, {"David Folkerts-Landau", kPer, 1}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_role(doc, 1, "Deutsche Bank's chief economist"));
  EXPECT_TRUE(has_relation(doc, "David Folkerts-Landau", "employee_of", "Deutsche Bank"));
  // "chief" modifies "economist": no leader.
  EXPECT_FALSE(has_relation(doc, "David Folkerts-Landau", "leader_of", "Deutsche Bank"));
}

// A title phrase that opens the sentence (after "Now") is set off before its subject, which a
// verb, not a comma, follows.
TEST(RelationPatterns, FrontedTitleBeforeTheSubject) {
  Document doc = make_doc(
      "Starr spoke on Monday. Now the chancellor of Baylor University, Starr has dealt with "
      "criticism. Critics, Tom Lee said, were wrong.",
      {{"Starr", kPer, 0},
       {"Baylor University", kOrg, 1},
       {"Starr", kPer, 0},
       {"Tom Lee", kPer, 2}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_role(doc, 0, "chancellor of Baylor University"));
  EXPECT_TRUE(has_relation(doc, "Starr", "leader_of", "Baylor University"));
  EXPECT_FALSE(has_role(doc, 2, "Critics"));
}

TEST(RelationPatterns, LeaderTitleOfOrganisationBeforeCommaAndName) {
  Document doc = make_doc(
      "The head of the International Monetary Fund, Kristalina Georgieva, warned of slower "
      "growth.",
      {{"International Monetary Fund", kOrg, 0}, {"Kristalina Georgieva", kPer, 1}});
  roles_and_relations(doc);
  EXPECT_TRUE(
      has_relation(doc, "Kristalina Georgieva", "leader_of", "International Monetary Fund"));
}

TEST(RelationPatterns, OrganisationWithNonLeaderTitleEmploys) {
  Document doc = make_doc(
      "\"Demand is weak,\" said Commerzbank analyst Carsten Fritsch. Acme chairman John Reed "
      "declined to comment.",
      {{"Commerzbank", kOrg, 0},
       {"Carsten Fritsch", kPer, 1},
       {"Acme", kOrg, 2},
       {"John Reed", kPer, 3}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Carsten Fritsch", "employee_of", "Commerzbank"));
  EXPECT_FALSE(has_relation(doc, "Carsten Fritsch", "leader_of", "Commerzbank"));
  EXPECT_TRUE(has_relation(doc, "John Reed", "leader_of", "Acme"));
  // An officer of a firm works for it; a party's consultant is a member of the party.
  Document more = make_doc(
      "Yukos chief financial officer Bruce Misamore left. \"It is hard,\" said Jo Ellis, a "
      "Republican tax consultant.",
      {{"Yukos", kOrg, 0},
       {"Bruce Misamore", kPer, 1},
       {"Jo Ellis", kPer, 2},
       {"Republican", kOrg, 3}});
  roles_and_relations(more);
  EXPECT_TRUE(has_relation(more, "Bruce Misamore", "employee_of", "Yukos"));
  EXPECT_FALSE(has_relation(more, "Bruce Misamore", "leader_of", "Yukos"));
  EXPECT_TRUE(has_relation(more, "Jo Ellis", "member_of", "Republican"));
}

TEST(RelationPatterns, TeamManagerLeadsFounderFoundsFundManagerWorks) {
  Document doc = make_doc(
      "Manchester United manager Sir Alex Ferguson was calm. Fidelity fund manager Anne Cole "
      "agreed, and Speegle founder Gordon Renton said nothing. Milan coach Carlo Ancelotti "
      "smiled.",
      {{"Manchester United", kOrg, 0},
       {"Alex Ferguson", kPer, 1},
       {"Fidelity", kOrg, 2},
       {"Anne Cole", kPer, 3},
       {"Speegle", kOrg, 4},
       {"Gordon Renton", kPer, 5},
       {"Milan", kOrg, 6},
       {"Carlo Ancelotti", kPer, 7}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Alex Ferguson", "leader_of", "Manchester United"));
  EXPECT_FALSE(has_relation(doc, "Alex Ferguson", "employee_of", "Manchester United"));
  EXPECT_TRUE(has_relation(doc, "Carlo Ancelotti", "leader_of", "Milan"));
  EXPECT_TRUE(has_relation(doc, "Anne Cole", "employee_of", "Fidelity"));
  EXPECT_FALSE(has_relation(doc, "Anne Cole", "leader_of", "Fidelity"));
  EXPECT_TRUE(has_relation(doc, "Gordon Renton", "founder_of", "Speegle"));
  EXPECT_FALSE(has_relation(doc, "Gordon Renton", "leader_of", "Speegle"));
}

TEST(RelationPatterns, PartyWordBeforeAnOccupationIsALeaning) {
  Document doc = make_doc(
      "Conservative radio host Hugh Hewitt asked Trump. Republican strategist Karl Rove and "
      "Republican Sen. John Thune disagreed.",
      {{"Conservative", kOrg, 0},
       {"Hugh Hewitt", kPer, 1},
       {"Trump", kPer, 2},
       {"Republican", kOrg, 3},
       {"Karl Rove", kPer, 4},
       {"Republican", kOrg, 3},
       {"John Thune", kPer, 5}});
  roles_and_relations(doc);
  EXPECT_FALSE(has_relation(doc, "Hugh Hewitt", "member_of", "Conservative"));
  EXPECT_TRUE(has_relation(doc, "Karl Rove", "member_of", "Republican"));
  EXPECT_TRUE(has_relation(doc, "John Thune", "member_of", "Republican"));
}

// A participle after a comma, or a verb after an aside set off after the subject, has the
// sentence's subject; not a list of names, a passive "accused of", or a possessive object.
TEST(RelationPatterns, ParticipleAndVerbAfterAnAsideTakeTheSentencesSubject) {
  Document doc = make_doc(
      "Biden, stumping for Clinton, trashes Trump. Vice President Joe Biden on Monday hit the "
      "trail with Hillary Clinton, trashing Donald Trump as unqualified. Sam Begg, Tom Abbasi "
      "and Ann Belmar were held for years, accused of al-Qaeda links. Erin Brockovich, an "
      "activist, endorsed Sanders’ approach.",
      {{"Biden", kPer, 0},
       {"Clinton", kPer, 1},
       {"Trump", kPer, 2},
       {"Joe Biden", kPer, 0},
       {"Hillary Clinton", kPer, 1},
       {"Donald Trump", kPer, 2},
       {"Sam Begg", kPer, 3},
       {"Tom Abbasi", kPer, 4},
       {"Ann Belmar", kPer, 5},
       {"al-Qaeda", kOrg, 6},
       {"Erin Brockovich", kPer, 7},
       {"Sanders", kPer, 8}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Biden", "supports", "Clinton"));
  EXPECT_TRUE(has_relation(doc, "Biden", "opposes", "Trump"));
  for (const Relation& r : doc.relations) {
    EXPECT_NE(r.object, 6) << r.type;   // no relation to al-Qaeda
    EXPECT_NE(r.subject, 7) << r.type;  // Sanders' approach is not Sanders
  }
}

TEST(RelationPatterns, TwoWordLeaderTitleAndFormerOffice) {
  Document doc = make_doc(
      "Peter Wong, managing director of Hang Seng Bank, said the halt was wise. Jim Brown, "
      "former chairman of Acme Holdings, disagreed.",
      {{"Peter Wong", kPer, 0},
       {"Hang Seng Bank", kOrg, 1},
       {"Jim Brown", kPer, 2},
       {"Acme Holdings", kOrg, 3}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Peter Wong", "leader_of", "Hang Seng Bank"));
  EXPECT_FALSE(has_relation(doc, "Peter Wong", "employee_of", "Hang Seng Bank"));
  EXPECT_TRUE(has_role(doc, 2, "former chairman of Acme Holdings"));
  EXPECT_FALSE(has_relation(doc, "Jim Brown", "leader_of", "Acme Holdings"));
}

TEST(RelationPatterns, TitleBeforeNameThenOfPlace) {
  Document doc = make_doc("Governor Jerry Brown of California signed the bill on Friday.",
                          {{"Jerry Brown", kPer, 0}, {"California", kGpe, 1}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Jerry Brown", "leader_of", "California"));
}

TEST(RelationPatterns, FromOrganisationApposition) {
  Document doc = make_doc(
      "Sarah Jones, from Amnesty International, said the trial was unfair. Paul Smith, from "
      "London, said nothing.",
      {{"Sarah Jones", kPer, 0},
       {"Amnesty International", kOrg, 1},
       {"Paul Smith", kPer, 2},
       {"London", kGpe, 3}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Sarah Jones", "employee_of", "Amnesty International"));
  EXPECT_FALSE(has_relation(doc, "Paul Smith", "employee_of", "London"));

  // The organisation's description between "from the" and its name.
  Document described =
      make_doc("John Ison, from the controversial group Justice Now, said it was disappointing.",
               {{"John Ison", kPer, 0}, {"Justice Now", kOrg, 1}});
  roles_and_relations(described);
  EXPECT_TRUE(has_relation(described, "John Ison", "employee_of", "Justice Now"));
}

// "editor-in-chief": a hyphenated title is one title word, and a leader's.
TEST(RelationPatterns, EditorInChiefLeadsThePublication) {
  Document doc =
      make_doc("Elliott Wilson, editor-in-chief of music magazine XXL, said the feud was real.",
               {{"Elliott Wilson", kPer, 0}, {"XXL", kOrg, 1}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_role(doc, 0, "editor-in-chief of music magazine XXL"));
  EXPECT_TRUE(has_relation(doc, "Elliott Wilson", "leader_of", "XXL"));
}

// "said John Olson of Drexel Burnham": a name, "of" and an organisation; a title that already
// names the tie wins ("Chairman Dan Smith of Acme" leads it), and a place is no employer.
TEST(RelationPatterns, NameOfOrganisation) {
  Document doc = make_doc(
      "\"Prices will rise,\" said John Olson of Drexel Burnham in New York. Chairman Dan Smith "
      "of Acme Corp said profits rose. Paul Smith of London said nothing.",
      {{"John Olson", kPer, 0},
       {"Drexel Burnham", kOrg, 1},
       {"New York", kGpe, 2},
       {"Dan Smith", kPer, 3},
       {"Acme Corp", kOrg, 4},
       {"Paul Smith", kPer, 5},
       {"London", kGpe, 6}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "John Olson", "employee_of", "Drexel Burnham"));
  EXPECT_TRUE(has_relation(doc, "Drexel Burnham", "located_in", "New York"));  // its office
  EXPECT_TRUE(has_relation(doc, "Dan Smith", "leader_of", "Acme Corp"));
  EXPECT_FALSE(has_relation(doc, "Dan Smith", "employee_of", "Acme Corp"));
  EXPECT_FALSE(has_relation(doc, "Paul Smith", "employee_of", "London"));
  // "of the ORG", and the person's own verb after the organisation.
  Document the = make_doc("But Sam Hale of the Rural Alliance has questioned how police will cope.",
                          {{"Sam Hale", kPer, 0}, {"Rural Alliance", kOrg, 1}});
  roles_and_relations(the);
  EXPECT_TRUE(has_relation(the, "Sam Hale", "employee_of", "Rural Alliance"));
}

TEST(RelationPatterns, CityCommaPlaceButNotAList) {
  Document doc = make_doc(
      "The hearing was held in Austin, Texas, on Monday. Ministers met in Paris, Berlin and "
      "Rome.",
      {{"Austin", kGpe, 0},
       {"Texas", kGpe, 1},
       {"Paris", kGpe, 2},
       {"Berlin", kGpe, 3},
       {"Rome", kGpe, 4}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Austin", "located_in", "Texas"));
  EXPECT_FALSE(has_relation(doc, "Paris", "located_in", "Berlin"));
  EXPECT_FALSE(has_relation(doc, "Berlin", "located_in", "Rome"));
}

// "in Dallas, Texas on Monday" (a preposition after the larger place) and "at Punta del Este in
// Uruguay"; not a place after a fronted phrase, the subject of its own verb ("In Taipei, Taiwan
// said").
TEST(RelationPatterns, CityThenPlaceBeforeAPrepositionOrAfterIn) {
  Document doc = make_doc(
      "Reporters met in Dallas, Texas on Monday. Talks were launched at Punta del Este in "
      "Uruguay. In Taipei, Taiwan said no.",
      {{"Dallas", kGpe, 0},
       {"Texas", kGpe, 1},
       {"Punta del Este", kGpe, 2},
       {"Uruguay", kGpe, 3},
       {"Taipei", kGpe, 4},
       {"Taiwan", kGpe, 5}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Dallas", "located_in", "Texas"));
  EXPECT_TRUE(has_relation(doc, "Punta del Este", "located_in", "Uruguay"));
  EXPECT_FALSE(has_relation(doc, "Taipei", "located_in", "Taiwan"));
}

// An organisation "at" a place ("at the National Constitution Center in Philadelphia") or a
// site named with its noun ("the Olympic Dam mine in South Australia"); not an organisation
// "in" or "from" one ("jobs in Apple in California").
TEST(RelationPatterns, OrganisationOrSiteInAPlace) {
  Document doc = make_doc(
      "Starr spoke at the National Constitution Center in Philadelphia. BHP owns the Olympic "
      "Dam mine in South Australia. Investors from Acme in Texas sold jobs in Apple in "
      "California. Ford shut the Ford plant in Mexico. They attacked the US base in Hawaii.",
      {{"Starr", kPer, 0},
       {"National Constitution Center", kOrg, 1},
       {"Philadelphia", kGpe, 2},
       {"BHP", kOrg, 3},
       {"Olympic Dam", kLoc, 4},
       {"South Australia", kGpe, 5},
       {"Acme", kOrg, 6},
       {"Texas", kGpe, 7},
       {"Apple", kOrg, 8},
       {"California", kGpe, 9},
       {"Ford", kOrg, 10},
       {"Ford", kOrg, 10},
       {"Mexico", kGpe, 11},
       {"US", kGpe, 12},
       {"Hawaii", kGpe, 13}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "National Constitution Center", "located_in", "Philadelphia"));
  EXPECT_TRUE(has_relation(doc, "Olympic Dam", "located_in", "South Australia"));
  EXPECT_FALSE(has_relation(doc, "Acme", "located_in", "Texas"));
  EXPECT_FALSE(has_relation(doc, "Apple", "located_in", "California"));
  EXPECT_FALSE(has_relation(doc, "Ford", "located_in", "Mexico"));
  EXPECT_FALSE(has_relation(doc, "US", "located_in", "Hawaii"));
}

TEST(RelationPatterns, PossessivePlaceAndParentCompany) {
  Document doc = make_doc(
      "Moscow's Alfa Bank said profits rose. Alphabet's Waymo unit began selling rides.",
      {{"Moscow", kGpe, 0}, {"Alfa Bank", kOrg, 1}, {"Alphabet", kOrg, 2}, {"Waymo", kOrg, 3}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Alfa Bank", "located_in", "Moscow"));
  EXPECT_TRUE(has_relation(doc, "Waymo", "part_of", "Alphabet"));
}

TEST(RelationPatterns, BackedAndBasedCompounds) {
  Document doc = make_doc(
      "The Kremlin denied any role. The Kremlin-backed leader Denis Pushilin won easily. "
      "Geneva hosts many traders. The deal was opposed by Geneva-based Glencore.",
      {{"Kremlin", kOrg, 0},
       {"Denis Pushilin", kPer, 1},
       {"Geneva", kGpe, 2},
       {"Glencore", kOrg, 3}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Kremlin", "supports", "Denis Pushilin"));
  // "Geneva-based": the compound names a place the article names elsewhere.
  EXPECT_TRUE(has_relation(doc, "Glencore", "located_in", "Geneva"));
}

// The compound's noun phrase may hold several nouns before its name, not a function word or
// an "and" before another name.
TEST(RelationPatterns, BasedCompoundOverALongerNounPhrase) {
  Document doc = make_doc(
      "London is busy. Euronext bought London-based options and futures exchange Liffe. Ann Lee, "
      "a London-based developer and spokeswoman for Acme Group, spoke. The Kremlin denied it "
      "armed the Kremlin-backed rebels and Ivan Petrov.",
      {{"London", kGpe, 0},
       {"Euronext", kOrg, 1},
       {"Liffe", kOrg, 2},
       {"Ann Lee", kPer, 3},
       {"Acme Group", kOrg, 4},
       {"Kremlin", kOrg, 5},
       {"Ivan Petrov", kPer, 6}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Liffe", "located_in", "London"));
  EXPECT_FALSE(has_relation(doc, "Acme Group", "located_in", "London"));
  EXPECT_FALSE(has_relation(doc, "Kremlin", "supports", "Ivan Petrov"));
}

// A verb's object comes before any comma: "the Benghazi attacks, Ben Carson said" has none (and
// "attacks" is a noun there).
TEST(RelationPatterns, NoObjectAfterACommaBehindTheVerb) {
  Document doc = make_doc(
      "It was not as bad as the Benghazi attacks, Ben Carson said on Friday. Ann Lee attacked Tom "
      "Hall on Monday.",
      {{"Benghazi", kOrg, 0},
       {"Ben Carson", kPer, 1},
       {"Ann Lee", kPer, 2},
       {"Tom Hall", kPer, 3}});
  roles_and_relations(doc);
  EXPECT_FALSE(has_relation(doc, "Benghazi", "opposes", "Ben Carson"));
  EXPECT_TRUE(has_relation(doc, "Ann Lee", "opposes", "Tom Hall"));
}

TEST(RelationPatterns, PhrasalVerbsOfOpposition) {
  Document doc = make_doc(
      "Barack Obama took on Mitt Romney over taxes. Elizabeth Warren called on John Stumpf to "
      "resign. Jerome Powell called on Congress to act.",
      {{"Barack Obama", kPer, 0},
       {"Mitt Romney", kPer, 1},
       {"Elizabeth Warren", kPer, 2},
       {"John Stumpf", kPer, 3},
       {"Jerome Powell", kPer, 4},
       {"Congress", kOrg, 5}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Barack Obama", "opposes", "Mitt Romney"));
  EXPECT_TRUE(has_relation(doc, "Elizabeth Warren", "opposes", "John Stumpf"));
  EXPECT_FALSE(has_relation(doc, "Jerome Powell", "opposes", "Congress"));

  // "took multiple swipes at", "takes aim at" (the person a title after it names); verbs of
  // rebuke; no date as an object ("a rally with Obama slated for Wednesday").
  Document swipes = make_doc(
      "Donald Trump took multiple swipes at fellow GOP contender Jeb Bush. Muhammad Ali rebuked "
      "Donald Trump. Hillary Clinton planned a rally with Obama slated for Wednesday.",
      {{"Donald Trump", kPer, 0},
       {"GOP", kOrg, 1},
       {"Jeb Bush", kPer, 2},
       {"Muhammad Ali", kPer, 3},
       {"Donald Trump", kPer, 0},
       {"Hillary Clinton", kPer, 4},
       {"Obama", kPer, 5},
       {"Wednesday", EntityType::kDate, 6}});
  roles_and_relations(swipes);
  EXPECT_TRUE(has_relation(swipes, "Donald Trump", "opposes", "Jeb Bush"));
  EXPECT_TRUE(has_relation(swipes, "Muhammad Ali", "opposes", "Donald Trump"));
  EXPECT_FALSE(has_relation(swipes, "Obama", "opposes", "Wednesday"));
}

// The object of a verb is the person a title names, not the organisation that modifies it.
TEST(RelationPatterns, TheObjectIsThePersonATitleNames) {
  Document doc = make_doc(
      "Donald Trump attacked Democratic presidential candidate Hillary Clinton. Bruce Ash "
      "criticized RNC Chairman Reince Priebus. Ted Cruz attacked the Republican establishment.",
      {{"Donald Trump", kPer, 0},
       {"Democratic", kOrg, 1},
       {"Hillary Clinton", kPer, 2},
       {"Bruce Ash", kPer, 3},
       {"RNC", kOrg, 4},
       {"Reince Priebus", kPer, 5},
       {"Ted Cruz", kPer, 6},
       {"Republican", kOrg, 7}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Donald Trump", "opposes", "Hillary Clinton"));
  EXPECT_FALSE(has_relation(doc, "Donald Trump", "opposes", "Democratic"));
  EXPECT_TRUE(has_relation(doc, "Bruce Ash", "opposes", "Reince Priebus"));
  EXPECT_FALSE(has_relation(doc, "Bruce Ash", "opposes", "RNC"));
  // No titled person after the organisation: the organisation stays the object.
  EXPECT_TRUE(has_relation(doc, "Ted Cruz", "opposes", "Republican"));

  // The titled person's thing in the possessive is the object, no person.
  Document thing =
      make_doc("The World Bank backed Treasury Secretary James Baker's debt initiative.",
               {{"World Bank", kOrg, 0}, {"Treasury", kOrg, 1}, {"James Baker", kPer, 2}});
  roles_and_relations(thing);
  EXPECT_FALSE(has_relation(thing, "World Bank", "supports", "James Baker"));
}

// Every name of a coordinated object ("Gazprom, its unit Gazpromneft, Rosneft and …"), not a
// name's apposition ("Dunmore Steel, Ohio,"); a progressive after "is" ("is currently suing").
TEST(RelationPatterns, CoordinatedObjectsAndProgressive) {
  Document doc = make_doc(
      "Arcol is currently suing three firms - Belgaz, its unit Belneft, Rostek and a shell "
      "company. Dan Quill slammed Ann Brant and Tom Corr. Lee Hart attacked Dunmore Steel, Ohio, "
      "on Monday.",
      {{"Arcol", kOrg, 0},
       {"Belgaz", kOrg, 1},
       {"Belneft", kOrg, 2},
       {"Rostek", kOrg, 3},
       {"Dan Quill", kPer, 4},
       {"Ann Brant", kPer, 5},
       {"Tom Corr", kPer, 6},
       {"Lee Hart", kPer, 7},
       {"Dunmore Steel", kOrg, 8},
       {"Ohio", kGpe, 9}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Arcol", "opposes", "Belgaz"));
  EXPECT_TRUE(has_relation(doc, "Arcol", "opposes", "Belneft"));
  EXPECT_TRUE(has_relation(doc, "Arcol", "opposes", "Rostek"));
  EXPECT_TRUE(has_relation(doc, "Dan Quill", "opposes", "Ann Brant"));
  EXPECT_TRUE(has_relation(doc, "Dan Quill", "opposes", "Tom Corr"));
  EXPECT_TRUE(has_relation(doc, "Lee Hart", "opposes", "Dunmore Steel"));
  EXPECT_FALSE(has_relation(doc, "Lee Hart", "opposes", "Ohio"));
}

TEST(RelationPatterns, MeetingSuccessionAppointmentNomination) {
  Document doc = make_doc(
      "Angela Merkel met with Emmanuel Macron in Berlin on Tuesday. Theresa May succeeded David "
      "Cameron as prime minister. Donald Trump appointed Neil Gorsuch to the court. Janet Yellen "
      "was nominated by Barack Obama in 2013.",
      {{"Angela Merkel", kPer, 0},
       {"Emmanuel Macron", kPer, 1},
       {"Berlin", kGpe, 2},
       {"Theresa May", kPer, 3},
       {"David Cameron", kPer, 4},
       {"Donald Trump", kPer, 5},
       {"Neil Gorsuch", kPer, 6},
       {"Janet Yellen", kPer, 7},
       {"Barack Obama", kPer, 8}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Angela Merkel", "met_with", "Emmanuel Macron"));
  EXPECT_TRUE(has_relation(doc, "Theresa May", "successor_of", "David Cameron"));
  EXPECT_TRUE(has_relation(doc, "Neil Gorsuch", "appointed_by", "Donald Trump"));
  EXPECT_FALSE(has_relation(doc, "Donald Trump", "appointed_by", "Neil Gorsuch"));
  EXPECT_TRUE(has_relation(doc, "Janet Yellen", "nominated_by", "Barack Obama"));
}

TEST(RelationPatterns, AccusesIsItsOwnType) {
  Document doc = make_doc("The Justice Department accused Google of abusing its monopoly.",
                          {{"Justice Department", kOrg, 0}, {"Google", kOrg, 1}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Justice Department", "accuses", "Google"));
  EXPECT_FALSE(has_relation(doc, "Justice Department", "opposes", "Google"));
}

TEST(RelationPatterns, UntaggedPartyWordAndTitleInstitution) {
  Document doc = make_doc(
      "Republicans control the Senate. Republican presidential nominee Mitt Romney spoke first, "
      "and Senator Elizabeth Warren replied.",
      {{"Republicans", kOrg, 0},
       {"Senate", kOrg, 1},
       {"Mitt Romney", kPer, 2},
       {"Elizabeth Warren", kPer, 3}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Mitt Romney", "member_of", "Republicans"));
  EXPECT_TRUE(has_relation(doc, "Elizabeth Warren", "member_of", "Senate"));
  EXPECT_FALSE(has_relation(doc, "Mitt Romney", "member_of", "Senate"));
}

// A shadow minister speaks for the opposition on an office he does not hold: no member of its
// department, no leader of the country; the party stands.
TEST(RelationPatterns, AShadowTitleHoldsNoOffice) {
  Document doc = make_doc(
      "The Home Office and the UK disagreed. Shadow home secretary David Davis said no. Tory "
      "shadow chancellor Oliver Letwin and Home Secretary Charles Clarke agreed.",
      {{"Home Office", kOrg, 0},
       {"UK", kGpe, 1},
       {"David Davis", kPer, 2},
       {"Tory", kOrg, 3},
       {"Oliver Letwin", kPer, 4},
       {"Charles Clarke", kPer, 5}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_role(doc, 2, "Shadow home secretary"));
  EXPECT_FALSE(has_relation(doc, "David Davis", "member_of", "Home Office"));
  EXPECT_TRUE(has_relation(doc, "Oliver Letwin", "member_of", "Tory"));
  EXPECT_FALSE(has_relation(doc, "Oliver Letwin", "leader_of", "UK"));
  EXPECT_TRUE(has_relation(doc, "Charles Clarke", "member_of", "Home Office"));
}

TEST(RelationPatterns, PartyLetterAfterAName) {
  Document doc = make_doc(
      "Republicans and Democrats argued. Sen. John Cornyn (R-Texas) said the bill would pass, "
      "and Rep. Nancy Pelosi, D-Calif., disagreed.",
      {{"Republicans", kOrg, 0},
       {"Democrats", kOrg, 1},
       {"John Cornyn", kPer, 2},
       {"Nancy Pelosi", kPer, 3}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "John Cornyn", "member_of", "Republicans"));
  EXPECT_TRUE(has_relation(doc, "Nancy Pelosi", "member_of", "Democrats"));
  EXPECT_FALSE(has_relation(doc, "John Cornyn", "member_of", "Democrats"));
}

TEST(RelationPatterns, TitleAfterIsOrWas) {
  Document doc = make_doc(
      "Democrats met on Monday. Hillary Clinton is the likely Democratic nominee. Jerome "
      "Powell was the chairman of the Federal Reserve. Tom Hanks is a fine actor, critics say.",
      {{"Democrats", kOrg, 0},
       {"Hillary Clinton", kPer, 1},
       {"Jerome Powell", kPer, 2},
       {"Federal Reserve", kOrg, 3},
       {"Tom Hanks", kPer, 4}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_role(doc, 1, "likely Democratic nominee"));
  EXPECT_TRUE(has_relation(doc, "Hillary Clinton", "member_of", "Democrats"));
  EXPECT_TRUE(has_role(doc, 2, "chairman of the Federal Reserve"));
  EXPECT_TRUE(has_relation(doc, "Jerome Powell", "leader_of", "Federal Reserve"));
  EXPECT_TRUE(has_role(doc, 4, "fine actor"));
}

TEST(RelationPatterns, PartyOfAGovernorAndCountryOfAnExecutive) {
  Document doc = make_doc(
      "Democrats won. Democratic Gov. Maggie Hassan signed it, and Vodafone named its UK chief "
      "executive William Morrow. Tory leader Michael Howard agreed.",
      {{"Democrats", kOrg, 0},
       {"Democratic", kOrg, 0},
       {"Maggie Hassan", kPer, 1},
       {"Vodafone", kOrg, 2},
       {"UK", kGpe, 3},
       {"William Morrow", kPer, 4},
       {"Tory", kOrg, 5},
       {"Michael Howard", kPer, 6}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Maggie Hassan", "member_of", "Democrats"));
  EXPECT_FALSE(has_relation(doc, "Maggie Hassan", "leader_of", "Democrats"));
  EXPECT_FALSE(has_relation(doc, "William Morrow", "leader_of", "UK"));
  EXPECT_TRUE(has_relation(doc, "Michael Howard", "leader_of", "Tory"));
}

TEST(RelationPatterns, APossessorIsNotTheObject) {
  Document doc =
      make_doc("Mark Cuban supports Barack Obama's health law. Mitt Romney backed Paul Ryan.",
               {{"Mark Cuban", kPer, 0},
                {"Barack Obama", kPer, 1},
                {"Mitt Romney", kPer, 2},
                {"Paul Ryan", kPer, 3}});
  roles_and_relations(doc);
  EXPECT_FALSE(has_relation(doc, "Mark Cuban", "supports", "Barack Obama"));
  EXPECT_TRUE(has_relation(doc, "Mitt Romney", "supports", "Paul Ryan"));
}

TEST(RelationPatterns, NewTypesAreInTheInventory) {
  for (const char* type : {"accuses", "met_with", "successor_of", "appointed_by", "nominated_by",
                           "founder_of", "lawyer_of", "adviser_to"}) {
    bool found = false;
    for (const RelationType& t : relation_inventory()) found |= t.name == type;
    EXPECT_TRUE(found) << type;
  }
}

// "X was part of Y" between organisations or places; legal action filed against a person or
// an organisation opposes them, not the name that only modifies them.
TEST(RelationPatterns, PartOfAndLegalActionAgainst) {
  Document doc = make_doc(
      "Columbia Distributor was part of FleetBoston. Scotland is part of the United Kingdom. "
      "Ms Ruiz was part of the team.",
      {{"Columbia Distributor", kOrg, 0},
       {"FleetBoston", kOrg, 1},
       {"Scotland", kGpe, 2},
       {"United Kingdom", kGpe, 3},
       {"Ruiz", kPer, 4}});
  roles_and_relations(doc);
  EXPECT_TRUE(has_relation(doc, "Columbia Distributor", "part_of", "FleetBoston"));
  EXPECT_TRUE(has_relation(doc, "Scotland", "part_of", "United Kingdom"));
  Document suit = make_doc(
      "The SEC filed civil fraud charges in a Boston court against James Tambone. Marion Jones "
      "has filed a lawsuit against Balco boss Victor Conte. Gov. Pat McCrory filed a complaint "
      "against Obama's DOJ.",
      {{"SEC", kOrg, 0},
       {"Boston", kGpe, 1},
       {"James Tambone", kPer, 2},
       {"Marion Jones", kPer, 3},
       {"Balco", kOrg, 4},
       {"Victor Conte", kPer, 5},
       {"Pat McCrory", kPer, 6},
       {"Obama", kPer, 7},
       {"DOJ", kOrg, 8}});
  roles_and_relations(suit);
  EXPECT_TRUE(has_relation(suit, "SEC", "opposes", "James Tambone"));
  EXPECT_TRUE(has_relation(suit, "Marion Jones", "opposes", "Victor Conte"));
  EXPECT_FALSE(has_relation(suit, "Marion Jones", "opposes", "Balco"));
  EXPECT_TRUE(has_relation(suit, "Pat McCrory", "opposes", "DOJ"));
  EXPECT_FALSE(has_relation(suit, "Pat McCrory", "opposes", "Obama"));
}

}  // namespace
}  // namespace newsgraph
