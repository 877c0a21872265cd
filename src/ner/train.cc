// Training: averaged structured perceptron (Collins 2002) with Viterbi decoding, seeded
// shuffling, and a jackknifed second pass: pass-1 labels for the training documents come from
// models trained on the other folds, so pass 2 learns from labels as noisy as at tag time.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <ostream>
#include <random>
#include <sstream>
#include <unordered_map>

#include "ner/model.h"
#include "ner/text_util.h"
#include "ner/training.h"

namespace newsgraph::ner {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct TrainDoc {
  uint32_t origin = 0;  // index of the document this one copies (itself when not a copy)
  bool extra = false;   // from --extra-train: always trained on, never held out
  std::vector<std::string> store;
  TaggerInput input;
  std::vector<uint8_t> gold;
  std::vector<Chunk> gold_chunks;
};

std::vector<TrainDoc> load_docs(const std::string& paths) {
  std::vector<TrainDoc> docs;
  std::stringstream list(paths);
  std::string path;
  while (std::getline(list, path, ',')) {
    if (path.empty()) continue;
    for (ConllDocument& c : read_conll(read_file(path))) {
      TrainDoc d;
      d.store = std::move(c.tokens);
      d.input.sentence_ends = c.sentence_ends;
      d.gold_chunks = chunks_from_tags(c.gold, c.sentence_ends);
      labels_from_chunks(d.gold_chunks, d.store.size(), d.gold);
      docs.push_back(std::move(d));
    }
  }
  for (uint32_t i = 0; i < docs.size(); ++i) docs[i].origin = i;
  for (TrainDoc& d : docs)
    for (const std::string& t : d.store) d.input.tokens.emplace_back(t);
  return docs;
}

// Appends a lower-cased copy of every `every`-th document and an upper-cased copy of every
// `every`-th one half a period later, so the tagger also learns from text whose case is lost.
void add_case_copies(std::vector<TrainDoc>& docs, int every) {
  if (every <= 0) return;
  const size_t n = docs.size();
  for (size_t i = 0; i < n; ++i) {
    bool lower = i % size_t(every) == 0, upper = i % size_t(every) == size_t(every) / 2;
    if (!lower && !upper) continue;
    TrainDoc copy;
    copy.origin = uint32_t(i);
    copy.store = docs[i].store;
    for (std::string& t : copy.store)
      for (char& c : t) c = lower ? to_lower(c) : is_lower(c) ? char(c - 32) : c;
    copy.input.sentence_ends = docs[i].input.sentence_ends;
    copy.gold = docs[i].gold;
    copy.gold_chunks = docs[i].gold_chunks;
    docs.push_back(std::move(copy));
  }
  for (size_t i = n; i < docs.size(); ++i)
    for (const std::string& t : docs[i].store) docs[i].input.tokens.emplace_back(t);
}

// "word<TAB>id1<TAB>id2<TAB>id3" lines; `key` maps a word to its table key.
void load_clusters(const std::string& path, FlatMap<ClusterIds>& table,
                   uint64_t (*key)(std::string_view)) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::vector<std::pair<uint64_t, ClusterIds>> items;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::stringstream ss(line);
    std::string word;
    std::getline(ss, word, '\t');
    ClusterIds ids{kNoCluster, kNoCluster, kNoCluster};
    std::string field;
    for (int k = 0; k < kClusterLevels && std::getline(ss, field, '\t'); ++k) {
      char* end = nullptr;
      long v = std::strtol(field.c_str(), &end, 10);
      if (end == field.c_str() || v < 0 || v >= kNoCluster)
        throw std::runtime_error(path + ":" + std::to_string(line_no) + ": bad class id '" + field +
                                 "'");
      ids[k] = uint16_t(v);
    }
    items.emplace_back(key(word), ids);
  }
  table.build(items);
}

uint64_t brown_key(std::string_view word) { return hash_bytes(word, 9); }

void load_gazetteer(const std::string& path, Model& m) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::unordered_map<uint64_t, uint32_t> entries;
  std::string line, lower;
  std::vector<std::string> toks;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string list = line.substr(0, tab);
    auto it = std::find(m.gazetteer_lists.begin(), m.gazetteer_lists.end(), list);
    int idx = int(it - m.gazetteer_lists.begin());
    if (it == m.gazetteer_lists.end()) {
      if (int(m.gazetteer_lists.size()) >= kMaxGazLists)
        throw std::runtime_error(path + ": more than 24 lists");
      m.gazetteer_lists.push_back(list);
    }
    toks.clear();
    segment_tokenize(std::string_view(line).substr(tab + 1), toks);
    if (toks.empty() || toks.size() > size_t(kMaxGazWords)) continue;
    uint64_t h = phrase_hash_start();
    for (size_t i = 0; i < toks.size(); ++i) {
      lower_norm(toks[i], lower);
      h = phrase_hash_extend(h, lower);
      if (i + 1 < toks.size()) entries[h] |= kGazPrefix;
    }
    entries[h] |= 1u << idx;
  }
  m.gazetteer.build(std::vector<std::pair<uint64_t, uint32_t>>(entries.begin(), entries.end()));
}

