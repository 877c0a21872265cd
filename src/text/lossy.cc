#include "text/lossy.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "text/lexicon.h"
#include "util/utf8.h"

namespace newsgraph {
namespace {

constexpr std::string_view kACircumflex = "\xC3\xA2";  // â
constexpr char32_t kLoneA = 0xE2;                      // â
constexpr char32_t kCapitalA = 0xC2;                   // Â
constexpr char32_t kEdge = 0xFFFFFFFF;                 // before the start / after the end

constexpr std::string_view kLeftDouble = "\xE2\x80\x9C";   // “
constexpr std::string_view kRightDouble = "\xE2\x80\x9D";  // ”
constexpr std::string_view kLeftSingle = "\xE2\x80\x98";   // ‘
constexpr std::string_view kRightSingle = "\xE2\x80\x99";  // ’
constexpr std::string_view kEnDash = "\xE2\x80\x93";       // –
constexpr std::string_view kEmDash = "\xE2\x80\x94";       // —

// Words before "â" that take "n’t": don, doesn, ... (rule S3).
constexpr std::array<std::string_view, 20> kNegationStems = {
    "don", "doesn",  "didn",   "isn",     "aren", "wasn", "weren", "hasn",   "haven", "hadn",
    "can", "couldn", "wouldn", "shouldn", "won",  "ain",  "mustn", "mightn", "needn", "shan"};
// Words before "â" that take ’d ’ll ’re ’ve (rule S3).
constexpr std::array<std::string_view, 15> kContractionSubjects = {
    "i",    "you",   "we",   "they",  "he",  "she",  "it", "who",
    "what", "there", "that", "where", "how", "here", "let"};
// Frequent English function words, none of them common French/Portuguese/Romanian words.
constexpr std::array<std::string_view, 42> kEnglishStopWords = {
    "the", "and",  "of",   "to",   "that",  "is",   "was",   "for",   "with",  "he",   "she",
    "it",  "they", "this", "from", "have",  "has",  "been",  "were",  "which", "said", "would",
    "not", "but",  "are",  "by",   "his",   "her",  "their", "will",  "be",    "we",   "who",
    "had", "its",  "or",   "you",  "there", "what", "about", "after", "than"};
// Frequent Welsh function words (Welsh uses a standalone "â", so rule W3 must stay off).
constexpr std::array<std::string_view, 26> kWelshStopWords = {
    "yn",   "yr",  "ac",   "mae",   "ei",   "eu",   "gan", "wedi", "roedd",
    "oedd", "bod", "fod",  "hefyd", "gyda", "ddim", "ond", "hyn",  "sydd",
    "ar",   "hi",  "gael", "cael",  "bydd", "nid",  "nhw", "cymru"};
// Words that follow a Welsh standalone "â" ("â hi", "â nhw"): never a dash there.
constexpr std::array<std::string_view, 12> kWelshAfterA = {"hi", "fe",  "ef", "nhw", "ni", "chi",
                                                           "fi", "thi", "ti", "mi",  "ei", "eu"};

template <size_t N>
bool in_list(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

char32_t cp_at(std::string_view s, size_t i, size_t* len) {
  if (i >= s.size()) {
    *len = 0;
    return kEdge;
  }
  return utf8::decode_at(s, i, len);
}

// The code point that ends at byte i (kEdge at 0); *start receives its first byte.
char32_t cp_before(std::string_view s, size_t i, size_t* start) {
  if (i == 0) {
    *start = 0;
    return kEdge;
  }
  size_t j = i - 1;
  for (int k = 0; k < 3 && j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80; ++k) --j;
  size_t len;
  char32_t cp = utf8::decode_at(s, j, &len);
  if (j + len != i) {
    j = i - 1;
    cp = utf8::decode_at(s, j, &len);
    if (len != 1) cp = utf8::kInvalidBase + static_cast<unsigned char>(s[j]);
  }
  *start = j;
  return cp;
}

bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

utf8proc_category_t category(char32_t c) {
  if (c == kEdge || c > 0x10FFFF || utf8::is_invalid_escape(c)) return UTF8PROC_CATEGORY_CN;
  return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}

bool is_letter(char32_t c) {
  if (c < 0x80) return is_ascii_letter(c);
  utf8proc_category_t cat = category(c);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}
bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return category(c) == UTF8PROC_CATEGORY_LU;
}
bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return category(c) == UTF8PROC_CATEGORY_LL;
}
bool is_space(char32_t c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return true;
  if (c < 0x80 || c == kEdge) return false;
  if (c == 0x2028 || c == 0x2029) return true;
  return category(c) == UTF8PROC_CATEGORY_ZS;
}
bool is_one_of(char32_t c, std::u32string_view set) {
  return c != kEdge && set.find(c) != std::u32string_view::npos;
}

void append_lower(std::string& out, std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t len;
    char32_t cp = utf8::decode_at(s, i, &len);
    if (cp < 0x80) {
      out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    } else if (utf8::is_invalid_escape(cp)) {
      utf8::append(out, cp);
    } else {
      utf8::append(out, static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))));
    }
    i += len;
  }
}

