// Entity resolution on hand-tagged sentences: the tagger's name mentions are placed by hand, so
// these tests check how names are grouped into entities (and pronouns linked), independent of
// the tagger.
#include "newsgraph/resolve.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsgraph/segment.h"
#include "test_names.h"

namespace newsgraph {
namespace {

using test_names::NameSpec;

Document resolve(const std::string& text, const std::vector<NameSpec>& names) {
  return test_names::resolved(text, names);
}

// The entity of the name mention that starts at the `nth` occurrence of `surface` (-1: none).
int32_t entity_of(const Document& doc, const std::string& surface, int nth = 0) {
  size_t at = std::string::npos;
  for (int k = 0; k <= nth; ++k) {
    at = doc.text.find(surface, at == std::string::npos ? 0 : at + 1);
    if (at == std::string::npos) return -2;
  }
  for (const Mention& m : doc.mentions)
    if (m.span.begin == at && m.kind != MentionKind::kValue) return m.entity;
  return -1;
}

int count_of(const Document& doc, EntityType type) {
  int n = 0;
  for (const Entity& e : doc.entities) n += e.type == type;
  return n;
}

const Entity& entity(const Document& doc, int32_t e) {
  EXPECT_GE(e, 0);
  static const Entity none{};
  return e >= 0 ? doc.entities[static_cast<size_t>(e)] : none;
}

constexpr EntityType P = EntityType::kPerson, ORG = EntityType::kOrg, GPE = EntityType::kGpe,
                     NORP = EntityType::kNorp;

// A first name's gender comes from the name table: "Angela" is a woman's name, so "she" goes to
// Angela Merkel rather than to the man named just before, and "he" to him.
TEST(Resolve, PronounsFollowTheGenderOfTheFirstName) {
  Document doc = resolve(
      "Angela Merkel met Boris Johnson in Berlin on Monday. She said the talks went well, and he "
      "agreed.",
      {{"Angela Merkel", P}, {"Boris Johnson", P}, {"Berlin", GPE}});
  const int32_t merkel = entity_of(doc, "Angela Merkel");
  const int32_t johnson = entity_of(doc, "Boris Johnson");
  ASSERT_GE(merkel, 0);
  ASSERT_GE(johnson, 0);
  EXPECT_EQ(entity_of(doc, "She"), merkel);
  int32_t he = -1;
  for (const Mention& m : doc.mentions)
    if (m.kind == MentionKind::kPronoun && doc.slice(m.span) == "he") he = m.entity;
  EXPECT_EQ(he, johnson);
}

TEST(Resolve, FatherAndSonNamedInOneSentenceStayApart) {
  Document doc = resolve(
      "Karim Haidari, son of the famous poet Karim Aziz Haidari, spoke in Herat on Friday. "
      "He recalled that Haidari's father wrote most of his poems in exile.",
      {{"Karim Haidari", P}, {"Karim Aziz Haidari", P}, {"Herat", GPE}, {"Haidari", P}});
  int32_t son = entity_of(doc, "Karim Haidari");
  int32_t father = entity_of(doc, "Karim Aziz Haidari");
  ASSERT_GE(son, 0);
  ASSERT_GE(father, 0);
  EXPECT_NE(son, father);
  EXPECT_EQ(count_of(doc, P), 2);
  // "Haidari's father" is the son's father: the bare name there is the son.
  EXPECT_EQ(entity_of(doc, "Haidari", 2), son);
}

TEST(Resolve, FullerFormOfANameInAnotherSentenceIsOnePerson) {
  Document doc = resolve(
      "George W. Bush spoke to reporters on Monday. Later that day George Bush flew to Texas.",
      {{"George W. Bush", P}, {"George Bush", P}, {"Texas", GPE}});
  EXPECT_EQ(entity_of(doc, "George W. Bush"), entity_of(doc, "George Bush"));
  EXPECT_EQ(entity(doc, entity_of(doc, "George Bush")).name, "George W. Bush");
}

// A short form of a first name is the formal one (data/lexicon/nicknames.tsv), named by the
// formal form; another first name with the same surname is someone else.
TEST(Resolve, ShortFormOfAFirstNameIsOnePerson) {
  Document doc = resolve(
      "Ken Starr praised the president. Kenneth Starr spoke on Monday. Later Joan Starr and "
      "Bill Clinton met William Clinton's aides.",
      {{"Ken Starr", P},
       {"Kenneth Starr", P},
       {"Joan Starr", P},
       {"Bill Clinton", P},
       {"William Clinton", P}});
  EXPECT_EQ(entity_of(doc, "Ken Starr"), entity_of(doc, "Kenneth Starr"));
  EXPECT_EQ(entity(doc, entity_of(doc, "Ken Starr")).name, "Kenneth Starr");
  EXPECT_NE(entity_of(doc, "Joan Starr"), entity_of(doc, "Kenneth Starr"));
  // Two names in one sentence are two people, short form or not.
  EXPECT_NE(entity_of(doc, "Bill Clinton"), entity_of(doc, "William Clinton"));
}

TEST(Resolve, BareSurnameGoesToTheMostRecentFullName) {
  Document doc = resolve(
      "Anna Smith arrived first at the hearing. An hour later John Smith arrived. "
      "Smith said the delay was regrettable.",
      {{"Anna Smith", P}, {"John Smith", P}, {"Smith", P}});
  EXPECT_NE(entity_of(doc, "Anna Smith"), entity_of(doc, "John Smith"));
  EXPECT_EQ(entity_of(doc, "Smith said"), entity_of(doc, "John Smith"));
}

TEST(Resolve, SurnameMistypedAsPlaceJoinsThePerson) {
  Document doc = resolve(
      "President Emomali Rahmon opened the session. Critics say Rahmon has ruled for decades.",
      {{"Emomali Rahmon", P}, {"Rahmon", GPE}});
  int32_t person = entity_of(doc, "Emomali Rahmon");
  EXPECT_EQ(entity_of(doc, "Rahmon has"), person);
  EXPECT_EQ(count_of(doc, GPE), 0);
  EXPECT_EQ(entity(doc, person).type, P);
}

TEST(Resolve, CopyrightLineNamesThePublisher) {
  Document doc = resolve("The talks ended without a deal. Copyright The Daily Herald Limited 2020",
                         {{"Copyright The Daily Herald Limited", ORG}});
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].name, "Daily Herald Limited");
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.slice(doc.mentions[0].span), "The Daily Herald Limited");
}

