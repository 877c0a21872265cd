// The model file (versioned binary with a checksum) and tagging: pass 1 over local and
// document features, pass 2 with pass 1's labels for the same words elsewhere in the document.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>

#include "ner/model.h"
#include "ner/text_util.h"

namespace newsgraph::ner {

namespace {

constexpr char kMagic[8] = {'N', 'G', 'N', 'E', 'R', 'M', 'D', 'L'};
constexpr uint32_t kVersion = 2;
constexpr size_t kHeaderSize = 32;

class Writer {
 public:
  std::string data;
  void bytes(const void* p, size_t n) { data.append(static_cast<const char*>(p), n); }
  template <typename T>
  void pod(T v) {
    bytes(&v, sizeof v);
  }
  void varint(uint64_t v) {
    while (v >= 0x80) {
      data += char(uint8_t(v) | 0x80);
      v >>= 7;
    }
    data += char(v);
  }
  void str(std::string_view s) {
    pod<uint32_t>(uint32_t(s.size()));
    bytes(s.data(), s.size());
  }
};

class Reader {
 public:
  Reader(std::string_view data, size_t base, const std::string& path)
      : data_(data), base_(base), path_(path) {}
  void bytes(void* p, size_t n) {
    need(n);
    std::memcpy(p, data_.data() + pos_, n);
    pos_ += n;
  }
  template <typename T>
  T pod() {
    T v;
    bytes(&v, sizeof v);
    return v;
  }
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      need(1);
      uint8_t b = uint8_t(data_[pos_++]);
      v |= uint64_t(b & 0x7F) << shift;
      if (!(b & 0x80)) return v;
    }
    fail("bad varint");
  }
  std::string str() {
    uint32_t n = pod<uint32_t>();
    need(n);
    std::string s(data_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  void need(size_t n) {
    if (pos_ + n > data_.size())
      throw ModelError(path_ + ": truncated at byte " + std::to_string(base_ + data_.size()));
  }
  [[noreturn]] void fail(const std::string& what) {
    throw ModelError(path_ + ": corrupt at byte " + std::to_string(base_ + pos_) + ": " + what);
  }
  size_t remaining() const { return data_.size() - pos_; }

 private:
  std::string_view data_;
  size_t pos_ = 0;
  size_t base_;
  const std::string& path_;
};

void finish_transitions(PassWeights& p) {
  // Illegal transitions get a large negative score so Viterbi never takes them.
  for (int a = 0; a < kNumLabels; ++a)
    for (int b = 0; b < kNumLabels; ++b)
      if (!transition_allowed(a, b)) p.trans[a * kNumLabels + b] = -1e30f;
  for (int b = 0; b < kNumLabels; ++b)
    if (!transition_allowed(-1, b)) p.start[b] = -1e30f;
}

}  // namespace

void Model::save(const std::string& path) const {
  Writer w;
  w.pod<uint32_t>(uint32_t(hash_bits));
  w.pod<uint32_t>(kFeatureSetVersion);
  w.pod<uint8_t>(use_doc_features);
  w.pod<uint32_t>(uint32_t(gazetteer_lists.size()));
  for (const auto& l : gazetteer_lists) w.str(l);
  w.pod<uint32_t>(uint32_t(gazetteer.size()));
  gazetteer.for_each([&](uint64_t k, uint32_t v) {
    w.pod<uint64_t>(k);
    w.pod<uint32_t>(v);
  });
  for (const FlatMap<ClusterIds>* table : {&clusters, &emb_clusters}) {
    w.pod<uint32_t>(uint32_t(table->size()));
    table->for_each([&](uint64_t k, const ClusterIds& v) {
      w.pod<uint64_t>(k);
      for (uint16_t c : v) w.pod<uint16_t>(c);
    });
  }
  for (const PassWeights& p : pass) {
    w.pod<uint8_t>(p.present);
    if (!p.present) continue;
    w.pod<float>(p.scale);
    for (float t : p.trans) w.pod<float>(t < -1e29f ? 0.0f : t);
    for (float t : p.start) w.pod<float>(t < -1e29f ? 0.0f : t);
    w.pod<uint64_t>(p.buckets.size());
    uint32_t last = 0;
    for (size_t r = 0; r < p.buckets.size(); ++r) {
      w.varint(p.buckets[r] - last);
      last = p.buckets[r];
      const int16_t* row = p.rows.data() + r * kNumLabels;
      uint32_t mask = 0;
      for (int l = 0; l < kNumLabels; ++l)
        if (row[l]) mask |= 1u << l;
      w.varint(mask);
      for (int l = 0; l < kNumLabels; ++l) {
        if (!row[l]) continue;
        int32_t v = row[l];
        w.varint(uint32_t((v << 1) ^ (v >> 31)));
      }
    }
  }
  std::string header(kMagic, 8);
  Writer h;
  h.pod<uint32_t>(kVersion);
  h.pod<uint32_t>(0);
  h.pod<uint64_t>(w.data.size());
  h.pod<uint64_t>(hash_bytes(w.data, 0x4e4552));
  header += h.data;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error(path + ": cannot write");
  out.write(header.data(), std::streamsize(header.size()));
  out.write(w.data.data(), std::streamsize(w.data.size()));
  if (!out) throw std::runtime_error(path + ": write failed");
}

Model Model::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ModelError(path + ": cannot open model file");
  std::string file;
  in.seekg(0, std::ios::end);
  file.resize(size_t(std::max<std::streamoff>(in.tellg(), 0)));
  in.seekg(0);
  in.read(file.data(), std::streamsize(file.size()));
  if (!in) throw ModelError(path + ": cannot read model file");
  if (file.size() < 8 || std::memcmp(file.data(), kMagic, 8) != 0)
    throw ModelError(path + ": not a newsgraph NER model (bad magic)");
  if (file.size() < kHeaderSize)
    throw ModelError(path + ": truncated at byte " + std::to_string(file.size()) + " (header is " +
                     std::to_string(kHeaderSize) + " bytes)");
  Reader hr(std::string_view(file).substr(8, kHeaderSize - 8), 8, path);
  uint32_t version = hr.pod<uint32_t>();
  hr.pod<uint32_t>();
  uint64_t payload = hr.pod<uint64_t>();
  uint64_t checksum = hr.pod<uint64_t>();
  if (version != kVersion)
    throw ModelError(path + ": model format version " + std::to_string(version) +
                     ", this program reads version " + std::to_string(kVersion));
  if (file.size() - kHeaderSize < payload)
    throw ModelError(path + ": truncated at byte " + std::to_string(file.size()) + " (expected " +
                     std::to_string(kHeaderSize + payload) + " bytes)");
  std::string_view body = std::string_view(file).substr(kHeaderSize, payload);
  if (hash_bytes(body, 0x4e4552) != checksum)
    throw ModelError(path + ": checksum mismatch (corrupt model file)");
  Reader r(body, kHeaderSize, path);
  Model m;
  m.hash_bits = int(r.pod<uint32_t>());
  if (m.hash_bits < 8 || m.hash_bits > 26) r.fail("bad hash size");
  uint32_t features = r.pod<uint32_t>();
  if (features != kFeatureSetVersion)
    throw ModelError(path + ": model trained for feature set " + std::to_string(features) +
                     ", this program extracts feature set " + std::to_string(kFeatureSetVersion) +
                     " (retrain with 'newsgraph train ner')");
  m.use_doc_features = r.pod<uint8_t>() != 0;
  uint32_t nlists = r.pod<uint32_t>();
  if (nlists > kMaxGazLists) r.fail("too many gazetteer lists");
  for (uint32_t i = 0; i < nlists; ++i) m.gazetteer_lists.push_back(r.str());
  uint32_t ngaz = r.pod<uint32_t>();
  r.need(size_t(ngaz) * 12);
  std::vector<std::pair<uint64_t, uint32_t>> gaz(ngaz);
  for (auto& [k, v] : gaz) {
    k = r.pod<uint64_t>();
    v = r.pod<uint32_t>();
  }
  m.gazetteer.build(gaz);
  for (FlatMap<ClusterIds>* table : {&m.clusters, &m.emb_clusters}) {
    uint32_t nclusters = r.pod<uint32_t>();
    r.need(size_t(nclusters) * 14);
    std::vector<std::pair<uint64_t, ClusterIds>> cl(nclusters);
    for (auto& [k, v] : cl) {
      k = r.pod<uint64_t>();
      for (uint16_t& c : v) c = r.pod<uint16_t>();
    }
    table->build(cl);
  }
  const uint64_t num_buckets = uint64_t(1) << m.hash_bits;
  for (PassWeights& p : m.pass) {
    p.present = r.pod<uint8_t>() != 0;
    if (!p.present) continue;
    p.scale = r.pod<float>();
    for (float& t : p.trans) t = r.pod<float>();
    for (float& t : p.start) t = r.pod<float>();
    finish_transitions(p);
    uint64_t nrows = r.pod<uint64_t>();
    if (nrows > num_buckets || nrows * 2 > r.remaining()) r.fail("bad row count");
    p.buckets.resize(nrows);
    p.rows.assign(nrows * kNumLabels, 0);
    uint64_t bucket = 0;
    for (uint64_t k = 0; k < nrows; ++k) {
      bucket += r.varint();
      if (bucket >= num_buckets || (k > 0 && bucket == p.buckets[k - 1]))
        r.fail("bucket out of order");
      p.buckets[k] = uint32_t(bucket);
      uint64_t mask = r.varint();
      if (mask >= (1u << kNumLabels)) r.fail("bad label mask");
      for (int l = 0; l < kNumLabels; ++l) {
        if (!(mask & (1u << l))) continue;
        uint64_t z = r.varint();
        if (z > 0xFFFF) r.fail("weight out of range");
        p.rows[k * kNumLabels + l] = int16_t(int32_t(z >> 1) ^ -int32_t(z & 1));
      }
    }
  }
  if (!m.pass[0].present) r.fail("no weights");
  if (r.remaining() != 0) r.fail("trailing bytes");
  m.prepare();
  return m;
}