// Float weights with the averaging accumulators.
struct FloatPass {
  std::vector<float> w, acc;
  std::array<float, kNumLabels * kNumLabels> trans{}, trans_acc{};
  std::array<float, kNumLabels> start{}, start_acc{};
  double c = 1;
};

struct Sentence {
  uint32_t doc, begin, end;
};

PassWeights train_pass(const Model& model, const std::vector<TrainDoc>& docs,
                       const std::vector<uint32_t>& subset, int pass,
                       const std::vector<std::vector<uint8_t>>* pass1, int epochs, uint64_t seed,
                       std::ostream& log) {
  const size_t table = size_t(kNumLabels) << model.hash_bits;
  FloatPass fp;
  fp.w.assign(table, 0.0f);
  fp.acc.assign(table, 0.0f);
  std::vector<DocFeatures> feats(docs.size());
  std::vector<Sentence> sentences;
  FeatureScratch scratch;
  for (uint32_t d : subset) {
    extract_features(model, docs[d].input, pass, pass1 ? &(*pass1)[d] : nullptr, scratch, feats[d]);
    uint32_t b = 0;
    for (uint32_t e : docs[d].input.sentence_ends) {
      if (e > b) sentences.push_back({d, b, e});
      b = e;
    }
  }
  std::mt19937_64 rng(seed);
  std::vector<float> em, work;
  std::vector<int> back;
  std::vector<uint8_t> pred;
  std::array<float, kNumLabels * kNumLabels> trans;
  std::array<float, kNumLabels> start;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::shuffle(sentences.begin(), sentences.end(), rng);
    size_t errors = 0, tokens = 0;
    for (const Sentence& s : sentences) {
      const DocFeatures& f = feats[s.doc];
      const std::vector<uint8_t>& gold = docs[s.doc].gold;
      const size_t n = s.end - s.begin;
      em.assign(n * kNumLabels, 0.0f);
      for (size_t i = 0; i < n; ++i) {
        float* out = em.data() + i * kNumLabels;
        for (uint32_t k = f.offsets[s.begin + i]; k < f.offsets[s.begin + i + 1]; ++k) {
          const float* row = fp.w.data() + size_t(f.buckets[k]) * kNumLabels;
          for (int l = 0; l < kNumLabels; ++l) out[l] += row[l];
        }
      }
      for (int a = 0; a < kNumLabels; ++a)
        for (int b = 0; b < kNumLabels; ++b)
          trans[a * kNumLabels + b] =
              transition_allowed(a, b) ? fp.trans[a * kNumLabels + b] : -1e30f;
      for (int b = 0; b < kNumLabels; ++b)
        start[b] = transition_allowed(-1, b) ? fp.start[b] : -1e30f;
      pred.resize(n);
      viterbi(em.data(), n, trans.data(), start.data(), work, back, pred.data());
      tokens += n;
      const float c = float(fp.c);
      for (size_t i = 0; i < n; ++i) {
        const int g = gold[s.begin + i], p = pred[i];
        if (g != p) {
          ++errors;
          for (uint32_t k = f.offsets[s.begin + i]; k < f.offsets[s.begin + i + 1]; ++k) {
            size_t row = size_t(f.buckets[k]) * kNumLabels;
            fp.w[row + g] += 1;
            fp.acc[row + g] += c;
            fp.w[row + p] -= 1;
            fp.acc[row + p] -= c;
          }
        }
        const int gp = i ? gold[s.begin + i - 1] : -1, pp = i ? pred[i - 1] : -1;
        if (gp != pp || g != p) {
          if (i == 0) {
            fp.start[g] += 1;
            fp.start_acc[g] += c;
            fp.start[p] -= 1;
            fp.start_acc[p] -= c;
          } else {
            fp.trans[gp * kNumLabels + g] += 1;
            fp.trans_acc[gp * kNumLabels + g] += c;
            fp.trans[pp * kNumLabels + p] -= 1;
            fp.trans_acc[pp * kNumLabels + p] -= c;
          }
        }
      }
      fp.c += 1;
    }
    log << "    pass " << pass + 1 << " epoch " << epoch + 1 << ": token errors " << errors << " / "
        << tokens << "\n";
    log.flush();
  }
  // Average and quantise.
  PassWeights out;
  out.present = true;
  const float inv = float(1.0 / fp.c);
  float maxabs = 0;
  for (size_t i = 0; i < table; ++i) {
    fp.w[i] -= fp.acc[i] * inv;
    maxabs = std::max(maxabs, std::fabs(fp.w[i]));
  }
  // The tagger keeps each row relative to O (TaggingTable): the scale leaves room for those
  // differences too, so that the table holds them without losing a bit.
  for (size_t r = 0; r + kNumLabels <= table; r += kNumLabels)
    for (int l = 1; l < kNumLabels; ++l)
      maxabs = std::max(maxabs, std::fabs(fp.w[r + size_t(l)] - fp.w[r]));
  for (int i = 0; i < kNumLabels * kNumLabels; ++i)
    out.trans[i] = fp.trans[i] - fp.trans_acc[i] * inv;
  for (int i = 0; i < kNumLabels; ++i) out.start[i] = fp.start[i] - fp.start_acc[i] * inv;
  out.scale = maxabs > 0 ? maxabs / 32000.0f : 1.0f;
  std::vector<int16_t> dense(table, 0);
  const float q = 1.0f / out.scale;
  for (size_t i = 0; i < table; ++i) dense[i] = int16_t(std::lround(fp.w[i] * q));
  out.set_dense(dense);
  size_t float_nonzero = 0, kept = 0;
  for (size_t i = 0; i < table; ++i) {
    float_nonzero += fp.w[i] != 0.0f;
    kept += dense[i] != 0;
  }
  log << "    pass " << pass + 1 << ": largest weight or difference to O " << maxabs << ", "
      << float_nonzero << " non-zero weights, " << kept << " kept after int16 quantisation\n";
  for (int a = 0; a < kNumLabels; ++a)
    for (int b = 0; b < kNumLabels; ++b)
      if (!transition_allowed(a, b)) out.trans[a * kNumLabels + b] = -1e30f;
  for (int b = 0; b < kNumLabels; ++b)
    if (!transition_allowed(-1, b)) out.start[b] = -1e30f;
  return out;
}

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

