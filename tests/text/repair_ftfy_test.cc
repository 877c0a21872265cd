// Text repair against ftfy's own test data (read from ../shared at test time): every "pass" case,
// the negative cases, and the known failures that newsgraph fixes beyond ftfy. Quote style is
// ignored (newsgraph keeps curly quotes; ftfy's expected text has them uncurled).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "newsgraph/repair.h"
#include "util/utf8.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

struct Case {
  std::string file, label, original, fixed, fixed_encoding;
  bool expect_pass;
};

fs::path ftfy_dir() { return fs::path(NEWSGRAPH_SHARED_DIR) / "data/mojibake/ftfy-tests"; }

std::vector<Case> load(const std::string& file) {
  std::vector<Case> cases;
  std::ifstream in(ftfy_dir() / file);
  if (!in) return cases;
  nlohmann::json j = nlohmann::json::parse(in);
  for (const auto& c : j) {
    Case k;
    k.file = file;
    k.label = c.value("label", "");
    k.original = c.at("original").get<std::string>();
    k.fixed = c.at("fixed").get<std::string>();
    k.fixed_encoding = c.value("fixed-encoding", k.fixed);
    k.expect_pass = c.value("expect", "pass") == "pass";
    cases.push_back(std::move(k));
  }
  return cases;
}

// Maps curly quotes (and U+02BC) to ASCII, as ftfy's default uncurl_quotes does.
std::string uncurl(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t len;
    char32_t cp = utf8::decode_at(s, i, &len);
    if (cp == 0x02BC || (cp >= 0x2018 && cp <= 0x201B))
      out += '\'';
    else if (cp >= 0x201C && cp <= 0x201F)
      out += '"';
    else
      out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

// UTF-8 bytes of s read as Latin-1 (the upstream harness's extra round of mojibake).
std::string utf8_as_latin1(std::string_view s) {
  std::string out;
  for (unsigned char c : s) utf8::append(out, c);
  return out;
}

// Checks that the edits of a repaired document are consistent with input and text.
void expect_edits_consistent(const Document& doc) {
  std::string rebuilt;
  uint32_t in_pos = 0, text_pos = 0;
  for (const Edit& e : doc.edits) {
    ASSERT_LE(e.input.begin, e.input.end);
    ASSERT_LE(e.input.end, doc.input.size());
    ASSERT_LE(e.text.end, doc.text.size());
    ASSERT_GE(e.input.begin, in_pos) << "edits overlap or are unsorted";
    ASSERT_GE(e.text.begin, text_pos);
    ASSERT_EQ(e.input.begin - in_pos, e.text.begin - text_pos) << "unchanged stretch differs";
    rebuilt.append(doc.input, in_pos, e.input.begin - in_pos);
    rebuilt.append(doc.text, e.text.begin, e.text.size());
    in_pos = e.input.end;
    text_pos = e.text.end;
  }
  rebuilt.append(doc.input, in_pos, std::string::npos);
  EXPECT_EQ(rebuilt, doc.text);
  EXPECT_TRUE(utf8::is_valid(doc.text));
}

RepairOptions core_options() {
  RepairOptions opt;
  opt.lossy_rules = false;
  opt.find_boilerplate = false;
  return opt;
}

class FtfyCases : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(ftfy_dir())) GTEST_SKIP() << "ftfy test data not found at " << ftfy_dir();
  }
};

TEST_F(FtfyCases, PassCasesFixTextIgnoringQuoteStyle) {
  int total = 0, passed = 0;
  for (const char* file : {"in-the-wild.json", "synthetic.json", "language-names.json"}) {
    for (const Case& c : load(file)) {
      if (!c.expect_pass) continue;
      ++total;
      std::string got = fix_text(c.original, core_options());
      EXPECT_EQ(uncurl(got), uncurl(c.fixed)) << c.file << ": " << c.label;
      if (uncurl(got) == uncurl(c.fixed)) ++passed;
    }
  }
  EXPECT_EQ(total, 120);
  std::printf("ftfy pass cases: %d/%d\n", passed, total);
}

TEST_F(FtfyCases, PassCasesFixEncodingIgnoringQuoteStyle) {
  for (const char* file : {"in-the-wild.json", "synthetic.json", "language-names.json"}) {
    for (const Case& c : load(file)) {
      if (!c.expect_pass) continue;
      EXPECT_EQ(uncurl(fix_encoding(c.original, core_options())), uncurl(c.fixed_encoding))
          << c.file << ": " << c.label;
    }
  }
}

TEST_F(FtfyCases, PassCasesSurviveAnExtraLatin1Round) {
  for (const char* file : {"in-the-wild.json", "synthetic.json", "language-names.json"}) {
    for (const Case& c : load(file)) {
      if (!c.expect_pass) continue;
      std::string got = fix_text(utf8_as_latin1(c.original), core_options());
      EXPECT_EQ(uncurl(got), uncurl(c.fixed)) << c.file << ": " << c.label;
    }
  }
}

TEST_F(FtfyCases, NegativeCasesAreLeftAlone) {
  int total = 0, passed = 0, unchanged = 0;
  for (const Case& c : load("negative.json")) {
    ++total;
    std::string got = fix_text(c.original, core_options());
    EXPECT_EQ(uncurl(got), uncurl(c.fixed)) << c.label;
    if (uncurl(got) == uncurl(c.fixed)) ++passed;
    if (uncurl(c.original) == uncurl(c.fixed)) ++unchanged;
  }
  EXPECT_EQ(total, 31);
  EXPECT_EQ(unchanged, 30);  // the one exception has only a C1 control fixed
  std::printf("ftfy negative cases: %d/%d\n", passed, total);
}

