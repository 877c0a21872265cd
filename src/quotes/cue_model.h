// The learned parts of the quote stage, trained on PolNeAR by `newsgraph train cues`:
//  - the cue detector, a binary averaged perceptron over hashed features of the words around a
//    candidate word. It decides whether a word outside the hand-made cue inventory ("quipped",
//    "backed", "is seizing on") opens an attribution; the quote stage's rules then find its
//    source and content as for any cue. Candidates are words outside quotation marks; the
//    features read only the candidate's sentence, so training and extraction see exactly the
//    same inputs.
//  - the content-end ranker, an averaged ranking perceptron that chooses where the statement
//    after a cue ends: at the rules' end, or before a comma, a dash, a preposition or a
//    conjunction inside it ("praised Cruz ‖ in a recent interview"). Its features are computed
//    by the quote stage (src/quotes/content_end.cc) for both training and extraction. Optional
//    (`train cues --ner-model`): the shipped model has none, as it trades strict F1 for exact
//    content F1 (docs/training.md).
// A loaded model is immutable and may be shared by any number of threads.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "segment/words.h"

namespace newsgraph::quotes {

// The sentence a candidate sits in, as the quote stage sees it.
struct CueSentence {
  std::string_view text;
  const std::vector<scan::Word>* words = nullptr;
  const std::vector<int>* in_quote = nullptr;  // quote index per word, -1 outside quotes
  size_t begin = 0, end = 0;                   // word range [begin, end) of the sentence
};

// Thrown when a cue model file cannot be used; the message names the file and the problem.
struct CueModelError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class CueModel {
 public:
  // Reads a model written by save(); throws CueModelError.
  static CueModel load(const std::string& path);
  void save(const std::string& path) const;  // throws std::runtime_error on I/O failure

  // Replaces out with the hashed features of candidate word k (s.begin <= k < s.end).
  // Allocation-free once out has grown.
  void features(const CueSentence& s, size_t k, std::vector<uint32_t>& out) const;

  // The decision threshold chosen at training time (score > threshold: a cue).
  float threshold() const { return threshold_; }
  float score(const std::vector<uint32_t>& features) const {
    float s = bias_;
    for (uint32_t f : features) s += weights_[f];
    return s;
  }

  // The content-end ranker. Features are bucket indexes below end_buckets(); a model without a
  // ranker (trained without the entity model, or a version-2 file) keeps the rules' ends.
  bool has_end_ranker() const { return !end_weights_.empty(); }
  uint32_t end_buckets() const { return uint32_t{1} << end_hash_bits_; }
  // How much more than the rules' end a cut must score to be chosen (set at training time).
  float end_margin() const { return end_margin_; }
  float end_score(const std::vector<uint32_t>& features) const {
    float s = 0;
    for (uint32_t f : features) s += end_weights_[f];
    return s;
  }

 private:
  friend struct CueTrainer;
  friend void train_cue_model(const struct CueTrainOptions& options, std::ostream& log);
  friend void train_end_ranker(const struct CueTrainOptions& options, CueModel& m,
                               std::ostream& log);
  // Word classes (of 64, 256 and 1000, packed 6+8+10 bits) of a lower-cased word, or 0.
  uint32_t classes_of(std::string_view word) const;

  int hash_bits_ = 18;
  float bias_ = 0;
  float threshold_ = 0;
  std::vector<float> weights_;
  // (hash of lower-cased word, packed classes + 1), sorted by hash: the word clusters of
  // models/clusters.txt carried inside the model, so unseen verbs like seen ones generalise.
  std::vector<std::pair<uint64_t, uint32_t>> classes_;
  int end_hash_bits_ = 18;
  float end_margin_ = 0;
  std::vector<float> end_weights_;  // empty: no content-end ranker
};

// Hash of a word lower-cased (ASCII letters only): the key of the model's word classes.
uint64_t hash_lower(std::string_view w, uint64_t seed);

// ---- Training data (the trainer itself: quotes/cue_train.h) ----

// A candidate word of a processed document and its features. Filled by the quote stage
// (src/quotes/quotes.cc), which alone knows the candidates: lower-case words outside quotation
// marks that are neither function words nor in the cue inventory.
struct CueCandidate {
  Span word;  // bytes of doc.text
  std::vector<uint32_t> features;
};
void collect_cue_candidates(Document& doc, const CueModel& features,
                            std::vector<CueCandidate>& out);

// One choice of the content-end ranker: the statement after a cue starts at byte `start` of
// doc.text and may end at any of `ends` (bytes of doc.text, the rules' end first), each
// candidate with its features (`features[i]`, indexes below model.end_buckets()).
struct EndChoice {
  uint32_t start = 0;
  std::vector<uint32_t> ends;
  std::vector<std::vector<uint32_t>> features;
};
// Runs the quote stage on a document that has been processed up to entity resolution, and
// records every content-end choice it meets (with the rules' ends: the ranker is not applied).
void collect_end_choices(Document& doc, const CueModel& model, std::vector<EndChoice>& out);

}  // namespace newsgraph::quotes
