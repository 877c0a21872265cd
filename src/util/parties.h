// Political parties and their members' names ("Democrats", "Tory", "GOP"), from
// data/lexicon/parties.txt: the one place that tells whether a word names a party, shared by the
// resolve and relations stages. Words are given lower-case (callers fold case and strip what
// they must first). Immutable data: safe to call from any thread.
#pragma once

#include <string>
#include <string_view>

#include "util/lexicon.h"

namespace newsgraph::util {

// The party words, singular and lower-case: "democrat", "republican", "tory", "gop", ...
const Lexicon& party_names();

// True when `low` or its plural-stripped form ("democrats", "tories" -> "tory") is a party word.
bool is_party_word(std::string_view low);

// The key that all forms of one party share: "democrats", "democratic" -> "democrat";
// "gop" -> "republican"; "tories" -> "conservative". `low` need not be a party word.
std::string party_key(std::string_view low);

}  // namespace newsgraph::util
