// `newsgraph judge FILE`: applies a judgements file, one decision per line:
//   same<TAB>Emomali Rahmon<TAB>Rahmon
//   different<TAB>Bill Clinton<TAB>Hillary Clinton
//   unsure<TAB>…<TAB>…
// Blank lines and lines starting with '#' are ignored. A bad line is a one-line error naming
// the file and line; nothing of the file is applied then.
#include <fstream>
#include <memory>

#include "cli/store_cli.h"
#include "util/lines.h"
#include "util/utf8.h"

namespace newsgraph::cli {
namespace {

CommandRegistration judge_cmd(
    "judge", "Apply a file of same/different/unsure judgements between names",
    [](CLI::App& app) -> RunFn {
      auto db = std::make_shared<std::string>("newsgraph.db");
      auto file = std::make_shared<std::string>();
      app.add_option("--db", *db, "store file")->capture_default_str();
      app.add_option("FILE", *file, "judgements file (TSV: same|different|unsure, name, name)")
          ->required();
      return [=]() {
        std::string text = read_input(*file);
        struct Line {
          store::Judgement kind;
          std::string a, b;
        };
        std::vector<Line> lines;
        util::LineSplitter splitter(text);
        for (std::string_view view; splitter.Next(&view);) {
          if (view.empty() || view[0] == '#') continue;
          std::string line(view);
          size_t t1 = line.find('\t'), t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
          std::string where = *file + " line " + std::to_string(splitter.line_number());
          if (!utf8::is_valid(line)) throw CliError(where + ": not valid UTF-8");
          if (t2 == std::string::npos || line.find('\t', t2 + 1) != std::string::npos)
            throw CliError(
                where +
                ": expected three tab-separated fields (same|different|unsure, name, name)");
          std::string kind = line.substr(0, t1);
          Line l{store::Judgement::kUnsure, line.substr(t1 + 1, t2 - t1 - 1), line.substr(t2 + 1)};
          if (kind == "same")
            l.kind = store::Judgement::kSame;
          else if (kind == "different")
            l.kind = store::Judgement::kDifferent;
          else if (kind != "unsure")
            throw CliError(where + ": unknown judgement '" + kind + "'");
          if (l.a.empty() || l.b.empty()) throw CliError(where + ": empty name");
          lines.push_back(std::move(l));
        }
        auto st = open_store(*db, false);
        for (const Line& l : lines) check(st->Judge(l.kind, l.a, l.b));
        return 0;
      };
    });

}  // namespace
}  // namespace newsgraph::cli
