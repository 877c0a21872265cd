// The layers of a Document, and which of them each stage reads and writes. The pipeline runs
// the stages in an order where every layer a stage reads was written by an earlier stage (or is
// the input). A stage never writes a layer another stage wrote, except where `writes` says so.
//
// Debug builds (without NDEBUG) of Pipeline::Process check this as they run: before each stage,
// that the layers it reads were written by a stage before it (stage_step_error()); after it,
// that it changed no layer it does not declare writing (compared by the layers' sizes). A
// violation makes Process return Status::Internal naming the stage and the layer bits; release
// builds check nothing. A stage switched off by Options leaves its layers empty, which counts as
// written.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>

#include "newsgraph/document.h"

namespace newsgraph {

// One bit per layer of Document.
enum Layer : uint32_t {
  kLayerInput = 1u << 0,         // Document::input
  kLayerText = 1u << 1,          // text, edits, repair_flags, boilerplate
  kLayerParagraphs = 1u << 2,    // paragraphs
  kLayerSentences = 1u << 3,     // sentences
  kLayerTokens = 1u << 4,        // tokens (with their flags) and lower_text
  kLayerNames = 1u << 5,         // mentions of kind kName / kValue: span and type
  kLayerMentionLinks = 1u << 6,  // Mention::entity, and pronoun / nominal mentions
  kLayerEntities = 1u << 7,      // entities (type, name, mentions)
  kLayerRoles = 1u << 8,         // Entity::roles and role_phrases
  kLayerQuotes = 1u << 9,        // quotes
  kLayerRelations = 1u << 10,    // relations
};

inline constexpr uint32_t kLayerCount = 11;  // bits of Layer

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
// resolve also owns roles: of organisations, the descriptions linked to people
// (resolve/roles.h) and the role phrases of people (resolve/person_roles.h), which relations
// reads.
inline constexpr StageLayers kResolveLayers{
    "resolve", kLayerText | kLayerSentences | kLayerTokens | kLayerNames,
    kLayerMentionLinks | kLayerEntities | kLayerRoles};
inline constexpr StageLayers kQuotesLayers{
    "quotes", kLayerText | kLayerSentences | kLayerTokens | kLayerNames | kLayerMentionLinks,
    kLayerQuotes};
inline constexpr StageLayers kRelationsLayers{"relations",
                                              kLayerText | kLayerSentences | kLayerTokens |
                                                  kLayerNames | kLayerMentionLinks |
                                                  kLayerEntities | kLayerRoles,
                                              kLayerRelations};

// One step of the order check: "" when stage `s` reads only layers in *written and does not
// overwrite one of them that it does not also read (a correction); else a one-line description
// of the violation. Adds s.writes to *written either way.
inline std::string stage_step_error(uint32_t* written, const StageLayers& s) {
  const uint32_t missing = s.reads & ~*written;
  const uint32_t rewritten = s.writes & *written & ~s.reads;
  *written |= s.writes;
  if (missing != 0)
    return std::string(s.stage) + " reads layers (bits " + std::to_string(missing) +
           ") no earlier stage writes";
  if (rewritten != 0)
    return std::string(s.stage) + " overwrites layers (bits " + std::to_string(rewritten) +
           ") an earlier stage wrote";
  return "";
}

// "" when every stage of `order` passes stage_step_error() in turn (the input is written
// first); else the first violation.
inline std::string stage_order_error(std::initializer_list<StageLayers> order) {
  uint32_t written = kLayerInput;
  for (const StageLayers& s : order) {
    std::string e = stage_step_error(&written, s);
    if (!e.empty()) return e;
  }
  return "";
}

// A cheap fingerprint of every layer of a document (element counts and lengths), indexed by the
// layer's bit number: a stage that adds, drops or resizes anything of a layer changes it.
struct LayerSizes {
  uint64_t of[kLayerCount] = {};
};

inline LayerSizes layer_sizes(const Document& doc) {
  uint64_t names = 0, others = 0, linked = 0, roles = 0;
  for (const Mention& m : doc.mentions) {
    const bool name = m.kind == MentionKind::kName || m.kind == MentionKind::kValue;
    names += name;
    others += !name;
    linked += m.entity >= 0;
  }
  for (const Entity& e : doc.entities) roles += e.roles.size();
  roles ^= uint64_t{doc.role_phrases.size()} << 32;
  LayerSizes s;
  s.of[0] = doc.input.size();
  s.of[1] = doc.text.size() ^ (uint64_t{doc.edits.size()} << 32) ^
            (uint64_t{doc.boilerplate.size()} << 48) ^ (uint64_t{doc.repair_flags.size()} << 40);
  s.of[2] = doc.paragraphs.size();
  s.of[3] = doc.sentences.size();
  s.of[4] = doc.tokens.size() ^ (uint64_t{doc.lower_text.size()} << 32);
  s.of[5] = names;
  s.of[6] = others ^ (linked << 32);
  s.of[7] = doc.entities.size();
  s.of[8] = roles;
  s.of[9] = doc.quotes.size();
  s.of[10] = doc.relations.size();
  return s;
}

// The Layer bits whose fingerprints differ between `before` and `after`.
inline uint32_t changed_layers(const LayerSizes& before, const LayerSizes& after) {
  uint32_t bits = 0;
  for (uint32_t i = 0; i < kLayerCount; ++i)
    if (before.of[i] != after.of[i]) bits |= 1u << i;
  return bits;
}

}  // namespace newsgraph