bool is_ascii(std::string_view s) { return utf8::is_ascii(s); }

// ---------------------------------------------------------------------------------------------
// Language signal: a cheap stop-word count over ASCII letter runs ("â" separates words).

struct LanguageSignal {
  bool english = false;
  bool welsh = false;
};

LanguageSignal language_signal(std::string_view text) {
  constexpr int kMaxWords = 4000;
  int words = 0, english = 0, welsh = 0;
  char word[16];
  size_t len = 0;
  bool too_long = false;
  auto finish_word = [&] {
    if (len == 0 && !too_long) return;
    ++words;
    if (!too_long) {
      std::string_view w(word, len);
      if (in_list(kEnglishStopWords, w)) ++english;
      if (in_list(kWelshStopWords, w)) ++welsh;
    }
    len = 0;
    too_long = false;
  };
  for (size_t i = 0; i < text.size() && words < kMaxWords; ++i) {
    char c = text[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      if (len < sizeof(word)) {
        word[len++] = static_cast<char>(c | 0x20);
      } else {
        too_long = true;
      }
    } else {
      finish_word();
    }
  }
  finish_word();
  LanguageSignal signal;
  signal.english = english >= 2 && english * 6 >= words;
  signal.welsh = welsh >= 2 && welsh > english;
  return signal;
}

// ---------------------------------------------------------------------------------------------
// The context of one lone "â" at byte `pos`.

constexpr int kMaxWordRun = 48;  // code points; longer letter runs are not words

struct Context {
  size_t pos = 0;
  char32_t p = kEdge;              // character before
  char32_t n = kEdge;              // character after
  char32_t n2 = kEdge;             // character after n
  char32_t before_spaces = kEdge;  // last non-space character before the spaces ending at p
  std::string_view wb;             // letters directly before, stopping at another "â"
  std::string_view wa;             // letters directly after, stopping at another "â"
  bool wb_ascii = true;
  bool wa_ascii = true;
  bool word_has_other_a = false;  // the word before continues past an "â" or holds an "Â"
  std::string tok;                // lower(wb) + "â" + lower(wa)
  std::string word;               // the whole letter run, across other "â" (hâlâ)
  std::string wb_lower;
  std::string wa_lower;
  std::string next_word_lower;  // when n is a space: the ASCII word after the spaces
};

