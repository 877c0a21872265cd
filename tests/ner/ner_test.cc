#include <gtest/gtest.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ner/training.h"
#include "newsgraph/segment.h"

namespace newsgraph::ner {
namespace {

namespace fs = std::filesystem;

std::string temp_path(const std::string& name) {
  return (fs::temp_directory_path() /
          ("newsgraph_ner_test_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

void write_file(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary);
  out << data;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A tiny corpus with regular patterns: names after "Mr", places after "in", companies before
// "shares", nationalities before "officials". IOB1 like eng.train.
std::string tiny_corpus() {
  const char* people[] = {"John Smith", "Mary Jones", "Peter Brown", "Anna Weber", "Li Wei"};
  const char* places[] = {"Paris", "Berlin", "New York", "Tokyo", "Cairo"};
  const char* orgs[] = {"Acme Corp", "Globex", "Initech Ltd", "Umbrella", "Hooli"};
  const char* nats[] = {"French", "German", "Japanese", "Egyptian", "Kenyan"};
  std::string out = "-DOCSTART- -X- O O\n\n";
  auto add = [&](const std::string& phrase, const std::string& type) {
    std::istringstream ss(phrase);
    std::string w;
    while (ss >> w) out += w + " NN O " + (type.empty() ? "O" : "I-" + type) + "\n";
  };
  for (int round = 0; round < 4; ++round) {
    for (int i = 0; i < 5; ++i) {
      add("Mr", "");
      add(people[(i + round) % 5], "PER");
      add("met", "");
      add(nats[(i + 2 * round) % 5], "MISC");
      add("officials in", "");
      add(places[(i + round + 1) % 5], "LOC");
      add("after", "");
      add(orgs[(i + 3 * round) % 5], "ORG");
      add("shares rose .", "");
      out += "\n";
    }
    out += "-DOCSTART- -X- O O\n\n";
  }
  return out;
}

TaggerInput input_of(const ConllDocument& d) {
  TaggerInput in;
  for (const std::string& t : d.tokens) in.tokens.emplace_back(t);
  in.sentence_ends = d.sentence_ends;
  return in;
}

class TinyModel : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    corpus_path_ = temp_path("tiny.conll");
    model_path_ = temp_path("tiny.bin");
    write_file(corpus_path_, tiny_corpus());
    TrainOptions o;
    o.train_path = corpus_path_;
    o.out_path = model_path_;
    o.epochs = 8;
    o.hash_bits = 16;
    o.folds = 2;
    std::ostringstream log;
    train(o, log);
  }
  static void TearDownTestSuite() {
    std::remove(corpus_path_.c_str());
    std::remove(model_path_.c_str());
  }
  static std::string corpus_path_, model_path_;
};
std::string TinyModel::corpus_path_, TinyModel::model_path_;

TEST_F(TinyModel, TrainingConvergesToTheGoldTags) {
  Tagger tagger = Tagger::load(model_path_);
  auto docs = read_conll(tiny_corpus());
  ASSERT_EQ(docs.size(), 4u);
  for (const ConllDocument& d : docs) {
    std::vector<Chunk> gold = chunks_from_tags(d.gold, d.sentence_ends);
    EXPECT_EQ(tagger.tag(input_of(d)), gold);
  }
  // A new sentence with the same patterns and a seen name in a new combination.
  auto fresh = read_conll(
      "Mr NN O O\nMary NN O O\nJones NN O O\nmet NN O O\nGerman NN O O\n"
      "officials NN O O\nin NN O O\nTokyo NN O O\n. NN O O\n");
  std::vector<Chunk> got = tagger.tag(input_of(fresh[0]));
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0], (Chunk{1, 3, ConllType::kPer}));
  EXPECT_EQ(got[1], (Chunk{4, 5, ConllType::kMisc}));
  EXPECT_EQ(got[2], (Chunk{7, 8, ConllType::kLoc}));
}

TEST_F(TinyModel, BadSentenceBoundariesAndOddBytesAreTolerated) {
  Tagger tagger = Tagger::load(model_path_);
  TaggerInput in;
  in.tokens = {"Mr", "John", "Smith", "\xff\xfe", "", "in", "Paris"};
  in.sentence_ends = {5, 3, 99};  // not ascending, past the end
  std::vector<Chunk> got = tagger.tag(in);
  for (const Chunk& c : got) {
    EXPECT_LT(c.begin, c.end);
    EXPECT_LE(c.end, in.tokens.size());
  }
  in.sentence_ends.clear();  // no boundaries: one sentence
  EXPECT_EQ(tagger.tag(in).empty(), false);
  EXPECT_TRUE(tagger.tag(TaggerInput{}).empty());
}

TEST_F(TinyModel, SaveLoadRoundTripGivesIdenticalPredictions) {
  Tagger a = Tagger::load(model_path_);
  std::string copy = temp_path("copy.bin");
  a.save(copy);
  Tagger b = Tagger::load(copy);
  EXPECT_EQ(read_file(copy), read_file(model_path_));
  for (const ConllDocument& d : read_conll(tiny_corpus()))
    EXPECT_EQ(a.tag(input_of(d)), b.tag(input_of(d)));
  std::remove(copy.c_str());
}

TEST_F(TinyModel, TruncatedModelIsRejectedWithItsOffset) {
  std::string data = read_file(model_path_);
  std::string path = temp_path("truncated.bin");
  write_file(path, data.substr(0, data.size() / 2));
  try {
    Tagger::load(path);
    FAIL() << "truncated model loaded";
  } catch (const ModelError& e) {
    EXPECT_NE(
        std::string(e.what()).find(path + ": truncated at byte " + std::to_string(data.size() / 2)),
        std::string::npos)
        << e.what();
  }
  std::remove(path.c_str());
}

TEST_F(TinyModel, WrongMagicVersionAndCorruptBytesAreRejected) {
  std::string data = read_file(model_path_);
  std::string path = temp_path("bad.bin");
  auto message = [&](std::string bytes) {
    write_file(path, bytes);
    try {
      Tagger::load(path);
    } catch (const ModelError& e) {
      return std::string(e.what());
    }
    return std::string("loaded");
  };
  std::string bad_magic = data;
  bad_magic[0] = 'X';
  EXPECT_NE(message(bad_magic).find("bad magic"), std::string::npos);
  std::string bad_version = data;
  bad_version[8] = 9;
  EXPECT_NE(message(bad_version).find("version 9"), std::string::npos);
  std::string flipped = data;
  flipped[data.size() - 3] ^= 0x55;
  EXPECT_NE(message(flipped).find("checksum"), std::string::npos);
  EXPECT_NE(message("").find("bad magic"), std::string::npos);
  std::remove(path.c_str());
  EXPECT_THROW(Tagger::load(temp_path("does_not_exist.bin")), ModelError);
}

TEST_F(TinyModel, PipelineStageMapsTypesAndAddsValues) {
  Tagger tagger = Tagger::load(model_path_);
  // Hand-built tokens, as the segmentation stage would give them.
  Document doc("t", "Mr Mary Jones met German officials in Tokyo last month for $ 200,000 .");
  doc.text = doc.input;
  uint32_t pos = 0;
  while (pos < doc.text.size()) {
    uint32_t end = pos;
    while (end < doc.text.size() && doc.text[end] != ' ') ++end;
    doc.tokens.push_back(Token{Span{pos, end}, 0});
    pos = end + 1;
  }
  doc.sentences.push_back(
      Sentence{Span{0, uint32_t(doc.text.size())}, 0, uint32_t(doc.tokens.size())});
  tag_entities(doc, tagger);
  std::vector<std::pair<EntityType, std::string>> got;
  for (const Mention& m : doc.mentions) got.emplace_back(m.type, std::string(doc.slice(m.span)));
  std::vector<std::pair<EntityType, std::string>> want = {{EntityType::kPerson, "Mary Jones"},
                                                          {EntityType::kNorp, "German"},
                                                          {EntityType::kGpe, "Tokyo"},
                                                          {EntityType::kDate, "last month"},
                                                          {EntityType::kMoney, "$ 200,000"}};
  EXPECT_EQ(got, want);
  EXPECT_EQ(doc.mentions[3].kind, MentionKind::kValue);
  EXPECT_EQ(doc.mentions[0].kind, MentionKind::kName);
}

// Space-separated tokens; each " . " ends a sentence (as the segmentation stage would give).
Document spaced_document(const std::string& text) {
  Document doc("t", text);
  doc.text = doc.input;
  uint32_t pos = 0, sentence_begin = 0, first_token = 0;
  while (pos < doc.text.size()) {
    uint32_t end = pos;
    while (end < doc.text.size() && doc.text[end] != ' ') ++end;
    doc.tokens.push_back(Token{Span{pos, end}, 0});
    if (doc.slice(Span{pos, end}) == "." || end == doc.text.size()) {
      doc.sentences.push_back(
          Sentence{Span{sentence_begin, end}, first_token, uint32_t(doc.tokens.size())});
      sentence_begin = end + 1;
      first_token = uint32_t(doc.tokens.size());
    }
    pos = end + 1;
  }
  return doc;
}

TEST_F(TinyModel, CopyrightNoticesAreNotTagged) {
  Tagger tagger = Tagger::load(model_path_);
  for (const char* notice : {"\xC2\xA9 2020 Mr Peter Brown .", "Copyright 2020 Mr Peter Brown .",
                             "Copyright \xC2\xA9 Mr Peter Brown ."}) {
    Document doc = spaced_document(std::string("Mr Mary Jones met officials in Tokyo . ") + notice +
                                   " Mr Peter Brown met officials .");
    tag_entities(doc, tagger);
    std::vector<std::string> got;
    for (const Mention& m : doc.mentions) got.emplace_back(doc.slice(m.span));
    // The notice's name and year are not tagged; the same name in the next sentence is.
    EXPECT_EQ(got, (std::vector<std::string>{"Mary Jones", "Tokyo", "Peter Brown"})) << notice;
    ASSERT_EQ(doc.mentions.size(), 3u);
    EXPECT_GT(doc.mentions[2].span.begin, doc.text.find(notice) + 10);
  }
  // "Copyright" as an ordinary word is no notice.
  Document doc = spaced_document("Copyright lawyers met Mr Peter Brown .");
  tag_entities(doc, tagger);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.slice(doc.mentions[0].span), "Peter Brown");
}

