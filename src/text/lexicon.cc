#include "text/lexicon.h"

#include <algorithm>

namespace newsgraph::lexicon {
namespace {

#include "text/lex_a_circumflex.inc"
#include "text/lex_english.inc"

// Splits a newline-separated, sorted list into views of the static literal.
std::vector<std::string_view> split_lines(std::string_view all) {
  std::vector<std::string_view> words;
  words.reserve(all.size() / 8);
  size_t start = 0;
  while (start < all.size()) {
    size_t end = all.find('\n', start);
    if (end == std::string_view::npos) end = all.size();
    if (end > start) words.push_back(all.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

const std::vector<std::string_view>& english_words() {
  static const std::vector<std::string_view> words =
      split_lines(std::string_view(kLexEnglish, sizeof(kLexEnglish) - 1));
  return words;
}

bool contains(const std::vector<std::string_view>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

}  // namespace

const std::vector<std::string_view>& a_circumflex_words() {
  static const std::vector<std::string_view> words =
      split_lines(std::string_view(kLexACircumflex, sizeof(kLexACircumflex) - 1));
  return words;
}

bool is_a_circumflex_word(std::string_view lower_word) {
  return !lower_word.empty() && contains(a_circumflex_words(), lower_word);
}

bool is_english_word(std::string_view lower_word) {
  return !lower_word.empty() && contains(english_words(), lower_word);
}

}  // namespace newsgraph::lexicon
