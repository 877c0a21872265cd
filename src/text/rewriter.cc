#include "text/rewriter.h"

#include <algorithm>
#include <cstring>

#include "util/utf8.h"

namespace newsgraph {

namespace {

// An interval of the old text that a step changes, possibly covering earlier edits.
struct Cluster {
  uint32_t old_begin;
  uint32_t old_end;
  uint32_t input_begin;
  uint32_t input_end;
  std::string content;
  RepairRule rule;
};

}  // namespace

void Rewriter::apply(std::vector<Replacement> reps) {
  std::sort(reps.begin(), reps.end(), [](const Replacement& a, const Replacement& b) {
    return a.begin < b.begin || (a.begin == b.begin && a.end < b.end);
  });
  // Drop no-ops.
  std::erase_if(reps, [&](const Replacement& r) {
    return r.end > text_.size() || r.begin > r.end ||
           std::string_view(text_).substr(r.begin, r.end - r.begin) == r.with;
  });
  if (reps.empty()) return;

  std::vector<Cluster> clusters;
  clusters.reserve(edits_.size() + reps.size());
  size_t ei = 0, ri = 0;
  int64_t shift = 0;  // input position minus text position, in the gap before the cursor
  auto overlaps = [](uint32_t b1, uint32_t e1, uint32_t b2, uint32_t e2) {
    if (b2 == e2) return b1 < b2 && b2 < e1;  // insertion strictly inside
    if (b1 == e1) return b2 < b1 && b1 < e2;
    return b1 < e2 && b2 < e1;
  };
  while (ei < edits_.size() || ri < reps.size()) {
    // An insertion (empty replacement) at the start of an edit goes before that edit.
    bool take_edit = ri == reps.size() ||
                     (ei < edits_.size() &&
                      (edits_[ei].text.begin < reps[ri].begin ||
                       (edits_[ei].text.begin == reps[ri].begin && reps[ri].begin != reps[ri].end)));
    Cluster c;
    bool has_rep = false;
    bool has_edit = false;
    if (take_edit) {
      const Edit& e = edits_[ei++];
      c = {e.text.begin, e.text.end, e.input.begin, e.input.end,
           text_.substr(e.text.begin, e.text.size()), e.rule};
      shift = static_cast<int64_t>(e.input.end) - e.text.end;
      has_edit = true;
    } else {
      const Replacement& r = reps[ri++];
      c = {r.begin, r.end, static_cast<uint32_t>(r.begin + shift),
           static_cast<uint32_t>(r.end + shift), r.with, r.rule};
      has_rep = true;
    }
    // Absorb everything that overlaps the cluster. `content` is rebuilt at the end from the
    // pieces; track them as (old span, new text) in order.
    std::vector<std::pair<std::pair<uint32_t, uint32_t>, std::string>> pieces;
    if (has_rep) pieces.push_back({{c.old_begin, c.old_end}, c.content});
    for (;;) {
      if (ei < edits_.size() && overlaps(c.old_begin, c.old_end, edits_[ei].text.begin,
                                         edits_[ei].text.end)) {
        const Edit& e = edits_[ei++];
        if (!has_edit) c.rule = e.rule;
        has_edit = true;
        c.old_end = std::max(c.old_end, e.text.end);
        c.input_end = std::max(c.input_end, e.input.end);
        shift = static_cast<int64_t>(e.input.end) - e.text.end;
        continue;
      }
      if (ri < reps.size() &&
          overlaps(c.old_begin, c.old_end, reps[ri].begin, reps[ri].end)) {
        const Replacement& r = reps[ri++];
        has_rep = true;
        pieces.push_back({{r.begin, r.end}, r.with});
        if (r.end > c.old_end) {
          c.input_end = static_cast<uint32_t>(r.end + shift);
          c.old_end = r.end;
        }
        continue;
      }
      break;
    }
    // The stretch between the last absorbed edit and old_end is unchanged text, so the input
    // end follows from the shift after that edit (a replacement that began before an edit and
    // ends after it would otherwise keep the shift from before the edit).
    c.input_end = static_cast<uint32_t>(c.old_end + shift);
    if (!has_rep) {
      clusters.push_back(std::move(c));
      continue;
    }
    // Build the new content: old text of the cluster with each replacement substituted.
    std::string content;
    uint32_t pos = c.old_begin;
    for (size_t i = 0; i < pieces.size(); ++i) {
      auto [span, with] = pieces[i];
      if (span.first < pos) continue;  // defensive: overlapping replacements are not allowed
      content.append(text_, pos, span.first - pos);
      content += with;
      pos = span.second;
    }
    content.append(text_, pos, c.old_end - pos);
    c.content = std::move(content);
    clusters.push_back(std::move(c));
  }

  std::string out;
  out.reserve(text_.size() + 16);
  std::vector<Edit> edits;
  edits.reserve(clusters.size());
  uint32_t pos = 0;
  for (const Cluster& c : clusters) {
    out.append(text_, pos, c.old_begin - pos);
    uint32_t nb = static_cast<uint32_t>(out.size());
    out += c.content;
    edits.push_back({{c.input_begin, c.input_end}, {nb, static_cast<uint32_t>(out.size())},
                     c.rule});
    pos = c.old_end;
  }
  out.append(text_, pos, std::string::npos);
  text_ = std::move(out);
  edits_ = std::move(edits);
}

void Rewriter::rewrite(uint32_t begin, uint32_t end, std::string_view replacement,
                       RepairRule rule) {
  std::string_view before = std::string_view(text_).substr(begin, end - begin);
  if (before == replacement) return;
  std::vector<Hunk> hunks = diff_code_points(before, replacement);
  std::vector<Replacement> reps;
  reps.reserve(hunks.size());
  for (Hunk& h : hunks) reps.push_back({begin + h.begin, begin + h.end, std::move(h.with), rule});
  apply(std::move(reps));
}

std::vector<Hunk> diff_code_points(std::string_view before, std::string_view after) {
  std::vector<uint32_t> a_off, b_off;  // byte offset of each code point, plus the end
  std::vector<char32_t> a = utf8::decode_lenient(before, &a_off);
  std::vector<char32_t> b = utf8::decode_lenient(after, &b_off);
  // Trim the common prefix and suffix.
  size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
  size_t suf = 0;
  while (suf < a.size() - pre && suf < b.size() - pre &&
         a[a.size() - 1 - suf] == b[b.size() - 1 - suf])
    ++suf;
  const long n = static_cast<long>(a.size() - pre - suf);
  const long m = static_cast<long>(b.size() - pre - suf);
  std::vector<Hunk> hunks;
  auto add_hunk = [&](long a0, long a1, long b0, long b1) {  // indices relative to pre
    Hunk h;
    h.begin = a_off[pre + a0];
    h.end = a_off[pre + a1];
    h.with = std::string(after.substr(b_off[pre + b0], b_off[pre + b1] - b_off[pre + b0]));
    hunks.push_back(std::move(h));
  };
  if (n == 0 && m == 0) return hunks;
  const long kMaxD = 1024;
  if (n == 0 || m == 0 || n + m > 200000) {
    add_hunk(0, n, 0, m);
    return hunks;
  }
  // Myers' O(ND) diff; the trace keeps V[-d..d] for each d.
  auto A = [&](long i) { return a[pre + i]; };
  auto B = [&](long j) { return b[pre + j]; };
  std::vector<std::vector<long>> trace;
  long found_d = -1;
  std::vector<long> prev;  // V after round d-1, for k in [-(d-1), d-1], index k + d - 1
  for (long d = 0; d <= kMaxD && d <= n + m; ++d) {
    std::vector<long> cur(2 * d + 1);
    for (long k = -d; k <= d; k += 2) {
      long x;
      auto get = [&](long kk) { return prev[kk + d - 1]; };
      if (d == 0) {
        x = 0;
      } else if (k == -d || (k != d && get(k - 1) < get(k + 1))) {
        x = get(k + 1);
      } else {
        x = get(k - 1) + 1;
      }
      long y = x - k;
      while (x < n && y < m && A(x) == B(y)) ++x, ++y;
      cur[k + d] = x;
      if (x >= n && y >= m) found_d = d;
    }
    trace.push_back(cur);
    prev = std::move(cur);
    if (found_d >= 0) break;
  }
  if (found_d < 0) {
    add_hunk(0, n, 0, m);
    return hunks;
  }
  // Backtrack, collecting edit runs (in reverse).
  struct Run { long a0, a1, b0, b1; };
  std::vector<Run> runs;
  long x = n, y = m;
  for (long d = found_d; d > 0; --d) {
    const std::vector<long>& pv = trace[d - 1];  // V after round d-1
    auto get = [&](long kk) { return pv[kk + d - 1]; };
    long k = x - y;
    long prev_k = (k == -d || (k != d && get(k - 1) < get(k + 1))) ? k + 1 : k - 1;
    long prev_x = get(prev_k);
    long prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) --x, --y;  // diagonal: equal
    // One edit step from (prev_x, prev_y) to (x, y).
    Run r = (x == prev_x) ? Run{x, x, prev_y, y} : Run{prev_x, x, y, y};
    if (!runs.empty() && runs.back().a0 == r.a1 && runs.back().b0 == r.b1) {
      runs.back().a0 = r.a0;
      runs.back().b0 = r.b0;
    } else {
      runs.push_back(r);
    }
    x = prev_x;
    y = prev_y;
  }
  for (auto it = runs.rbegin(); it != runs.rend(); ++it) add_hunk(it->a0, it->a1, it->b0, it->b1);
  return hunks;
}

}  // namespace newsgraph
