// The embeddable API: Pipeline::Open's errors, the stage switches, and two threads sharing one
// Pipeline on different real articles getting exactly the single-thread output (run under
// ThreadSanitizer by `make tsan`).
#include "newsgraph/pipeline.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "newsgraph/json.h"
#include "test_pipeline.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The first `n` article texts of the shared corpus, then the repo's example article.
std::vector<std::string> real_articles(size_t n) {
  std::vector<std::string> texts;
  std::ifstream in(std::string(NEWSGRAPH_SHARED_DIR) + "/data/news/corpus.jsonl");
  std::string line;
  while (texts.size() < n && std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("text") && j["text"].is_string())
      texts.push_back(j["text"].get<std::string>());
  }
  std::string example = read_file(fs::path(NEWSGRAPH_SOURCE_DIR) / "examples/scraped-article.txt");
  if (!example.empty()) texts.push_back(example);
  return texts;
}

std::string extract(const Pipeline& pipeline, const std::string& text, Status* status) {
  Document doc("a", text);
  *status = pipeline.Process(&doc);
  std::string out;
  append_extract_json(doc, "\"a\"", {}, out);
  return out;
}

TEST(Pipeline, TwoThreadsGiveTheSingleThreadOutput) {
  std::vector<std::string> texts = real_articles(24);
  if (texts.size() < 4) GTEST_SKIP() << "no ../shared corpus and no example article";
  const Pipeline& pipeline = test_support::test_pipeline();
  std::vector<std::string> expected(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    Status s;
    expected[i] = extract(pipeline, texts[i], &s);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  // Each thread takes every other article, in opposite orders, so both run at once on
  // different documents through the same models.
  std::vector<std::string> got(texts.size());
  std::vector<Status> status(texts.size());
  auto work = [&](size_t first, bool backwards) {
    for (size_t k = 0; k < texts.size() / 2 + 1; ++k) {
      size_t i = backwards ? texts.size() - 1 - (2 * k + first) : 2 * k + first;
      if (2 * k + first >= texts.size()) break;
      got[i] = extract(pipeline, texts[i], &status[i]);
    }
  };
  std::thread a(work, 0, false), b(work, 1, true);
  a.join();
  b.join();
  for (size_t i = 0; i < texts.size(); ++i) {
    EXPECT_TRUE(status[i].ok()) << status[i].ToString();
    EXPECT_EQ(got[i], expected[i]) << "article " << i;
  }
}

TEST(Pipeline, MissingModelIsNotFoundNamingTheFile) {
  Options options;
  options.model_dir = "/nonexistent-newsgraph-models";
  std::unique_ptr<Pipeline> p;
  Status s = Pipeline::Open(options, &p);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find("/nonexistent-newsgraph-models/ner.bin"), std::string::npos);
  EXPECT_EQ(p, nullptr);
}

TEST(Pipeline, CorruptModelIsCorruptionNamingTheFile) {
  fs::path dir =
      fs::temp_directory_path() / ("newsgraph_pipeline_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "ner.bin", std::ios::binary) << "not a model at all";
  Options options;
  options.model_dir = dir.string();
  std::unique_ptr<Pipeline> p;
  Status s = Pipeline::Open(options, &p);
  fs::remove_all(dir);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find((dir / "ner.bin").string()), std::string::npos) << s.message();
}

TEST(Pipeline, WithoutEntitiesNeedsNoEntityModelAndTagsNoNames) {
  Options options;
  options.entities = false;
  options.cue_model_path = test_support::source_models_dir() + "/cues.bin";
  std::vector<std::string> logged;
  options.logger = [&](std::string_view m) { logged.emplace_back(m); };
  std::unique_ptr<Pipeline> p;
  Status s = Pipeline::Open(options, &p);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(p->models().tagger, nullptr);
  ASSERT_EQ(logged.size(), 1u);  // the cue model, loaded once
  Document doc("t", "Angela Merkel said on Monday that the talks in Berlin had failed.");
  ASSERT_TRUE(p->Process(&doc).ok());
  EXPECT_FALSE(doc.tokens.empty());
  for (const Mention& m : doc.mentions) EXPECT_NE(m.kind, MentionKind::kName);
  ASSERT_EQ(doc.quotes.size(), 1u);  // quotes still run
}

TEST(Pipeline, SharedModelSetNeedsNoFilesAndStagesCanBeOff) {
  Options options;
  options.models = std::make_shared<const Models>(test_support::test_models());
  options.quotes = false;
  options.relations = false;
  std::unique_ptr<Pipeline> p;
  ASSERT_TRUE(Pipeline::Open(options, &p).ok());
  Document doc("t", "Angela Merkel said on Monday that the talks in Berlin had failed.");
  ASSERT_TRUE(p->Process(&doc).ok());
  EXPECT_FALSE(doc.entities.empty());
  EXPECT_TRUE(doc.quotes.empty());
  EXPECT_EQ(p->Process(nullptr).code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace newsgraph
