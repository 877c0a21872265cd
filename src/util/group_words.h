// data/lexicon/group-words.tsv: words for groups of people and for armed groups, each with its
// class and, for nationalities, the country: one list read by NER (NORP and ORG words) and by
// relations (the country a nationality word names). Lookups take lower-case ASCII words and
// allocate nothing; the table is an immutable function-local static, safe from any thread.
#pragma once

#include <string_view>

namespace newsgraph::util {

// The class of a group word ("nationality", "people", "region", "religion", "political",
// "organisation", "abbreviation", "adjective"), or "" when it is not listed.
std::string_view group_word_class(std::string_view lower);

// True for a word naming a group of people (NER's NORP words): a nationality, a people, a
// region, a religion or a political group. Abbreviations ("u.s.") and country adjectives
// ("philippine") are not.
bool is_people_group_word(std::string_view lower);

// The country a nationality word, country abbreviation or adjective names ("tajik" ->
// "Tajikistan", "u.s." -> "United States"), or "".
std::string_view group_word_country(std::string_view lower);

}  // namespace newsgraph::util
