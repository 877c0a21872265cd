// Text repair: turns broken article text (invalid UTF-8, mojibake, HTML entities, stray control
// characters) into clean NFC UTF-8, logging every change as an Edit back to the input bytes.
// It is an independent reimplementation of ftfy's approach (see notes/repair.md) plus the lossy
// "â" rules of text/lossy.h. Text that needs no repair comes out byte-identical.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph {

// Every step of repair can be switched off. Defaults are ftfy's, except that curly quotes are
// kept (`uncurl_quotes` off) and the extra heuristics that go beyond ftfy are on.
struct RepairOptions {
  enum class Html : uint8_t { kOff, kOn, kAuto };  // kAuto: off from the first line with '<'

  bool fix_invalid_utf8 = true;       // bytes that are not UTF-8: cp1252 or U+FFFD
  bool lossy_rules = true;            // lossy_prepass / lossy_postpass (text/lossy.h)
  Html unescape_html = Html::kAuto;
  bool fix_encoding = true;           // mojibake re-decoding (the steps below belong to it)
  bool restore_byte_a0 = true;
  bool replace_lossy_sequences = true;
  bool decode_inconsistent_utf8 = true;
  bool fix_c1_controls = true;
  bool fix_latin_ligatures = true;
  bool fix_character_width = true;
  bool uncurl_quotes = false;
  bool fix_line_breaks = true;
  bool fix_surrogates = true;         // CESU-8 surrogate pairs in the input joined
  bool remove_terminal_escapes = true;
  bool remove_control_chars = true;
  bool normalize_nfc = true;
  bool beyond_ftfy = true;            // extra decodings ftfy misses (MacRoman C1, cp1251, cp437)
  bool find_boilerplate = true;       // fill Document::boilerplate
};

// Reads doc.input and fills doc.text, doc.edits, doc.repair_flags and doc.boilerplate.
void repair_document(Document& doc);
void repair_document(Document& doc, const RepairOptions& options);

// The repair of `input` alone, without a Document: returns the repaired text and, when the
// pointers are not null, replaces *edits and *flags as repair_document does (boilerplate is not
// looked for). `input` is read, never copied more than once. Thread-safe.
std::string repair_text(std::string_view input, const RepairOptions& options,
                        std::vector<Edit>* edits, std::vector<RepairFlag>* flags);

// The encoding-repair core on a string, without the lossy rules and without edit logging:
// ftfy's fix_text (every step of `options` that is on) and fix_encoding (re-decoding only).
// The input should be valid UTF-8; invalid bytes are first decoded as in repair_document.
std::string fix_text(std::string_view text, const RepairOptions& options = {});
std::string fix_encoding(std::string_view text, const RepairOptions& options = {});

// True when the text contains at least one pattern that is typical of mojibake.
bool looks_like_mojibake(std::string_view text);

}  // namespace newsgraph
