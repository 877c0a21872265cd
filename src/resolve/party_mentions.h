// Party words the tagger left untagged, added as ORG name mentions before resolution.
#pragma once

#include "newsgraph/document.h"

namespace newsgraph::resolve {

// Adds an ORG name mention for each capitalised party word ("Democratic" in "the Democratic
// front-runner", "GOP" in "the GOP nominee"; data/lexicon/parties.txt) that no mention covers,
// that does not open a sentence and that a lower-case word or a hyphen follows, so that
// resolution groups it with the party's other mentions. Reads doc.tokens; keeps doc.mentions
// sorted by begin.
void add_party_mentions(Document& doc);

}  // namespace newsgraph::resolve
