// Roles found by the resolve layer, after grouping and linking (resolve owns Entity::roles;
// the roles of people in appositions and premodifiers are still found by relations, which
// extends the layer).
#pragma once

#include "newsgraph/document.h"

namespace newsgraph::resolve {

// Adds to Entity::roles of each ORG entity the descriptions the article gives it, when they end
// in an organisation noun (data/lexicon/organisation-nouns.txt):
//   premodifier  "state-owned oil firm Rosneft", "Israeli newspaper Haaretz";
//   postmodifier "the Islamic State extremist group";
//   apposition   "Yukos, one of Russia's biggest companies,", to its closing comma when it
//                goes on ("Gazprom, the company originally tipped to buy Yuganskneftegas,");
//   predicate    "Xstrata is a global mining giant with operations in ...";
//   relative     "Tiga, which represents independent developers," (a verb of what a firm
//                does: represents, makes, develops, owns, runs, publishes, ...).
// A leading article is dropped. Reads doc.tokens, the name mentions and their entities.
void find_organisation_roles(Document& doc);

// Adds to Entity::roles of each PERSON entity the text of the descriptions linked to it ("the
// prime minister" -> "prime minister"), without a leading article, once each; and of each ORG
// entity those of more than one word ("the conservative-leaning newspaper" ->
// "conservative-leaning newspaper", not "the company" -> "company").
void find_description_roles(Document& doc);

}  // namespace newsgraph::resolve
