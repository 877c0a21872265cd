// Benchmark of text repair on the news corpus: times repair_document over every article text
// on one thread (JSON parsing is outside the timed region) and reports MB/s and how many
// articles changed. Usage: repair_bench [corpus.jsonl] [--list N] [--core]
//   --list N  print the ids and repairs of the first N changed articles (for hand review)
//   --core    run without the lossy rules and boilerplate detection
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "newsgraph/repair.h"

int main(int argc, char** argv) {
  std::string path = std::string(NEWSGRAPH_SHARED_DIR) + "/data/news/corpus.jsonl";
  int list = 0;
  newsgraph::RepairOptions opt;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--list") == 0 && i + 1 < argc) {
      list = std::atoi(argv[++i]);
    } else if (std::strcmp(argv[i], "--core") == 0) {
      opt.lossy_rules = false;
      opt.find_boilerplate = false;
    } else {
      path = argv[i];
    }
  }
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "repair_bench: cannot open %s\n", path.c_str());
    return 1;
  }
  std::vector<std::pair<std::string, std::string>> articles;
  size_t bytes = 0;
  for (std::string line; std::getline(in, line);) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text")) continue;
    articles.emplace_back(j.value("id", ""), j["text"].get<std::string>());
    bytes += articles.back().second.size();
  }
  std::vector<newsgraph::Document> docs;
  docs.reserve(articles.size());
  for (auto& [id, text] : articles) docs.emplace_back(id, text);

  size_t changed = 0, edits = 0;
  double best = 1e9;
  for (int round = 0; round < 3; ++round) {
    auto t0 = std::chrono::steady_clock::now();
    for (auto& doc : docs) newsgraph::repair_document(doc, opt);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best = std::min(best, s);
  }
  for (auto& doc : docs) {
    if (doc.text == doc.input) continue;
    ++changed;
    edits += doc.edits.size();
    if (list > 0) {
      --list;
      std::printf("== %s\n", doc.id.c_str());
      for (const auto& e : doc.edits)
        std::printf("   %-14s [%u,%u) \"%s\" -> \"%s\"\n", newsgraph::repair_rule_name(e.rule),
                    e.input.begin, e.input.end, std::string(doc.input_slice(e.input)).c_str(),
                    std::string(doc.slice(e.text)).c_str());
    }
  }
  std::printf("articles: %zu, bytes: %zu\n", docs.size(), bytes);
  std::printf("repair_document: %.3f s (best of 3), %.1f MB/s, one thread\n", best,
              bytes / best / 1e6);
  std::printf("articles changed: %zu (%zu edits)\n", changed, edits);
  return 0;
}
