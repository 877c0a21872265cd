// Party words the tagger left untagged, added as ORG name mentions before resolution.
#pragma once

#include "newsgraph/document.h"

namespace newsgraph::resolve {

// Adds an ORG name mention for each capitalised party word ("Democratic" in "the Democratic
// front-runner", "GOP" in "the GOP nominee"; data/lexicon/parties.txt) that no mention covers,
// that a lower-case word or a hyphen follows (at a sentence start, only when a title follows
// within three words: "Republican presidential nominee X"), so that the
// party is an entity relations can name ("member_of Democratic"). Reads doc.tokens; keeps
// doc.mentions sorted by begin.
void add_party_mentions(Document& doc);

}  // namespace newsgraph::resolve
