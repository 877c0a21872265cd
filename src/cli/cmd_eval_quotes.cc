// `newsgraph eval quotes DIR`: runs the pipeline on every article of a PolNeAR-layout folder
// (DIR/text/*.txt, DIR/attributions/*.ann; the first annotator file of an article in name order
// is gold) and prints the quote figures of CONTRACT.md.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/models.h"
#include "eval/quote_eval.h"
#include "output/brat.h"

namespace newsgraph::cli {
namespace {

CommandRegistration eval_quotes_cmd(
    "eval quotes", "Score quote extraction on a PolNeAR-layout folder (text/, attributions/)",
    [](CLI::App& app) -> RunFn {
      auto dir = std::make_shared<std::string>();
      auto verbose = std::make_shared<bool>(false);
      auto limit = std::make_shared<size_t>(0);
      app.add_option("DIR", *dir, "folder with text/ and attributions/")->required();
      app.add_flag("--verbose,-v", *verbose,
                   "print missed, extra, wrongly attributed and inexact quotes (INEXACT start/end: "
                   "where the prediction begins and ends against the gold, in characters)");
      app.add_option("--limit", *limit, "score only the first N articles");
      return [dir, verbose, limit]() {
        std::vector<output::PolnearArticle> articles;
        try {
          articles = output::polnear_articles(*dir);
        } catch (const std::runtime_error& e) {
          throw CliError(e.what());
        }
        eval::QuoteScore score;
        size_t count = 0;
        for (const output::PolnearArticle& a : articles) {
          if (*limit && count >= *limit) break;
          ++count;
          const std::string& article = a.name;
          std::string text = read_input(a.text_path);
          std::string ann = read_input(a.ann_path);
          std::vector<output::BratAttribution> brat = output::read_brat_attributions(ann);
          std::vector<eval::GoldAttribution> gold;
          for (auto& b : brat) gold.push_back({b.content, b.source});
          Document doc(article, text);
          process_document(doc);
          std::vector<uint32_t> offsets = output::code_point_offsets(doc.input);
          std::vector<eval::PredictedQuote> pred;
          for (const Quote& q : doc.quotes) {
            eval::PredictedQuote p;
            p.content = output::to_code_points(offsets, doc.to_input(q.content));
            if (!q.speaker_mention.empty())
              p.speaker_spans.push_back(
                  output::to_code_points(offsets, doc.to_input(q.speaker_mention)));
            if (q.speaker >= 0 && static_cast<size_t>(q.speaker) < doc.entities.size())
              for (uint32_t mi : doc.entities[static_cast<size_t>(q.speaker)].mentions)
                p.speaker_spans.push_back(
                    output::to_code_points(offsets, doc.to_input(doc.mentions[mi].span)));
            pred.push_back(std::move(p));
          }
          std::vector<std::string> misses;
          score.add(text, gold, pred, *verbose ? &misses : nullptr);
          if (*verbose && !misses.empty()) {
            std::printf("== %s\n", article.c_str());
            for (const std::string& m : misses) std::printf("  %s\n", m.c_str());
          }
        }
        std::fputs(score.report().c_str(), stdout);
        return 0;
      };
    });

}  // namespace
}  // namespace newsgraph::cli