void make_context(std::string_view s, size_t pos, Context* c) {
  c->pos = pos;
  size_t p_start, len;
  c->p = cp_before(s, pos, &p_start);
  c->n = cp_at(s, pos + 2, &len);
  c->n2 = len ? cp_at(s, pos + 2 + len, &len) : kEdge;
  c->before_spaces = kEdge;
  if (is_space(c->p)) {
    size_t i = p_start;
    char32_t q = kEdge;
    while (i > 0) {
      q = cp_before(s, i, &i);
      if (!is_space(q)) break;
      q = kEdge;
    }
    c->before_spaces = q;
  }
  // Letters before.
  size_t b = pos;
  c->word_has_other_a = false;
  for (int k = 0; k < kMaxWordRun && b > 0; ++k) {
    size_t start;
    char32_t q = cp_before(s, b, &start);
    if (q == kLoneA) {
      c->word_has_other_a = true;
      break;
    }
    if (!is_letter(q)) break;
    if (q == kCapitalA) c->word_has_other_a = true;
    b = start;
  }
  c->wb = s.substr(b, pos - b);
  c->wb_ascii = is_ascii(c->wb);
  // Letters after.
  size_t e = pos + 2;
  for (int k = 0; k < kMaxWordRun && e < s.size(); ++k) {
    char32_t q = utf8::decode_at(s, e, &len);
    if (q == kLoneA || !is_letter(q)) break;
    e += len;
  }
  c->wa = s.substr(pos + 2, e - pos - 2);
  c->wa_ascii = is_ascii(c->wa);
  c->wb_lower.clear();
  append_lower(c->wb_lower, c->wb);
  c->wa_lower.clear();
  append_lower(c->wa_lower, c->wa);
  c->next_word_lower.clear();
  if (is_space(c->n)) {
    size_t i = pos + 2;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    while (i < s.size() && is_ascii_letter(static_cast<unsigned char>(s[i])) &&
           c->next_word_lower.size() < 8) {
      c->next_word_lower += static_cast<char>(s[i++] | 0x20);
    }
  }
  c->tok.clear();
  c->tok += c->wb_lower;
  c->tok += kACircumflex;
  c->tok += c->wa_lower;
  // The whole word, when another "â" cut wb or wa short.
  c->word.clear();
  bool cut_after = e < s.size() && utf8::decode_at(s, e, &len) == kLoneA;
  if (c->word_has_other_a || cut_after) {
    size_t wb2 = b, we2 = e;
    for (int k = 0; k < kMaxWordRun && wb2 > 0; ++k) {
      size_t start;
      if (!is_letter(cp_before(s, wb2, &start))) break;
      wb2 = start;
    }
    for (int k = 0; k < kMaxWordRun && we2 < s.size(); ++k) {
      if (!is_letter(utf8::decode_at(s, we2, &len))) break;
      we2 += len;
    }
    append_lower(c->word, s.substr(wb2, we2 - wb2));
  }
}

enum class Choice : uint8_t { kNone, kOpen, kClose, kApostrophe, kEnDash, kEmDash };

// True when the text after "â" starts with `suffix` followed by a non-letter.
bool followed_by_word_end(std::string_view s, size_t pos, std::string_view suffix) {
  size_t at = pos + 2;
  if (s.substr(at, suffix.size()) != suffix) return false;
  size_t len;
  return !is_letter(cp_at(s, at + suffix.size(), &len));
}

bool in_lex(const Context& c) {
  return lexicon::is_a_circumflex_word(c.tok) ||
         (!c.word.empty() && lexicon::is_a_circumflex_word(c.word));
}

// Rules S1-S4. `quote_open` only refines S1 (", âPedram said" inside an open quote closes it).
// `english`: the document reads as English, so an English contraction wins over a rare foreign
// word of the same spelling (French "canât" vs "can’t").
Choice strong_rule(std::string_view s, const Context& c, bool quote_open, bool english) {
  // S4 range dash.
  if (is_digit(c.p) && is_digit(c.n)) return Choice::kEnDash;
  // S2 closing quote.
  if (is_one_of(c.p, U".,!?;\u2026")) return Choice::kClose;  // also after an ellipsis
  if (c.p == ':' && (is_space(c.n) || c.n == kEdge)) return Choice::kClose;
  // S1 opening quote.
  bool opening_side = c.p == kEdge || is_space(c.p) || is_one_of(c.p, U"([{\u2014\u2013-/");
  if (opening_side && (is_upper(c.n) || is_digit(c.n))) {
    if (quote_open && is_space(c.p) && c.before_spaces == ',') return Choice::kClose;
    return Choice::kOpen;
  }
  // S3 apostrophe.
  if (is_ascii_letter(c.p) && (english || !in_lex(c))) {
    bool word_end_after_n = !is_letter(c.n2);
    if (c.n == 't' && word_end_after_n && in_list(kNegationStems, c.wb_lower)) {
      return Choice::kApostrophe;
    }
    if (c.wb == "I" && c.n == 'm' && word_end_after_n) return Choice::kApostrophe;
    if (c.n == 's' && word_end_after_n && c.wb_ascii && !in_lex(c)) return Choice::kApostrophe;
    if (in_list(kContractionSubjects, c.wb_lower)) {
      for (std::string_view suffix : {"d", "ll", "re", "ve"}) {
        if (followed_by_word_end(s, c.pos, suffix)) return Choice::kApostrophe;
      }
    }
    if ((c.wb == "O" || c.wb == "D" || c.wb == "L") && is_upper(c.n)) return Choice::kApostrophe;
  }
  return Choice::kNone;
}

