#include "web/tune.h"

#include <map>

#include "web/decode.h"
#include "web/dom.h"
#include "web/extract_internal.h"

namespace newsgraph::web {
namespace {

// A page parsed once; extraction with new knobs reuses the tree.
struct ParsedPage {
  Dom dom;
  Article meta;
  std::string ld_body;
  const std::string* truth = nullptr;
};

std::string BodyWith(const ParsedPage& p, const ExtractOptions& o) {
  std::string text = ExtractMainText(p.dom, o, p.meta.title);
  if (!p.ld_body.empty() && p.ld_body.size() >= o.json_ld_ratio * text.size()) return p.ld_body;
  return text;
}

ShingleScore Score(const std::vector<ParsedPage>& pages, const std::vector<size_t>& subset,
                   const ExtractOptions& o, std::vector<ShingleCounts>* per_page = nullptr) {
  std::vector<ShingleCounts> counts;
  for (size_t i : subset) counts.push_back(CompareShingles(*pages[i].truth, BodyWith(pages[i], o)));
  if (per_page) *per_page = counts;
  return AggregateShingles(counts);
}

// The values tried for each knob: generic ranges, not values read off any page.
const std::map<std::string, std::vector<double>>& Grid() {
  static const std::map<std::string, std::vector<double>> grid = {
      {"min_paragraph_chars", {10, 25, 40, 60, 100}},
      {"comma_weight", {0, 0.5, 1, 2}},
      {"length_weight", {0, 0.5, 1, 2, 4}},
      {"grandparent_share", {0.25, 0.5, 0.75, 1}},
      {"class_weight", {0, 5, 10, 25, 50}},
      {"article_tag_weight", {0, 15, 30, 60, 120}},
      {"climb_penalty", {0.25, 0.5, 1, 2, 4, 1e9}},
      {"max_link_density", {0.2, 0.33, 0.5, 0.7}},
      {"short_block_chars", {0, 20, 40, 60, 100, 150}},
      {"json_ld_ratio", {0.5, 0.7, 0.9, 1.2, 1e9}},
  };
  return grid;
}

// A knob moves only for a gain above this: smaller gains on ~60 pages are noise.
constexpr double kMinGain = 0.002;

ExtractOptions CoordinateSearch(const std::vector<ParsedPage>& pages,
                                const std::vector<size_t>& subset, ExtractOptions o, int rounds) {
  double best = Score(pages, subset, o).f1;
  for (int r = 0; r < rounds; ++r) {
    bool changed = false;
    for (const std::string& name : ExtractParamNames()) {
      double keep = GetExtractParam(o, name);
      double chosen = keep;
      for (double v : Grid().at(name)) {
        if (v == keep) continue;
        SetExtractParam(&o, name, v);
        double f = Score(pages, subset, o).f1;
        if (f > best + kMinGain) {
          best = f;
          chosen = v;
          changed = true;
        }
      }
      SetExtractParam(&o, name, chosen);
    }
    if (!changed) break;
  }
  return o;
}

}  // namespace

TuneResult TuneExtractOptions(const std::vector<LabeledPage>& labeled, const ExtractOptions& start,
                              const TuneOptions& options) {
  std::vector<ParsedPage> pages(labeled.size());
  for (size_t i = 0; i < labeled.size(); ++i) {
    std::string bytes = labeled[i].html, inflated;
    if (IsGzip(bytes) && Gunzip(bytes, &inflated).ok()) bytes = inflated;
    BuildDom(ToUtf8(bytes, DetectCharset(bytes)), &pages[i].dom);
    pages[i].ld_body = ReadMetadata(pages[i].dom, &pages[i].meta);
    if (!pages[i].ld_body.empty()) pages[i].ld_body.push_back('\n');
    pages[i].truth = &labeled[i].truth;
  }
  std::vector<size_t> all(pages.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  TuneResult result;
  result.start = Score(pages, all, start);
  std::vector<ShingleCounts> held_out;
  const int k = std::max(2, options.folds);
  std::map<std::string, int> group_fold;
  for (const LabeledPage& p : labeled) group_fold.emplace(p.group, 0);
  int next = 0;
  for (auto& [group, fold] : group_fold) fold = next++ % k;
  for (int fold = 0; fold < k; ++fold) {
    std::vector<size_t> train, test;
    for (size_t i : all) (group_fold[labeled[i].group] == fold ? test : train).push_back(i);
    ExtractOptions o = CoordinateSearch(pages, train, start, options.rounds);
    std::vector<ShingleCounts> counts;
    ShingleScore s = Score(pages, test, o, &counts);
    held_out.insert(held_out.end(), counts.begin(), counts.end());
    if (options.log)
      options.log("fold " + std::to_string(fold + 1) + "/" + std::to_string(k) + ": held-out F1 " +
                  std::to_string(s.f1) + " on " + std::to_string(test.size()) + " pages");
  }
  result.cross_validated = AggregateShingles(held_out);
  result.best = CoordinateSearch(pages, all, start, options.rounds);
  result.full = Score(pages, all, result.best);
  return result;
}

}  // namespace newsgraph::web
