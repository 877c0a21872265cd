// The PolNeAR reader and the quote scorer on a small hand-made article with known counts.
#include <gtest/gtest.h>

#include "eval/quote_eval.h"
#include "output/brat.h"

namespace newsgraph {
namespace {

// Code points:      0         1         2         3         4         5         6
//                   0123456789012345678901234567890123456789012345678901234567890123
const char* kText =
    "Ann said the vote was rigged. \xE2\x80\x9CNo,\xE2\x80\x9D Bob said. Polls closed late.";
// "“" is one code point (3 bytes) at 30; "No," is 31..34; "”" 34; " Bob" 35..39; "said" 40..44.

const char* kAnn =
    "T1\tSource 0 3\tAnn\n"
    "T2\tCue 4 8\tsaid\n"
    "T3\tContent 9 28\tthe vote was rigged\n"
    "T4\tAttribution 4 8\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tSource 36 39\tBob\n"
    "T6\tCue 40 44\tsaid\n"
    "T7\tContent 31 34\tNo,\n"
    "#1\tAnnotatorNotes T7\ta note line that is ignored\n"
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"
    "T9\tContent 46 63;64 65\tPolls closed late.\n"
    "E3\tContent:T9\n";

TEST(Brat, ReadsAttributionsWithDiscontinuousSpans) {
  auto a = output::read_brat_attributions(kAnn);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].content[0], (Span{9, 28}));
  EXPECT_EQ(a[0].source[0], (Span{0, 3}));
  EXPECT_EQ(a[1].cue[0], (Span{40, 44}));
  ASSERT_EQ(a[2].content.size(), 2u);
  EXPECT_TRUE(a[2].source.empty());
}

TEST(Brat, CodePointOffsets) {
  auto off = output::code_point_offsets(kText);
  EXPECT_EQ(off[30], 30u);  // the opening mark starts at byte 30
  EXPECT_EQ(off[31], 33u);  // and takes three bytes
  EXPECT_EQ(off.back(), std::string_view(kText).size());
}

// Coverage is of the gold characters, pieces joined as a set (an overlap counted once).
TEST(Scorer, CoverageOfGoldPieces) {
  EXPECT_DOUBLE_EQ(eval::coverage({Span{10, 20}}, Span{15, 40}), 0.5);
  EXPECT_DOUBLE_EQ(eval::coverage({Span{0, 10}, Span{20, 30}}, Span{5, 25}), 0.5);
  EXPECT_DOUBLE_EQ(eval::coverage({Span{0, 10}, Span{5, 10}}, Span{0, 5}), 0.5);
  EXPECT_DOUBLE_EQ(eval::coverage({Span{0, 10}}, Span{10, 20}), 0.0);
  EXPECT_DOUBLE_EQ(eval::coverage({}, Span{0, 10}), 0.0);
}

TEST(Scorer, KnownCounts) {
  std::vector<eval::GoldAttribution> gold;
  for (auto& b : output::read_brat_attributions(kAnn)) gold.push_back({b.content, b.source});
  std::vector<eval::PredictedQuote> pred = {
      {Span{5, 28}, {Span{0, 3}}},   // covers all of E1 (with extra words), right speaker
      {Span{31, 33}, {Span{0, 3}}},  // covers 2/3 of E2: lenient only; wrong speaker
      {Span{0, 3}, {}},              // matches nothing
  };
  eval::QuoteScore s;
  s.add(kText, gold, pred);
  EXPECT_EQ(s.lenient.gold, 3u);
  EXPECT_EQ(s.lenient.predicted, 3u);
  EXPECT_EQ(s.lenient.correct, 2u);
  EXPECT_EQ(s.strict.correct, 1u);
  EXPECT_EQ(s.speaker_total, 2u);
  EXPECT_EQ(s.speaker_correct, 1u);
  // Exact: "No" trimmed equals the prediction [31,33) trimmed; E1's prediction starts earlier.
  EXPECT_EQ(s.exact.correct, 1u);
  EXPECT_NEAR(s.lenient.f1(), 100.0 * 2 / 3, 1e-9);
}

// The verbose notes name a boundary error by where the prediction starts and ends against the
// gold: E1's prediction "said the vote was rigged" starts 5 characters early.
TEST(Scorer, VerboseNotesGiveBoundaryErrors) {
  std::vector<eval::GoldAttribution> gold;
  for (auto& b : output::read_brat_attributions(kAnn)) gold.push_back({b.content, b.source});
  std::vector<eval::PredictedQuote> pred = {{Span{4, 28}, {Span{0, 3}}}};
  eval::QuoteScore s;
  std::vector<std::string> notes;
  s.add(kText, gold, pred, &notes);
  std::vector<std::string> inexact;
  for (const std::string& n : notes)
    if (n.starts_with("INEXACT")) inexact.push_back(n);
  ASSERT_EQ(inexact.size(), 1u);
  EXPECT_TRUE(inexact[0].starts_with(
      "INEXACT start -5 end 0 | gold: the vote was rigged | predicted: said the vote was rigged"))
      << inexact[0];
}

}  // namespace
}  // namespace newsgraph
