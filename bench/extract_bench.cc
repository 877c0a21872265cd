// Full-pipeline throughput on one thread: reads ../shared/data/news/corpus.jsonl line by line
// (or the file given with --corpus), runs Pipeline::Process on each article and reports words/s
// (whitespace-separated words, as the corpus notes count them) and quotes found.
//   extract_bench [--articles N] [--corpus FILE] [--models DIR]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "newsgraph/pipeline.h"

namespace {

uint64_t count_words(const std::string& s) {
  uint64_t n = 0;
  bool in_word = false;
  for (unsigned char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = std::string(NEWSGRAPH_SHARED_DIR) + "/data/news/corpus.jsonl";
  std::string models = std::string(NEWSGRAPH_SOURCE_DIR) + "/models";
  uint64_t limit = 0;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--articles") && i + 1 < argc) limit = std::strtoull(argv[++i], nullptr, 10);
    else if (!std::strcmp(argv[i], "--corpus") && i + 1 < argc) corpus = argv[++i];
    else if (!std::strcmp(argv[i], "--models") && i + 1 < argc) models = argv[++i];
    else {
      std::fprintf(stderr, "usage: extract_bench [--articles N] [--corpus FILE] [--models DIR]\n");
      return 2;
    }
  }
  std::ifstream in(corpus, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "extract_bench: cannot open %s\n", corpus.c_str());
    return 1;
  }
  newsgraph::Options options;
  options.model_dir = models;
  std::unique_ptr<newsgraph::Pipeline> pipeline;
  if (newsgraph::Status s = newsgraph::Pipeline::Open(options, &pipeline); !s.ok()) {
    std::fprintf(stderr, "extract_bench: %s\n", s.ToString().c_str());
    return 1;
  }
  std::string line;
  uint64_t articles = 0, words = 0, bytes = 0, quotes = 0, entities = 0;
  double seconds = 0;
  newsgraph::Document doc;
  while ((limit == 0 || articles < limit) && std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
    doc = newsgraph::Document(std::string(), j["text"].get<std::string>());
    words += count_words(doc.input);
    bytes += doc.input.size();
    auto t0 = std::chrono::steady_clock::now();
    if (newsgraph::Status s = pipeline->Process(&doc); !s.ok()) {
      std::fprintf(stderr, "extract_bench: %s\n", s.ToString().c_str());
      return 1;
    }
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    quotes += doc.quotes.size();
    entities += doc.entities.size();
    ++articles;
  }
  std::printf("articles %llu  words %llu  bytes %llu\n", static_cast<unsigned long long>(articles),
              static_cast<unsigned long long>(words), static_cast<unsigned long long>(bytes));
  std::printf("pipeline time %.2f s  ->  %.0f words/s  %.2f MB/s (one thread)\n", seconds,
              seconds > 0 ? words / seconds : 0.0, seconds > 0 ? bytes / seconds / 1e6 : 0.0);
  std::printf("quotes %llu  entities %llu\n", static_cast<unsigned long long>(quotes),
              static_cast<unsigned long long>(entities));
  return 0;
}