ConllScore evaluate(const Tagger& tagger, const std::vector<TrainDoc>& docs) {
  ConllScore score;
  auto scratch = tagger.make_scratch();
  std::vector<Chunk> pred;
  for (const TrainDoc& d : docs) {
    tagger.tag(d.input, *scratch, pred);
    score.add(d.gold_chunks, pred);
  }
  return score;
}

// Pass 1 on `subset`, then (with o.folds >= 2) pass-1 labels for `subset` jackknifed over
// o.folds folds and pass 2 trained on them. `base` holds the clusters and gazetteer.
std::shared_ptr<Model> train_model(const Model& base, const std::vector<TrainDoc>& docs,
                                   const std::vector<uint32_t>& subset, const TrainOptions& o,
                                   std::ostream& log) {
  const auto t0 = std::chrono::steady_clock::now();
  auto model = std::make_shared<Model>(base);
  model->pass[0] = train_pass(*model, docs, subset, 0, nullptr, o.epochs, o.seed, log);
  model->prepare();
  log << "train: pass 1 done (" << seconds_since(t0) << " s)\n";
  if (o.folds < 2) return model;
  std::vector<uint32_t> order = subset;
  std::mt19937_64 rng(o.seed + 17);
  std::shuffle(order.begin(), order.end(), rng);
  std::vector<std::vector<uint8_t>> pass1(docs.size());
  for (int f = 0; f < o.folds; ++f) {
    std::vector<uint32_t> in, out;
    for (size_t k = 0; k < order.size(); ++k)
      (int(k % o.folds) == f ? out : in).push_back(order[k]);
    auto fold_model = std::make_shared<Model>(base);
    fold_model->pass[0] =
        train_pass(*fold_model, docs, in, 0, nullptr, o.epochs, o.seed + 100 + f, log);
    fold_model->prepare();
    Tagger t(fold_model);
    auto scratch = t.make_scratch();
    std::vector<Chunk> chunks;
    for (uint32_t d : out) {
      t.tag(docs[d].input, *scratch, chunks);
      labels_from_chunks(chunks, docs[d].input.tokens.size(), pass1[d]);
    }
    log << "train: fold " << f + 1 << "/" << o.folds << " done (" << seconds_since(t0) << " s)\n";
  }
  model->pass[1] = train_pass(*model, docs, subset, 1, &pass1, o.epochs, o.seed + 1, log);
  model->prepare();
  log << "train: pass 2 done (" << seconds_since(t0) << " s)\n";
  return model;
}

