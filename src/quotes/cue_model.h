// The learned cue detector: a binary averaged perceptron over hashed features of the words
// around a candidate word, trained on PolNeAR by `newsgraph train cues`. It decides whether a
// word outside the hand-made cue inventory ("quipped", "backed", "is seizing on") opens an
// attribution; the quote stage's rules then find its source and content as for any cue.
// Candidates are words outside quotation marks; the features read only the candidate's
// sentence, so training and extraction see exactly the same inputs.
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

 private:
  friend struct CueTrainer;
  friend void train_cue_model(const struct CueTrainOptions& options, std::ostream& log);
  // Word classes (of 64, 256 and 1000, packed 6+8+10 bits) of a lower-cased word, or 0.
  uint32_t classes_of(std::string_view word) const;

  int hash_bits_ = 18;
  float bias_ = 0;
  float threshold_ = 0;
  std::vector<float> weights_;
  // (hash of lower-cased word, packed classes + 1), sorted by hash: the word clusters of
  // models/clusters.txt carried inside the model, so unseen verbs like seen ones generalise.
  std::vector<std::pair<uint64_t, uint32_t>> classes_;
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

}  // namespace newsgraph::quotes
