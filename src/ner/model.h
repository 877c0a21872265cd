// The tagger's model and its feature extraction, shared by tagging and training. A Model holds
// the word clusters, the gazetteer and two hashed weight tables (pass 1: local and document
// features; pass 2: adds the pass-1 predictions for the same word elsewhere in the document).
// Labels are BILOU over the four CoNLL types: 0 = O, 1 + 4*type + {0:B, 1:I, 2:L, 3:U}.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/ner.h"

namespace newsgraph::ner {

constexpr int kNumLabels = 17;
// Changes whenever feature extraction changes; a model trained with other features is refused.
constexpr uint32_t kFeatureSetVersion = 5;
enum Position : int { kB = 0, kI = 1, kL = 2, kU = 3 };
inline int label_of(ConllType t, int pos) { return 1 + 4 * int(t) + pos; }
inline ConllType label_type(int label) { return ConllType((label - 1) / 4); }
inline int label_pos(int label) { return (label - 1) % 4; }
// Whether label `cur` may follow `prev` (prev = -1 at sentence start).
bool transition_allowed(int prev, int cur);
bool can_end(int label);

// Open-addressing map from 64-bit keys (never 0) to values; built once, then read-only.
template <typename V>
class FlatMap {
 public:
  void build(const std::vector<std::pair<uint64_t, V>>& items) {
    size_t cap = 16;
    while (cap < items.size() * 2) cap <<= 1;
    keys_.assign(cap, 0);
    values_.assign(cap, V{});
    size_ = 0;
    mask_ = cap - 1;
    for (const auto& [k, v] : items) {
      uint64_t key = k ? k : 1;
      size_t i = key & mask_;
      while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask_;
      size_ += keys_[i] == 0;
      keys_[i] = key;
      values_[i] = v;
    }
  }
  const V* find(uint64_t k) const {
    if (keys_.empty()) return nullptr;
    uint64_t key = k ? k : 1;
    size_t i = key & mask_;
    while (keys_[i] != 0) {
      if (keys_[i] == key) return &values_[i];
      i = (i + 1) & mask_;
    }
    return nullptr;
  }
  // Brings the first slot find(k) reads into the cache.
  void prefetch(uint64_t k) const {
    if (keys_.empty()) return;
    size_t i = (k ? k : 1) & mask_;
    __builtin_prefetch(&keys_[i]);
    __builtin_prefetch(&values_[i]);
  }
  template <typename F>
  void for_each(F&& f) const {
    for (size_t i = 0; i < keys_.size(); ++i)
      if (keys_[i]) f(keys_[i], values_[i]);
  }
  size_t size() const { return size_; }

 private:
  std::vector<uint64_t> keys_;
  std::vector<V> values_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

constexpr int kClusterLevels = 3;
using ClusterIds = std::array<uint16_t, kClusterLevels>;
constexpr uint16_t kNoCluster = 0xFFFF;

// Gazetteer entry value: bit l = phrase is in list l; kGazPrefix = phrase starts a longer entry.
constexpr uint32_t kGazPrefix = 1u << 31;
constexpr int kMaxGazLists = 24;
constexpr int kMaxGazWords = 8;

// Key of a lower-cased word in Model::emb_clusters.
uint64_t emb_key(std::string_view lower_word);

// Hash of a phrase's tokens (lower-cased, digits normalised), built one token at a time.
uint64_t phrase_hash_start();
uint64_t phrase_hash_extend(uint64_t h, std::string_view lower_token);

// Weights of one pass, quantised to int16 with one scale. Only buckets with a non-zero weight
// are stored: `rows` holds kNumLabels weights per stored bucket (the form the model file keeps).
struct PassWeights {
  std::vector<uint32_t> buckets;  // stored buckets, ascending
  std::vector<int16_t> rows;      // buckets.size() * kNumLabels
  float scale = 1.0f;
  std::array<float, kNumLabels * kNumLabels> trans{};  // [prev * kNumLabels + cur]
  std::array<float, kNumLabels> start{};
  bool present = false;

  // Keeps the non-zero rows of a dense table (buckets x kNumLabels).
  void set_dense(const std::vector<int16_t>& dense);
};

// The weights of both passes in the form tagging reads, derived from Model::pass by
// Model::prepare(). A bucket's row holds, per pass, its 16 weights for labels 1..16 less its
// weight for O (adding one constant to every label of a token changes no decision), so the
// row of both passes fills one 64-byte cache line: pass 1 reads a feature's pass-2 weights
// with the same memory access. Row 0 is all zeros and stands for every bucket without weights,
// so summing never branches on absence. Read-only once built; safe to share between threads.
struct TaggingTable {
  static constexpr int kWidth = kNumLabels - 1;
  struct alignas(64) Row {
    int16_t w[2][kWidth];  // [pass][label - 1]
  };
  std::vector<Row> rows;
  std::array<float, 2> scale{1.0f, 1.0f};  // per pass: emission = weight sum * scale
  // Slot: bucket + 1 (0 = empty) in the high half, index into `rows` in the low half.
  std::vector<uint64_t> index;
  uint32_t index_mask = 0;