// Rules W1-W4.
Choice weak_rule(const Context& c, bool quote_open, const LanguageSignal& lang,
                 const LossyOptions& options) {
  // W1 closing after a letter.
  if (is_letter(c.p) && (c.n == kEdge || is_space(c.n) || is_one_of(c.n, U".,;:!?)"))) {
    if (c.word_has_other_a || in_lex(c)) return Choice::kNone;
    if (quote_open) return Choice::kClose;
    if (c.p == 's' && c.wb_ascii) return Choice::kApostrophe;
    return Choice::kNone;
  }
  // W2 before a lower-case letter.
  if ((c.p == kEdge || is_space(c.p) || c.p == '(' || c.p == '[') && is_lower(c.n)) {
    if (in_lex(c)) return Choice::kNone;
    if (quote_open) return Choice::kClose;
    if (c.wa_ascii && lexicon::is_english_word(c.wa_lower)) return Choice::kOpen;
    return Choice::kNone;
  }
  // W3 spaced dash.
  if (is_space(c.p) && is_space(c.n)) {
    if (lang.welsh) return Choice::kNone;
    if (!lang.english && in_list(kWelshAfterA, c.next_word_lower)) return Choice::kNone;
    return Choice::kEmDash;
  }
  // W4 unspaced em dash between two English words.
  if (options.unspaced_em_dash && is_letter(c.p) && is_letter(c.n) && c.wb_ascii && c.wa_ascii &&
      c.wb.size() > 2 && c.wa.size() > 2 && lexicon::is_english_word(c.wb_lower) &&
      lexicon::is_english_word(c.wa_lower) && !in_lex(c)) {
    return Choice::kEmDash;
  }
  return Choice::kNone;
}

// Whether an unclassified "â" deserves a flag: it is not part of a known word.
bool worth_flagging(const Context& c) {
  if (in_lex(c)) return false;
  if (!c.wb.empty() && !c.wa.empty()) {
    // Inside a word: only the shape of two English words joined by a lost dash.
    return c.wb_ascii && c.wa_ascii && c.wb.size() > 2 && c.wa.size() > 2 &&
           lexicon::is_english_word(c.wb_lower) && lexicon::is_english_word(c.wa_lower);
  }
  return true;
}

bool has_lossy_edit(const std::vector<Edit>& edits) {
  for (const Edit& e : edits) {
    if (e.rule == RepairRule::kLossyQuote || e.rule == RepairRule::kLossyApostrophe ||
        e.rule == RepairRule::kLossyDash || e.rule == RepairRule::kLossyResidue) {
      return true;
    }
  }
  return false;
}

size_t count_of(std::string_view s, std::string_view what) {
  size_t count = 0;
  for (size_t i = s.find(what); i != std::string_view::npos; i = s.find(what, i + what.size())) {
    ++count;
  }
  return count;
}

