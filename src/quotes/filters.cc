// What is emitted: duplicates skipped, embedded statements dropped, quotes sorted.
#include <algorithm>
#include <string_view>

#include "quotes/extractor.h"

namespace newsgraph::quotes {

namespace {

// Bytes of a quotation mark or a space at `pos` of text ("“", "”", "‘", "«", "‹", ...), or 0.
size_t mark_or_space_at(std::string_view text, size_t pos, bool closing_apostrophe) {
  const char c = text[pos];
  if (c == ' ' || c == '"' || c == '`' || (c == '\'' && closing_apostrophe)) return 1;
  static const std::string_view kMarks[] = {"\u201C", "\u201D", "\u2018", "\u00AB", "\u00BB",
                                            "\u2039", "\u203A", "\u201E", "\u2019"};
  for (std::string_view m : kMarks) {
    if (m == "\u2019" && !closing_apostrophe) continue;
    if (text.substr(pos, m.size()) == m) return m.size();
  }
  return 0;
}

}  // namespace

// A source phrase without stray quotation marks at its ends ("’ Board Of Election"); a final
// apostrophe stays ("Sanders’").
Span Extractor::trim_marks(Span s) const {
  while (s.begin < s.end) {
    const size_t n = mark_or_space_at(text_, s.begin, /*closing_apostrophe=*/true);
    if (n == 0) break;
    s.begin += static_cast<uint32_t>(n);
  }
  while (s.begin < s.end) {
    size_t n = 0;
    for (size_t len = 1; len <= 3 && len <= s.size() && n == 0; ++len)
      if (mark_or_space_at(text_, s.end - len, /*closing_apostrophe=*/false) == len) n = len;
    if (n == 0) break;
    s.end -= static_cast<uint32_t>(n);
  }
  return s.begin < s.end ? s : Span{};
}

bool Extractor::emit(QuoteType type, Span content, Span cue, Span mention, int32_t speaker) {
  if (content.empty()) return false;
  if (!mention.empty()) mention = trim_marks(mention);
  uint64_t key = (static_cast<uint64_t>(content.begin) << 32) | content.end;
  if (!emitted_.insert(key).second) return false;
  Quote q;
  q.type = type;
  q.content = content;
  q.cue = cue;
  q.speaker_mention = mention;
  q.speaker = speaker;
  doc_.quotes.push_back(q);
  return true;
}

// "Trump said he thinks the plan failed": the statement is what Trump said; "he thinks" opens
// it and is not a statement of its own (PolNeAR marks only the outer one). Drops a quote whose
// cue sits among the first words of another's content (its own content then starts there).
void Extractor::drop_embedded() {
  std::vector<Quote>& qs = doc_.quotes;
  std::vector<bool> drop(qs.size(), false);
  for (size_t i = 0; i < qs.size(); ++i) {
    const Quote& q = qs[i];
    if (q.cue.empty()) continue;
    // "refused to pay an architect who said he was …": a relative clause's statement is the
    // other person's own.
    if (doc_.slice(q.speaker_mention) == "who") continue;
    const size_t lo = i > kNestLook ? i - kNestLook : 0, hi = std::min(qs.size(), i + kNestLook);
    for (size_t j = lo; j < hi && !drop[i]; ++j) {
      const Quote& o = qs[j];
      if (j == i || o.content == q.content || q.cue.begin < o.content.begin ||
          q.cue.begin >= o.content.end || q.content.begin < o.content.begin)
        continue;
      if (q.cue.begin - o.content.begin > kEmbeddedCueBytes) continue;
      size_t words = 0;
      bool in_word = false;
      for (uint32_t b = o.content.begin; b < q.cue.begin && words <= kEmbeddedCueWords; ++b) {
        const bool space = text_[b] == ' ' || text_[b] == '\n' || text_[b] == '\t';
        if (!space && !in_word) ++words;
        in_word = !space;
      }
      drop[i] = words <= kEmbeddedCueWords;
    }
  }
  size_t out = 0;
  for (size_t i = 0; i < qs.size(); ++i)
    if (!drop[i]) qs[out++] = qs[i];
  qs.resize(out);
}

void Extractor::finish() {
  std::sort(doc_.quotes.begin(), doc_.quotes.end(), [](const Quote& a, const Quote& b) {
    return a.content.begin < b.content.begin ||
           (a.content.begin == b.content.begin && a.content.end < b.content.end);
  });
}

// A quotation that runs on into the next paragraph, which reopens it with a quotation mark
// ("… respect it.¶"The plan is …"), is one statement in pieces: each paragraph's words are a
// part, without the paragraph break and the reopening mark.
void Extractor::split_paragraph_pieces() {
  for (Quote& q : doc_.quotes) {
    const std::vector<Span> pieces = q.parts.empty() ? std::vector<Span>{q.content} : q.parts;
    std::vector<Span> out;
    for (const Span& piece : pieces) {
      uint32_t begin = piece.begin;
      for (uint32_t b = piece.begin; b < piece.end; ++b) {
        if (text_[b] != '\n') continue;
        uint32_t after = b;
        while (after < piece.end && (text_[after] == '\n' || text_[after] == ' ' ||
                                     text_[after] == '\r' || text_[after] == '\t'))
          ++after;
        const size_t mark = after < piece.end ? mark_or_space_at(text_, after, false) : 0;
        if (mark == 0 || text_[after] == ' ') continue;
        uint32_t end = b;
        while (end > begin && (text_[end - 1] == ' ' || text_[end - 1] == '\r')) --end;
        if (end > begin) out.push_back(Span{begin, end});
        begin = after + static_cast<uint32_t>(mark);
        b = begin - 1;
      }
      if (piece.end > begin) out.push_back(Span{begin, piece.end});
    }
    if (out.size() > pieces.size()) {
      q.parts = std::move(out);
      q.content = Span{q.parts.front().begin, q.parts.back().end};
    }
  }
}

}  // namespace newsgraph::quotes
