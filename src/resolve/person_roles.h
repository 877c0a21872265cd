// The roles the text gives people (resolve owns Entity::roles): titles before a name, titles
// set off before it by a comma, appositions, predicates after "is" / "was", "led by" phrases,
// a spouse named after "his wife" and verb phrases such as "head the resistance council".
#pragma once

#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::resolve {

// The role phrases of people in `doc`, in the order found: sentence by sentence (boilerplate
// skipped), in each the phrases anchored at each mention in text order (predicate, premodifier,
// title before a comma, appositions; "led by" at an organisation's name), then kin, then verb
// phrases. Only phrases of a resolved entity. Pure; reads the tokens, sentences, mentions and
// entities (after linking).
std::vector<RolePhrase> find_person_role_phrases(const Document& doc);

// Stores find_person_role_phrases() in doc.role_phrases and appends each phrase's text to its
// entity's roles, unless that entity already has it (ignoring ASCII case).
void add_person_roles(Document& doc);

}  // namespace newsgraph::resolve
