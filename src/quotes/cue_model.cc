// The learned cue detector: features and the model file (training is in cue_train.cc).
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
#include "quotes/lexicon.h"

namespace newsgraph::quotes {
namespace {

using scan::Kind;

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
// Version 3 adds the content-end ranker after the word classes; version 2 files still load.
constexpr uint32_t kVersion = 3;
constexpr uint64_t kChecksumSeed = 0x435545;

}  // namespace

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
  // A sparse weight table: a count, then (index, weight) pairs below 2^bits. An empty table
  // stays empty when keep_empty is set (a model without that part).
  auto take_weights = [&](uint32_t bits, const char* what, bool keep_empty,
                          std::vector<float>& weights) {
    uint32_t count;
    take(&count, 4);
    if (count > 0 || !keep_empty) weights.assign(size_t{1} << bits, 0.0f);
    for (uint32_t i = 0; i < count; ++i) {
      uint32_t index;
      float weight;
      take(&index, 4);
      take(&weight, 4);
      if (index >= weights.size()) throw CueModelError(path + ": " + what + " index out of range");
      weights[index] = weight;
    }
  };
  char magic[8];
  take(magic, 8);
  if (std::memcmp(magic, kMagic, 8) != 0)
    throw CueModelError(path + ": not a newsgraph cue model (bad magic)");
  uint32_t version, bits, count;
  take(&version, 4);
  if (version != kVersion && version != 2)
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
  take_weights(bits, "weight", /*keep_empty=*/false, m.weights_);
  take(&count, 4);
  m.classes_.resize(count);
  for (uint32_t i = 0; i < count; ++i) {
    take(&m.classes_[i].first, 8);
    take(&m.classes_[i].second, 4);
    if (i > 0 && m.classes_[i].first <= m.classes_[i - 1].first)
      throw CueModelError(path + ": word classes out of order");
  }
  if (version >= 3) {
    take(&bits, 4);
    if (bits > 24) throw CueModelError(path + ": bad content-end hash size");
    m.end_hash_bits_ = static_cast<int>(bits);
    take(&m.end_margin_, 4);
    take_weights(bits, "content-end weight", /*keep_empty=*/true, m.end_weights_);
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
  // A sparse weight table: the count of nonzero weights, then (index, weight) pairs.
  auto put_weights = [&](const std::vector<float>& weights) {
    uint32_t nonzero = 0;
    for (float w : weights) nonzero += w != 0.0f;
    put(&nonzero, 4);
    for (uint32_t i = 0; i < weights.size(); ++i) {
      if (weights[i] == 0.0f) continue;
      put(&i, 4);
      put(&weights[i], 4);
    }
  };
  put_weights(weights_);
  uint32_t count = static_cast<uint32_t>(classes_.size());
  put(&count, 4);
  for (const auto& [hash, packed] : classes_) {
    put(&hash, 8);
    put(&packed, 4);
  }
  bits = static_cast<uint32_t>(end_hash_bits_);
  put(&bits, 4);
  put(&end_margin_, 4);
  put_weights(end_weights_);
  uint64_t checksum = ner::hash_bytes(body, kChecksumSeed);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error(path + ": cannot write cue model");
  out.write(kMagic, 8);
  out.write(reinterpret_cast<const char*>(&kVersion), 4);
  out.write(reinterpret_cast<const char*>(&checksum), 8);
  out.write(body.data(), static_cast<std::streamsize>(body.size()));
  if (!out) throw std::runtime_error(path + ": write failed");
}

}  // namespace newsgraph::quotes