TEST(Resolve, AQuotationMarkCutsAName) {
  // The tagger ran a name into a nickname's quotation mark, and read a lone mark as a name.
  Document doc = resolve("The plan is dead, said John \"Jack\" Smith. Reporters wrote \"\" twice.",
                         {{"John \"Jack", P}, {"\"\"", ORG}});
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].name, "John");
}

TEST(Resolve, DeityIsNoEntity) {
  Document doc = resolve("They are not doing this for God's sake, the farmer said.", {{"God", P}});
  EXPECT_EQ(count_of(doc, P), 0);
}

TEST(Resolve, OtherNamesOfAStateAreOneEntity) {
  Document doc = resolve(
      "The US sent aid. Officials in America said the United States would send more, and "
      "U.S. ships left Britain, where UK officials waved.",
      {{"US", GPE},
       {"America", GPE},
       {"United States", GPE},
       {"U.S.", GPE},
       {"Britain", GPE},
       {"UK", GPE}});
  EXPECT_EQ(count_of(doc, GPE), 2);
  int32_t us = entity_of(doc, "US");
  EXPECT_EQ(entity_of(doc, "America"), us);
  EXPECT_EQ(entity_of(doc, "U.S."), us);
  EXPECT_EQ(entity(doc, us).name, "United States");
  EXPECT_EQ(entity_of(doc, "Britain"), entity_of(doc, "UK"));
  EXPECT_NE(entity_of(doc, "Britain"), us);
}

TEST(Resolve, SingularPluralAndAdjectiveOfAGroupAreOneEntity) {
  Document doc = resolve(
      "Many Tajiks fled. One Tajik farmer stayed. Jewish groups and Jews abroad sent help, "
      "as did Israelis and one Israeli charity.",
      {{"Tajiks", NORP},
       {"Tajik", NORP},
       {"Jewish", NORP},
       {"Jews", NORP},
       {"Israelis", NORP},
       {"Israeli", NORP}});
  EXPECT_EQ(count_of(doc, NORP), 3);
  EXPECT_EQ(entity_of(doc, "Tajiks"), entity_of(doc, "Tajik "));
  EXPECT_EQ(entity_of(doc, "Jewish"), entity_of(doc, "Jews"));
  EXPECT_EQ(entity_of(doc, "Israelis"), entity_of(doc, "Israeli "));
}

TEST(Resolve, PartyNamesAreOrganisations) {
  Document doc = resolve(
      "The Liberal Democrat spokesman spoke after the Republican debate. Republicans objected.",
      {{"Liberal", NORP}, {"Democrat", NORP}, {"Republican", NORP}, {"Republicans", NORP}});
  EXPECT_EQ(count_of(doc, NORP), 0);
  EXPECT_EQ(count_of(doc, ORG), 2);
  EXPECT_EQ(entity(doc, entity_of(doc, "Liberal Democrat")).name, "Liberal Democrat");
  EXPECT_EQ(entity_of(doc, "Republican"), entity_of(doc, "Republicans"));
}