void PassWeights::set_dense(const std::vector<int16_t>& dense) {
  buckets.clear();
  rows.clear();
  for (size_t b = 0; b * kNumLabels < dense.size(); ++b) {
    const int16_t* row = dense.data() + b * kNumLabels;
    bool any = false;
    for (int l = 0; l < kNumLabels; ++l) any |= row[l] != 0;
    if (!any) continue;
    buckets.push_back(uint32_t(b));
    rows.insert(rows.end(), row, row + kNumLabels);
  }
}

namespace {

// The relative weights (label - O) of one pass, halved (doubling the scale) until they fit
// int16: in the worst case they need one bit more.
float relative_rows(const PassWeights& p, const std::vector<uint32_t>& row_of, int half,
                    std::vector<TaggingTable::Row>& out) {
  int32_t largest = 0;
  for (size_t r = 0; r < p.buckets.size(); ++r) {
    const int16_t* row = p.rows.data() + r * kNumLabels;
    for (int l = 1; l < kNumLabels; ++l) largest = std::max(largest, std::abs(row[l] - row[0]));
  }
  int shift = 0;
  while ((largest >> shift) > 32767) ++shift;
  for (size_t r = 0; r < p.buckets.size(); ++r) {
    const int16_t* row = p.rows.data() + r * kNumLabels;
    int16_t* w = out[row_of[r]].w[half];
    for (int l = 1; l < kNumLabels; ++l) {
      int32_t d = row[l] - row[0];
      w[l - 1] = int16_t(shift ? (d + (1 << (shift - 1))) >> shift : d);
    }
  }
  return p.scale * float(1 << shift);
}

}  // namespace

