// `newsgraph merge A B`: a person's judgement that two actors are one (A keeps its id). Stored
// as a "same" judgement, so it survives re-ingest and `newsgraph rebuild`.
#include <memory>

#include "cli/store_cli.h"

namespace newsgraph::cli {
namespace {

CommandRegistration merge_cmd(
    "merge", "Merge actor B into actor A (a stored correction)", [](CLI::App& app) -> RunFn {
      auto db = std::make_shared<std::string>("newsgraph.db");
      auto a = std::make_shared<std::string>();
      auto b = std::make_shared<std::string>();
      app.add_option("--db", *db, "store file")->capture_default_str();
      app.add_option("A", *a, "actor id or name to keep")->required();
      app.add_option("B", *b, "actor id or name to merge into A")->required();
      return [=]() {
        auto st = open_store(*db, false);
        check(st->Merge(*a, *b));
        return 0;
      };
    });

}  // namespace
}  // namespace newsgraph::cli
