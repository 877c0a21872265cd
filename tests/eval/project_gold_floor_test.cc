// The whole pipeline on each article of the project's gold files (tests/gold/) and the seed's
// (../shared/gold/), scored by the rules of ../shared/gold/README.md. The floors are the figures
// of the day the stages were split (issue 9): a change that loses an entity, a role, a right
// speaker or a relation on these articles fails here. Raise a floor when the figure improves.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "eval/gold_eval.h"
#include "newsgraph/pipeline.h"
#include "test_pipeline.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const fs::path kShared = NEWSGRAPH_SHARED_DIR;
const fs::path kSource = NEWSGRAPH_SOURCE_DIR;

struct Floor {
  const char* gold;        // relative to the source tree ("tests/...") or to ../shared ("gold/...")
  int entities;            // matched gold entities
  int roles;               // gold roles found
  int right_speaker;       // gold quotes matched with the right speaker
  int relations;           // matched relations
  int predicted_entities;  // at most this many entities predicted (precision floor)
};

// `newsgraph eval gold tests/gold/*.gold.json ../shared/gold/*.gold.json` on the day of the split.
// Three rows moved with the GloVe-class entity model (issue 15), which over all 18 gold articles
// finds more entities (recall 0.912 -> 0.924) and one more right speaker, at a little precision:
// bbc_politics_189 (+1 right entity, 23 predicted, "Lib Dem" as ORG), polnear_netanyahu_trump
// (25 predicted: "NGOs"), and the seed ("National Congress Party" without "Afghanistan" loses
// that entity and its relation; 31 predicted with "Resistance"). Issue 16's relation work added
// party words the tagger leaves untagged ("the Democratic front-runner") as ORG mentions: one
// more entity found and predicted in polnear_clinton_aipac and polnear_netanyahu_trump. The
// rows of the other articles (BBC business and the PolNeAR train articles of issue 16; the
// Reuters files read corpus.jsonl and are scored by `eval gold` only) were added with the
// relation and role patterns of issue 16, at their figures then.
// Issue 16's quote work: an interrupted statement scored by its parts' joined text raised
// polnear_clinton_aipac to 9 right speakers. polnear_netanyahu_trump went to 19: "said in August,
// referring to …" is no longer a statement of its own, so the next quote ("You cannot let Iran …")
// now continues "Israel was sold out …" as one statement with parts (PolNeAR's reading), and the
// joined text no longer matches the gold's first piece alone. Issue 16's cue work (a coordinated
// cue sharing the sentence's subject, "and X said" ending the reported clause before it, a
// cue after a dash aside, content before its source) raised the right speakers of
// bbc_business_332, bbc_politics_136/192/373 and polnear_cuban_white_house/romney_convention/
// trump_obama_mvp. A straight mark after a sentence's end that reopens a continued statement
// ('… Square. "There are …') raised bbc_politics_136/189/192 by two each; a participle taking
// the subject noun phrase ("…, saying") raised polnear_clinton_aipac to 10.
// Issue 16's speaker coreference (src/resolve/coref.h: salience by grammatical role, "it said",
// "the company", "the Russian president", "Cuban" the surname of Mark Cuban) raised the right
// speakers of nine rows (229 -> 253 over all gold articles, with "Germany and France said" in
// quotes' speaker choice) and three roles found. Rows set to the figures of the integrated
// tree (all 18 articles: right speaker 264/335, roles 119/143) after the cue, coreference and
// person-role work were merged. The four Reuters stories (text inside corpus.jsonl, read by
// gold_text_at) joined the table at the figures of the fourth session's integrated tree.
// Fifth session: "Swiss-based Xstrata" (bbc_business_366), "48-year-old Australian Mamdouh
// Habib" (bbc_politics_192) and "the Illinois Democrat said" (reuters_6196: a role, and the
// statement's speaker) raised roles to 122/143 and right speakers to 265/335; "Howard Baker as
// Reagan's chief of staff" (reuters_6196) to 123/143. A place closing an
// organisation's name joins it: the seed's "National Congress Party Afghanistan" (28 entities,
// 18 relations, relation F1 0.900). "The foreign secretary meanwhile said": a time adverb
// between a description and its verb (bbc_politics_373, right speakers 17 -> 20; 268/335).
// Seventh session: backing and opposing verbs open no statement (issue 16: "supported" is no
// speech cue). polnear_trump_obama_mvp 16 -> 15: "repeating a false claim that he opposed the
// 2003 invasion" had matched only through "he" + "opposed" + "the 2003 invasion" read as a
// statement (the cue "repeating", which the gold marks, is still missed); the seed and three
// other articles lost six extra statements ("Putin backs …", "back a tax increase").
// Third batch (seventh session): six articles annotated blind by another annotator (BBC
// entertainment, sport and tech, two Reuters stories), first scored at right speaker 66/98,
// roles 19/41, relations 3 of 23; rows set after that session's fixes found on them.
// Eighth session: eval gold matches a gold quote against one part of a quote given in parts
// (the gold gives each pair of marks its own quote; docs/quotes.md), which raised right
// speaker from 358 to 386 of 433 with no change to extract; rows raised to the new figures,
// and again after that session's role and relation fixes (roles 154/184, relations 80 of 128).
// Ninth session: person descriptions (a party from an apposition, a possessive head, "the man
// who …" as its relative clause) raised roles to 157/184.
// Fourth batch (ninth session): six more articles annotated blind (BBC politics, business and
// sport, two Reuters stories), first scored at right speaker 67/86, roles 23/33, relations 7 of
// 23; rows at the figures after that session's ticker fix (Reuters entity precision).
// Fifth batch (eleventh session): six more articles annotated blind (BBC business and
// politics, two Reuters stories, a PolNeAR train article), rows at the figures after that
// session's changes (first scored at right speaker 53/73, roles 18/52, relations 4 of 30).
// Twelfth session: relative and participle clauses after a name as roles (resolve/relative_roles
// .cc), "shadow" titles, "Dallas, Texas on Monday" and "London-based options and futures exchange
// Liffe" for located_in; every row set to the figures of that session's tree, which also
// catches up rows earlier sessions had left below their figures (roles 217/269, right speaker
// 523/592, relations 107 matched over all 36 articles). Sixth batch (twelfth session): six more
// articles annotated blind, first scored at right speaker 70/94, roles 14/46, relations 5 of
// 30; rows at the figures after that session's changes.
// Thirteenth session: units an owner names, organisations "at" a place, lawyer_of and adviser_to,
// organisations appointed as advisers, untagged "… Federation" / "… Committee" names and
// organisations' descriptions set off before the name; rows raised to that tree's figures
// (all 42 articles: roles 242/315, right speaker 596/686, relations 126 matched).
// Fourteenth session: the seventh batch (eight articles annotated blind: BBC business, politics,
// sport and entertainment, two Reuters stories, two PolNeAR train articles; first scored at
// right speaker 114/143, roles 30/59, relations 6 of 30) joins at the figures after that
// session's changes (headline and occupation descriptions, party aliases, seats of government,
// relative clauses after an apposition, principals of lawyers and advisers); every row set to
// that tree's figures (all 50 articles: roles 289/374, right speaker 715/829, relations 144
// matched).
constexpr Floor kFloors[] = {
    {"tests/gold/bbc_business_332.gold.json", 16, 8, 17, 6, 17},
    {"tests/gold/bbc_business_366.gold.json", 18, 10, 13, 5, 18},
    {"tests/gold/bbc_politics_136.gold.json", 23, 4, 21, 2, 25},
    {"tests/gold/bbc_politics_189.gold.json", 21, 11, 24, 8, 22},
    {"tests/gold/bbc_politics_192.gold.json", 31, 12, 24, 5, 31},
    {"tests/gold/bbc_politics_373.gold.json", 24, 8, 25, 5, 24},
    {"tests/gold/polnear_biden_scranton.gold.json", 17, 7, 12, 4, 18},
    {"tests/gold/polnear_clinton_aipac.gold.json", 21, 6, 12, 3, 21},
    {"tests/gold/polnear_cuban_white_house.gold.json", 10, 7, 18, 3, 13},
    {"tests/gold/polnear_netanyahu_trump.gold.json", 24, 9, 25, 1, 26},
    {"tests/gold/polnear_romney_convention.gold.json", 13, 7, 12, 4, 16},
    {"tests/gold/polnear_trump_obama_mvp.gold.json", 15, 5, 20, 3, 18},
    {"tests/gold/polnear_trump_putin_praise.gold.json", 19, 4, 19, 3, 20},
    {"tests/gold/reuters_5098.gold.json", 8, 2, 15, 1, 8},
    {"tests/gold/reuters_6196.gold.json", 11, 5, 13, 2, 11},
    {"tests/gold/reuters_16856.gold.json", 9, 3, 12, 2, 10},
    {"tests/gold/reuters_20099.gold.json", 10, 8, 14, 2, 14},
    {"gold/000_dce158b59031fd31.gold.json", 28, 17, 14, 19, 31},
    {"tests/gold/bbc_entertainment_282.gold.json", 9, 2, 5, 1, 13},
    {"tests/gold/bbc_sport_152.gold.json", 19, 3, 19, 1, 22},
    {"tests/gold/bbc_tech_082.gold.json", 11, 6, 20, 2, 14},
    {"tests/gold/bbc_tech_261.gold.json", 12, 6, 12, 1, 15},
    {"tests/gold/reuters_16713.gold.json", 12, 2, 16, 4, 13},
    {"tests/gold/reuters_8044.gold.json", 20, 12, 12, 5, 20},
    {"tests/gold/bbc_business_083.gold.json", 17, 12, 13, 8, 18},
    {"tests/gold/bbc_politics_134.gold.json", 14, 6, 15, 3, 16},
    {"tests/gold/bbc_politics_239.gold.json", 9, 4, 15, 2, 12},
    {"tests/gold/bbc_sport_207.gold.json", 6, 4, 17, 1, 9},
    {"tests/gold/reuters_273.gold.json", 11, 1, 9, 0, 15},
    {"tests/gold/reuters_9253.gold.json", 6, 2, 5, 2, 9},
    {"tests/gold/bbc_business_122.gold.json", 16, 8, 4, 1, 20},
    {"tests/gold/bbc_business_316.gold.json", 17, 10, 6, 3, 19},
    {"tests/gold/bbc_politics_067.gold.json", 7, 3, 18, 0, 9},
    {"tests/gold/reuters_8599.gold.json", 9, 1, 10, 1, 10},
    {"tests/gold/reuters_9673.gold.json", 16, 4, 9, 3, 20},
    {"tests/gold/polnear_benghazi_speechwriter.gold.json", 21, 10, 11, 2, 22},
    {"tests/gold/bbc_business_336.gold.json", 6, 1, 10, 0, 8},
    {"tests/gold/bbc_business_127.gold.json", 15, 7, 14, 2, 19},
    {"tests/gold/reuters_4508.gold.json", 6, 0, 8, 0, 7},
    {"tests/gold/reuters_7927.gold.json", 13, 4, 20, 5, 14},
    {"tests/gold/polnear_carson_cruz_benghazi.gold.json", 10, 2, 12, 0, 12},
    {"tests/gold/polnear_starr_bill_clinton.gold.json", 21, 8, 9, 3, 23},
    {"tests/gold/bbc_business_348.gold.json", 6, 5, 8, 1, 9},
    {"tests/gold/bbc_entertainment_311.gold.json", 8, 3, 16, 0, 12},
    {"tests/gold/bbc_politics_106.gold.json", 11, 1, 20, 2, 12},
    {"tests/gold/bbc_sport_088.gold.json", 14, 10, 10, 3, 16},
    {"tests/gold/polnear_calderon_border_wall.gold.json", 22, 5, 20, 2, 25},
    {"tests/gold/polnear_clinton_emails_review.gold.json", 17, 10, 12, 7, 19},
    {"tests/gold/reuters_17312.gold.json", 8, 1, 9, 0, 9},
    {"tests/gold/reuters_9788.gold.json", 11, 3, 21, 1, 12},
};