void Model::prepare() {
  // The union of both passes' buckets, ascending; row r + 1 belongs to all[r].
  std::vector<uint32_t> all;
  std::merge(pass[0].buckets.begin(), pass[0].buckets.end(), pass[1].buckets.begin(),
             pass[1].buckets.end(), std::back_inserter(all));
  all.erase(std::unique(all.begin(), all.end()), all.end());
  table.rows.assign(all.size() + 1, TaggingTable::Row{});
  for (int half = 0; half < 2; ++half) {
    const PassWeights& p = pass[half];
    std::vector<uint32_t> row_of(p.buckets.size());
    size_t a = 0;  // both lists ascend: walk them together
    for (size_t r = 0; r < p.buckets.size(); ++r) {
      while (all[a] != p.buckets[r]) ++a;
      row_of[r] = uint32_t(a + 1);
    }
    table.scale[half] = relative_rows(p, row_of, half, table.rows);
  }
  size_t cap = 16;
  while (cap < all.size() * 2) cap <<= 1;
  table.index.assign(cap, 0);
  table.index_mask = uint32_t(cap - 1);
  for (size_t r = 0; r < all.size(); ++r) {
    uint32_t i = all[r] & table.index_mask;
    while (table.index[i] != 0) i = (i + 1) & table.index_mask;
    table.index[i] = (uint64_t(all[r] + 1) << 32) | uint32_t(r + 1);
  }
}

