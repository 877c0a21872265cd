// Training the learned cue detector on PolNeAR (`newsgraph train cues`). Training-time only:
// reads brat files and runs repair and segmentation on the training articles.
#include "quotes/cue_train.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <random>
#include <sstream>

#include "eval/quote_eval.h"
#include "newsgraph/pipeline.h"
#include "newsgraph/repair.h"
#include "newsgraph/segment.h"
#include "output/brat.h"
#include "quotes/lexicon.h"
#include "util/utf8.h"

namespace newsgraph::quotes {

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

  // Whether a word of text[bytes) is in the cue inventory; the span is segmented on its own so
  // that its words are those the extractor reads at run time (segment/words.h).
  static bool has_inventory_word(std::string_view text, Span bytes) {
    Document span;
    span.text.assign(text.substr(bytes.begin, bytes.size()));
    segment_document(span);
    std::vector<scan::Word> words;
    scan::words_from_tokens(span, words);
    for (const scan::Word& w : words) {
      if (w.kind != scan::Kind::kWord) continue;
      std::string_view lw = std::string_view(span.lower_text).substr(w.begin, w.end - w.begin);
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

// ---- the content-end ranker ----

// Content-end choices of the quote stage on PolNeAR articles, each labelled with the shortest
// candidate that still reaches the gold content's end (ends trimmed as the exact-content score
// trims them); `exact` when that candidate ends exactly there.
struct EndTrainer {
  struct Example {
    uint32_t article = 0;
    uint32_t first = 0, count = 0;  // candidates: ranges[first, first + count)
    uint32_t gold = 0;              // index of the right candidate
    bool start_ok = false;          // the content's start is the gold start
    bool exact = false;             // the right candidate ends at the gold end
  };
  std::vector<std::pair<uint32_t, uint32_t>> ranges;  // (offset, count) into `features`
  std::vector<uint32_t> features;
  std::vector<Example> examples;
  uint32_t articles = 0;

  void read(const std::string& dir, const Pipeline& pipeline, const CueModel& model,
            std::ostream& log) {
    std::vector<EndChoice> choices;
    size_t total = 0;
    for (const output::PolnearArticle& a : output::polnear_articles(dir)) {
      const std::string text = CueTrainer::read_file(a.text_path);
      std::vector<std::vector<Span>> gold;
      for (const output::BratAttribution& b :
           output::read_brat_attributions(CueTrainer::read_file(a.ann_path)))
        if (!b.content.empty()) gold.push_back(b.content);
      Document doc(a.name, text);
      Status st = pipeline.Process(&doc);
      if (!st.ok()) throw std::runtime_error(a.text_path + ": " + st.ToString());
      collect_end_choices(doc, model, choices);
      const std::vector<char32_t> cps = utf8::decode_lenient(doc.input);
      const std::vector<uint32_t> offsets = output::code_point_offsets(doc.input);
      auto cp = [&](uint32_t text_byte) {
        return output::to_code_points(offsets, doc.to_input(Span{text_byte, text_byte})).begin;
      };
      for (const EndChoice& c : choices) {
        ++total;
        const Span predicted{cp(c.start), cp(c.ends[0])};
        // The gold quote it is matched to, as the lenient score matches (coverage >= 0.3).
        const std::vector<Span>* best = nullptr;
        double best_cover = 0.3;
        for (const std::vector<Span>& g : gold) {
          const double cover = eval::coverage(g, predicted);
          if (cover >= best_cover && (best == nullptr || cover > best_cover)) {
            best = &g;
            best_cover = cover;
          }
        }
        if (best == nullptr) continue;
        const Span g = eval::trim_content(cps, Span{best->front().begin, best->back().end});
        Example x;
        x.article = articles;
        x.first = static_cast<uint32_t>(ranges.size());
        x.count = static_cast<uint32_t>(c.ends.size());
        x.start_ok = eval::trim_content(cps, predicted).begin == g.begin;
        // The right candidate: the shortest that still reaches the gold end (the gold end
        // itself when it is a candidate), so that no cut loses gold text.
        uint32_t reach = UINT32_MAX;
        for (uint32_t i = 0; i < c.ends.size(); ++i) {
          const uint32_t e = eval::trim_content(cps, Span{predicted.begin, cp(c.ends[i])}).end;
          if (e >= g.end && e < reach) {
            reach = e;
            x.gold = i;
          }
        }
        if (reach == UINT32_MAX) x.gold = 0;
        x.exact = reach == g.end;
        for (const std::vector<uint32_t>& f : c.features) {
          ranges.emplace_back(static_cast<uint32_t>(features.size()),
                              static_cast<uint32_t>(f.size()));
          features.insert(features.end(), f.begin(), f.end());
        }
        examples.push_back(x);
      }
      ++articles;
    }
    size_t exact = 0;
    for (const Example& x : examples) exact += x.exact;
    log << dir << ": " << total << " content-end choices, " << examples.size()
        << " of a gold quote, " << exact << " with its end among the candidates\n";
  }

  float score(const std::vector<float>& w, uint32_t candidate) const {
    float s = 0;
    const auto [offset, count] = ranges[candidate];
    for (uint32_t i = 0; i < count; ++i) s += w[features[offset + i]];
    return s;
  }

  // The candidate chosen: the rules' end unless a cut scores `margin` more than it.
  uint32_t choose(const std::vector<float>& w, const Example& x, float margin) const {
    uint32_t best = 0;
    float best_score = score(w, x.first) + margin;
    for (uint32_t i = 1; i < x.count; ++i) {
      const float s = score(w, x.first + i);
      if (s > best_score) {
        best = i;
        best_score = s;
      }
    }
    return best;
  }

  // Averaged ranking perceptron over the examples of articles that `use` accepts.
  template <typename Use>
  std::vector<float> train(uint32_t buckets, int epochs, uint64_t seed, Use use) const {
    std::vector<float> w(buckets, 0.0f);
    std::vector<double> total(buckets, 0.0);
    std::vector<uint32_t> order;
    for (uint32_t i = 0; i < examples.size(); ++i)
      if (use(examples[i].article) && examples[i].count > 1) order.push_back(i);
    std::mt19937_64 rng(seed);
    double c = 1;
    auto update = [&](uint32_t candidate, float y) {
      const auto [offset, count] = ranges[candidate];
      for (uint32_t i = 0; i < count; ++i) {
        w[features[offset + i]] += y;
        total[features[offset + i]] += c * y;
      }
    };
    for (int epoch = 0; epoch < epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      for (uint32_t i : order) {
        const Example& x = examples[i];
        const uint32_t predicted = choose(w, x, 0.0f);
        if (predicted != x.gold) {
          update(x.first + x.gold, 1.0f);
          update(x.first + predicted, -1.0f);
        }
        c += 1;
      }
    }
    for (size_t f = 0; f < w.size(); ++f) w[f] = static_cast<float>(w[f] - total[f] / c);
    return w;
  }

  // Exact contents won and lost against the rules' ends (only where the start is right).
  template <typename Use>
  std::pair<size_t, size_t> gain_loss(const std::vector<float>& w, float margin, Use use) const {
    size_t gain = 0, loss = 0;
    for (const Example& x : examples) {
      if (!use(x.article) || !x.start_ok || !x.exact) continue;
      const uint32_t chosen = choose(w, x, margin);
      gain += chosen == x.gold && x.gold != 0;
      loss += chosen != x.gold && x.gold == 0;
    }
    return {gain, loss};
  }
};

// Trains the content-end ranker into m (whose cue weights are final); logs cross-validated
// figures on train and, with a dev folder, the figures there.
void train_end_ranker(const CueTrainOptions& o, CueModel& m, std::ostream& log) {
  Options po;
  po.ner_model_path = o.ner_model_path;
  po.learned_cues = false;
  po.quotes = false;
  po.relations = false;
  std::unique_ptr<Pipeline> pipeline;
  Status st = Pipeline::Open(po, &pipeline);
  if (!st.ok()) throw std::runtime_error(st.ToString());
  m.end_hash_bits_ = o.end_hash_bits;
  m.end_margin_ = o.end_margin;
  const uint32_t buckets = uint32_t{1} << o.end_hash_bits;
  m.end_weights_.assign(buckets, 0.0f);  // so that features are hashed to this size
  EndTrainer train;
  train.read(o.train_dir, *pipeline, m, log);
  if (o.end_folds > 1) {
    size_t gain = 0, loss = 0;
    for (int k = 0; k < o.end_folds; ++k) {
      auto in_fold = [&](uint32_t a) { return static_cast<int>(a % o.end_folds) == k; };
      const std::vector<float> w =
          train.train(buckets, o.end_epochs, o.seed, [&](uint32_t a) { return !in_fold(a); });
      const auto [g, l] = train.gain_loss(w, o.end_margin, in_fold);
      gain += g;
      loss += l;
    }
    log << "content ends, " << o.end_folds << "-fold cross-validation on train: " << gain
        << " exact contents gained, " << loss << " lost\n";
  }
  auto all = [](uint32_t) { return true; };
  m.end_weights_ = train.train(buckets, o.end_epochs, o.seed, all);
  if (!o.dev_dir.empty()) {
    EndTrainer dev;
    dev.read(o.dev_dir, *pipeline, m, log);
    const auto [g, l] = dev.gain_loss(m.end_weights_, o.end_margin, all);
    log << "content ends, dev: " << g << " exact contents gained, " << l << " lost\n";
  }
}

void train_cue_model(const CueTrainOptions& o, std::ostream& log) {
  std::error_code ec;
  if (!o.ner_model_path.empty() &&
      (!std::filesystem::is_regular_file(o.ner_model_path, ec) || !std::ifstream(o.ner_model_path)))
    throw std::runtime_error(o.ner_model_path + ": cannot read the entity model (not a file)");
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
  if (!o.ner_model_path.empty()) train_end_ranker(o, m, log);
  m.save(o.out_path);
  log << "wrote " << o.out_path << "\n";
}

}  // namespace newsgraph::quotes
