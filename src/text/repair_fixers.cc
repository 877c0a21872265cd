// The ftfy-style fixers on code-point strings: HTML entities, fix_encoding (ordered single-byte
// re-decodings, restore_byte_a0, lossy sequences, inconsistent UTF-8, C1 controls) and the small
// character fixers (ligatures, width, line breaks, escapes, controls, NFC).
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "text/repair_core.h"

namespace newsgraph::repair {

namespace {

// ---- HTML entities ----

namespace generated {
#include "text/repair_entity_tables.inc"
}  // namespace generated

bool is_ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
bool is_ascii_letter(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Python html.unescape semantics for a numeric reference; false when it would keep it.
bool numeric_reference(std::u32string_view body, std::u32string* out) {
  // body is what follows "&#" up to (not including) ';'.
  uint64_t num = 0;
  bool hex = !body.empty() && (body[0] == 'x' || body[0] == 'X');
  size_t k = hex ? 1 : 0;
  if (k == body.size()) return false;
  for (; k < body.size(); ++k) {
    char32_t c = body[k];
    int d;
    if (c >= '0' && c <= '9') {
      d = int(c - '0');
    } else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
      d = int((c | 0x20) - 'a' + 10);
    } else {
      return false;
    }
    num = num * (hex ? 16 : 10) + uint64_t(d);
    if (num > 0x7FFFFFFF) num = 0x7FFFFFFF;  // anything this large is out of range
  }
  out->clear();
  if (num == 0) {
    out->push_back(0xFFFD);
  } else if (num == 0x0D) {
    out->push_back('\r');
  } else if (num >= 0x80 && num <= 0x9F) {
    out->push_back(codec_decode_byte(kSloppy1252, uint8_t(num)));
  } else if ((num >= 0xD800 && num <= 0xDFFF) || num > 0x10FFFF) {
    out->push_back(0xFFFD);
  } else if ((num >= 0x1 && num <= 0x8) || (num >= 0xE && num <= 0x1F) || num == 0xB ||
             (num >= 0x7F && num <= 0x9F) || (num >= 0xFDD0 && num <= 0xFDEF) ||
             (num & 0xFFFE) == 0xFFFE) {
    // deleted
  } else {
    out->push_back(char32_t(num));
  }
  return true;
}

bool named_reference(std::u32string_view name, std::u32string* out) {
  char key[32];
  if (name.size() >= sizeof(key)) return false;
  for (size_t k = 0; k < name.size(); ++k) key[k] = char(name[k]);
  key[name.size()] = 0;
  const auto* begin = std::begin(generated::kHtmlEntities);
  const auto* end = std::end(generated::kHtmlEntities);
  const auto* it = std::lower_bound(begin, end, key, [](const auto& e, const char* k) {
    return std::strcmp(e.name, k) < 0;
  });
  if (it == end || std::strcmp(it->name, key) != 0) return false;
  *out = from_utf8(it->value);
  return true;
}

// ---- fix_encoding pieces on bytes ----

bool is_cont(uint8_t b) { return b >= 0x80 && b <= 0xBF; }
bool is_cont_not_a0(uint8_t b) { return is_cont(b) && b != 0x85 && b != 0xA0; }

// Length of an "altered UTF-8" match (a UTF-8 sequence whose A0 byte became a space) at i.
size_t altered_utf8_at(const std::string& s, size_t i) {
  auto at = [&](size_t k) -> uint8_t { return k < s.size() ? uint8_t(s[k]) : 0; };
  const uint8_t a = at(i);
  switch (a) {
    case 0xC2: case 0xC3: case 0xC5: case 0xCE: case 0xD0: case 0xD9:
      if (at(i + 1) == ' ') return 2;
      break;
    default: break;
  }
  if ((a == 0xE2 || a == 0xE3) && at(i + 1) == ' ' && is_cont_not_a0(at(i + 2))) return 3;
  if (a >= 0xE0 && a <= 0xE3 && is_cont_not_a0(at(i + 1)) && at(i + 2) == ' ') return 3;
  if (a == 0xF0) {
    int spaces = 0, conts = 0;
    for (size_t k = 1; k <= 3; ++k) {
      if (at(i + k) == ' ') ++spaces;
      else if (is_cont(at(i + k))) ++conts;
    }
    if (spaces == 1 && conts == 2) return 4;
  }
  return 0;
}

bool has_altered_utf8(const std::string& s) {
  for (size_t i = 0; i < s.size(); ++i)
    if (uint8_t(s[i]) >= 0xC2 && altered_utf8_at(s, i)) return true;
  return false;
}

bool starts_with_at(const std::string& s, size_t i, std::string_view w) {
  return s.compare(i, w.size(), w) == 0;
}

// Vietnamese evidence: UTF-8 of Latin Extended Additional letters (U+1E00..U+1EFF).
bool looks_vietnamese(const std::string& s) {
  for (size_t i = 0; i + 2 < s.size(); ++i)
    if (uint8_t(s[i]) == 0xE1 && (uint8_t(s[i + 1]) == 0xBA || uint8_t(s[i + 1]) == 0xBB) &&
        is_cont(uint8_t(s[i + 2])))
      return true;
  return false;
}

std::string restore_byte_a0(const std::string& in, bool beyond_ftfy) {
  // First, "Ã " standing for "à" before a word (French, Portuguese): keep the space.
  const bool vietnamese = beyond_ftfy && looks_vietnamese(in);
  std::string s;
  s.reserve(in.size() + 8);
  for (size_t i = 0; i < in.size(); ++i) {
    s.push_back(in[i]);
    if (uint8_t(in[i]) == 0xC3 && i + 1 < in.size() && in[i + 1] == ' ') {
      size_t j = i + 2;
      bool excluded = starts_with_at(in, j, " ") || starts_with_at(in, j, "quele") ||
                      starts_with_at(in, j, "quela") || starts_with_at(in, j, "quilo") ||
                      starts_with_at(in, j, "s ");
      // Beyond ftfy: inside a Vietnamese syllable ("hĂ i") the space stood for the A0 byte
      // itself, so it is replaced (below) rather than kept.
      if (vietnamese && i > 0 && is_ascii_letter(char32_t(uint8_t(in[i - 1])))) excluded = true;
      if (!excluded) s.push_back(char(0xA0));
    }
  }
  for (size_t i = 0; i < s.size();) {
    size_t len = uint8_t(s[i]) >= 0xC2 ? altered_utf8_at(s, i) : 0;
    if (len == 0) {
      ++i;
      continue;
    }
    for (size_t k = i; k < i + len; ++k)
      if (s[k] == ' ') s[k] = char(0xA0);
    i += len;
  }
  return s;
}

// Length of a UTF-8-shaped sequence with one lost byte (0x1A, or '?') at i; 0 when none.
size_t lossy_sequence_at(const std::string& s, size_t i) {
  auto at = [&](size_t k) -> int { return k < s.size() ? uint8_t(s[k]) : -1; };
  auto lost = [](int b) { return b == 0x1A || b == '?'; };
  auto cont_or_1a = [](int b) { return b == 0x1A || (b >= 0x80 && b <= 0xBF); };
  auto any = [&](int b) { return lost(b) || cont_or_1a(b); };
  const int a = at(i);
  if (a >= 0xC2 && a <= 0xDF && at(i + 1) == 0x1A) return 2;
  if ((a == 0xC2 || a == 0xC3) && at(i + 1) == '?') return 2;
  if (a == 0xED && at(i + 1) >= 0xA0 && at(i + 1) <= 0xAF && at(i + 3) == 0xED &&
      at(i + 4) >= 0xB0 && at(i + 4) <= 0xBF) {
    if (lost(at(i + 2)) && any(at(i + 5))) return 6;
    if (any(at(i + 2)) && lost(at(i + 5))) return 6;
  }
  if (a >= 0xE0 && a <= 0xEF) {
    if (lost(at(i + 1)) && cont_or_1a(at(i + 2))) return 3;
    if (cont_or_1a(at(i + 1)) && lost(at(i + 2))) return 3;
  }
  if (a >= 0xF0 && a <= 0xF4) {
    int b1 = at(i + 1), b2 = at(i + 2), b3 = at(i + 3);
    if (lost(b1) && cont_or_1a(b2) && cont_or_1a(b3)) return 4;
    if (cont_or_1a(b1) && lost(b2) && cont_or_1a(b3)) return 4;
    if (cont_or_1a(b1) && cont_or_1a(b2) && lost(b3)) return 4;
  }
  if (a == 0x1A) return 1;
  return 0;
}

std::string replace_lossy_sequences(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t len = lossy_sequence_at(s, i);
    if (len == 0) {
      out.push_back(s[i++]);
    } else {
      out += "\xEF\xBF\xBD";
      i += len;
    }
  }
  return out;
}

// ---- decode_inconsistent_utf8: character sets from the single-byte code pages ----

struct Utf8Clues {
  std::vector<uint8_t> kind;  // per BMP code point: bit 1 lead2, 2 lead3, 4 lead4, 8 cont, 16 strict
  Utf8Clues() : kind(0x10000, 0) {
    for (int c : {kLatin1, kSloppy1252, kSloppy1251, kSloppy1250, kSloppy1253, kSloppy1254,
                  kSloppy1257}) {
      for (int b = 0x80; b < 0x100; ++b) {
        char32_t cp = codec_decode_byte(c, uint8_t(b));
        if (b >= 0xC2 && b <= 0xDF) kind[cp] |= 1;
        if (b >= 0xE0 && b <= 0xEF) kind[cp] |= 2;
        if (b == 0xF0 || b == 0xF3) kind[cp] |= 4;
        if (b >= 0x80 && b <= 0xBF) kind[cp] |= 8 | 16;
      }
    }
    kind[' '] |= 8;
    // Continuation characters that are also ordinary punctuation do not block a run's start.
    for (char32_t cp : {0x00A0, 0x2010, 0x2013, 0x2014, 0x2015, 0x2022, 0x2018, 0x2019, 0x201A,
                        0x201B, 0x201C, 0x201D, 0x201E, 0x201F, 0x2026, 0x00AB, 0x00BB, 0x2039,
                        0x203A})
      kind[cp] &= uint8_t(~16);
  }
  uint8_t of(char32_t cp) const { return cp < 0x10000 ? kind[cp] : 0; }
};

const Utf8Clues& utf8_clues() {
  static const Utf8Clues clues;
  return clues;
}

bool fix_encoding_once(std::u32string& text, const RepairOptions& opt, bool* c1_only,
                       int depth);

bool decode_inconsistent_utf8(std::u32string& text, const RepairOptions& opt, int depth) {
  const Utf8Clues& clues = utf8_clues();
  const size_t n = text.size();
  auto group_at = [&](size_t i) -> size_t {
    uint8_t k = clues.of(text[i]);
    auto conts = [&](size_t from, size_t count) {
      if (from + count > n) return false;
      for (size_t j = from; j < from + count; ++j)
        if (!(clues.of(text[j]) & 8)) return false;
      return true;
    };
    if ((k & 1) && conts(i + 1, 1)) return 2;
    if ((k & 2) && conts(i + 1, 2)) return 3;
    if ((k & 4) && conts(i + 1, 3)) return 4;
    return 0;
  };
  std::u32string out;
  bool changed = false;
  size_t copied = 0;
  for (size_t i = 0; i < n;) {
    if (i > 0 && (clues.of(text[i - 1]) & 16)) {
      ++i;
      continue;
    }
    size_t end = i;
    for (size_t g; end < n && (g = group_at(end)) != 0;) end += g;
    if (end == i) {
      ++i;
      continue;
    }
    std::u32string run = text.substr(i, end - i);
    if (run.size() < n && is_bad(run, opt.beyond_ftfy)) {
      std::u32string fixed = run;
      bool c1;
      for (int iter = 0; iter < 16 && fix_encoding_once(fixed, opt, &c1, depth + 1); ++iter) {
      }
      if (fixed != run) {
        out.append(text, copied, i - copied);
        out += fixed;
        copied = end;
        changed = true;
      }
    }
    i = end;
  }
  if (!changed) return false;
  out.append(text, copied, n - copied);
  text = std::move(out);
  return true;
}

bool is_lower_letter_or_letter(char32_t c) {
  auto cat = utf8proc_category(utf8proc_int32_t(c));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

// Beyond ftfy: text whose only non-ASCII characters are C1 controls may be MacRoman bytes
// read as Latin-1 ("tur\x92stico" = turístico) rather than windows-1252 ("don\x92t"). Decide
// from the C1 characters that sit inside words.
bool c1_looks_like_macroman(std::u32string_view text) {
  int evidence = 0, against = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (c < 0x80) continue;
    if (c > 0x9F) return false;
    if (i == 0 || i + 1 >= text.size() || !is_ascii_letter(text[i - 1]) ||
        !is_ascii_letter(text[i + 1]))
      continue;
    char32_t mac = codec_decode_byte(kMacRoman, uint8_t(c));
    char32_t win = codec_decode_byte(kSloppy1252, uint8_t(c));
    bool mac_letter = is_lower_letter_or_letter(mac);
    bool win_letter = is_lower_letter_or_letter(win);
    if (mac_letter && !win_letter) {
      if (win == 0x2019 || win == 0x2018) {
        size_t a = i + 1, b = i;
        while (a < text.size() && is_ascii_letter(text[a])) ++a;
        while (b > 0 && is_ascii_letter(text[b - 1])) --b;
        std::u32string after(text.substr(i + 1, a - i - 1));
        for (auto& ch : after) ch |= 0x20;
        bool suffix = after == U"s" || after == U"t" || after == U"d" || after == U"m" ||
                      after == U"ll" || after == U"re" || after == U"ve";
        bool elision = (i - b) == 1 || ((i - b) == 2 && (text[b] | 0x20) == 'q' &&
                                        (text[b + 1] | 0x20) == 'u');
        if (suffix || elision) continue;
      }
      ++evidence;
    } else if (win_letter && !mac_letter) {
      ++against;
    }
  }
  return evidence > 0 && against == 0;
}

bool fix_encoding_once(std::u32string& text, const RepairOptions& opt, bool* c1_only,
                       int depth) {
  *c1_only = false;
  if (text.empty()) return false;
  bool ascii = true;
  for (char32_t c : text)
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii || !is_bad(text, opt.beyond_ftfy)) return false;

