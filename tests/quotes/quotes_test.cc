// Quote extraction and attribution on hand-written sentences (no tagger needed: the text is
// used as the working text and the quote stage reads it directly), plus resolution of pronouns
// against hand-placed name mentions.
#include "newsgraph/quotes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/resolve.h"
#include "newsgraph/segment.h"
#include "quotes/run_quotes.h"

namespace newsgraph {
namespace {

using Found = quote_test::FoundQuote;

std::vector<Found> run(const std::string& text, std::vector<Mention> mentions = {}) {
  return quote_test::run_quotes(text, std::move(mentions));
}

Mention person(const std::string& text, const std::string& name) {
  size_t at = text.find(name);
  EXPECT_NE(at, std::string::npos) << name;
  return Mention{Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + name.size())},
                 EntityType::kPerson, MentionKind::kName, -1};
}

TEST(Quotes, SplitQuoteIsOneStatement) {
  auto q =
      run("\xE2\x80\x9CWe will not give up the fight,\xE2\x80\x9D he said, "
          "\xE2\x80\x9C"
          "and we will win it in the end.\xE2\x80\x9D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::kDirect);
  EXPECT_EQ(q[0].content.substr(0, 10), "We will no");
  EXPECT_EQ(q[0].content.substr(q[0].content.size() - 11), "in the end.");
  EXPECT_EQ(q[0].mention, "he");
  EXPECT_EQ(q[0].cue, "said");
}

TEST(Quotes, ColonIntroduction) {
  auto q = run("Aghbar said: \xE2\x80\x9CWe want the whole world to support us.\xE2\x80\x9D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::kDirect);
  EXPECT_EQ(q[0].content, "We want the whole world to support us.");
  EXPECT_EQ(q[0].mention, "Aghbar");
}

TEST(Quotes, InvertedSpeakerWithTitle) {
  auto q =
      run("\"The burden falls on the neighbours,\" said Tajik President Emomali Rahmon, "
          "referring to the withdrawal.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "The burden falls on the neighbours,");
  EXPECT_EQ(q[0].mention, "Tajik President Emomali Rahmon");
  // ", referring to …" describes the act of saying (PolNeAR annotates it as an attribution of
  // its own; a reader listing statements does not): no second quote.
}

TEST(Quotes, IndirectSpeechAfterCue) {
  auto q = run("Trump said on Monday that the wall would be built within a year.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::kIndirect);
  EXPECT_EQ(q[0].content, "that the wall would be built within a year");
  EXPECT_EQ(q[0].mention, "Trump");
}

TEST(Quotes, IndirectSpeechBeforeCue) {
  auto q = run("They have no choice but to go to war, Pedram said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "They have no choice but to go to war");
  EXPECT_EQ(q[0].mention, "Pedram");
}

TEST(Quotes, AppositiveSubject) {
  auto q =
      run("Temur Umarov, a Central Asia expert at the Carnegie Moscow Center, doubts the "
          "resistance can count on support.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the resistance can count on support");
  EXPECT_EQ(q[0].mention, "Temur Umarov");
  EXPECT_EQ(q[0].cue, "doubts");
}

TEST(Quotes, AccordingTo) {
  auto q = run("According to the report, the economy grew by three percent last year.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the economy grew by three percent last year");
  EXPECT_EQ(q[0].mention, "the report");
  EXPECT_EQ(q[0].cue, "According to");
  auto r = run("The economy grew by three percent last year, according to the central bank.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].content, "The economy grew by three percent last year");
  EXPECT_EQ(r[0].mention, "the central bank");
}

TEST(Quotes, MixedQuoteKeepsFragmentInside) {
  auto q =
      run("Pedram said the resistance had \xE2\x80\x9Cvery good\xE2\x80\x9D contacts with "
          "Moscow and would fight on.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::kMixed);
  EXPECT_EQ(q[0].content.substr(0, 16), "the resistance h");
}

TEST(Quotes, ApostrophesAreNotQuotes) {
  auto q = run("\"It's the players' fault and the coaches' too,\" said O'Brien.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "It's the players' fault and the coaches' too,");
  EXPECT_EQ(q[0].mention, "O'Brien");
}

TEST(Quotes, NestedQuoteStaysInside) {
  auto q =
      run("\xE2\x80\x9C"
          "He told me \xE2\x80\x98"
          "never again\xE2\x80\x99 and walked out of the "
          "room,\xE2\x80\x9D she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content.substr(0, 10), "He told me");
  EXPECT_EQ(q[0].mention, "she");
}

TEST(Quotes, GuillemetsAndDoubledApostrophes) {
  auto q = run("\xC2\xABWe will win this war in the end\xC2\xBB, he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "We will win this war in the end");
  auto r = run("''Just put your money in an index fund,'' Mr. Lou told reporters.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].content, "Just put your money in an index fund,");
  EXPECT_EQ(r[0].mention, "Mr. Lou");
}

TEST(Quotes, MultiParagraphQuote) {
  auto q =
      run("\xE2\x80\x9CThe first part of what I want to say is long.\n\n"
          "\xE2\x80\x9C"
          "And the second part goes on from there,\xE2\x80\x9D he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content.substr(0, 9), "The first");
  EXPECT_EQ(q[0].content.substr(q[0].content.size() - 11), "from there,");
  EXPECT_EQ(q[0].mention, "he");
}

TEST(Quotes, ScareQuotesAreNotStatements) {
  EXPECT_TRUE(run("The so-called \xE2\x80\x9C"
                  "experts\xE2\x80\x9D were wrong again.")
                  .empty());
  EXPECT_TRUE(run("The state budget was passed on Monday.").empty());
}

TEST(Quotes, ContinuingVoiceInheritsSpeaker) {
  std::string text =
      "\xE2\x80\x9CWe plan to announce the resistance soon,\xE2\x80\x9D said Pedram.\n"
      "\xE2\x80\x9CNothing is more important to us than freedom.\xE2\x80\x9D";
  auto q = run(text);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].content, "Nothing is more important to us than freedom.");
  EXPECT_EQ(q[1].mention, "Pedram");
  EXPECT_EQ(q[1].cue, "");
}

TEST(Quotes, UnnamedSourceHasMentionButNoEntity) {
  std::string text =
      "Rahmon spoke. A Western diplomat in the region said Rahmon could use the "
      "threat to bolster his support.";
  auto q = run(text, {person(text, "Rahmon")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "A Western diplomat in the region");
  EXPECT_EQ(q[0].speaker, -1);
}

TEST(Resolve, PronounGoesToNearestCompatiblePerson) {
  std::string text =
      "Hillary Clinton met Donald Trump. \xE2\x80\x9CIt went well,\xE2\x80\x9D "
      "she said. \xE2\x80\x9CWe disagree,\xE2\x80\x9D he said.";
  Document doc("t", text);
  doc.text = text;
  segment_document(doc);  // the pipeline path: quotes read segmentation's sentences
  doc.mentions = {person(text, "Hillary Clinton"), person(text, "Donald Trump")};
  correct_name_mentions(doc);
  resolve_entities(doc);
  extract_quotes(doc, test_support::test_models().cues.get());
  ASSERT_EQ(doc.entities.size(), 2u);
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.entities[static_cast<size_t>(doc.quotes[0].speaker)].name, "Hillary Clinton");
  EXPECT_EQ(doc.entities[static_cast<size_t>(doc.quotes[1].speaker)].name, "Donald Trump");
}

TEST(Resolve, SurnameAndTitleJoinTheFullName) {
  std::string text =
      "Tajik President Emomali Rahmon spoke. Later Rahmon left. The president "
      "said the talks would go on for a long time.";
  Document doc("t", text);
  doc.text = text;
  segment_document(doc);  // the pipeline path: quotes read segmentation's sentences
  doc.mentions = {person(text, "Emomali Rahmon")};
  size_t later = text.find("Rahmon left");
  doc.mentions.push_back(
      Mention{Span{static_cast<uint32_t>(later), static_cast<uint32_t>(later + 6)},
              EntityType::kPerson, MentionKind::kName, -1});
  correct_name_mentions(doc);
  resolve_entities(doc);
  extract_quotes(doc, test_support::test_models().cues.get());
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].name, "Emomali Rahmon");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker, 0);  // "The president" is Rahmon, by his title
}

// "to reporters" says whom the statement was made to; it is not part of what was said.
TEST(Quotes, AddresseeAfterTheCueIsNotContent) {
  auto q = run("He said to reporters the plan had failed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].content, "the plan had failed");
}

TEST(Quotes, ReportedThoughtInsideAStatementIsPartOfIt) {
  // PolNeAR marks only what was said; "he thinks" opens that statement.
  auto q = run("Mr. Haddad said he thinks the strike will end by Tuesday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].content, "he thinks the strike will end by Tuesday");
}

TEST(Quotes, LaterCueInsideAStatementStillCounts) {
  // A cue far into another statement's clause is a statement of its own.
  auto q =
      run("Ms. Ortiz said the council had approved the budget after a long night of "
          "debate in which the treasurer warned that reserves were running low.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "warned");
  EXPECT_EQ(q[1].content, "that reserves were running low");
}

TEST(Quotes, RelativePronounSourceSpeaksForItsAntecedent) {
  std::string text =
      "The plan was drafted by Amina Okafor, who said that the budget would "
      "shrink next year.";
  Document doc("t", text);
  doc.text = text;
  segment_document(doc);  // the pipeline path: quotes read segmentation's sentences
  doc.mentions = {person(text, "Amina Okafor")};
  correct_name_mentions(doc);
  resolve_entities(doc);
  extract_quotes(doc, test_support::test_models().cues.get());
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.slice(doc.quotes[0].speaker_mention), "who");
  ASSERT_GE(doc.quotes[0].speaker, 0);
  EXPECT_EQ(doc.entities[static_cast<size_t>(doc.quotes[0].speaker)].name, "Amina Okafor");
  EXPECT_EQ(doc.slice(doc.quotes[0].content), "that the budget would shrink next year");
  // An apposition that names no one between the name and "who".
  text =
      "The plan was drafted by Armin Laschet, the leader of the opposition in the state, who "
      "said that the budget would shrink.";
  Document apposed("t", text);
  apposed.text = text;
  segment_document(apposed);
  apposed.mentions = {person(text, "Armin Laschet")};
  correct_name_mentions(apposed);
  resolve_entities(apposed);
  extract_quotes(apposed, test_support::test_models().cues.get());
  ASSERT_EQ(apposed.quotes.size(), 1u);
  ASSERT_GE(apposed.quotes[0].speaker, 0);
  EXPECT_EQ(apposed.entities[static_cast<size_t>(apposed.quotes[0].speaker)].name, "Armin Laschet");
}

TEST(Quotes, MannerAdverbBetweenSubjectAndCue) {
  auto q = run("The mayor angrily denied that the city had lost the files.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The mayor");
  EXPECT_EQ(q[0].cue, "denied");
}

TEST(Quotes, ProgressiveStanceIsNotPassive) {
  auto q = run("Senator Lena Brandt is criticizing the governor's campaign.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Senator Lena Brandt");
  EXPECT_EQ(q[0].content, "the governor's campaign");
  // A real passive still has no source in its subject; its agent after "by" is the source.
  q = run("The governor's campaign is criticized by many.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "many");
  EXPECT_EQ(q[0].content, "The governor's campaign");
}

// Backing or opposing someone reports no words: no statement, though a statement may say so.
TEST(Quotes, AttitudeVerbsOpenNoStatement) {
  EXPECT_TRUE(run("Rahmon supported the opposition alliance during the civil war.").empty());
  EXPECT_TRUE(run("The unions have backed the strike since March.").empty());
  EXPECT_TRUE(run("Several senators oppose the nomination.").empty());
  auto q = run("Rahmon said he supported the opposition alliance.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Rahmon");
  EXPECT_EQ(q[0].content, "he supported the opposition alliance");
}

// "…, officials said today after a private meeting with …": a phrase after a time conjunction says
// when, not what; the statement is the clause before.
TEST(Quotes, TimeConjunctionAfterTheCueOpensNoContent) {
  auto q =
      run("The bridge will reopen in May, officials said today after a private meeting with "
          "the contractor.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "The bridge will reopen in May");
  EXPECT_EQ(q[0].mention, "officials");
}

// "told Mr. Obama the plan would fail": the addressee's title keeps its period inside the name.
TEST(Quotes, AddresseeWithAnAbbreviatedTitle) {
  auto q = run("Steve Cohen told Mr. Obama the plan would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Steve Cohen");
  EXPECT_EQ(q[0].content, "the plan would fail");
}

TEST(Quotes, AppositiveWithAbbreviationKeepsItsName) {
  auto q =
      run("Jonas Weber, a former minister who is a critic of Mr. Lindqvist, suggests that "
          "the treaty will fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Jonas Weber");
  EXPECT_EQ(q[0].content, "that the treaty will fail");
}

TEST(Quotes, HeadlinesInTitleCase) {
  auto q = run("Bridge Will Reopen by Spring, City Engineer Says.\n\nThe bridge closed in May.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "City Engineer");
  EXPECT_EQ(q[0].cue, "Says");
  EXPECT_EQ(q[0].content, "Bridge Will Reopen by Spring");

  q = run("Mayor Ortiz Calls the Budget \u2018A Disaster\u2019 After Late Vote.\n\nBody text.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Mayor Ortiz");
  EXPECT_EQ(q[0].content, "the Budget \u2018A Disaster\u2019 After Late Vote");

  // Title case without a cue, and a cue in a sentence that is not a headline.
  EXPECT_TRUE(run("Bridge Will Reopen by Spring After Long Repairs.\n\nBody text.").empty());
}

TEST(Quotes, HeadlineClaimThenDashAndSource) {
  // The wire and BBC headline "CLAIM - SOURCE" that opens an article.
  auto q = run("Rail fares rise 'too steep' - Walsh\n\nFares will rise by 6% in January.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::kMixed);
  EXPECT_EQ(q[0].content, "Rail fares rise 'too steep'");
  EXPECT_EQ(q[0].mention, "Walsh");
  q = run("COPPER OUTPUT TO FALL IN SECOND HALF - TRADERS\n\nCopper output will fall.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "COPPER OUTPUT TO FALL IN SECOND HALF");
  EXPECT_EQ(q[0].mention, "TRADERS");
  // A sentence ending after the dash, a two-word label, and a dash later in the article.
  EXPECT_TRUE(run("Votes Are Counted In The North — Finally.\n\nBody text.").empty());
  EXPECT_TRUE(run("MARKET SPOTLIGHT - ITALIAN BOOM\n\nBody text.").empty());
  EXPECT_TRUE(run("Body text.\n\nRail fares rise too steeply - Walsh").empty());
}

// A wire headline whose source after the dash is an abbreviation ("- U.S."), and one whose
// plural source of people speaks in the verb's base form ("U.S. ANALYSTS SAY …"); not a plural
// that names no people ("OIL MARKETS SHOW …").
TEST(Quotes, HeadlineSourcesWithPeriodsAndPluralSources) {
  auto q = run("TRADE TALKS MAY EASE TARIFF DISPUTES - U.S.\n\nThe talks begin in March.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "TRADE TALKS MAY EASE TARIFF DISPUTES");
  EXPECT_EQ(q[0].mention, "U.S.");
  q = run("U.S. ANALYSTS SAY COPPER PRICES TO RISE\n\nCopper prices rose on Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "U.S. ANALYSTS");
  EXPECT_EQ(q[0].cue, "SAY");
  EXPECT_EQ(q[0].content, "COPPER PRICES TO RISE");
  EXPECT_TRUE(run("OIL MARKETS SHOW STRENGTH AFTER ACCORD\n\nPrices rose.").empty());
}

// Headline claims: one that opens with a quotation and goes on is a mixed statement, whole; a
// label in capitals and a dash may come before the name; "to AUDIENCE" may follow a person's
// name; a cue word inside a recognised name ("City Post") is part of it.
TEST(Quotes, HeadlineClaimsAndTheirNames) {
  std::string text =
      "Maria Diaz: \u2018No Plan\u2019 To Close The Harbor Before Winter.\n\nThe mayor spoke on "
      "Monday.";
  auto q = run(text, {person(text, "Maria Diaz")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::kMixed);
  EXPECT_EQ(q[0].content, "\u2018No Plan\u2019 To Close The Harbor Before Winter");
  EXPECT_EQ(q[0].mention, "Maria Diaz");
  text = "Maria Diaz: \u2018We Will Not Close The Harbor.\u2019\n\nThe mayor spoke on Monday.";
  q = run(text, {person(text, "Maria Diaz")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::kDirect);
  EXPECT_EQ(q[0].content, "We Will Not Close The Harbor.");

  text = "EXCLUSIVE \u2013 Maria Diaz: Harbor Will Stay Open Through Winter\n\nThe mayor spoke.";
  q = run(text, {person(text, "Maria Diaz")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Maria Diaz");
  EXPECT_EQ(q[0].content, "Harbor Will Stay Open Through Winter");

  text = "Diaz to Dock Workers: The harbor will stay open all winter.\n\nThe mayor spoke.";
  q = run(text, {person(text, "Diaz")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Diaz");
  EXPECT_EQ(q[0].content, "The harbor will stay open all winter");
  // Before "to" the name must be a person's: an organisation-like section head is none.
  text = "Limited Tools to Fight Floods: The city has few ways to stop the water.\n\nIt rained.";
  Mention tools = person(text, "Limited Tools");
  tools.type = EntityType::kOrg;
  EXPECT_TRUE(run(text, {tools}).empty());

  text = "City Post: Harbor Will Stay Open Through Winter\n\nIt rained on Monday.";
  Mention post = person(text, "City Post");
  post.type = EntityType::kOrg;
  q = run(text, {post});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "City Post");
  EXPECT_TRUE(
      run("City Post: Harbor Will Stay Open Through Winter\n\nIt rained on Monday.").empty());
}

// A headline "NAME: …" is a statement by that person also with a title before the name, and
// with "on TOPIC" after it when a recognised name opens it; "Follow NAME on Twitter:" is a
// byline, not a statement.
TEST(Quotes, HeadlineNameWithATitleOrATopicBeforeTheColon) {
  std::string text =
      "Dr. Ben Carson: Hillary Clinton \u2018Not Fit To Serve As President\u2019\n\nThe retired "
      "neurosurgeon spoke in Iowa.";
  auto q = run(text, {person(text, "Ben Carson")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Dr. Ben Carson");
  EXPECT_GE(q[0].speaker, 0);
  EXPECT_EQ(q[0].content, "Hillary Clinton \u2018Not Fit To Serve As President\u2019");

  text =
      "Obama on Syria: We will not put American boots on the ground\n\nThe president spoke at "
      "the White House.";
  q = run(text, {person(text, "Obama")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Obama");
  EXPECT_GE(q[0].speaker, 0);
  EXPECT_EQ(q[0].content, "We will not put American boots on the ground");

  text =
      "The council met on Monday.\n\nFollow Jane Smith on Twitter: @janesmith. Reach her "
      "directly at jsmith@example.com.";
  EXPECT_TRUE(run(text, {person(text, "Jane Smith")}).empty());
  // Without a recognised name the words before "on" are a section head.
  EXPECT_TRUE(
      run("Focus on Security: The convention turns to terrorism and crime on its second night.")
          .empty());
}

TEST(Quotes, StanceOfANamesGroup) {
  auto q = run("Ortiz supporters have questioned the cost of the new stadium.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Ortiz supporters");
  EXPECT_EQ(q[0].content, "the cost of the new stadium");
  // A lower-case subject inside a clause is still no source of a stance.
  EXPECT_TRUE(run("It is unclear whether many residents questioned the cost.").empty());
}

TEST(Quotes, StatementOpeningWithNo) {
  auto q = run("A lawyer for the city said no decision had been made about an appeal.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "no decision had been made about an appeal");
  // "said no" answers; it states nothing.
  for (const auto& f : run("Asked whether he would run again, the mayor said no."))
    EXPECT_NE(f.cue, "said");
}

TEST(Quotes, QuotedTranscriptTurnsKeepTheirSpeakers) {
  // Each paragraph opens a quotation mark that never closes; the labels say who speaks.
  auto q =
      run("\"HOST: Will the mayor attend the hearing tomorrow night?\n\n"
          "\"ORTIZ: She will not attend, and she has said so twice this week.\n\n"
          "\"HOST: Then who will answer for the budget?");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].mention, "HOST");
  EXPECT_EQ(q[0].content, "Will the mayor attend the hearing tomorrow night?");
  EXPECT_EQ(q[1].mention, "ORTIZ");
  EXPECT_EQ(q[1].content, "She will not attend, and she has said so twice this week.");
  EXPECT_EQ(q[2].mention, "HOST");
}

TEST(Quotes, TwoWordTopicOfASpeechVerb) {
  auto q = run("Campaigning in Ohio last year, she barely mentioned climate change.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "mentioned");
  EXPECT_EQ(q[0].content, "climate change");
  EXPECT_TRUE(run("The mayor said so.").empty());
}

TEST(Quotes, RunningStoryLabelIsNoSpeaker) {
  auto q = run("The Latest: Ortiz urges voters to check their registration.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Ortiz");
  EXPECT_EQ(q[0].cue, "urges");
}

TEST(Quotes, QuestionClosedByItsAttribution) {
  auto q =
      run("The hearing ran late. \u201cWho will pay for the bridge?\u201d Ortiz asked. "
          "The council did not answer.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "Who will pay for the bridge?");
  EXPECT_EQ(q[0].mention, "Ortiz");
  EXPECT_EQ(q[0].cue, "asked");
}

TEST(Quotes, SignatureEndingInAPeriod) {
  auto q =
      run("\u201cThe bus never comes on time.\u201d\u2015 Mara Lind\n"
          "\u201cWe need more buses, not fewer.\u201d\u2015 Tomas Berg.\n");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].mention, "Mara Lind");
  EXPECT_EQ(q[1].mention, "Tomas Berg");
}

TEST(Quotes, SectionHeadBeforeAColonIsNoSpeaker) {
  EXPECT_TRUE(run("Little Relief for Tenants: The housing board meets twice a year and rarely "
                  "acts.")
                  .empty());
  auto q = run("Ortiz: The housing board meets twice a year and rarely acts.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Ortiz");
}

TEST(Quotes, AnAbbreviationInTheLeadInOfAMixedQuote) {
  // "Mrs." and "Mr." end in a period that ends no sentence: the lead-in stays the statement's.
  auto q =
      run("Mrs. Alvarez's budget sends a clear message that the first priority ''is cutting the "
          "deficit,'' Mr. Kemp said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::kMixed);
  EXPECT_EQ(q[0].content.substr(0, 25), "Mrs. Alvarez's budget sen");
  EXPECT_EQ(q[0].mention, "Mr. Kemp");
}

TEST(Quotes, ARelativeClauseStatementInsideAnotherIsKept) {
  // The architect's statement is his own, not the opening of the company's.
  auto q =
      run("The company refused to pay an architect who said he was owed for two years of work.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].mention, "who");
  EXPECT_EQ(q[1].content, "he was owed for two years of work");
}

}  // namespace
}  // namespace newsgraph