TEST_F(TinyModel, TagCommandAppendsOneColumnAndKeepsEveryLine) {
  std::string in_path = temp_path("in.conll");
  std::string out_path = temp_path("out.conll");
  std::string input =
      "-DOCSTART- -X- O O\n\nMr NN O\nJohn NN O\nSmith NN O\n\n"
      "\xff\xfe NN O\nin NN O\nParis NN O\n";
  write_file(in_path, input);
  std::string cmd = std::string(NEWSGRAPH_BINARY) + " tag --conll --model " + model_path_ + " " +
                    in_path + " > " + out_path;
  ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
  // A token that is not UTF-8 is repaired (here as windows-1252: "ÿþ"), its columns kept.
  std::string repaired = input;
  repaired.replace(repaired.find("\xff\xfe"), 2, "\xc3\xbf\xc3\xbe");
  std::istringstream in(repaired), out(read_file(out_path));
  std::string a, b;
  int tokens = 0;
  while (std::getline(in, a)) {
    ASSERT_TRUE(std::getline(out, b));
    if (a.empty() || a.starts_with("-DOCSTART-")) {
      EXPECT_EQ(a, b);
      continue;
    }
    ++tokens;
    ASSERT_EQ(b.substr(0, a.size() + 1), a + " ");
    std::string tag = b.substr(a.size() + 1);
    EXPECT_TRUE(tag == "O" || tag.starts_with("B-") || tag.starts_with("I-")) << tag;
  }
  EXPECT_FALSE(std::getline(out, b));
  EXPECT_EQ(tokens, 6);
  // The two-token name comes out as B- then I- of one type.
  EXPECT_NE(read_file(out_path).find("John NN O B-PER\nSmith NN O I-PER"), std::string::npos);
  std::remove(in_path.c_str());
  std::remove(out_path.c_str());
}

