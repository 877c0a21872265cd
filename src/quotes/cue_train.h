// Training of the learned cue detector (quotes/cue_model.h) on PolNeAR: `newsgraph train cues`.
// Training-only: built into newsgraph_train, not the run-time library.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>

#include "quotes/cue_model.h"

namespace newsgraph::quotes {

struct CueTrainOptions {
  std::string train_dir;      // PolNeAR layout: text/*.txt, attributions/*.ann
  std::string dev_dir;        // optional: candidate-level figures after training
  std::string clusters_path;  // word clusters (`train clusters` output); "" for none
  std::string out_path;
  int epochs = 10;
  uint64_t seed = 1;
  int hash_bits = 18;
  float threshold = 0;
  // The content-end ranker, trained after the cue weights when an entity model is given (the
  // quote stage needs entities to find its statements); "" trains none, the default: on PolNeAR
  // train it gains exact content F1 but loses more strict F1 (docs/training.md).
  std::string ner_model_path;
  int end_epochs = 5;
  float end_margin = 1.0f;  // chosen by 5-fold cross-validation on PolNeAR train
  int end_hash_bits = 18;
  int end_folds = 5;  // cross-validation figures logged; 0 or 1: none
};

// Trains on train_dir and writes the model; progress and figures go to `log`. Throws
// std::runtime_error on bad input.
void train_cue_model(const CueTrainOptions& options, std::ostream& log);

}  // namespace newsgraph::quotes
