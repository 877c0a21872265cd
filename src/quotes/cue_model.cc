// The learned cue detector: features, the model file, and training on PolNeAR.
#include "quotes/cue_model.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <ostream>
#include <random>
#include <sstream>

#include "ner/text_util.h"
#include "newsgraph/repair.h"
#include "newsgraph/segment.h"
#include "output/brat.h"
#include "quotes/lexicon.h"

namespace newsgraph::quotes {
namespace {

using scan::Kind;

// Hash of a word lower-cased (ASCII letters only, so no buffer is needed).
uint64_t hash_lower(std::string_view w, uint64_t seed) {
  uint64_t h = 0xcbf29ce484222325ULL ^ seed;
  for (char c : w) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 'A' && u <= 'Z') u = static_cast<unsigned char>(u - 'A' + 'a');
    h = (h ^ u) * 0x100000001b3ULL;
  }
  return ner::mix64(h ^ w.size());
}

// Feature templates (the seed of each hash), kept stable: a model stores weights by them.
enum Template : uint64_t {
  kWord = 1,
  kSuffix3,
  kSuffix2,
  kPrev1,
  kPrev2,
  kNext1,
  kNext2,
  kPrevWord,
  kWordNext,
  kPrevShape,
  kNextShape,
  kFirst,
  kLast,
  kQuoteBefore,
  kQuoteAfter,
  kThatAhead,
  kCapsBefore,
  kSuffixPrev,
  kSuffixNext,
  kToAfter,
  kByAfter,
  kCommaBefore,
  kLength,
  kClass64,
  kClass256,
  kClass1000,
  kPrevClass,
  kNextClass,
  kClassNext,
  kPrevClassWord,
};

class Emitter {
 public:
  Emitter(int hash_bits, std::vector<uint32_t>& out)
      : mask_((uint32_t{1} << hash_bits) - 1), out_(out) {}
  void add(Template t, uint64_t value) {
    out_.push_back(static_cast<uint32_t>(ner::hash_combine(t, value)) & mask_);
  }
  void add(Template t, uint64_t a, uint64_t b) { add(t, ner::hash_combine(a, b)); }

 private:
  uint32_t mask_;
  std::vector<uint32_t>& out_;
};

// What a neighbouring token is, for the shape templates.
uint64_t shape_of(const CueSentence& s, long j) {
  if (j < static_cast<long>(s.begin)) return 1;  // sentence start
  if (j >= static_cast<long>(s.end)) return 2;   // sentence end
  const scan::Word& w = (*s.words)[static_cast<size_t>(j)];
  switch (w.kind) {
    case Kind::kOpenQuote:
      return 3;
    case Kind::kCloseQuote:
      return 4;
    case Kind::kPunct:
      return 100 + static_cast<unsigned char>(s.text[w.begin]);
    case Kind::kWord:
      break;
  }
  if ((*s.in_quote)[static_cast<size_t>(j)] >= 0) return 5;
  if (w.capitalized) return 6;
  unsigned char c = static_cast<unsigned char>(s.text[w.begin]);
  if (c >= '0' && c <= '9') return 7;
  return 8;
}

uint64_t word_hash(const CueSentence& s, long j) {
  if (j < static_cast<long>(s.begin)) return 11;
  if (j >= static_cast<long>(s.end)) return 12;
  const scan::Word& w = (*s.words)[static_cast<size_t>(j)];
  return hash_lower(s.text.substr(w.begin, w.end - w.begin), 0);
}