TEST(ConllScoring, CountsMatchHandCountedExample) {
  // Gold in IOB1 (B- only between adjacent same-type chunks), prediction in IOB2.
  const char* text =
      "U.N. NNP I-NP I-ORG I-ORG\n"
      "official NN I-NP O O\n"
      "Ekeus NNP I-NP I-PER B-PER\n"
      "heads VBZ I-VP O O\n"
      "for IN I-PP O O\n"
      "Baghdad NNP I-NP I-LOC B-ORG\n"
      ". . O O O\n"
      "\n"
      "Peter NNP I-NP I-PER B-PER\n"
      "Blackburn NNP I-NP I-PER B-PER\n"
      "John NNP I-NP B-PER B-PER\n"
      "Major NNP I-NP I-PER I-PER\n"
      "European NNP I-NP I-MISC B-MISC\n"
      "Union NNP I-NP I-MISC I-MISC\n";
  auto docs = read_conll(text, /*predicted_column=*/true);
  ASSERT_EQ(docs.size(), 1u);
  const ConllDocument& d = docs[0];
  EXPECT_EQ(d.sentence_ends, (std::vector<uint32_t>{7, 13}));
  auto gold = chunks_from_tags(d.gold, d.sentence_ends);
  auto pred = chunks_from_tags(d.predicted, d.sentence_ends);
  // Gold: U.N./ORG, Ekeus/PER, Baghdad/LOC, Peter Blackburn/PER, John Major/PER,
  // European Union/MISC.
  ASSERT_EQ(gold.size(), 6u);
  EXPECT_EQ(gold[3], (Chunk{7, 9, ConllType::kPer}));
  EXPECT_EQ(gold[4], (Chunk{9, 11, ConllType::kPer}));
  // Predicted: U.N., Ekeus, Baghdad/ORG, Peter, Blackburn, John Major, European Union.
  ASSERT_EQ(pred.size(), 7u);
  ConllScore score;
  score.add(gold, pred);
  EXPECT_EQ(score.overall.gold, 6u);
  EXPECT_EQ(score.overall.predicted, 7u);
  EXPECT_EQ(score.overall.correct, 4u);  // U.N., Ekeus, John Major, European Union
  EXPECT_EQ(score.by_type[int(ConllType::kPer)].correct, 2u);
  EXPECT_EQ(score.by_type[int(ConllType::kLoc)].correct, 0u);
  EXPECT_NEAR(score.overall.precision(), 400.0 / 7, 1e-9);
  EXPECT_NEAR(score.overall.recall(), 400.0 / 6, 1e-9);
  // Round trip through IOB2 tags.
  EXPECT_EQ(chunks_from_tags(tags_from_chunks(gold, d.tokens.size()), d.sentence_ends), gold);
}

