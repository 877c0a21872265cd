// `newsgraph tag --conll`: reads CoNLL columns and prints every line with the predicted IOB2
// entity tag appended; blank and -DOCSTART- lines pass through as they are.
#include <deque>
#include <string>

#include "cli/command.h"
#include "cli/io.h"
#include "cli/models.h"
#include "ner/training.h"
#include "newsgraph/repair.h"
#include "util/utf8.h"

namespace newsgraph::cli {
namespace {

// A document is tagged (and its lines written) at -DOCSTART-, at the end of input, or at the
// first sentence end after this many tokens, so memory is bounded on a file without
// -DOCSTART- lines (the engine's tagger windows long articles the same way).
constexpr size_t kMaxDocumentTokens = size_t(1) << 17;

// The lines of one CoNLL document, its tokens (views into `lines`) and sentence ends.
struct PendingDocument {
  std::deque<std::string> lines;  // a deque: views into its strings stay valid as it grows
  std::vector<int> token_of_line;
  ner::TaggerInput input;
  void end_sentence() {
    if (!input.tokens.empty() &&
        (input.sentence_ends.empty() || input.sentence_ends.back() != input.tokens.size()))
      input.sentence_ends.push_back(uint32_t(input.tokens.size()));
  }
};

// Tags the pending document and writes its lines with the predicted tag appended.
void flush_document(const ner::Tagger& tagger, ner::Tagger::Scratch& scratch, PendingDocument& doc,
                    std::vector<ner::Chunk>& chunks, Output& out) {
  doc.end_sentence();
  tagger.tag(doc.input, scratch, chunks);
  std::vector<std::string> tags = ner::tags_from_chunks(chunks, doc.input.tokens.size());
  std::string& buf = out.buffer();
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    const std::string& line = doc.lines[i];
    buf += line;
    if (doc.token_of_line[i] >= 0) {
      buf += line.find('\t') != std::string::npos ? '\t' : ' ';
      buf += tags[size_t(doc.token_of_line[i])];
    }
    buf += '\n';
  }
  out.end_record();
  doc.lines.clear();
  doc.token_of_line.clear();
  doc.input.tokens.clear();
  doc.input.sentence_ends.clear();
}

// A line that is not valid UTF-8, repaired column by column (separators kept) as `repair`
// would repair each column's text.
std::string repaired_columns(std::string_view line) {
  std::string out;
  size_t i = 0;
  while (i < line.size()) {
    size_t e = line.find_first_of(" \t", i);
    if (e == std::string_view::npos) e = line.size();
    std::string_view field = line.substr(i, e - i);
    if (utf8::is_valid(field)) {
      out += field;
    } else {
      Document d{std::string(), std::string(field)};
      repair_document(d);
      out += d.text;
    }
    size_t s = line.find_first_not_of(" \t", e);
    if (s == std::string_view::npos) s = line.size();
    out += line.substr(e, s - e);
    i = s;
  }
  return out;
}

int run_tag(const std::string& file, const std::string& model) {
  std::string path = model_file(model, "ner.bin");
  ner::Tagger tagger = [&] {
    try {
      return ner::Tagger::load(path);
    } catch (const ner::ModelError& e) {
      throw CliError(e.what());
    }
  }();
  LineReader reader(file);
  auto scratch = tagger.make_scratch();
  PendingDocument doc;
  std::vector<ner::Chunk> chunks;
  Output out;
  uint64_t repaired = 0, first_repaired = 0;
  std::string line;
  while (reader.next(line)) {
    if (!utf8::is_valid(line)) {
      line = repaired_columns(line);
      if (repaired++ == 0) first_repaired = reader.line_number();
    }
    size_t a = line.find_first_not_of(" \t");
    std::string_view body =
        a == std::string::npos ? std::string_view() : std::string_view(line).substr(a);
    if (body.starts_with("-DOCSTART-")) {
      flush_document(tagger, *scratch, doc, chunks, out);
      doc.lines.push_back(std::move(line));
      doc.token_of_line.push_back(-1);
      continue;
    }
    if (body.empty()) {
      doc.end_sentence();
      doc.lines.push_back(std::move(line));
      doc.token_of_line.push_back(-1);
      if (doc.input.tokens.size() >= kMaxDocumentTokens)
        flush_document(tagger, *scratch, doc, chunks, out);
      continue;
    }
    size_t e = body.find_first_of(" \t");
    if (e == std::string_view::npos) e = body.size();
    doc.lines.push_back(std::move(line));
    const std::string& kept = doc.lines.back();
    doc.token_of_line.push_back(int(doc.input.tokens.size()));
    doc.input.tokens.push_back(std::string_view(kept).substr(a, e));
    if (doc.input.tokens.size() >= 2 * kMaxDocumentTokens)  // an endless sentence
      flush_document(tagger, *scratch, doc, chunks, out);
  }
  flush_document(tagger, *scratch, doc, chunks, out);
  out.finish();
  if (repaired)
    report("warning: " + reader.name() + ": " + std::to_string(repaired) +
           " lines were not valid UTF-8 and were repaired (first: line " +
           std::to_string(first_repaired) + ")");
  return kExitOk;
}

CommandRegistration tag_cmd(
    "tag", "Tag entities; --conll: append an IOB2 column to CoNLL input",
    [](CLI::App& app) -> RunFn {
      auto conll = std::make_shared<bool>(false);
      auto model = std::make_shared<std::string>();
      auto file = std::make_shared<std::string>();
      app.add_flag("--conll", *conll, "CoNLL columns in, one more column out (required)");
      app.add_option("--model", *model,
                     "model file (default: ner.bin in the model directory)");
      app.add_option("FILE", *file, "input file (default: standard input)");
      app.footer(
          "Every line is printed as it is (ending in LF) with the predicted tag appended; a line\n"
          "that is not valid UTF-8 is repaired column by column first (reported on stderr).\n"
          "Input is read as a stream: memory holds one document (up to -DOCSTART-, or about\n"
          "131,000 tokens) at a time.");
      return [conll, model, file]() {
        if (!*conll) throw UsageError("tag: only --conll input is supported (add --conll)");
        return run_tag(*file, *model);
      };
    });

}  // namespace
}  // namespace newsgraph::cli