// ---- Tagger ----

struct Tagger::Scratch {
  FeatureScratch features;
  DocFeatures doc_features;
  std::vector<uint32_t> rows;
  std::vector<int32_t> sums[2];  // per pass, n x TaggingTable::kWidth
  std::vector<float> emissions;
  std::vector<float> work;
  std::vector<int> back;
  std::vector<uint8_t> labels[2];
};

Tagger::Tagger(std::shared_ptr<const Model> model) : model_(std::move(model)) {
  if (model_ && model_->table.rows.empty())
    throw ModelError("entity model not prepared for tagging (Model::prepare() was not called)");
}
Tagger::~Tagger() = default;
Tagger::Tagger(Tagger&&) noexcept = default;
Tagger& Tagger::operator=(Tagger&&) noexcept = default;

Tagger Tagger::load(const std::string& path) {
  return Tagger(std::make_shared<const Model>(Model::load(path)));
}

void Tagger::save(const std::string& path) const { model_->save(path); }

std::shared_ptr<Tagger::Scratch> Tagger::make_scratch() const {
  return std::make_shared<Scratch>();
}

namespace {

// Rows of all of a document's features, located with the index slots prefetched a few
// features ahead so that the cache misses overlap instead of waiting one after another.
constexpr size_t kAhead = 32;
void locate_rows(const TaggingTable& t, const DocFeatures& f, std::vector<uint32_t>& rows) {
  const size_t total = f.buckets.size();
  const uint32_t* buckets = f.buckets.data();
  rows.resize(total + kAhead);
  for (size_t k = 0; k < total; ++k) {
    if (k + kAhead < total) t.prefetch(buckets[k + kAhead]);
    rows[k] = t.find(buckets[k]);
  }
  std::fill(rows.begin() + long(total), rows.end(), 0u);
}

// Adds, per token, its features' rows (prefetched ahead) to acc[half] (n x kWidth sums) for
// each half whose bit is set in `halves`.
void add_rows(const TaggingTable& t, const DocFeatures& f, const std::vector<uint32_t>& rows,
              size_t n, int halves, std::vector<int32_t> (&acc)[2]) {
  // A half row is two vectors of 8 int16, summed into two of 8 int32.
  using I16x8 = int16_t __attribute__((vector_size(16)));
  using I32x8 = int32_t __attribute__((vector_size(32)));
  static_assert(sizeof(TaggingTable::Row) == 4 * sizeof(I16x8));
  constexpr int kW = TaggingTable::kWidth;
  const TaggingTable::Row* table = t.rows.data();
  for (size_t i = 0; i < n; ++i) {
    I32x8 sum[2][2] = {};
    for (size_t k = f.offsets[i]; k < f.offsets[i + 1]; ++k) {
      __builtin_prefetch(&table[rows[k + kAhead]]);
      I16x8 w[4];
      std::memcpy(w, &table[rows[k]], sizeof w);
      if (halves & 1) {
        sum[0][0] += __builtin_convertvector(w[0], I32x8);
        sum[0][1] += __builtin_convertvector(w[1], I32x8);
      }
      if (halves & 2) {
        sum[1][0] += __builtin_convertvector(w[2], I32x8);
        sum[1][1] += __builtin_convertvector(w[3], I32x8);
      }
    }
    for (int h = 0; h < 2; ++h) {
      if (!(halves & (1 << h))) continue;
      int32_t* out = acc[h].data() + i * kW;
      for (int l = 0; l < 8; ++l) {
        out[l] += sum[h][0][l];
        out[l + 8] += sum[h][1][l];
      }
    }
  }
}

// Emission scores [n x kNumLabels] from weight sums: O scores 0, the others relative to it.
void to_emissions(const std::vector<int32_t>& acc, size_t n, float scale, std::vector<float>& em) {
  constexpr int kW = TaggingTable::kWidth;
  em.resize(n * kNumLabels);
  for (size_t i = 0; i < n; ++i) {
    float* out = em.data() + i * kNumLabels;
    out[0] = 0.0f;
    for (int l = 0; l < kW; ++l) out[l + 1] = float(acc[i * kW + l]) * scale;
  }
}

void decode(const PassWeights& p, const TaggerInput& doc, const std::vector<float>& em,
            std::vector<float>& work, std::vector<int>& back, std::vector<uint8_t>& labels) {
  const size_t n = doc.tokens.size();
  labels.assign(n, 0);
  uint32_t b = 0;
  for (size_t s = 0; s <= doc.sentence_ends.size(); ++s) {
    uint32_t e =
        s < doc.sentence_ends.size() ? std::min<uint32_t>(doc.sentence_ends[s], n) : uint32_t(n);
    if (e > b)
      viterbi(em.data() + size_t(b) * kNumLabels, e - b, p.trans.data(), p.start.data(), work, back,
              labels.data() + b);
    if (e > b) b = e;
  }
}

}  // namespace

