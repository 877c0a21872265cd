// `newsgraph rebuild`: recomputes every actor from the stored articles and the stored
// judgements, deterministically (the same store content every time).
#include <memory>

#include "cli/store_cli.h"

namespace newsgraph::cli {
namespace {

CommandRegistration rebuild_cmd("rebuild",
                                "Recompute all actors from the stored articles and judgements",
                                [](CLI::App& app) -> RunFn {
                                  auto db = std::make_shared<std::string>("newsgraph.db");
                                  app.add_option("--db", *db, "store file")->capture_default_str();
                                  return [=]() {
                                    auto st = open_store(*db, false);
                                    check(st->Rebuild());
                                    return 0;
                                  };
                                });

}  // namespace
}  // namespace newsgraph::cli
