// newsgraph eval gold GOLD_JSON [ARTICLE]: scores extract on one article against a gold file.
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/models.h"
#include "eval/gold_eval.h"

namespace newsgraph::cli {
namespace {

struct Options {
  std::vector<std::string> files;
  std::string shared = std::string(NEWSGRAPH_SOURCE_DIR) + "/../shared";
  bool verbose = false;
  bool json = false;
};

void print_score(const std::string& label, const GoldScore& s) {
  std::printf("%s\n", label.c_str());
  std::printf("  entities   recall %.3f (%d/%d)  precision %.3f (%d/%d)\n", s.entity_recall(),
              s.matched_entities, s.gold_entities, s.entity_precision(), s.matched_entities,
              s.predicted_entities);
  std::printf("  roles      found %.3f (%d/%d)\n", s.roles_found(), s.found_roles, s.gold_roles);
  std::printf(
      "  quotes     right speaker %d/%d  (matched %d, %d of them by a part; predicted %d)\n",
      s.right_speaker, s.gold_quotes, s.matched_quotes, s.matched_by_part, s.predicted_quotes);
  std::printf(
      "  relations  P %.3f  R %.3f  F1 %.3f  (%d matched, %d gold, %d predicted, %d unscored)\n",
      s.relation_precision(), s.relation_recall(), s.relation_f1(), s.matched_relations,
      s.gold_relations, s.predicted_relations, s.unscored_relations);
}

int run(const Options& opt) {
  // Arguments: GOLD [ARTICLE] or several GOLD files (each names its article).
  std::vector<std::pair<std::string, std::string>> jobs;
  if (opt.files.size() == 2 && std::filesystem::path(opt.files[1]).extension() != ".json") {
    jobs.push_back({opt.files[0], opt.files[1]});
  } else {
    for (const std::string& f : opt.files) jobs.push_back({f, ""});
  }
  GoldScore total;
  for (const auto& [gold_path, article_arg] : jobs) {
    std::string gold_json = read_input(gold_path);
    std::string article = article_arg;
    if (article.empty()) {
      try {
        article = gold_article_path(gold_json);
      } catch (const std::exception& e) {
        throw CliError(gold_path + ": not a gold file: " + e.what());
      }
      if (article.empty()) throw CliError(gold_path + ": names no article; give ARTICLE");
      article = opt.shared + "/" + article;
      if (!std::filesystem::exists(article))
        throw CliError(gold_path + ": article " + article + " not found (use --shared DIR)");
    }
    std::string text;
    try {
      text = gold_text_at(article, gold_json);
    } catch (const std::exception& e) {
      throw CliError(gold_path + ": " + e.what());
    }
    Document doc(article, std::move(text));
    GoldArticle gold;
    try {
      gold = parse_gold(gold_json, doc.input);
    } catch (const std::exception& e) {
      throw CliError(gold_path + ": " + e.what());
    }
    process_document(doc);
    GoldScore s = score_gold(doc, gold);
    print_score(gold_path, s);
    if (opt.verbose)
      for (const std::string& m : s.misses) std::printf("    - %s\n", m.c_str());
    total.add(s);
  }
  if (jobs.size() > 1) print_score("all " + std::to_string(jobs.size()) + " articles", total);
  return 0;
}

const CommandRegistration kEvalGold(
    "eval gold", "Score extract on articles against hand-made gold files",
    [](CLI::App& app) -> RunFn {
      auto opt = std::make_shared<Options>();
      app.add_option("files", opt->files,
                     "GOLD_JSON [ARTICLE], or several gold files that each name their article "
                     "(path relative to --shared)")
          ->required();
      app.add_option("--shared", opt->shared, "the shared data folder gold files point into");
      app.add_flag("-v,--verbose", opt->verbose, "list what was missed or extra");
      app.footer(
          "Entities match by type and a name or alias in common; quotes by token Jaccard >= "
          "0.5 (a gold quote against a whole quote or one piece of a quote given in parts, "
          "since the gold gives each stretch between quotation marks its own quote) and the "
          "right speaker; relations as (subject, type, object) through the entity "
          "match (spouse_of and relative_of in either direction).");
      return [opt] { return run(*opt); };
    });

}  // namespace
}  // namespace newsgraph::cli
