// `newsgraph export [--db PATH] --format jsonl|graphml|gexf|csv [--out PATH]`: the store in the
// formats of CONTRACT.md. jsonl: actors, mentions, quotes, relations (one object per line, each
// with a "kind"); graphml and gexf (1.2, static, dates as attributes): the actor network; csv:
// nodes.csv and edges.csv in the layout of Neo4j's bulk import, written into the --out folder.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "cli/store_cli.h"
#include "store/to_json.h"

namespace newsgraph::cli {
namespace {

using nlohmann::json;

// Opens the --out file for writing ("-" or empty: standard output, fd 1). CliError when it
// cannot be opened.
int open_out(const std::string& path) {
  if (path.empty() || path == "-") return 1;
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) throw CliError(path + ": cannot write (" + std::strerror(errno) + ")");
  return fd;
}

// Writes what `out` holds and closes `fd` (unless it is standard output). OutputError on failure.
void close_out(Output& out, int fd, const std::string& path) {
  out.finish();
  if (fd != 1 && ::close(fd) != 0)
    throw OutputError("cannot write to " + path + ": " + std::strerror(errno));
}

// XML text: escaped, control characters dropped, invalid UTF-8 replaced by U+FFFD.
std::string xml(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c == '&')
        out += "&amp;";
      else if (c == '<')
        out += "&lt;";
      else if (c == '>')
        out += "&gt;";
      else if (c == '"')
        out += "&quot;";
      else if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
        out += static_cast<char>(c);
      ++i;
      continue;
    }
    size_t n = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    bool ok = n > 0 && i + n <= s.size();
    for (size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok) {
      out.append(s, i, n);
      i += n;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

std::string csv(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}

void export_jsonl(store::Store& st, Output& out) {
  check(st.ForEachActor([&](const store::ActorDetail& d) {
    json aliases = json::array(), roles = json::array();
    for (auto& a : d.aliases) aliases.push_back(a.name);
    for (auto& r : d.roles) roles.push_back(r.role);
    out << dump_json({{"kind", "actor"},
                      {"id", d.actor.id},
                      {"name", d.actor.name},
                      {"type", d.actor.type},
                      {"aliases", aliases},
                      {"roles", roles},
                      {"articles", d.actor.articles},
                      {"mentions", d.actor.mentions}}) +
               "\n";
  }));
  check(st.ForEachMention([&](const store::MentionRow& m) {
    out << dump_json({{"kind", "mention"},
                      {"article", m.article},
                      {"start", m.span.start},
                      {"end", m.span.end},
                      {"text", m.text},
                      {"actor", m.actor}}) +
               "\n";
  }));
  check(st.ForEachQuote([&](const store::QuoteRow& q) {
    json j = {{"kind", "quote"},
              {"article", q.article},
              {"start", q.span.start},
              {"end", q.span.end},
              {"text", q.text},
              {"type", q.type},
              {"speaker", q.speaker.empty() ? json(nullptr) : json(q.speaker)},
              {"cue", q.cue},
              {"copies", q.copies}};
    if (!q.parts.empty()) j["parts"] = store::PartsJson(q);
    out << dump_json(j) + "\n";
  }));
  check(st.ForEachRelation([&](const store::RelationRow& r) {
    json j = {{"kind", "relation"},
              {"subject", r.subject.empty() ? json(nullptr) : json(r.subject)},
              {"type", r.type},
              {"object", r.object.empty() ? json(nullptr) : json(r.object)},
              {"article", r.article},
              {"evidence",
               {{"start", r.evidence.start}, {"end", r.evidence.end}, {"text", r.evidence_text}}}};
    out << dump_json(j) + "\n";
  }));
}

void export_graphml(const store::Graph& g, Output& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
         "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
         "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
         "  <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
         "  <key id=\"articles\" for=\"node\" attr.name=\"articles\" attr.type=\"int\"/>\n"
         "  <key id=\"etype\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
         "  <key id=\"count\" for=\"edge\" attr.name=\"count\" attr.type=\"int\"/>\n"
         "  <key id=\"earticles\" for=\"edge\" attr.name=\"articles\" attr.type=\"string\"/>\n"
         "  <key id=\"first_date\" for=\"edge\" attr.name=\"first_date\" attr.type=\"string\"/>\n"
         "  <key id=\"last_date\" for=\"edge\" attr.name=\"last_date\" attr.type=\"string\"/>\n"
         "  <graph id=\"actors\" edgedefault=\"directed\">\n";
  for (auto& n : g.nodes)
    out << "    <node id=\"" + n.id + "\"><data key=\"name\">" + xml(n.name) +
               "</data><data key=\"type\">" + n.type + "</data><data key=\"mentions\">" +
               std::to_string(n.mentions) + "</data><data key=\"articles\">" +
               std::to_string(n.articles) + "</data></node>\n";
  size_t i = 0;
  for (auto& e : g.edges)
    out << "    <edge id=\"e" + std::to_string(i++) + "\" source=\"" + e.source + "\" target=\"" +
               e.target + "\"><data key=\"etype\">" + xml(e.type) + "</data><data key=\"count\">" +
               std::to_string(e.count) + "</data><data key=\"earticles\">" +
               xml(join(e.articles, "|")) + "</data><data key=\"first_date\">" + xml(e.first_date) +
               "</data><data key=\"last_date\">" + xml(e.last_date) + "</data></edge>\n";
  out << "  </graph>\n</graphml>\n";
}

void export_gexf(const store::Graph& g, Output& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
         "  <meta><creator>newsgraph</creator><description>actor network</description></meta>\n"
         "  <graph mode=\"static\" defaultedgetype=\"directed\">\n"
         "    <attributes class=\"node\">\n"
         "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
         "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
         "      <attribute id=\"articles\" title=\"articles\" type=\"integer\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\">\n"
         "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
         "      <attribute id=\"count\" title=\"count\" type=\"integer\"/>\n"
         "      <attribute id=\"articles\" title=\"articles\" type=\"string\"/>\n"
         "      <attribute id=\"first_date\" title=\"first_date\" type=\"string\"/>\n"
         "      <attribute id=\"last_date\" title=\"last_date\" type=\"string\"/>\n"
         "    </attributes>\n"
         "    <nodes>\n";
  for (auto& n : g.nodes)
    out << "      <node id=\"" + n.id + "\" label=\"" + xml(n.name) +
               "\"><attvalues><attvalue for=\"type\" value=\"" + n.type +
               "\"/><attvalue for=\"mentions\" value=\"" + std::to_string(n.mentions) +
               "\"/><attvalue for=\"articles\" value=\"" + std::to_string(n.articles) +
               "\"/></attvalues></node>\n";
  out << "    </nodes>\n    <edges>\n";
  size_t i = 0;
  for (auto& e : g.edges)
    out << "      <edge id=\"e" + std::to_string(i++) + "\" source=\"" + e.source + "\" target=\"" +
               e.target + "\" label=\"" + xml(e.type) + "\" weight=\"" + std::to_string(e.count) +
               "\"><attvalues><attvalue for=\"type\" value=\"" + xml(e.type) +
               "\"/><attvalue for=\"count\" value=\"" + std::to_string(e.count) +
               "\"/><attvalue for=\"articles\" value=\"" + xml(join(e.articles, "|")) +
               "\"/><attvalue for=\"first_date\" value=\"" + xml(e.first_date) +
               "\"/><attvalue for=\"last_date\" value=\"" + xml(e.last_date) +
               "\"/></attvalues></edge>\n";
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

void export_csv(const store::Graph& g, store::Store& st, const std::string& dir) {
  if (dir.empty() || dir == "-") throw CliError("export --format csv needs --out DIRECTORY");
  if (::mkdir(dir.c_str(), 0777) != 0 && errno != EEXIST)
    throw CliError(dir + ": cannot create directory (" + std::strerror(errno) + ")");
  std::map<std::string, std::string> aliases;
  check(st.ForEachActor([&](const store::ActorDetail& d) {
    std::vector<std::string> names;
    for (auto& a : d.aliases) names.push_back(a.name);
    aliases[d.actor.id] = join(names, ";");
  }));
  const std::string nodes_path = dir + "/nodes.csv";
  const int nodes_fd = open_out(nodes_path);
  Output nodes(nodes_fd, nodes_path);
  nodes << "id:ID,name,type,articles:int,mentions:int,aliases:string[],:LABEL\n";
  for (auto& n : g.nodes)
    nodes << n.id + "," + csv(n.name) + "," + n.type + "," + std::to_string(n.articles) + "," +
                 std::to_string(n.mentions) + "," + csv(aliases[n.id]) + ",Actor;" + n.type + "\n";
  close_out(nodes, nodes_fd, nodes_path);
  const std::string edges_path = dir + "/edges.csv";
  const int edges_fd = open_out(edges_path);
  Output edges(edges_fd, edges_path);
  edges << ":START_ID,:END_ID,:TYPE,count:int,articles:string[],first_date,last_date\n";
  for (auto& e : g.edges)
    edges << e.source + "," + e.target + "," + csv(e.type) + "," + std::to_string(e.count) + "," +
                 csv(join(e.articles, ";")) + "," + csv(e.first_date) + "," + csv(e.last_date) +
                 "\n";
  close_out(edges, edges_fd, edges_path);
}

CommandRegistration export_cmd("export",
                               "Export the store: jsonl, graphml, gexf or csv (Neo4j import)",
                               [](CLI::App& app) -> RunFn {
                                 auto db = std::make_shared<std::string>("newsgraph.db");
                                 auto format = std::make_shared<std::string>();
                                 auto out_path = std::make_shared<std::string>();
                                 app.add_option("--db", *db, "store file")->capture_default_str();
                                 app.add_option("--format", *format, "jsonl, graphml, gexf or csv")
                                     ->required()
                                     ->check(CLI::IsMember({"jsonl", "graphml", "gexf", "csv"}));
                                 app.add_option(
                                     "--out", *out_path,
                                     "output file (csv: directory); default standard output");
                                 return [=]() {
                                   auto st = open_store(*db, true);
                                   if (*format == "jsonl") {
                                     const int fd = open_out(*out_path);
                                     Output out(fd, fd == 1 ? "" : *out_path);
                                     export_jsonl(*st, out);
                                     close_out(out, fd, *out_path);
                                     return 0;
                                   }
                                   store::Graph g;
                                   check(st->WholeGraph(&g));
                                   if (*format == "csv") {
                                     export_csv(g, *st, *out_path);
                                     return 0;
                                   }
                                   const int fd = open_out(*out_path);
                                   Output out(fd, fd == 1 ? "" : *out_path);
                                   if (*format == "graphml")
                                     export_graphml(g, out);
                                   else
                                     export_gexf(g, out);
                                   close_out(out, fd, *out_path);
                                   return 0;
                                 };
                               });

}  // namespace
}  // namespace newsgraph::cli
