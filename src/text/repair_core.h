// Internals of text repair shared by repair.cc, its tests and its benchmark: single-byte code
// pages, the mojibake "badness" scanner, and ftfy-style fixers working on code-point strings.
// Everything here is pure (no logging); repair.cc wraps the steps so each change is recorded.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "newsgraph/repair.h"

namespace newsgraph::repair {

// ---- Single-byte code pages (repair_codecs.cc) ----

// In the order fix_encoding tries them.
enum Codec : int {
  kLatin1 = 0,
  kSloppy1252,
  kSloppy1251,
  kSloppy1250,
  kSloppy1253,
  kSloppy1254,
  kSloppy1257,
  kIso8859_2,
  kMacRoman,
  kCp437,
  kCodecCount
};
const char* codec_name(int codec);
bool codec_is_sloppy(int codec);
// Code point of byte b (any byte; ASCII maps to itself; 0x1A to U+FFFD in sloppy codecs).
char32_t codec_decode_byte(int codec, uint8_t b);
// Encodes text into `out`; false when some character has no byte in the codec.
bool codec_encode(int codec, std::u32string_view text, std::string* out);
// True when every character of text can be encoded.
bool codec_can_encode(int codec, std::u32string_view text);

// Strict UTF-8 decoding; false on any invalid sequence.
bool decode_utf8_strict(std::string_view bytes, std::u32string* out);
// Like strict UTF-8, also accepting CESU-8 surrogate pairs and C0 80 (Java's U+0000).
bool decode_utf8_variants(std::string_view bytes, std::u32string* out);

// Appends UTF-8 of text. Decodes valid UTF-8 (invalid bytes become U+FFFD).
void append_utf8(std::u32string_view text, std::string* out);
std::string to_utf8(std::u32string_view text);
std::u32string from_utf8(std::string_view text);

// ---- Character classes and the badness scanner (repair_badness.cc) ----

enum CharClass : uint16_t {
  kClsCommon = 1 << 0,
  kClsC1 = 1 << 1,
  kClsBad = 1 << 2,
  kClsLaw = 1 << 3,
  kClsCurrency = 1 << 4,
  kClsStartPunct = 1 << 5,
  kClsEndPunct = 1 << 6,
  kClsNumeric = 1 << 7,
  kClsKaomoji = 1 << 8,
  kClsUpperAccented = 1 << 9,
  kClsLowerAccented = 1 << 10,
  kClsUpperCommon = 1 << 11,
  kClsLowerCommon = 1 << 12,
  kClsBox = 1 << 13,
};
uint16_t char_class(char32_t cp);

// True when the text contains at least one mojibake pattern. `extended` adds newsgraph's own
// patterns for cp1251, MacRoman and cp437 double decodings that ftfy does not look for.
bool is_bad(std::u32string_view text, bool extended);

// Fast-path test on UTF-8: true when the bytes might need any repair step (a C1 or badness-class
// character, '&', a control character, CR, a ligature, a width form, a non-NFC candidate...).
// `*weak_only` is set when the only reasons are badness-class characters, which matter only if
// is_bad() finds a pattern. With `uncurl`, curly quotes count as needing repair.
bool may_need_repair(std::string_view utf8, bool uncurl, bool* weak_only);

// ---- Fixers (repair_fixers.cc); each returns true when it changed the text ----

bool unescape_html(std::u32string& text);
// One full fix_encoding (looped until stable). *c1_only is set when the only change was C1
// characters reinterpreted as windows-1252 (rule c1-control rather than mojibake).
bool fix_encoding_loop(std::u32string& text, const RepairOptions& options, bool* c1_only);
bool fix_c1_controls(std::u32string& text);
bool fix_latin_ligatures(std::u32string& text);
bool fix_character_width(std::u32string& text);
bool uncurl_quotes(std::u32string& text);
bool fix_line_breaks(std::u32string& text);
bool remove_terminal_escapes(std::u32string& text);
bool remove_control_chars(std::u32string& text);
bool normalize_nfc(std::u32string& text);
bool is_nfc_candidate(char32_t cp);

}  // namespace newsgraph::repair
