// Paragraphs from lines. A blank line always ends a paragraph. When lines are whole paragraphs
// (BBC, PolNeAR, re-flowed Reuters, the seed article) a single newline ends one too, except
// where a line stops mid-sentence and the next starts in lower case, or an ALL-CAPS headline
// continues on an indented line. Hard-wrapped text (short lines that mostly stop mid-sentence)
// is re-joined: a newline ends its paragraph only after a short line or before an indent.
#include <algorithm>
#include <cstring>

#include "segment/chars.h"
#include "segment/segmenter.h"
#include "util/utf8.h"

namespace newsgraph::segment {
namespace {

struct Line {
  uint32_t begin;  // trimmed of ASCII whitespace
  uint32_t end;
  bool indented;  // starts with whitespace
  bool blank() const { return begin >= end; }
  uint32_t size() const { return end - begin; }
};

bool ends_sentence(std::string_view text, const Line& l) {
  unsigned char c = static_cast<unsigned char>(text[l.end - 1]);
  if (c == '.' || c == '!' || c == '?' || c == ';' || c == '"' || c == '\'' || c == ')' || c == ']')
    return true;
  if (l.size() >= 3 && static_cast<unsigned char>(text[l.end - 3]) == 0xE2 &&
      static_cast<unsigned char>(text[l.end - 2]) == 0x80) {
    return c == 0x9D || c == 0x99 || c == 0xA6;  // ” ’ …
  }
  return l.size() >= 2 && c == 0xBB && static_cast<unsigned char>(text[l.end - 2]) == 0xC2;
}

bool starts_lower(std::string_view text, const Line& l) {
  size_t len;
  return is_lower_code_point(utf8::decode_at(text, l.begin, &len));
}

bool all_caps(std::string_view text, const Line& l) {
  bool upper = false;
  for (uint32_t i = l.begin; i < l.end; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (is_ascii_lower(c)) return false;
    upper = upper || is_ascii_upper(c);
  }
  return upper;
}

}  // namespace

void find_paragraphs(std::string_view text, std::vector<Paragraph>& out) {
  thread_local std::vector<Line> lines;
  lines.clear();
  const size_t n = text.size();
  size_t pos = 0;
  while (pos < n) {
    const void* nl = std::memchr(text.data() + pos, '\n', n - pos);
    size_t e = nl ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) : n;
    size_t b = pos;
    while (b < e && is_ascii_space(static_cast<unsigned char>(text[b]))) ++b;
    size_t te = e;
    while (te > b && is_ascii_space(static_cast<unsigned char>(text[te - 1]))) --te;
    lines.push_back(Line{static_cast<uint32_t>(b), static_cast<uint32_t>(te), b > pos});
    pos = e + 1;
  }

  // Hard-wrapped text: several line pairs, lines of 40 to 100 bytes, most stopping mid-sentence,
  // a fair share continuing in lower case.
  size_t pairs = 0, open_pairs = 0, lower_starts = 0;
  uint32_t max_len = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    max_len = std::max(max_len, lines[i].size());
    if (i + 1 < lines.size() && !lines[i + 1].blank()) {
      ++pairs;
      if (!ends_sentence(text, lines[i])) ++open_pairs;
      if (starts_lower(text, lines[i + 1])) ++lower_starts;
    }
  }
  const bool wrapped = pairs >= 3 && max_len >= 40 && max_len <= 100 && open_pairs * 2 >= pairs &&
                       lower_starts * 4 >= pairs;

  auto joins = [&](const Line& l, const Line& next) {
    if (wrapped) {
      if (next.indented && !l.indented) return false;
      if (l.size() * 2 < max_len) return false;
      return !(ends_sentence(text, l) && l.size() * 4 < max_len * 3);
    }
    if (ends_sentence(text, l)) return false;
    if (starts_lower(text, next)) return true;
    return next.indented && all_caps(text, l) && all_caps(text, next);
  };

  for (size_t i = 0; i < lines.size();) {
    if (lines[i].blank()) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j + 1 < lines.size() && !lines[j + 1].blank() && joins(lines[j], lines[j + 1])) ++j;
    Paragraph p;
    p.span = Span{lines[i].begin, lines[j].end};
    out.push_back(p);
    i = j + 1;
  }
}

}  // namespace newsgraph::segment
