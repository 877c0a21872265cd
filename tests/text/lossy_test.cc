// Unit tests of the lossy "â" rules (text/lossy.h) on their own, without the encoding core.
#include "text/lossy.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <string>

#include "text/lexicon.h"
#include "text/lossy_pipeline.h"
#include "util/utf8.h"

namespace newsgraph {
namespace {

using testing::run_lossy;

std::string fixed(const std::string& input, const LossyOptions& options = {}) {
  return run_lossy(input, options).text;
}

LossyOptions forced() {
  LossyOptions options;
  options.force_weak_rules = true;
  return options;
}

TEST(LossyFastPath, TextWithoutCircumflexIsUntouched) {
  const std::string text = "The council met on Tuesday. \xE2\x80\x9CNo,\xE2\x80\x9D she said.";
  auto result = run_lossy(text);
  EXPECT_EQ(result.text, text);
  EXPECT_TRUE(result.edits.empty());
  EXPECT_TRUE(result.flags.empty());
  EXPECT_EQ(run_lossy("").text, "");
}

TEST(LossyPrepass, P1ReplacementCharacterAfterEuroSign) {
  EXPECT_EQ(fixed("He said no,â€\xEF\xBF\xBD and left."), "He said no,\xE2\x80\x9D and left.");
}

TEST(LossyPrepass, P1bDroppedByteBeforeSpaceOrPunctuation) {
  auto result = run_lossy("â€œWe will appeal,â€ the lawyer said. It was â€œfinalâ€.");
  // P1b fixes only the closing marks; the intact "â€œ" is left to encoding repair.
  EXPECT_EQ(result.text,
            "â€œWe will appeal,\xE2\x80\x9D the lawyer said. It was â€œfinal\xE2\x80\x9D.");
  ASSERT_EQ(result.edits.size(), 2u);
  EXPECT_EQ(result.edits[0].rule, RepairRule::kLossyQuote);
  EXPECT_EQ(fixed("the end,â€"), "the end,\xE2\x80\x9D");
  // Followed by NBSP it may be an intact dagger (E2 80 A0): left alone.
  EXPECT_EQ(fixed("noteâ€\xC2\xA0"), "noteâ€\xC2\xA0");
}

TEST(LossyPrepass, P2ResiduesOfDeletedMiddleBytes) {
  EXPECT_EQ(fixed("Prix : 20 â¬ â¦ ou plus"), "Prix : 20 \xE2\x82\xAC \xE2\x80\xA6 ou plus");
  EXPECT_EQ(fixed("a rise of 3â° in a year"), "a rise of 3\xE2\x80\xB0 in a year");
  EXPECT_EQ(fixed("Tickets â¹ here âº"), "Tickets \xE2\x80\xB9 here \xE2\x80\xBA");
  EXPECT_EQ(fixed("a 6â² 2â³ player"), "a 6\xE2\x80\xB2 2\xE2\x80\xB3 player");
  // "â¢": trade mark after a word, bullet elsewhere.
  EXPECT_EQ(fixed("Acmeâ¢ phones"), "Acme\xE2\x84\xA2 phones");
  EXPECT_EQ(fixed("\nâ¢ First point"), "\n\xE2\x80\xA2 First point");
  // Followed by something that may continue a UTF-8 sequence: not a residue.
  EXPECT_EQ(fixed("x â¦\xC2\xA9 y"), "x â¦\xC2\xA9 y");
}

TEST(LossyStrong, S1AndS2QuotesAroundAStatement) {
  auto result =
      run_lossy("âWe will not back down on the budget,â said Mayor Ellen Hartwell on Monday.");
  EXPECT_EQ(result.text,
            "\xE2\x80\x9CWe will not back down on the budget,\xE2\x80\x9D said Mayor Ellen "
            "Hartwell on Monday.");
  ASSERT_EQ(result.edits.size(), 2u);
  EXPECT_EQ(result.edits[0].rule, RepairRule::kLossyQuote);
  EXPECT_TRUE(result.flags.empty());
  // Opening after a colon and before a digit; closing after "?" and after ": " at the end.
  EXPECT_EQ(fixed("The sign read: â2024 is the year.â"),
            "The sign read: \xE2\x80\x9C"
            "2024 is the year.\xE2\x80\x9D");
  EXPECT_EQ(fixed("(âWhy now?â she asked)"), "(\xE2\x80\x9CWhy now?\xE2\x80\x9D she asked)");
}

TEST(LossyStrong, MisSpacedClosingBeforeACapitalInsideAnOpenQuote) {
  EXPECT_EQ(fixed("âIt is an economic war. They will help us, âPedro said."),
            "\xE2\x80\x9CIt is an economic war. They will help us, \xE2\x80\x9DPedro said.");
  // With no quote open, the same shape opens one.
  EXPECT_EQ(fixed("He paused, âWe are done.â"), "He paused, \xE2\x80\x9CWe are done.\xE2\x80\x9D");
}

TEST(LossyStrong, S3Apostrophes) {
  EXPECT_EQ(fixed("Trumpâs aides said they wonât comment; OâNeillâs office didnât either."),
            "Trump\xE2\x80\x99s aides said they won\xE2\x80\x99t comment; O\xE2\x80\x99Neill"
            "\xE2\x80\x99s office didn\xE2\x80\x99t either.");
  EXPECT_EQ(fixed("Iâm sure weâll win and theyâve lost; Iâd say itâs over."),
            "I\xE2\x80\x99m sure we\xE2\x80\x99ll win and they\xE2\x80\x99ve lost; I\xE2\x80\x99"
            "d say it\xE2\x80\x99s over.");
  EXPECT_EQ(fixed("DâAngelo met LâOreal staff."),
            "D\xE2\x80\x99"
            "Angelo met L\xE2\x80\x99Oreal staff.");
  auto result = run_lossy("Donât go.");
  ASSERT_EQ(result.edits.size(), 1u);
  EXPECT_EQ(result.edits[0].rule, RepairRule::kLossyApostrophe);
}

TEST(LossyStrong, NegatedAuxiliaryInEnglishTextTakesAnApostrophe) {
  EXPECT_EQ(fixed("He said that the city canât afford it and that he will not pay."),
            "He said that the city can\xE2\x80\x99t afford it and that he will not pay.");
}

TEST(LossyStrong, S4RangeDash) {
  auto result = run_lossy("See pages 12â14 of the 2019â2020 report.");
  EXPECT_EQ(result.text,
            "See pages 12\xE2\x80\x93"
            "14 of the 2019\xE2\x80\x93"
            "2020 report.");
  EXPECT_EQ(result.edits[0].rule, RepairRule::kLossyDash);
}

TEST(LossyWeak, W1ClosesAnOpenQuoteAfterALetter) {
  EXPECT_EQ(fixed("âThe plan is deadâ, the councillor said."),
            "\xE2\x80\x9CThe plan is dead\xE2\x80\x9D, the councillor said.");
}

TEST(LossyWeak, W1PluralPossessive) {
  EXPECT_EQ(fixed("The councillorsâ vote was close, and the mayor said it was fair."),
            "The councillors\xE2\x80\x99 vote was close, and the mayor said it was fair.");
}

TEST(LossyWeak, W2OpeningBeforeAnEnglishWordAndMisSpacedClose) {
  EXPECT_EQ(fixed("He called it âa disgraceâ and then he left the room."),
            "He called it \xE2\x80\x9C"
            "a disgrace\xE2\x80\x9D and then he left the room.");
  EXPECT_EQ(fixed("âWe resist. We cannot live under the state, âhe said."),
            "\xE2\x80\x9CWe resist. We cannot live under the state, \xE2\x80\x9Dhe said.");
}

TEST(LossyWeak, W3SpacedDash) {
  EXPECT_EQ(fixed("The 2001â2005 period â a turbulent one â ended."),
            "The 2001\xE2\x80\x93"
            "2005 period \xE2\x80\x94 a turbulent one \xE2\x80\x94 ended.");
  EXPECT_EQ(fixed("The vote â a surprise to many â passed after the mayor said it would."),
            "The vote \xE2\x80\x94 a surprise to many \xE2\x80\x94 passed after the mayor said it "
            "would.");
}

TEST(LossyWeak, W4UnspacedDashOnlyWhenEnabled) {
  const std::string text = "The vote was closeâtoo close for the mayor, and he said so.";
  EXPECT_EQ(fixed(text), text);
  LossyOptions options;
  options.unspaced_em_dash = true;
  EXPECT_EQ(fixed(text, options),
            "The vote was close\xE2\x80\x94too close for the mayor, and he said so.");
}

TEST(LossyWeak, WeakRulesNeedEvidence) {
  // No strong rewrite and no English: W1/W2 shapes are flagged, not rewritten.
  const std::string text = "Il a répondu âoui ou nonâ à la presse.";
  auto result = run_lossy(text);
  EXPECT_EQ(result.text, text);
  ASSERT_EQ(result.flags.size(), 2u);
  EXPECT_EQ(result.flags[0].kind, kFlagLossyA);
  EXPECT_EQ(text.substr(result.flags[0].text.begin, result.flags[0].text.size()), "\xC3\xA2");
  // An earlier P-rule edit is evidence enough.
  EXPECT_EQ(fixed("Il a payé 20 â¬. Le slogan était âno way outâ selon lui."),
            "Il a payé 20 \xE2\x82\xAC. Le slogan était \xE2\x80\x9Cno way out\xE2\x80\x9D selon "
            "lui.");
}

TEST(LossyStyle, SingleQuotesWhenTheDocumentUsesThem) {
  EXPECT_EQ(fixed("\xE2\x80\x98"
                  "Fine,\xE2\x80\x99 she said. âWe will see,â he replied."),
            "\xE2\x80\x98"
            "Fine,\xE2\x80\x99 she said. \xE2\x80\x98We will see,\xE2\x80\x99 he "
            "replied.");
  EXPECT_EQ(fixed("\xE2\x80\x9C"
                  "Fine,\xE2\x80\x9D she said. âWeâll see,â he replied."),
            "\xE2\x80\x9C"
            "Fine,\xE2\x80\x9D she said. \xE2\x80\x9CWe\xE2\x80\x99ll see,\xE2\x80"
            "\x9D he replied.");
}

TEST(LossyState, QuoteStateIsPerParagraph) {
  // The quote opened in the first paragraph does not make the second W2 site a closing quote.
  EXPECT_EQ(fixed("âThe plan is good.\nThe mayor said it was âa good planâ for the city."),
            "\xE2\x80\x9CThe plan is good.\nThe mayor said it was \xE2\x80\x9C"
            "a good plan\xE2"
            "\x80\x9D for the city.");
}

TEST(LossyGuard, LegitimateCircumflexIsNeverRewritten) {
  const char* sentences[] = {
      // French
      "Le château de l’âge d’or : théâtre, pâte, gâteau, grâce à Dieu. Âme.",
      "Les élèves ont vu un âne près du théâtre ; l’âme du village est âgée.",
      "Qu’il donnât son avis, c’était bien. Il mange des pâtes (âcres) âprement.",
      // Portuguese
      "A Câmara aprovou, no âmbito do Atlântico, a lâmpada e a âncora.",
      "O câmbio caiu e a âncora do navio ficou na câmara.",
      // Vietnamese
      "Nhân dân Châu Âu và tâm hồn người Lâm Đồng vẫn thân thiện.",
      "Tâm và Lân sống ở châu Âu, cân nhắc âm nhạc.",
      // Romanian
      "Cât costă pâinea în România? Vânzătorul a coborât prețul.",
      "Câinele a sărit când a văzut pâinea; mâine vine și el.",
      // Turkish
      "Hâlâ gelmedi. Kâr etmedi ve kâğıt bitti.",
      // Welsh (standalone "â": "with")
      "Cytunodd â hi.",
      "Aeth hi â nhw i'r dref gyda'r plant.",
  };
  for (const char* sentence : sentences) {
    EXPECT_EQ(fixed(sentence), sentence) << "default gate";
    EXPECT_EQ(fixed(sentence, forced()), sentence) << "weak rules forced";
  }
}

TEST(LossyGuard, DictionaryWordsAreNotFlagged) {
  for (const char* sentence : {"Le château de Neufchâteau : théâtre, pâte, gâteau.",
                               "A Câmara aprovou, no Atlântico, a âncora.",
                               "Hâlâ gelmedi. Cât costă pâinea în România?"}) {
    EXPECT_TRUE(run_lossy(sentence, forced()).flags.empty()) << sentence;
  }
}

TEST(LossyFlags, LostLettersAreFlaggedNotRewritten) {
  const std::string text = "The StraÃe project â a plan for SÃO PAULO â stalled, he said.";
  auto result = run_lossy(text);
  int letter_flags = 0;
  for (const RepairFlag& flag : result.flags) {
    if (flag.kind != kFlagLossyLetter) continue;
    ++letter_flags;
    EXPECT_EQ(result.text.substr(flag.text.begin, flag.text.size()), "\xC3\x83");
    EXPECT_LT(result.text.find("Stra"), flag.text.begin);
    EXPECT_GT(result.text.find("SÃO"), flag.text.begin);  // the capitals stay unflagged
  }
  EXPECT_EQ(letter_flags, 1);
  EXPECT_NE(result.text.find("Stra\xC3\x83"
                             "e"),
            std::string::npos);
}

TEST(LossyFlags, FlagsFollowTheRewrittenText) {
  Rewriter rw("âYes,â he said. âzzqx.");
  std::vector<RepairFlag> flags = {{Span{18, 20}, 7}};  // an earlier step's flag on "âz"
  lossy_postpass(rw, &flags);
  // Both quotes grew by one byte each, so the old flag moved by two.
  ASSERT_FALSE(flags.empty());
  const std::string& text = rw.text();
  for (const RepairFlag& flag : flags) {
    EXPECT_EQ(text.substr(flag.text.begin, 2), "\xC3\xA2") << int(flag.kind);
  }
}

TEST(LossyRobustness, InvalidBytesEdgesAndLongRuns) {
  for (std::string text :
       {std::string("\xC3\xA2"), std::string("\xC3"), std::string("\xFF\xC3\xA2\xFE"),
        std::string("â€"), std::string("â€\xEF\xBF"), std::string("x\x80\xC3\xA2\x80y"),
        std::string("â¢"), std::string(200000, 'a') + "â" + std::string(200000, 'b')}) {
    auto result = run_lossy(text, forced());
    EXPECT_LE(result.text.size(), text.size() + 8);
  }
  std::string many;
  for (int i = 0; i < 50000; ++i) many += "âWe â it,â ";
  auto result = run_lossy(many);
  EXPECT_EQ(result.text.find("\xC3\xA2"), std::string::npos);
}

TEST(LossyRobustness, RandomFragmentsNeverBreakTheEditLog) {
  // Deterministic pseudo-random mixes of the shapes the rules look at, valid or not.
  const char* fragments[] = {"\xC3\xA2",
                             "\xC3\xA2\xE2\x82\xAC",
                             "\xC2\xAC",
                             "\xC2\xA2",
                             " ",
                             "\n",
                             "We",
                             "s",
                             "t",
                             ",",
                             ".",
                             "7",
                             "\xC3\x83",
                             "\xEF\xBF\xBD",
                             "\xE2\x80\x9C",
                             "\xE2\x80\x9D",
                             "\xFF",
                             "\xC3",
                             "ll",
                             "(",
                             "\xC3\xA9",
                             "\xE2\x80\x98",
                             "don",
                             "O"};
  uint32_t state = 12345;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int pieces = 1 + round % 23;
    for (int k = 0; k < pieces; ++k) {
      state = state * 1664525u + 1013904223u;
      text += fragments[(state >> 8) % (sizeof(fragments) / sizeof(fragments[0]))];
    }
    auto result = run_lossy(text, round % 2 ? forced() : LossyOptions{});
    for (const Edit& e : result.edits) {
      ASSERT_LE(e.input.end, text.size()) << text;
      ASSERT_LE(e.text.end, result.text.size()) << text;
    }
    for (const RepairFlag& f : result.flags) ASSERT_LE(f.text.end, result.text.size()) << text;
    if (text.find("\xC3\xA2") == std::string::npos) {
      ASSERT_EQ(result.text, text);
    }
  }
}

TEST(Lexicon, KnowsLegitimateWordsAndEnglish) {
  EXPECT_TRUE(lexicon::is_a_circumflex_word("château"));
  EXPECT_TRUE(lexicon::is_a_circumflex_word("câmara"));
  EXPECT_TRUE(lexicon::is_a_circumflex_word("românia"));
  EXPECT_TRUE(lexicon::is_a_circumflex_word("kâğıt"));
  EXPECT_TRUE(lexicon::is_a_circumflex_word("tâm"));
  EXPECT_TRUE(lexicon::is_a_circumflex_word("uberlândia"));  // a GeoNames city
  EXPECT_FALSE(lexicon::is_a_circumflex_word("trumpâs"));
  EXPECT_FALSE(lexicon::is_a_circumflex_word("âhe"));
  EXPECT_TRUE(lexicon::is_english_word("he"));
  EXPECT_TRUE(lexicon::is_english_word("disgrace"));
  EXPECT_FALSE(lexicon::is_english_word("qzxv"));
  EXPECT_FALSE(lexicon::is_a_circumflex_word("\xC3\xA2"));  // a lone "â" is never a word
  EXPECT_GT(lexicon::a_circumflex_words().size(), 1000u);
}

}  // namespace
}  // namespace newsgraph

