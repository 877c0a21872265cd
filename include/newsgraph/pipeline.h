// The whole extraction pipeline on one Document: repair, segmentation, entity tagging, entity
// resolution, quotes, then roles and relations, each stage reading what the earlier ones wrote.
//
//   newsgraph::Options options;
//   options.model_dir = "/usr/share/newsgraph/models";
//   std::unique_ptr<newsgraph::Pipeline> pipeline;
//   newsgraph::Status s = newsgraph::Pipeline::Open(options, &pipeline);
//   if (!s.ok()) { /* s.ToString() names the model file and what is wrong */ }
//   newsgraph::Document doc("id", text);
//   s = pipeline->Process(&doc);
//
// A Pipeline loads its models once, in Open, and is immutable afterwards: any number of threads
// may call Process at the same time, each on its own Document. The library reads no
// environment variable, writes nothing to stdout or stderr (messages go to Options::logger) and
// throws nothing out of Open or Process.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "newsgraph/document.h"
#include "newsgraph/status.h"

namespace newsgraph {

namespace ner {
class Tagger;  // newsgraph/ner.h
}
namespace quotes {
class CueModel;  // the learned cue detector (src/quotes/cue_model.h)
}

// A loaded model set, immutable and shareable between pipelines and threads.
struct Models {
  std::shared_ptr<const ner::Tagger> tagger;     // entity tagger; null: no name/date/money tags
  std::shared_ptr<const quotes::CueModel> cues;  // learned cue detector; null: cue rules only
};

// Receives the library's informational messages, one line each (no trailing newline). May be
// called from any thread that calls into the library, so it must be thread-safe itself.
using Logger = std::function<void(std::string_view message)>;

struct Options {
  // Where the model files are: <model_dir>/ner.bin and <model_dir>/cues.bin, unless the paths
  // below name them. The library never searches for models; the caller says where they are.
  std::string model_dir;
  std::string ner_model_path;  // "" : <model_dir>/ner.bin
  std::string cue_model_path;  // "" : <model_dir>/cues.bin
  // An in-memory model set. When set, no file is read and the paths above are ignored.
  std::shared_ptr<const Models> models;

  // Which stages run. Repair, segmentation and entity resolution always run.
  bool entities = true;      // NER tagger (needs ner.bin); false: no name, date or money mentions
  bool learned_cues = true;  // learned cue detector in quotes (needs cues.bin); false: rules only
  bool quotes = true;        // quote extraction
  bool relations = true;     // roles and relations

  Logger logger;  // may be empty: messages are dropped
};

// Loads the models `options` asks for (none for a stage that is off). NotFound when a model
// file is missing, Corruption when one is unreadable; the message names the file.
Status LoadModels(const Options& options, std::shared_ptr<const Models>* models);

class Pipeline {
 public:
  // Builds a pipeline from `options`, loading its models (see LoadModels). On success stores
  // it in *pipeline and returns OK; otherwise leaves *pipeline unchanged.
  static Status Open(const Options& options, std::unique_ptr<Pipeline>* pipeline);

  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;
  ~Pipeline();

  // Runs every enabled stage on *doc. doc->input must be set; every other layer is rebuilt.
  // Never hangs and never throws on any input text; returns InvalidArgument for a null doc
  // and Internal (with the layers cleared) if a stage fails, e.g. out of memory. Debug builds
  // (no NDEBUG) also check each stage against its layer declarations (newsgraph/layers.h) and
  // return Internal, naming the stage, on a violation.
  // Thread-safe: may be called concurrently on different Documents.
  Status Process(Document* doc) const;

  const Options& options() const { return options_; }
  const Models& models() const { return *models_; }

 private:
  Pipeline(const Options& options, std::shared_ptr<const Models> models);

  const Options options_;
  const std::shared_ptr<const Models> models_;
};

}  // namespace newsgraph