  bool latin1_possible = false;
  std::string bytes;
  std::u32string decoded;
  for (int codec = 0; codec < kCodecCount; ++codec) {
    if (!codec_encode(codec, text, &bytes)) continue;
    if (codec == kLatin1) latin1_possible = true;
    if (opt.restore_byte_a0 && codec != kMacRoman && has_altered_utf8(bytes))
      bytes = restore_byte_a0(bytes, opt.beyond_ftfy);
    if (opt.replace_lossy_sequences && codec_is_sloppy(codec))
      bytes = replace_lossy_sequences(bytes);
    bool variants = bytes.find('\xED') != std::string::npos ||
                    bytes.find('\xC0') != std::string::npos;
    bool ok = variants ? decode_utf8_variants(bytes, &decoded)
                       : decode_utf8_strict(bytes, &decoded);
    if (ok) {
      if (decoded == text) return false;
      text = std::move(decoded);
      return true;
    }
  }
  if (opt.decode_inconsistent_utf8 && depth < 4 && decode_inconsistent_utf8(text, opt, depth))
    return true;
  if (latin1_possible) {
    bool has_c1 = false, strict_ok = true;
    for (char32_t c : text) {
      if (c >= 0x80 && c <= 0x9F) {
        has_c1 = true;
        if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) strict_ok = false;
      }
    }
    if (has_c1 && opt.beyond_ftfy && c1_looks_like_macroman(text)) {
      for (char32_t& c : text)
        if (c >= 0x80) c = codec_decode_byte(kMacRoman, uint8_t(c));
      return true;
    }
    if (has_c1 && strict_ok) {
      for (char32_t& c : text)
        if (c >= 0x80 && c <= 0x9F) c = codec_decode_byte(kSloppy1252, uint8_t(c));
      *c1_only = true;
      return true;
    }
  }
  if (opt.fix_c1_controls && fix_c1_controls(text)) {
    *c1_only = true;
    return true;
  }
  return false;
}

