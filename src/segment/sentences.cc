// Sentence splitting over one paragraph's tokens. A sentence ends after . ! ? (and any closing
// quotes or brackets right after them) when the next token can start a sentence; after an
// ellipsis or an abbreviation ("U.S.", "Inc.") only when a typical sentence opener follows;
// never after a title ("Mr.", "Gen.") or an initial before a name. Paragraph ends end sentences.
#include <string_view>

#include "segment/chars.h"
#include "segment/segmenter.h"
#include "segment/word_lists.h"
#include "util/utf8.h"

namespace newsgraph::segment {
namespace {

constexpr uint16_t bit(TokenFlags f) { return static_cast<uint16_t>(f); }

enum class Terminal : uint8_t { kNone, kStrong, kEllipsis, kAbbreviation };

std::string_view token_text(std::string_view text, const Token& t) {
  return text.substr(t.span.begin, t.span.size());
}

Terminal terminal_kind(std::string_view s, const Token& t) {
  if (s.empty()) return Terminal::kNone;
  if ((t.flags & bit(TokenFlags::kPunct)) == 0) {
    return s.size() >= 2 && s.back() == '.' ? Terminal::kAbbreviation : Terminal::kNone;
  }
  bool strong = false;
  size_t periods = 0;
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c == '!' || c == '?') {
      strong = true;
      ++i;
    } else if (c == '.') {
      ++periods;
      ++i;
    } else if (s.substr(i, 3) == "\xE2\x80\xA6") {  // …
      periods += 3;
      i += 3;
    } else if (s.substr(i, 3) == "\xE2\x80\xBD") {  // ‽
      strong = true;
      i += 3;
    } else {
      return Terminal::kNone;
    }
  }
  if (strong || periods == 1) return Terminal::kStrong;
  return Terminal::kEllipsis;
}

// Whether tokens[i], a '' mark, opens a quotation: after a space (or at the paragraph start) and
// attached to the word after it, as in the ''…'' style of some papers ("fail. ''I think …''").
// Otherwise it closes (``…'' and "mistake,'' he said").
bool double_apostrophe_opens(const std::vector<Token>& tokens, uint32_t i, uint32_t last) {
  const uint16_t before = bit(TokenFlags::kSpaceBefore) | bit(TokenFlags::kParagraphStart);
  return (tokens[i].flags & before) != 0 && i + 1 < last &&
         (tokens[i + 1].flags & bit(TokenFlags::kSpaceBefore)) == 0 &&
         tokens[i + 1].span.begin == tokens[i].span.end;
}

bool is_closer(std::string_view s, const std::vector<Token>& tokens, uint32_t i, uint32_t last) {
  const Token& t = tokens[i];
  if (s == "''") return !double_apostrophe_opens(tokens, i, last);
  if (s == ")" || s == "]" || s == "}" || s == "\xE2\x80\x9D" || s == "\xC2\xBB" ||
      s == "\xE2\x80\xBA")
    return true;
  bool attached = (t.flags & bit(TokenFlags::kSpaceBefore)) == 0;
  return attached && (s == "\"" || s == "'" || s == "\xE2\x80\x99");
}

bool starts_lower(std::string_view s) {
  size_t len;
  return !s.empty() && is_lower_code_point(utf8::decode_at(s, 0, &len));
}

bool is_opener(std::string_view s, const std::vector<Token>& tokens, uint32_t i, uint32_t last) {
  if (s == "''") return double_apostrophe_opens(tokens, i, last);
  return s == "(" || s == "[" || is_opening_quote(s, tokens[i]);
}

// Whether the sentence ends before tokens[next], given the terminal token tokens[term].
bool ends_before(std::string_view text, const std::vector<Token>& tokens, uint32_t term,
                 uint32_t next, uint32_t last, Terminal kind, bool title_case) {
  const Token& n = tokens[next];
  std::string_view ns = token_text(text, n);
  bool capitalized = (n.flags & bit(TokenFlags::kCapitalized)) != 0;
  if (is_opener(ns, tokens, next, last)) {
    if (kind == Terminal::kStrong) return true;
    // After "U.S." or "...", a quotation or bracket opens a sentence only with a typical opener:
    // not in `Rep. Mary K. "Kit" Jones` or `DOVER, N.H. (AP)`.
    if (next + 1 >= last) return false;
    const Token& after = tokens[next + 1];
    if (kind == Terminal::kAbbreviation && title_case) return false;
    return (after.flags & bit(TokenFlags::kCapitalized)) != 0 &&
           is_sentence_starter(token_text(text, after));
  }
  switch (kind) {
    case Terminal::kStrong: {
      if (starts_lower(ns)) return false;
      char c = ns[0];
      return !(c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '}' || c == '%');
    }
    case Terminal::kEllipsis:
      return capitalized && is_sentence_starter(ns);
    case Terminal::kAbbreviation: {
      std::string_view word = token_text(text, tokens[term]);
      word.remove_suffix(1);
      AbbreviationKind k = abbreviation_kind(word);
      if (k == AbbreviationKind::kTitle || k == AbbreviationKind::kBeforeNumber) return false;
      if (title_case) return false;  // "A Nod From The U.S. And Japan"
      return capitalized && is_sentence_starter(ns);
    }
    case Terminal::kNone:
      break;
  }
  return false;
}

}  // namespace

void split_sentences(std::string_view text, std::vector<Token>& tokens, uint32_t first,
                     uint32_t last, std::vector<Sentence>& out) {
  if (first >= last) return;
  auto add = [&](uint32_t b, uint32_t e) {
    Sentence s;
    s.span = Span{tokens[b].span.begin, tokens[e - 1].span.end};
    s.token_begin = b;
    s.token_end = e;
    tokens[b].flags |= bit(TokenFlags::kSentenceStart);
    out.push_back(s);
  };
  // A Title Case headline capitalises every word, so a capitalised opener after an
  // abbreviation says nothing there.
  uint32_t words = 0, capitalized = 0;
  for (uint32_t i = first; i < last; ++i) {
    if ((tokens[i].flags & bit(TokenFlags::kPunct)) != 0) continue;
    ++words;
    if ((tokens[i].flags & bit(TokenFlags::kCapitalized)) != 0) ++capitalized;
  }
  const bool title_case = words >= 4 && capitalized * 5 >= words * 4;

  uint32_t start = first;
  bool has_word = false;
  for (uint32_t i = first; i < last; ++i) {
    const Token& t = tokens[i];
    if ((t.flags & bit(TokenFlags::kPunct)) == 0) has_word = true;
    if (!has_word) continue;
    Terminal kind = terminal_kind(token_text(text, t), t);
    if (kind == Terminal::kNone) continue;
    // Take in closing quotes and brackets and further . ! ? ("?!", "war.”"); the strongest
    // terminal of the run decides.
    uint32_t j = i + 1;
    uint32_t decisive = i;
    while (j < last) {
      std::string_view s = token_text(text, tokens[j]);
      Terminal more = terminal_kind(s, tokens[j]);
      if (more == Terminal::kStrong || more == Terminal::kEllipsis) {
        if (kind != Terminal::kStrong) {
          kind = more;
          decisive = j;
        }
      } else if (!is_closer(s, tokens, j, last)) {
        break;
      }
      ++j;
    }
    if (j >= last) break;
    if (!ends_before(text, tokens, decisive, j, last, kind, title_case)) {
      i = j - 1;  // the run is decided; never rescan it
      continue;
    }
    add(start, j);
    start = j;
    has_word = false;
    i = j - 1;
  }
  if (start < last) add(start, last);
}

}  // namespace newsgraph::segment
