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
};

// Trains on train_dir and writes the model; progress and figures go to `log`. Throws
// std::runtime_error on bad input.
void train_cue_model(const CueTrainOptions& options, std::ostream& log);

}  // namespace newsgraph::quotes
