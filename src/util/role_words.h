// Word lists for roles and relations: titles, relation nouns, reporting and relation verbs,
// nationality words and capitals, read by resolve's role finders and by relations. Written for
// this project; lookups are case-insensitive on ASCII and allocate nothing. Immutable
// function-local statics: safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace newsgraph::util {
class Lexicon;
// data/lexicon/person-titles.tsv: words for what a person is, each with its classes
// ("name-title", "description", "role"); Lexicon::with_class() gives one list.
const Lexicon& person_titles();
// Two of its classes as lists, shared by resolve and quotes: the titles that may stand before a
// name ("president", "mr", "sen") and the nouns a definite description may use for a person
// ("spokesman", "official").
const Lexicon& name_titles();
const Lexicon& person_nouns();
// data/lexicon/place-aliases.tsv: other names of the same state or party, keyed by the
// lower-cased name without periods ("us" -> "united states"), shared by resolve and relations.
const Lexicon& place_aliases();
}  // namespace newsgraph::util

namespace newsgraph::lexicon {

using WordSet = std::unordered_set<std::string_view>;  // lower-case entries

bool iequals(std::string_view a, std::string_view b);
// True when the lower-cased word is in the set (words longer than 48 bytes never are).
bool lower_in(std::string_view word, const WordSet& set);
// True for a possessive ending token: 's, ’s, ' or ’.
inline bool is_possessive(std::string_view w) {
  return w == "'s" || w == "’s" || w == "'" || w == "’";
}
// True when a role is a relative clause ("who paid penalties", "which owns X", "in which Y has a
// stake"; resolve/roles.h find_relative_clause_roles): what its holder did or has, not a title.
inline bool is_relative_clause_role(std::string_view role) {
  const std::string_view first = role.substr(0, role.find(' '));
  if (iequals(first, "in") || iequals(first, "of") || iequals(first, "through") ||
      iequals(first, "to"))
    return iequals(role.substr(first.size(), 7), " which ");
  return iequals(first, "who") || iequals(first, "whose") || iequals(first, "which");
}
// The word without a possessive "'s" or "’s" at its end ("NBC's" -> "NBC"); the word itself
// when it has none.
inline std::string_view strip_possessive(std::string_view s) {
  if (s.size() > 2 && s.substr(s.size() - 2) == "'s") return s.substr(0, s.size() - 2);
  if (s.size() > 4 && s.substr(s.size() - 4) == "\xE2\x80\x99s") return s.substr(0, s.size() - 4);
  return s;
}

const WordSet& stop_words();           // determiners, prepositions, auxiliaries, conjunctions
const WordSet& honorifics();           // Mr, Mrs, Ms, Dr, Sir — not roles
const WordSet& title_words();          // class "role" of person_titles(): president, expert, ...
const WordSet& role_modifiers();       // former, late, acting, interim, self-proclaimed, ...
const WordSet& role_starts();          // words that may open an apposition role
const WordSet& role_strip_words();     // a, the, now, considered, who, ... (dropped in front)
const WordSet& relative_pronouns();    // who, whose
const WordSet& relation_nouns();       // son, wife, deputy, member, capital, ...
const WordSet& spokesperson_words();   // spokesman, spokeswoman, spokesperson
const WordSet& party_staff_words();    // official, aide, adviser, strategist: work for a party
const WordSet& cue_words();            // said, says, told, according, ...
const WordSet& role_prepositions();    // of, at, for, to, with
const WordSet& place_nouns();          // capital, city, province, region, ...
const WordSet& passive_markers();      // by, on, over (after a verb: no direct object)
const WordSet& be_forms();             // is, was, were, been, ... (before a verb: passive)
const WordSet& phrase_prepositions();  // of, for, in, at, ... (open a phrase after the object)
const WordSet& relative_words();       // which, who, that, where, ...
const WordSet& state_leader_titles();  // president, premier, minister (prime), king, governor, ...
const WordSet& party_leader_titles();  // leader, chairman, head, chief, founder, ...
const WordSet& clause_openers();       // after, when, while, because, but, that, ...
const WordSet& unit_nouns();           // subsidiary, unit, division, arm, affiliate, branch
const WordSet& leave_verbs();          // resign, quit, step (down), drop (out), ...
const WordSet& legal_action_nouns();   // charges, lawsuit, suit, complaint, case, action
const WordSet& led_words();            // led, headed, founded, chaired, run
const WordSet& location_verbs();       // protected, sheltered, based, living, ...
const WordSet& determiners();          // the, a, an, his, her, its, their, our, this, ...
const WordSet& role_verbs();           // heads, leads, chairs, runs, founded, is, serves, ...
const WordSet& leader_verbs();         // heads, leads, chairs, runs, founded (leader_of)

// The relation a role noun states toward the object of its preposition ("leader" ->
// "leader_of", "son" -> "child_of", "father" -> "parent_of"), or "".
std::string_view relation_for_noun(std::string_view word);
// The family relation of a kin noun ("wife" -> "spouse_of", "son" -> "child_of",
// "father" -> "parent_of", "cousin" -> "relative_of"), or "".
std::string_view kin_for_noun(std::string_view word);
// The relation a verb states from its subject to its object ("backed" -> "supports"), or ""
// (data/lexicon/relation-verbs.tsv).
std::string_view relation_for_verb(std::string_view word);
// The country a nationality word or country abbreviation names ("Tajik" -> "Tajikistan",
// "US" -> "United States"; data/lexicon/group-words.tsv), or "".
std::string_view country_for_demonym(std::string_view word);
// The country whose capital is `city` ("Dushanbe" -> "Tajikistan"), or "".
std::string_view country_of_capital(std::string_view city);

// True when `head` (with the word `before` it, for two-word titles such as "chief executive")
// is a title whose holder leads what it names (data/lexicon/leader-titles.txt).
bool is_leader_title(std::string_view head, std::string_view before);
// A word that makes the title after it second to the leader: "vice", "deputy", "assistant",
// "associate" (any case); no leader title follows it.
bool is_second_title_word(std::string_view word);
// The institution whose member a title names ("senator" -> "senate", "mp" -> "parliament"),
// lower-case, or "" (data/lexicon/title-institutions.tsv).
std::string_view institution_for_title(std::string_view title);
// True when the word names a political party or its members ("Democrats", "Tory", "GOP";
// data/lexicon/parties.txt).
bool is_party_word(std::string_view word);
// The key that all forms of one party share: "Democrats", "Democratic" -> "democrat";
// "GOP" -> "republican"; "Tories" -> "conservative".
std::string party_key(std::string_view word);

}  // namespace newsgraph::lexicon
