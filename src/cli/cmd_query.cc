// `newsgraph query actors|actor|quotes|relations|network`: answers about the corpus store,
// readable at a terminal or, with --json, one JSON document for scripts.
#include <memory>

#include "cli/store_cli.h"
#include "store/to_json.h"

namespace newsgraph::cli {
namespace {

using nlohmann::json;

struct Common {
  std::string db = "newsgraph.db";
  bool json = false;
  int limit = 20;
};

void add_common(CLI::App& app, Common& c) {
  app.add_option("--db", c.db, "store file")->capture_default_str();
  app.add_flag("--json", c.json, "print JSON instead of text");
}

std::string clip(const std::string& s, size_t n = 140) {
  if (s.size() <= n) return s;
  size_t cut = n;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

std::string quote_line(const store::QuoteRow& q) {
  std::string who = q.speaker_name.empty() ? "(no source)" : q.speaker_name;
  if (!q.speaker.empty()) who += " [" + q.speaker + "]";
  std::string line = "  " + (q.date.empty() ? std::string() : q.date + " ") + who + ": “" +
                     clip(q.text) + "”  (" + q.article + ")";
  if (q.copies > 1) line += " ×" + std::to_string(q.copies);
  return line + "\n";
}

std::string relation_line(const store::RelationRow& r) {
  // A relation with no evidence span comes from a built-in gazetteer (capitals, heads of
  // government), not from a sentence.
  const std::string evidence = r.evidence_text.empty()
                                   ? "(from the gazetteer; no sentence states it)"
                                   : "“" + clip(r.evidence_text, 160) + "”";
  return "  " + r.subject_name + (r.subject.empty() ? "" : " [" + r.subject + "]") + "  " + r.type +
         "  " + r.object_name + (r.object.empty() ? "" : " [" + r.object + "]") + "  (" +
         r.article + ")\n      " + evidence + "\n";
}

CommandRegistration actors_cmd(
    "query actors", "Search actors by any name or alias", [](CLI::App& app) -> RunFn {
      auto c = std::make_shared<Common>();
      auto type = std::make_shared<std::string>();
      auto text = std::make_shared<std::string>();
      add_common(app, *c);
      app.add_option("--type", *type, "PERSON, ORG, GPE, LOC or NORP");
      app.add_option("--top", c->limit, "how many")->capture_default_str();
      app.add_option("TEXT", *text,
                     "name or alias (any case, accents optional); none: most mentioned");
      return [=]() {
        auto st = open_store(c->db, true);
        std::vector<store::ActorSummary> found;
        check(st->FindActors(*text, *type, c->limit, &found));
        if (c->json) {
          json arr = json::array();
          for (auto& a : found) arr.push_back(store::ToJson(a));
          write_out(dump_json({{"actors", arr}}) + "\n");
        } else {
          for (auto& a : found)
            write_out(a.id + "\t" + a.type + "\t" + a.name + "\t" + std::to_string(a.articles) +
                      " articles, " + std::to_string(a.mentions) + " mentions\n");
        }
        finish_stdout();
        return 0;
      };
    });

CommandRegistration actor_cmd(
    "query actor", "One actor: aliases, dated roles, quotes, relations, articles",
    [](CLI::App& app) -> RunFn {
      auto c = std::make_shared<Common>();
      auto who = std::make_shared<std::string>();
      add_common(app, *c);
      app.add_option("--limit", c->limit, "rows per section")->capture_default_str();
      app.add_option("ACTOR", *who, "actor id (a17) or name")->required();
      return [=]() {
        auto st = open_store(c->db, true);
        store::ActorDetail d;
        check(st->GetActor(*who, c->limit, &d));
        if (c->json) {
          write_out(dump_json(store::ToJson(d)) + "\n");
          finish_stdout();
          return 0;
        }
        std::string out = d.actor.id + "  " + d.actor.name + "  (" + d.actor.type + ", " +
                          std::to_string(d.actor.articles) + " articles, " +
                          std::to_string(d.actor.mentions) + " mentions)\n";
        out += "aliases:";
        for (auto& n : d.aliases) out += " " + n.name + " (" + std::to_string(n.count) + ");";
        out += "\nroles:\n";
        for (auto& r : d.roles)
          out += "  " + (r.date.empty() ? "" : r.date + " ") + r.role + "  (" + r.article + ")\n";
        out += "quotes by " + d.actor.name + ":\n";
        for (auto& q : d.quotes_by) out += quote_line(q);
        out += "quotes naming " + d.actor.name + ":\n";
        for (auto& q : d.quotes_about) out += quote_line(q);
        out += "relations:\n";
        for (auto& r : d.relations) out += relation_line(r);
        out += "articles:\n";
        for (auto& a : d.articles)
          out +=
              "  " + (a.date.empty() ? "" : a.date + " ") + a.id + "  " + clip(a.title, 80) + "\n";
        write_out(out);
        finish_stdout();
        return 0;
      };
    });

CommandRegistration quotes_cmd(
    "query quotes", "Quotes by speaker, about an actor, between dates", [](CLI::App& app) -> RunFn {
      auto c = std::make_shared<Common>();
      auto f = std::make_shared<store::QuoteFilter>();
      add_common(app, *c);
      app.add_option("--speaker", f->speaker, "actor id or name who said it");
      app.add_option("--about", f->about, "actor id or name the quote names");
      app.add_option("--since", f->since, "first date (ISO, inclusive)");
      app.add_option("--until", f->until, "last date (ISO, inclusive)");
      app.add_option("--limit", c->limit, "how many")->capture_default_str();
      return [=]() {
        auto st = open_store(c->db, true);
        std::vector<store::QuoteRow> rows;
        store::QuoteFilter filter = *f;
        filter.limit = c->limit;
        check(st->Quotes(filter, &rows));
        if (c->json) {
          json arr = json::array();
          for (auto& q : rows) arr.push_back(store::ToJson(q));
          write_out(dump_json({{"quotes", arr}}) + "\n");
        } else {
          for (auto& q : rows) write_out(quote_line(q));
        }
        finish_stdout();
        return 0;
      };
    });

CommandRegistration relations_cmd(
    "query relations", "Relations of an actor or of a type, with evidence",
    [](CLI::App& app) -> RunFn {
      auto c = std::make_shared<Common>();
      auto f = std::make_shared<store::RelationFilter>();
      add_common(app, *c);
      app.add_option("--actor", f->actor, "actor id or name at either end");
      app.add_option("--type", f->type, "relation type (leader_of, supports, ...)");
      app.add_option("--limit", c->limit, "how many")->capture_default_str();
      return [=]() {
        auto st = open_store(c->db, true);
        std::vector<store::RelationRow> rows;
        store::RelationFilter filter = *f;
        filter.limit = c->limit;
        check(st->Relations(filter, &rows));
        if (c->json) {
          json arr = json::array();
          for (auto& r : rows) arr.push_back(store::ToJson(r));
          write_out(dump_json({{"relations", arr}}) + "\n");
        } else {
          for (auto& r : rows) write_out(relation_line(r));
        }
        finish_stdout();
        return 0;
      };
    });

CommandRegistration network_cmd(
    "query network", "The actors around an actor and the edges between them",
    [](CLI::App& app) -> RunFn {
      auto c = std::make_shared<Common>();
      auto who = std::make_shared<std::string>();
      auto depth = std::make_shared<int>(1);
      add_common(app, *c);
      c->limit = 50;
      app.add_option("--actor", *who, "actor id or name")->required();
      app.add_option("--depth", *depth, "edges away (1-3)")
          ->capture_default_str()
          ->check(CLI::Range(1, 3));
      app.add_option("--limit", c->limit, "most nodes")->capture_default_str();
      return [=]() {
        auto st = open_store(c->db, true);
        store::Graph g;
        check(st->Neighbourhood(*who, *depth, c->limit, &g));
        if (c->json) {
          write_out(dump_json(store::ToJson(g)) + "\n");
        } else {
          std::map<std::string, std::string> names;
          for (auto& n : g.nodes) names[n.id] = n.name;
          for (auto& n : g.nodes) write_out(n.id + "\t" + n.type + "\t" + n.name + "\n");
          for (auto& e : g.edges)
            write_out("  " + names[e.source] + " --" + e.type + "--> " + names[e.target] + "  (" +
                      std::to_string(e.count) + "×, " + std::to_string(e.article_count) +
                      " articles)\n");
        }
        finish_stdout();
        return 0;
      };
    });

}  // namespace
}  // namespace newsgraph::cli
