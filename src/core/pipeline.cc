// The pipeline: every stage in order, each reading what the earlier ones wrote.
#include "newsgraph/pipeline.h"

#include <cstdio>
#include <exception>

#include "newsgraph/ner.h"
#include "newsgraph/quotes.h"
#include "newsgraph/relations.h"
#include "newsgraph/repair.h"
#include "newsgraph/resolve.h"
#include "newsgraph/segment.h"

namespace newsgraph {

void process(Document& doc) {
  doc.edits.clear();
  doc.repair_flags.clear();
  doc.boilerplate.clear();
  doc.paragraphs.clear();
  doc.sentences.clear();
  doc.tokens.clear();
  doc.mentions.clear();
  doc.entities.clear();
  doc.quotes.clear();
  doc.relations.clear();
  // 1. repair: doc.input -> doc.text, edits, boilerplate
  repair_document(doc);
  // 2. segmentation: paragraphs, sentences, tokens
  segment_document(doc);
  // 3. named entities: doc.mentions (names, dates, sums)
  try {
    ner::tag_entities(doc);
  } catch (const std::exception& e) {
    // A missing model must not stop extraction: warn once, go on without names.
    static bool warned = false;
    if (!warned) std::fprintf(stderr, "newsgraph: warning: entity tagger unavailable: %s\n", e.what());
    warned = true;
    doc.mentions.clear();
  }
  // 4. entity resolution: the tagger's names corrected, then entities, pronoun and nominal
  // mentions
  correct_name_mentions(doc);
  resolve_entities(doc);
  // 5. quotes
  extract_quotes(doc);
  // 6. roles and relations
  extract_relations(doc);
}

}  // namespace newsgraph
