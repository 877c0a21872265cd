// Entity resolution within one article: groups the tagger's name mentions into entities
// (full names, surnames, first names, acronyms), adds pronoun and nominal mentions, and links
// each pronoun / definite description to the entity it most likely stands for.
#pragma once

#include <cstdint>

#include "newsgraph/document.h"

namespace newsgraph {

// Fills doc.entities and links doc.mentions (adding pronoun and nominal mentions, kept sorted).
void resolve_entities(Document& doc);

// The entity a text span refers to: the entity of a mention overlapping `span` (names first,
// then pronouns and nominals). -1 when none.
int32_t entity_for_span(const Document& doc, Span span);

}  // namespace newsgraph