// A party's other names are the party (data/lexicon/place-aliases.tsv): "Tory" and "the
// Conservatives", "GOP" and "Republican", "Democrats" and "the Democratic Party".
TEST(Resolve, APartysOtherNamesAreOneEntity) {
  Document doc = resolve(
      "Tory leader Michael Howard spoke. The Conservatives objected. The GOP met, and every "
      "Republican came. Democrats said the Democratic Party would win.",
      {{"Tory", ORG},
       {"Conservatives", ORG},
       {"GOP", ORG},
       {"Republican", ORG},
       {"Democrats", ORG},
       {"Democratic Party", ORG}});
  EXPECT_EQ(count_of(doc, ORG), 3);
  EXPECT_EQ(entity_of(doc, "Tory"), entity_of(doc, "Conservatives"));
  EXPECT_EQ(entity_of(doc, "GOP"), entity_of(doc, "Republican"));
  EXPECT_EQ(entity_of(doc, "Democrats"), entity_of(doc, "Democratic Party"));
  EXPECT_NE(entity_of(doc, "GOP"), entity_of(doc, "Democrats"));
}

// A seat of government is the government inside it (data/lexicon/government-seats.txt): an
// organisation whatever the tagger says, and "the House" beside it is another body.
TEST(Resolve, ASeatOfGovernmentIsAnOrganisation) {
  Document doc = resolve(
      "The White House said it would veto the bill. The Kremlin denied it. The House passed "
      "it.",
      {{"White House", GPE}, {"Kremlin", EntityType::kPerson}, {"House", ORG}});
  EXPECT_EQ(entity(doc, entity_of(doc, "White House")).type, ORG);
  EXPECT_EQ(entity(doc, entity_of(doc, "Kremlin")).type, ORG);
  EXPECT_NE(entity_of(doc, "House passed"), entity_of(doc, "White House"));
}

// A name the tagger ran over a comma between two names is two; not a list that ends in "and"
// inside one name, nor a suffix after the comma.
TEST(Resolve, ANameRunOverACommaIsTwo) {
  Document doc = resolve(
      "Requests from Judicial Watch, Justice Department lawyers said. Paul, Robinson and Smith "
      "played. Goldman, Sachs and Co bought. Cargill, Inc. sold. He flew to Washington, D.C. "
      "today.",
      {{"Judicial Watch, Justice Department", ORG},
       {"Paul, Robinson", EntityType::kPerson},
       {"Goldman, Sachs and Co", ORG},
       {"Cargill, Inc.", ORG},
       {"Washington, D.C.", GPE}});
  EXPECT_GE(entity_of(doc, "Judicial Watch"), 0);
  EXPECT_GE(entity_of(doc, "Justice Department"), 0);
  EXPECT_NE(entity_of(doc, "Judicial Watch"), entity_of(doc, "Justice Department"));
  EXPECT_NE(entity_of(doc, "Paul"), entity_of(doc, "Robinson"));
  EXPECT_EQ(entity(doc, entity_of(doc, "Goldman")).name, "Goldman, Sachs and Co");
  EXPECT_EQ(entity(doc, entity_of(doc, "Cargill")).name, "Cargill, Inc.");
  EXPECT_EQ(entity(doc, entity_of(doc, "Washington")).name, "Washington, D.C.");
}

// A name mention the text continues into a longer name of the same type the article gives
// elsewhere grows to it ("Judicial" before "Watch President Tom Fitton").
TEST(Resolve, ANameGrowsToALongerNameTheArticleGives) {
  Document doc = resolve(
      "The case was brought by Judicial Watch in 2013. Judicial Watch President Tom Fitton "
      "spoke. Judicial reviews are rare.",
      {{"Judicial Watch", ORG},
       {"Judicial", ORG},
       {"Tom Fitton", EntityType::kPerson},
       {"Judicial", ORG}});
  EXPECT_EQ(entity_of(doc, "Judicial Watch President"), entity_of(doc, "Judicial Watch in"));
  const int32_t fitton_org = entity_of(doc, "Judicial Watch President");
  EXPECT_EQ(entity(doc, fitton_org).mentions.size(), 2u);
}

// A company title's "of" object the tagger read as a place is an organisation ("chief executive
// of Creditanstalt-Bankverein,", "head of Tiga, which …"); not a state's head.
TEST(Resolve, ACompanyTitlesPlaceIsAnOrganisation) {
  Document doc = resolve(
      "Fred Hasson, head of Tiga, which represents developers, spoke. Hannes Androsch, chief "
      "executive of Creditanstalt-Bankverein, agreed. The head of France, Jacques Chirac, left.",
      {{"Fred Hasson", EntityType::kPerson},
       {"Tiga", GPE},
       {"Hannes Androsch", EntityType::kPerson},
       {"Creditanstalt-Bankverein", GPE},
       {"France", GPE},
       {"Jacques Chirac", EntityType::kPerson}});
  EXPECT_EQ(entity(doc, entity_of(doc, "Tiga")).type, ORG);
  EXPECT_EQ(entity(doc, entity_of(doc, "Creditanstalt-Bankverein")).type, ORG);
  EXPECT_EQ(entity(doc, entity_of(doc, "France")).type, GPE);
}

