// The pipeline: loads the models once, then runs every stage in order, each reading what the
// earlier ones wrote.
#include "newsgraph/pipeline.h"

#include <exception>
#include <filesystem>
#include <system_error>

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
  doc.mentions.clear();
  doc.entities.clear();
  doc.quotes.clear();
  doc.relations.clear();
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
  try {
    clear_layers(*doc);
    // 1. repair: doc.input -> doc.text, edits, boilerplate
    repair_document(*doc);
    // 2. segmentation: paragraphs, sentences, tokens
    segment_document(*doc);
    // 3. named entities: doc.mentions (names, dates, sums)
    if (options_.entities) ner::tag_entities(*doc, *models_->tagger);
    // 4. entity resolution: the tagger's names corrected (their own step), then entities,
    // pronoun and nominal mentions
    correct_name_mentions(*doc);
    resolve_entities(*doc);
    // 5. quotes, with the learned cue detector when it is loaded
    if (options_.quotes)
      extract_quotes(*doc, options_.learned_cues ? models_->cues.get() : nullptr);
    // 6. roles and relations
    if (options_.relations) extract_relations(*doc);
  } catch (const std::exception& e) {
    clear_layers(*doc);
    return Status::Internal(doc->id + ": " + e.what());
  }
  return Status::OK();
}

}  // namespace newsgraph
