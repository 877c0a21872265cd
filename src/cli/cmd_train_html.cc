// `newsgraph train html [--data DIR] [--folds K] [--rounds R]`: chooses the main-text
// extraction knobs (web::ExtractOptions) by coordinate search on pages with known article text
// (the article-extraction benchmark layout: DIR/ground-truth.json, DIR/html/ID.html.gz), and
// reports the k-fold cross-validated F1 (folds split by site) beside the F1 on all pages. The
// chosen values are printed for ExtractOptions' defaults in src/web/article.h.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "web/tune.h"

namespace newsgraph::cli {
namespace {

std::string Host(const std::string& url) {
  size_t s = url.find("://");
  if (s == std::string::npos) return url;
  size_t b = s + 3, e = url.find('/', b);
  std::string h = url.substr(b, e == std::string::npos ? std::string::npos : e - b);
  return h.starts_with("www.") ? h.substr(4) : h;
}

struct TrainHtmlArgs {
  std::string data = std::string(NEWSGRAPH_SOURCE_DIR) + "/../shared/data/html";
  int folds = 5;
  int rounds = 2;
};

int RunTrainHtml(const TrainHtmlArgs& args) {
  std::ifstream gt_in(args.data + "/ground-truth.json");
  if (!gt_in) throw CliError(args.data + "/ground-truth.json: cannot open");
  nlohmann::json gt = nlohmann::json::parse(gt_in, nullptr, false);
  if (gt.is_discarded() || !gt.is_object())
    throw CliError(args.data + "/ground-truth.json: not a JSON object");
  std::vector<web::LabeledPage> pages;
  for (auto it = gt.begin(); it != gt.end(); ++it) {
    web::LabeledPage p;
    p.id = it.key();
    p.html = read_input(args.data + "/html/" + p.id + ".html.gz");
    p.truth = it.value().value("articleBody", "");
    p.group = Host(it.value().value("url", p.id));
    pages.push_back(std::move(p));
  }
  web::TuneOptions options;
  options.folds = args.folds;
  options.rounds = args.rounds;
  options.log = [](const std::string& line) {
    std::fprintf(stderr, "train html: %s\n", line.c_str());
  };
  web::ExtractOptions start;
  web::TuneResult r = web::TuneExtractOptions(pages, start, options);
  auto line = [](const char* what, const web::ShingleScore& s) {
    std::printf("%-28s precision %.3f recall %.3f f1 %.3f\n", what, s.precision, s.recall, s.f1);
  };
  std::printf("pages %zu, %d folds by site, %d rounds\n", pages.size(), args.folds, args.rounds);
  line("current defaults, all pages", r.start);
  line("cross-validated", r.cross_validated);
  line("chosen knobs, all pages", r.full);
  for (const std::string& name : web::ExtractParamNames())
    std::printf("  %s = %g\n", name.c_str(), web::GetExtractParam(r.best, name));
  return 0;
}

CommandRegistration train_html_cmd(
    "train html", "Choose the HTML main-text knobs by cross-validated search on labelled pages",
    [](CLI::App& app) -> RunFn {
      auto args = std::make_shared<TrainHtmlArgs>();
      app.add_option("--data", args->data, "directory with ground-truth.json and html/")
          ->capture_default_str();
      app.add_option("--folds", args->folds, "cross-validation folds (split by site)")
          ->check(CLI::Range(2, 50))
          ->capture_default_str();
      app.add_option("--rounds", args->rounds, "coordinate-search passes")
          ->check(CLI::Range(1, 10))
          ->capture_default_str();
      return [args]() { return RunTrainHtml(*args); };
    });

}  // namespace
}  // namespace newsgraph::cli
