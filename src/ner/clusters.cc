// Word clusters from unlabeled text: the exchange algorithm (Kneser & Ney 1993; Martin et al.
// 1998) maximising the likelihood of a class-bigram model, as in Brown clustering but with a
// fixed number of classes. One flat clustering per requested size; the tagger uses all of them
// as features of different granularity.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "ner/text_util.h"
#include "ner/training.h"
#include "newsgraph/segment.h"

namespace newsgraph::ner {

void segment_tokenize(std::string_view text, std::vector<std::string>& out) {
  Document doc;
  doc.input = std::string(text);
  doc.text = doc.input;
  segment_document(doc);
  for (const Token& t : doc.tokens) out.emplace_back(doc.slice(t.span));
}

namespace {

// x log x with a table for small counts.
class XLogX {
 public:
  XLogX() : table_(1 << 20) {
    for (size_t i = 1; i < table_.size(); ++i) table_[i] = double(i) * std::log(double(i));
  }
  double operator()(int64_t x) const {
    if (x <= 0) return 0.0;
    if (x < int64_t(table_.size())) return table_[x];
    return double(x) * std::log(double(x));
  }

 private:
  std::vector<double> table_;
};

struct Corpus {
  std::vector<std::string> words;  // id -> word; id 0 is <unk>, id 1 is <s>
  std::vector<int64_t> counts;
  // Bigram lists per word: successors and predecessors with counts.
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> next, prev;
};

std::vector<int> exchange(const Corpus& corpus, int num_classes, int iterations,
                          std::ostream& log) {
  const size_t V = corpus.words.size();
  const int K = num_classes;
  const XLogX f;
  std::vector<int> cls(V);
  // Frequency order (ids are already sorted by count after the special ones).
  for (size_t w = 0; w < V; ++w) cls[w] = int(w % K);
  std::vector<int64_t> class_count(K, 0);
  std::vector<int64_t> n(size_t(K) * K, 0);
  for (size_t w = 0; w < V; ++w) {
    class_count[cls[w]] += corpus.counts[w];
    for (auto [v, c] : corpus.next[w]) n[size_t(cls[w]) * K + cls[v]] += c;
  }
  std::vector<int64_t> left(K), right(K);
  std::vector<int> left_nz, right_nz;
  left_nz.reserve(K);
  right_nz.reserve(K);
  for (int it = 0; it < iterations; ++it) {
    size_t moved = 0;
    for (size_t w = 0; w < V; ++w) {
      const int a = cls[w];
      int64_t self = 0;
      left_nz.clear();
      right_nz.clear();
      for (auto [v, c] : corpus.prev[w]) {
        if (v == w) {
          self += c;
          continue;
        }
        int k = cls[v];
        if (left[k] == 0) left_nz.push_back(k);
        left[k] += c;
      }
      for (auto [v, c] : corpus.next[w]) {
        if (v == w) continue;
        int k = cls[v];
        if (right[k] == 0) right_nz.push_back(k);
        right[k] += c;
      }
      const int64_t nw = corpus.counts[w];
      // Remove w from class a.
      for (int k : left_nz) n[size_t(k) * K + a] -= left[k];
      for (int k : right_nz) n[size_t(a) * K + k] -= right[k];
      n[size_t(a) * K + a] -= self;
      class_count[a] -= nw;
      int best = a;
      double best_gain = -1e300;
      for (int b = 0; b < K; ++b) {
        double g = 0;
        const int64_t* col = n.data() + b;
        for (int k : left_nz) {
          int64_t x = col[size_t(k) * K];
          g += f(x + left[k]) - f(x);
        }
        const int64_t* row = n.data() + size_t(b) * K;
        for (int k : right_nz) {
          int64_t x = row[k];
          g += f(x + right[k]) - f(x);
        }
        // The (b, b) cell gets left[b] + right[b] + self at once.
        int64_t bb = row[b];
        g -= (f(bb + left[b]) - f(bb)) + (f(bb + right[b]) - f(bb));
        g += f(bb + left[b] + right[b] + self) - f(bb);
        g -= 2 * (f(class_count[b] + nw) - f(class_count[b]));
        if (g > best_gain + 1e-9 || (b == a && g >= best_gain - 1e-9)) {
          best_gain = g;
          best = b;
        }
      }
      for (int k : left_nz) n[size_t(k) * K + best] += left[k];
      for (int k : right_nz) n[size_t(best) * K + k] += right[k];
      n[size_t(best) * K + best] += self;
      class_count[best] += nw;
      if (best != a) ++moved;
      cls[w] = best;
      for (int k : left_nz) left[k] = 0;
      for (int k : right_nz) right[k] = 0;
    }
    log << "  K=" << K << " iteration " << it + 1 << ": moved " << moved << " words\n";
    log.flush();
    if (moved < V / 1000) break;
  }
  return cls;
}

}  // namespace

void train_clusters(const ClusterOptions& options, std::ostream& log) {
  std::ifstream in(options.corpus_path, std::ios::binary);
  if (!in) throw std::runtime_error(options.corpus_path + ": cannot open");
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<std::string> words;
  std::vector<int64_t> counts;
  std::vector<uint32_t> stream;  // token ids, 1 = sentence/document break
  auto id_of = [&](const std::string& w) {
    auto [it, added] = ids.emplace(w, uint32_t(words.size()));
    if (added) {
      words.push_back(w);
      counts.push_back(0);
    }
    ++counts[it->second];
    return it->second;
  };
  std::vector<std::string> toks;
  std::string norm;
  auto add_tokens = [&]() {
    for (const std::string& t : toks) {
      normalize_digits(t, norm);
      stream.push_back(id_of(norm));
    }
    stream.push_back(UINT32_MAX);
  };
  std::string line;
  size_t docs = 0;
  while (std::getline(in, line)) {
    std::string text;
    if (!line.empty() && line[0] == '{') {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
      text = j["text"].get<std::string>();
    } else {
      text = line;
    }
    // One sentence-ish unit per line of the article.
    size_t start = 0;
    while (start <= text.size()) {
      size_t nl = text.find('\n', start);
      if (nl == std::string::npos) nl = text.size();
      toks.clear();
      segment_tokenize(std::string_view(text).substr(start, nl - start), toks);
      if (!toks.empty()) add_tokens();
      start = nl + 1;
    }
    ++docs;
  }
  for (const std::string& path : options.extra_conll) {
    std::ifstream cin(path, std::ios::binary);
    if (!cin) throw std::runtime_error(path + ": cannot open");
    std::string content((std::istreambuf_iterator<char>(cin)), std::istreambuf_iterator<char>());
    for (const ConllDocument& d : read_conll(content)) {
      uint32_t b = 0;
      for (uint32_t e : d.sentence_ends) {
        toks.assign(d.tokens.begin() + b, d.tokens.begin() + e);
        add_tokens();
        b = e;
      }
    }
  }
  log << "clusters: " << docs << " documents, " << stream.size() << " tokens, " << words.size()
      << " word types\n";
  // Vocabulary: the most frequent words with count >= min_count.
  std::vector<uint32_t> order(words.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return counts[a] != counts[b] ? counts[a] > counts[b] : words[a] < words[b];
  });
  Corpus corpus;
  corpus.words = {"<unk>", "<s>"};
  corpus.counts = {0, 0};
  std::vector<uint32_t> remap(words.size(), 0);
  for (uint32_t w : order) {
    if (counts[w] < options.min_count || int(corpus.words.size()) >= options.max_words + 2) break;
    remap[w] = uint32_t(corpus.words.size());
    corpus.words.push_back(words[w]);
    corpus.counts.push_back(0);
  }
  const size_t V = corpus.words.size();
  std::vector<std::unordered_map<uint32_t, uint32_t>> next(V);
  uint32_t prev = 1;
  for (uint32_t t : stream) {
    uint32_t cur = t == UINT32_MAX ? 1 : remap[t];
    ++corpus.counts[cur];
    ++next[prev][cur];
    prev = cur;
  }
  corpus.next.resize(V);
  corpus.prev.resize(V);
  for (uint32_t w = 0; w < V; ++w) {
    for (auto [v, c] : next[w]) {
      corpus.next[w].emplace_back(v, c);
      corpus.prev[v].emplace_back(w, c);
    }
    std::sort(corpus.next[w].begin(), corpus.next[w].end());
  }
  for (auto& p : corpus.prev) std::sort(p.begin(), p.end());
  log << "clusters: vocabulary " << V - 2 << " words\n";
  std::vector<std::vector<int>> results;
  for (int k : options.sizes) results.push_back(exchange(corpus, k, options.iterations, log));
  std::ofstream out(options.out_path, std::ios::binary);
  if (!out) throw std::runtime_error(options.out_path + ": cannot write");
  out << "# newsgraph word clusters: word";
  for (int k : options.sizes) out << "\tclass_of_" << k;
  out << "\tcount\n";
  for (uint32_t w = 2; w < V; ++w) {
    out << corpus.words[w];
    for (const auto& r : results) out << '\t' << r[w];
    out << '\t' << corpus.counts[w] << '\n';
  }
  if (!out) throw std::runtime_error(options.out_path + ": write failed");
}

}  // namespace newsgraph::ner
