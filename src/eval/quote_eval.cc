#include "eval/quote_eval.h"

#include <algorithm>
#include <cstdio>

#include "util/utf8.h"

namespace newsgraph::eval {
namespace {

bool trimmable(char32_t c) {
  switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case 0xA0:
    case '"':
    case '\'':
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0xAB:
    case 0xBB:
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case 0x2026:
      return true;
    default:
      return false;
  }
}

// Characters of a set of spans, as sorted disjoint intervals.
std::vector<Span> normalize(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::vector<Span> out;
  for (const Span& s : spans) {
    if (s.empty()) continue;
    if (!out.empty() && s.begin <= out.back().end) {
      out.back().end = std::max(out.back().end, s.end);
    } else {
      out.push_back(s);
    }
  }
  return out;
}

uint64_t overlap(const std::vector<Span>& set, Span s) {
  uint64_t n = 0;
  for (const Span& g : set) {
    uint32_t a = std::max(g.begin, s.begin), b = std::min(g.end, s.end);
    if (b > a) n += b - a;
  }
  return n;
}

bool spans_overlap(const std::vector<Span>& a, const std::vector<Span>& b) {
  for (const Span& x : a)
    for (const Span& y : b)
      if (std::max(x.begin, y.begin) < std::min(x.end, y.end)) return true;
  return false;
}

std::string excerpt(const std::vector<char32_t>& cps, Span s) {
  std::string out;
  uint32_t end = std::min<uint32_t>(s.end, static_cast<uint32_t>(cps.size()));
  for (uint32_t i = s.begin; i < end && i < s.begin + 160; ++i)
    utf8::append(out, cps[i] == '\n' ? U' ' : cps[i]);
  if (end > s.begin + 160) out += "…";
  return out;
}

}  // namespace

Span trim_content(const std::vector<char32_t>& cps, Span s) {
  uint32_t b = s.begin, e = std::min<uint32_t>(s.end, static_cast<uint32_t>(cps.size()));
  while (b < e && trimmable(cps[b])) ++b;
  while (e > b && trimmable(cps[e - 1])) --e;
  return Span{b, e};
}

namespace {

// A boundary error of a lenient match: where the prediction starts and ends against the gold
// (in characters, + for later), for `eval quotes -v`. Nothing when the trimmed spans are equal.
void note_inexact(const std::vector<char32_t>& cps, Span gold, Span predicted,
                  std::vector<std::string>& misses) {
  const Span g = trim_content(cps, gold);
  const Span pr = trim_content(cps, predicted);
  if (g == pr) return;
  const Span around{std::min(g.begin, pr.begin), std::max(g.end, pr.end)};
  misses.push_back("INEXACT start " + std::to_string(int64_t(pr.begin) - g.begin) + " end " +
                   std::to_string(int64_t(pr.end) - g.end) + " | gold: " + excerpt(cps, g) +
                   " | predicted: " + excerpt(cps, pr) + " | around: " + excerpt(cps, around));
}

}  // namespace

double coverage(const std::vector<Span>& gold, Span predicted) {
  const std::vector<Span> set = normalize(gold);
  uint64_t size = 0;
  for (const Span& s : set) size += s.size();
  return size ? static_cast<double>(overlap(set, predicted)) / static_cast<double>(size) : 0.0;
}

