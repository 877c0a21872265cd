// The layers of a Document, and which of them each stage reads and writes. The pipeline runs
// the stages in an order where every layer a stage reads was written by an earlier stage (or is
// the input); a debug build can check that order with stage_order_error(). A stage never writes
// a layer another stage wrote, except where `writes` says so.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>

namespace newsgraph {

// One bit per layer of Document.
enum Layer : uint32_t {
  kLayerInput = 1u << 0,         // Document::input
  kLayerText = 1u << 1,          // text, edits, repair_flags, boilerplate
  kLayerParagraphs = 1u << 2,    // paragraphs
  kLayerSentences = 1u << 3,     // sentences
  kLayerTokens = 1u << 4,        // tokens
  kLayerNames = 1u << 5,         // mentions of kind kName / kValue: span and type
  kLayerMentionLinks = 1u << 6,  // Mention::entity, and pronoun / nominal mentions
  kLayerEntities = 1u << 7,      // entities (type, name, mentions)
  kLayerRoles = 1u << 8,         // Entity::roles
  kLayerQuotes = 1u << 9,        // quotes
  kLayerRelations = 1u << 10,    // relations
};

// What one stage reads and writes (Layer bits).
struct StageLayers {
  const char* stage;
  uint32_t reads;
  uint32_t writes;
};

inline constexpr StageLayers kRepairLayers{"repair", kLayerInput, kLayerText};
inline constexpr StageLayers kSegmentLayers{"segment", kLayerText,
                                            kLayerParagraphs | kLayerSentences | kLayerTokens};
inline constexpr StageLayers kNerLayers{"ner", kLayerText | kLayerSentences | kLayerTokens,
                                        kLayerNames};
// correct_name_mentions(): the tagger's names corrected before resolution, and party words it
// left untagged added (from the tokens).
inline constexpr StageLayers kNameCorrectionLayers{
    "correct_name_mentions", kLayerText | kLayerTokens | kLayerNames, kLayerNames};
// resolve also writes roles (of organisations, and the descriptions linked to people:
// resolve/roles.h); the roles of people in appositions and premodifiers are
// still found by relations, which therefore reads and extends that layer.
inline constexpr StageLayers kResolveLayers{
    "resolve", kLayerText | kLayerSentences | kLayerTokens | kLayerNames,
    kLayerMentionLinks | kLayerEntities | kLayerRoles};
inline constexpr StageLayers kQuotesLayers{
    "quotes", kLayerText | kLayerSentences | kLayerMentionLinks | kLayerEntities, kLayerQuotes};
inline constexpr StageLayers kRelationsLayers{
    "relations",
    kLayerText | kLayerSentences | kLayerTokens | kLayerMentionLinks | kLayerEntities | kLayerRoles,
    kLayerRoles | kLayerRelations};

// "" when every stage of `order` reads only layers written by earlier stages (or the input)
// and no two stages write the same layer other than a stage declared as a correction of it
// (one that reads the layer it writes); else a one-line description of the first violation.
inline std::string stage_order_error(std::initializer_list<StageLayers> order) {
  uint32_t written = kLayerInput;
  for (const StageLayers& s : order) {
    uint32_t missing = s.reads & ~written;
    if (missing != 0)
      return std::string(s.stage) + " reads layers (bits " + std::to_string(missing) +
             ") no earlier stage writes";
    uint32_t rewritten = s.writes & written & ~s.reads;
    if (rewritten != 0)
      return std::string(s.stage) + " overwrites layers (bits " + std::to_string(rewritten) +
             ") an earlier stage wrote";
    written |= s.writes;
  }
  return "";
}

}  // namespace newsgraph
