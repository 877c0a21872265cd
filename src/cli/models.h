// Where the `newsgraph` program finds its models, and the pipeline every command shares.
// The library never searches for models; this is the one place that does. The model
// directory is the first of:
//   1. --models DIR (a global option, before or after the command)
//   2. $NEWSGRAPH_MODELS
//   3. <directory of the executable>/models
//   4. <directory of the executable>/../models              (build tree: build/../models)
//   5. <directory of the executable>/../share/newsgraph/models  (installed: PREFIX/bin/newsgraph)
// Candidates 3-5 count only when they exist; 1 and 2 are used as given.
#pragma once

#include <memory>
#include <string>

#include "newsgraph/pipeline.h"

namespace newsgraph::cli {

// Options that apply to every command; filled by main() from the command line.
struct GlobalOptions {
  std::string models_dir;    // --models DIR
  bool no_entities = false;  // --no-entities: run without the entity tagger (no ner.bin needed)
};
GlobalOptions& global_options();

// The model directory by the rule above. Throws CliError listing the places tried when none
// exists.
std::string models_dir();

// A model file: `flag_value` when it is not empty, else <models_dir()>/<name>.
std::string model_file(const std::string& flag_value, const char* name);

// The pipeline for extraction commands, opened once per process from the global options.
// Throws CliError with one line naming the model file when a model is missing or unusable.
const Pipeline& pipeline();

// Runs pipeline() on doc; throws CliError naming the document if a stage fails.
void process_document(Document& doc);

}  // namespace newsgraph::cli