// A place that closes an organisation's name is part of it; a place before a verb or a
// possessive is not.
TEST(Resolve, APlaceEndingAnOrganisationsNameJoinsIt) {
  Document doc = resolve(
      "Abdul Latif Pedram, leader of the National Congress Party Afghanistan, spoke to BBC "
      "Radio Wales. The bank told Reuters News London would wait for Amnesty International "
      "Britain's report.",
      {{"Abdul Latif Pedram", P},
       {"National Congress Party", ORG},
       {"Afghanistan", GPE},
       {"BBC Radio", ORG},
       {"Wales", GPE},
       {"Reuters News", ORG},
       {"London", GPE},
       {"Amnesty International", ORG},
       {"Britain", GPE}});
  EXPECT_EQ(entity(doc, entity_of(doc, "National Congress Party")).name,
            "National Congress Party Afghanistan");
  EXPECT_EQ(entity(doc, entity_of(doc, "BBC Radio")).name, "BBC Radio Wales");
  EXPECT_EQ(entity(doc, entity_of(doc, "London")).type, GPE);
  EXPECT_EQ(entity(doc, entity_of(doc, "Britain")).type, GPE);
}

// "U.S. Senate" is one organisation, and "U.S." alone elsewhere stays the country: an acronym
// is not the acronym of a name whose first word it is.
TEST(Resolve, ACountryAbbreviationOpensAnOrganisationsName) {
  Document doc =
      resolve("The U.S. Senate voted on Tuesday. U.S. officials said the US Senate would wait.",
              {{"U.S.", GPE}, {"Senate", ORG}, {"U.S.", GPE}, {"US Senate", ORG}});
  EXPECT_EQ(entity(doc, entity_of(doc, "U.S. Senate")).name, "U.S. Senate");
  EXPECT_EQ(entity_of(doc, "U.S. Senate"), entity_of(doc, "US Senate"));
  const int32_t country = entity_of(doc, "U.S.", 1);
  EXPECT_NE(country, entity_of(doc, "US Senate"));
  EXPECT_EQ(entity(doc, country).type, GPE);
}

// A one-word organisation name that ends exactly one longer organisation name of the article is
// its short form ("United" / "Manchester United"); not when two names end so, not a party word
// ("Democrat" / "Liberal Democrat"), and not the object of an "of" ("Phoenix" / "Court of
// Phoenix").
TEST(Resolve, AnOrganisationsLastWordIsItsShortForm) {
  Document doc =
      resolve("Manchester United manager Alex Ferguson spoke on Monday. United will play in Milan.",
              {{"Manchester United", ORG}, {"Alex Ferguson", P}, {"United", ORG}, {"Milan", GPE}});
  EXPECT_EQ(entity_of(doc, "United will"), entity_of(doc, "Manchester United"));
  Document two = resolve(
      "Manchester United beat Newcastle United. United will play in Milan.",
      {{"Manchester United", ORG}, {"Newcastle United", ORG}, {"United", ORG}, {"Milan", GPE}});
  EXPECT_EQ(count_of(two, ORG), 3);
  Document party = resolve("The Liberal Democrat spokesman met a Democrat from Ohio.",
                           {{"Liberal Democrat", ORG}, {"Democrat", ORG}, {"Ohio", GPE}});
  EXPECT_NE(entity_of(party, "Democrat from"), entity_of(party, "Liberal Democrat"));
  Document of = resolve("The District Court of Phoenix ruled. Phoenix appealed on Monday.",
                        {{"District Court of Phoenix", ORG}, {"Phoenix", ORG}});
  EXPECT_EQ(count_of(of, ORG), 2);
}

// A firm named after people, tagged as a person right after a person's name and "of", is an
// organisation ("William Sullivan of Dean Witter Reynolds"), and its "and Co" is part of its
// name; not a one-word name ("Maria Full of Grace") nor a name that is a person's elsewhere.
TEST(Resolve, AFirmNamedAfterPeopleAfterPersonOf) {
  Document doc = resolve(
      "\"Rates will rise,\" said William Sullivan of Dean Witter Reynolds. Richard Pzena of "
      "Sanford Bernstein and Co agreed.",
      {{"William Sullivan", P},
       {"Dean Witter Reynolds", P},
       {"Richard Pzena", P},
       {"Sanford Bernstein", P},
       {"Co", ORG}});
  EXPECT_EQ(entity(doc, entity_of(doc, "Dean Witter Reynolds")).type, ORG);
  EXPECT_EQ(entity(doc, entity_of(doc, "Sanford Bernstein")).name, "Sanford Bernstein and Co");
  EXPECT_EQ(entity(doc, entity_of(doc, "Sanford Bernstein")).type, ORG);
  EXPECT_EQ(entity(doc, entity_of(doc, "William Sullivan")).type, P);
  Document title =
      resolve("She starred in Maria Full of Grace.", {{"Maria Full", P}, {"Grace", P}});
  EXPECT_EQ(entity(title, entity_of(title, "Grace")).type, P);
  Document person = resolve("Anne Baker of Paul Green's team spoke. Paul Green said he agreed.",
                            {{"Anne Baker", P}, {"Paul Green", P}, {"Paul Green", P}});
  EXPECT_EQ(entity(person, entity_of(person, "Paul Green")).type, P);
}

