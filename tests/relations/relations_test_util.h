// Helpers of the relation tests: a segmented document with hand-given mentions and entities,
// so that the tests check the relation patterns alone, independent of the tagger.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/relations.h"
#include "newsgraph/segment.h"
#include "resolve/person_roles.h"
#include "test_names.h"

namespace newsgraph::test_relations {

using MentionSpec = test_names::NameSpec;

// A document whose mentions are the given (surface, type, entity) specs, found in order in the
// text; entity names are the first surface given for each entity id.
inline Document make_doc(const std::string& text, const std::vector<MentionSpec>& specs) {
  Document doc = test_names::with_names(text, specs);
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    if (static_cast<size_t>(m.entity) >= doc.entities.size())
      doc.entities.resize(static_cast<size_t>(m.entity) + 1);
    Entity& e = doc.entities[static_cast<size_t>(m.entity)];
    if (e.name.empty() && m.kind == MentionKind::kName) {
      e.name = std::string(doc.slice(m.span));
      e.type = m.type;
    }
    e.mentions.push_back(static_cast<uint32_t>(i));
  }
  return doc;
}

// The pipeline's last two steps on a hand-made document: resolve's person roles (the phrases
// relations reads), then the relations.
inline void roles_and_relations(Document& doc) {
  resolve::add_person_roles(doc);
  extract_relations(doc);
}

inline bool has_relation(const Document& doc, const std::string& subject, const std::string& type,
                         const std::string& object) {
  return std::any_of(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) {
    return doc.entities[static_cast<size_t>(r.subject)].name == subject && r.type == type &&
           doc.entities[static_cast<size_t>(r.object)].name == object;
  });
}

inline bool has_role(const Document& doc, int entity, const std::string& role) {
  const auto& roles = doc.entities[static_cast<size_t>(entity)].roles;
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

}  // namespace newsgraph::test_relations
