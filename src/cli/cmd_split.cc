// `newsgraph split A --article ID`: a person's judgement that the actor's entity in that article
// is someone else. Stored as a "different" judgement; survives re-ingest and rebuild.
#include <memory>

#include "cli/store_cli.h"

namespace newsgraph::cli {
namespace {

CommandRegistration split_cmd("split",
                              "Split an article's mentions off an actor (a stored correction)",
                              [](CLI::App& app) -> RunFn {
                                auto db = std::make_shared<std::string>("newsgraph.db");
                                auto actor = std::make_shared<std::string>();
                                auto article = std::make_shared<std::string>();
                                app.add_option("--db", *db, "store file")->capture_default_str();
                                app.add_option("ACTOR", *actor, "actor id or name")->required();
                                app.add_option("--article", *article,
                                               "article id whose entity is not this actor")
                                    ->required();
                                return [=]() {
                                  auto st = open_store(*db, false);
                                  check(st->Split(*actor, *article));
                                  return 0;
                                };
                              });

}  // namespace
}  // namespace newsgraph::cli