// A "person" named right after a noun for a kind of organisation is that organisation, wherever
// the article names it; not after a noun for a person's occupation too ("games maker"), after a
// noun another name modifies ("the BBC News website Ford"), or before a relative clause's verb.
TEST(Resolve, ANameAfterAnOrganisationNounIsAnOrganisation) {
  Document doc = resolve(
      "A report from investment firm Grant Samuel values the shares. Grant Samuel said the offer "
      "was low. US magazine Rolling Stone agreed.",
      {{"Grant Samuel", P}, {"Grant Samuel", P}, {"US", GPE}, {"Rolling Stone", P}});
  EXPECT_EQ(entity(doc, entity_of(doc, "Grant Samuel")).type, ORG);
  EXPECT_EQ(count_of(doc, P), 0);
  EXPECT_EQ(entity(doc, entity_of(doc, "Rolling Stone")).type, ORG);
  Document people = resolve(
      "He praised games maker Peter Molyneux. He told the BBC News website Tom Ford did not "
      "care. She left the company Steve Jobs founded.",
      {{"Peter Molyneux", P}, {"BBC News", ORG}, {"Tom Ford", P}, {"Steve Jobs", P}});
  EXPECT_EQ(count_of(people, P), 3);
}

// An organisation's name without its generic words ("Amnesty" of "Amnesty International"),
// left untagged inside a sentence, is a mention of it; not a sentence's first word, nor a
// party's short form.
TEST(Resolve, AnUntaggedShortFormOfAnOrganisationIsAMention) {
  Document doc = resolve(
      "Amnesty International called the camp a scandal. Both Amnesty and Liberty said the release "
      "was overdue. Laser Corp said costs would rise, although Laser expects a profit. Laser "
      "beams are cheap. The Labour Party met, and Labour voters agreed.",
      {{"Amnesty International", ORG},
       {"Liberty", ORG},
       {"Laser Corp", ORG},
       {"Labour Party", ORG}});
  const int32_t amnesty = entity_of(doc, "Amnesty International");
  ASSERT_GE(amnesty, 0);
  EXPECT_EQ(entity_of(doc, "Amnesty", 1), amnesty);
  EXPECT_EQ(entity_of(doc, "Laser", 1), entity_of(doc, "Laser Corp"));
  EXPECT_EQ(entity_of(doc, "Laser", 2), -1);  // "Laser beams" opens its sentence
}

// A month's name after a person's name is their surname when a comma, a full stop or a
// lower-case word follows ("Theresa May, shadow secretary …"), and "Mrs May" later, left
// untagged, is a mention of her; not before a capitalised word or a number.
TEST(Resolve, AMonthAfterAFirstNameIsTheSurname) {
  Document doc = resolve(
      "Theresa May, shadow secretary for the family, criticised the plans. Mrs May said they "
      "were thin. Brian May has said he will tour. Jones May Not Return. Smith May 5 rally.",
      {{"Theresa", P}, {"May", EntityType::kDate}, {"Brian", P}, {"Jones", P}, {"Smith", P}});
  const int32_t theresa = entity_of(doc, "Theresa");
  ASSERT_GE(theresa, 0);
  EXPECT_EQ(entity(doc, theresa).name, "Theresa May");
  EXPECT_EQ(entity_of(doc, "May", 1), theresa);  // "Mrs May"
  EXPECT_EQ(entity(doc, entity_of(doc, "Brian")).name, "Brian May");
  EXPECT_EQ(entity(doc, entity_of(doc, "Jones")).name, "Jones");
  EXPECT_EQ(entity(doc, entity_of(doc, "Smith")).name, "Smith");
}

// A wire story's ticker in angle brackets after a company's name is no entity of its own; a
// company's name in brackets is ("<Amstrad PLC>").
TEST(Resolve, StockTickerIsNoEntity) {
  Document doc =
      resolve("Texaco Inc <TX> and Exxon Corp <XON> fell. Analysts at <Amstrad PLC> and RD agreed.",
              {{"Texaco Inc", ORG},
               {"TX", GPE},
               {"Exxon Corp", ORG},
               {"XON", ORG},
               {"Amstrad PLC", ORG},
               {"RD", ORG}});
  EXPECT_EQ(entity_of(doc, "TX"), -1);
  EXPECT_EQ(entity_of(doc, "XON"), -1);
  EXPECT_EQ(count_of(doc, GPE), 0);
  EXPECT_NE(entity_of(doc, "Amstrad PLC"), -1);
  EXPECT_NE(entity_of(doc, "RD"), -1);  // not in brackets
  EXPECT_EQ(count_of(doc, ORG), 4);
}

