// `newsgraph explain ACTOR`: why each article's entity joined this actor (rule, score, the
// name or key it matched), grouped by name form.
#include <map>
#include <memory>

#include "cli/store_cli.h"
#include "store/to_json.h"

namespace newsgraph::cli {
namespace {

CommandRegistration explain_cmd(
    "explain", "Why an actor's names were merged (rule and evidence per article)",
    [](CLI::App& app) -> RunFn {
      auto db = std::make_shared<std::string>("newsgraph.db");
      auto who = std::make_shared<std::string>();
      auto json_out = std::make_shared<bool>(false);
      app.add_option("--db", *db, "store file")->capture_default_str();
      app.add_flag("--json", *json_out, "one JSON object per link");
      app.add_option("ACTOR", *who, "actor id (a17) or name")->required();
      return [=]() {
        auto st = open_store(*db, true);
        store::ActorDetail d;
        check(st->GetActor(*who, 0, &d));
        std::vector<store::LinkReason> why;
        check(st->Explain(d.actor.id, &why));
        if (*json_out) {
          for (auto& r : why) write_out(dump_json(store::ToJson(r)) + "\n");
          finish_stdout();
          return 0;
        }
        // One line per (name, rule): "merged 'Rahmon' in 14 articles because ...".
        struct Group {
          int articles = 0;
          std::string evidence, first;
          double score = 0;
        };
        std::map<std::pair<std::string, std::string>, Group> groups;
        for (auto& r : why) {
          Group& g = groups[{r.name, r.rule}];
          if (g.articles++ == 0) g.evidence = r.evidence, g.first = r.article, g.score = r.score;
        }
        std::string out = d.actor.id + "  " + d.actor.name + "  (" + d.actor.type + ", " +
                          std::to_string(d.actor.articles) + " articles)\n";
        for (auto& [key, g] : groups) {
          char score[16];
          std::snprintf(score, sizeof score, "%.2f", g.score);
          out += "  '" + key.first + "' in " + std::to_string(g.articles) +
                 (g.articles == 1 ? " article" : " articles") + ": " + key.second + " (score " +
                 score + ") because " + g.evidence + "; first in " + g.first + "\n";
        }
        write_out(out);
        finish_stdout();
        return 0;
      };
    });

}  // namespace
}  // namespace newsgraph::cli
