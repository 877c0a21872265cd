// `newsgraph repair`: prints repaired text, or explains each repair (JSON lines), or shows the
// text with every repair highlighted followed by a numbered explanation.
#include <unistd.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/command.h"
#include "cli/mapped_file.h"
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
    case 1: return "lossy-a (a lone \"â\" no rule could classify)";
    case 2: return "lossy-letter (a lone Ã/Å/Ð/Ñ before a letter: a lost letter)";
    default: return "flag";
  }
}

void print_explain(const Document& doc) {
  for (const Edit& e : doc.edits) {
    nlohmann::json j;
    j["start"] = e.input.begin;
    j["end"] = e.input.end;
    j["from"] = std::string(doc.input_slice(e.input));
    j["text"] = std::string(doc.slice(e.text));
    j["rule"] = repair_rule_name(e.rule);
    std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fputc('\n', stdout);
  }
}

void print_highlight(const Document& doc) {
  const bool color = isatty(STDOUT_FILENO);
  std::string out;
  uint32_t pos = 0;
  int n = 0;
  for (const Edit& e : doc.edits) {
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
  out += "\n--- " + std::to_string(doc.edits.size()) + " repairs ---\n";
  n = 0;
  char buf[64];
  for (const Edit& e : doc.edits) {
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
  std::fwrite(out.data(), 1, out.size(), stdout);
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
        MappedFile input(*path);
        if (!*explain && !*highlight) {
          // Plain output: no Document, no boilerplate search, one copy of the input at most;
          // text that needs no repair is written straight from the mapped file.
          RepairOptions options;
          options.find_boilerplate = false;
          std::vector<Edit> edits;
          std::string text = repair_text(input.view(), options, &edits, nullptr);
          write_stdout(edits.empty() ? input.view() : std::string_view(text));
          return 0;
        }
        Document doc(*path, std::string(input.view()));
        repair_document(doc);
        if (*explain) {
          print_explain(doc);
        } else {
          print_highlight(doc);
        }
        return 0;
      };
    });

}  // namespace
}  // namespace newsgraph::cli