// A surname with its particle, capitalised where it opens a sentence, is the full name that
// ends in both ("Van Nistelrooy" / "Ruud van Nistelrooy"), in either order; not another person
// with the same last word.
TEST(Resolve, SurnameWithItsParticle) {
  Document doc = resolve(
      "Ruud van Nistelrooy is fit. Van Nistelrooy said he was ready. De Blasio spoke later. "
      "Mayor Bill de Blasio agreed. Jim Blasio did not.",
      {{"Ruud van Nistelrooy", P},
       {"Van Nistelrooy", P},
       {"De Blasio", P},
       {"Bill de Blasio", P},
       {"Jim Blasio", P}});
  EXPECT_EQ(entity_of(doc, "Van Nistelrooy"), entity_of(doc, "Ruud van Nistelrooy"));
  EXPECT_EQ(entity_of(doc, "De Blasio"), entity_of(doc, "Bill de Blasio"));
  EXPECT_NE(entity_of(doc, "Jim Blasio"), entity_of(doc, "Bill de Blasio"));
}

// A wire headline's short name in capitals is the one organisation whose name it opens; not a
// short acronym written so everywhere, not one of two such organisations, not a committee.
TEST(Resolve, HeadlineShortNameInCapitals) {
  Document doc = resolve(
      "BALLY SEEN SELLING HEALTH UNIT\n\nBally Manufacturing Corp may sell the unit to cut "
      "Bally Manufacturing's debt. SENATE VOTES TODAY\n\nThe Senate Budget Committee met. The "
      "BBC spoke to BBC News.",
      {{"BALLY", ORG},
       {"Bally Manufacturing Corp", ORG},
       {"Bally Manufacturing", ORG},
       {"SENATE", ORG},
       {"Senate Budget Committee", ORG},
       {"BBC", ORG},
       {"BBC News", ORG}});
  EXPECT_EQ(entity_of(doc, "BALLY"), entity_of(doc, "Bally Manufacturing Corp"));
  EXPECT_EQ(entity(doc, entity_of(doc, "BALLY")).name, "Bally Manufacturing Corp");
  EXPECT_NE(entity_of(doc, "SENATE"), entity_of(doc, "Senate Budget Committee"));
  EXPECT_NE(entity_of(doc, "BBC"), entity_of(doc, "BBC News"));
}

TEST(Resolve, AcronymBeforeItsExpansion) {
  Document doc = resolve(
      "Speakers at AIPAC were cheered. The American Israel Public Affairs Committee met in "
      "Washington.",
      {{"AIPAC", ORG}, {"American Israel Public Affairs Committee", ORG}, {"Washington", GPE}});
  EXPECT_EQ(count_of(doc, ORG), 1);
  EXPECT_EQ(entity_of(doc, "AIPAC"), entity_of(doc, "American Israel Public Affairs Committee"));
  EXPECT_EQ(entity(doc, entity_of(doc, "AIPAC")).name, "American Israel Public Affairs Committee");
}

// A hyphenated word gives each part's initial ("Inter-American Development Bank" is the
// "IADB"), and a country word opening the name may be left out of the acronym ("US Securities
// and Exchange Commission" is the "SEC"); not a different acronym ("SC").
TEST(Resolve, AcronymsOfHyphenatedAndCountryPrefixedNames) {
  Document doc = resolve(
      "The Inter-American Development Bank met. The IADB lent more. The US Securities and "
      "Exchange Commission fined Acme. The SEC said so. The SC disagreed.",
      {{"Inter-American Development Bank", ORG},
       {"IADB", ORG},
       {"US Securities and Exchange Commission", ORG},
       {"Acme", ORG},
       {"SEC", ORG},
       {"SC", ORG}});
  EXPECT_EQ(entity_of(doc, "IADB"), entity_of(doc, "Inter-American Development Bank"));
  EXPECT_EQ(entity_of(doc, "SEC"), entity_of(doc, "US Securities and Exchange Commission"));
  EXPECT_NE(entity_of(doc, "SC"), entity_of(doc, "US Securities and Exchange Commission"));
}

TEST(Resolve, ShortFormsOfOrganisationsAndPlaces) {
  Document doc = resolve(
      "Amnesty International criticised the European Union. Amnesty said the EU Commission "
      "ignored it. The European Commission disagreed. Prisoners at Guantanamo Bay were moved "
      "from Guantanamo in May.",
      {{"Amnesty International", ORG},
       {"European Union", ORG},
       {"Amnesty", ORG},
       {"EU Commission", ORG},
       {"European Commission", ORG},
       {"Guantanamo Bay", EntityType::kLoc},
       {"Guantanamo", ORG}});
  EXPECT_EQ(entity_of(doc, "Amnesty said"), entity_of(doc, "Amnesty International"));
  EXPECT_EQ(entity_of(doc, "EU Commission"), entity_of(doc, "European Commission"));
  EXPECT_NE(entity_of(doc, "European Union"), entity_of(doc, "European Commission"));
  int32_t bay = entity_of(doc, "Guantanamo Bay");
  EXPECT_EQ(entity_of(doc, "Guantanamo in"), bay);
  EXPECT_EQ(entity(doc, bay).type, EntityType::kLoc);
}

