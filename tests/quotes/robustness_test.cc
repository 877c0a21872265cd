// Malformed input through the whole pipeline: a result, never a crash or a hang.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "newsgraph/pipeline.h"
#include "test_pipeline.h"

namespace newsgraph {
namespace {

void expect_sane(const Document& doc) {
  for (const Quote& q : doc.quotes) {
    EXPECT_LE(q.content.begin, q.content.end);
    EXPECT_LE(q.content.end, doc.text.size());
    EXPECT_LE(q.speaker_mention.end, doc.text.size());
    EXPECT_LT(q.speaker, static_cast<int32_t>(doc.entities.size()));
  }
}

TEST(Robustness, EmptyAndWhitespace) {
  for (const char* s :
       {"", " ", "\n\n\n", "\"", "\xE2\x80\x9C", "said", ", said", "according to"}) {
    Document doc("t", s);
    test_support::process(doc);
    expect_sane(doc);
  }
}

TEST(Robustness, BinaryGarbage) {
  std::mt19937 rng(7);
  for (int round = 0; round < 50; ++round) {
    std::string s(2000, '\0');
    for (char& c : s) c = static_cast<char>(rng() & 0xFF);
    Document doc("t", s);
    test_support::process(doc);
    expect_sane(doc);
  }
}

TEST(Robustness, UnterminatedQuotesEverywhere) {
  std::string s;
  for (int i = 0; i < 3000; ++i)
    s += (i % 3 == 0)   ? "\xE2\x80\x9CHe said "
         : (i % 3 == 1) ? "\" she said, "
                        : "\xE2\x80\x98 told \n\n";
  Document doc("t", s);
  test_support::process(doc);
  expect_sane(doc);
}

TEST(Robustness, VeryLongLineWithoutPunctuation) {
  std::string s;
  for (int i = 0; i < 200000; ++i) s += "word said ";
  Document doc("t", s);
  test_support::process(doc);
  expect_sane(doc);
}

TEST(Robustness, ChainOfCuesDoesNotMultiplyStatements) {
  // Every "said" opens the statement of the one before; they are one statement, not 20,000
  // overlapping ones.
  std::string s;
  for (int i = 0; i < 20000; ++i) s += "word said ";
  Document doc("t", s);
  test_support::process(doc);
  expect_sane(doc);
  EXPECT_LT(doc.quotes.size(), 10u);
}

}  // namespace
}  // namespace newsgraph
