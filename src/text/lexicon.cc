#include "text/lexicon.h"

#include "util/lexicon.h"

namespace newsgraph::lexicon {
namespace {

// data/lexicon/*.txt, embedded at build time (cmake/Lexicon.cmake).
constexpr char kACircumflexText[] =
#include "lexicon/a-circumflex-words.txt.inc"
    ;
constexpr char kEnglishText[] =
#include "lexicon/english-words.txt.inc"
    ;

constexpr std::string_view text_of(const char* literal, size_t size) {
  return std::string_view(literal, size - 1);
}

const util::Lexicon& english_words() {
  static const util::Lexicon words(text_of(kEnglishText, sizeof(kEnglishText)));
  return words;
}

const util::Lexicon& a_circumflex_lexicon() {
  static const util::Lexicon words(text_of(kACircumflexText, sizeof(kACircumflexText)));
  return words;
}

}  // namespace

const std::vector<std::string_view>& a_circumflex_words() {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> out;
    for (const auto& entry : a_circumflex_lexicon().entries()) out.push_back(entry.first);
    return out;
  }();
  return words;
}

bool is_a_circumflex_word(std::string_view lower_word) {
  return !lower_word.empty() && a_circumflex_lexicon().contains(lower_word);
}

bool is_english_word(std::string_view lower_word) {
  return !lower_word.empty() && english_words().contains(lower_word);
}

}  // namespace newsgraph::lexicon
