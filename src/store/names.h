// Name normalisation and blocking keys for cross-article actor linking.
//
// Fold() lower-cases, strips diacritics and punctuation ("U.S." -> "us", "Sánchez's" ->
// "sanchez"). ParseName() strips titles and honorifics ("Tajik President Emomali Rahmon" ->
// "emomali rahmon") and, for a person, splits given names, initials and surname. Keys() gives
// the blocking keys an actor is filed under: "f:<full name and suffix>", "s:<surname>", "g:<given
// name>", "a:<acronym>" (of a name of 2+ words), "x:<acronym>" (a name that is itself an acronym).
// LookupKeys() gives the keys a name's candidates are looked up by.
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::store {

std::string Fold(std::string_view text);

struct ParsedName {
  EntityType type = EntityType::kPerson;  // the entity's; GPE for a party-state tag ("R-Texas")
  std::vector<std::string> tokens;  // folded, titles stripped
  std::string full;                 // tokens joined by one space; canonical alias for GPE/ORG
  std::string plain;                // tokens joined, before the alias table
  std::string surname;              // PERSON: last token (suffixes Jr., III dropped)
  std::string first;                // PERSON with 2+ tokens: first given name
  std::string middles;              // PERSON: first letters of the middle names ("hw")
  std::string suffix;               // PERSON: "jr", "sr", "ii", ... ("" when none)
  std::string key;                  // full, then a person's suffix ("donald trump jr"): the
                                    // "f:" blocking key and the name of a judgement
  std::string acronym;              // ORG/GPE/NORP with 2+ words: initials ("un")
  std::string long_acronym;         // initials with "of", "for", "and" ("doj")
  bool is_acronym = false;          // the name itself is an all-capital acronym ("UN", "BBC")
};

ParsedName ParseName(EntityType type, std::string_view name);

// Blocking keys of a name, to file an actor under.
std::vector<std::string> Keys(const ParsedName& name);

// The keys to look up the candidate actors of a name by, sorted and unique: its full name; for
// a person with 2+ words, the surname (the person's relatives and namesakes); for a one-word
// person name, the people with it as surname or as given name ("Blair", "Hillary"); for a name
// of 2+ words, the actors known by its acronym ("x:"); for an acronym, the actors whose names it
// abbreviates ("a:"). Two long names with the same initials are not each other's candidates.
std::vector<std::string> LookupKeys(const ParsedName& name);

// Every blocking key of an entity, sorted and unique: its name's and, for an organisation or
// place, those of the forms its name mentions take ("UN" in an entity named "United Nations").
std::vector<std::string> EntityKeys(EntityType type, const std::string& name,
                                    const std::vector<std::string>& surfaces);
// The same, given the name already parsed (ParseName(type, name)).
std::vector<std::string> EntityKeys(const ParsedName& name,
                                    const std::vector<std::string>& surfaces);

// The titles in a person's role phrases, folded, sorted and unique: each phrase's title words
// ("name-prefix" words of data/lexicon/person-titles.tsv, abbreviations spelled out, honorifics
// and "former" left out) joined by a space ("Vice President" -> "vice president", "Sen." and
// "former senator" -> "senator"; "a Florida lawyer" has none).
std::vector<std::string> TitleKeys(const std::vector<std::string>& roles);

// The class of types that may be one actor: PERSON alone; ORG and NORP; GPE and LOC.
int TypeClass(EntityType type);

// True for the types that become corpus actors (not DATE, MONEY, MISC).
bool IsActorType(EntityType type);

// Parses "PERSON" etc. back to the type; false when unknown.
bool ParseEntityType(std::string_view name, EntityType* type);

}  // namespace newsgraph::store
