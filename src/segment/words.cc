#include "segment/words.h"

namespace newsgraph::scan {
namespace {

constexpr uint16_t bit(TokenFlags f) { return static_cast<uint16_t>(f); }

bool is_apostrophe_at(std::string_view s, size_t i) {
  return i < s.size() && (s[i] == '\'' || s.substr(i, 3) == "\xE2\x80\x99");
}

// A token that belongs to the word before it when nothing separates them: a clitic ("'s",
// "’ll", "n't") or an apostrophe that is not a quotation mark.
bool joins_previous_word(std::string_view s, const Token& t) {
  constexpr uint16_t kMark =
      bit(TokenFlags::kQuoteMark) | bit(TokenFlags::kOpenQuote) | bit(TokenFlags::kCloseQuote);
  if ((t.flags & kMark) != 0) return false;
  if (!is_apostrophe_at(s, t.span.begin)) {
    // n't / n’t
    if (t.span.size() < 3 || (s[t.span.begin] != 'n' && s[t.span.begin] != 'N')) return false;
    size_t ap = t.span.begin + 1;
    size_t ap_len = s[ap] == '\'' ? 1 : 3;
    return is_apostrophe_at(s, ap) && t.span.end == ap + ap_len + 1 &&
           (s[t.span.end - 1] == 't' || s[t.span.end - 1] == 'T');
  }
  // An apostrophe alone, or one followed by letters only.
  size_t i = t.span.begin + (s[t.span.begin] == '\'' ? 1 : 3);
  for (; i < t.span.end; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return false;
  }
  return true;
}

}  // namespace

void words_from_tokens(const Document& doc, std::vector<Word>& out) {
  out.clear();
  const std::string_view s = doc.text;
  constexpr uint16_t kSeparated = bit(TokenFlags::kSpaceBefore) | bit(TokenFlags::kNewlineBefore) |
                                  bit(TokenFlags::kParagraphStart);
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    if ((t.flags & kSeparated) == 0 && !out.empty() && out.back().kind == Kind::kWord &&
        out.back().end == t.span.begin && joins_previous_word(s, t)) {
      out.back().end = t.span.end;
      continue;
    }
    Word w;
    w.begin = t.span.begin;
    w.end = t.span.end;
    w.token = static_cast<uint32_t>(i);
    w.newline_before = (t.flags & bit(TokenFlags::kNewlineBefore)) != 0;
    if ((t.flags & (bit(TokenFlags::kOpenQuote) | bit(TokenFlags::kCloseQuote))) != 0) {
      w.kind = (t.flags & bit(TokenFlags::kOpenQuote)) != 0 ? Kind::kOpenQuote : Kind::kCloseQuote;
      w.style = (t.flags & bit(TokenFlags::kSingleQuote)) != 0 ? QuoteStyle::kSingle
                                                               : QuoteStyle::kDouble;
    } else if ((t.flags & bit(TokenFlags::kPunct)) != 0) {
      w.kind = Kind::kPunct;
    } else {
      w.kind = Kind::kWord;
      w.capitalized = (t.flags & bit(TokenFlags::kCapitalized)) != 0;
      if (t.span.size() > 1 && s[t.span.end - 1] == '.') {  // "Mr." -> "Mr" "."
        w.end = t.span.end - 1;
        out.push_back(w);
        w.begin = w.end;
        w.end = t.span.end;
        w.kind = Kind::kPunct;
        w.capitalized = false;
        w.newline_before = false;
      }
    }
    out.push_back(w);
  }
}

}  // namespace newsgraph::scan