class ProjectGoldFloor : public ::testing::TestWithParam<Floor> {};

TEST_P(ProjectGoldFloor, ScoresNoWorseThanOnTheDayOfTheSplit) {
  const Floor& f = GetParam();
  const std::string name = f.gold;
  const fs::path gold = name.rfind("tests/", 0) == 0 ? kSource / name : kShared / name;
  if (!fs::exists(gold)) GTEST_SKIP() << "no ../shared: " << gold;
  if (!fs::exists(kSource / "models/ner.bin")) GTEST_SKIP() << "no models/ner.bin";
  const std::string json = slurp(gold);
  std::string article_path = gold_article_path(json);
  fs::path article = kShared / article_path;
  if (article_path.empty()) article = kShared / "seeds/000_dce158b59031fd31.txt";
  if (!fs::exists(article)) GTEST_SKIP() << "no ../shared article: " << article;
  Document doc(name, gold_text_at(article.string(), json));
  test_support::process(doc);
  GoldScore s = score_gold(doc, parse_gold(json, doc.input));
  EXPECT_GE(s.matched_entities, f.entities);
  EXPECT_LE(s.predicted_entities, f.predicted_entities);
  EXPECT_GE(s.found_roles, f.roles);
  EXPECT_GE(s.right_speaker, f.right_speaker);
  EXPECT_GE(s.matched_relations, f.relations);
}

INSTANTIATE_TEST_SUITE_P(Articles, ProjectGoldFloor, ::testing::ValuesIn(kFloors),
                         [](const ::testing::TestParamInfo<Floor>& info) {
                           std::string n = fs::path(info.param.gold).stem().stem().string();
                           for (char& c : n)
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           return n;
                         });

}  // namespace
}  // namespace newsgraph