// ---- NFC candidates ----

struct NfcCandidates {
  std::vector<uint64_t> bits;
  NfcCandidates() : bits(0x110000 / 64, 0) {
    utf8proc_int32_t buf[32];
    for (utf8proc_int32_t cp = 0x80; cp <= 0x10FFFF; ++cp) {
      const utf8proc_property_t* p = utf8proc_get_property(cp);
      if (p->combining_class != 0 || p->comp_exclusion) set(char32_t(cp));
      if (p->decomp_seqindex == UINT16_MAX || p->decomp_type != 0) continue;
      int last;
      utf8proc_ssize_t len = utf8proc_decompose_char(cp, buf, 32, UTF8PROC_DECOMPOSE, &last);
      if (len <= 0 || len > 32) continue;
      if (len == 1) set(char32_t(cp));  // singleton decomposition: never in NFC
      for (utf8proc_ssize_t k = 1; k < len; ++k) set(char32_t(buf[k]));
    }
    for (char32_t cp = 0x1161; cp <= 0x1175; ++cp) set(cp);  // Hangul vowel jamo
    for (char32_t cp = 0x11A8; cp <= 0x11C2; ++cp) set(cp);  // Hangul trailing jamo
  }
  void set(char32_t cp) { bits[cp >> 6] |= uint64_t(1) << (cp & 63); }
};

