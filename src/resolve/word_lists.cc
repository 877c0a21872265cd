// Closed word lists of the resolve stage: titles, role nouns, first names by gender, other
// names of states and groups, party names, and the words that mark a name as a law, a deity
// or a facility. Lower-case ASCII. See resolver.h.
#include "resolve/resolver.h"
#include "util/lexicon.h"
#include "util/role_words.h"

namespace newsgraph::resolve {

// Titles that may stand before a name, lower-cased, without a final period.
const util::Lexicon& title_words() { return util::name_titles(); }

// Role nouns a definite description may use for a person: "the president", "the senator".
const util::Lexicon& role_nouns() { return util::person_nouns(); }

Gender first_name_gender(std::string_view first_name) {
  // data/lexicon/first-names.tsv: derived from the gender-detection-from-name package (NOTICE).
  static const util::Lexicon names(
#include "lexicon/first-names.tsv.inc"
  );
  const std::string_view g = names.value(first_name);
  return g == "m" ? Gender::kMale : g == "f" ? Gender::kFemale : Gender::kUnknown;
}

std::string_view formal_first_name(std::string_view first_name) {
  // data/lexicon/nicknames.tsv: "ken" -> "kenneth", "bill" -> "william".
  static const util::Lexicon names(
#include "lexicon/nicknames.tsv.inc"
  );
  const std::string_view formal = names.value(first_name);
  return formal.empty() ? first_name : formal;
}

// Group names whose singular, plural and adjective forms differ by more than a final "s".
const util::Lexicon& demonym_forms() {
  static const util::Lexicon words(
#include "lexicon/demonyms.tsv.inc"
  );
  return words;
}

// Words that only say what kind of thing a name is: "Guantanamo Bay" / "Guantanamo",
// "Amnesty International" / "Amnesty", "Panjsher province" / "Panjsher".
const util::Lexicon& generic_name_words() {
  static const util::Lexicon words(
#include "lexicon/generic-name-words.txt.inc"
  );
  return words;
}

// Last words of names of laws, treaties and agreements, which are not entities.
const util::Lexicon& law_words() {
  static const util::Lexicon words(
#include "lexicon/law-words.txt.inc"
  );
  return words;
}

// Seats of government named for the government inside them ("the Kremlin denied").
const util::Lexicon& government_seats() {
  static const util::Lexicon words(
#include "lexicon/government-seats.txt.inc"
  );
  return words;
}

// Names of deities, which are not entities when they stand alone.
const util::Lexicon& deity_names() {
  static const util::Lexicon words(
#include "lexicon/deities.txt.inc"
  );
  return words;
}

// Prefixes of compound group adjectives that name a relation, not a group ("Anglo-American").
const util::Lexicon& compound_prefixes() {
  static const util::Lexicon words(
#include "lexicon/compound-prefixes.txt.inc"
  );
  return words;
}

// Nouns after a place name that make it a facility ("Belmarsh prison"), typed LOC.
const util::Lexicon& facility_nouns() {
  static const util::Lexicon words(
#include "lexicon/facility-nouns.txt.inc"
  );
  return words;
}

// Nouns that name a kind of organisation ("firm", "newspaper", "giant").
const util::Lexicon& organisation_nouns() {
  static const util::Lexicon words(
#include "lexicon/organisation-nouns.txt.inc"
  );
  return words;
}

Kin kin_word(std::string_view low) {
  if (low == "father" || low == "mother" || low == "dad" || low == "mum" || low == "mom" ||
      low == "parents" || low == "parent")
    return Kin::kParent;
  if (low == "son" || low == "daughter" || low == "sons" || low == "daughters" || low == "child" ||
      low == "children" || low == "heir")
    return Kin::kChild;
  return Kin::kNone;
}

}  // namespace newsgraph::resolve
