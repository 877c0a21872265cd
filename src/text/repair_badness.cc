// Mojibake detection: a class bitmask per code point and a hand-written scanner over short
// windows of code points (the patterns of notes/repair.md §1.3), plus the fast-path test.
#include <utf8proc.h>

#include <cstring>
#include <vector>

#include "text/repair_core.h"
#include "util/utf8.h"

namespace newsgraph::repair {

namespace {

constexpr uint16_t kAccented = kClsUpperAccented | kClsLowerAccented;

struct ClassTables {
  std::vector<uint16_t> cls;          // per BMP code point
  std::vector<uint64_t> interesting;  // bitset over all code points: may need a fixer
  ClassTables() : cls(0x10000, 0), interesting(0x110000 / 64, 0) {
    auto add = [&](std::u32string_view members, uint16_t bit) {
      for (char32_t cp : members) cls[cp] |= bit;
    };
    auto add_range = [&](char32_t lo, char32_t hi, uint16_t bit) {
      for (char32_t cp = lo; cp <= hi; ++cp) cls[cp] |= bit;
    };
    add(U"\u00A0\u00AD\u00B7\u00B4\u2013\u2014\u2015\u2026\u2019", kClsCommon);
    add_range(0x80, 0x9F, kClsC1);
    add(U"\u00A6\u00A4\u00A8\u00AC\u00AF\u00B8\u0192\u02C6\u02C7\u02D8\u02DB\u02DC\u2020\u2021"
        U"\u2030\u2310\u25CA\uFFFD\u00AA\u00BA",
        kClsBad);
    add(U"\u00B6\u00A7", kClsLaw);
    add(U"\u00A2\u00A3\u00A5\u20A7\u20AC", kClsCurrency);
    add(U"\u00A1\u00AB\u00BF\u00A9\u0384\u0385\u2018\u201A\u201C\u201E\u2022\u2039\uF8FF",
        kClsStartPunct);
    add(U"\u00AE\u00BB\u02DD\u201D\u203A\u2122", kClsEndPunct);
    add(U"\u00B2\u00B3\u00B9\u00B1\u00BC\u00BD\u00BE\u00D7\u00B5\u00F7\u2044\u2202\u2206\u220F"
        U"\u2211\u221A\u221E\u2229\u222B\u2248\u2260\u2261\u2264\u2265\u2116",
        kClsNumeric);
    add_range(0xD2, 0xD6, kClsKaomoji);
    add_range(0xD9, 0xDC, kClsKaomoji);
    add_range(0xF2, 0xF6, kClsKaomoji);
    add_range(0xF8, 0xFC, kClsKaomoji);
    add(U"\u0150\u014C\u016A\u0172\u00B0", kClsKaomoji);
    add_range(0xC0, 0xD1, kClsUpperAccented);
    add(U"\u00D8\u00DC\u00DD\u0152\u0490", kClsUpperAccented);
    add(U"\u00DF\u00FF\u0153\u0491\uFB01\uFB02", kClsLowerAccented);
    add_range(0xE0, 0xF1, kClsLowerAccented);
    // Latin Extended-A letters that the central-European, Turkish and Baltic code pages hold.
    for (int codec : {kSloppy1252, kSloppy1250, kSloppy1254, kSloppy1257, kIso8859_2}) {
      for (int b = 0x80; b < 0x100; ++b) {
        char32_t cp = codec_decode_byte(codec, uint8_t(b));
        // Ő Ō Ū Ų appear in emoticons: they are kaomoji letters only.
        if (cp < 0x100 || cp > 0x17F || cp == 0x150 || cp == 0x14C || cp == 0x16A || cp == 0x172)
          continue;
        auto cat = utf8proc_category(utf8proc_int32_t(cp));
        if (cat == UTF8PROC_CATEGORY_LU) cls[cp] |= kClsUpperAccented;
        if (cat == UTF8PROC_CATEGORY_LL) cls[cp] |= kClsLowerAccented;
      }
    }
    add(U"\u00DE\u0386\u0388\u0389\u038A\u038C\u038E\u038F\u03AA\u03AB", kClsUpperCommon);
    add_range(0x391, 0x3A9, kClsUpperCommon);
    add_range(0x400, 0x42F, kClsUpperCommon);
    add(U"\u0390\u03B0\u03AC\u03AD\u03AE\u03AF\u03CA\u03CB\u03CC\u03CD\u03CE", kClsLowerCommon);
    add_range(0x3B1, 0x3C9, kClsLowerCommon);
    add_range(0x430, 0x45F, kClsLowerCommon);
    add(U"\u2502\u250C\u2510\u2518\u251C\u2524\u252C\u253C\u2580\u2584\u2588\u258C\u2590\u2591"
        U"\u2592\u2593",
        kClsBox);
    add_range(0x2550, 0x256C, kClsBox);
    // The common class alone never makes a pattern, so it does not make a line interesting.
    for (char32_t cp = 0x80; cp < 0x10000; ++cp)
      if (cls[cp] & ~kClsCommon) mark(cp);
    // Characters that some fixer other than fix_encoding changes.
    for (char32_t cp :
         {0x0132, 0x0133, 0x0149, 0x01C4, 0x01C5, 0x01C6, 0x01C7, 0x01C8, 0x01C9, 0x01CA, 0x01CB,
          0x01CC, 0x01F1, 0x01F2, 0x01F3, 0x2028, 0x2029, 0xFEFF, 0x3000})
      mark(cp);
    for (char32_t cp = 0xFB00; cp <= 0xFB06; ++cp) mark(cp);
    for (char32_t cp = 0xFF01; cp <= 0xFFEF; ++cp) mark(cp);
    for (char32_t cp = 0x206A; cp <= 0x206F; ++cp) mark(cp);
    for (char32_t cp = 0xFFF9; cp <= 0xFFFC; ++cp) mark(cp);
    for (char32_t cp = 0x2018; cp <= 0x201F; ++cp) mark(cp);  // only matters with uncurl on
    mark(0x02BC);
    for (char32_t cp = 0x80; cp <= 0x10FFFF; ++cp)
      if (is_nfc_candidate(cp)) mark(cp);
  }
  void mark(char32_t cp) { interesting[cp >> 6] |= uint64_t(1) << (cp & 63); }
  bool is_interesting(char32_t cp) const { return (interesting[cp >> 6] >> (cp & 63)) & 1; }
};

const ClassTables& tables() {
  static const ClassTables t;
  return t;
}

// ASCII bytes that some fixer may change: controls other than TAB, LF and FF; DEL; '&'.
struct AsciiTable {
  bool flag[128] = {};
  AsciiTable() {
    for (int c = 0; c < 0x20; ++c) flag[c] = true;
    flag[int('\t')] = flag[int('\n')] = flag[int('\f')] = false;
    flag[0x7F] = true;
    flag[int('&')] = true;
  }
};
const AsciiTable kAscii;

bool is_ascii_letter(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_ascii_lower(char32_t c) { return c >= 'a' && c <= 'z'; }
bool is_space(char32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || (c >= 0x1C && c <= 0x1F);
}
bool is_word_char(char32_t c) {
  if (c < 0x80) return is_ascii_letter(c) || (c >= '0' && c <= '9') || c == '_';
  auto cat = utf8proc_category(utf8proc_int32_t(c));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}
bool one_of(char32_t c, std::u32string_view set) {
  return set.find(c) != std::u32string_view::npos;
}

}  // namespace

uint16_t char_class(char32_t cp) { return cp < 0x10000 ? tables().cls[cp] : 0; }

namespace {

// The shapes of is_bad at t[i] for MacRoman, windows-1251, windows-1253 and windows-1257, and
// with `extended` newsgraph's own.
bool other_encoding_shape(std::u32string_view t, size_t i, bool extended) {
  const ClassTables& tab = tables();
  const size_t n = t.size();
  auto cp = [&](size_t k) -> char32_t { return k < n ? t[k] : 0; };
  auto cl = [&](size_t k) -> uint16_t { return k < n && t[k] < 0x10000 ? tab.cls[t[k]] : 0; };
  const char32_t a = t[i];
  const char32_t b = cp(i + 1);
  const uint16_t cb = cl(i + 1);
  if (a == 0x221A && one_of(b,
                            U"\u00B1\u2202\u2020\u2260\u00AE\u2122\u00B4\u2264\u2265\u00A5"
                            U"\u00B5\u00F8"))
    return true;
  if (a == 0x2248 && (b == 0xB0 || b == 0xA2)) return true;
  if (a == 0x201A && b == 0xC4 &&
      one_of(cp(i + 2),
             U"\u00EC\u00EE\u00EF\u00F2\u00F4\u00FA\u00F9\u00FB\u2020\u00B0\u00A2"
             U"\u03C0"))
    return true;
  if (a == 0x201A && (b == 0xE2 || b == 0xF3) && one_of(cp(i + 2), U"\u00E0\u00E4\u00B0\u00EA"))
    return true;
  if (a == 0x432 && b == 0x402) return true;
  auto cyr_lead = [](char32_t c) { return one_of(c, U"\u0412\u0413\u0420\u0421"); };
  if (cyr_lead(a) && i + 2 < n && cyr_lead(t[i + 2]) &&
      ((cb & (kClsC1 | kClsBad | kClsStartPunct | kClsEndPunct | kClsCurrency)) || b == 0xB0 ||
       b == 0xB5))
    return true;
  if (a == 0x413 && b == 0x45E && cp(i + 2) == 0x412 && cp(i + 3) == 0x402 && cp(i + 4) == 0x412 &&
      i + 6 < n && (is_ascii_letter(t[i + 6]) || t[i + 6] == ' '))
    return true;
  if (a == 0x3B2 && b == 0x20AC && one_of(cp(i + 2), U"\u2122\u00A0\u0386\u00AD\u00AE\u00B0"))
    return true;
  auto greek_lead = [](char32_t c) { return one_of(c, U"\u0392\u0393\u039E\u039F"); };
  if (greek_lead(a) && i + 2 < n && greek_lead(t[i + 2]) &&
      ((cb & (kClsC1 | kClsBad | kClsStartPunct | kClsEndPunct | kClsCurrency)) || b == 0xB0))
    return true;
  if (a == 0x101 && b == 0x20AC) return true;
  if (!extended) return false;
  // newsgraph's own shapes (beyond ftfy): a windows-1251 "Г©" style pair inside Latin text;
  // "pi√π" (MacRoman √ between a Latin letter and a MacRoman continuation character); a
  // cp437 "┬┐" / "┬í" (¿ ¡) opening a word.
  if (is_ascii_letter(a) && cyr_lead(b) &&
      ((cl(i + 2) & (kClsStartPunct | kClsEndPunct | kClsCurrency | kClsNumeric | kClsBad)) ||
       cp(i + 2) == 0xA0))
    return true;
  if (is_ascii_lower(a) && b == 0x221A && i + 2 < n &&
      one_of(t[i + 2],
             U"\u03C0\u220F\u2211\u222B\u03A9\u00E6\u00F8\u00E1\u00E0\u00E2\u00E4"
             U"\u00E3\u00E5\u00E7\u00E9\u00E8\u00EA\u00EB\u00ED\u00EC\u00EE\u00EF"
             U"\u00F1\u00F3\u00F2\u00F4\u00F6\u00F5\u00FA\u00F9\u00FB\u00FC") &&
      (i + 3 >= n || !is_word_char(t[i + 3]) || is_ascii_letter(t[i + 3])))
    return true;
  if (a == 0x252C && (b == 0x2510 || b == 0xED) && (i == 0 || is_space(t[i - 1])) &&
      is_ascii_letter(cp(i + 2)))
    return true;
  return false;
}

}  // namespace

bool is_bad(std::u32string_view t, bool extended) {
  const ClassTables& tab = tables();
  const size_t n = t.size();
  auto cp = [&](size_t k) -> char32_t { return k < n ? t[k] : 0; };
  auto cl = [&](size_t k) -> uint16_t { return k < n && t[k] < 0x10000 ? tab.cls[t[k]] : 0; };
  constexpr uint16_t kBadNeighbour =
      kAccented | kClsBox | kClsStartPunct | kClsEndPunct | kClsCurrency | kClsNumeric | kClsLaw;
  for (size_t i = 0; i < n; ++i) {
    const char32_t a = t[i];
    const uint16_t ca = cl(i);
    if (ca == 0 && !is_ascii_letter(a) && !is_space(a)) continue;
    const uint16_t cb = cl(i + 1);
    const char32_t b = cp(i + 1);
    if (ca & kClsC1) return true;
    if ((ca & kClsBad) && (cb & (kClsBad | kBadNeighbour))) return true;
    if ((ca & kBadNeighbour) && (cb & kClsBad)) return true;
    if (is_ascii_letter(a) && (cb & (kClsLowerCommon | kClsUpperCommon)) && (cl(i + 2) & kClsBad))
      return true;
    if ((ca & (kClsLowerAccented | kClsLowerCommon | kClsBox | kClsEndPunct | kClsCurrency |
               kClsNumeric)) &&
        (cb & kClsUpperAccented))
      return true;
    if ((ca & (kClsBox | kClsEndPunct | kClsCurrency | kClsNumeric)) && (cb & kClsLowerAccented))
      return true;
    if ((ca & (kClsLowerAccented | kClsBox | kClsEndPunct)) && (cb & kClsCurrency)) return true;
    if (is_space(a) && (cb & kClsUpperAccented) && (cl(i + 2) & kClsCurrency)) return true;
    if ((ca & (kClsUpperAccented | kClsBox)) && (cb & (kClsNumeric | kClsLaw))) return true;
    if ((ca & (kAccented | kClsBox | kClsCurrency | kClsEndPunct)) && (cb & kClsStartPunct) &&
        (cl(i + 2) & kClsNumeric))
      return true;
    if ((ca & (kAccented | kClsCurrency | kClsNumeric | kClsBox)) && (cb & kClsEndPunct) &&
        (cl(i + 2) & kClsStartPunct))
      return true;
    if ((ca & (kClsCurrency | kClsNumeric | kClsBox)) && (cb & kClsStartPunct)) return true;
    if (is_ascii_lower(a) && (cb & kClsUpperAccented) &&
        (cl(i + 2) & (kClsStartPunct | kClsCurrency)))
      return true;
    if ((ca & kClsBox) && (cb & (kClsKaomoji | kClsEndPunct))) return true;
    if ((ca & (kAccented | kClsCurrency | kClsStartPunct | kClsEndPunct)) && (cb & kClsBox))
      return true;
    if ((ca & kAccented) && (cb & (kClsStartPunct | kClsEndPunct)) && i + 2 < n &&
        is_word_char(t[i + 2]))
      return true;
    if ((a == 0x152 || a == 0x153) && i + 1 < n && !is_ascii_letter(b)) return true;
    if ((ca & kClsUpperAccented) && b == 0xB0) return true;
    // Targeted windows-1252 shapes.
    if (one_of(a, U"\u00C2\u00C3\u00CE\u00D0") &&
        (one_of(b,
                U"\u20AC\u0153\u0160\u0161\u00A2\u00A3\u0178\u017E\u00A0\u00AD\u00AE\u00A9"
                U"\u00B0\u00B7\u00BB\u2013\u2014\u00B4") ||
         (cb & (kClsStartPunct | kClsEndPunct))))
      return true;
    if (a == 0xD7 && (b == 0xB2 || b == 0xB3)) return true;
    if ((a == 0xD8 || a == 0xD9) && i + 3 < n) {
      auto arabic_second = [&](size_t k) {
        return (cl(k) & (kClsCommon | kClsCurrency | kClsBad | kClsNumeric | kClsStartPunct)) ||
               one_of(cp(k), U"\u0178\u0160\u00AE\u00B0\u00B5\u00BB");
      };
      if (arabic_second(i + 1) && (t[i + 2] == 0xD8 || t[i + 2] == 0xD9) && arabic_second(i + 3))
        return true;
    }
    if (a == 0xE0 && one_of(b, U"\u00B2\u00B5\u00B9\u00BC\u00BD\u00BE")) return true;
    if (a == 0xC3 && (b == 0xA0 || b == 0xA1)) return true;
    if (is_ascii_lower(a)) {
      size_t k = i + 1;
      if (k < n && is_space(t[k])) ++k;
      if ((cp(k) == 0xC3 || cp(k) == 0xC2) && cp(k + 1) == ' ') return true;
    }
    if (i == 0 && (a == 0xC3 || a == 0xC2) && b == ' ') return true;
    if (b == 0xC2 && (is_ascii_lower(a) || one_of(a, U".,?!") || (ca & kClsEndPunct))) {
      char32_t c = cp(i + 2);
      if (c == ' ' || (cl(i + 2) & (kClsCommon | kClsEndPunct))) return true;
    }
    if (other_encoding_shape(t, i, extended)) return true;
  }
  return false;
}

bool may_need_repair(std::string_view s, bool uncurl, bool* weak_only) {
  const ClassTables& tab = tables();
  // Punctuation classes alone cannot complete any badness pattern (every pattern also needs
  // an accented, Greek/Cyrillic, box, currency, numeric, bad or C1 character, or a specific
  // letter), so lines whose only class characters are quotes and dashes need no scan.
  constexpr uint16_t kPunctOnly = kClsStartPunct | kClsEndPunct | kClsCommon;
  bool weak = false;
  const size_t n = s.size();
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  auto has_zero_byte = [](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  for (size_t i = 0; i < n;) {
    // Eight plain ASCII bytes at a time: no high bit, no control character, no '&', no DEL.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if ((w & kHighs) || ((w - kOnes * 0x20) & ~w & kHighs) || has_zero_byte(w ^ (kOnes * '&')) ||
          has_zero_byte(w ^ (kOnes * 0x7F)))
        break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (kAscii.flag[c]) {
        *weak_only = false;
        return true;
      }
      ++i;
      continue;
    }
    size_t len;
    char32_t cp = utf8::decode_at(s, i, &len);
    i += len;
    if (utf8::is_invalid_escape(cp) || !tab.is_interesting(cp)) continue;
    if (cp >= 0x2018 && cp <= 0x201F) {  // curly quotes: only uncurl changes them
      if (uncurl) {
        *weak_only = false;
        return true;
      }
      continue;
    }
    const uint16_t cls = cp < 0x10000 ? tab.cls[cp] : 0;
    // Classes other than C1 only matter through a badness pattern; everything else that is
    // interesting needs a fixer.
    if (cls != 0 && !(cls & kClsC1) && !is_nfc_candidate(cp) && cp != 0xFB01 && cp != 0xFB02) {
      if (cls & ~kPunctOnly) weak = true;
      continue;
    }
    *weak_only = false;
    return true;
  }
  *weak_only = weak;
  return weak;
}

}  // namespace newsgraph::repair
