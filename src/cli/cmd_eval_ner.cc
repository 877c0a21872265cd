// `newsgraph eval ner FILE`: tags a CoNLL file with gold tags in its last column (or reads a
// predicted column with --predicted) and prints conlleval-style precision/recall/F1 per type.
// For other corpora, --map renames gold types onto the CoNLL ones and --types limits scoring
// to the types both share; --case lower|upper destroys the text's case before tagging.
#include <cstdio>
#include <map>
#include <sstream>

#include "cli/command.h"
#include "cli/models.h"
#include "ner/training.h"

namespace newsgraph::cli {
namespace {

// "person=PER,location=LOC" -> {person: PER, ...}; a type mapped to O is dropped.
std::map<std::string, std::string> parse_map(const std::string& spec) {
  std::map<std::string, std::string> m;
  std::stringstream ss(spec);
  std::string item;
  while (std::getline(ss, item, ',')) {
    size_t eq = item.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == item.size())
      throw CliError("eval ner: --map item '" + item + "' is not FROM=TO");
    m[item.substr(0, eq)] = item.substr(eq + 1);
  }
  return m;
}

// Renames the type of every "X-type" tag through `m`; unmapped types stay as they are.
void map_tags(std::vector<std::string>& tags, const std::map<std::string, std::string>& m) {
  for (std::string& t : tags) {
    if (t.size() < 3 || t[1] != '-') continue;
    auto it = m.find(t.substr(2));
    if (it == m.end()) continue;
    t = it->second == "O" ? std::string("O") : t.substr(0, 2) + it->second;
  }
}

void keep_types(std::vector<ner::Chunk>& chunks, const std::vector<bool>& keep) {
  std::erase_if(chunks, [&](const ner::Chunk& c) { return !keep[size_t(c.type)]; });
}

CommandRegistration eval_ner(
    "eval ner", "Score entity tagging on a CoNLL file (conlleval definition)",
    [](CLI::App& app) -> RunFn {
      auto file = std::make_shared<std::string>();
      auto model = std::make_shared<std::string>();
      auto predicted = std::make_shared<bool>(false);
      auto map_spec = std::make_shared<std::string>();
      auto types = std::make_shared<std::vector<std::string>>();
      auto case_mode = std::make_shared<std::string>();
      app.add_option("FILE", *file, "CoNLL file, gold tag in the last column")->required();
      app.add_option("--map", *map_spec,
                     "rename gold types, e.g. person=PER,corporation=ORG,product=O");
      app.add_option("--types", *types, "score only these types (e.g. PER ORG LOC)")
          ->check(CLI::IsMember({"PER", "ORG", "LOC", "MISC"}));
      app.add_option("--case", *case_mode, "lower or upper: destroy the case before tagging")
          ->check(CLI::IsMember({"lower", "upper"}));
      app.add_option("--model", *model, "model file (default: ner.bin in the model directory)");
      app.add_flag("--predicted", *predicted,
                   "the file already has a predicted column after the gold column");
      return [file, model, predicted, map_spec, types, case_mode]() {
        std::string text = read_input(*file);
        std::vector<ner::ConllDocument> docs = ner::read_conll(text, *predicted);
        const auto mapping = parse_map(*map_spec);
        std::vector<bool> keep(ner::kNumConllTypes, types->empty());
        for (const std::string& t : *types)
          for (int k = 0; k < ner::kNumConllTypes; ++k)
            if (t == ner::conll_type_name(ner::ConllType(k))) keep[size_t(k)] = true;
        for (ner::ConllDocument& d : docs) {
          map_tags(d.gold, mapping);
          if (*case_mode == "lower" || *case_mode == "upper")
            for (std::string& t : d.tokens)
              for (char& c : t) {
                if (*case_mode == "lower" && c >= 'A' && c <= 'Z') c = char(c + 32);
                if (*case_mode == "upper" && c >= 'a' && c <= 'z') c = char(c - 32);
              }
        }
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
          keep_types(gold, keep);
          keep_types(pred, keep);
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
