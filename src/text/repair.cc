// repair_document: invalid UTF-8, the lossy pre-pass, the per-line ftfy-style fix loop (only
// on lines the fast path cannot clear), the lossy post-pass and boilerplate detection.
#include "newsgraph/repair.h"

#include <algorithm>
#include <cstring>

#include "text/boilerplate.h"
#include "text/lossy.h"
#include "text/repair_core.h"
#include "text/rewriter.h"
#include "util/utf8.h"

namespace newsgraph {

namespace {

using repair::from_utf8;
using repair::to_utf8;

// A line longer than kLongLineBytes (far longer than any paragraph) is repaired in pieces of at
// most kPieceBytes, each ending after a space where one is near, else at a code point start. A
// piece is short enough for the edit diff to keep each repair its own edit, so spans on a
// many-megabyte line still map to their own input offsets rather than to one giant edit.
constexpr size_t kLongLineBytes = 1 << 16;
constexpr size_t kPieceBytes = 1 << 14;
constexpr size_t kMinPieceBytes = 1 << 8;
constexpr size_t kPieceSpecials = 64;  // bytes >= 0x80 and '&' in one piece, at most
constexpr int kMaxPasses = 16;

// Replacement for an invalid byte at s[i]; sets *len to the bytes consumed.
std::string invalid_byte_replacement(std::string_view s, size_t i, bool join_surrogates,
                                     size_t* len, RepairRule* rule) {
  auto at = [&](size_t k) -> uint8_t { return k < s.size() ? uint8_t(s[k]) : 0; };
  // A CESU-8 surrogate pair (six bytes) becomes one supplementary character.
  if (join_surrogates && at(i) == 0xED && at(i + 1) >= 0xA0 && at(i + 1) <= 0xAF && (at(i + 2) & 0xC0) == 0x80 &&
      at(i + 3) == 0xED && at(i + 4) >= 0xB0 && at(i + 4) <= 0xBF &&
      (at(i + 5) & 0xC0) == 0x80) {
    char32_t hi = 0xD000 | (char32_t(at(i + 1) & 0x3F) << 6) | (at(i + 2) & 0x3F);
    char32_t lo = 0xD000 | (char32_t(at(i + 4) & 0x3F) << 6) | (at(i + 5) & 0x3F);
    std::string out;
    utf8::append(out, 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00));
    *len = 6;
    *rule = RepairRule::kSurrogate;
    return out;
  }
  *len = 1;
  *rule = RepairRule::kInvalidUtf8;
  // A byte of a single-byte encoding (Latin-1 or windows-1252 file): keep its character when
  // windows-1252 defines one; otherwise it is lost.
  char32_t cp = repair::codec_decode_byte(repair::kSloppy1252, at(i));
  if (cp >= 0x80 && cp <= 0x9F) cp = 0xFFFD;
  std::string out;
  utf8::append(out, cp);
  return out;
}

void fix_invalid_utf8(Rewriter& rw, bool join_surrogates) {
  const std::string& t = rw.text();
  if (utf8::is_valid(t)) return;
  std::vector<Replacement> reps;
  for (size_t i = 0; i < t.size();) {
    if (static_cast<unsigned char>(t[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    char32_t cp = utf8::decode_at(t, i, &len);
    if (!utf8::is_invalid_escape(cp)) {
      i += len;
      continue;
    }
    RepairRule rule;
    std::string with = invalid_byte_replacement(t, i, join_surrogates, &len, &rule);
    reps.push_back({uint32_t(i), uint32_t(i + len), std::move(with), rule});
    i += len;
  }
  rw.apply(std::move(reps));
}

// Runs the fix loop on one line, recording each step's change on `lrw` (whose input is the
// line). Returns the rule to give edits whose first step was only C1 or NFC but which also
// changed through a later step: mojibake if any re-decoding happened, else the first other step.
RepairRule fix_line(Rewriter& lrw, bool html, const RepairOptions& opt) {
  std::u32string cur = from_utf8(lrw.text());
  RepairRule first_other = RepairRule::kNormalization;
  auto record = [&](RepairRule rule) {
    if (first_other == RepairRule::kNormalization || rule == RepairRule::kMojibake)
      first_other = rule;
    lrw.rewrite(0, uint32_t(lrw.text().size()), to_utf8(cur), rule);
  };
  for (int pass = 0; pass < kMaxPasses; ++pass) {
    const std::u32string before = cur;
    if (html && repair::unescape_html(cur)) record(RepairRule::kHtmlEntity);
    bool c1_only = false;
    if (opt.fix_encoding && repair::fix_encoding_loop(cur, opt, &c1_only))
      record(c1_only ? RepairRule::kC1Control : RepairRule::kMojibake);
    if (opt.fix_c1_controls && repair::fix_c1_controls(cur)) record(RepairRule::kC1Control);
    if (opt.fix_latin_ligatures && repair::fix_latin_ligatures(cur)) record(RepairRule::kLigature);
    if (opt.fix_character_width && repair::fix_character_width(cur))
      record(RepairRule::kCharacterWidth);
    if (opt.uncurl_quotes && repair::uncurl_quotes(cur)) record(RepairRule::kNormalization);
    if (opt.fix_line_breaks && repair::fix_line_breaks(cur)) record(RepairRule::kLineBreak);
    if (opt.remove_terminal_escapes && repair::remove_terminal_escapes(cur))
      record(RepairRule::kTerminalEscape);
    if (opt.remove_control_chars && repair::remove_control_chars(cur))
      record(RepairRule::kControlChar);
    if (opt.normalize_nfc && repair::normalize_nfc(cur)) record(RepairRule::kNormalization);
    if (cur == before) break;
  }
  return first_other;
}

// Edits keep the rule of the first step that touched them, so mojibake that only became
// visible after NFC composed it ("A" + U+0303 + "©") or after a C1 character was mapped would
// be labelled NFC or C1. Relabel such an edit when its result is more than those steps give.
RepairRule relabel(RepairRule rule, std::string_view from, std::string_view to,
                   RepairRule later_rule) {
  if (rule != RepairRule::kNormalization && rule != RepairRule::kC1Control) return rule;
  if (later_rule == rule || later_rule == RepairRule::kNormalization) return rule;
  std::u32string simple = from_utf8(from);
  repair::fix_c1_controls(simple);
  repair::normalize_nfc(simple);
  return to_utf8(simple) == to ? rule : later_rule;
}

// Cuts the text into segments that end just after '\n' (long lines into pieces) and repairs
// those the fast path cannot clear, as one batch of replacements.
void fix_lines(Rewriter& rw, const RepairOptions& opt) {
  const std::string& t = rw.text();
  const size_t first_lt = opt.unescape_html == RepairOptions::Html::kAuto
                              ? t.find('<')
                              : std::string::npos;
  std::vector<Replacement> reps;
  std::u32string scratch;
  size_t line_begin = 0, line_end = 0;  // the line `begin` is in, up to just after its '\n'
  for (size_t begin = 0; begin < t.size();) {
    if (line_end <= begin) {  // found once per line, not once per piece of a long line
      const void* nl = std::memchr(t.data() + begin, '\n', t.size() - begin);
      line_begin = begin;
      line_end = nl ? size_t(static_cast<const char*>(nl) - t.data()) + 1 : t.size();
    }
    size_t end = line_end;
    if (line_end - line_begin > kLongLineBytes && end - begin > kMinPieceBytes) {
      // The piece ends where it holds kPieceSpecials bytes that may start a repair (so the
      // edit diff stays small), but not before kMinPieceBytes nor after kPieceBytes.
      end = std::min(end, begin + kPieceBytes);
      size_t specials = 0;
      for (size_t i = begin; i < end; ++i) {
        const unsigned char c = static_cast<unsigned char>(t[i]);
        if ((c >= 0x80 || c == '&') && ++specials == kPieceSpecials) {
          end = std::max(i + 1, begin + kMinPieceBytes);
          break;
        }
      }
      const size_t piece = end - begin;
      size_t after_space = end;
      while (after_space > begin + piece / 2 && t[after_space - 1] != ' ') --after_space;
      if (t[after_space - 1] == ' ') {
        end = after_space;
      } else if (end < line_end) {
        while (end > begin && (static_cast<unsigned char>(t[end]) & 0xC0) == 0x80) --end;
        if (end == begin) end = begin + piece;  // not UTF-8 at all: cut anywhere
      }
    }
    std::string_view line(t.data() + begin, end - begin);
    bool weak_only = false;
    if (repair::may_need_repair(line, opt.uncurl_quotes, &weak_only)) {
      bool work = true;
      if (weak_only) {
        scratch = from_utf8(line);
        work = repair::is_bad(scratch, opt.beyond_ftfy);
      }
      if (work) {
        bool html = opt.unescape_html == RepairOptions::Html::kOn ||
                    (opt.unescape_html == RepairOptions::Html::kAuto &&
                     (first_lt == std::string::npos || end <= first_lt));
        Rewriter lrw(line);
        RepairRule first_other = fix_line(lrw, html, opt);
        const std::string& fixed = lrw.text();
        for (const Edit& e : lrw.edits()) {
          std::string with = fixed.substr(e.text.begin, e.text.size());
          RepairRule rule = relabel(e.rule, line.substr(e.input.begin, e.input.size()), with,
                                    first_other);
          reps.push_back({uint32_t(begin + e.input.begin), uint32_t(begin + e.input.end),
                          std::move(with), rule});
        }
      }
    }
    begin = end;
  }
  rw.apply(std::move(reps));
}

}  // namespace

void repair_document(Document& doc) { repair_document(doc, RepairOptions{}); }

std::string repair_text(std::string_view input, const RepairOptions& opt, std::vector<Edit>* edits,
                        std::vector<RepairFlag>* flags) {
  std::vector<RepairFlag> unused_flags;
  std::vector<RepairFlag>* out_flags = flags ? flags : &unused_flags;
  out_flags->clear();
  // Offsets are 32-bit; anything past 4 GiB is not repaired (the caller should split it).
  if (input.size() >= 0xFFFFFFF0u) {
    if (edits) edits->clear();
    return std::string(input);
  }
  Rewriter rw(input);
  if (opt.fix_invalid_utf8) fix_invalid_utf8(rw, opt.fix_surrogates);
  if (opt.lossy_rules) lossy_prepass(rw);
  fix_lines(rw, opt);
  if (opt.lossy_rules) lossy_postpass(rw, out_flags);
  if (edits) *edits = rw.take_edits();
  return rw.take_text();
}

void repair_document(Document& doc, const RepairOptions& opt) {
  doc.boilerplate.clear();
  doc.text = repair_text(doc.input, opt, &doc.edits, &doc.repair_flags);
  if (opt.find_boilerplate && doc.input.size() < 0xFFFFFFF0u)
    doc.boilerplate = find_boilerplate(doc.text);
}

std::string fix_text(std::string_view text, const RepairOptions& options) {
  RepairOptions opt = options;
  opt.lossy_rules = false;
  opt.find_boilerplate = false;
  Document doc("", std::string(text));
  repair_document(doc, opt);
  return std::move(doc.text);
}

std::string fix_encoding(std::string_view text, const RepairOptions& options) {
  std::u32string t = from_utf8(text);
  bool c1_only;
  repair::fix_encoding_loop(t, options, &c1_only);
  return to_utf8(t);
}

bool looks_like_mojibake(std::string_view text) {
  return repair::is_bad(from_utf8(text), true);
}

}  // namespace newsgraph