// k-fold cross-validation by document: trains on k-1 folds, scores the held-out one, and
// reports each fold's F1 and the F1 of all held-out predictions pooled.
void cross_validate(const Model& base, const std::vector<TrainDoc>& docs, const TrainOptions& o,
                    std::ostream& log) {
  // Folds over the original documents; a case copy trains only when its original does.
  std::vector<uint32_t> order;
  for (uint32_t i = 0; i < docs.size(); ++i)
    if (docs[i].origin == i && !docs[i].extra) order.push_back(i);
  std::mt19937_64 rng(o.seed + 29);
  std::shuffle(order.begin(), order.end(), rng);
  std::vector<int> fold_of(docs.size(), 0);
  for (size_t k = 0; k < order.size(); ++k) fold_of[order[k]] = int(k % o.cv_folds);
  ConllScore pooled;
  std::vector<double> f1s;
  std::ostringstream quiet;
  for (int f = 0; f < o.cv_folds; ++f) {
    std::vector<uint32_t> in;
    std::vector<TrainDoc const*> held;
    for (uint32_t k : order) {
      if (fold_of[k] == f)
        held.push_back(&docs[k]);
      else
        in.push_back(k);
    }
    for (uint32_t i = 0; i < docs.size(); ++i) {
      const TrainDoc& origin = docs[docs[i].origin];
      if (origin.extra || (docs[i].origin != i && fold_of[docs[i].origin] != f)) in.push_back(i);
    }
    quiet.str("");
    Tagger t(train_model(base, docs, in, o, quiet));
    ConllScore score;
    auto scratch = t.make_scratch();
    std::vector<Chunk> pred;
    for (const TrainDoc* d : held) {
      t.tag(d->input, *scratch, pred);
      score.add(d->gold_chunks, pred);
      pooled.add(d->gold_chunks, pred);
    }
    f1s.push_back(score.overall.f1());
    char line[128];
    std::snprintf(line, sizeof line, "cv: fold %d/%d: %zu documents, F1 %.2f\n", f + 1, o.cv_folds,
                  held.size(), f1s.back());
    log << line;
    log.flush();
  }
  double mean = 0, var = 0;
  for (double x : f1s) mean += x / double(f1s.size());
  for (double x : f1s) var += (x - mean) * (x - mean) / double(f1s.size());
  char line[160];
  std::snprintf(line, sizeof line, "cv: %d folds, pooled F1 %.2f, fold mean %.2f (sd %.2f)\n",
                o.cv_folds, pooled.overall.f1(), mean, std::sqrt(var));
  log << "cv: pooled held-out predictions:\n" << pooled.report() << line;
}

}  // namespace

void train(const TrainOptions& o, std::ostream& log) {
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<TrainDoc> docs = load_docs(o.train_path);
  if (docs.empty()) throw std::runtime_error(o.train_path + ": no training documents");
  if (!o.extra_train_path.empty()) {
    std::vector<TrainDoc> extra = load_docs(o.extra_train_path);
    const uint32_t first = uint32_t(docs.size());
    for (uint32_t k = 0; k < extra.size(); ++k) {
      extra[k].origin = first + k;
      extra[k].extra = true;
    }
    std::move(extra.begin(), extra.end(), std::back_inserter(docs));
  }
  std::vector<TrainDoc> dev;
  if (!o.dev_path.empty()) dev = load_docs(o.dev_path);
  add_case_copies(docs, o.case_copies);
  Model base;
  base.hash_bits = o.hash_bits;
  base.use_doc_features = o.use_doc_features;
  if (!o.clusters_path.empty()) load_clusters(o.clusters_path, base.clusters, brown_key);
  if (!o.embclusters_path.empty()) load_clusters(o.embclusters_path, base.emb_clusters, emb_key);
  if (!o.gazetteer_path.empty()) load_gazetteer(o.gazetteer_path, base);
  log << "train: " << docs.size() << " documents, " << base.clusters.size() << " clustered words, "
      << base.emb_clusters.size() << " words with vector classes, " << base.gazetteer_lists.size()
      << " gazetteer lists\n";
  if (o.cv_folds >= 2) {
    cross_validate(base, docs, o, log);
    return;
  }
  std::vector<uint32_t> all(docs.size());
  for (uint32_t i = 0; i < all.size(); ++i) all[i] = i;
  std::shared_ptr<Model> model = train_model(base, docs, all, o, log);
  model->save(o.out_path);
  log << "train: wrote " << o.out_path << " (" << seconds_since(t0) << " s)\n";
  if (!dev.empty()) {
    Tagger t = Tagger::load(o.out_path);
    log << "dev, final model as saved:\n" << evaluate(t, dev).report();
  }
}

}  // namespace newsgraph::ner
