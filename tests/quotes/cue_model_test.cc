// The learned cue detector: its model file (round trip, and a clear error for every way a file
// can be unusable), deterministic training that learns a cue verb from a small hand-written
// PolNeAR-layout folder, and the shipped model finding a cue verb the inventory lacks; the
// content-end ranker learning from such a folder where a statement ends.
#include "quotes/cue_model.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ner/text_util.h"
#include "newsgraph/pipeline.h"
#include "newsgraph/segment.h"
#include "quotes/cue_train.h"
#include "quotes/lexicon.h"
#include "test_pipeline.h"

namespace newsgraph::quotes {
namespace {

namespace fs = std::filesystem;

const fs::path kShippedModel = fs::path(NEWSGRAPH_SOURCE_DIR) / "models" / "cues.bin";
const fs::path kShippedTagger = fs::path(NEWSGRAPH_SOURCE_DIR) / "models" / "ner.bin";

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void write_bytes(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << bytes;
}

std::string load_error(const fs::path& p) {
  try {
    CueModel::load(p.string());
  } catch (const CueModelError& e) {
    return e.what();
  }
  return "";
}

class TempDir {
 public:
  TempDir() {
    path_ =
        fs::temp_directory_path() /
        ("newsgraph_cue_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

TEST(CueModelFile, ShippedModelRoundTrips) {
  if (!fs::exists(kShippedModel)) GTEST_SKIP() << "no models/cues.bin";
  TempDir dir;
  CueModel m = CueModel::load(kShippedModel.string());
  m.save((dir.path() / "copy.bin").string());
  EXPECT_EQ(read_bytes(dir.path() / "copy.bin"), read_bytes(kShippedModel));
}

TEST(CueModelFile, EveryUnusableFileGetsANamedError) {
  if (!fs::exists(kShippedModel)) GTEST_SKIP() << "no models/cues.bin";
  TempDir dir;
  const std::string good = read_bytes(kShippedModel);
  const fs::path p = dir.path() / "bad.bin";

  EXPECT_NE(load_error(dir.path() / "missing.bin").find("cannot open"), std::string::npos);

  write_bytes(p, "not a model at all");
  std::string e = load_error(p);
  EXPECT_NE(e.find("bad magic"), std::string::npos) << e;
  EXPECT_NE(e.find(p.string()), std::string::npos) << e;

  write_bytes(p, good.substr(0, good.size() / 2));
  e = load_error(p);
  EXPECT_TRUE(e.find("checksum") != std::string::npos || e.find("truncated") != std::string::npos)
      << e;

  std::string flipped = good;
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x40);
  write_bytes(p, flipped);
  EXPECT_NE(load_error(p).find("checksum"), std::string::npos);

  write_bytes(p, good.substr(0, 10));
  EXPECT_NE(load_error(p).find("truncated"), std::string::npos);
}

// A PolNeAR-layout folder of invented articles in which "zorbled" always reports speech.
void write_corpus(const fs::path& root) {
  fs::create_directories(root / "text");
  fs::create_directories(root / "attributions");
  const std::vector<std::string> subjects = {"The mayor",   "Ms. Alvarez", "The union",
                                             "A spokesman", "The council", "Dr. Petrov"};
  const std::vector<std::string> clauses = {"the bridge would open in May",
                                            "taxes would not rise this year",
                                            "the vote had been delayed", "the strike was over"};
  for (int a = 0; a < 6; ++a) {
    std::string text, ann;
    int t = 1, e = 1;
    for (int s = 0; s < 8; ++s) {
      const std::string subject = subjects[static_cast<size_t>((a + s) % 6)];
      const std::string clause = clauses[static_cast<size_t>((a * 3 + s) % 4)];
      if (s % 2 == 0) {
        // "<subject> zorbled that <clause>." with the cue and content annotated.
        size_t cue = text.size() + subject.size() + 1;
        size_t content = cue + 8 + 1;
        text += subject + " zorbled that " + clause + ". ";
        std::ostringstream line;
        line << "T" << t << "\tCue " << cue << " " << cue + 7 << "\tzorbled\n";
        line << "T" << t + 1 << "\tContent " << content << " " << content + 5 + clause.size()
             << "\tthat " << clause << "\n";
        line << "E" << e << "\tAttribution:T" << t << " Cue:T" << t << " Content:T" << t + 1
             << "\n";
        ann += line.str();
        t += 2;
        ++e;
      } else {
        text += subject + " walked past the hall while " + clause + ". ";
      }
    }
    const std::string name = "article" + std::to_string(a);
    write_bytes(root / "text" / (name + ".txt"), text);
    write_bytes(root / "attributions" / (name + "_ab12.ann"), ann);
  }
}

// Score of every candidate word of `text`, keyed by the word.
std::vector<std::pair<std::string, float>> scores(const CueModel& m, const std::string& text) {
  Document doc("t", text);
  doc.text = text;
  segment_document(doc);
  std::vector<CueCandidate> candidates;
  collect_cue_candidates(doc, m, candidates);
  std::vector<std::pair<std::string, float>> out;
  for (const CueCandidate& c : candidates)
    out.emplace_back(std::string(doc.slice(c.word)), m.score(c.features));
  return out;
}

TEST(CueModelTraining, LearnsAnUnlistedCueDeterministically) {
  ASSERT_EQ(lookup_cue("zorbled").cls, CueClass::kNone);
  TempDir dir;
  write_corpus(dir.path() / "corpus");
  CueTrainOptions o;
  o.train_dir = (dir.path() / "corpus").string();
  o.epochs = 4;
  std::ostringstream log;
  o.out_path = (dir.path() / "a.bin").string();
  train_cue_model(o, log);
  o.out_path = (dir.path() / "b.bin").string();
  train_cue_model(o, log);
  EXPECT_EQ(read_bytes(dir.path() / "a.bin"), read_bytes(dir.path() / "b.bin"));
  EXPECT_NE(log.str().find("6 articles"), std::string::npos) << log.str();

  CueModel m = CueModel::load((dir.path() / "a.bin").string());
  bool saw_cue = false;
  for (const auto& [word, score] : scores(m, "The governor zorbled that the plan had failed.")) {
    if (word == "zorbled") {
      saw_cue = true;
      EXPECT_GT(score, m.threshold());
    } else {
      EXPECT_LE(score, m.threshold()) << word;
    }
  }
  EXPECT_TRUE(saw_cue);
}

TEST(CueModelTraining, BadFolderIsAClearError) {
  TempDir dir;
  CueTrainOptions o;
  o.train_dir = (dir.path() / "nowhere").string();
  o.out_path = (dir.path() / "m.bin").string();
  std::ostringstream log;
  try {
    train_cue_model(o, log);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("not a PolNeAR folder"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(fs::exists(o.out_path));
}

TEST(CueModelTraining, AnEntityModelThatIsNoFileIsAnErrorBeforeTraining) {
  TempDir dir;
  write_corpus(dir.path() / "corpus");
  CueTrainOptions o;
  o.train_dir = (dir.path() / "corpus").string();
  o.out_path = (dir.path() / "m.bin").string();
  std::ostringstream log;
  for (const fs::path& bad : {dir.path() / "missing.bin", dir.path()}) {
    o.ner_model_path = bad.string();
    try {
      train_cue_model(o, log);
      FAIL() << "expected an error for " << bad;
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find("cannot read the entity model"), std::string::npos)
          << e.what();
    }
  }
  EXPECT_EQ(log.str(), "");  // nothing trained
  EXPECT_FALSE(fs::exists(o.out_path));
}

TEST(ShippedCueModel, FindsACueVerbTheInventoryLacks) {
  if (!fs::exists(kShippedModel)) GTEST_SKIP() << "no models/cues.bin";
  ASSERT_EQ(lookup_cue("ruled").cls, CueClass::kNone);
  Document doc("t", "The appeals court ruled that the district map was unlawful.");
  test_support::process(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.slice(doc.quotes[0].cue), "ruled");
  EXPECT_EQ(doc.slice(doc.quotes[0].speaker_mention), "The appeals court");
  EXPECT_EQ(doc.slice(doc.quotes[0].content), "that the district map was unlawful");
}

// A word the model calls a cue, before an indirect question, reports that something was made
// known but not what: no statement. With a "that" clause it is one.
TEST(ShippedCueModel, NoStatementFromALearnedCueBeforeAnIndirectQuestion) {
  if (!fs::exists(kShippedModel)) GTEST_SKIP() << "no models/cues.bin";
  Document doc("t", "The ministry quickly made it clear where it stood on the dispute.");
  test_support::process(doc);
  EXPECT_TRUE(doc.quotes.empty()) << doc.slice(doc.quotes[0].content);
  Document that("t", "The ministry quickly made it clear that it would not back down.");
  test_support::process(that);
  ASSERT_EQ(that.quotes.size(), 1u);
  EXPECT_NE(that.slice(that.quotes[0].content).find("that it would not back down"),
            std::string_view::npos);
}

}  // namespace
}  // namespace newsgraph::quotes

namespace newsgraph::quotes {
namespace {

// A PolNeAR-layout folder in which a statement after "said" ends before "during …" but goes on
// through "with …".
void write_end_corpus(const fs::path& root) {
  fs::create_directories(root / "text");
  fs::create_directories(root / "attributions");
  const std::vector<std::string> subjects = {"The mayor",   "Ms. Alvarez", "The union leader",
                                             "A spokesman", "Dr. Petrov",  "The governor"};
  const std::vector<std::string> clauses = {
      "the bridge would open in May", "taxes would not rise this year",
      "the vote had been delayed again", "the strike was finally over"};
  const std::vector<std::string> tails = {"a visit to the school", "a radio interview",
                                          "the council meeting", "a press conference"};
  for (int a = 0; a < 8; ++a) {
    std::string text, ann;
    int t = 1;
    for (int s = 0; s < 8; ++s) {
      const size_t i = static_cast<size_t>(a + s);
      const std::string clause = clauses[i % 4], tail = tails[(i / 2) % 4];
      const bool ends_early = s % 2 == 0;
      std::string content = clause;
      if (!ends_early) content.append(" with ").append(tail);
      std::string sentence = subjects[i % 6];
      sentence.append(" said ").append(content);
      if (ends_early) sentence.append(" during ").append(tail);
      sentence.append(". ");
      const size_t begin = text.size() + subjects[i % 6].size() + 6;
      text += sentence;
      std::ostringstream line;
      line << "T" << t << "\tCue " << begin - 5 << " " << begin - 1 << "\tsaid\n";
      line << "T" << t + 1 << "\tContent " << begin << " " << begin + content.size() << "\t"
           << content << "\n";
      line << "E" << t << "\tAttribution:T" << t << " Cue:T" << t << " Content:T" << t + 1 << "\n";
      ann += line.str();
      t += 2;
    }
    const std::string name = "article" + std::to_string(a);
    write_bytes(root / "text" / (name + ".txt"), text);
    write_bytes(root / "attributions" / (name + "_ab12.ann"), ann);
  }
}

// The content of the one quote of `text`, extracted with the shipped tagger and `cues`.
std::string only_quote(const std::string& text, std::shared_ptr<const CueModel> cues) {
  Options o;
  o.ner_model_path = kShippedTagger.string();
  o.learned_cues = false;
  std::shared_ptr<const Models> loaded;
  EXPECT_TRUE(LoadModels(o, &loaded).ok());
  auto models = std::make_shared<Models>(*loaded);
  models->cues = std::move(cues);
  o.models = models;
  o.learned_cues = true;
  std::unique_ptr<Pipeline> pipeline;
  EXPECT_TRUE(Pipeline::Open(o, &pipeline).ok());
  Document doc("t", text);
  EXPECT_TRUE(pipeline->Process(&doc).ok());
  if (doc.quotes.size() != 1) return std::to_string(doc.quotes.size()).append(" quotes");
  return std::string(doc.slice(doc.quotes[0].content));
}

// A version-2 file (written before the content-end ranker) still loads, with no ranker.
TEST(ContentEndRanker, Version2FileLoadsWithoutARanker) {
  if (!fs::exists(kShippedModel)) GTEST_SKIP() << "no models/cues.bin";
  const std::string v3 = read_bytes(kShippedModel);
  ASSERT_FALSE(CueModel::load(kShippedModel.string()).has_end_ranker());
  // Layout: magic (8), version (4), checksum (8), body; version 3 appends the ranker's hash
  // bits, margin and weight count (12 bytes when it has no weights) to the version-2 body.
  std::string body = v3.substr(20, v3.size() - 20 - 12);
  std::string v2 = v3.substr(0, 8);
  const uint32_t version = 2;
  const uint64_t checksum = ner::hash_bytes(body, 0x435545);
  v2.append(reinterpret_cast<const char*>(&version), 4);
  v2.append(reinterpret_cast<const char*>(&checksum), 8);
  v2 += body;
  TempDir dir;
  write_bytes(dir.path() / "v2.bin", v2);
  const CueModel old = CueModel::load((dir.path() / "v2.bin").string());
  EXPECT_FALSE(old.has_end_ranker());
  // The cue detector is the same: the copy saved as version 3 equals the shipped file.
  old.save((dir.path() / "v3.bin").string());
  EXPECT_EQ(read_bytes(dir.path() / "v3.bin"), v3);
}

TEST(ContentEndRanker, LearnsWhereAStatementEndsAndRoundTrips) {
  if (!fs::exists(kShippedTagger)) GTEST_SKIP() << "no models/ner.bin";
  TempDir dir;
  write_end_corpus(dir.path() / "corpus");
  CueTrainOptions o;
  o.train_dir = (dir.path() / "corpus").string();
  o.epochs = 2;
  o.ner_model_path = kShippedTagger.string();
  o.end_folds = 2;
  o.out_path = (dir.path() / "ranker.bin").string();
  std::ostringstream log;
  train_cue_model(o, log);
  EXPECT_NE(log.str().find("64 of a gold quote"), std::string::npos) << log.str();
  auto ranker = std::make_shared<CueModel>(CueModel::load(o.out_path));
  ASSERT_TRUE(ranker->has_end_ranker());
  ranker->save((dir.path() / "copy.bin").string());
  EXPECT_EQ(read_bytes(dir.path() / "copy.bin"), read_bytes(o.out_path));

  o.ner_model_path.clear();
  o.out_path = (dir.path() / "rules.bin").string();
  train_cue_model(o, log);
  auto rules = std::make_shared<CueModel>(CueModel::load(o.out_path));
  ASSERT_FALSE(rules->has_end_ranker());

  // Sentences the folder does not hold: the ranker cuts before "during", not before "with".
  const std::string during =
      "The chairman said the tunnel would close next month during a visit to the plant.";
  EXPECT_EQ(only_quote(during, rules),
            "the tunnel would close next month during a visit to the plant");
  EXPECT_EQ(only_quote(during, ranker), "the tunnel would close next month");
  EXPECT_EQ(only_quote("The chairman said the tunnel would close next month with little warning.",
                       ranker),
            "the tunnel would close next month with little warning");
}

}  // namespace
}  // namespace newsgraph::quotes