bool word_is(const CueSentence& s, size_t j, std::string_view lower) {
  if (j >= s.end) return false;
  const scan::Word& w = (*s.words)[j];
  if (w.kind != Kind::kWord || w.end - w.begin != lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    char c = s.text[w.begin + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

constexpr char kMagic[8] = {'N', 'G', 'C', 'U', 'E', 'S', '0', '1'};
constexpr uint32_t kVersion = 2;
constexpr uint64_t kChecksumSeed = 0x435545;

}  // namespace

uint32_t CueModel::classes_of(std::string_view word) const {
  if (classes_.empty()) return 0;
  const uint64_t h = hash_lower(word, 0);
  auto it = std::lower_bound(classes_.begin(), classes_.end(), std::make_pair(h, uint32_t{0}));
  return it != classes_.end() && it->first == h ? it->second : 0;
}

void CueModel::features(const CueSentence& s, size_t k, std::vector<uint32_t>& out) const {
  out.clear();
  Emitter e(hash_bits_, out);
  const long K = static_cast<long>(k);
  const scan::Word& w = (*s.words)[k];
  std::string_view word = s.text.substr(w.begin, w.end - w.begin);
  const uint64_t wh = word_hash(s, K);
  const uint64_t p1 = word_hash(s, K - 1), n1 = word_hash(s, K + 1);
  const uint64_t s3 = hash_lower(word.size() > 3 ? word.substr(word.size() - 3) : word, 3);
  const uint64_t s2 = hash_lower(word.size() > 2 ? word.substr(word.size() - 2) : word, 2);
  e.add(kWord, wh);
  e.add(kSuffix3, s3);
  e.add(kSuffix2, s2);
  e.add(kPrev1, p1);
  e.add(kPrev2, word_hash(s, K - 2));
  e.add(kNext1, n1);
  e.add(kNext2, word_hash(s, K + 2));
  e.add(kPrevWord, p1, wh);
  e.add(kWordNext, wh, n1);
  e.add(kPrevShape, shape_of(s, K - 1), shape_of(s, K - 2));
  e.add(kNextShape, shape_of(s, K + 1), shape_of(s, K + 2));
  e.add(kSuffixPrev, s3, p1);
  e.add(kSuffixNext, s3, shape_of(s, K + 1));
  e.add(kFirst, k == s.begin);
  e.add(kLast, s.end - k < 4 ? s.end - k : 4);
  e.add(kLength, std::min<size_t>(word.size(), 12));
  // Quotation marks in the sentence before / after the candidate.
  bool before = false, after = false;
  for (size_t j = s.begin; j < s.end; ++j) {
    if ((*s.in_quote)[j] < 0) continue;
    (j < k ? before : after) = true;
  }
  e.add(kQuoteBefore, before, shape_of(s, K - 1) == 4 || shape_of(s, K - 2) == 4);
  e.add(kQuoteAfter, after);
  // "that", "to", "by" a little ahead; a comma right before.
  bool that = false;
  for (size_t j = k + 1; j < s.end && j < k + 6; ++j)
    if (word_is(s, j, "that")) that = true;
  e.add(kThatAhead, that, s3);
  e.add(kToAfter, word_is(s, k + 1, "to") || word_is(s, k + 2, "to"));
  e.add(kByAfter, word_is(s, k + 1, "by"));
  e.add(kCommaBefore, k > s.begin && scan::is_punct(s.text, (*s.words)[k - 1], ','));
  int caps = 0;
  for (size_t j = k > s.begin + 3 ? k - 3 : s.begin; j < k; ++j)
    caps += (*s.words)[j].kind == Kind::kWord && (*s.words)[j].capitalized;
  e.add(kCapsBefore, static_cast<uint64_t>(caps));
  // Word classes: "quipped" sits with "said" and "argued" though PolNeAR train never has it.
  auto classes = [&](long j) -> uint32_t {
    if (j < static_cast<long>(s.begin) || j >= static_cast<long>(s.end)) return 0;
    const scan::Word& x = (*s.words)[static_cast<size_t>(j)];
    if (x.kind != Kind::kWord) return 0;
    return classes_of(s.text.substr(x.begin, x.end - x.begin));
  };
  const uint32_t c = classes(K);
  if (c != 0) {
    e.add(kClass64, (c - 1) >> 18);
    e.add(kClass256, ((c - 1) >> 10) & 0xFF);
    e.add(kClass1000, (c - 1) & 0x3FF);
    e.add(kClassNext, ((c - 1) >> 10) & 0xFF, n1);
    e.add(kPrevClassWord, p1, ((c - 1) >> 10) & 0xFF);
  }
  const uint32_t prev = classes(K - 1), next = classes(K + 1);
  e.add(kPrevClass, prev == 0 ? 0xFFFF : ((prev - 1) >> 10) & 0xFF);
  e.add(kNextClass, next == 0 ? 0xFFFF : ((next - 1) >> 10) & 0xFF);
}

// ---- model file ----

CueModel CueModel::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw CueModelError(path + ": cannot open cue model");
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  size_t pos = 0;
  auto take = [&](void* dst, size_t n) {
    if (data.size() - pos < n)
      throw CueModelError(path + ": truncated at byte " + std::to_string(data.size()));
    std::memcpy(dst, data.data() + pos, n);
    pos += n;
  };
  char magic[8];
  take(magic, 8);
  if (std::memcmp(magic, kMagic, 8) != 0)
    throw CueModelError(path + ": not a newsgraph cue model (bad magic)");
  uint32_t version, bits, count;
  take(&version, 4);
  if (version != kVersion)
    throw CueModelError(path + ": cue model version " + std::to_string(version) +
                        ", this build reads " + std::to_string(kVersion));
  uint64_t checksum;
  take(&checksum, 8);
  if (ner::hash_bytes(std::string_view(data).substr(pos), kChecksumSeed) != checksum)
    throw CueModelError(path + ": checksum mismatch (corrupt cue model)");
  CueModel m;
  take(&bits, 4);
  if (bits < 10 || bits > 24) throw CueModelError(path + ": bad hash size");
  m.hash_bits_ = static_cast<int>(bits);
  take(&m.bias_, 4);
  take(&m.threshold_, 4);
  take(&count, 4);
  m.weights_.assign(size_t{1} << bits, 0.0f);
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t index;
    float weight;
    take(&index, 4);
    take(&weight, 4);
    if (index >= m.weights_.size()) throw CueModelError(path + ": weight index out of range");
    m.weights_[index] = weight;
  }
  take(&count, 4);
  m.classes_.resize(count);
  for (uint32_t i = 0; i < count; ++i) {
    take(&m.classes_[i].first, 8);
    take(&m.classes_[i].second, 4);
    if (i > 0 && m.classes_[i].first <= m.classes_[i - 1].first)
      throw CueModelError(path + ": word classes out of order");
  }
  if (pos != data.size()) throw CueModelError(path + ": trailing bytes");
  return m;
}