const NfcCandidates& nfc_candidates() {
  static const NfcCandidates c;
  return c;
}

}  // namespace

bool is_nfc_candidate(char32_t cp) {
  if (cp < 0x300 || cp > 0x10FFFF) return false;
  const NfcCandidates& c = nfc_candidates();
  return (c.bits[cp >> 6] >> (cp & 63)) & 1;
}

bool unescape_html(std::u32string& text) {
  if (text.find(U'&') == std::u32string::npos) return false;
  std::u32string out, value;
  out.reserve(text.size());
  bool changed = false;
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    if (text[i] != '&') {
      out.push_back(text[i++]);
      continue;
    }
    size_t j = i + 1;
    bool numeric = j < n && text[j] == '#';
    size_t start = numeric ? j + 1 : j;
    size_t k = start;
    while (k < n && is_ascii_alnum(text[k])) ++k;
    size_t len = k - start;
    bool matched = false;
    if (len >= 1 && len <= 24 && k < n && text[k] == ';') {
      std::u32string_view body(text.data() + start, len);
      matched = numeric ? numeric_reference(body, &value) : named_reference(body, &value);
    }
    if (matched) {
      out += value;
      changed = true;
      i = k + 1;
    } else {
      out.push_back(text[i++]);
    }
  }
  if (changed) text = std::move(out);
  return changed;
}

