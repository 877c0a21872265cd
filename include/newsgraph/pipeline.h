// The whole extraction pipeline on one Document: repair, segmentation, entity tagging,
// entity resolution, quote extraction (and, later, relations), each stage reading what the
// earlier ones wrote. process() never throws on bad text and never hangs.
#pragma once

#include "newsgraph/document.h"

namespace newsgraph {

// Runs every stage in order on doc (doc.input must be set; every other layer is rebuilt).
void process(Document& doc);

}  // namespace newsgraph
