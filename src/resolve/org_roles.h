// The roles of organisation entities: the article's own words for what kind of organisation a
// name is. A step of the resolve layer, after grouping (resolve owns Entity::roles).
#pragma once

#include "newsgraph/document.h"

namespace newsgraph::resolve {

// Adds to Entity::roles of each ORG entity the descriptions the article gives it, when they end
// in an organisation noun (data/lexicon/organisation-nouns.txt):
//   premodifier  "state-owned oil firm Rosneft", "Israeli newspaper Haaretz";
//   postmodifier "the Islamic State extremist group";
//   apposition   "Yukos, one of Russia's biggest companies,";
//   predicate    "Xstrata is a global mining giant with operations in ...".
// A leading article is dropped. Reads doc.tokens, the name mentions and their entities.
void find_organisation_roles(Document& doc);

}  // namespace newsgraph::resolve
