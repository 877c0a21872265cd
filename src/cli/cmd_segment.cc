// `newsgraph segment`: repairs (by default) and segments one article, printing its paragraphs,
// sentences and tokens as JSON with byte offsets into the input, or (--tokens) one sentence per
// line with its tokens separated by spaces.
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/command.h"
#include "cli/io.h"
#include "newsgraph/document.h"
#include "newsgraph/repair.h"
#include "newsgraph/segment.h"

namespace newsgraph::cli {
namespace {

std::string json_string(std::string_view s) {
  return nlohmann::json(std::string(s))
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Written in pieces (a record every ~64 KiB of JSON), so a consumer sees output early.
void print_json(const Document& doc, Output& output) {
  std::string& out = output.buffer();
  auto piece = [&] {
    if (out.size() >= (1u << 16)) output.end_record();
  };
  auto span_fields = [&](Span text_span) {
    Span in = doc.to_input(text_span);
    out += "{\"start\":" + std::to_string(in.begin) + ",\"end\":" + std::to_string(in.end);
  };
  out += "{\"paragraphs\":[";
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
    out += i ? ",\n  " : "\n  ";
    span_fields(doc.paragraphs[i].span);
    out += ",\"boilerplate\":";
    out += doc.paragraphs[i].boilerplate ? "true}" : "false}";
    piece();
  }
  out += "],\n\"sentences\":[";
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    out += i ? ",\n  " : "\n  ";
    span_fields(doc.sentences[i].span);
    out += ",\"text\":" + json_string(doc.slice(doc.sentences[i].span)) + "}";
    piece();
  }
  out += "],\n\"tokens\":[";
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    out += i ? ",\n  " : "\n  ";
    span_fields(doc.tokens[i].span);
    out += ",\"text\":" + json_string(doc.slice(doc.tokens[i].span)) + "}";
    piece();
  }
  out += "]}\n";
  output.end_record();
}

// One record per paragraph.
void print_tokens(const Document& doc, Output& output) {
  std::string& out = output.buffer();
  for (const Paragraph& p : doc.paragraphs) {
    if (&p != &doc.paragraphs.front()) out += '\n';
    for (uint32_t s = p.sentence_begin; s < p.sentence_end; ++s) {
      const Sentence& sent = doc.sentences[s];
      for (uint32_t t = sent.token_begin; t < sent.token_end; ++t) {
        if (t != sent.token_begin) out += ' ';
        out += doc.slice(doc.tokens[t].span);
      }
      out += '\n';
    }
    output.end_record();
  }
}

struct SegmentOptions {
  std::string file;
  bool repair = true;
  bool tokens = false;
};

const CommandRegistration kSegment{
    "segment", "Split an article into paragraphs, sentences and tokens",
    [](CLI::App& app) -> RunFn {
      auto opts = std::make_shared<SegmentOptions>();
      app.add_option("FILE", opts->file, "Article text (default: standard input)");
      app.add_flag("--repair,!--no-repair", opts->repair,
                   "Repair the text first (default: on); offsets always refer to the input");
      app.add_flag("--tokens", opts->tokens,
                   "Print one sentence per line, tokens separated by spaces, a blank line "
                   "between paragraphs");
      app.footer(
          "JSON output: {\"paragraphs\":[{start,end,boilerplate}], \"sentences\":[{start,end,"
          "text}], \"tokens\":[{start,end,text}]}. start/end are byte offsets into the input "
          "(a span inside a repaired region widens to the whole region); text is the repaired "
          "text.\nExamples:\n  newsgraph segment article.txt\n  newsgraph segment --tokens "
          "--no-repair < article.txt");
      return [opts]() {
        Document doc("input", read_text_input(opts->file).text);
        if (opts->repair) {
          repair_document(doc);
        } else {
          doc.text = doc.input;
        }
        segment_document(doc);
        Output out;
        if (opts->tokens) {
          print_tokens(doc, out);
        } else {
          print_json(doc, out);
        }
        out.finish();
        return kExitOk;
      };
    }};

}  // namespace
}  // namespace newsgraph::cli
