#include "web/shingle_f1.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace newsgraph::web {
namespace {

bool IsWordChar(utf8proc_int32_t c) {
  if (c == '_') return true;
  if (c < 128) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

// Hashes of the page's word tokens.
std::vector<uint64_t> TokenHashes(std::string_view s) {
  std::vector<uint64_t> out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t i = 0, n = static_cast<utf8proc_ssize_t>(s.size());
  uint64_t h = 0;
  bool in_word = false;
  while (i < n) {
    utf8proc_int32_t c;
    utf8proc_ssize_t len = utf8proc_iterate(p + i, n - i, &c);
    if (len <= 0) {
      len = 1;
      c = 0xFFFD;
    }
    if (IsWordChar(c)) {
      if (!in_word) h = 1469598103934665603ull;
      in_word = true;
      h = (h ^ static_cast<uint64_t>(c)) * 1099511628211ull;
    } else if (in_word) {
      out.push_back(h);
      in_word = false;
    }
    i += len;
  }
  if (in_word) out.push_back(h);
  return out;
}

std::unordered_map<uint64_t, int> Shingles(std::string_view s) {
  std::vector<uint64_t> t = TokenHashes(s);
  std::unordered_map<uint64_t, int> out;
  size_t count = t.size() < 4 ? (t.empty() ? 0 : 1) : t.size() - 3;
  for (size_t i = 0; i < count; ++i) {
    uint64_t h = 0x9E3779B97F4A7C15ull;
    for (size_t k = i; k < std::min(i + 4, t.size()); ++k)
      h = (h ^ t[k]) * 0xff51afd7ed558ccdull + k - i;
    ++out[h];
  }
  return out;
}

}  // namespace

ShingleCounts CompareShingles(std::string_view truth, std::string_view predicted) {
  auto a = Shingles(truth), b = Shingles(predicted);
  double tp = 0, fp = 0, fn = 0;
  for (const auto& [k, ca] : a) {
    auto it = b.find(k);
    int cb = it == b.end() ? 0 : it->second;
    tp += std::min(ca, cb);
    fn += std::max(0, ca - cb);
  }
  for (const auto& [k, cb] : b) {
    auto it = a.find(k);
    int ca = it == a.end() ? 0 : it->second;
    fp += std::max(0, cb - ca);
  }
  double s = tp + fp + fn;
  if (s == 0) return {};
  return {tp / s, fp / s, fn / s};
}

ShingleScore AggregateShingles(const std::vector<ShingleCounts>& pages) {
  double p_sum = 0, r_sum = 0;
  size_t p_n = 0, r_n = 0;
  for (const ShingleCounts& c : pages) {
    bool perfect = c.fp == 0 && c.fn == 0;
    if (c.tp + c.fp > 0) {
      p_sum += perfect ? 1.0 : c.tp / (c.tp + c.fp);
      ++p_n;
    }
    if (c.tp + c.fn > 0) {
      r_sum += perfect ? 1.0 : c.tp / (c.tp + c.fn);
      ++r_n;
    }
  }
  ShingleScore s;
  s.precision = p_n ? p_sum / p_n : 0;
  s.recall = r_n ? r_sum / r_n : 0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

}  // namespace newsgraph::web
