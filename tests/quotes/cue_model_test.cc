// The learned cue detector: its model file (round trip, and a clear error for every way a file
// can be unusable), deterministic training that learns a cue verb from a small hand-written
// PolNeAR-layout folder, and the shipped model finding a cue verb the inventory lacks.
#include "quotes/cue_model.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "newsgraph/pipeline.h"
#include "newsgraph/segment.h"
#include "quotes/cue_train.h"
#include "quotes/lexicon.h"
#include "test_pipeline.h"

namespace newsgraph::quotes {
namespace {

namespace fs = std::filesystem;

const fs::path kShippedModel = fs::path(NEWSGRAPH_SOURCE_DIR) / "models" / "cues.bin";

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

}  // namespace
}  // namespace newsgraph::quotes
