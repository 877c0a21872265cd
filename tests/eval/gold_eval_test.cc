// The gold-file scorer on a small hand-built extraction with known counts.
#include "eval/gold_eval.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace newsgraph {
namespace {

// The span of the first `s` in the document's text.
Span span_of(const Document& doc, const char* s) {
  const size_t at = doc.text.find(s);
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + std::strlen(s))};
}

// "Jane Doe, leader of the Acme Party, said the vote was lost. Doe met Bob Roe in Paris."
Document make_extraction() {
  Document doc("t",
               "Jane Doe, leader of the Acme Party, said the vote was lost. "
               "Doe met Bob Roe in Paris.");
  doc.text = doc.input;
  auto add = [&](Span sp, EntityType type, int entity) {
    doc.mentions.push_back({sp, type, MentionKind::kName, entity});
    doc.entities[static_cast<size_t>(entity)].mentions.push_back(
        static_cast<uint32_t>(doc.mentions.size() - 1));
  };
  doc.entities = {{EntityType::kPerson, "Jane Doe", {}, {"leader of the Acme Party"}},
                  {EntityType::kOrg, "Acme Party", {}, {}},
                  {EntityType::kPerson, "Bob Roe", {}, {}},
                  {EntityType::kGpe, "Paris", {}, {}},
                  {EntityType::kDate, "Monday", {}, {}}};
  add(span_of(doc, "Jane Doe"), EntityType::kPerson, 0);
  add(span_of(doc, "Acme Party"), EntityType::kOrg, 1);
  add(span_of(doc, "Doe met"), EntityType::kPerson, 0);
  doc.mentions.back().span.end -= 4;
  add(span_of(doc, "Bob Roe"), EntityType::kPerson, 2);
  add(span_of(doc, "Paris"), EntityType::kGpe, 3);
  Quote q{QuoteType::kIndirect,
          span_of(doc, "the vote was lost"),
          span_of(doc, "said"),
          span_of(doc, "Jane Doe"),
          0,
          {}};
  doc.quotes.push_back(q);
  doc.relations.push_back({0, "leader_of", 1, span_of(doc, "Jane Doe, leader"), false});
  doc.relations.push_back({2, "located_in", 3, span_of(doc, "Doe met"), false});  // not in gold
  return doc;
}

const char* kGold = R"({
  "article": "x.txt",
  "entities": [
    {"type": "PERSON", "name": "Jane Doe", "aliases": ["Doe"], "roles": ["leader of the Acme Party", "chair"]},
    {"type": "ORG", "name": "Acme Party", "aliases": [], "roles": []},
    {"type": "PERSON", "name": "Robert Roe", "aliases": ["Roe"], "roles": []},
    {"type": "GPE", "name": "London", "aliases": [], "roles": []}
  ],
  "quotes": [
    {"type": "indirect", "text": "the vote was lost", "speaker": "Jane Doe", "cue": "said"},
    {"type": "direct", "text": "we will be back", "speaker": "Doe", "cue": "said"}
  ],
  "relations": [["Jane Doe", "leader_of", "Acme Party"], ["Jane Doe", "spouse_of", "Robert Roe"]]
})";

TEST(GoldEval, CountsMatchesByTheReadmeRules) {
  Document doc = make_extraction();
  GoldArticle gold = parse_gold(kGold, doc.text);
  ASSERT_EQ(gold.entities.size(), 4u);
  EXPECT_EQ(gold.quotes[1].speaker_entity, 0);  // "Doe" is an alias of Jane Doe
  GoldScore s = score_gold(doc, gold);
  // Jane Doe and Acme Party match by name; "Bob Roe" shares no name with "Robert Roe"/"Roe";
  // Paris is not London. DATE entities are not scored.
  EXPECT_EQ(s.gold_entities, 4);
  EXPECT_EQ(s.predicted_entities, 4);
  EXPECT_EQ(s.matched_entities, 2);
  EXPECT_EQ(s.gold_roles, 2);
  EXPECT_EQ(s.found_roles, 1);
  EXPECT_EQ(s.gold_quotes, 2);
  EXPECT_EQ(s.matched_quotes, 1);
  EXPECT_EQ(s.right_speaker, 1);
  EXPECT_EQ(s.gold_relations, 2);
  EXPECT_EQ(s.predicted_relations, 2);
  EXPECT_EQ(s.matched_relations, 1);
  EXPECT_DOUBLE_EQ(s.relation_f1(), 0.5);
}

