// segment_document(): paragraphs, then per paragraph its tokens and sentences, all appended to
// the Document's flat vectors (reserved up front; nothing is allocated per token).
#include "newsgraph/segment.h"

#include <algorithm>
#include <limits>

#include "segment/chars.h"
#include "segment/segmenter.h"
#include "util/ascii.h"

namespace newsgraph {
namespace {

bool blank(std::string_view text, uint32_t b, uint32_t e) {
  for (uint32_t i = b; i < e; ++i)
    if (!segment::is_ascii_space(static_cast<unsigned char>(text[i]))) return false;
  return true;
}

// True when `s` is covered by boilerplate lines (gaps of whitespace allowed).
bool is_boilerplate_span(std::string_view text, const std::vector<Span>& lines, Span s) {
  if (lines.empty()) return false;
  auto it = std::lower_bound(lines.begin(), lines.end(), s.begin,
                             [](const Span& l, uint32_t p) { return l.end <= p; });
  uint32_t pos = s.begin;
  for (; it != lines.end() && pos < s.end; ++it) {
    if (it->begin > pos) {
      uint32_t gap_end = std::min(it->begin, s.end);
      if (gap_end > text.size() || !blank(text, pos, gap_end)) return false;
    }
    pos = std::max(pos, it->end);
  }
  return pos >= s.end || (s.end <= text.size() && blank(text, pos, s.end));
}

}  // namespace

void segment_document(Document& doc) {
  doc.paragraphs.clear();
  doc.sentences.clear();
  doc.tokens.clear();
  doc.lower_text.clear();
  std::string_view text = doc.text;
  // Spans are 32-bit; anything beyond 4 GiB is left unsegmented.
  if (text.size() >= std::numeric_limits<uint32_t>::max())
    text = text.substr(0, std::numeric_limits<uint32_t>::max() - 1);
  doc.tokens.reserve(text.size() / 4 + 16);
  doc.sentences.reserve(text.size() / 64 + 4);
  doc.paragraphs.reserve(text.size() / 256 + 4);

  segment::find_paragraphs(text, doc.paragraphs);
  size_t kept = 0;
  for (size_t p = 0; p < doc.paragraphs.size(); ++p) {
    Paragraph para = doc.paragraphs[p];
    const uint32_t t0 = static_cast<uint32_t>(doc.tokens.size());
    segment::tokenize_paragraph(text, para.span.begin, para.span.end, doc.tokens);
    const uint32_t t1 = static_cast<uint32_t>(doc.tokens.size());
    if (t0 == t1) continue;  // only non-ASCII spaces
    para.span = Span{doc.tokens[t0].span.begin, doc.tokens[t1 - 1].span.end};
    para.sentence_begin = static_cast<uint32_t>(doc.sentences.size());
    segment::split_sentences(text, doc.tokens, t0, t1, doc.sentences);
    para.sentence_end = static_cast<uint32_t>(doc.sentences.size());
    para.boilerplate = is_boilerplate_span(text, doc.boilerplate, para.span);
    doc.paragraphs[kept++] = para;
  }
  doc.paragraphs.resize(kept);
  segment::mark_token_context(text, doc.tokens, 0, static_cast<uint32_t>(doc.tokens.size()));
  util::ascii_lower(doc.text, doc.lower_text);
}

}  // namespace newsgraph
