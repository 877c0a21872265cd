// The layer declarations of newsgraph/layers.h are true to the code: run stage by stage on real
// articles, each stage reads only layers written before it and changes no layer it does not
// declare writing (the check debug and sanitizer builds of Pipeline::Process make).
#include "newsgraph/layers.h"

#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "newsgraph/ner.h"
#include "newsgraph/quotes.h"
#include "newsgraph/relations.h"
#include "newsgraph/repair.h"
#include "newsgraph/resolve.h"
#include "newsgraph/segment.h"
#include "test_pipeline.h"

namespace newsgraph {
namespace {

// Up to `n` article texts of the shared corpus, and the repo's example article.
std::vector<std::string> articles(size_t n) {
  std::vector<std::string> texts;
  std::ifstream corpus(std::string(NEWSGRAPH_SHARED_DIR) + "/data/news/corpus.jsonl");
  std::string line;
  while (texts.size() < n && std::getline(corpus, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("text") && j["text"].is_string())
      texts.push_back(j["text"].get<std::string>());
  }
  std::ifstream example(std::string(NEWSGRAPH_SOURCE_DIR) + "/examples/scraped-article.txt");
  std::stringstream ss;
  ss << example.rdbuf();
  if (!ss.str().empty()) texts.push_back(ss.str());
  return texts;
}

struct Stage {
  StageLayers layers;
  std::function<void(Document&)> run;
};

TEST(LayerDeclarations, EveryStageWritesOnlyWhatItDeclares) {
  std::vector<std::string> texts = articles(40);
  if (texts.empty()) GTEST_SKIP() << "no ../shared corpus and no example article";
  const Models& models = test_support::test_models();
  const std::vector<Stage> stages = {
      {kRepairLayers, [](Document& d) { repair_document(d); }},
      {kSegmentLayers, [](Document& d) { segment_document(d); }},
      {kNerLayers, [&](Document& d) { ner::tag_entities(d, *models.tagger); }},
      {kNameCorrectionLayers, [](Document& d) { correct_name_mentions(d); }},
      {kResolveLayers, [](Document& d) { resolve_entities(d); }},
      {kQuotesLayers, [&](Document& d) { extract_quotes(d, models.cues.get()); }},
      {kRelationsLayers, [](Document& d) { extract_relations(d); }},
  };
  uint32_t ever_written = 0;
  for (size_t a = 0; a < texts.size(); ++a) {
    Document doc(std::to_string(a), texts[a]);  // id: the article number
    uint32_t written = kLayerInput;
    for (const Stage& stage : stages) {
      EXPECT_EQ(stage_step_error(&written, stage.layers), "") << doc.id;
      LayerSizes before = layer_sizes(doc);
      stage.run(doc);
      uint32_t changed = changed_layers(before, layer_sizes(doc));
      EXPECT_EQ(changed & ~stage.layers.writes, 0u)
          << doc.id << ": " << stage.layers.stage << " changed undeclared layers";
      ever_written |= changed;
    }
  }
  // Every layer but the input was written by some stage on some article. The example article
  // alone states no relation, so without the shared corpus that part is skipped, visibly.
  if (texts.size() < 2)
    GTEST_SKIP() << "no ../shared corpus: layer coverage needs more than the example article";
  EXPECT_EQ(ever_written, ((1u << kLayerCount) - 1) & ~kLayerInput);
}

TEST(LayerDeclarations, AStageThatAddsToALayerShowsInItsFingerprint) {
  Document doc("d", "Mr. Rahmon said the talks failed.");
  LayerSizes before = layer_sizes(doc);
  doc.quotes.push_back(Quote{QuoteType::kIndirect, Span{17, 32}, Span{11, 15}, Span{0, 10}, -1, {}});
  EXPECT_EQ(changed_layers(before, layer_sizes(doc)), static_cast<uint32_t>(kLayerQuotes));
  before = layer_sizes(doc);
  doc.mentions.push_back(Mention{Span{4, 10}, EntityType::kPerson, MentionKind::kName, -1});
  EXPECT_EQ(changed_layers(before, layer_sizes(doc)), static_cast<uint32_t>(kLayerNames));
  before = layer_sizes(doc);
  doc.mentions.back().entity = 0;
  EXPECT_EQ(changed_layers(before, layer_sizes(doc)), static_cast<uint32_t>(kLayerMentionLinks));
}

}  // namespace
}  // namespace newsgraph