// Moves flag spans so that they stay on the same text after `reps` (sorted, disjoint) apply.
void shift_flags(const std::vector<Replacement>& reps, std::vector<RepairFlag>* flags) {
  if (reps.empty()) return;
  std::vector<int64_t> delta_after(reps.size());
  int64_t delta = 0;
  for (size_t k = 0; k < reps.size(); ++k) {
    delta += static_cast<int64_t>(reps[k].with.size()) - (reps[k].end - reps[k].begin);
    delta_after[k] = delta;
  }
  auto shift = [&](uint32_t pos) {
    // Replacements that end at or before pos move it.
    auto it = std::upper_bound(reps.begin(), reps.end(), pos,
                               [](uint32_t x, const Replacement& r) { return x < r.end; });
    if (it == reps.begin()) return pos;
    return static_cast<uint32_t>(pos + delta_after[(it - reps.begin()) - 1]);
  };
  for (size_t k = 0; k < flags->size(); ++k) {
    RepairFlag& f = (*flags)[k];
    f.text = Span{shift(f.text.begin), shift(f.text.end)};
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------------

void lossy_prepass(Rewriter& rw) {
  std::string_view s = rw.text();
  size_t pos = s.find(kACircumflex);
  if (pos == std::string_view::npos) return;
  std::vector<Replacement> reps;
  for (; pos != std::string_view::npos; pos = s.find(kACircumflex, pos + 2)) {
    size_t len1;
    char32_t n1 = cp_at(s, pos + 2, &len1);
    // Only after plain text: a non-ASCII character right before the "â" means the sequence
    // is part of deeper (double or triple) mojibake, which encoding repair handles whole.
    size_t prev_start;
    char32_t prev = cp_before(s, pos, &prev_start);
    if (prev != kEdge && prev >= 0x80) continue;
    if (n1 == 0x20AC) {  // "â€": UTF-8 E2 80 xx seen through windows-1252, third byte lost
      size_t after = pos + 2 + len1, len2;
      char32_t n2 = cp_at(s, after, &len2);
      if (n2 == 0xFFFD) {  // P1, when text follows (at the very end ftfy's U+FFFD stands)
        size_t len3;
        if (cp_at(s, after + len2, &len3) == kEdge) continue;
        reps.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(after + len2),
                        std::string(kRightDouble), RepairRule::kLossyQuote});
      } else if (n2 == kEdge || n2 == ' ' || n2 == '\t' || n2 == '\n' || n2 == '\r' ||
                 is_one_of(n2, U".,;:!)]")) {  // P1b ("?" may be a lost byte's marker)
        reps.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(after),
                        std::string(kRightDouble), RepairRule::kLossyQuote});
      }
      continue;
    }
    // P2: a two-character residue of a 3-byte sequence whose middle byte was deleted.
    std::string_view with;
    switch (n1) {
      case 0xAC:
        with = "\xE2\x82\xAC";
        break;  // ¬ -> €
      case 0xA6:
        with = "\xE2\x80\xA6";
        break;  // ¦ -> …
      case 0xB0:
        with = "\xE2\x80\xB0";
        break;  // ° -> ‰
      case 0xB9:
        with = "\xE2\x80\xB9";
        break;  // ¹ -> ‹
      case 0xBA:
        with = "\xE2\x80\xBA";
        break;  // º -> ›
      case 0xB2:
        with = "\xE2\x80\xB2";
        break;  // ² -> ′
      case 0xB3:
        with = "\xE2\x80\xB3";
        break;      // ³ -> ″
      case 0xA2: {  // ¢ -> ™ after a word, else •
        size_t start;
        char32_t p = cp_before(s, pos, &start);
        with = (is_letter(p) || is_digit(p) || p == ')') ? "\xE2\x84\xA2" : "\xE2\x80\xA2";
        break;
      }
      default:
        continue;
    }
    size_t after = pos + 2 + len1, len2;
    char32_t n2 = cp_at(s, after, &len2);
    // A character that could be a UTF-8 continuation byte (seen through Latin-1 or
    // windows-1252): the sequence may be intact, so encoding repair decides.
    static constexpr std::u32string_view kCp1252High =
        U"\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D"
        U"\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178";
    if ((n2 >= 0x80 && n2 <= 0xBF) || is_one_of(n2, kCp1252High)) continue;
    reps.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(after), std::string(with),
                    RepairRule::kLossyResidue});
  }
  if (!reps.empty()) rw.apply(std::move(reps));
}