// A company's name without its designator ("Systems", "Technologies") is the same company.
TEST(Resolve, CompanyNameWithoutItsDesignator) {
  Document doc = resolve(
      "Scottish firm CEC Systems launched the site. The Edinburgh-based firm CEC says it works.",
      {{"CEC Systems", ORG}, {"Edinburgh", GPE}, {"CEC", ORG}});
  EXPECT_EQ(entity_of(doc, "CEC says"), entity_of(doc, "CEC Systems"));
  EXPECT_EQ(entity(doc, entity_of(doc, "CEC says")).name, "CEC Systems");
}

TEST(Resolve, LawsAndTreatiesAreNoEntities) {
  Document doc =
      resolve("They were held under the Terrorism Act, and he backed the Kyoto protocol in Paris.",
              {{"Terrorism Act", ORG}, {"Kyoto", GPE}, {"Paris", GPE}});
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].name, "Paris");
}

TEST(Resolve, PlaceNamedAsAPrisonIsAFacility) {
  Document doc = resolve(
      "The men were moved from Leeds to Belmarsh and Woodhill prisons, then to Frankland jail.",
      {{"Leeds", GPE}, {"Belmarsh", GPE}, {"Woodhill", GPE}, {"Frankland", GPE}});
  EXPECT_EQ(entity(doc, entity_of(doc, "Leeds")).type, GPE);
  EXPECT_EQ(entity(doc, entity_of(doc, "Belmarsh")).type, EntityType::kLoc);
  EXPECT_EQ(entity(doc, entity_of(doc, "Woodhill")).type, EntityType::kLoc);
  EXPECT_EQ(entity(doc, entity_of(doc, "Frankland")).type, EntityType::kLoc);
}

TEST(Resolve, CompoundGroupAdjectivesAreNoEntities) {
  Document doc = resolve(
      "The Anglo-American alliance held. Israeli and Palestinian leaders discussed the "
      "Israeli-Palestinian conflict.",
      {{"Anglo-American", NORP},
       {"Israeli", NORP},
       {"Palestinian", NORP},
       {"Israeli-Palestinian", NORP}});
  EXPECT_EQ(count_of(doc, NORP), 2);
  EXPECT_EQ(entity_of(doc, "Anglo-American"), -1);
}

TEST(Resolve, TitlesAndArticlesDoNotSplitNames) {
  Document doc =
      resolve("Tony Blair met the Taliban envoy. Mr Blair said Taliban rule must end.",
              {{"Tony Blair", P}, {"the Taliban", ORG}, {"Mr Blair", P}, {"Taliban", ORG}});
  EXPECT_EQ(entity_of(doc, "Mr Blair"), entity_of(doc, "Tony Blair"));
  EXPECT_EQ(entity_of(doc, "the Taliban"), entity_of(doc, "Taliban rule"));
  EXPECT_EQ(entity(doc, entity_of(doc, "the Taliban")).name, "Taliban");
}

// Namesakes of one surname in one article (namesakes.cc, mention_correction.cc).
TEST(Resolve, HonorificGenderKeepsASpouseApart) {
  Document doc = resolve(
      "Mrs Howard gets key role. Michael Howard's wife, Sandra, will campaign. Mrs Howard will "
      "visit target seats. Mr Howard will host a news conference.",
      {{"Mrs Howard", P},
       {"Michael Howard", P},
       {"Sandra", P},
       {"Mrs Howard", P},
       {"Mr Howard", P}});
  const int32_t michael = entity_of(doc, "Michael Howard");
  EXPECT_EQ(entity_of(doc, "Mr Howard"), michael);
  EXPECT_NE(entity_of(doc, "Mrs Howard"), michael);
  EXPECT_EQ(entity_of(doc, "Mrs Howard", 1), entity_of(doc, "Mrs Howard"));
  // Without the honorific a bare surname still joins the full name.
  Document plain =
      resolve("Michael Howard spoke. Howard said more.", {{"Michael Howard", P}, {"Howard", P}});
  EXPECT_EQ(entity_of(plain, "Howard said"), entity_of(plain, "Michael Howard"));
}

TEST(Resolve, MrsAfterAnIntroducedWifeIsTheWife) {
  Document doc = resolve(
      "REAGAN ANGRY\n\nPresident Reagan denounced reports that his wife, Nancy, runs the "
      "government. The president and Mrs Reagan celebrate their anniversary. Reagan said the "
      "reports were fiction.",
      {{"REAGAN", P}, {"Reagan", P}, {"Nancy", P}, {"Mrs Reagan", P}, {"Reagan", P}});
  const int32_t husband = entity_of(doc, "Reagan denounced");
  EXPECT_EQ(entity_of(doc, "Mrs Reagan"), entity_of(doc, "Nancy"));
  EXPECT_NE(entity_of(doc, "Mrs Reagan"), husband);
  EXPECT_EQ(entity_of(doc, "Reagan said"), husband);
  // A wife introduced for another surname does not take "Mrs Reagan".
  Document other = resolve("Tony Blair and his wife, Cherie, left. Mrs Reagan stayed.",
                           {{"Tony Blair", P}, {"Cherie", P}, {"Mrs Reagan", P}});
  EXPECT_NE(entity_of(other, "Mrs Reagan"), entity_of(other, "Cherie"));
}