bool fix_encoding_loop(std::u32string& text, const RepairOptions& opt, bool* c1_only) {
  bool changed = false, all_c1 = true;
  for (int iter = 0; iter < 16; ++iter) {
    bool c1;
    if (!fix_encoding_once(text, opt, &c1, 0)) break;
    changed = true;
    all_c1 = all_c1 && c1;
  }
  *c1_only = changed && all_c1;
  return changed;
}

bool fix_c1_controls(std::u32string& text) {
  bool changed = false;
  for (char32_t& c : text) {
    if (c >= 0x80 && c <= 0x9F) {
      char32_t w = codec_decode_byte(kSloppy1252, uint8_t(c));
      if (w != c) {
        c = w;
        changed = true;
      }
    }
  }
  return changed;
}

bool fix_latin_ligatures(std::u32string& text) {
  auto expansion = [](char32_t c) -> std::u32string_view {
    switch (c) {
      case 0x0132: return U"IJ";
      case 0x0133: return U"ij";
      case 0x0149: return U"\u02BCn";
      case 0x01C4: return U"D\u017D";
      case 0x01C5: return U"D\u017E";
      case 0x01C6: return U"d\u017E";
      case 0x01C7: return U"LJ";
      case 0x01C8: return U"Lj";
      case 0x01C9: return U"lj";
      case 0x01CA: return U"NJ";
      case 0x01CB: return U"Nj";
      case 0x01CC: return U"nj";
      case 0x01F1: return U"DZ";
      case 0x01F2: return U"Dz";
      case 0x01F3: return U"dz";
      case 0xFB00: return U"ff";
      case 0xFB01: return U"fi";
      case 0xFB02: return U"fl";
      case 0xFB03: return U"ffi";
      case 0xFB04: return U"ffl";
      case 0xFB05: return U"\u017Ft";
      case 0xFB06: return U"st";
      default: return {};
    }
  };
  bool any = false;
  for (char32_t c : text)
    if (!expansion(c).empty()) {
      any = true;
      break;
    }
  if (!any) return false;
  std::u32string out;
  out.reserve(text.size() + 8);
  for (char32_t c : text) {
    auto e = expansion(c);
    if (e.empty()) out.push_back(c);
    else out += e;
  }
  text = std::move(out);
  return true;
}

