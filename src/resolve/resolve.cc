// Entity resolution: name mentions grouped into entities, then pronoun and nominal mentions
// added and linked. See include/newsgraph/resolve.h; the steps are in resolver.h.
#include "newsgraph/resolve.h"

#include <algorithm>

#include "resolve/resolver.h"

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
  scan::scan_words(text_, 0, static_cast<uint32_t>(text_.size()), words_);
  find_titles_and_gender();
  link_pronouns_and_descriptions();
  for (size_t i = 0; i < doc_.mentions.size(); ++i) {
    const Mention& m = doc_.mentions[i];
    if (m.entity >= 0)
      doc_.entities[static_cast<size_t>(m.entity)].mentions.push_back(static_cast<uint32_t>(i));
  }
}

}  // namespace resolve

int32_t entity_for_span(const Document& doc, Span span) {
  int32_t best = -1;
  int best_rank = 99;
  auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), span.begin,
                             [](const Mention& m, uint32_t pos) { return m.span.end <= pos; });
  // Mentions are sorted by begin; overlapping ones may start a little before span.begin.
  auto start = it;
  for (int back = 0; back < 8 && start != doc.mentions.begin(); ++back) --start;
  for (auto m = start; m != doc.mentions.end() && m->span.begin < span.end; ++m) {
    if (m->span.end <= span.begin || m->entity < 0) continue;
    int rank = m->kind == MentionKind::kName      ? (m->type == EntityType::kPerson ? 0 : 1)
               : m->kind == MentionKind::kPronoun ? 2
               : m->kind == MentionKind::kNominal ? 3
                                                  : 9;
    if (rank < best_rank) {
      best_rank = rank;
      best = m->entity;
    }
  }
  return best;
}

void resolve_entities(Document& doc) {
  resolve::Resolver resolver(doc);
  resolver.run();
}

}  // namespace newsgraph
