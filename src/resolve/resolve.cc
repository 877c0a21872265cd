// Entity resolution: name mentions grouped into entities, then pronoun and nominal mentions
// added and linked. See include/newsgraph/resolve.h; the steps are in resolver.h.
#include "newsgraph/resolve.h"

#include <algorithm>

#include "resolve/person_roles.h"
#include "resolve/resolver.h"
#include "resolve/roles.h"

namespace newsgraph {

namespace resolve {

void Resolver::run() {
  doc_.entities.clear();
  // Drop pronoun / nominal mentions from an earlier run; keep the tagger's.
  std::erase_if(doc_.mentions, [](const Mention& m) {
    return m.kind == MentionKind::kPronoun || m.kind == MentionKind::kNominal;
  });
  for (Mention& m : doc_.mentions) m.entity = -1;  // links from an earlier run are void
  std::sort(doc_.mentions.begin(), doc_.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  group_names();
  merge_aliases();
  scan::words_from_tokens(doc_, words_);
  find_titles_and_gender();
  link_pronouns_and_descriptions();
  index_entity_mentions(doc_);
}

void index_entity_mentions(Document& doc) {
  for (Entity& e : doc.entities) e.mentions.clear();
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    if (m.entity >= 0)
      doc.entities[static_cast<size_t>(m.entity)].mentions.push_back(static_cast<uint32_t>(i));
  }
}

}  // namespace resolve

void resolve_entities(Document& doc) {
  resolve::Resolver resolver(doc);
  resolver.run();
  resolve::find_description_roles(doc);
  resolve::find_organisation_roles(doc);
  resolve::find_headline_roles(doc);  // adds a mention: before the phrases that index mentions
  resolve::add_person_roles(doc);
  resolve::find_relative_clause_roles(doc);
}

}  // namespace newsgraph
