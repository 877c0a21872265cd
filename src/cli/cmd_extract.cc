// `newsgraph extract [--jsonl] [-j N] [FILE ...]`: runs the whole pipeline and prints one JSON
// object per article (plain mode: one per file) or per input line (--jsonl), as CONTRACT.md
// describes. Articles run on N threads (all cores by default) and are written in input order
// as soon as they are done; input is read line by line in --jsonl mode and article by article
// otherwise, so neither a corpus nor its output has to fit in memory. Exit status: see
// cli/io.h (1 when any file or line failed, the rest still processed; 3 on a write error).
#include <algorithm>
#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "cli/command.h"
#include "cli/io.h"
#include "cli/models.h"
#include "cli/progress.h"
#include "output/extract_json.h"
#include "output/jsonl.h"
#include "util/ordered_pool.h"
#include "web/input.h"

namespace newsgraph::cli {
namespace {

constexpr size_t kSummaryQuoteBytes = 160;

// The largest cut <= max that does not fall inside a UTF-8 character.
size_t utf8_cut(std::string_view s, size_t max) {
  size_t cut = std::min(max, s.size());
  while (cut > 0 && cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return cut;
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
    const std::string text = doc.quote_text(q);
    size_t cut =
        text.size() > kSummaryQuoteBytes ? utf8_cut(text, kSummaryQuoteBytes) : text.size();
    out += "  [" + std::string(kTypes[static_cast<int>(q.type)]) + "] " + who + ": " +
           std::string(text.substr(0, cut)) + (cut < text.size() ? "..." : "") + "\n";
  }
  out += "-- relations\n";
  for (const Relation& r : doc.relations)
    out += "  " + name(r.subject) + "  " + r.type + "  " + name(r.object) +
           (r.from_gazetteer ? "  (gazetteer)" : "") + "\n";
}

struct ExtractOptions {
  std::vector<std::string> files;
  bool jsonl = false;
  bool summary = false;
  int threads = 0;  // 0: all cores
};

void append_error_object(const std::string& id_json, const std::string& message, std::string& out) {
  out += "{\"id\":";
  out += id_json.empty() ? "null" : id_json;
  out += ",\"error\":";
  output::append_json_string(out, message);
  out += "}\n";
}

// One --jsonl line: parsed, run through the pipeline, written as one JSON line.
util::OrderedPool::Result extract_line(const std::string& line, uint64_t line_no,
                                       const std::string& file) {
  util::OrderedPool::Result r;
  output::JsonlRecord rec;
  output::JsonlError err;
  std::string where = "line " + std::to_string(line_no);
  std::string in_file = file == "standard input" ? std::string() : " (" + file + ")";
  if (!output::parse_jsonl_line(line, rec, err)) {
    where += ", column " + std::to_string(err.column);
    append_error_object(err.id_json, where + ": " + err.message + in_file, r.output);
    r.failed = true;
    r.message = file + ":" + std::to_string(line_no) + ":" + std::to_string(err.column) + ": " +
                err.message;
    return r;
  }
  try {
    Document doc(std::string(), std::move(rec.text));
    process_document(doc);
    output::append_extract_json(doc, rec.id_json, rec.extra, r.output);
  } catch (const std::exception& e) {
    r.output.clear();
    append_error_object(rec.id_json, where + ": not processed: " + e.what() + in_file, r.output);
    r.failed = true;
    r.message = file + ":" + std::to_string(line_no) + ": not processed: " + e.what();
  }
  return r;
}

// One plain-mode article (a whole file).
util::OrderedPool::Result extract_file(const std::string& path, TextInput& in, bool summary) {
  util::OrderedPool::Result r;
  try {
    Document doc(path, std::move(in.text));
    process_document(doc);
    if (summary) {
      append_summary(doc, r.output);
      return r;
    }
    std::string id_json, extra;
    output::append_json_string(id_json, path);
    if (!in.encoding.empty()) extra = "\"input_encoding\":\"" + in.encoding + "\"";
    output::append_extract_json(doc, id_json, extra, r.output);
  } catch (const std::exception& e) {
    r.output.clear();
    r.failed = true;
    r.message = input_name(path) + ": not processed: " + e.what();
  }
  return r;
}

int run_extract(const ExtractOptions& opt) {
  if (opt.summary && opt.jsonl)
    throw UsageError("extract: --summary works on whole files, not --jsonl");
  std::vector<std::string> paths = opt.files;
  if (paths.empty()) paths.push_back("-");
  int threads =
      opt.threads > 0 ? opt.threads : int(std::max(1u, std::thread::hardware_concurrency()));
  // Load the models now, before any input arrives: a missing or corrupt model stops the run
  // here with one line naming it, and the first article's answer is not held up by loading.
  pipeline();
  Output out;
  Progress progress("extract", opt.jsonl ? "lines" : "articles", total_input_size(paths));
  std::atomic<uint64_t> bytes_read{0};
  uint64_t written = 0;
  bool failed = false;  // written by the writer thread, read after finish()
  util::OrderedPool pool(threads, size_t(threads) * 4 + 4, [&](util::OrderedPool::Result& r) {
    if (!r.message.empty()) report(r.message);
    failed |= r.failed;
    out.buffer() += r.output;
    out.end_record();
    progress.update(++written, bytes_read.load(std::memory_order_relaxed));
  });
  bool input_failed = false;
  uint64_t bytes_before = 0;  // bytes of the files already read
  for (const std::string& path : paths) {
    try {
      if (!opt.jsonl) {
        bool summary = opt.summary;
        std::string bytes = read_input_bytes(path);
        bytes_before += bytes.size();
        bytes_read.store(bytes_before, std::memory_order_relaxed);
        if (web::DetectInputKind(bytes) == web::InputKind::kText) {
          auto in = std::make_shared<TextInput>(read_text_input_from(path, std::move(bytes)));
          pool.submit([path, in, summary] { return extract_file(path, *in, summary); });
          continue;
        }
        // An HTML page or a WARC file: its articles, each with its own id; their spans point
        // into the extracted article text (src/web/input.h).
        std::string web_error;
        for (web::InputDocument& doc : web::ReadInputDocuments(path, std::move(bytes), {}, &web_error)) {
          auto in = std::make_shared<TextInput>();
          in->text = std::move(doc.text);
          pool.submit([id = doc.id, in, summary] { return extract_file(id, *in, summary); });
        }
        if (!web_error.empty()) {
          report(web_error);
          input_failed = true;
        }
        continue;
      }
      LineReader reader(path);
      std::string line;
      while (reader.next(line)) {
        bytes_read.store(bytes_before + reader.bytes_read(), std::memory_order_relaxed);
        if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank: nothing to do
        pool.submit([line = std::move(line), n = reader.line_number(), name = reader.name()] {
          return extract_line(line, n, name);
        });
        line = std::string();
      }
      bytes_before += reader.bytes_read();
    } catch (const InputError& e) {
      report(e.what());
      input_failed = true;
    }
  }
  pool.finish();
  out.finish();
  progress.done();
  return failed || input_failed ? kExitInputFailed : kExitOk;
}

CommandRegistration extract_cmd(
    "extract", "Extract entities, quotes and relations as JSON (one object per article)",
    [](CLI::App& app) -> RunFn {
      auto opt = std::make_shared<ExtractOptions>();
      app.add_flag("--summary", opt->summary,
                   "print a readable summary (entities with roles, quotes with speakers, "
                   "relations) instead of JSON");
      app.add_flag("--jsonl", opt->jsonl,
                   "each input line is {\"id\":...,\"text\":...}; one output line per input line");
      app.add_option("-j,--threads", opt->threads,
                     "articles processed at once (default: all cores); output is the same for "
                     "any N, in input order")
          ->check(CLI::Range(0, 4096));
      app.add_option("FILE", opt->files, "input files (default or \"-\": standard input)");
      app.footer(
          "Output is written article by article as it is done (flushed per article on a pipe\n"
          "or terminal). A file that cannot be read, or a --jsonl line that is not JSON or\n"
          "has no \"text\", is reported on stderr (with an {\"id\",\"error\"} line in --jsonl\n"
          "mode) and the rest is processed; the exit status is then 1. --jsonl text that is\n"
          "not valid UTF-8 (raw bytes, lone surrogate escapes) is repaired like any text.\n"
          "A file starting with a UTF-16/32 byte-order mark is decoded (\"input_encoding\" in\n"
          "its output; offsets are into the UTF-8 form).");
      return [opt]() { return run_extract(*opt); };
    });

}  // namespace
}  // namespace newsgraph::cli
