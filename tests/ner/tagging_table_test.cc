// The tagger's run-time weight table (TaggingTable): every row keeps each pass's weights
// relative to O, and tagging through it decides like summing the model file's full rows.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ner/model.h"
#include "ner/training.h"
#include "newsgraph/ner.h"

namespace newsgraph::ner {
namespace {

namespace fs = std::filesystem;

const std::string kModel = std::string(NEWSGRAPH_SOURCE_DIR) + "/models/ner.bin";

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Emissions from the file's 17-wide rows, found by binary search: the plain computation the
// table replaces.
std::vector<float> full_row_emissions(const PassWeights& p, const DocFeatures& f, size_t n) {
  std::vector<float> em(n * kNumLabels, 0.0f);
  for (size_t i = 0; i < n; ++i) {
    int32_t acc[kNumLabels] = {};
    for (uint32_t k = f.offsets[i]; k < f.offsets[i + 1]; ++k) {
      auto it = std::lower_bound(p.buckets.begin(), p.buckets.end(), f.buckets[k]);
      if (it == p.buckets.end() || *it != f.buckets[k]) continue;
      const int16_t* row = p.rows.data() + size_t(it - p.buckets.begin()) * kNumLabels;
      for (int l = 0; l < kNumLabels; ++l) acc[l] += row[l];
    }
    for (int l = 0; l < kNumLabels; ++l) em[i * kNumLabels + l] = float(acc[l]) * p.scale;
  }
  return em;
}

// Both passes decoded sentence by sentence from full-row emissions.
std::vector<Chunk> tag_with_full_rows(const Model& m, const TaggerInput& doc) {
  const size_t n = doc.tokens.size();
  FeatureScratch scratch;
  DocFeatures feats;
  std::vector<float> work;
  std::vector<int> back;
  std::vector<uint8_t> labels(n);
  auto decode = [&](const PassWeights& p, const std::vector<float>& em) {
    uint32_t b = 0;
    for (size_t s = 0; s <= doc.sentence_ends.size(); ++s) {
      uint32_t e = s < doc.sentence_ends.size() ? doc.sentence_ends[s] : uint32_t(n);
      if (e > b)
        viterbi(em.data() + size_t(b) * kNumLabels, e - b, p.trans.data(), p.start.data(), work,
                back, labels.data() + b);
      b = std::max(b, e);
    }
  };
  extract_features(m, doc, 0, nullptr, scratch, feats);
  decode(m.pass[0], full_row_emissions(m.pass[0], feats, n));
  if (m.pass[1].present) {
    DocFeatures base = feats;
    append_pass2_features(m, doc, labels, scratch, base, feats);
    decode(m.pass[1], full_row_emissions(m.pass[1], feats, n));
  }
  std::vector<Chunk> out;
  chunks_from_labels(labels.data(), n, 0, out);
  return out;
}

TEST(TaggingTable, RowsHoldEachPassWeightsRelativeToO) {
  Model m = Model::load(kModel);
  const TaggingTable& t = m.table;
  for (int p = 0; p < 2; ++p) {
    const PassWeights& w = m.pass[p];
    ASSERT_TRUE(w.present);
    // The table's unit is the file's, or twice it when relative weights overflow int16.
    const float unit = t.scale[p] / w.scale;
    ASSERT_TRUE(unit == 1.0f || unit == 2.0f) << unit;
    for (size_t r = 0; r < w.buckets.size(); r += 7) {
      const int16_t* row = w.rows.data() + r * kNumLabels;
      uint32_t at = t.find(w.buckets[r]);
      ASSERT_NE(at, 0u) << "bucket " << w.buckets[r];
      for (int l = 1; l < kNumLabels; ++l)
        ASSERT_LE(std::fabs(float(t.rows[at].w[p][l - 1]) * unit - float(row[l] - row[0])),
                  unit / 2)
            << "bucket " << w.buckets[r] << " label " << l;
    }
  }
  // A bucket no feature uses maps to the zero row.
  uint32_t unused = 0;
  while (std::binary_search(m.pass[0].buckets.begin(), m.pass[0].buckets.end(), unused) ||
         std::binary_search(m.pass[1].buckets.begin(), m.pass[1].buckets.end(), unused))
    ++unused;
  uint32_t zero = t.find(unused);
  EXPECT_EQ(zero, 0u);
  for (int p = 0; p < 2; ++p)
    for (int l = 0; l < TaggingTable::kWidth; ++l) EXPECT_EQ(t.rows[zero].w[p][l], 0);
}

TEST(TaggingTable, TagsLikeSummingTheFullRowsOnDev) {
  const std::string dev = std::string(NEWSGRAPH_SHARED_DIR) + "/data/ner/conll2003/eng.testa";
  if (!fs::exists(dev)) GTEST_SKIP() << "no ../shared: " << dev;
  auto model = std::make_shared<Model>(Model::load(kModel));
  Tagger tagger(model);
  auto docs = read_conll(read_file(dev));
  ASSERT_GT(docs.size(), 100u);
  docs.resize(100);
  size_t chunks = 0;
  for (const ConllDocument& d : docs) {
    TaggerInput in;
    for (const std::string& tok : d.tokens) in.tokens.emplace_back(tok);
    in.sentence_ends = d.sentence_ends;
    std::vector<Chunk> got = tagger.tag(in);
    EXPECT_EQ(got, tag_with_full_rows(*model, in));
    chunks += got.size();
  }
  EXPECT_GT(chunks, 1000u);
}

TEST(TaggingTable, UnpreparedModelIsRefused) {
  auto m = std::make_shared<Model>();
  m->pass[0].present = true;
  try {
    Tagger t(m);
    FAIL() << "an unprepared model was accepted";
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find("prepare"), std::string::npos) << e.what();
  }
  m->prepare();
  Tagger t(m);  // an empty but prepared model tags nothing
  TaggerInput in;
  in.tokens = {"Paris"};
  in.sentence_ends = {1};
  EXPECT_TRUE(t.tag(in).empty());
}

}  // namespace
}  // namespace newsgraph::ner
