// `newsgraph eval ner FILE`: tags a CoNLL file with gold tags in its last column (or reads a
// predicted column with --predicted) and prints conlleval-style precision/recall/F1 per type.
#include <cstdio>

#include "cli/command.h"
#include "cli/models.h"
#include "newsgraph/ner.h"

namespace newsgraph::cli {
namespace {

CommandRegistration eval_ner(
    "eval ner", "Score entity tagging on a CoNLL file (conlleval definition)",
    [](CLI::App& app) -> RunFn {
      auto file = std::make_shared<std::string>();
      auto model = std::make_shared<std::string>();
      auto predicted = std::make_shared<bool>(false);
      app.add_option("FILE", *file, "CoNLL file, gold tag in the last column")->required();
      app.add_option("--model", *model, "model file (default: ner.bin in the model directory)");
      app.add_flag("--predicted", *predicted,
                   "the file already has a predicted column after the gold column");
      return [file, model, predicted]() {
        std::string text = read_input(*file);
        std::vector<ner::ConllDocument> docs = ner::read_conll(text, *predicted);
        ner::ConllScore score;
        std::unique_ptr<ner::Tagger> tagger;
        if (!*predicted) {
          std::string path = model_file(*model, "ner.bin");
          try {
            tagger = std::make_unique<ner::Tagger>(ner::Tagger::load(path));
          } catch (const ner::ModelError& e) {
            throw CliError(e.what());
          }
        }
        auto scratch = tagger ? tagger->make_scratch() : nullptr;
        std::vector<ner::Chunk> pred;
        ner::TaggerInput input;
        for (const ner::ConllDocument& d : docs) {
          std::vector<ner::Chunk> gold = ner::chunks_from_tags(d.gold, d.sentence_ends);
          if (tagger) {
            input.tokens.assign(d.tokens.begin(), d.tokens.end());
            input.sentence_ends = d.sentence_ends;
            tagger->tag(input, *scratch, pred);
          } else {
            pred = ner::chunks_from_tags(d.predicted, d.sentence_ends);
          }
          std::vector<std::string> g2 = ner::tags_from_chunks(gold, d.tokens.size());
          std::vector<std::string> p2 = ner::tags_from_chunks(pred, d.tokens.size());
          for (size_t i = 0; i < g2.size(); ++i) {
            ++score.tokens;
            score.tokens_correct += g2[i] == p2[i];
          }
          score.add(gold, pred);
        }
        std::string report = score.report();
        std::fwrite(report.data(), 1, report.size(), stdout);
        return 0;
      };
    });

}  // namespace
}  // namespace newsgraph::cli
