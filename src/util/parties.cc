#include "util/parties.h"

namespace newsgraph::util {

const Lexicon& party_names() {
  static const Lexicon words(
#include "lexicon/parties.txt.inc"
  );
  return words;
}

bool is_party_word(std::string_view low) {
  if (party_names().contains(low)) return true;
  if (low.size() > 5 && low.substr(low.size() - 3) == "ies")
    return party_names().contains(std::string(low.substr(0, low.size() - 3)) + "y");  // tories
  return low.size() > 3 && low.back() == 's' &&
         party_names().contains(low.substr(0, low.size() - 1));
}

std::string party_key(std::string_view low) {
  std::string key(low);
  if (key.size() > 5 && key.compare(key.size() - 3, 3, "ies") == 0)
    key = key.substr(0, key.size() - 3) + "y";
  else if (key.size() > 3 && key.back() == 's' && !party_names().contains(key))
    key.pop_back();
  if (key == "democratic") return "democrat";
  if (key == "gop") return "republican";
  if (key == "tory") return "conservative";
  return key;
}

}  // namespace newsgraph::util