TEST(GoldEval, SpanLayoutResolvesAgainstTheText) {
  Document doc = make_extraction();
  const std::string gold = R"({"entities": [{"type": "PERSON", "name_span": [0, 8],
      "alias_spans": [[60, 63]], "role_spans": [[10, 34]]}],
      "quotes": [{"type": "indirect", "span": [41, 58], "speaker": 0, "speaker_span": [0, 8],
                  "cue_span": [36, 40]}],
      "relations": []})";
  GoldArticle g = parse_gold(gold, doc.text);
  EXPECT_EQ(g.entities[0].name, "Jane Doe");
  EXPECT_EQ(g.entities[0].aliases[0], "Doe");
  EXPECT_EQ(g.entities[0].roles[0], "leader of the Acme Party");
  EXPECT_EQ(g.quotes[0].text, "the vote was lost");
  EXPECT_EQ(g.quotes[0].speaker, "Jane Doe");
  EXPECT_THROW(parse_gold(R"({"entities": [{"type": "ORG", "name_span": [5, 900]}]})", doc.text),
               std::runtime_error);
}

// A gold file's text: an article file with CRLF turned into LF, or a corpus record by id.
TEST(GoldEval, TextComesFromTheArticleFileOrTheCorpusRecord) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("gold_text_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "a.txt", std::ios::binary) << "Title\r\n\r\nBody said.\r\n";
  std::ofstream(dir / "c.jsonl", std::ios::binary)
      << R"({"id": "r#NEWID=1", "source": "x", "text": "first"})"
      << "\n"
      << R"({"id": "r#NEWID=12", "source": "x", "text": "BANK SAYS\n\nIt said \"no\"."})"
      << "\n";
  const std::string gold = R"({"article": "c.jsonl", "corpus_id": "r#NEWID=12"})";
  EXPECT_EQ(gold_text_at((dir / "a.txt").string(), "{}"), "Title\n\nBody said.\n");
  EXPECT_EQ(gold_text_at((dir / "c.jsonl").string(), gold), "BANK SAYS\n\nIt said \"no\".");
  EXPECT_THROW(gold_text_at((dir / "c.jsonl").string(), R"({"corpus_id": "r#NEWID=2"})"),
               std::runtime_error);
  EXPECT_THROW(gold_text_at((dir / "c.jsonl").string(), "{}"), std::runtime_error);
  EXPECT_THROW(gold_text_at((dir / "missing.txt").string(), "{}"), std::runtime_error);
  fs::remove_all(dir);
}

// A predicted quote that matches no gold quote is listed with its source and cue, so the one
// reading `eval gold -v` sees which false statement was made and what was taken as its source.
TEST(GoldEval, ListsExtraQuotesWithSourceAndCue) {
  Document doc("t",
               "Jane Doe said the vote was lost. Last week, the party told reporters "
               "that turnout had fallen.");
  doc.text = doc.input;
  doc.entities = {{EntityType::kPerson, "Jane Doe", {}, {}}};
  doc.mentions.push_back({span_of(doc, "Jane Doe"), EntityType::kPerson, MentionKind::kName, 0});
  doc.entities[0].mentions.push_back(0);
  doc.quotes.push_back({QuoteType::kIndirect,
                        span_of(doc, "the vote was lost"),
                        span_of(doc, "said"),
                        span_of(doc, "Jane Doe"),
                        0,
                        {}});
  doc.quotes.push_back({QuoteType::kIndirect,
                        span_of(doc, "turnout had fallen"),
                        span_of(doc, "told"),
                        span_of(doc, "Last week"),
                        -1,
                        {}});
  const char* gold_json = R"({"entities": [{"type": "PERSON", "name": "Jane Doe"}],
      "quotes": [{"type": "indirect", "text": "the vote was lost", "speaker": "Jane Doe"}]})";
  GoldScore s = score_gold(doc, parse_gold(gold_json, doc.text));
  EXPECT_EQ(s.matched_quotes, 1);
  EXPECT_EQ(s.predicted_quotes, 2);
  std::vector<std::string> extra;
  for (const std::string& m : s.misses)
    if (m.starts_with("extra quote")) extra.push_back(m);
  ASSERT_EQ(extra.size(), 1u);
  EXPECT_EQ(extra[0], "extra quote (source: Last week, cue: told): turnout had fallen");
}

