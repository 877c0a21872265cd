#include "util/group_words.h"

#include "util/lexicon.h"

namespace newsgraph::util {

namespace {
const Lexicon& group_words() {
  static const Lexicon words(
#include "lexicon/group-words.tsv.inc"
  );
  return words;
}
}  // namespace

std::string_view group_word_class(std::string_view lower) {
  return Lexicon::field(group_words().value(lower), 0);
}

bool is_people_group_word(std::string_view lower) {
  const std::string_view c = group_word_class(lower);
  return c == "nationality" || c == "people" || c == "region" || c == "religion" ||
         c == "political";
}

std::string_view group_word_country(std::string_view lower) {
  return Lexicon::field(group_words().value(lower), 1);
}

}  // namespace newsgraph::util