void CueModel::save(const std::string& path) const {
  std::string body;
  auto put = [&](const void* src, size_t n) { body.append(static_cast<const char*>(src), n); };
  uint32_t bits = static_cast<uint32_t>(hash_bits_);
  put(&bits, 4);
  put(&bias_, 4);
  put(&threshold_, 4);
  uint32_t count = 0;
  for (float w : weights_) count += w != 0.0f;
  put(&count, 4);
  for (uint32_t i = 0; i < weights_.size(); ++i) {
    if (weights_[i] == 0.0f) continue;
    put(&i, 4);
    put(&weights_[i], 4);
  }
  count = static_cast<uint32_t>(classes_.size());
  put(&count, 4);
  for (const auto& [hash, packed] : classes_) {
    put(&hash, 8);
    put(&packed, 4);
  }
  uint64_t checksum = ner::hash_bytes(body, kChecksumSeed);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error(path + ": cannot write cue model");
  out.write(kMagic, 8);
  out.write(reinterpret_cast<const char*>(&kVersion), 4);
  out.write(reinterpret_cast<const char*>(&checksum), 8);
  out.write(body.data(), static_cast<std::streamsize>(body.size()));
  if (!out) throw std::runtime_error(path + ": write failed");
}

// ---- training ----

struct CueTrainer {
  struct Example {
    uint32_t first = 0, count = 0;  // range in `features`
    bool cue = false;
  };
  std::vector<uint32_t> features;
  std::vector<Example> examples;

  // Candidates of every article of a PolNeAR folder, labelled by the gold cue spans.
  void read(const std::string& dir, const CueModel& model, std::ostream& log) {
    std::vector<output::PolnearArticle> articles = output::polnear_articles(dir);
    std::vector<CueCandidate> candidates;
    size_t positives = 0, gold_cues = 0, done = 0;
    for (const output::PolnearArticle& a : articles) {
      std::string text = read_file(a.text_path), ann = read_file(a.ann_path);
      // Gold cues (code points of the input) that no inventory word heads: "has learned" is
      // the rules' "learned", so its "has" is no cue word of its own.
      std::vector<Span> cues;
      std::vector<uint32_t> cps = output::code_point_offsets(text);
      for (const output::BratAttribution& b : output::read_brat_attributions(ann))
        for (const Span& c : b.cue) {
          ++gold_cues;
          if (c.end < cps.size() && !has_inventory_word(text, Span{cps[c.begin], cps[c.end]}))
            cues.push_back(c);
        }
      Document doc(a.name, text);
      repair_document(doc);
      segment_document(doc);
      collect_cue_candidates(doc, model, candidates);
      std::vector<uint32_t> offsets = output::code_point_offsets(doc.input);
      for (const CueCandidate& c : candidates) {
        const Span w = output::to_code_points(offsets, doc.to_input(c.word));
        const uint32_t b = w.begin, e = w.end;
        bool cue = false;
        for (const Span& g : cues) cue |= std::max(g.begin, b) < std::min(g.end, e);
        positives += cue;
        examples.push_back({static_cast<uint32_t>(features.size()),
                            static_cast<uint32_t>(c.features.size()), cue});
        features.insert(features.end(), c.features.begin(), c.features.end());
      }
      if (++done % 200 == 0) log << "  " << done << "/" << articles.size() << " articles\n";
    }
    log << dir << ": " << articles.size() << " articles, " << gold_cues << " gold cues, "
        << examples.size() << " candidates, " << positives << " of them cue words\n";
  }

  static bool has_inventory_word(std::string_view text, Span bytes) {
    std::vector<scan::Word> words;
    scan::scan_words(text, bytes.begin, bytes.end, words);
    std::string buf;
    for (const scan::Word& w : words) {
      if (w.kind != scan::Kind::kWord) continue;
      std::string_view lw = scan::lower(text.substr(w.begin, w.end - w.begin), buf);
      if (lw == "according" || lookup_cue(lw).cls != CueClass::kNone) return true;
    }
    return false;
  }