void QuoteScore::add(std::string_view text, const std::vector<GoldAttribution>& gold,
                     const std::vector<PredictedQuote>& predicted,
                     std::vector<std::string>* misses) {
  ++documents;
  std::vector<char32_t> cps;
  cps.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t len = 0;
    cps.push_back(utf8::decode_at(text, i, &len));
    i += len;
  }
  // Gold in order of start.
  std::vector<size_t> order(gold.size());
  std::vector<std::vector<Span>> gold_sets(gold.size());
  std::vector<uint64_t> gold_size(gold.size(), 0);
  for (size_t i = 0; i < gold.size(); ++i) {
    order[i] = i;
    gold_sets[i] = normalize(gold[i].content);
    for (const Span& s : gold_sets[i]) gold_size[i] += s.size();
  }
  auto start_of = [&](size_t i) {
    return gold_sets[i].empty() ? UINT32_MAX : gold_sets[i][0].begin;
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return start_of(a) < start_of(b); });

  for (int pass = 0; pass < 2; ++pass) {
    const double threshold = pass == 0 ? 0.3 : 0.8;
    Counts& c = pass == 0 ? lenient : strict;
    c.gold += gold.size();
    c.predicted += predicted.size();
    std::vector<bool> used(predicted.size(), false);
    for (size_t gi : order) {
      if (gold_size[gi] == 0) {
        if (misses && pass == 0) misses->push_back("MISS (empty gold content)");
        continue;
      }
      double best = 0;
      long best_p = -1;
      for (size_t p = 0; p < predicted.size(); ++p) {
        if (used[p]) continue;
        double cov = static_cast<double>(overlap(gold_sets[gi], predicted[p].content)) /
                     static_cast<double>(gold_size[gi]);
        if (cov > best) {
          best = cov;
          best_p = static_cast<long>(p);
        }
      }
      if (best_p < 0 || best < threshold) {
        if (misses && pass == 0) {
          // The best coverage by any prediction, used or not, tells a missed cue (0) from a
          // boundary error or a prediction taken by another gold quote.
          double any = 0;
          for (const PredictedQuote& p : predicted)
            any = std::max(any, static_cast<double>(overlap(gold_sets[gi], p.content)) /
                                    static_cast<double>(gold_size[gi]));
          char cov[32];
          std::snprintf(cov, sizeof cov, "%.2f", any);
          misses->push_back(
              "MISS gold (coverage " + std::string(cov) +
              "): " + excerpt(cps, Span{gold_sets[gi].front().begin, gold_sets[gi].back().end}));
        }
        continue;
      }
      used[static_cast<size_t>(best_p)] = true;
      ++c.correct;
      if (misses && pass == 0)
        note_inexact(cps, Span{gold_sets[gi].front().begin, gold_sets[gi].back().end},
                     predicted[static_cast<size_t>(best_p)].content, *misses);
      if (!gold[gi].source.empty()) {
        bool ok =
            spans_overlap(gold[gi].source, predicted[static_cast<size_t>(best_p)].speaker_spans);
        if (pass == 0) {
          ++speaker_total;
          speaker_correct += ok;
          if (!ok && misses) {
            const auto& sp = predicted[static_cast<size_t>(best_p)].speaker_spans;
            misses->push_back(
                "SPEAKER gold: " + excerpt(cps, gold[gi].source.front()) + " | predicted: " +
                (sp.empty() ? std::string("(none)") : excerpt(cps, sp.front())) + " | quote: " +
                excerpt(cps, Span{gold_sets[gi].front().begin, gold_sets[gi].back().end}));
          }
        } else {
          ++strict_speaker_total;
          strict_speaker_correct += ok;
        }
      }
    }
    if (misses && pass == 0)
      for (size_t p = 0; p < predicted.size(); ++p)
        if (!used[p]) misses->push_back("EXTRA predicted: " + excerpt(cps, predicted[p].content));
  }
  // Exact content: trimmed spans equal, one-to-one.
  exact.gold += gold.size();
  exact.predicted += predicted.size();
  std::vector<Span> pred_trim;
  for (const PredictedQuote& p : predicted) pred_trim.push_back(trim_content(cps, p.content));
  std::vector<bool> used(predicted.size(), false);
  for (size_t gi : order) {
    if (gold_sets[gi].empty()) continue;
    Span g = trim_content(cps, Span{gold_sets[gi].front().begin, gold_sets[gi].back().end});
    for (size_t p = 0; p < predicted.size(); ++p) {
      if (!used[p] && pred_trim[p] == g) {
        used[p] = true;
        ++exact.correct;
        break;
      }
    }
  }
}

std::string QuoteScore::report() const {
  char buf[1024];
  std::snprintf(
      buf, sizeof buf,
      "documents: %llu  gold quotes: %llu  predicted quotes: %llu\n"
      "lenient (coverage >= 0.3): P %.1f  R %.1f  F1 %.1f  (matched %llu)\n"
      "strict  (coverage >= 0.8): P %.1f  R %.1f  F1 %.1f  (matched %llu)\n"
      "exact content:             P %.1f  R %.1f  F1 %.1f  (matched %llu)\n"
      "speaker accuracy (lenient matches with a gold source): %.1f  (%llu / %llu)\n"
      "speaker accuracy (strict matches with a gold source):  %.1f  (%llu / %llu)\n",
      static_cast<unsigned long long>(documents), static_cast<unsigned long long>(lenient.gold),
      static_cast<unsigned long long>(lenient.predicted), lenient.precision(), lenient.recall(),
      lenient.f1(), static_cast<unsigned long long>(lenient.correct), strict.precision(),
      strict.recall(), strict.f1(), static_cast<unsigned long long>(strict.correct),
      exact.precision(), exact.recall(), exact.f1(), static_cast<unsigned long long>(exact.correct),
      speaker_accuracy(), static_cast<unsigned long long>(speaker_correct),
      static_cast<unsigned long long>(speaker_total),
      strict_speaker_total ? 100.0 * strict_speaker_correct / strict_speaker_total : 0.0,
      static_cast<unsigned long long>(strict_speaker_correct),
      static_cast<unsigned long long>(strict_speaker_total));
  return buf;
}

}  // namespace newsgraph::eval
