// `newsgraph tag --conll`: reads CoNLL columns and prints every line unchanged with the
// predicted IOB2 entity tag appended; blank and -DOCSTART- lines pass through as they are.
#include <cstdio>
#include <string>

#include "cli/command.h"
#include "cli/models.h"
#include "newsgraph/ner.h"

namespace newsgraph::cli {
namespace {

// One CoNLL document's lines, tagged and written out.
void flush_document(const ner::Tagger& tagger, ner::Tagger::Scratch& scratch,
                    std::vector<std::string_view>& lines, std::vector<int>& token_of_line,
                    ner::TaggerInput& input, std::vector<ner::Chunk>& chunks, std::string& out) {
  if (!input.tokens.empty() &&
      (input.sentence_ends.empty() || input.sentence_ends.back() != input.tokens.size()))
    input.sentence_ends.push_back(uint32_t(input.tokens.size()));
  tagger.tag(input, scratch, chunks);
  std::vector<std::string> tags = ner::tags_from_chunks(chunks, input.tokens.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (token_of_line[i] < 0) {
      out.append(line);
      out += '\n';
      continue;
    }
    // Keep the line as it is (minus a trailing CR) and append the tag with the file's separator.
    bool cr = !line.empty() && line.back() == '\r';
    if (cr) line.remove_suffix(1);
    out.append(line);
    out += line.find('\t') != std::string_view::npos ? '\t' : ' ';
    out += tags[size_t(token_of_line[i])];
    if (cr) out += '\r';
    out += '\n';
  }
  lines.clear();
  token_of_line.clear();
  input.tokens.clear();
  input.sentence_ends.clear();
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
      return [conll, model, file]() {
        if (!*conll) throw CliError("tag: only --conll input is supported");
        std::string path = model_file(*model, "ner.bin");
        ner::Tagger tagger = [&] {
          try {
            return ner::Tagger::load(path);
          } catch (const ner::ModelError& e) {
            throw CliError(e.what());
          }
        }();
        std::string text = read_input(*file);
        auto scratch = tagger.make_scratch();
        std::vector<std::string_view> lines;
        std::vector<int> token_of_line;
        ner::TaggerInput input;
        std::vector<ner::Chunk> chunks;
        std::string out;
        size_t pos = 0;
        while (pos < text.size()) {
          size_t nl = text.find('\n', pos);
          if (nl == std::string::npos) nl = text.size();
          std::string_view line = std::string_view(text).substr(pos, nl - pos);
          pos = nl + 1;
          size_t a = 0;
          while (a < line.size() && (line[a] == ' ' || line[a] == '\t' || line[a] == '\r')) ++a;
          std::string_view body = line.substr(a);
          if (body.starts_with("-DOCSTART-")) {
            flush_document(tagger, *scratch, lines, token_of_line, input, chunks, out);
            lines.push_back(line);
            token_of_line.push_back(-1);
            continue;
          }
          if (body.empty()) {
            if (!input.tokens.empty() &&
                (input.sentence_ends.empty() || input.sentence_ends.back() != input.tokens.size()))
              input.sentence_ends.push_back(uint32_t(input.tokens.size()));
            lines.push_back(line);
            token_of_line.push_back(-1);
            continue;
          }
          size_t e = 0;
          while (e < body.size() && body[e] != ' ' && body[e] != '\t' && body[e] != '\r') ++e;
          token_of_line.push_back(int(input.tokens.size()));
          input.tokens.push_back(body.substr(0, e));
          lines.push_back(line);
          if (out.size() > (1 << 20)) {
            std::fwrite(out.data(), 1, out.size(), stdout);
            out.clear();
          }
        }
        flush_document(tagger, *scratch, lines, token_of_line, input, chunks, out);
        std::fwrite(out.data(), 1, out.size(), stdout);
        return 0;
      };
    });

}  // namespace
}  // namespace newsgraph::cli
