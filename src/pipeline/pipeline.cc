// The pipeline: loads the models once, then runs every stage in order, each reading what the
// earlier ones wrote.
#include "newsgraph/pipeline.h"

#include <exception>
#include <filesystem>
#include <system_error>

#include "newsgraph/layers.h"
#include "newsgraph/ner.h"
#include "newsgraph/quotes.h"
#include "newsgraph/relations.h"
#include "newsgraph/repair.h"
#include "newsgraph/resolve.h"
#include "newsgraph/segment.h"
#include "quotes/cue_model.h"

namespace newsgraph {
namespace {

std::string model_path(const Options& options, const std::string& path, const char* file) {
  if (!path.empty()) return path;
  if (options.model_dir.empty()) return std::string();
  return options.model_dir + "/" + file;
}

// Loads one model file with `load`, mapping a missing file to NotFound and any other failure
// (bad magic, truncation, checksum) to Corruption. The message always names the file.
template <typename T, typename Load>
Status load_model(const Options& options, const std::string& path, const char* what,
                  const char* option, Load load, std::shared_ptr<const T>* out) {
  if (path.empty())
    return Status::InvalidArgument(std::string("no ") + what +
                                   " given: set Options::model_dir or " + option);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    return Status::NotFound(path + ": " + what + " not found");
  try {
    *out = std::make_shared<const T>(load(path));
  } catch (const std::exception& e) {
    return Status::Corruption(e.what());
  }
  if (options.logger) options.logger(std::string("loaded ") + what + " " + path);
  return Status::OK();
}

void clear_layers(Document& doc) {
  doc.edits.clear();
  doc.repair_flags.clear();
  doc.boilerplate.clear();
  doc.paragraphs.clear();
  doc.sentences.clear();
  doc.tokens.clear();
  doc.lower_text.clear();
  doc.mentions.clear();
  doc.entities.clear();
  doc.quotes.clear();
  doc.relations.clear();
}

// The debug-build layer check of Process (see newsgraph/layers.h): Before() each stage, the
// layers it reads must have been written; After() it, no layer it does not declare writing may
// have changed. Compiled to nothing under NDEBUG unless NEWSGRAPH_CHECK_LAYERS is defined (the
// sanitizer builds define it, so the whole test suite runs with the check).
#if !defined(NDEBUG) || defined(NEWSGRAPH_CHECK_LAYERS)
class LayerCheck {
 public:
  explicit LayerCheck(const Document& doc) : doc_(doc) {}

  Status Before(const StageLayers& stage) {
    std::string e = stage_step_error(&written_, stage);
    if (!e.empty()) return Status::Internal(doc_.id + ": layer order: " + e);
    before_ = layer_sizes(doc_);
    return Status::OK();
  }

  Status After(const StageLayers& stage) const {
    const uint32_t undeclared = changed_layers(before_, layer_sizes(doc_)) & ~stage.writes;
    if (undeclared == 0) return Status::OK();
    return Status::Internal(doc_.id + ": layer order: " + stage.stage + " changed layers (bits " +
                            std::to_string(undeclared) + ") it does not declare writing");
  }

 private:
  const Document& doc_;
  uint32_t written_ = kLayerInput;
  LayerSizes before_;
};
#else
class LayerCheck {
 public:
  explicit LayerCheck(const Document&) {}
  Status Before(const StageLayers&) { return Status::OK(); }
  Status After(const StageLayers&) const { return Status::OK(); }
};
#endif

// Runs `run` between the layer checks of `layers`; a check failure is returned.
template <typename Run>
Status RunStage(LayerCheck& check, const StageLayers& layers, Run run) {
  Status s = check.Before(layers);
  if (!s.ok()) return s;
  run();
  return check.After(layers);
}

}  // namespace

Status LoadModels(const Options& options, std::shared_ptr<const Models>* models) {
  if (models == nullptr) return Status::InvalidArgument("LoadModels: null output");
  auto loaded = std::make_shared<Models>();
  if (options.entities) {
    Status s = load_model<ner::Tagger>(
        options, model_path(options, options.ner_model_path, "ner.bin"), "entity model",
        "Options::ner_model_path", [](const std::string& p) { return ner::Tagger::load(p); },
        &loaded->tagger);
    if (!s.ok()) return s;
  }
  if (options.quotes && options.learned_cues) {
    Status s = load_model<quotes::CueModel>(
        options, model_path(options, options.cue_model_path, "cues.bin"), "cue model",
        "Options::cue_model_path", [](const std::string& p) { return quotes::CueModel::load(p); },
        &loaded->cues);
    if (!s.ok()) return s;
  }
  *models = std::move(loaded);
  return Status::OK();
}

Pipeline::Pipeline(const Options& options, std::shared_ptr<const Models> models)
    : options_(options), models_(std::move(models)) {}

Pipeline::~Pipeline() = default;

Status Pipeline::Open(const Options& options, std::unique_ptr<Pipeline>* pipeline) {
  if (pipeline == nullptr) return Status::InvalidArgument("Pipeline::Open: null output");
  std::shared_ptr<const Models> models = options.models;
  if (models == nullptr) {
    Status s = LoadModels(options, &models);
    if (!s.ok()) return s;
  }
  if (options.entities && models->tagger == nullptr)
    return Status::InvalidArgument("Options::models has no entity tagger but entities is on");
  pipeline->reset(new Pipeline(options, std::move(models)));
  return Status::OK();
}

Status Pipeline::Process(Document* doc) const {
  if (doc == nullptr) return Status::InvalidArgument("Pipeline::Process: null document");
  Status s;
  try {
    clear_layers(*doc);
    LayerCheck check(*doc);
    Document& d = *doc;
    // 1. repair: doc.input -> doc.text, edits, boilerplate
    s = RunStage(check, kRepairLayers, [&] { repair_document(d); });
    // 2. segmentation: paragraphs, sentences, tokens (with the flags later stages read)
    if (s.ok()) s = RunStage(check, kSegmentLayers, [&] { segment_document(d); });
    // 3. named entities: doc.mentions (names, dates, sums); switched off, the layer stays empty
    if (s.ok())
      s = RunStage(check, kNerLayers, [&] {
        if (options_.entities) ner::tag_entities(d, *models_->tagger);
      });
    // 4. entity resolution: the tagger's names corrected (their own step), then entities,
    // pronoun and nominal mentions
    if (s.ok()) s = RunStage(check, kNameCorrectionLayers, [&] { correct_name_mentions(d); });
    if (s.ok()) s = RunStage(check, kResolveLayers, [&] { resolve_entities(d); });
    // 5. quotes, with the learned cue detector when it is loaded
    if (s.ok())
      s = RunStage(check, kQuotesLayers, [&] {
        if (options_.quotes)
          extract_quotes(d, options_.learned_cues ? models_->cues.get() : nullptr);
      });
    // 6. roles and relations
    if (s.ok())
      s = RunStage(check, kRelationsLayers, [&] {
        if (options_.relations) extract_relations(d);
      });
  } catch (const std::exception& e) {
    clear_layers(*doc);
    return Status::Internal(doc->id + ": " + e.what());
  }
  if (!s.ok()) clear_layers(*doc);
  return s;
}

}  // namespace newsgraph
