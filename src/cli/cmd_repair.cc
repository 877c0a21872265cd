// `newsgraph repair`: prints repaired text, or explains each repair (JSON lines), or shows the
// text with every repair highlighted followed by a numbered explanation.
#include <unistd.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/command.h"
#include "cli/io.h"
#include "newsgraph/repair.h"
#include "util/utf8.h"

namespace newsgraph::cli {
namespace {

// Shows bytes readably: valid printable UTF-8 as is, controls as \uXXXX, invalid bytes as \xNN.
std::string escaped(std::string_view s) {
  std::string out;
  char buf[16];
  for (size_t i = 0; i < s.size();) {
    size_t len;
    char32_t cp = utf8::decode_at(s, i, &len);
    if (utf8::is_invalid_escape(cp)) {
      std::snprintf(buf, sizeof buf, "\\x%02X", unsigned(cp - utf8::kInvalidBase));
      out += buf;
    } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0xFEFF ||
               (cp >= 0x2028 && cp <= 0x2029)) {
      std::snprintf(buf, sizeof buf, "\\u%04X", unsigned(cp));
      out += buf;
    } else if (cp == '"' || cp == '\\') {
      out += '\\';
      out += char(cp);
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::string hex_bytes(std::string_view s) {
  std::string out;
  char buf[4];
  for (unsigned char c : s) {
    if (!out.empty()) out += ' ';
    std::snprintf(buf, sizeof buf, "%02X", c);
    out += buf;
  }
  return out;
}

const char* flag_name(uint8_t kind) {
  switch (kind) {
    case 1:
      return "lossy-a (a lone \"â\" no rule could classify)";
    case 2:
      return "lossy-letter (a lone Ã/Å/Ð/Ñ before a letter: a lost letter)";
    default:
      return "flag";
  }
}

// The edits as reported: a run of adjacent edits of the same byte-level rule (invalid bytes,
// control characters such as a run of NULs) is one repair, as in `extract`.
std::vector<Edit> reported_edits(const Document& doc) {
  std::vector<Edit> out;
  for (const Edit& e : doc.edits) {
    bool mergeable = e.rule == RepairRule::kInvalidUtf8 || e.rule == RepairRule::kControlChar;
    if (mergeable && !out.empty() && out.back().rule == e.rule &&
        out.back().input.end == e.input.begin && out.back().text.end == e.text.begin) {
      out.back().input.end = e.input.end;
      out.back().text.end = e.text.end;
      continue;
    }
    out.push_back(e);
  }
  return out;
}

void print_explain(const Document& doc, Output& out) {
  for (const Edit& e : reported_edits(doc)) {
    nlohmann::json j;
    j["start"] = e.input.begin;
    j["end"] = e.input.end;
    j["from"] = std::string(doc.input_slice(e.input));
    j["text"] = std::string(doc.slice(e.text));
    j["rule"] = repair_rule_name(e.rule);
    out.buffer() += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out.buffer() += '\n';
    out.end_record();
  }
}

void print_highlight(const Document& doc, Output& output) {
  const bool color = isatty(STDOUT_FILENO);
  const std::vector<Edit> edits = reported_edits(doc);
  std::string& out = output.buffer();
  uint32_t pos = 0;
  int n = 0;
  for (const Edit& e : edits) {
    out.append(doc.text, pos, e.text.begin - pos);
    ++n;
    std::string rep(doc.slice(e.text));
    if (color) {
      out += rep.empty() ? "\x1b[41m\xE2\x8C\xAB\x1b[0m" : "\x1b[1;30;43m" + rep + "\x1b[0m";
      out += "\x1b[2m{" + std::to_string(n) + "}\x1b[0m";
    } else {
      out += "[[" + rep + "]]{" + std::to_string(n) + "}";
    }
    pos = e.text.end;
  }
  out.append(doc.text, pos, std::string::npos);
  if (out.empty() || out.back() != '\n') out += '\n';
  output.end_record();
  out += "\n--- " + std::to_string(edits.size()) + " repairs ---\n";
  n = 0;
  char buf[64];
  for (const Edit& e : edits) {
    std::string_view from = doc.input_slice(e.input);
    std::snprintf(buf, sizeof buf, "%d. %-16s bytes %u-%u: ", ++n, repair_rule_name(e.rule),
                  e.input.begin, e.input.end);
    out += buf;
    out += "\"" + escaped(from) + "\" [" + hex_bytes(from) + "] -> \"" +
           escaped(doc.slice(e.text)) + "\"\n";
  }
  if (!doc.repair_flags.empty()) {
    out += "\n--- " + std::to_string(doc.repair_flags.size()) + " flags ---\n";
    for (const RepairFlag& f : doc.repair_flags) {
      Span in = doc.to_input(f.text);
      out += flag_name(f.kind);
      out += " at bytes " + std::to_string(in.begin) + "-" + std::to_string(in.end) + ": \"" +
             escaped(doc.slice(f.text)) + "\"\n";
    }
  }
  if (!doc.boilerplate.empty()) {
    out += "\n--- " + std::to_string(doc.boilerplate.size()) + " boilerplate lines ---\n";
    for (Span s : doc.boilerplate) out += escaped(doc.slice(s)) + "\n";
  }
  output.end_record();
}

CommandRegistration reg(
    "repair", "Repair broken text (mojibake, invalid UTF-8, entities) and explain each repair",
    [](CLI::App& app) -> RunFn {
      auto path = std::make_shared<std::string>("-");
      auto explain = std::make_shared<bool>(false);
      auto highlight = std::make_shared<bool>(false);
      app.add_option("FILE", *path, "Input file; '-' or none reads standard input");
      auto* ex = app.add_flag("--explain", *explain,
                              "Print one JSON object per repair instead of the text: "
                              "{\"start\",\"end\"} = byte span in the input, \"from\" = input "
                              "text, \"text\" = replacement, \"rule\" = what made the change");
      app.add_flag("--highlight", *highlight,
                   "Print the repaired text with each repair marked (colour on a terminal, "
                   "[[replacement]]{N} otherwise), then a numbered list of the repairs (rule, "
                   "input bytes escaped and in hex, replacement), flags and boilerplate lines")
          ->excludes(ex);
      app.footer(
          "Repairs: bytes that are not UTF-8 (read as windows-1252, else U+FFFD); mojibake\n"
          "(UTF-8 read as latin-1, windows-125x, MacRoman, cp437, also nested and mixed);\n"
          "lost 0xA0 bytes and lost bytes; the lossy lone \"\xC3\xA2\" left by deleted C1 "
          "bytes;\nHTML entities outside markup; C1 controls; ligatures; full-width forms; "
          "CR/CRLF;\nterminal escapes; control characters; NFC. Curly quotes are kept. Text "
          "that\nneeds no repair is printed byte-identical. Offsets are UTF-8 byte offsets "
          "into\nthe input exactly as given (in --explain JSON, input bytes that are not "
          "UTF-8\nshow as U+FFFD in \"from\").\n\nRules: invalid-utf8, surrogate, mojibake, "
          "c1-control, html-entity, ligature,\ncharacter-width, line-break, terminal-escape, "
          "control-char, nfc, lossy-quote,\nlossy-apostrophe, lossy-dash, lossy-residue.\n\n"
          "Examples:\n  newsgraph repair article.txt > clean.txt\n  newsgraph repair --explain "
          "article.txt\n  echo 'caf\xC3\x83\xC2\xA9' | newsgraph repair --highlight");
      return [path, explain, highlight]() {
        TextInput in = read_text_input(*path);
        Output out;
        if (!*explain && !*highlight) {
          // Plain output: no Document, no boilerplate search; text that needs no repair is
          // written as it was read.
          RepairOptions options;
          options.find_boilerplate = false;
          std::vector<Edit> edits;
          std::string text = repair_text(in.text, options, &edits, nullptr);
          out.buffer() = edits.empty() ? std::move(in.text) : std::move(text);
          out.end_record();
          out.finish();
          return kExitOk;
        }
        Document doc(*path, std::move(in.text));
        repair_document(doc);
        if (*explain) {
          print_explain(doc, out);
        } else {
          print_highlight(doc, out);
        }
        out.finish();
        return kExitOk;
      };
    });

}  // namespace
}  // namespace newsgraph::cli