  // Index into `rows` of the bucket's row; 0 (the zero row) when it has none.
  uint32_t find(uint32_t bucket) const {
    uint32_t i = bucket & index_mask;
    while (true) {
      uint64_t slot = index[i];
      uint32_t k = uint32_t(slot >> 32);
      if (k == bucket + 1) return uint32_t(slot);
      if (k == 0) return 0;
      i = (i + 1) & index_mask;
    }
  }
  void prefetch(uint32_t bucket) const { __builtin_prefetch(&index[bucket & index_mask]); }
};

class Model {
 public:
  int hash_bits = 21;
  bool use_doc_features = true;
  FlatMap<ClusterIds> clusters;  // key: hash_bytes(digit-normalised word)
  // Word-vector classes (train embclusters); key: emb_key(lower-cased word). Empty: unused.
  FlatMap<ClusterIds> emb_clusters;
  FlatMap<uint32_t> gazetteer;  // key: phrase hash
  std::vector<std::string> gazetteer_lists;
  PassWeights pass[2];
  TaggingTable table;  // built by prepare()

  // Builds `table` from `pass`; call after setting the passes, before tagging (load() does).
  void prepare();
  void save(const std::string& path) const;
  static Model load(const std::string& path);  // throws ModelError
};

// Per-document feature extraction. The output is, per token, a list of bucket indices.
struct DocFeatures {
  std::vector<uint32_t> buckets;
  std::vector<uint32_t> offsets;  // token i uses buckets[offsets[i] .. offsets[i+1])
};

struct FeatureScratch {
  DocFeatures base;     // pass-1 features while pass-2 ones are built
  DocFeatures stacked;  // features of the pass-1 labels
  // Per-token atoms.
  struct Atoms {
    uint64_t word, lower, shape, short_shape;
    uint64_t cluster_key, emb_key, phrase_token;  // keys into the model's tables
    uint64_t prefix[4], suffix[4];
    ClusterIds cl, emb;
    uint32_t gaz_begin, gaz_end;  // into gaz
    uint32_t doc_key;             // index into doc table
    uint8_t flags;
  };
  std::vector<Atoms> atoms;
  std::vector<uint64_t> gaz;  // gazetteer atoms (list, BILOU position)
  std::string buf, buf2;
  // Document table: distinct lower-cased word forms with counts.
  struct DocEntry {
    uint64_t key;
    uint32_t lower_count, cap_mid_count, count;
    uint32_t type_count[kNumConllTypes];
  };
  std::vector<DocEntry> doc_table;
  std::vector<uint32_t> doc_index;  // open addressing into doc_table (+1), 0 = empty
  std::vector<uint8_t> sent_flags;  // per token: sentence is all caps
};

// Extracts features for pass 0 or 1. `pass1_labels` (BILOU per token) is needed for pass 1.
void extract_features(const Model& model, const TaggerInput& doc, int pass,
                      const std::vector<uint8_t>* pass1_labels, FeatureScratch& scratch,
                      DocFeatures& out);

// Pass-2 features: `base` (pass-1 features of the same document, extracted with this scratch)
// plus the features of the pass-1 labels (stacked_features).
void append_pass2_features(const Model& model, const TaggerInput& doc,
                           const std::vector<uint8_t>& labels, FeatureScratch& scratch,
                           const DocFeatures& base, DocFeatures& out);

// Only the features of the pass-1 labels (pass 2 also uses every pass-1 feature); `scratch`
// must hold the atoms of the same document's pass-1 extraction.
void stacked_features(const Model& model, const TaggerInput& doc,
                      const std::vector<uint8_t>& labels, FeatureScratch& scratch,
                      DocFeatures& out);

// Viterbi decoding of one sentence given emission scores [n * kNumLabels].
void viterbi(const float* emissions, size_t n, const float* trans, const float* start,
             std::vector<float>& work, std::vector<int>& back, uint8_t* labels_out);

// Chunks from BILOU labels (tolerant of any sequence).
void chunks_from_labels(const uint8_t* labels, size_t n, uint32_t offset, std::vector<Chunk>& out);
// BILOU labels from chunks.
void labels_from_chunks(const std::vector<Chunk>& chunks, size_t n, std::vector<uint8_t>& out);

}  // namespace newsgraph::ner
