// Roles and relations: the network an article states. Reads the resolved entities and their
// mentions (resolve stage) over the tokens and sentences (segment stage), and writes
// Entity::roles (appositions, premodifying titles, relative and copular clauses) and
// Document::relations (typed, directed, each with the sentence that states it).
// The relation inventory is documented in docs/relations.md.
#pragma once

#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph {

struct RelationType {
  std::string_view name;         // snake_case, e.g. "leader_of"
  std::string_view description;  // "subject leads object (party, country, group)"
};

// Every relation type extract_relations can produce, in documentation order.
const std::vector<RelationType>& relation_inventory();

// Fills Entity::roles and Document::relations. Needs tokens, sentences, mentions and entities.
void extract_relations(Document& doc);

}  // namespace newsgraph
