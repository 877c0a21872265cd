// `newsgraph extract [--jsonl] [FILE ...]`: runs the whole pipeline and prints one JSON object
// per article (plain mode) or per input line (--jsonl), as CONTRACT.md describes. Input is read
// line by line in --jsonl mode, so a corpus never has to fit in memory.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/models.h"
#include "output/extract_json.h"

namespace newsgraph::cli {
namespace {

class Output {
 public:
  ~Output() { flush(); }
  std::string& buffer() { return buf_; }
  void maybe_flush() {
    if (buf_.size() > (1u << 20)) flush();
  }
  void flush() {
    if (!buf_.empty()) std::fwrite(buf_.data(), 1, buf_.size(), stdout);
    buf_.clear();
    std::fflush(stdout);
  }

 private:
  std::string buf_;
};

void error_line(const std::string& id_json, const std::string& message, std::string& out) {
  out += "{\"id\":";
  out += id_json.empty() ? "null" : id_json;
  out += ",\"error\":";
  output::append_json_string(out, message);
  out += "}\n";
}

void run_jsonl(std::istream& in, const std::string& name, Output& out, uint64_t& total_lines) {
  std::string line;
  uint64_t line_no = 0;
  const bool progress = isatty(2);
  Document doc;
  std::string extra;
  while (std::getline(in, line)) {
    ++line_no;
    ++total_lines;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank line: nothing to do
    std::string where = "line " + std::to_string(line_no);
    std::string in_file = name == "-" ? std::string() : " (" + name + ")";
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      error_line("", where + (j.is_discarded() ? ": not valid JSON" : ": not a JSON object") + in_file,
                 out.buffer());
      out.maybe_flush();
      continue;
    }
    std::string id_json = "null";
    auto id_it = j.find("id");
    if (id_it != j.end())
      id_json = id_it->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    auto text_it = j.find("text");
    if (text_it == j.end() || !text_it->is_string()) {
      error_line(id_json,
                 where + (text_it == j.end() ? ": no \"text\" field" : ": \"text\" is not a string") +
                     in_file,
                 out.buffer());
      out.maybe_flush();
      continue;
    }
    extra.clear();
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (it.key() == "id" || it.key() == "text") continue;
      if (!extra.empty()) extra += ',';
      output::append_json_string(extra, it.key());
      extra += ':';
      extra += it.value().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    doc = Document(std::string(), text_it->get<std::string>());
    process_document(doc);
    output::append_extract_json(doc, id_json, extra, out.buffer());
    out.maybe_flush();
    if (progress && total_lines % 1000 == 0)
      std::fprintf(stderr, "\rextract: %llu lines", static_cast<unsigned long long>(total_lines));
  }
  if (in.bad()) throw CliError(name + ": read error after line " + std::to_string(line_no));
  if (progress && total_lines >= 1000) std::fprintf(stderr, "\n");
}

// A readable account of one article: who is who, who said what, who relates to whom.
void append_summary(const Document& doc, std::string& out) {
  auto name = [&](int32_t e) { return e >= 0 ? doc.entities[size_t(e)].name : std::string("?"); };
  out += "== " + doc.id + "\n";
  out += "-- entities\n";
  for (const Entity& e : doc.entities) {
    if (e.mentions.empty()) continue;
    out += "  " + std::string(entity_type_name(e.type)) + "  " + e.name;
    if (e.mentions.size() > 1) out += "  (" + std::to_string(e.mentions.size()) + " mentions)";
    for (const std::string& r : e.roles) out += "\n      role: " + r;
    out += "\n";
  }
  out += "-- quotes\n";
  for (const Quote& q : doc.quotes) {
    std::string who = q.speaker >= 0 ? name(q.speaker)
                      : q.speaker_mention.empty()
                          ? std::string("(no source)")
                          : "(unnamed) " + std::string(doc.slice(q.speaker_mention));
    static const char* kTypes[] = {"direct", "indirect", "mixed"};
    std::string_view text = doc.slice(q.content);
    out += "  [" + std::string(kTypes[static_cast<int>(q.type)]) + "] " + who + ": " +
           std::string(text.substr(0, 160)) + (text.size() > 160 ? "..." : "") + "\n";
  }
  out += "-- relations\n";
  for (const Relation& r : doc.relations)
    out += "  " + name(r.subject) + "  " + r.type + "  " + name(r.object) +
           (r.from_gazetteer ? "  (gazetteer)" : "") + "\n";
}

CommandRegistration extract_cmd(
    "extract", "Extract entities, quotes and relations as JSON (one object per article)",
    [](CLI::App& app) -> RunFn {
      auto jsonl = std::make_shared<bool>(false);
      auto files = std::make_shared<std::vector<std::string>>();
      auto summary = std::make_shared<bool>(false);
      app.add_flag("--summary", *summary,
                   "print a readable summary (entities with roles, quotes with speakers, "
                   "relations) instead of JSON");
      app.add_flag("--jsonl", *jsonl,
                   "each input line is {\"id\":...,\"text\":...}; one output line per input line");
      app.add_option("FILE", *files, "input files (default or \"-\": standard input)");
      return [jsonl, files, summary]() {
        if (*summary && *jsonl) throw CliError("extract: --summary works on whole files, not --jsonl");
        std::ios::sync_with_stdio(false);
        std::vector<std::string> paths = *files;
        if (paths.empty()) paths.push_back("-");
        Output out;
        uint64_t total = 0;
        for (const std::string& path : paths) {
          if (*jsonl) {
            if (path == "-") {
              run_jsonl(std::cin, "-", out, total);
            } else {
              std::ifstream in(path, std::ios::binary);
              if (!in) throw CliError(path + ": cannot open: " + std::strerror(errno));
              run_jsonl(in, path, out, total);
            }
            continue;
          }
          Document doc(path, read_input(path));
          process_document(doc);
          if (*summary) {
            append_summary(doc, out.buffer());
            out.maybe_flush();
            continue;
          }
          std::string id_json;
          output::append_json_string(id_json, path);
          output::append_extract_json(doc, id_json, {}, out.buffer());
          out.maybe_flush();
        }
        out.flush();
        return 0;
      };
    });

}  // namespace
}  // namespace newsgraph::cli
