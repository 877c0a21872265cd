// The seam between the engine and the store: one article's extraction as plain data, every
// span already in UTF-8 byte offsets into the article's input (as `extract` prints them).
// The engine side fills it (FromDocument); any store backend (SQLite today, a server database
// later) consumes it through Store::Put. Nothing here depends on SQLite.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "store/names.h"

namespace newsgraph::store {

struct ByteSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  bool empty() const { return end <= start; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

// What the input says about an article besides its text. Empty strings mean "not given".
struct ArticleMeta {
  std::string id;          // JSONL "id" as a string, else the path as given
  std::string source;      // JSONL "source"
  std::string url;         // JSONL "url"
  std::string title;       // JSONL "title", else the first line of the text
  std::string date;        // JSONL "date" (ISO 8601, as given)
  std::string extra_json;  // other JSONL fields as one JSON object, "" when none
};

struct ExtractedRepair {
  ByteSpan input;    // input bytes that repair replaced
  std::string text;  // what replaced them
  std::string rule;  // repair_rule_name()
};

struct ExtractedMention {
  ByteSpan span;
  uint8_t kind = 0;  // MentionKind
};

struct ExtractedEntity {
  EntityType type = EntityType::kPerson;
  std::string name;  // fullest form the article uses
  std::vector<ExtractedMention> mentions;
  std::vector<std::string> roles;
};

struct ExtractedQuote {
  QuoteType type = QuoteType::kDirect;
  ByteSpan content;
  ByteSpan cue;              // empty when none
  ByteSpan speaker_mention;  // empty when no source
  int32_t speaker = -1;      // index into entities, -1 when none
  std::string text;          // content as the engine reads it (after repair)
  // The pieces of a statement its attribution interrupts, in order (CONTRACT.md `parts`);
  // empty for a quote of one piece.
  std::vector<ByteSpan> parts;
};

struct ExtractedRelation {
  int32_t subject = -1;  // index into entities
  std::string type;
  int32_t object = -1;
  ByteSpan evidence;
  bool from_gazetteer = false;
};

struct ExtractedArticle {
  ArticleMeta meta;
  std::string input;  // the article bytes exactly as given
  std::vector<ExtractedRepair> repairs;
  std::vector<ExtractedEntity> entities;
  std::vector<ExtractedQuote> quotes;
  std::vector<ExtractedRelation> relations;

  // Filled by Prepare() on the thread that extracts, so the store's single writer does not
  // have to; a backend computes whatever is left empty.
  uint64_t content_hash = 0;
  uint64_t simhash = 0;
  std::string compressed_input;  // zlib
  // Per entity (all four empty until Prepare): the texts of its name mentions (after repair),
  // its parsed name, its blocking keys (EntityKeys) and, for a person, the titles of its roles
  // (TitleKeys).
  std::vector<std::vector<std::string>> surfaces;
  std::vector<ParsedName> parsed_names;
  std::vector<std::vector<std::string>> entity_keys;
  std::vector<std::vector<std::string>> person_titles;
  std::vector<std::string> mention_spans;  // per entity: MentionSpans
};

// Fills the derived fields of `article` (content hash, simhash, compressed input, the entities'
// name surfaces, parsed names, blocking keys and person titles).
void Prepare(ExtractedArticle* article);

// The texts of an entity's name mentions, in mention order, after repair.
std::vector<std::string> NameSurfaces(const ExtractedArticle& article,
                                      const ExtractedEntity& entity);

// An entity's mentions as the store keeps them (entities.spans): JSON [[start,end,kind],...]
// ordered by start, one mention per start (the first given).
std::string MentionSpans(const ExtractedEntity& entity);
// The mentions of a MentionSpans text, in its order; false (and *out partial) when `json` is
// not a list of [start,end,kind] lists of non-negative integers.
bool ParseMentionSpans(std::string_view json, std::vector<ExtractedMention>* out);

// zlib compression of `bytes` (level 1).
std::string Compress(const std::string& bytes);

// 64-bit simhash of word 3-shingles of `text` (0 when it has too few words to compare).
uint64_t SimHash(const std::string& text);

// Converts a processed Document (process() already run) into the seam's plain data.
ExtractedArticle FromDocument(const Document& doc, ArticleMeta meta);

// 64-bit content hash of an article's input bytes (FNV-1a); stored to make ingest idempotent.
uint64_t ContentHash(const std::string& bytes);

// The repaired text of an input span, given the article's repairs (sorted by input start):
// bytes outside a repair are copied, a repair inside the span contributes its text.
std::string RepairedSlice(const std::string& input, const std::vector<ExtractedRepair>& repairs,
                          ByteSpan span);

}  // namespace newsgraph::store