bool fix_character_width(std::u32string& text) {
  static const std::vector<std::u32string> kWidthTable = [] {
    std::vector<std::u32string> t(0xFFEF - 0xFF01 + 1);
    for (char32_t cp = 0xFF01; cp <= 0xFFEF; ++cp) {
      std::string s;
      append_utf8(std::u32string_view(&cp, 1), &s);
      utf8proc_uint8_t* dst = nullptr;
      utf8proc_ssize_t len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                          utf8proc_ssize_t(s.size()), &dst,
                                          utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                            UTF8PROC_COMPAT));
      if (len > 0 && dst) {
        std::u32string mapped = from_utf8(std::string_view(reinterpret_cast<char*>(dst), size_t(len)));
        if (mapped != std::u32string(1, cp)) t[cp - 0xFF01] = mapped;
      }
      std::free(dst);
    }
    return t;
  }();
  bool any = false;
  for (char32_t c : text)
    if (c == 0x3000 || (c >= 0xFF01 && c <= 0xFFEF && !kWidthTable[c - 0xFF01].empty())) {
      any = true;
      break;
    }
  if (!any) return false;
  std::u32string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    if (c == 0x3000) out.push_back(' ');
    else if (c >= 0xFF01 && c <= 0xFFEF && !kWidthTable[c - 0xFF01].empty())
      out += kWidthTable[c - 0xFF01];
    else out.push_back(c);
  }
  text = std::move(out);
  return true;
}

bool uncurl_quotes(std::u32string& text) {
  bool changed = false;
  for (char32_t& c : text) {
    if (c == 0x02BC || (c >= 0x2018 && c <= 0x201B)) {
      c = '\'';
      changed = true;
    } else if (c >= 0x201C && c <= 0x201F) {
      c = '"';
      changed = true;
    }
  }
  return changed;
}

bool fix_line_breaks(std::u32string& text) {
  bool any = false;
  for (char32_t c : text)
    if (c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85) {
      any = true;
      break;
    }
  if (!any) return false;
  std::u32string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (c == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (c == 0x2028 || c == 0x2029 || c == 0x85) {
      out.push_back('\n');
    } else {
      out.push_back(c);
    }
  }
  text = std::move(out);
  return true;
}

bool remove_terminal_escapes(std::u32string& text) {
  if (text.find(U'\x1b') == std::u32string::npos) return false;
  std::u32string out;
  out.reserve(text.size());
  bool changed = false;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == 0x1B && i + 1 < text.size() && text[i + 1] == '[') {
      size_t k = i + 2;
      while (k < text.size() && ((text[k] >= '0' && text[k] <= '9') || text[k] == ';')) ++k;
      if (k < text.size() && is_ascii_letter(text[k])) {
        i = k + 1;
        changed = true;
        continue;
      }
    }
    out.push_back(text[i++]);
  }
  if (changed) text = std::move(out);
  return changed;
}

bool remove_control_chars(std::u32string& text) {
  auto removed = [](char32_t c) {
    return (c <= 0x08) || c == 0x0B || (c >= 0x0E && c <= 0x1F) || c == 0x7F ||
           (c >= 0x206A && c <= 0x206F) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFC);
  };
  size_t before = text.size();
  std::erase_if(text, removed);
  return text.size() != before;
}

bool normalize_nfc(std::u32string& text) {
  bool any = false;
  for (char32_t c : text)
    if (is_nfc_candidate(c)) {
      any = true;
      break;
    }
  if (!any) return false;
  std::string s = to_utf8(text);
  utf8proc_uint8_t* dst = nullptr;
  utf8proc_ssize_t len =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), utf8proc_ssize_t(s.size()),
                   &dst, utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  bool changed = false;
  if (len >= 0 && dst) {
    std::string_view r(reinterpret_cast<char*>(dst), size_t(len));
    if (r != s) {
      text = from_utf8(r);
      changed = true;
    }
  }
  std::free(dst);
  return changed;
}

}  // namespace newsgraph::repair