// What `newsgraph repair` does (lossy rules and every extra on) must still give ftfy's answer
// on every case ftfy gets right, and leave every negative case alone.
TEST_F(FtfyCases, FullPipelinePassesPassAndNegativeCases) {
  int total = 0, passed = 0;
  for (const char* file :
       {"in-the-wild.json", "synthetic.json", "language-names.json", "negative.json"}) {
    for (const Case& c : load(file)) {
      if (!c.expect_pass) continue;
      ++total;
      Document doc("case", c.original);
      repair_document(doc);
      EXPECT_EQ(uncurl(doc.text), uncurl(c.fixed)) << c.file << ": " << c.label;
      if (uncurl(doc.text) == uncurl(c.fixed)) ++passed;
    }
  }
  EXPECT_EQ(total, 151);
  std::printf("full pipeline, ftfy pass + negative cases: %d/%d\n", passed, total);
}

TEST_F(FtfyCases, SomeKnownFtfyFailuresAreFixed) {
  int fixed = 0;
  for (const Case& c : load("known-failures.json")) {
    std::string got = fix_text(c.original, core_options());
    if (uncurl(got) == uncurl(c.fixed) && c.original != c.fixed) {
      ++fixed;
      std::printf("fixed known failure: %s\n", c.label.c_str());
    }
  }
  EXPECT_GE(fixed, 3);
}

TEST_F(FtfyCases, EditsOfEveryCaseAreConsistent) {
  for (const char* file : {"in-the-wild.json", "synthetic.json", "language-names.json",
                           "negative.json", "known-failures.json"}) {
    for (const Case& c : load(file)) {
      for (const std::string& input : {c.original, utf8_as_latin1(c.original)}) {
        SCOPED_TRACE(c.file + ": " + c.label + ": " + input);
        Document doc("case", input);
        repair_document(doc);
        expect_edits_consistent(doc);
        Document core("case", input);
        repair_document(core, core_options());
        expect_edits_consistent(core);
        EXPECT_EQ(core.text, fix_text(input, core_options()));
      }
    }
  }
}

TEST(Repair, CleanTextIsByteIdenticalAndUnedited) {
  for (std::string s :
       {std::string(""), std::string("Plain ASCII text.\nSecond line\n"),
        std::string("“Curly quotes” — and an em dash, café, naïve, Größe, Привет, 東京。\n"),
        std::string("Le château de l’âge d’or : théâtre, pâte.")}) {
    Document doc("clean", s);
    repair_document(doc);
    EXPECT_EQ(doc.text, s);
    EXPECT_TRUE(doc.edits.empty());
  }
}

TEST(Repair, InvalidBytesBecomeCp1252OrReplacementCharacter) {
  Document doc("latin1", std::string("Price: \xA3"
                                     "5, caf\xE9, bad \x81 byte"));
  repair_document(doc, core_options());
  EXPECT_EQ(doc.text, "Price: £5, café, bad \xEF\xBF\xBD byte");
  ASSERT_EQ(doc.edits.size(), 3u);
  EXPECT_EQ(doc.edits[0].rule, RepairRule::kInvalidUtf8);
  EXPECT_EQ(doc.edits[0].input.begin, 7u);
  EXPECT_EQ(doc.edits[0].input.end, 8u);
  expect_edits_consistent(doc);
}

TEST(Repair, EachStepNamesItsRule) {
  Document doc("rules", "caf\xC3\x83\xC2\xA9 &amp; co\r\nx\xEF\xAC\x81y\n");  // cafÃ©, ﬁ
  repair_document(doc, core_options());
  EXPECT_EQ(doc.text, "café & co\nxfiy\n");
  std::vector<RepairRule> rules;
  for (const Edit& e : doc.edits) rules.push_back(e.rule);
  EXPECT_NE(std::find(rules.begin(), rules.end(), RepairRule::kMojibake), rules.end());
  EXPECT_NE(std::find(rules.begin(), rules.end(), RepairRule::kHtmlEntity), rules.end());
  EXPECT_NE(std::find(rules.begin(), rules.end(), RepairRule::kLineBreak), rules.end());
  EXPECT_NE(std::find(rules.begin(), rules.end(), RepairRule::kLigature), rules.end());
  expect_edits_consistent(doc);
}

TEST(Repair, HtmlIsLeftAloneFromTheFirstLineWithMarkup) {
  EXPECT_EQ(fix_text("a &amp; b\n<p>AT&amp;T</p>\nc &amp; d", core_options()),
            "a & b\n<p>AT&amp;T</p>\nc &amp; d");
}

TEST(Repair, HugeAndHostileInputsFinish) {
  std::string big(3 << 20, 'a');
  for (size_t i = 0; i < big.size(); i += 97) big[i] = '\xC3';  // invalid bytes everywhere
  Document doc("big", big);
  repair_document(doc);
  EXPECT_TRUE(utf8::is_valid(doc.text));
  expect_edits_consistent(doc);
  std::string moji;
  for (int i = 0; i < 20000; ++i) moji += "Ã©Ã¨â€œ ";
  Document d2("moji", moji);
  repair_document(d2, core_options());
  EXPECT_EQ(d2.text.substr(0, 10), "éè“ é");
}

}  // namespace
}  // namespace newsgraph