// The gold gives each stretch between quotation marks its own quote; extract joins a statement
// its attribution interrupts into one quote with parts. Each part may match one gold quote, and
// carries the quote's speaker; a gold quote of the whole statement matches the whole.
TEST(GoldEval, EachPartOfAJoinedStatementMatchesAGoldQuote) {
  Document doc("t",
               "\"We lost the vote badly,\" Jane Doe said. \"We will be back next year.\" "
               "Bob Roe said the count was wrong.");
  doc.text = doc.input;
  doc.entities = {{EntityType::kPerson, "Jane Doe", {}, {}},
                  {EntityType::kPerson, "Bob Roe", {}, {}}};
  doc.mentions.push_back({span_of(doc, "Jane Doe"), EntityType::kPerson, MentionKind::kName, 0});
  doc.entities[0].mentions.push_back(0);
  doc.mentions.push_back({span_of(doc, "Bob Roe"), EntityType::kPerson, MentionKind::kName, 1});
  doc.entities[1].mentions.push_back(1);
  const Span first = span_of(doc, "We lost the vote badly"),
             second = span_of(doc, "We will be back next year.");
  doc.quotes.push_back({QuoteType::kDirect,
                        {first.begin, second.end},
                        span_of(doc, "said"),
                        span_of(doc, "Jane Doe"),
                        0,
                        {first, second}});
  doc.quotes.push_back({QuoteType::kIndirect,
                        span_of(doc, "the count was wrong"),
                        span_of(doc, "said the"),
                        span_of(doc, "Bob Roe"),
                        1,
                        {}});
  const char* split_gold = R"({"entities": [{"type": "PERSON", "name": "Jane Doe"},
      {"type": "PERSON", "name": "Bob Roe"}],
      "quotes": [{"type": "direct", "text": "We lost the vote badly", "speaker": "Jane Doe"},
                 {"type": "direct", "text": "We will be back next year.", "speaker": "Jane Doe"},
                 {"type": "indirect", "text": "the count was wrong", "speaker": "Jane Doe"}]})";
  GoldScore s = score_gold(doc, parse_gold(split_gold, doc.text));
  EXPECT_EQ(s.matched_quotes, 3);
  EXPECT_EQ(s.matched_by_part, 2);
  EXPECT_EQ(s.right_speaker, 2);  // Bob Roe is not Jane Doe
  const char* whole_gold = R"({"entities": [{"type": "PERSON", "name": "Jane Doe"}],
      "quotes": [{"type": "direct", "text": "We lost the vote badly, We will be back next year.",
                  "speaker": "Jane Doe"},
                 {"type": "direct", "text": "We will be back next year.", "speaker": "Jane Doe"}]})";
  s = score_gold(doc, parse_gold(whole_gold, doc.text));
  EXPECT_EQ(s.matched_quotes, 1);  // the whole, and then none of its parts
  EXPECT_EQ(s.matched_by_part, 0);
}

TEST(GoldEval, TokenJaccardIgnoresCaseAndPunctuation) {
  EXPECT_DOUBLE_EQ(token_jaccard("The Taliban’s rise", "the taliban's RISE"), 1.0);
  EXPECT_DOUBLE_EQ(token_jaccard("a b", "c d"), 0.0);
  EXPECT_DOUBLE_EQ(token_jaccard("a b c", "a b"), 2.0 / 3.0);
}

}  // namespace
}  // namespace newsgraph
