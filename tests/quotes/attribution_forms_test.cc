// Attribution forms around direct quotes: a question answered by "X asked" with a phrase after
// the cue, a cue with an object before the comma ("told everyone, “…”"), an inverted
// coordinated subject with a plural verb ("reply Burton and Nick"), and a short quoted sentence
// that goes on after an attribution sentence (one statement with parts, as PolNeAR reads it).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/run_quotes.h"

namespace newsgraph {
namespace {

using quote_test::run_quotes;

Mention person(const std::string& text, const std::string& words) {
  const size_t at = text.find(words);
  EXPECT_NE(at, std::string::npos) << words;
  return Mention{Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + words.size())},
                 EntityType::kPerson, MentionKind::kName, -1};
}

TEST(AttributionForms, QuestionWithAPhraseAfterTheCue) {
  const std::string text =
      "The debate turned sharp.\n\n\u201CYou don\u2019t repeat yourself?\u201D Rubio asked in a "
      "bewildered tone.\n";
  auto q = run_quotes(text, {person(text, "Rubio")});
  ASSERT_EQ(q.size(), 1u);  // "in a bewildered tone" is no statement
  EXPECT_EQ(q[0].content, "You don\u2019t repeat yourself?");
  EXPECT_EQ(q[0].mention, "Rubio");
  EXPECT_EQ(q[0].cue, "asked");
  EXPECT_GE(q[0].speaker, 0);
}

// "meanwhile" stands between a subject and its cue as "also" does.
TEST(AttributionForms, AnAdverbBetweenTheSubjectAndTheCue) {
  const std::string text =
      "Lib Dem spokesman Ed Davey meanwhile said there had been an \u201Cexplosion\u201D of "
      "quangos.";
  auto q = run_quotes(text, {person(text, "Ed Davey")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Lib Dem spokesman Ed Davey");
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_GE(q[0].speaker, 0);
}

// "official" is also a noun marker ("an official statement"), but before a cue it is the
// head of the subject.
TEST(AttributionForms, AnOfficialAsTheSubject) {
  const std::string text =
      "The ministry has not set a date for the sale. A senior finance ministry official said "
      "the bank would be sold next year. \u201CWe are in no hurry,\u201D the official told "
      "reporters.";
  auto q = run_quotes(text);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].mention, "A senior finance ministry official");
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].content, "the bank would be sold next year");
  EXPECT_EQ(q[1].mention, "the official");
  EXPECT_EQ(q[1].cue, "told");
}

TEST(AttributionForms, ExclamationWithAPhraseAfterTheCue) {
  const std::string text = "\u201CGet out of my office!\u201D Ms Lane shouted at the visitors.";
  auto q = run_quotes(text, {person(text, "Ms Lane")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "Get out of my office!");
  EXPECT_EQ(q[0].mention, "Ms Lane");
}

TEST(AttributionForms, CueWithAnObjectBeforeTheComma) {
  const std::string text =
      "The stranger was eating a burger. He told everyone, \u201CThis hamburger is good.\u201D";
  auto q = run_quotes(text);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "This hamburger is good.");
  EXPECT_EQ(q[0].mention, "He");
  EXPECT_EQ(q[0].cue, "told");
}

