// Main-text extraction throughput on one thread: reads every page of ../shared/data/html/html
// (or the directory given with --pages) into memory, then runs web::ExtractArticle over all of
// them --rounds times and reports pages/s and MB/s (of the decompressed HTML, and as stored).
//   article_bench [--pages DIR] [--rounds N]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "web/article.h"
#include "web/decode.h"

int main(int argc, char** argv) {
  std::string dir = std::string(NEWSGRAPH_SHARED_DIR) + "/data/html/html";
  int rounds = 5;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--pages") && i + 1 < argc)
      dir = argv[++i];
    else if (!std::strcmp(argv[i], "--rounds") && i + 1 < argc)
      rounds = std::atoi(argv[++i]);
    else {
      std::fprintf(stderr, "usage: article_bench [--pages DIR] [--rounds N]\n");
      return 2;
    }
  }
  std::error_code ec;
  std::vector<std::string> pages;
  uint64_t stored = 0, html = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    pages.push_back(ss.str());
    stored += pages.back().size();
    std::string plain;
    html +=
        newsgraph::web::IsGzip(pages.back()) && newsgraph::web::Gunzip(pages.back(), &plain).ok()
            ? plain.size()
            : pages.back().size();
  }
  if (ec || pages.empty()) {
    std::fprintf(stderr, "article_bench: no pages in %s\n", dir.c_str());
    return 1;
  }
  newsgraph::web::ExtractOptions options;
  newsgraph::web::Article article;
  uint64_t text_bytes = 0;
  auto start = std::chrono::steady_clock::now();
  std::clock_t cpu_start = std::clock();
  for (int r = 0; r < rounds; ++r)
    for (const std::string& p : pages) {
      newsgraph::web::ExtractArticle(p, options, &article);
      text_bytes += article.text.size();
    }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double cpu = double(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  double n = double(pages.size()) * rounds;
  std::printf(
      "article_bench: %zu pages x %d rounds, one thread: %.0f pages/s, %.1f MB/s of HTML "
      "(%.1f MB/s as stored, gzip), %.1f KB text/page\n",
      pages.size(), rounds, n / s, html * double(rounds) / s / 1e6,
      stored * double(rounds) / s / 1e6, text_bytes / n / 1e3);
  // On a shared machine the process's CPU time tells what one free core would do.
  std::printf("article_bench: by CPU time: %.0f pages/s, %.1f MB/s of HTML\n", n / cpu,
              html * double(rounds) / cpu / 1e6);
  return 0;
}
