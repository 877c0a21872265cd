// Speaker-centred coreference through the whole pipeline (tagger, resolve, quotes): which
// entity a pronoun or a description that introduces a statement stands for. Made-up sentences,
// one per class of wrong speaker counted on the gold articles.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "newsgraph/document.h"
#include "relations/relations_test_util.h"
#include "test_pipeline.h"

namespace newsgraph {
namespace {

// The name of the speaker entity of the statement whose text contains `words` ("" when it
// has none, "<no quote>" when no statement contains them).
std::string speaker_of(const std::string& text, const std::string& words) {
  Document doc("coref", text);
  test_support::process(doc);
  for (const Quote& q : doc.quotes) {
    if (doc.quote_text(q).find(words) == std::string::npos) continue;
    return q.speaker >= 0 ? doc.entities[static_cast<size_t>(q.speaker)].name : "";
  }
  return "<no quote>";
}

// The entity name a pronoun or description mention at the nth `words` links to ("" none).
std::string linked_to(const std::string& text, const std::string& words) {
  Document doc("coref", text);
  test_support::process(doc);
  const size_t at = text.find(words);
  for (const Mention& m : doc.mentions)
    if (m.span.begin == at && m.entity >= 0)
      return doc.entities[static_cast<size_t>(m.entity)].name;
  return "";
}

TEST(Coref, APeeressTitleBeforeANameGivesAWoman) {
  // One table of title genders (resolve's title_gender) for every step: "adviser Baroness
  // Morley" is a woman as surely as "Mrs Morley", so "his" is the nearest man.
  const std::string text =
      "On Monday Lord Goldwin met minister Lord Fenwick and adviser Baroness Morley. \"After "
      "that the office set out his view in an answer,\" the paper said.";
  EXPECT_EQ(linked_to(text, "his view"), "Lord Fenwick");
}

TEST(Coref, HeIsTheSubjectOfThePreviousSentenceNotTheLatestName) {
  const std::string text =
      "Thomas Whitfield, the mayor of Dunmore, spoke to reporters on Tuesday after a meeting "
      "with Paul Brennan.\n\nHe said the bridge would be rebuilt within two years.";
  EXPECT_EQ(speaker_of(text, "bridge would be rebuilt"), "Thomas Whitfield");
}

TEST(Coref, HeSaidAfterAQuoteIsTheCurrentSpeakerNotANameInsideIt) {
  const std::string text =
      "\u201CThis is a good day for the town,\u201D said Peter Wallace, the mayor.\n\n"
      "\u201CI have spoken with Robert Hale about the budget, and Robert Hale agrees with the "
      "plan.\u201D\n\nHe added that the council would vote on the budget next week.";
  EXPECT_EQ(speaker_of(text, "council would vote"), "Peter Wallace");
}

// Straight double marks do not nest: a quotation left unclosed before the next one opens
// ("… resign. "He has …") ends with the later closing mark, so the narrative after it is
// narrative again; and a mark after a comma inside a quotation closes it ("industry, " Ann").
TEST(Coref, AnUnclosedQuotationDoesNotSwallowTheNarrativeAfterIt) {
  const std::string text =
      "\"It is not true,\" Karl Mensing told the radio station. \"There is only one thing that "
      "made him resign. \"He has talked to me recently.\" Mensing said he could not explain the "
      "problems that caused Joel Ravel to quit. He added: \"Joel never told me what it was.\"";
  EXPECT_EQ(speaker_of(text, "never told me"), "Karl Mensing");
  const std::string comma =
      "Ray Dunn announced the new phone service on Monday. \"Broadband calls are a key trend, \" "
      "Ann Ferrier, the firm's chief executive, told the website. Tom Reyes said he agreed. "
      "\"Voice calls are the second killer application,\" he said.";
  EXPECT_EQ(speaker_of(comma, "second killer application"), "Tom Reyes");
}

// "…,” said one analyst. “…,” he added: the unnamed analyst, not the person named before.
TEST(Coref, HeAfterAnUnnamedSourceIsThatSourceNotAnEarlierName) {
  std::string text =
      "\u201CThe offer will be lower,\u201D said Richard Palmer, an analyst at a Boston bank.\n\n"
      "\u201CThey are ready to talk,\u201D said one analyst who attended the meeting. \u201CBut "
      "the price has fallen,\u201D he added.";
  EXPECT_EQ(speaker_of(text, "price has fallen"), "");
  EXPECT_EQ(speaker_of(text, "offer will be lower"), "Richard Palmer");
  // A named source in between takes "he" again.
  text =
      "\u201CThey are ready to talk,\u201D said one analyst. Richard Palmer also spoke. "
      "\u201CThe price has fallen,\u201D he added.";
  EXPECT_EQ(speaker_of(text, "price has fallen"), "Richard Palmer");
}

// "particularly Tom Hale and Ian Moss": the second of coordinated names is no new subject.
TEST(Coref, ASecondCoordinatedNameIsNoSubject) {
  const std::string text =
      "Peter Wallace, though, is confident his players, particularly Tom Hale and Ian Moss, are "
      "ready for the final. \u201CWe have a great chance,\u201D he declared.";
  EXPECT_EQ(speaker_of(text, "great chance"), "Peter Wallace");
}

// "…, analysts said. They added …": an unnamed group of sources, not an organisation or a
// nationality named before.
TEST(Coref, TheyAfterAnUnnamedGroupIsThatGroup) {
  const std::string text =
      "Shares of Dunmore Steel rose on Monday after the merger was announced. The stock was "
      "still cheap, analysts said. They added that a rival bid was likely within weeks.";
  EXPECT_EQ(speaker_of(text, "rival bid was likely"), "");
  const std::string group =
      "Japanese officials met the trade representative in Washington. Japanese officials said "
      "they were confident. They said that exports would fall.";
  EXPECT_EQ(speaker_of(group, "exports would fall"), "");
  // Wire stories' unnamed plural sources ("Gulf oil sources said"): no organisation named before.
  const std::string sources =
      "Saudi Aramco cut its output last month to 3.5 mln bpd, Gulf oil sources said. They said "
      "exports from the Gulf terminals fell.";
  EXPECT_EQ(speaker_of(sources, "exports from the Gulf"), "");
}

TEST(Coref, ANationalRoleDescriptionIsTheCurrentSubjectNotAnotherTitledPerson) {
  // "the Russian president" is not President Miller, whom the article titles "president".
  const std::string text =
      "President George Miller arrived in Moscow on Sunday. Ivan Petrov defended the sale of the "
      "oil unit on Monday. \u201CEverything was done by market methods,\u201D the Russian "
      "president said.";
  EXPECT_EQ(speaker_of(text, "market methods"), "Ivan Petrov");
}

TEST(Coref, TheFirstOfTwoNamedSourcesSpeaks) {
  const std::string text =
      "Germany and France said on Monday that the embargo on arms sales should be lifted "
      "by the end of the year.";
  EXPECT_EQ(speaker_of(text, "embargo on arms sales"), "Germany");
  // Two names before one person's title modify the title: the person speaks.
  const std::string title =
      "Former Arsenal and England defender Lee Dixon said he would not be surprised by a rift.";
  EXPECT_EQ(speaker_of(title, "would not be surprised"), "Lee Dixon");
  // A name that opens the sentence and a determiner phrase after "and": one subject, the name
  // first; not a title phrase before a name ("Yahoo News and former anchor Katie Couric").
  const std::string both =
      "Amnesty International visited the camp in May. Both Amnesty and the lobby group "
      "Cageprisoners described the release as overdue.";
  EXPECT_EQ(speaker_of(both, "the release as overdue"), "Amnesty International");
  const std::string anchor =
      "Yahoo News and former TV network anchor Katie Couric has praised a modest approach.";
  EXPECT_EQ(speaker_of(anchor, "a modest approach"), "Katie Couric");
}

// "NAME, TITLE, said": the name speaks, not a name or place inside the title that follows it;
// a name after a description still does ("The chairman of the CFTC, Susan Phelps, said").
TEST(Coref, ANameBeforeItsTitleSpeaks) {
  EXPECT_EQ(speaker_of("But Tom Harker, Labour MP for East Dunmore, said the issue would soon "
                       "disappear.",
                       "issue would soon disappear"),
            "Tom Harker");
  EXPECT_EQ(speaker_of("Mary Seaton, Sacramento, said she still hoped for a recount.",
                       "still hoped for a recount"),
            "Mary Seaton");
  EXPECT_EQ(speaker_of("The chairman of the CFTC, Susan Phelps, said she did not expect new "
                       "rules.",
                       "did not expect new rules"),
            "Susan Phelps");
}

TEST(Coref, SaidTheManIsTheCurrentSpeaker) {
  const std::string text =
      "\u201CThe plant will stay open,\u201D Daniel Okafor said on Friday.\n\n"
      "The workers of Millbrook \u201Cdeserve someone who fights for them. That is what I "
      "will do,\u201D said the man who ran the plant for a decade.";
  EXPECT_EQ(speaker_of(text, "deserve someone"), "Daniel Okafor");
}

TEST(Coref, GenderAgreementOutweighsSalience) {
  // Sarah Collins is the more salient (the subject), but "he" cannot be her.
  const std::string text =
      "Sarah Collins met David Brown in London on Monday to discuss the merger. He said the "
      "terms of the deal were fair to both companies.";
  EXPECT_EQ(speaker_of(text, "terms of the deal"), "David Brown");
}

TEST(Coref, ItSaidIsTheOrganisation) {
  const std::string text =
      "Brightwater Holdings cut 200 jobs at its plant in Ohio on Monday. It said demand for "
      "its machines had fallen sharply this year.";
  EXPECT_EQ(speaker_of(text, "demand for its machines"), "Brightwater Holdings");
}

// "Its" before a title set off before a name is the salient organisation, or the one it is
// joined to by "and"; relations then read the title as that organisation's.
TEST(Coref, ItsBeforeATitleSetOffBeforeAName) {
  const std::string text =
      "Deutsche Bank is involved in the case because it is itself being sued by Yukos. Its "
      "lawyer, Hugh Ray, told the court that the papers were false. The shares are owned by "
      "TWA and its chairman, Carl Icahn, the filing said.";
  EXPECT_EQ(linked_to(text, "Its lawyer"), "Deutsche Bank");
  EXPECT_EQ(linked_to(text, "its chairman"), "TWA");
  Document doc("coref", text);
  test_support::process(doc);
  EXPECT_TRUE(test_relations::has_relation(doc, "Hugh Ray", "lawyer_of", "Deutsche Bank"));
  EXPECT_TRUE(test_relations::has_relation(doc, "Carl Icahn", "leader_of", "TWA"));
}

TEST(Coref, TheySaidIsTheGroup) {
  // "They" before a speech verb stands for a group as well as an organisation (the pronoun
  // is read before the words after it are looked at).
  const std::string text =
      "Kurdish fighters took the town of Qaraqosh on Sunday. They said the road to Mosul was "
      "now open.";
  EXPECT_EQ(linked_to(text, "They said"), "Kurdish");
}

TEST(Coref, ANameModifyingANounIsNotTheSubject) {
  // "The Orbis announcement": Orbis is not what "it" stands for; Kestrel Mining is.
  const std::string text =
      "The Orbis announcement came hours after Kestrel Mining sued the government in Denver. "
      "It said it would seek damages of $2bn.";
  EXPECT_EQ(speaker_of(text, "seek damages"), "Kestrel Mining");
}

TEST(Coref, ANameAfterAPossessorsDescriptionIsTheSubject) {
  // "Hughes's own prolific striker Mark Tanner" is the subject of its clause, so "the Welshman"
  // who admits after it is the manager quoted before, not the striker.
  const std::string text =
      "\u201CWe can beat anyone at home,\u201D said Gareth Hughes, the Cardiff City manager.\n\n"
      "Hughes's own prolific striker Mark Tanner is fit again, but the Welshman admitted he was "
      "unsure whether to start him on Saturday.";
  EXPECT_EQ(speaker_of(text, "unsure whether to start"), "Gareth Hughes");
}

TEST(Coref, TheCompanyIsTheNamedCompany) {
  const std::string text =
      "Shares in Northwind Corp fell 5 percent in New York on Monday. The company said sales "
      "had fallen sharply in the third quarter.";
  EXPECT_EQ(speaker_of(text, "sales had fallen"), "Northwind Corp");
  EXPECT_EQ(linked_to(text, "The company"), "Northwind Corp");
}

TEST(Coref, ThePaperIsTheNewspaperNotAnotherOrganisation) {
  const std::string text =
      "The letter from Acme Industries was published by The Daily Telegraph on Friday. The "
      "paper said the minister had known about the plan for months.";
  EXPECT_EQ(linked_to(text, "The paper"), "Daily Telegraph");
}

TEST(Coref, ModifiersBeforeTheHeadButNoOtherPhrase) {
  const std::string text =
      "The Wall Street Journal ran an editorial about the tax plan on Friday. The "
      "conservative-leaning newspaper said the plan would not survive the Senate. Investors "
      "welcomed the expansion that the newspaper described.";
  EXPECT_EQ(linked_to(text, "The conservative-leaning newspaper"), "Wall Street Journal");
  // "the expansion that the newspaper": "the expansion" is no description of the paper.
  EXPECT_EQ(linked_to(text, "the expansion"), "");
}

TEST(Coref, ADescriptionWithNoNamedOrganisationOfItsClassStaysUnlinked) {
  const std::string text =
      "Acme Industries opened a factory in Leeds on Friday. The ministry said the plant met "
      "every safety rule.";
  EXPECT_EQ(linked_to(text, "The ministry"), "");
}

// A person description links to someone its words do not contradict: "the former president" is
// not the president in office, "the Israeli leader" the person introduced as Israeli.
TEST(Coref, AFormerTitleAndANationalityPickThePersonTheyFit) {
  const std::string text =
      "President Barack Obama met Israeli Prime Minister Benjamin Netanyahu on Monday. "
      "Netanyahu has long shunned Jimmy Carter, claiming that the former president is hostile "
      "to Israel. The Israeli leader frequently meets members of Congress.";
  EXPECT_EQ(linked_to(text, "the former president"), "Jimmy Carter");
  EXPECT_EQ(linked_to(text, "The Israeli leader"), "Benjamin Netanyahu");
}

// A player's position, a singer, a writer or a tycoon is a description of a person
// (data/lexicon/person-titles.tsv): "the striker" who speaks after his name is that player.
TEST(Coref, APositionOrACallingIsADescription) {
  const std::string text =
      "Arsenal striker Thierry Henry scored twice on Saturday.\n\n\u201CIf we lose, it is my "
      "fault,\u201D said the striker. Singer Simon Le Bon toured Japan. \u201CWe will not stop,"
      "\u201D the singer said.";
  EXPECT_EQ(speaker_of(text, "it is my fault"), "Thierry Henry");
  EXPECT_EQ(speaker_of(text, "We will not stop"), "Simon Le Bon");
}

// A headline's source before a colon ("Carson: Cruz taking ...") is its speaker, the most
// salient person for a description that introduces the next statement, not the subject of
// the headline's clause.
TEST(Coref, AHeadlineSourceBeforeAColonIsTheSpeaker) {
  const std::string text =
      "Carson: Cruz taking Benghazi approach to Iowa controversy.\n\nThe tricks that Ted "
      "Cruz's campaign used on caucus night are not on the same level as the Benghazi attacks, "
      "the candidate said Friday.";
  EXPECT_EQ(speaker_of(text, "tricks that Ted"), "Carson");
}

// Person nouns PolNeAR train gives as sources after "the" at least twice ("the retired
// neurosurgeon", "the moderator", "the self-described democratic socialist"): descriptions of
// the person the text is about, not only role words inside a name's title phrase.
TEST(Coref, ANeurosurgeonAModeratorAndASocialistAreDescriptions) {
  const std::string text =
      "Ben Carson visited a church in Detroit on Sunday.\n\n\u201CWe need to listen,\u201D "
      "said the retired neurosurgeon. Dana Bash opened the debate in Miami. \u201CLet us "
      "begin,\u201D the moderator said. Bernie Sanders spoke in Ohio on Monday. The "
      "self-described democratic socialist said the system was rigged.";
  EXPECT_EQ(speaker_of(text, "We need to listen"), "Ben Carson");
  EXPECT_EQ(speaker_of(text, "Let us begin"), "Dana Bash");
  EXPECT_EQ(speaker_of(text, "the system was rigged"), "Bernie Sanders");
}

// Occupations are descriptions too ("the 74-year-old comedian", "the sprinter", "the
// coach"); a title before a speaker's name ("said a proud coach Mike Ruddock") is no unnamed
// source that would take the next "he said" from the person the text is about.
TEST(Coref, AnOccupationIsADescriptionAndATitleBeforeANameIsNoUnnamedSource) {
  const std::string comedian =
      "Ronnie Corbett criticised quiz shows on Monday. \u201CIt is just laughing at each "
      "other,\u201D said the 74-year-old comedian.";
  EXPECT_EQ(speaker_of(comedian, "laughing at each other"), "Ronnie Corbett");
  const std::string coach =
      "\u201CWe have got to keep focused on Italy,\u201D said a proud coach Mike Ruddock.\n\n"
      "None more so than Henson, who can expect the spotlight. The confident 23-year-old is "
      "undaunted. \u201CI like pressure,\u201D he said.";
  EXPECT_EQ(speaker_of(coach, "I like pressure"), "Henson");
}

// An alliance, a federation, a foundation, an institute, a society, a bureau are classes of
// organisation (data/lexicon/organisation-classes.tsv): "the foundation said" is the
// Foundation the article names, before a more recent association (src/resolve/pronouns.cc: a
// name that holds the description's head first).
TEST(Coref, AFederationOrAnAllianceIsAnOrganisationDescription) {
  const std::string text =
      "The Countryside Alliance held a rally in London on Saturday.\n\nThe alliance said the new "
      "law was unworkable. The Electronic Frontier Foundation met ministers on Monday. The "
      "Countryside Alliance marched again on Tuesday. The foundation said its members were "
      "worried.";
  EXPECT_EQ(speaker_of(text, "law was unworkable"), "Countryside Alliance");
  EXPECT_EQ(speaker_of(text, "members were worried"), "Electronic Frontier Foundation");
}

// An age stands for a person: "the 34-year-old said" is the player the text is about.
TEST(Coref, AnAgeIsADescriptionOfAPerson) {
  const std::string text =
      "Andre Agassi retired hurt in the second set on Monday.\n\n\u201CMy hip was cramping and I "
      "could not continue,\u201D the 34-year-old said.";
  EXPECT_EQ(speaker_of(text, "My hip was cramping"), "Andre Agassi");
}

// The subject of the description's own sentence is someone else.
TEST(Coref, ADescriptionIsNotTheSubjectOfItsOwnSentence) {
  const std::string text =
      "Donald Trump spoke in Ohio on Monday. Hillary Clinton told the conference in Washington "
      "that the billionaire was dangerous.";
  EXPECT_NE(linked_to(text, "the billionaire"), "Hillary Clinton");
}

TEST(Coref, APartyDescriptionIsNoPersonOfAnotherParty) {
  const std::string text =
      "Republican presidential nominee Donald Trump spoke in Ohio on Monday. Hillary Clinton "
      "replied in Iowa. The Democratic nominee said the economy was strong.";
  EXPECT_NE(linked_to(text, "The Democratic nominee"), "Donald Trump");
}

// The entity a description (a nominal mention) starting at `words` links to ("" none), not the
// place name that starts at the same byte.
std::string description_of(const std::string& text, const std::string& words) {
  Document doc("coref", text);
  test_support::process(doc);
  const size_t at = text.find(words);
  for (const Mention& m : doc.mentions)
    if (m.span.begin == at && m.kind == MentionKind::kNominal && m.entity >= 0)
      return doc.entities[static_cast<size_t>(m.entity)].name;
  return "";
}

// "Germany's chancellor" reads as "the German chancellor": a country's name in the possessive
// before a role noun is a description of the person who holds it, where a subject or speaker
// stands; after a preposition ("signed by Minnesota's governor") it names no one the article
// has introduced, and before a narrower role ("Spain's ambassador to Cuba") it is no mention.
TEST(Coref, ACountrysRoleInThePossessiveIsADescription) {
  const std::string text =
      "Merkel backs eurozone rescue plan\n\nGermany's chancellor has defended the rescue of "
      "Greek banks by European lenders, saying it followed the rules of the single currency."
      "\n\nAngela Merkel said it was right for the eurozone to protect its members.";
  EXPECT_EQ(description_of(text, "Germany's chancellor"), "Angela Merkel");
  EXPECT_EQ(speaker_of(text, "the rescue of Greek banks"), "Angela Merkel");
  const std::string object =
      "Tim Walz met Bill Weld in St Paul on Monday. The new rules were later signed by "
      "Minnesota's governor, officials said.";
  EXPECT_EQ(description_of(object, "Minnesota's governor"), "");
  const std::string narrower =
      "Jose Garcia spoke in Madrid on Monday. Spain's ambassador to Cuba said the talks would "
      "resume in March.";
  EXPECT_EQ(description_of(narrower, "Spain's ambassador"), "");
}

// Relations read through a description resolve linked: "Germany's chancellor" leads Germany, and
// "…," the Ohio Republican said' (a description after the quotation it attributes) is a member
// of the party. Not the role words of "the senator" or "the Ohio governor" alone.
bool has_relation(const Document& doc, const std::string& subject, const std::string& type,
                  const std::string& object) {
  for (const Relation& r : doc.relations)
    if (doc.entities[static_cast<size_t>(r.subject)].name == subject && r.type == type &&
        doc.entities[static_cast<size_t>(r.object)].name == object)
      return true;
  return false;
}

TEST(Coref, RelationsThroughALinkedDescription) {
  Document leader("coref",
                  "Merkel backs eurozone rescue plan\n\nGermany's chancellor has defended the "
                  "rescue of Greek banks by European lenders, saying it followed the rules of the "
                  "single currency.\n\nAngela Merkel said it was right for the eurozone to protect "
                  "its members.");
  test_support::process(leader);
  EXPECT_TRUE(has_relation(leader, "Angela Merkel", "leader_of", "Germany"));
  Document member("coref",
                  "Senate Finance Committee chairman Rob Portman said on Monday he was ready to "
                  "back a gas tax increase, but doubted it could pass without Republican votes in "
                  "the House.\n\n\"The votes are not there yet,\" the Ohio Republican said in "
                  "remarks to a business group in Columbus.");
  test_support::process(member);
  EXPECT_TRUE(has_relation(member, "Rob Portman", "member_of", "Republican"));
}

// A description after "is" or set off after a name is that name's role phrase, not a mention;
// a role noun that modifies a noun ("the next general election") is no description.
TEST(Coref, PredicatesAppositionsAndNounModifiersAreNoMentions) {
  const std::string text =
      "Mitt Romney, the 2012 Republican presidential nominee, tweeted on Monday. Hillary "
      "Clinton is the likely Democratic nominee. Charles Kennedy said the next general "
      "election would be close.";
  EXPECT_EQ(linked_to(text, "the 2012"), "");
  EXPECT_EQ(linked_to(text, "the likely"), "");
  EXPECT_EQ(linked_to(text, "the next general"), "");
  // A role noun before another noun is a modifier of the phrase's head.
  EXPECT_EQ(linked_to("Donald Trump spoke in Ohio on Monday. The billionaire real estate mogul "
                      "said taxes were too high.",
                      "The billionaire"),
            "Donald Trump");
  Document doc("coref", text);
  test_support::process(doc);
  bool member = false;
  for (const Relation& r : doc.relations)
    member |= r.type == "member_of" && doc.entities[size_t(r.subject)].name == "Mitt Romney" &&
              doc.entities[size_t(r.object)].name == "Republican";
  EXPECT_TRUE(member);
}

TEST(Coref, ANationalityNamesItsPersonFurtherBack) {
  const std::string text =
      "Israeli Prime Minister Benjamin Netanyahu will meet Donald Trump later this month. The "
      "meeting was set two weeks ago. Israel's population is more than 20 percent Arab. The "
      "Israeli leader frequently meets members of Congress.";
  EXPECT_EQ(linked_to(text, "The Israeli leader"), "Benjamin Netanyahu");
}

// "NAME, the DESC of ORG," is an apposition (a role of the name, with its relation); "NAME, the
// DESC had …" starts a new clause, and a party the article does not give NAME is not NAME's.
TEST(Coref, AnAppositionAfterANameOrANewClauseSubject) {
  const std::string text =
      "Alfonso Aguilar, the executive director of the Latino Partnership for Conservative "
      "Principles, said it was hard.\n\nThe real founder of the group is President Barack "
      "Obama, the GOP nominee had said on Monday.";
  Document doc("coref", text);
  test_support::process(doc);
  bool leads = false, obama_gop = false;
  for (const Relation& r : doc.relations) {
    const std::string& subject = doc.entities[size_t(r.subject)].name;
    leads |= subject == "Alfonso Aguilar" && r.type == "leader_of";
    obama_gop |= subject == "Barack Obama" && r.type == "member_of";
  }
  EXPECT_TRUE(leads);
  EXPECT_FALSE(obama_gop);
  for (const Entity& e : doc.entities) {
    if (e.name != "Barack Obama") continue;
    EXPECT_EQ(e.roles, std::vector<std::string>{"President"}) << ::testing::PrintToString(e.roles);
  }
}

// A party member noun as the head ("the Illinois Democrat") may name a person whose party the
// article never gives, whatever their title, and speaks for them; the party itself ("the GOP")
// and a party word that only modifies the head ("the Tory leader") may not.
TEST(Coref, APartyMemberNounNamesAPersonOfNoKnownParty) {
  const std::string said =
      "Chairman Dan Rostenkowski spoke to tax executives on Monday. \"It is an uphill fight,\" "
      "the Illinois Democrat said in remarks for delivery to the institute.";
  EXPECT_EQ(linked_to(said, "the Illinois Democrat"), "Dan Rostenkowski");
  EXPECT_EQ(speaker_of(said, "uphill fight"), "Dan Rostenkowski");
  const std::string party =
      "Barack Obama spoke in Ohio on Monday. The president hopes the delay would become "
      "untenable for the GOP.";
  EXPECT_EQ(linked_to(party, "the GOP"), "");
  const std::string leader =
      "Michael Howard has backed stem cell research. It was a feature of the US election, where "
      "George Bush opposed it. But the Tory leader argued there was a moral case.";
  EXPECT_NE(linked_to(leader, "the Tory leader"), "George Bush");
}

// "NAME, the DESC who …" is an apposition too: the description is NAME's, not another's.
TEST(Coref, AnAppositionWithARelativeClauseIsNoMention) {
  const std::string text =
      "Bill Clinton spoke in Iowa on Monday. Senator Richard Shelby, the Alabama Republican who "
      "heads the Senate Banking Committee, said it was too early.";
  EXPECT_EQ(linked_to(text, "the Alabama Republican"), "");
}

// A time adverb between a description and its verb ("The foreign secretary meanwhile said")
// leaves it a description; its statement and the next quotation are that person's.
TEST(Coref, ADescriptionBeforeATimeAdverbAndItsVerb) {
  const std::string text =
      "Foreign Secretary Jack Straw spoke in Brussels. Shadow Europe minister Mr Brady said: \"We "
      "must keep it.\" The foreign secretary meanwhile said the rebate remained. \"We have one "
      "of the lowest net receipts.\"";
  EXPECT_EQ(linked_to(text, "The foreign secretary"), "Jack Straw");
  EXPECT_EQ(speaker_of(text, "the rebate remained"), "Jack Straw");
  EXPECT_EQ(speaker_of(text, "lowest net receipts"), "Jack Straw");
}

// The roles of the entity named `name` ("<none>" when there is no such entity).
std::vector<std::string> roles_of(const std::string& text, const std::string& name) {
  Document doc("coref", text);
  test_support::process(doc);
  for (const Entity& e : doc.entities)
    if (e.name == name) return e.roles;
  return {"<none>"};
}

// A party or nationality in an apposition belongs to its name ("X, her Republican rival."), so
// "the Republican nominee" is X, not the last speaker; a state before the party word keeps
// two members of one party apart ("the California Republican" is not "a New Mexico
// Republican").
TEST(Coref, AnAppositionGivesItsNameAParty) {
  const std::string rival =
      "Jane Porter hit the campaign trail on Monday. Many voters lean towards Mark Ellison, her "
      "Republican rival. \"He is unqualified,\" she said. The Republican nominee has made a big "
      "play for Ohio.";
  EXPECT_EQ(linked_to(rival, "The Republican nominee"), "Mark Ellison");
  const std::string states =
      "Senator Pete Alvarez, a New Mexico Republican, said the talks had failed.\n\n"
      "Asked about sanctions, Senator Tom Riley told reporters, \"They will come.\"\n\n"
      "\"We think sanctions must be applied,\" the California Republican said.";
  EXPECT_EQ(speaker_of(states, "sanctions must be applied"), "Tom Riley");
}

// No party from what only looks like an apposition: a possessive makes it another's ("X, the
// Republican nominee's eldest daughter"), and a verb after it makes it a clause ("…, the
// Democratic presidential candidate stated").
TEST(Coref, NoPartyFromAPossessiveOrAClause) {
  const std::string clause =
      "Helen Grant spoke in Iowa on Monday. In an interview with hosts Joe Carter and Mia Lund, "
      "the Democratic presidential candidate stated that the plan was fair.";
  // Nobody is given that party, so nobody (the party of a description must be its person's).
  EXPECT_EQ(linked_to(clause, "the Democratic presidential candidate"), "");
  const std::string daughter =
      "Ivy Marsh, the Republican nominee's eldest daughter, spoke in Ohio on Monday. Voters "
      "there cheered. The Republican candidate will speak in Iowa on Friday.";
  EXPECT_NE(linked_to(daughter, "The Republican candidate"), "Ivy Marsh");
}

// A shared party does not make a Representative "the Republican nominee" (a shared nationality
// still makes a prime minister "the Israeli leader").
TEST(Coref, ASharedPartyDoesNotOverrideAnotherTitle) {
  const std::string text =
      "Representative Paul Kern, Republican of Ohio, praised the network on Monday. Donald Vance "
      "was on television far more often than his rivals. A study found the Republican nominee "
      "had twice as much airtime.";
  // Nobody else is given that party, so nobody.
  EXPECT_EQ(linked_to(text, "the Republican nominee"), "");
}

// A possessive description ("the billionaire real estate mogul's") is the subject of the
// previous sentence; the mention stops before "'s". Not when a person noun follows it ("the
// prime minister's wife"): the person the text is about is likely that one.
TEST(Coref, APossessiveDescription) {
  const std::string text =
      "Anna Reyes attacked Victor Hale on Monday. He may face a skeptical audience when he speaks "
      "later.\n\nReyes is seeking to amplify the billionaire real estate mogul's weaknesses on "
      "trade.";
  EXPECT_EQ(linked_to(text, "the billionaire real estate mogul"), "Victor Hale");
  const std::vector<std::string> roles = roles_of(text, "Victor Hale");
  EXPECT_NE(std::find(roles.begin(), roles.end(), "billionaire real estate mogul"), roles.end())
      << ::testing::PrintToString(roles);
  const std::string wife =
      "Carol Blake has been accused of criticising the plan.\n\nThe prime minister's wife is "
      "said to have praised the court.";
  EXPECT_EQ(linked_to(wife, "The prime minister"), "");
}

// "Home Office Minister X" holds "minister" but is not "the prime minister"; "the eventual
// nominee" is whoever it will be.
TEST(Coref, ATitleWordBeforeTheHeadAndAnUnknownHolder) {
  const std::string minister =
      "Home Office Minister Lord Fenton met union leaders on Monday. The prime minister said the "
      "talks would go on.";
  EXPECT_EQ(linked_to(minister, "The prime minister"), "");
  const std::string eventual =
      "Marco Diaz ended his campaign on Tuesday. He said he would pray for the eventual "
      "Republican nominee.";
  EXPECT_EQ(linked_to(eventual, "the eventual Republican nominee"), "");
}

// "…,” said the man who …": the relative clause is the role, not "man".
TEST(Coref, TheManWhoGivesTheRelativeClauseAsTheRole) {
  const std::string text =
      "Joe Marsh spoke in Scranton on Monday. \"They deserve someone who is made of the same "
      "stuff,\" said the man who built his political career in the mills.";
  EXPECT_EQ(roles_of(text, "Joe Marsh"),
            std::vector<std::string>{"man who built his political career in the mills"});
}

// A nationality noun for one person ("the American said", "the Dutchman") is a description of
// a person, with that nationality: not the group, and not a plural or an adjective before a
// noun ("the Scots", "the Russian bombing").
TEST(Coref, ANationalityNounForOnePerson) {
  const std::string text =
      "World number one Laura Bexley has criticised the tournament over prize money. Reacting to "
      "a comment by chairman Tim Hollis, the American said: \"It is insulting.\"";
  EXPECT_EQ(speaker_of(text, "It is insulting"), "Laura Bexley");
  const std::vector<std::string> roles = roles_of(text, "Laura Bexley");
  EXPECT_NE(std::find(roles.begin(), roles.end(), "American"), roles.end())
      << ::testing::PrintToString(roles);
  const std::string dutch =
      "Manager Martin Vos praised his players. \"We had the initiative,\" the Dutchman said.";
  EXPECT_EQ(speaker_of(dutch, "We had the initiative"), "Martin Vos");
  const std::string group =
      "Pavel Orlov spoke in Moscow on Monday. He said the Russian bombing of the city would go "
      "on. The Scots voted.";
  EXPECT_EQ(linked_to(group, "the Russian"), "");
  EXPECT_EQ(linked_to(group, "The Scots"), "");
}

TEST(Coref, AnOrganisationModifiedTitleIsThePersonGivenThatTitle) {
  // "the Central Bank president" is the person the article called "Central Bank president",
  // not the last speaker; "the Fed chairman" is nobody when no one was titled so.
  const std::string text =
      "Central Bank president Marco Ferreira met foreign creditors in London on Monday. Finance "
      "Minister Paulo Duarte said the talks had gone well.\n\nThe Central Bank president said "
      "he would travel to Washington next week.";
  EXPECT_EQ(speaker_of(text, "travel to Washington"), "Marco Ferreira");
  const std::string other =
      "White House chief of staff Howard Baxter met bankers on Monday. The Fed chairman said "
      "rates would stay low this year.";
  EXPECT_EQ(linked_to(other, "The Fed chairman"), "");
}

}  // namespace
}  // namespace newsgraph
