// Test helper of the stages after NER: a segmented document whose name mentions are placed by
// hand, so that a test checks resolve or relations independent of the tagger.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/resolve.h"
#include "newsgraph/segment.h"

namespace newsgraph::test_names {

struct NameSpec {
  std::string surface;  // found in the text after the previous one
  EntityType type;
  int entity = -1;  // the entity the mention is linked to; -1: left to resolve
  MentionKind kind = MentionKind::kName;
};

// `text` segmented, with a mention for each spec at the first occurrence of its surface after
// the previous one's. A surface not found fails the test and gets no mention.
inline Document with_names(const std::string& text, const std::vector<NameSpec>& specs) {
  Document doc("t", text);
  doc.text = text;
  segment_document(doc);
  size_t from = 0;
  for (const NameSpec& s : specs) {
    const size_t at = text.find(s.surface, from);
    EXPECT_NE(at, std::string::npos) << s.surface;
    if (at == std::string::npos) continue;
    from = at + s.surface.size();
    doc.mentions.push_back(
        Mention{Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + s.surface.size())},
                s.type, s.kind, s.entity});
  }
  return doc;
}

// with_names(), then the pipeline's steps from the name correction through resolve.
inline Document resolved(const std::string& text, const std::vector<NameSpec>& specs) {
  Document doc = with_names(text, specs);
  correct_name_mentions(doc);
  resolve_entities(doc);
  return doc;
}

// The roles of the entity named `name`, empty when there is none.
inline std::vector<std::string> roles_of(const Document& doc, const std::string& name) {
  for (const Entity& e : doc.entities)
    if (e.name == name) return e.roles;
  return {};
}

// Whether `v` holds `s`.
inline bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace newsgraph::test_names