TEST(AttributionForms, InvertedCoordinatedSubjectWithAPluralVerb) {
  const std::string text = "\u201CWe love cats!\u201D reply Burton and Nick.";
  auto q = run_quotes(text, {person(text, "Burton"), person(text, "Nick")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "We love cats!");
  EXPECT_EQ(q[0].mention, "Burton and Nick");
  EXPECT_EQ(q[0].cue, "reply");
  EXPECT_GE(q[0].speaker, 0);  // the first of the two named
}

// "… after a draw at Old Trafford and Ancelotti said": a name that ends a common noun's
// prepositional phrase closes the previous clause; only the name after "and" speaks. Names
// joined by "and" on their own, or after a title with "of", stay one coordinated source.
TEST(AttributionForms, AndAfterAPlaceInAnotherClauseIsNoCoordinatedSubject) {
  std::string text =
      "Milan won the cup after a draw at Old Trafford and Ancelotti said: \u201CWe are happy "
      "to return.\u201D";
  auto q = run_quotes(text, {person(text, "Ancelotti")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Ancelotti");
  EXPECT_GE(q[0].speaker, 0);
  text = "Secretary of State Kerry and Lavrov said the talks would resume.";
  q = run_quotes(text, {person(text, "Kerry"), person(text, "Lavrov")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Secretary of State Kerry and Lavrov");
}

// "Asked by Starnes if he believed …, Carson said": the one who asked is named, and the question
// is his, after his name and a parenthesis after it.
TEST(AttributionForms, AskedByANamedAsker) {
  std::string text =
      "Asked by Starnes if he believed the situation was as bad, Carson said that he did not.";
  auto q = run_quotes(text, {person(text, "Starnes"), person(text, "Carson")});
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].content, "if he believed the situation was as bad");
  EXPECT_EQ(q[0].mention, "Starnes");
  text = "Asked by Sen Phil Gramm (R-Tex) whether the dollar was overvalued, Mulford said no.";
  q = run_quotes(text, {person(text, "Phil Gramm")});
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].content, "whether the dollar was overvalued");
}

// "Only Fools and Horses star David Jason": capitalised words of no name joined by "and" are a
// title before the speaker's name, not a first coordinated source.
TEST(AttributionForms, AndInsideATitleBeforeTheNameIsNoCoordination) {
  const std::string text =
      "And last week Only Fools and Horses star David Jason criticised British TV for being "
      "\u201Ctoo safe and too cheap\u201D.";
  auto q = run_quotes(text, {person(text, "David Jason")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_GE(q[0].speaker, 0);
}

// "Maria Lopez, head of Harbor Trust, which represents …, said": the role phrase and the
// relative clause are both pieces of the apposition; the name before them speaks.
TEST(AttributionForms, ARolePhraseEndingInANameIsAPieceOfTheApposition) {
  const std::string text =
      "Maria Lopez, head of Harbor Trust, which represents local fishermen, said that the port "
      "would close.";
  auto q = run_quotes(text, {person(text, "Maria Lopez")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Maria Lopez");
  EXPECT_GE(q[0].speaker, 0);
}

TEST(AttributionForms, AShortQuotedSentenceGoesOnAfterTheAttribution) {
  const std::string text = "\u201CI love cats!\u201D insists Burton. \u201CI absolutely do.\u201D";
  auto q = run_quotes(text, {person(text, "Burton")});
  ASSERT_EQ(q.size(), 1u);
  ASSERT_EQ(q[0].parts.size(), 2u);
  EXPECT_EQ(q[0].parts[0], "I love cats!");
  EXPECT_EQ(q[0].parts[1], "I absolutely do.");
  EXPECT_EQ(q[0].mention, "Burton");
}

TEST(AttributionForms, AShortQuotedFragmentInsideASentenceStaysOut) {
  // A quoted phrase that does not open its sentence is no continuation of the statement.
  const std::string text =
      "\u201CI love cats!\u201D insists Burton. Her house is now \u201Ca shelter.\u201D";
  auto q = run_quotes(text, {person(text, "Burton")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].parts.empty());
  EXPECT_EQ(q[0].content, "I love cats!");
}

TEST(AttributionForms, AnAuxiliaryInsideANameIsPartOfTheSource) {
  // The tagger named only "Theresa": "May" is read as the modal, not as the end of the name.
  const std::string text = "Prime Minister Theresa May said the economy would grow next year.";
  auto q = run_quotes(text, {person(text, "Theresa")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Prime Minister Theresa May");
  EXPECT_EQ(q[0].content, "the economy would grow next year");
  EXPECT_GE(q[0].speaker, 0);
}

TEST(AttributionForms, AModalAfterASubjectStaysAModal) {
  const std::string text = "The minister may say that the economy will grow next year.";
  auto q = run_quotes(text);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The minister");
}

TEST(AttributionForms, AClauseAfterTheCueIsNoPhraseOfTheAttribution) {
  // "He thought the work …" after a question reports a thought of its own: the question is not
  // claimed by reaching across the clause, and the clause stays a statement.
  auto q = run_quotes(
      "The coach spoke after the match.\n\n\u201CWhat message does this send out?\u201D He "
      "thought the national coaches, who had worked hard for years, would be dismayed.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "What message does this send out?");
  EXPECT_TRUE(q[0].cue.empty());
  EXPECT_EQ(q[1].content, "the national coaches, who had worked hard for years, would be dismayed");
  EXPECT_EQ(q[1].mention, "He");
}

TEST(AttributionForms, AnObjectAfterACueThatTakesOne) {
  const std::string text =
      "\u201CWhy are you still endorsing him?\u201D Obama asked Republican politicians.";
  auto q = run_quotes(text, {person(text, "Obama")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "Why are you still endorsing him?");
  EXPECT_EQ(q[0].mention, "Obama");
}

TEST(AttributionForms, AnAttributionWithAnAdverbialInterruptsTheStatement) {
  auto q = run_quotes(
      "\u201CIt\u2019s a disgrace,\u201D she wrote in a blog post on Sunday, \u201Cand nobody "
      "cares.\u201D");
  ASSERT_EQ(q.size(), 1u);
  ASSERT_EQ(q[0].parts.size(), 2u);
  EXPECT_EQ(q[0].parts[0], "It\u2019s a disgrace,");
  EXPECT_EQ(q[0].parts[1], "and nobody cares.");
  EXPECT_EQ(q[0].mention, "she");
}

TEST(AttributionForms, AQuoteAfterACueAndAnAdverbial) {
  auto q = run_quotes(
      "However, the museum said Thursday on Twitter, \u201CWe have never expressed interest in "
      "the firearm.\u201D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "We have never expressed interest in the firearm.");
  EXPECT_EQ(q[0].mention, "the museum");
}

TEST(AttributionForms, ATitleAfterTheAttributionIsNoContinuation) {
  auto q = run_quotes(
      "But the director, who had moved a year earlier from another firm, tossed \u201Ccold water "
      "on the idea immediately,\u201D she wrote in her memoir, \u201CTough Choices.\u201D");
  ASSERT_FALSE(q.empty());
  for (const auto& f : q)
    EXPECT_FALSE(f.text.find("cold water") != std::string::npos &&
                 f.text.find("Tough Choices") != std::string::npos)
        << f.text;
}

TEST(AttributionForms, AccordingToBeforeAWholeQuotation) {
  const std::string text = "According to John Smith, \u201Cthe plan will fail within a year.\u201D";
  auto q = run_quotes(text, {person(text, "John Smith")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::kDirect);
  EXPECT_EQ(q[0].content, "the plan will fail within a year.");  // without the marks
  EXPECT_EQ(q[0].mention, "John Smith");
}

// "According to its lawyer, X of Y, …": the person's name set off after the description is
// the source; not a name that opens the content after a thing ("an FBI summary"), nor a list.
TEST(AttributionForms, AccordingToADescriptionAndTheNameAfterIt) {
  const std::string text =
      "According to its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling, the overall "
      "claim is based on that figure. According to an FBI summary of its investigation, Cheryl "
      "Mills, a top aide, sent the emails.";
  auto q = run_quotes(text, {person(text, "Emmanuel Gaillard"), person(text, "Cheryl Mills")});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].mention, "Emmanuel Gaillard");
  EXPECT_EQ(q[0].content, "the overall claim is based on that figure");
  EXPECT_EQ(q[1].mention, "an FBI summary of its investigation");
}

// "“…,” the party leader, John Smith, said": the title set off before the name belongs to the
// attribution, not to the statement.
TEST(AttributionForms, ATitleSetOffBeforeTheNameAfterAQuotation) {
  const std::string text =
      "\u201CWe will come back,\u201D the party leader, John Smith, said. \u201CThe vote is "
      "lost,\u201D party spokesman, Captain Tom Lee, told reporters.";
  auto q = run_quotes(text, {person(text, "John Smith"), person(text, "Tom Lee")});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].type, QuoteType::kDirect);
  EXPECT_EQ(q[0].content, "We will come back,");
  EXPECT_EQ(q[0].mention, "John Smith");
  EXPECT_EQ(q[1].content, "The vote is lost,");
}

TEST(AttributionForms, ADescribedSourceAfterAQuotation) {
  auto q = run_quotes(
      "\u201CWe will rebuild the bridge,\u201D the mayor, who was visibly tired, told reporters.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "We will rebuild the bridge,");
  EXPECT_EQ(q[0].mention, "the mayor");
  EXPECT_EQ(q[0].cue, "told");
}

TEST(AttributionForms, TheSubjectAfterAnAskedOpenerEndsBeforeItsVerb) {
  const std::string text =
      "Asked if he would stand for the leadership again, Mr Hague replied: \u201CNo.\u201D";
  auto q = run_quotes(text, {person(text, "Mr Hague")});
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].content, "if he would stand for the leadership again");
  EXPECT_EQ(q[0].mention, "Mr Hague");
  EXPECT_GE(q[0].speaker, 0);
}

TEST(AttributionForms, ANameAfterAnInvertedDescriptionIsTheSpeaker) {
  const std::string text =
      "\u201CThe rates will stay where they are,\u201D said EEF chief economist, Steve Radley.";
  auto q = run_quotes(text, {person(text, "Steve Radley")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "EEF chief economist");
  EXPECT_GE(q[0].speaker, 0);
}

TEST(AttributionForms, ANameBeforeAParenthesisAndAnAppositive) {
  // "Sen. X (D-Calif.), a member of …, said": the name before the party and state.
  auto q = run_quotes(
      "Sen. Maria Lopez (D-Calif.), a member of the budget committee, said the cuts would hurt "
      "rural hospitals.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Sen. Maria Lopez");
  EXPECT_EQ(q[0].content, "the cuts would hurt rural hospitals");
}

TEST(AttributionForms, SinceBetweenTheAuxiliaryAndTheCue) {
  auto q = run_quotes("The mayor has since said that the pool will stay closed until June.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The mayor");
  EXPECT_EQ(q[0].content, "that the pool will stay closed until June");
}

TEST(AttributionForms, ALongPlacePhraseAfterTheCueEndsTheSentence) {
  // "…, she said in a video message to …": the statement is the clause before.
  auto q = run_quotes(
      "The economy will grow by 3 percent this year, she said in a video message to the party "
      "convention.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "The economy will grow by 3 percent this year");
}

TEST(AttributionForms, APartyAndStateAfterTheNameEndInAPeriod) {
  // AP style "Sen. Tom Hale, R-Ky., said": the period before the comma ends no sentence.
  auto q = run_quotes("\u201CThe farm bill is dead,\u201D Sen. Tom Hale, R-Ky., said Tuesday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::kDirect);
  EXPECT_EQ(q[0].mention, "Sen. Tom Hale");
  q = run_quotes("The farm bill is dead, Rep. Ann Ross, D-Ga., told reporters.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Rep. Ann Ross");
  EXPECT_EQ(q[0].content, "The farm bill is dead");
}

// A quote after a colon that its own attribution follows ("asked if he could ask me a personal
// question: “…,” he said with great sorrow.") is that attribution's: one statement with cue
// "said", and no second statement "with great sorrow".
TEST(AttributionForms, AQuoteAfterAColonWithItsOwnAttributionAfterIt) {
  const std::string text =
      "Then an official raised his hand and asked if he could ask me a personal question: "
      "\u201CI heard Tom Smith say we need to close the schools,\u201D he said with great "
      "sorrow.\n";
  auto q = run_quotes(text, {person(text, "Tom Smith")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "I heard Tom Smith say we need to close the schools,");
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].mention, "he");
  // Without an attribution after it, the quote stays the colon's.
  const std::string colon =
      "Then an official raised his hand and asked me a personal question: \u201CWill you close "
      "the schools?\u201D\n";
  auto c = run_quotes(colon, {});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, "Will you close the schools?");
  // A question mark closes such a quote too ("“…?” he said"); an attribution that ends in a
  // colon introduces the next quote instead, and leaves this one to the colon before it.
  const std::string asked =
      "Then an official asked if he could ask me a question: “Will you close the "
      "schools?” he said with great sorrow.\n";
  auto a = run_quotes(asked, {});
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].cue, "said");
  const std::string next =
      "Rafa Benitez responded: “I spoke to Steven about it. Why not?” He said: “We "
      "need winners here.”\n";
  auto n = run_quotes(next, {person(next, "Rafa Benitez")});
  ASSERT_EQ(n.size(), 2u);
  EXPECT_EQ(n[0].content, "I spoke to Steven about it. Why not?");
  EXPECT_EQ(n[0].mention, "Rafa Benitez");
  EXPECT_EQ(n[1].content, "We need winners here.");
}

}  // namespace
}  // namespace newsgraph
