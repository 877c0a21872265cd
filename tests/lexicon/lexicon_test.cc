// Every word list under data/lexicon/ is well formed: entries sorted bytewise (the library
// searches them by binary search), no duplicates, no disabled or padded entries ("nancy_",
// " said"), and a "word<TAB>value" file has a value on every line.
#include "util/lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

const fs::path kLexicon = fs::path(NEWSGRAPH_SOURCE_DIR) / "data/lexicon";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::path> lexicon_files() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(kLexicon))
    if (e.path().extension() == ".txt" || e.path().extension() == ".tsv") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Lexicon, EveryListIsSortedWithoutDuplicatesOrDisabledEntries) {
  std::vector<fs::path> files = lexicon_files();
  ASSERT_GE(files.size(), 2u);
  for (const fs::path& f : files) {
    SCOPED_TRACE(f.filename().string());
    const std::string text = slurp(f);
    util::Lexicon lex(text);
    ASSERT_FALSE(lex.entries().empty());
    const bool tsv = f.extension() == ".tsv";
    for (size_t i = 0; i < lex.entries().size(); ++i) {
      const auto& [word, value] = lex.entries()[i];
      ASSERT_FALSE(word.empty());
      EXPECT_EQ(word.find('_'), std::string_view::npos) << "disabled entry: " << word;
      EXPECT_NE(word.front(), ' ') << word;
      EXPECT_NE(word.back(), ' ') << word;
      if (tsv) {
        EXPECT_FALSE(value.empty()) << "no value: " << word;
      }
      if (i > 0) {
        const std::string_view prev = lex.entries()[i - 1].first;
        EXPECT_LT(prev, word) << (prev == word ? "duplicate: " : "out of order: ") << word;
      }
    }
  }
}

TEST(Lexicon, LookupFindsEveryEntryAndNothingElse) {
  const std::string text = "# comment\nalpha\tx\nbeta\ngamma\ty\n";
  util::Lexicon lex(text);
  EXPECT_TRUE(lex.contains("alpha"));
  EXPECT_TRUE(lex.contains("beta"));
  EXPECT_EQ(lex.value("gamma"), "y");
  EXPECT_EQ(lex.value("beta"), "");
  EXPECT_FALSE(lex.contains("# comment"));
  EXPECT_FALSE(lex.contains("alph"));
  EXPECT_FALSE(lex.contains("delta"));
}

// The first-name table is the npm package's, not a hand-picked list: it is large and gives
// the package's answer for names the old hand lists had wrong or twice ("angela").
TEST(Lexicon, FirstNamesComeFromTheGenderTable) {
  util::Lexicon names(slurp(kLexicon / "first-names.tsv"));
  EXPECT_GT(names.entries().size(), 50000u);
  EXPECT_EQ(names.value("angela"), "f");
  EXPECT_EQ(names.value("hillary"), "f");
  EXPECT_EQ(names.value("donald"), "m");
  EXPECT_EQ(names.value("boris"), "m");
}

}  // namespace
}  // namespace newsgraph