namespace newsgraph {
namespace {

// First letter upper-cased (for the "Capitalised" frame of the sweep).
std::string capitalised(std::string_view word) {
  size_t len;
  char32_t first = utf8::decode_at(word, 0, &len);
  std::string out;
  utf8::append(out, static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(first))));
  out += word.substr(len);
  return out;
}

// notes/repair.md §3.4 validation: every LEX word in several frames, weak rules forced on,
// must come out unchanged.
TEST(LossySweep, DictionaryWordsInFramesAreNeverRewritten) {
  const LossyOptions options = forced();
  size_t runs = 0, rewritten = 0;
  std::string examples;
  for (std::string_view word : lexicon::a_circumflex_words()) {
    const std::string w(word);
    const std::string frames[] = {
        w,                    // bare
        capitalised(word),    // capitalised
        "(" + w + ")",        // in parentheses
        "l\xE2\x80\x99" + w,  // after l’
        "le " + w + " de",    // between spaces
        "C'est " + w + ".",   // sentence-final
    };
    for (const std::string& text : frames) {
      ++runs;
      if (testing::run_lossy(text, options).text != text) {
        if (++rewritten <= 20) examples += " [" + text + "]";
      }
    }
  }
  std::printf("LEX sweep: %zu strings, %zu rewritten%s\n", runs, rewritten, examples.c_str());
  EXPECT_GT(runs, 6000u);
  EXPECT_EQ(rewritten, 0u) << examples;
}

}  // namespace
}  // namespace newsgraph