void Tagger::tag(const TaggerInput& doc, Scratch& s, std::vector<Chunk>& out) const {
  out.clear();
  const size_t n = doc.tokens.size();
  if (n == 0) return;
  // Sentence ends must ascend strictly and stay within the tokens; repair them if not.
  bool ends_ok = true;
  for (size_t k = 0; k < doc.sentence_ends.size(); ++k)
    ends_ok &=
        doc.sentence_ends[k] <= n && (k == 0 || doc.sentence_ends[k] > doc.sentence_ends[k - 1]);
  if (!ends_ok) {
    TaggerInput fixed;
    fixed.tokens = doc.tokens;
    for (uint32_t e : doc.sentence_ends)
      if (e <= n && (fixed.sentence_ends.empty() || e > fixed.sentence_ends.back()))
        fixed.sentence_ends.push_back(e);
    tag(fixed, s, out);
    return;
  }
  // Typographic quotes and apostrophes ("’s", "“") read as their ASCII forms, the only ones
  // the CoNLL training text has.
  bool typographic = false;
  for (std::string_view t : doc.tokens) typographic |= has_typographic_quote(t);
  if (typographic) {
    std::vector<std::string> store(n);
    TaggerInput ascii;
    ascii.sentence_ends = doc.sentence_ends;
    for (size_t i = 0; i < n; ++i) {
      ascii_quotes(doc.tokens[i], store[i]);
      ascii.tokens.emplace_back(store[i]);
    }
    tag(ascii, s, out);
    return;
  }
  // Pass 1's features are pass 2's too: one sweep over their rows sums both passes.
  const Model& m = *model_;
  const TaggingTable& t = m.table;
  const bool two = m.pass[1].present;
  extract_features(m, doc, 0, nullptr, s.features, s.doc_features);
  locate_rows(t, s.doc_features, s.rows);
  for (auto& v : s.sums) v.assign(n * TaggingTable::kWidth, 0);
  add_rows(t, s.doc_features, s.rows, n, two ? 3 : 1, s.sums);
  to_emissions(s.sums[0], n, t.scale[0], s.emissions);
  decode(m.pass[0], doc, s.emissions, s.work, s.back, s.labels[0]);
  const std::vector<uint8_t>* final_labels = &s.labels[0];
  if (two) {
    stacked_features(m, doc, s.labels[0], s.features, s.doc_features);
    locate_rows(t, s.doc_features, s.rows);
    add_rows(t, s.doc_features, s.rows, n, 2, s.sums);
    to_emissions(s.sums[1], n, t.scale[1], s.emissions);
    decode(m.pass[1], doc, s.emissions, s.work, s.back, s.labels[1]);
    final_labels = &s.labels[1];
  }
  chunks_from_labels(final_labels->data(), n, 0, out);
}

std::vector<Chunk> Tagger::tag(const TaggerInput& doc) const {
  auto scratch = make_scratch();
  std::vector<Chunk> out;
  tag(doc, *scratch, out);
  return out;
}

}  // namespace newsgraph::ner
