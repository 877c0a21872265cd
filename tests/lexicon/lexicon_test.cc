// Every word list under data/lexicon/ is well formed: entries sorted bytewise (the library
// searches them by binary search), no duplicates, no disabled or padded entries ("nancy_",
// " said"), and a "word<TAB>value" file has a value on every line.
#include "util/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "util/group_words.h"

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

// A file with a class column gives one list per class; every word of person-titles.tsv has
// one of its three classes, and the lists differ as their meanings do.
TEST(Lexicon, ClassColumnGivesOneListPerMeaning) {
  const std::string text = "ab\tx,y\tAb\nb\ty\nc\txy\n";
  util::Lexicon lex(text);
  EXPECT_EQ(lex.with_class("y").entries().size(), 2u);
  EXPECT_TRUE(lex.with_class("x").contains("ab"));
  EXPECT_FALSE(lex.with_class("x").contains("c"));  // "xy" is another class
  EXPECT_EQ(util::Lexicon::field(lex.value("ab"), 1), "Ab");
  EXPECT_EQ(util::Lexicon::field(lex.value("b"), 1), "");

  const std::string titles = slurp(kLexicon / "person-titles.tsv");
  util::Lexicon people(titles);
  size_t classed = 0;
  for (const char* cls : {"name-title", "description", "role", "name-prefix"})
    classed += people.with_class(cls).entries().size();
  EXPECT_GE(classed, people.entries().size());
  for (const auto& [word, value] : people.entries())
    EXPECT_TRUE(people.with_class("name-title").contains(word) ||
                people.with_class("description").contains(word) ||
                people.with_class("role").contains(word) ||
                people.with_class("name-prefix").contains(word))
        << word << "\t" << value;
  // The store's name prefixes are one class of the same table, not a list of its own.
  EXPECT_TRUE(people.with_class("name-prefix").contains("president"));
  EXPECT_TRUE(people.with_class("name-prefix").contains("saint"));
  EXPECT_FALSE(people.with_class("name-title").contains("saint"));
  EXPECT_TRUE(people.with_class("name-title").contains("sen"));
  EXPECT_FALSE(people.with_class("name-title").contains("sen."));
  EXPECT_TRUE(people.with_class("role").contains("sen."));
}

// One table of group words serves NER (NORP and ORG words) and relations (countries): every
// entry has a known class, and a country where it names one.
TEST(Lexicon, GroupWordsHaveOneClassEach) {
  const std::string text = slurp(kLexicon / "group-words.tsv");
  util::Lexicon groups(text);
  const std::vector<std::string_view> classes = {"nationality",  "people",    "region",
                                                 "religion",     "political", "organisation",
                                                 "abbreviation", "adjective"};
  for (const auto& [word, value] : groups.entries()) {
    const std::string_view cls = util::Lexicon::field(value, 0);
    EXPECT_NE(std::find(classes.begin(), classes.end(), cls), classes.end()) << word;
    EXPECT_EQ(util::group_word_class(word), cls) << word;
    if (cls == "abbreviation" || cls == "adjective") {
      EXPECT_FALSE(util::group_word_country(word).empty()) << word;
    }
  }
  EXPECT_TRUE(util::is_people_group_word("tajik"));
  EXPECT_EQ(util::group_word_country("tajik"), "Tajikistan");
  EXPECT_TRUE(util::is_people_group_word("sunni"));
  EXPECT_FALSE(util::is_people_group_word("u.s."));  // a country, not a group of people
  EXPECT_EQ(util::group_word_country("u.s."), "United States");
  EXPECT_FALSE(util::is_people_group_word("taliban"));
  EXPECT_EQ(util::group_word_class("taliban"), "organisation");
  EXPECT_EQ(util::group_word_class("tajikistan"), "");
}

// The first-name table is the npm package's, not a hand-picked list: it is large and gives
// the package's answer for names the old hand lists had wrong or twice ("angela").
TEST(Lexicon, FirstNamesComeFromTheGenderTable) {
  const std::string text = slurp(kLexicon / "first-names.tsv");  // Lexicon keeps views into it
  util::Lexicon names(text);
  EXPECT_GT(names.entries().size(), 50000u);
  EXPECT_EQ(names.value("angela"), "f");
  EXPECT_EQ(names.value("hillary"), "f");
  EXPECT_EQ(names.value("donald"), "m");
  EXPECT_EQ(names.value("boris"), "m");
}

}  // namespace
}  // namespace newsgraph
