// Training the learned cue detector on PolNeAR (`newsgraph train cues`). Training-time only:
// reads brat files and runs repair and segmentation on the training articles.
#include "quotes/cue_train.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <ostream>
#include <random>
#include <sstream>

#include "newsgraph/repair.h"
#include "newsgraph/segment.h"
#include "output/brat.h"
#include "quotes/lexicon.h"

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
