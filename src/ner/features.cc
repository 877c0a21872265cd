// Feature extraction for the entity tagger: token atoms (word, lower case, shape, affixes,
// clusters, gazetteer positions) are hashed once per token, then every feature is a 64-bit mix
// of a template id with one or two atoms, folded into the weight table's bucket range.
#include <algorithm>

#include "ner/model.h"
#include "ner/text_util.h"

namespace newsgraph::ner {

bool transition_allowed(int prev, int cur) {
  bool prev_open = prev > 0 && (label_pos(prev) == kB || label_pos(prev) == kI);
  if (prev_open) {
    return cur > 0 && label_type(cur) == label_type(prev) &&
           (label_pos(cur) == kI || label_pos(cur) == kL);
  }
  return cur == 0 || label_pos(cur) == kB || label_pos(cur) == kU;
}

bool can_end(int label) { return label == 0 || label_pos(label) == kL || label_pos(label) == kU; }

uint64_t emb_key(std::string_view lower_word) { return hash_bytes(lower_word, 11); }

uint64_t phrase_hash_start() { return 0x5bd1e9955bd1e995ULL; }
uint64_t phrase_hash_extend(uint64_t h, std::string_view lower_token) {
  return hash_combine(h, hash_bytes(lower_token, 77));
}

void chunks_from_labels(const uint8_t* labels, size_t n, uint32_t offset, std::vector<Chunk>& out) {
  bool open = false;
  Chunk cur;
  for (size_t i = 0; i < n; ++i) {
    int l = labels[i];
    if (l == 0) {
      if (open) out.push_back(cur);
      open = false;
      continue;
    }
    ConllType t = label_type(l);
    int p = label_pos(l);
    bool cont = open && cur.type == t && (p == kI || p == kL);
    if (!cont) {
      if (open) out.push_back(cur);
      cur = Chunk{uint32_t(offset + i), uint32_t(offset + i + 1), t};
      open = true;
    } else {
      cur.end = uint32_t(offset + i + 1);
    }
    if (p == kL || p == kU) {
      out.push_back(cur);
      open = false;
    }
  }
  if (open) out.push_back(cur);
}

void labels_from_chunks(const std::vector<Chunk>& chunks, size_t n, std::vector<uint8_t>& out) {
  out.assign(n, 0);
  for (const Chunk& c : chunks) {
    if (c.end > n || c.begin >= c.end) continue;
    if (c.end - c.begin == 1) {
      out[c.begin] = uint8_t(label_of(c.type, kU));
      continue;
    }
    out[c.begin] = uint8_t(label_of(c.type, kB));
    for (uint32_t i = c.begin + 1; i + 1 < c.end; ++i) out[i] = uint8_t(label_of(c.type, kI));
    out[c.end - 1] = uint8_t(label_of(c.type, kL));
  }
}

namespace {

enum Template : uint64_t {
  kBias = 1,
  kWord,
  kLower,
  kShape,
  kShortShape,
  kPrefix,
  kSuffix = kPrefix + 4,
  kLowerM1 = kSuffix + 4,
  kLowerM2,
  kLowerP1,
  kLowerP2,
  kShapeM1,
  kShapeP1,
  kShortM2,
  kShortP2,
  kLowerBigramL,
  kLowerBigramR,
  kShapeTri,
  kShortBiL,
  kShortBiR,
  kFirstShape,
  kAfterQuote,
  kCapsSentShape,
  kCapsSentLower,
  kCluster,
  kClusterM1 = kCluster + 4,
  kClusterP1 = kClusterM1 + 4,
  kClusterM2 = kClusterP1 + 4,
  kClusterP2,
  kGaz,
  kGazM1,
  kGazP1,
  kDocLower,
  kDocCapMid,
  kDocOnlyCaps,
  kP1Self,
  kP1Other,
  kP1OtherAny,
  kP1Left,
  kP1Right,
  kWordShapeM1,
  kWordLowerP1,
  kClusterShape,
  kGazCapShape,
  kLen,
  kDocHeadShape,
  kDocHeadGaz,
  kDocHeadCluster,
  kClusterBigramL,
  kClusterBigramR,
  kEmb,
  kEmbM1 = kEmb + 3,
  kEmbP1 = kEmbM1 + 3,
  kEmbM2 = kEmbP1 + 3,
  kEmbP2,
  kEmbShape,
  kEmbBigramL,
  kEmbBigramR,
  kTemplateCount
};

constexpr uint8_t kFirst = 1, kAfterQ = 2, kCapsSent = 4, kCapital = 8, kLowerSent = 16;

bool is_quote(std::string_view t) {
  return t == "\"" || t == "``" || t == "''" || t == "'" || t == "`" || t == "\xE2\x80\x9C" ||
         t == "\xE2\x80\x9D";
}

uint32_t doc_lookup(FeatureScratch& s, uint64_t key) {
  size_t mask = s.doc_index.size() - 1;
  size_t i = key & mask;
  while (true) {
    uint32_t v = s.doc_index[i];
    if (v == 0) {
      s.doc_table.push_back(FeatureScratch::DocEntry{key, 0, 0, 0, {0, 0, 0, 0}});
      s.doc_index[i] = uint32_t(s.doc_table.size());
      return uint32_t(s.doc_table.size() - 1);
    }
    if (s.doc_table[v - 1].key == key) return v - 1;
    i = (i + 1) & mask;
  }
}

// Token atoms of one sentence [sb, se). The keys of the three tables (clusters, word-vector
// classes, gazetteer) are computed and prefetched for the whole sentence first, then looked up,
// so their cache misses overlap.
void sentence_atoms(const Model& model, const TaggerInput& doc, uint32_t sb, uint32_t se,
                    FeatureScratch& s) {
  const bool use_emb = model.emb_clusters.size() > 0;
  const bool use_gaz = !model.gazetteer_lists.empty();
  // All-caps sentence (headline): at least one letter, no lower-case letters.
  bool any_upper = false, any_lower = false;
  for (uint32_t i = sb; i < se; ++i)
    for (char c : doc.tokens[i]) {
      any_upper |= is_upper(c);
      any_lower |= is_lower(c);
    }
  const bool caps = any_upper && !any_lower;
  const bool lower_sent = any_lower && !any_upper;  // case lost: lower-cased text
  for (uint32_t i = sb; i < se; ++i) {
    std::string_view t = doc.tokens[i];
    FeatureScratch::Atoms& a = s.atoms[i];
    normalize_digits(t, s.buf);
    a.word = hash_bytes(s.buf, 1);
    a.cluster_key = hash_bytes(s.buf, 9);
    model.clusters.prefetch(a.cluster_key);
    lower_norm(t, s.buf2);
    a.lower = hash_bytes(s.buf2, 2);
    if (use_gaz) {
      a.phrase_token = hash_bytes(s.buf2, 77);
      model.gazetteer.prefetch(hash_combine(phrase_hash_start(), a.phrase_token));
    }
    if (use_emb) {
      ascii_lower(t, s.buf);
      a.emb_key = emb_key(s.buf);
      model.emb_clusters.prefetch(a.emb_key);
    }
  }
  for (uint32_t i = sb; i < se; ++i) {
    std::string_view t = doc.tokens[i];
    FeatureScratch::Atoms& a = s.atoms[i];
    const ClusterIds* cl = model.clusters.find(a.cluster_key);
    lower_norm(t, s.buf2);
    if (!cl && !s.buf2.empty()) {
      // Headline words: try the title-case form, then the lower-case form.
      std::string& title = s.buf;
      title = s.buf2;
      if (is_lower(title[0])) title[0] = char(title[0] - 32);
      cl = model.clusters.find(hash_bytes(title, 9));
      if (!cl) cl = model.clusters.find(hash_bytes(s.buf2, 9));
    }
    a.cl = cl ? *cl : ClusterIds{kNoCluster, kNoCluster, kNoCluster};
    if (use_emb) {
      const ClusterIds* em = model.emb_clusters.find(a.emb_key);
      a.emb = em ? *em : ClusterIds{kNoCluster, kNoCluster, kNoCluster};
    }
    for (int k = 0; k < 4; ++k) {
      size_t len = size_t(k + 1);
      a.prefix[k] =
          len <= s.buf2.size() ? hash_bytes(std::string_view(s.buf2).substr(0, len), 3 + k) : 0;
      a.suffix[k] = len <= s.buf2.size()
                        ? hash_bytes(std::string_view(s.buf2).substr(s.buf2.size() - len), 13 + k)
                        : 0;
    }
    word_shape(t, false, s.buf);
    a.shape = hash_bytes(s.buf, 4);
    word_shape(t, true, s.buf);
    a.short_shape = hash_bytes(s.buf, 5);
    a.flags = 0;
    if (i == sb) a.flags |= kFirst;
    if (i > sb && is_quote(doc.tokens[i - 1])) a.flags |= kAfterQ;
    if (caps) a.flags |= kCapsSent;
    if (lower_sent) a.flags |= kLowerSent;
    bool capital = !t.empty() && is_upper(t[0]);
    bool lower_initial = !t.empty() && is_lower(t[0]);
    if (capital) a.flags |= kCapital;
    a.doc_key = doc_lookup(s, a.lower);
    FeatureScratch::DocEntry& e = s.doc_table[a.doc_key];
    ++e.count;
    if (!caps && !lower_sent && lower_initial) ++e.lower_count;
    if (!caps && capital && i != sb && !(a.flags & kAfterQ)) ++e.cap_mid_count;
    a.gaz_begin = a.gaz_end = 0;
  }
  for (uint32_t i = sb; i < se; ++i) s.sent_flags[i] = caps;
}

// Gazetteer atoms (list, BILOU position) of the tokens of sentence [sb, se).
void sentence_gazetteer(const Model& model, uint32_t sb, uint32_t se, FeatureScratch& s) {
  // Collect (token, atom) pairs, then group them per token.
  size_t first = s.gaz.size();
  for (uint32_t i = sb; i < se; ++i) {
    uint64_t h = phrase_hash_start();
    for (uint32_t j = i; j < se && j < i + kMaxGazWords; ++j) {
      h = hash_combine(h, s.atoms[j].phrase_token);  // phrase_hash_extend
      const uint32_t* v = model.gazetteer.find(h);
      if (!v) break;
      uint32_t lists = *v & ~kGazPrefix;
      if (lists) {
        uint32_t len = j - i + 1;
        for (uint32_t k = i; k <= j; ++k) {
          int pos = len == 1 ? kU : k == i ? kB : k == j ? kL : kI;
          for (int l = 0; l < kMaxGazLists; ++l)
            if (lists & (1u << l)) s.gaz.push_back((uint64_t(k) << 32) | uint64_t(l * 4 + pos));
        }
      }
      if (!(*v & kGazPrefix)) break;
    }
  }
  std::sort(s.gaz.begin() + first, s.gaz.end());
  s.gaz.erase(std::unique(s.gaz.begin() + first, s.gaz.end()), s.gaz.end());
  for (size_t g = first; g < s.gaz.size();) {
    uint32_t k = uint32_t(s.gaz[g] >> 32);
    s.atoms[k].gaz_begin = uint32_t(g);
    while (g < s.gaz.size() && uint32_t(s.gaz[g] >> 32) == k) ++g;
    s.atoms[k].gaz_end = uint32_t(g);
  }
}

// The document-level feature buckets of token i (model.use_doc_features), appended to `out`.
inline void doc_features(const FeatureScratch& s, uint32_t i, int shift,
                         std::vector<uint32_t>& out) {
  auto f2 = [&](uint64_t t, uint64_t x, uint64_t y) {
    out.push_back(uint32_t(hash_combine(hash_combine(t, x), y) >> shift));
  };
  const auto& a = s.atoms[i];
  if ((a.flags & kCapital) && i > 0) {
    // The document's first word ("SOCCER", "CRICKET", a headline word): names of cities in
    // sports reports are usually teams.
    const uint64_t head = s.atoms[0].lower;
    f2(kDocHeadShape, head, a.short_shape);
    f2(kDocHeadCluster, head, a.cl[1]);
    for (uint32_t g = a.gaz_begin; g < a.gaz_end; ++g)
      f2(kDocHeadGaz, head, s.gaz[g] & 0xFFFFFFFFu);
  }
  const auto& e = s.doc_table[a.doc_key];
  bool capital = a.flags & kCapital;
  if (capital || (a.flags & kCapsSent)) {
    f2(kDocLower, e.lower_count > 0, a.short_shape);
    f2(kDocCapMid, e.cap_mid_count > 0, hash_combine(a.short_shape, a.flags & kFirst));
    if ((a.flags & kCapsSent) || (a.flags & kFirst))
      f2(kDocOnlyCaps, e.cap_mid_count > 0 && e.lower_count == 0, a.flags & kCapsSent);
  }
}

// The pass-1 feature buckets of token i (sentence [sb, se)), appended to `out`.
void token_features(const Model& model, const TaggerInput& doc, uint32_t i, uint32_t sb,
                    uint32_t se, const FeatureScratch& s, std::vector<uint32_t>& out) {
  const int shift = 64 - model.hash_bits;
  const bool use_emb = model.emb_clusters.size() > 0;
  const auto& a = s.atoms[i];
  auto outside = [](int d) -> uint64_t { return uint64_t(0x1000 + d); };
  auto lower_at = [&](int d) -> uint64_t {
    int64_t j = int64_t(i) + d;
    if (j < int64_t(sb) || j >= int64_t(se)) return outside(d);
    return s.atoms[j].lower;
  };
  auto shape_at = [&](int d, bool shrt) -> uint64_t {
    int64_t j = int64_t(i) + d;
    if (j < int64_t(sb) || j >= int64_t(se)) return outside(d);
    return shrt ? s.atoms[j].short_shape : s.atoms[j].shape;
  };
  auto cluster_at = [&](int d, int level) -> uint64_t {
    int64_t j = int64_t(i) + d;
    if (j < int64_t(sb) || j >= int64_t(se)) return 0xB0B0 + d;
    return s.atoms[j].cl[level];
  };
  auto emb_at = [&](int d, int level) -> uint64_t {
    int64_t j = int64_t(i) + d;
    if (j < int64_t(sb) || j >= int64_t(se)) return 0xE0E0 + d;
    return s.atoms[j].emb[level];
  };
  auto f1 = [&](uint64_t t, uint64_t x) { out.push_back(uint32_t(hash_combine(t, x) >> shift)); };
  auto f2 = [&](uint64_t t, uint64_t x, uint64_t y) {
    out.push_back(uint32_t(hash_combine(hash_combine(t, x), y) >> shift));
  };
  // Templates that see letter case fire in a namespace of the sentence's case: mixed, all
  // capitals (headlines) or all lower case. A lower-cased sentence then cannot teach the
  // tagger that "meanwhile" may start a name in ordinary text.
  const uint64_t mode = (a.flags & kCapsSent) ? 1 : (a.flags & kLowerSent) ? 2 : 0;
  auto c1 = [&](uint64_t t, uint64_t x) { f1(t | (mode << 40), x); };
  auto c2 = [&](uint64_t t, uint64_t x, uint64_t y) { f2(t | (mode << 40), x, y); };
  f1(kBias, 0);
  if (use_emb) {
    for (int level = 0; level < kClusterLevels; ++level) {
      f1(kEmb + level, emb_at(0, level));
      f1(kEmbM1 + level, emb_at(-1, level));
      f1(kEmbP1 + level, emb_at(1, level));
    }
    f1(kEmbM2, emb_at(-2, 1));
    f1(kEmbP2, emb_at(2, 1));
    c2(kEmbShape, emb_at(0, 2), a.short_shape);
    f2(kEmbBigramL, emb_at(-1, 1), emb_at(0, 1));
    f2(kEmbBigramR, emb_at(0, 1), emb_at(1, 1));
  }
  c1(kWord, a.word);
  f1(kLower, a.lower);
  c1(kShape, a.shape);
  c1(kShortShape, a.short_shape);
  for (int k = 0; k < 4; ++k) {
    if (a.prefix[k]) f1(kPrefix + k, a.prefix[k]);
    if (a.suffix[k]) f1(kSuffix + k, a.suffix[k]);
  }
  f1(kLowerM1, lower_at(-1));
  f1(kLowerM2, lower_at(-2));
  f1(kLowerP1, lower_at(1));
  f1(kLowerP2, lower_at(2));
  c1(kShapeM1, shape_at(-1, false));
  c1(kShapeP1, shape_at(1, false));
  c1(kShortM2, shape_at(-2, true));
  c1(kShortP2, shape_at(2, true));
  f2(kLowerBigramL, lower_at(-1), a.lower);
  f2(kLowerBigramR, a.lower, lower_at(1));
  c2(kShapeTri, hash_combine(shape_at(-1, true), a.short_shape), shape_at(1, true));
  c2(kShortBiL, shape_at(-1, true), a.short_shape);
  c2(kShortBiR, a.short_shape, shape_at(1, true));
  c2(kWordShapeM1, a.lower, shape_at(-1, true));
  c2(kWordLowerP1, a.short_shape, lower_at(1));
  if (a.flags & kFirst) c1(kFirstShape, a.short_shape);
  if (a.flags & kAfterQ) c1(kAfterQuote, a.short_shape);
  if (a.flags & kCapsSent) {
    f1(kCapsSentShape, a.short_shape);
    f1(kCapsSentLower, a.lower);
  }
  f1(kLen, std::min<size_t>(doc.tokens[i].size(), 12));
  for (int level = 0; level < kClusterLevels; ++level) {
    f1(kCluster + level, cluster_at(0, level));
    f1(kClusterM1 + level, cluster_at(-1, level));
    f1(kClusterP1 + level, cluster_at(1, level));
  }
  c2(kClusterShape, cluster_at(0, 1), a.short_shape);
  f2(kClusterBigramL, cluster_at(-1, 1), cluster_at(0, 1));
  f2(kClusterBigramR, cluster_at(0, 1), cluster_at(1, 1));
  f1(kClusterM2, cluster_at(-2, 1));
  f1(kClusterP2, cluster_at(2, 1));
  for (uint32_t g = a.gaz_begin; g < a.gaz_end; ++g) {
    uint64_t atom = s.gaz[g] & 0xFFFFFFFFu;
    f1(kGaz, atom);
    c2(kGazCapShape, atom, a.short_shape);
  }
  if (i > sb)
    for (uint32_t g = s.atoms[i - 1].gaz_begin; g < s.atoms[i - 1].gaz_end; ++g)
      f1(kGazM1, s.gaz[g] & 0xFFFFFFFFu);
  if (i + 1 < se)
    for (uint32_t g = s.atoms[i + 1].gaz_begin; g < s.atoms[i + 1].gaz_end; ++g)
      f1(kGazP1, s.gaz[g] & 0xFFFFFFFFu);
  if (model.use_doc_features) doc_features(s, i, shift, out);
}

}  // namespace

void extract_features(const Model& model, const TaggerInput& doc, int pass,
                      const std::vector<uint8_t>* pass1_labels, FeatureScratch& s,
                      DocFeatures& out) {
  if (pass == 1 && pass1_labels) {
    extract_features(model, doc, 0, nullptr, s, s.base);
    append_pass2_features(model, doc, *pass1_labels, s, s.base, out);
    return;
  }
  const size_t n = doc.tokens.size();
  out.buckets.clear();
  out.buckets.reserve(n * 72);
  out.offsets.assign(1, 0);
  s.atoms.resize(n);
  s.gaz.clear();
  s.sent_flags.assign(n, 0);
  // Document table.
  size_t cap = 64;
  while (cap < n * 2) cap <<= 1;
  s.doc_index.assign(cap, 0);
  s.doc_table.clear();
  uint32_t sb = 0;
  for (size_t si = 0; si <= doc.sentence_ends.size(); ++si) {
    uint32_t se =
        si < doc.sentence_ends.size() ? std::min<uint32_t>(doc.sentence_ends[si], n) : uint32_t(n);
    if (se <= sb) continue;
    sentence_atoms(model, doc, sb, se, s);
    if (!model.gazetteer_lists.empty()) sentence_gazetteer(model, sb, se, s);
    sb = se;
  }
  sb = 0;
  size_t si = 0;
  for (uint32_t i = 0; i < n; ++i) {
    while (si < doc.sentence_ends.size() && doc.sentence_ends[si] <= i) {
      sb = doc.sentence_ends[si];
      ++si;
    }
    uint32_t se =
        si < doc.sentence_ends.size() ? std::min<uint32_t>(doc.sentence_ends[si], n) : uint32_t(n);
    token_features(model, doc, i, sb, se, s, out.buckets);
    out.offsets.push_back(uint32_t(out.buckets.size()));
  }
}

void stacked_features(const Model& model, const TaggerInput& doc,
                      const std::vector<uint8_t>& labels, FeatureScratch& s, DocFeatures& out) {
  const size_t n = doc.tokens.size();
  const int shift = 64 - model.hash_bits;
  for (auto& e : s.doc_table)
    for (auto& c : e.type_count) c = 0;
  for (size_t i = 0; i < n; ++i)
    if (labels[i] != 0) ++s.doc_table[s.atoms[i].doc_key].type_count[int(label_type(labels[i]))];
  out.buckets.clear();
  out.offsets.assign(1, 0);
  uint32_t sb = 0;
  size_t si = 0;
  for (uint32_t i = 0; i < n; ++i) {
    while (si < doc.sentence_ends.size() && doc.sentence_ends[si] <= i) {
      sb = doc.sentence_ends[si];
      ++si;
    }
    uint32_t se =
        si < doc.sentence_ends.size() ? std::min<uint32_t>(doc.sentence_ends[si], n) : uint32_t(n);
    const auto& a = s.atoms[i];
    auto f1 = [&](uint64_t t, uint64_t x) {
      out.buckets.push_back(uint32_t(hash_combine(t, x) >> shift));
    };
    auto f2 = [&](uint64_t t, uint64_t x, uint64_t y) {
      out.buckets.push_back(uint32_t(hash_combine(hash_combine(t, x), y) >> shift));
    };
    int self = labels[i];
    f1(kP1Self, uint64_t(self));
    f1(kP1Left, i > sb ? labels[i - 1] : 99);
    f1(kP1Right, i + 1 < se ? labels[i + 1] : 99);
    const auto& e = s.doc_table[a.doc_key];
    uint32_t total = 0;
    int best = -1;
    uint32_t best_count = 0;
    for (int t = 0; t < kNumConllTypes; ++t) {
      uint32_t count = e.type_count[t] - (self != 0 && int(label_type(self)) == t ? 1 : 0);
      total += count;
      if (count > best_count) {
        best = t;
        best_count = count;
      }
      if (count > 0) f1(kP1OtherAny, uint64_t(t));
    }
    uint32_t others = e.count - 1;
    if (others > 0) {
      // Majority type elsewhere and whether the word was tagged in most other places.
      bool mostly_entity = total * 2 >= others;
      f2(kP1Other, uint64_t(best + 1), hash_combine(mostly_entity, (a.flags & kCapital) != 0));
    }
    out.offsets.push_back(uint32_t(out.buckets.size()));
  }
}

void append_pass2_features(const Model& model, const TaggerInput& doc,
                           const std::vector<uint8_t>& labels, FeatureScratch& s,
                           const DocFeatures& base, DocFeatures& out) {
  DocFeatures& stacked = s.stacked;
  stacked_features(model, doc, labels, s, stacked);
  const size_t n = doc.tokens.size();
  out.buckets.clear();
  out.offsets.assign(1, 0);
  for (size_t i = 0; i < n; ++i) {
    out.buckets.insert(out.buckets.end(), base.buckets.begin() + base.offsets[i],
                       base.buckets.begin() + base.offsets[i + 1]);
    out.buckets.insert(out.buckets.end(), stacked.buckets.begin() + stacked.offsets[i],
                       stacked.buckets.begin() + stacked.offsets[i + 1]);
    out.offsets.push_back(uint32_t(out.buckets.size()));
  }
}

namespace {

// For each label, the labels that may precede it, ascending (so ties resolve as a full scan
// would): B or I of its type before I and L, otherwise O, L or U of any type.
struct Predecessors {
  std::array<std::array<uint8_t, kNumLabels>, kNumLabels> list{};
  std::array<uint8_t, kNumLabels> count{};
  Predecessors() {
    for (int cur = 0; cur < kNumLabels; ++cur)
      for (int prev = 0; prev < kNumLabels; ++prev)
        if (transition_allowed(prev, cur)) list[cur][count[cur]++] = uint8_t(prev);
  }
};
const Predecessors kPredecessors;

}  // namespace

void viterbi(const float* em, size_t n, const float* trans, const float* start,
             std::vector<float>& work, std::vector<int>& back, uint8_t* labels_out) {
  if (n == 0) return;
  constexpr float kNeg = -1e30f;
  work.resize(2 * kNumLabels);
  back.resize(n * kNumLabels);
  float* prev = work.data();
  float* cur = work.data() + kNumLabels;
  for (int l = 0; l < kNumLabels; ++l)
    prev[l] = transition_allowed(-1, l) ? em[l] + start[l] : kNeg;
  for (size_t i = 1; i < n; ++i) {
    const float* e = em + i * kNumLabels;
    for (int l = 0; l < kNumLabels; ++l) {
      // Disallowed transitions score -1e30 and never win, so only allowed ones are scanned.
      const uint8_t* preds = kPredecessors.list[l].data();
      float best = kNeg * 2;
      int arg = 0;
      for (int k = 0; k < kPredecessors.count[l]; ++k) {
        const int p = preds[k];
        float v = prev[p] + trans[p * kNumLabels + l];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      cur[l] = best + e[l];
      back[i * kNumLabels + l] = arg;
    }
    std::swap(prev, cur);
  }
  int best = 0;
  float bv = kNeg * 4;
  for (int l = 0; l < kNumLabels; ++l)
    if (can_end(l) && prev[l] > bv) {
      bv = prev[l];
      best = l;
    }
  for (size_t i = n; i-- > 0;) {
    labels_out[i] = uint8_t(best);
    if (i > 0) best = back[i * kNumLabels + best];
  }
}

}  // namespace newsgraph::ner
