// Entity resolution within one article: groups the tagger's name mentions into entities
// (full names, surnames, first names, acronyms), adds pronoun and nominal mentions, and links
// each pronoun / definite description to the entity it most likely stands for.
#pragma once

#include <cstdint>

#include "newsgraph/document.h"

namespace newsgraph {

// The tagger's name mentions corrected, as their own step between NER and resolution: sorts
// doc.mentions, joins party names split in two ("Liberal" + "Democrat"), trims "Copyright" from
// the front of a name, extends a person's name over a generational suffix ("Donald Trump, Jr."),
// drops deities, laws and "Anglo-American" compounds, and retypes
// facilities ("Belmarsh prison": LOC), one-word places or organisations that are a person's
// surname, and a one-word "person" that is a party's name ("Labour") as an organisation. Reads
// doc.text and doc.mentions; writes doc.mentions (name and value mentions only).
void correct_name_mentions(Document& doc);

// Fills doc.entities and links doc.mentions (adding pronoun and nominal mentions, kept sorted).
// Reads doc.text, doc.tokens, doc.sentences and the (corrected) name and value mentions;
// changes no mention's span or type, only Mention::entity, and adds pronoun and nominal
// mentions.
void resolve_entities(Document& doc);

// entity_for_span(), which reads the links resolve writes, is declared in newsgraph/document.h.

}  // namespace newsgraph
