// Segmentation throughput on the news corpus (../shared/data/news/corpus.jsonl): reads every
// text (JSON parsing is not timed), then segments all of them on one thread, several rounds,
// and prints MB/s, tokens/s and the sentence count of the best round.
//   segment_bench [corpus.jsonl] [rounds]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/segment.h"

// CPU time of this thread: on a loaded machine it is steadier than the wall clock.
double thread_cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

int main(int argc, char** argv) {
  std::string path = argc > 1 ? argv[1] : NEWSGRAPH_SHARED_DIR "/data/news/corpus.jsonl";
  int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "segment_bench: cannot open %s\n", path.c_str());
    return 1;
  }
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    texts.push_back(nlohmann::json::parse(line).at("text").get<std::string>());
    bytes += texts.back().size();
  }
  std::printf("corpus: %zu texts, %.1f MB\n", texts.size(), bytes / 1e6);

  newsgraph::Document doc;
  double best = 1e30, best_cpu = 1e30;
  size_t tokens = 0, sentences = 0, paragraphs = 0;
  for (int r = 0; r < rounds; ++r) {
    size_t t = 0, s = 0, p = 0;
    auto start = std::chrono::steady_clock::now();
    double cpu_start = thread_cpu_seconds();
    for (const std::string& text : texts) {
      doc.text = text;  // the copy is part of the timed loop; it is small next to segmenting
      newsgraph::segment_document(doc);
      t += doc.tokens.size();
      s += doc.sentences.size();
      p += doc.paragraphs.size();
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double cpu = thread_cpu_seconds() - cpu_start;
    std::printf("round %d: %.3f s wall (%.1f MB/s), %.3f s CPU (%.1f MB/s)\n", r + 1, secs,
                bytes / 1e6 / secs, cpu, bytes / 1e6 / cpu);
    best = std::min(best, secs);
    best_cpu = std::min(best_cpu, cpu);
    tokens = t;
    sentences = s;
    paragraphs = p;
  }
  std::printf(
      "best: %.1f MB/s wall, %.1f MB/s CPU, %.2f M tokens/s (CPU); %zu tokens, %zu "
      "sentences, %zu paragraphs\n",
      bytes / 1e6 / best, bytes / 1e6 / best_cpu, tokens / 1e6 / best_cpu, tokens, sentences,
      paragraphs);
  return 0;
}
