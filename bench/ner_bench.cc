// Entity tagger benchmark: model load time, tagging throughput on eng.train tokens (one
// thread, whole documents with both passes), and peak resident memory (VmHWM).
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "ner/model.h"
#include "ner/training.h"

namespace {

long vm_hwm_kb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

// CPU time of this process (user + system), which a busy shared machine distorts less than
// wall time.
double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsgraph::ner;
  using Clock = std::chrono::steady_clock;
  std::string model_path =
      argc > 1 ? argv[1] : std::string(NEWSGRAPH_SOURCE_DIR) + "/models/ner.bin";
  std::string data_path =
      argc > 2 ? argv[2] : std::string(NEWSGRAPH_SHARED_DIR) + "/data/ner/conll2003/eng.train";
  std::ifstream in(data_path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "ner_bench: cannot open %s (shared data absent?)\n", data_path.c_str());
    return 77;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  std::vector<ConllDocument> docs = read_conll(text);
  std::vector<TaggerInput> inputs(docs.size());
  size_t tokens = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    for (const std::string& t : docs[i].tokens) inputs[i].tokens.emplace_back(t);
    inputs[i].sentence_ends = docs[i].sentence_ends;
    tokens += docs[i].tokens.size();
  }
  auto t0 = Clock::now();
  double c0 = cpu_seconds();
  Tagger tagger = [&] {
    try {
      return Tagger::load(model_path);
    } catch (const ModelError& e) {
      std::fprintf(stderr, "ner_bench: %s\n", e.what());
      std::exit(1);
    }
  }();
  double load_s = std::chrono::duration<double>(Clock::now() - t0).count();
  double load_cpu = cpu_seconds() - c0;
  auto scratch = tagger.make_scratch();
  std::vector<Chunk> chunks;
  size_t entities = 0;
  // One warm-up round, then timed rounds.
  for (const TaggerInput& d : inputs) tagger.tag(d, *scratch, chunks);
  const int rounds = 3;
  auto t1 = Clock::now();
  double c1 = cpu_seconds();
  for (int r = 0; r < rounds; ++r)
    for (const TaggerInput& d : inputs) {
      tagger.tag(d, *scratch, chunks);
      entities += chunks.size();
    }
  double tag_s = std::chrono::duration<double>(Clock::now() - t1).count();
  double tag_cpu = cpu_seconds() - c1;
  std::printf("model:        %s\n", model_path.c_str());
  std::printf("load time:    %.3f s wall, %.3f s CPU\n", load_s, load_cpu);
  std::printf("tokens:       %zu x %d rounds (%zu entities per round)\n", tokens, rounds,
              entities / rounds);
  std::printf("throughput:   %.0f tokens/s wall, %.0f tokens per CPU second (one thread)\n",
              double(tokens) * rounds / tag_s, double(tokens) * rounds / tag_cpu);
  for (int p = 0; p < 2; ++p) {
    const auto& w = tagger.model().pass[p].rows;
    size_t rows = tagger.model().pass[p].buckets.size(), weights = 0;
    for (int16_t v : w) weights += v != 0;
    std::printf("pass %d:       %zu non-zero rows, %zu non-zero weights, relative weights %s\n",
                p + 1, rows, weights,
                tagger.model().table.scale[p] == tagger.model().pass[p].scale ? "exact" : "halved");
  }
  std::printf("tagging rows: %zu of %zu bytes (both passes)\n", tagger.model().table.rows.size(),
              sizeof(TaggingTable::Row));
  std::printf("peak RSS:     %.1f MB (VmHWM)\n", vm_hwm_kb() / 1024.0);
  return 0;
}
