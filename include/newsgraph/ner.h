// Named-entity recognition at run time: a trained sequence tagger (averaged structured
// perceptron over BILOU labels, Viterbi decoding, two passes per document) for the CoNLL-2003
// types, loading its model, the rules for DATE and MONEY, and the pipeline stage that turns both
// into Document::mentions. Training, word clusters and CoNLL I/O are not here: they are in
// src/ner/training.h (target newsgraph_train, not part of the run-time library).
// Tagging allocates nothing per token once a Tagger's scratch buffers have grown; a loaded
// model is immutable and may be shared between threads (each thread uses its own Scratch).
#pragma once

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::ner {

// CoNLL-2003 entity types.
enum class ConllType : uint8_t { kPer = 0, kOrg = 1, kLoc = 2, kMisc = 3 };
constexpr int kNumConllTypes = 4;
const char* conll_type_name(ConllType type);  // "PER", "ORG", "LOC", "MISC"

// A run of tokens [begin, end) (document token indices) that names one entity.
struct Chunk {
  uint32_t begin = 0;
  uint32_t end = 0;
  ConllType type = ConllType::kPer;
  friend bool operator==(const Chunk&, const Chunk&) = default;
};

// One document as the tagger reads it: its tokens and where each sentence ends.
struct TaggerInput {
  std::vector<std::string_view> tokens;
  std::vector<uint32_t> sentence_ends;  // exclusive token index ending each sentence, ascending
};

// Thrown when a model file cannot be used: the message names the file and what is wrong
// ("models/ner.bin: truncated at byte 1234").
struct ModelError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Model;  // weights, clusters and gazetteer; defined in src/ner/model.h

// A loaded tagger. tag() is const and thread-safe given one Scratch per thread.
class Tagger {
 public:
  struct Scratch;  // per-thread buffers, reused across calls

  // Throws ModelError when the model was not prepared (Model::prepare; load() prepares).
  explicit Tagger(std::shared_ptr<const Model> model);
  ~Tagger();
  Tagger(Tagger&&) noexcept;
  Tagger& operator=(Tagger&&) noexcept;

  static Tagger load(const std::string& path);  // throws ModelError
  void save(const std::string& path) const;     // throws std::runtime_error on I/O failure

  // Tags one document. Returns the chunks in token order (no overlaps).
  std::vector<Chunk> tag(const TaggerInput& doc) const;
  void tag(const TaggerInput& doc, Scratch& scratch, std::vector<Chunk>& out) const;
  std::shared_ptr<Scratch> make_scratch() const;

  const Model& model() const { return *model_; }

 private:
  std::shared_ptr<const Model> model_;
};

// ---- Rules and the pipeline stage ----

// A DATE or MONEY expression found by rule: token range [begin, end) into the given tokens.
struct ValueSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  EntityType type = EntityType::kDate;
};
// Finds dates ("last month", "September 11", "the 1990s", "20 years") and sums of money
// ("$ 200,000", "£600m", "200 million dollars") in one sentence's tokens.
void find_values(const std::vector<std::string_view>& tokens, std::vector<ValueSpan>& out);

// True when a MISC name is a nationality/religious/political group word ("Afghan", "Islamist").
bool is_norp_word(std::string_view phrase);
// True for movements and armed groups that act as organisations ("Taliban", "Hamas").
bool is_group_org_word(std::string_view phrase);

// Pipeline stage: reads doc.tokens / doc.sentences and writes doc.mentions (PERSON, ORG, GPE,
// LOC, NORP names; DATE and MONEY values), sorted by start, using `tagger` (not owned).
// Thread-safe for different documents (per-thread scratch buffers).
void tag_entities(Document& doc, const Tagger& tagger);

}  // namespace newsgraph::ner