std::vector<std::string> values_of(const std::string& sentence, EntityType type) {
  std::vector<std::string> store;
  std::istringstream ss(sentence);
  std::string w;
  while (ss >> w) store.push_back(w);
  std::vector<std::string_view> toks(store.begin(), store.end());
  std::vector<ValueSpan> spans;
  find_values(toks, spans);
  std::vector<std::string> out;
  for (const ValueSpan& v : spans) {
    if (v.type != type) continue;
    std::string s;
    for (uint32_t i = v.begin; i < v.end; ++i) s += (i > v.begin ? " " : "") + store[i];
    out.push_back(s);
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(ValueRules, Dates) {
  EXPECT_EQ(values_of("referring to the US withdrawal last month of its last troops from "
                      "Afghanistan , ending 20 years of war .",
                      EntityType::kDate),
            (Strings{"last month", "20 years"}));
  EXPECT_EQ(values_of("he said , referring to the September 11 terrorist attacks in America .",
                      EntityType::kDate),
            (Strings{"September 11"}));
  EXPECT_EQ(
      values_of("Growth was faster in the 1990s than this month suggests .", EntityType::kDate),
      (Strings{"the 1990s", "this month"}));
  EXPECT_EQ(
      values_of("The talks resumed on Monday , 12 May 2003 , in Dushanbe .", EntityType::kDate),
      (Strings{"Monday", "12 May 2003"}));
  // "may" as a verb and plain counts are not dates.
  EXPECT_EQ(values_of("The rebels may return with 2000 fighters .", EntityType::kDate), Strings{});
}

TEST(ValueRules, Money) {
  EXPECT_EQ(values_of("The fund paid $ 200,000 to the firm .", EntityType::kMoney),
            (Strings{"$ 200,000"}));
  EXPECT_EQ(
      values_of("Profits rose to $1.13bn ( £600m ) for the three months .", EntityType::kMoney),
      (Strings{"$1.13bn", "£600m"}));
  EXPECT_EQ(values_of("The government pledged 200 million dollars in aid .", EntityType::kMoney),
            (Strings{"200 million dollars"}));
  EXPECT_EQ(values_of("He bought 200 million shares .", EntityType::kMoney), Strings{});
}

TEST(NorpWords, NationalitiesAndGroups) {
  EXPECT_TRUE(is_norp_word("Tajik"));
  EXPECT_TRUE(is_norp_word("Afghans"));
  EXPECT_TRUE(is_norp_word("Islamist"));
  EXPECT_TRUE(is_norp_word("Afghan-American"));
  EXPECT_FALSE(is_norp_word("Taliban"));
  EXPECT_FALSE(is_norp_word("World Cup"));
}

TEST(ShippedModel, FindsTheObviousEntitiesInTheSeedArticle) {
  const std::string model = std::string(NEWSGRAPH_SOURCE_DIR) + "/models/ner.bin";
  const std::string seed = std::string(NEWSGRAPH_SHARED_DIR) + "/seeds/000_dce158b59031fd31.txt";
  if (!fs::exists(model)) GTEST_SKIP() << "no model at " << model;
  if (!fs::exists(seed)) GTEST_SKIP() << "shared data absent: " << seed;
  Tagger tagger = Tagger::load(model);
  Document doc("seed", read_file(seed));
  doc.text = doc.input;
  segment_document(doc);
  ASSERT_FALSE(doc.tokens.empty());
  tag_entities(doc, tagger);
  auto has = [&](EntityType type, std::string_view name) {
    for (const Mention& m : doc.mentions)
      if (m.type == type && doc.slice(m.span) == name) return true;
    return false;
  };
  for (const char* p : {"Ahmad Massoud", "Amrullah Saleh", "Abdul Latif Pedram", "Emomali Rahmon"})
    EXPECT_TRUE(has(EntityType::kPerson, p)) << p;
  for (const char* g : {"Tajikistan", "Dushanbe", "Afghanistan"})
    EXPECT_TRUE(has(EntityType::kGpe, g)) << g;
  EXPECT_TRUE(has(EntityType::kOrg, "Taliban") ||
              has(EntityType::kOrg, "Afghan National Resistance Front"));
  EXPECT_TRUE(has(EntityType::kDate, "last month"));
  EXPECT_TRUE(has(EntityType::kNorp, "Tajik") || has(EntityType::kNorp, "Tajiks"));
}

// The tagger sometimes opens a name at the comma before it; a name never starts or ends with
// a mark.
TEST(ShippedModel, NamesHaveNoMarksAtTheirEdges) {
  const std::string model = std::string(NEWSGRAPH_SOURCE_DIR) + "/models/ner.bin";
  if (!fs::exists(model)) GTEST_SKIP() << "no model at " << model;
  Tagger tagger = Tagger::load(model);
  Document doc("t", "Bally said the health club unit, Health and Tennis Corp, would be spun off.");
  doc.text = doc.input;
  segment_document(doc);
  tag_entities(doc, tagger);
  bool found = false;
  for (const Mention& m : doc.mentions) {
    const std::string_view s = doc.slice(m.span);
    ASSERT_FALSE(s.empty());
    EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(s.front()))) << s;
    EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(s.back())) || s.back() == '.') << s;
    found = found || s == "Health and Tennis Corp";
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace newsgraph::ner
