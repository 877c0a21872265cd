// End to end on the seed article (../shared/seeds, gold in ../shared/gold): every gold statement
// found with the right speaker, by the gold README's rules (token Jaccard >= 0.5; speaker name
// or alias in common; an unnamed source keeps its mention and no entity).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "newsgraph/ner.h"
#include "newsgraph/pipeline.h"
#include "test_pipeline.h"

namespace newsgraph {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::set<std::string> words(std::string_view s) {
  std::set<std::string> out;
  std::string w;
  for (size_t i = 0; i <= s.size(); ++i) {
    unsigned char c = i < s.size() ? static_cast<unsigned char>(s[i]) : ' ';
    if (std::isalnum(c) || c >= 0x80) {
      w += static_cast<char>(std::tolower(c));
    } else if (!w.empty()) {
      out.insert(w);
      w.clear();
    }
  }
  return out;
}

double jaccard(std::string_view a, std::string_view b) {
  auto x = words(a), y = words(b);
  size_t inter = 0;
  for (const auto& w : x) inter += y.count(w);
  size_t uni = x.size() + y.size() - inter;
  return uni ? static_cast<double>(inter) / static_cast<double>(uni) : 0.0;
}

TEST(Seed, AllStatementsWithTheirSpeakers) {
  const std::string shared = NEWSGRAPH_SHARED_DIR;
  std::string text = read_file(shared + "/seeds/000_dce158b59031fd31.txt");
  std::string gold_text = read_file(shared + "/gold/000_dce158b59031fd31.gold.json");
  if (text.empty() || gold_text.empty())
    GTEST_SKIP() << "shared seed/gold not found under " << shared;
  try {
    ner::Tagger::load(test_support::source_models_dir() + "/ner.bin");
  } catch (const std::exception& e) {
    GTEST_SKIP() << "entity model unavailable (" << e.what() << "); speakers need names";
  }
  nlohmann::json gold = nlohmann::json::parse(gold_text);
  Document doc("seed", text);
  test_support::process(doc);

  // Gold speaker -> every name it goes by.
  std::map<std::string, std::set<std::string>> names;
  for (const auto& e : gold["entities"]) {
    auto& n = names[e["name"].get<std::string>()];
    n.insert(e["name"].get<std::string>());
    for (const auto& a : e["aliases"]) n.insert(a.get<std::string>());
  }
  int found = 0;
  for (const auto& g : gold["quotes"]) {
    const std::string gtext = g["text"], gspeaker = g["speaker"];
    const Quote* best = nullptr;
    double best_j = 0.5;
    for (const Quote& q : doc.quotes) {
      double j = jaccard(gtext, doc.slice(q.content));
      if (j >= best_j) {
        best_j = j;
        best = &q;
      }
    }
    if (!best) {
      ADD_FAILURE() << "missed: " << gtext;
      continue;
    }
    auto it = names.find(gspeaker);
    if (it == names.end()) {
      // Unnamed source: a mention, no entity.
      EXPECT_EQ(best->speaker, -1) << gtext;
      EXPECT_GE(jaccard(gspeaker, doc.slice(best->speaker_mention)), 0.5)
          << gtext << " | mention: " << doc.slice(best->speaker_mention);
      ++found;
      continue;
    }
    ASSERT_GE(best->speaker, 0) << "no speaker for: " << gtext;
    const Entity& e = doc.entities[static_cast<size_t>(best->speaker)];
    bool ok = it->second.count(e.name) > 0;
    for (uint32_t mi : e.mentions)
      ok = ok || it->second.count(std::string(doc.slice(doc.mentions[mi].span)));
    EXPECT_TRUE(ok) << gtext << " | expected " << gspeaker << ", got " << e.name;
    found += ok;
  }
  EXPECT_EQ(found, static_cast<int>(gold["quotes"].size()));
}

}  // namespace
}  // namespace newsgraph