TEST(Resolve, RoyalTitleIsNotTheNamesakeFullName) {
  Document doc = resolve(
      "Prince Charles and Camilla will wed. Charles said he was happy. Later Lib Dem leader "
      "Charles Kennedy spoke.",
      {{"Charles", P}, {"Camilla", P}, {"Charles", P}, {"Charles Kennedy", P}});
  const int32_t prince = entity_of(doc, "Charles");
  EXPECT_NE(prince, entity_of(doc, "Charles Kennedy"));
  EXPECT_EQ(entity_of(doc, "Charles said"), prince);
}

TEST(Resolve, GenerationalSuffixIsPartOfTheName) {
  Document doc =
      resolve("Donald Trump has five children: Donald Trump, Jr., 38; Ivanka, 34. Trump spoke.",
              {{"Donald Trump", P}, {"Donald Trump", P}, {"Ivanka", P}, {"Trump", P}});
  const int32_t father = entity_of(doc, "Donald Trump");
  const int32_t son = entity_of(doc, "Donald Trump", 1);
  EXPECT_NE(father, son);
  EXPECT_EQ(entity(doc, son).name, "Donald Trump, Jr.");
  EXPECT_EQ(entity_of(doc, "Trump spoke"), father);
  // "Jr" must end the word: "Donald Trump Jrs" gains nothing.
  Document other = resolve("Donald Trump Jrs met.", {{"Donald Trump", P}});
  EXPECT_EQ(entity(other, entity_of(other, "Donald Trump")).name, "Donald Trump");
}

TEST(Resolve, PartyNameTaggedAsPersonIsTheParty) {
  Document doc = resolve(
      "Angry Labour MPs warned Mr Blair. Labour made low inflation its aim. Philip Green and "
      "Mr Green spoke.",
      {{"Labour", P}, {"Mr Blair", P}, {"Labour", P}, {"Philip Green", P}, {"Mr Green", P}});
  EXPECT_EQ(entity(doc, entity_of(doc, "Labour")).type, ORG);
  EXPECT_EQ(entity_of(doc, "Labour made"), entity_of(doc, "Labour"));
  // A party word that is a surname in this article stays a person.
  EXPECT_EQ(entity(doc, entity_of(doc, "Mr Green")).type, P);
  EXPECT_EQ(entity_of(doc, "Mr Green"), entity_of(doc, "Philip Green"));
}

TEST(Resolve, PronounAfterNamedSpeakerIsTheSpeaker) {
  Document doc = resolve(
      "Emomali Rahmon spoke first. \"We will not wait,\" he said. Then Latif Pedram spoke. "
      "\"We will resist,\" he said.",
      {{"Emomali Rahmon", P}, {"Latif Pedram", P}});
  int32_t rahmon = entity_of(doc, "Emomali Rahmon"), pedram = entity_of(doc, "Latif Pedram");
  EXPECT_NE(rahmon, pedram);
  size_t first_he = doc.text.find(" he said") + 1;
  size_t second_he = doc.text.find(" he said", first_he) + 1;
  EXPECT_EQ(entity_for_span(
                doc, Span{static_cast<uint32_t>(first_he), static_cast<uint32_t>(first_he + 2)}),
            rahmon);
  EXPECT_EQ(entity_for_span(
                doc, Span{static_cast<uint32_t>(second_he), static_cast<uint32_t>(second_he + 2)}),
            pedram);
}

TEST(Resolve, BrokenInputDoesNotCrash) {
  Document empty = resolve("", {});
  EXPECT_TRUE(empty.entities.empty());
  Document doc("t", "Copyright \xff\xfe Smith");
  doc.text = doc.input;
  segment_document(doc);
  doc.mentions.push_back(Mention{Span{0, 9}, ORG, MentionKind::kName, -1});    // "Copyright"
  doc.mentions.push_back(Mention{Span{10, 12}, GPE, MentionKind::kName, -1});  // bad bytes
  doc.mentions.push_back(Mention{Span{13, 18}, P, MentionKind::kName, -1});    // Smith
  doc.mentions.push_back(Mention{Span{15, 400}, P, MentionKind::kName, -1});   // past the end
  correct_name_mentions(doc);
  resolve_entities(doc);
  EXPECT_EQ(entity_of(doc, "Copyright"), -1);
  EXPECT_GE(entity_of(doc, "Smith"), 0);
  // A second run starts afresh and gives the same entities.
  size_t entities = doc.entities.size();
  resolve_entities(doc);
  EXPECT_EQ(doc.entities.size(), entities);
  EXPECT_GE(entity_of(doc, "Smith"), 0);
}

}  // namespace
}  // namespace newsgraph