  static std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot read");
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }

  float score(const CueModel& m, const Example& x) const {
    float s = m.bias_;
    for (uint32_t i = 0; i < x.count; ++i) s += m.weights_[features[x.first + i]];
    return s;
  }

  // Averaged perceptron; shuffles each epoch with a seeded generator.
  // Reads `train clusters` output ("word<TAB>c64<TAB>c256<TAB>c1000<TAB>count", most
  // frequent first); a lower-cased word keeps the classes of its most frequent form.
  static void load_classes(const std::string& path, CueModel& m, std::ostream& log) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot read word clusters");
    std::string line;
    size_t line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty() || line[0] == '#') continue;
      std::istringstream fields(line);
      std::string word;
      uint32_t c64, c256, c1000;
      if (!std::getline(fields, word, '\t') || !(fields >> c64 >> c256 >> c1000) || c64 >= 64 ||
          c256 >= 256 || c1000 >= 1024)
        throw std::runtime_error(path + ":" + std::to_string(line_no) + ": malformed cluster line");
      m.classes_.emplace_back(hash_lower(word, 0), ((c64 << 18) | (c256 << 10) | c1000) + 1);
    }
    // Stable: the first (most frequent) form of a lower-cased word wins.
    std::stable_sort(m.classes_.begin(), m.classes_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    m.classes_.erase(std::unique(m.classes_.begin(), m.classes_.end(),
                                 [](const auto& a, const auto& b) { return a.first == b.first; }),
                     m.classes_.end());
    log << path << ": classes for " << m.classes_.size() << " words\n";
  }

  void train(CueModel& m, int epochs, uint64_t seed, std::ostream& log) const {
    const size_t n = size_t{1} << m.hash_bits_;
    m.weights_.assign(n, 0.0f);
    std::vector<double> total(n, 0.0);  // sum of c * update, for averaging
    double bias_total = 0;
    double c = 1;
    std::vector<uint32_t> order(examples.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937_64 rng(seed);
    for (int epoch = 0; epoch < epochs; ++epoch) {
      for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
      size_t mistakes = 0;
      for (uint32_t idx : order) {
        const Example& x = examples[idx];
        const float y = x.cue ? 1.0f : -1.0f;
        if (y * score(m, x) <= 0) {
          ++mistakes;
          for (uint32_t i = 0; i < x.count; ++i) {
            uint32_t f = features[x.first + i];
            m.weights_[f] += y;
            total[f] += c * y;
          }
          m.bias_ += y;
          bias_total += c * y;
        }
        c += 1;
      }
      log << "  epoch " << epoch + 1 << ": " << mistakes << " mistakes\n";
    }
    for (size_t f = 0; f < n; ++f) m.weights_[f] = static_cast<float>(m.weights_[f] - total[f] / c);
    m.bias_ = static_cast<float>(m.bias_ - bias_total / c);
  }

  void report(const CueModel& m, std::ostream& log) const {
    log << "candidate cue words: threshold  P  R  F1\n";
    for (float t : {-2.0f, -1.0f, -0.5f, 0.0f, 0.5f, 1.0f, 2.0f}) {
      size_t tp = 0, fp = 0, fn = 0;
      for (const Example& x : examples) {
        bool p = score(m, x) > t;
        tp += p && x.cue;
        fp += p && !x.cue;
        fn += !p && x.cue;
      }
      double P = tp + fp ? 100.0 * tp / (tp + fp) : 0, R = tp + fn ? 100.0 * tp / (tp + fn) : 0;
      char line[128];
      std::snprintf(line, sizeof line, "  %5.1f  %5.1f  %5.1f  %5.1f\n", t, P, R,
                    P + R > 0 ? 2 * P * R / (P + R) : 0);
      log << line;
    }
  }
};

void train_cue_model(const CueTrainOptions& o, std::ostream& log) {
  CueModel m;
  m.hash_bits_ = o.hash_bits;
  m.threshold_ = o.threshold;
  if (!o.clusters_path.empty()) CueTrainer::load_classes(o.clusters_path, m, log);
  CueTrainer train;
  train.read(o.train_dir, m, log);
  if (train.examples.empty()) throw std::runtime_error(o.train_dir + ": no training candidates");
  train.train(m, o.epochs, o.seed, log);
  log << "train ";
  train.report(m, log);
  if (!o.dev_dir.empty()) {
    CueTrainer dev;
    dev.read(o.dev_dir, m, log);
    log << "dev ";
    dev.report(m, log);
  }
  m.save(o.out_path);
  log << "wrote " << o.out_path << "\n";
}

}  // namespace newsgraph::quotes