namespace {

// The end of the run of ASCII bytes starting at `i` (the first byte >= 0x80, or s.size()).
size_t ascii_run_end(std::string_view s, size_t i) {
  constexpr uint64_t kHighBits = 0x8080808080808080ull;
  for (uint64_t w; i + 8 <= s.size(); i += 8) {
    std::memcpy(&w, s.data() + i, 8);
    if (w & kHighBits) break;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

}  // namespace

void lossy_postpass(Rewriter& rw, std::vector<RepairFlag>* flags) {
  lossy_postpass(rw, flags, LossyOptions{});
}

void lossy_postpass(Rewriter& rw, std::vector<RepairFlag>* flags, const LossyOptions& options) {
  std::string_view s = rw.text();
  size_t first_a = s.find(kACircumflex);
  if (first_a == std::string_view::npos) return;

  const LanguageSignal lang = language_signal(s);
  const bool single_style = count_of(s, kLeftSingle) > count_of(s, kLeftDouble);
  Context c;
  bool weak_on = options.force_weak_rules || lang.english || has_lossy_edit(rw.edits());
  for (size_t pos = first_a; !weak_on && pos != std::string_view::npos;
       pos = s.find(kACircumflex, pos + 2)) {
    make_context(s, pos, &c);
    if (strong_rule(s, c, false, lang.english) != Choice::kNone) weak_on = true;
  }

  std::vector<Replacement> reps;
  std::vector<RepairFlag> new_flags;
  bool quote_open = false;
  for (size_t i = 0; i < s.size();) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      // A run of ASCII, skipped eight bytes at a time: only a newline in it matters (it closes
      // any open quote).
      const size_t end = ascii_run_end(s, i + 1);
      if (quote_open && std::memchr(s.data() + i, '\n', end - i) != nullptr) quote_open = false;
      i = end;
      continue;
    }
    if (b == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      const unsigned char t = static_cast<unsigned char>(s[i + 2]);
      if (t == 0x9C) {
        quote_open = true;
      } else if (t == 0x9D) {
        quote_open = false;
      } else if (single_style && t == 0x98) {
        quote_open = true;
      } else if (single_style && t == 0x99 && quote_open) {
        size_t len;
        if (!is_letter(cp_at(s, i + 3, &len))) quote_open = false;
      }
      i += 3;
      continue;
    }
    if (b != 0xC3 || i + 1 >= s.size()) {
      ++i;
      continue;
    }
    const unsigned char t = static_cast<unsigned char>(s[i + 1]);
    if (t == 0xA2) {
      make_context(s, i, &c);
      Choice choice = strong_rule(s, c, quote_open, lang.english);
      if (choice == Choice::kNone && weak_on) choice = weak_rule(c, quote_open, lang, options);
      std::string_view with;
      RepairRule rule = RepairRule::kLossyQuote;
      switch (choice) {
        case Choice::kOpen:
          with = single_style ? kLeftSingle : kLeftDouble;
          quote_open = true;
          break;
        case Choice::kClose:
          with = single_style ? kRightSingle : kRightDouble;
          quote_open = false;
          break;
        case Choice::kApostrophe:
          with = kRightSingle;
          rule = RepairRule::kLossyApostrophe;
          break;
        case Choice::kEnDash:
          with = kEnDash;
          rule = RepairRule::kLossyDash;
          break;
        case Choice::kEmDash:
          with = kEmDash;
          rule = RepairRule::kLossyDash;
          break;
        case Choice::kNone:
          if (worth_flagging(c)) {
            new_flags.push_back(
                {Span{static_cast<uint32_t>(i), static_cast<uint32_t>(i + 2)}, kFlagLossyA});
          }
          break;
      }
      if (!with.empty()) {
        reps.push_back(
            {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 2), std::string(with), rule});
      }
      i += 2;
      continue;
    }
    if (t == 0x83 || t == 0x85 || t == 0x90 || t == 0x91) {  // Ã Å Ð Ñ
      size_t start, len;
      char32_t prev = cp_before(s, i, &start);
      char32_t next = cp_at(s, i + 2, &len);
      if (is_letter(next) && (is_lower(prev) || (t == 0x83 && is_lower(next)))) {
        new_flags.push_back(
            {Span{static_cast<uint32_t>(i), static_cast<uint32_t>(i + 2)}, kFlagLossyLetter});
      }
      i += 2;
      continue;
    }
    ++i;
  }

  if (flags) {
    flags->insert(flags->end(), new_flags.begin(), new_flags.end());
    shift_flags(reps, flags);
    std::stable_sort(flags->begin(), flags->end(), [](const RepairFlag& a, const RepairFlag& b) {
      return a.text.begin < b.text.begin;
    });
  }
  if (!reps.empty()) rw.apply(std::move(reps));
}

}  // namespace newsgraph
