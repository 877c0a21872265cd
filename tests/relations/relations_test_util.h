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

namespace newsgraph::test_relations {

// Builds a document whose mentions are the given (surface, type, entity) triples, found in
// order in the text; entity names are the first surface given for each entity id.
struct MentionSpec {
  std::string surface;
  EntityType type;
  int entity;
  MentionKind kind = MentionKind::kName;
};

inline Document make_doc(const std::string& text, const std::vector<MentionSpec>& specs) {
  Document doc("t", text);
  doc.text = text;
  segment_document(doc);
  size_t from = 0;
  for (const MentionSpec& s : specs) {
    size_t at = text.find(s.surface, from);
    EXPECT_NE(at, std::string::npos) << s.surface;
    from = at + s.surface.size();
    Mention m;
    m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + s.surface.size())};
    m.type = s.type;
    m.kind = s.kind;
    m.entity = s.entity;
    if (static_cast<size_t>(s.entity) >= doc.entities.size())
      doc.entities.resize(static_cast<size_t>(s.entity) + 1);
    Entity& e = doc.entities[static_cast<size_t>(s.entity)];
    if (e.name.empty() && s.kind == MentionKind::kName) {
      e.name = s.surface;
      e.type = s.type;
    }
    e.mentions.push_back(static_cast<uint32_t>(doc.mentions.size()));
    doc.mentions.push_back(m);
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
