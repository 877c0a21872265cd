#include "serve/api.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <unordered_map>

#include "serve/params.h"
#include "store/to_json.h"
#include "util/utf8.h"

namespace newsgraph::serve {
namespace {

using nlohmann::json;
using store::Status;

// The first value of a parameter, "" when absent.
std::string param(const Params& params, const std::string& key) {
  auto it = params.find(key);
  return it == params.end() ? std::string() : it->second;
}

// A failed store call as an answer. The store's own message names the file on disk, which a
// client has no business seeing: it goes to stderr, the client gets `what` ("actor a17").
ApiResponse from_status(const Status& st, const std::string& what) {
  if (st.IsNotFound()) return Error(404, "unknown " + what);
  if (st.code() == Status::Code::kInvalidArgument) return Error(400, "bad " + what);
  std::fprintf(stderr, "newsgraph serve: %s\n", st.message().c_str());
  return Error(500, "store error reading " + what);
}

// An id in the URL path: valid, bounded text, else 404 (no such thing can exist).
bool check_id(const std::string& what, const std::string& id, ApiResponse* error) {
  std::string why;
  if (id.empty() || !check_text(what, id, kMaxIdBytes, &why)) {
    *error = Error(404, "unknown " + what);
    return false;
  }
  return true;
}

json counts_json(const std::vector<ActorCount>& rows, const char* count_name) {
  json out = json::array();
  for (const ActorCount& r : rows)
    out.push_back({{"id", r.id}, {"name", r.name}, {"type", r.type}, {count_name, r.count}});
  return out;
}

json periods_json(const std::vector<PeriodCount>& rows) {
  json out = json::array();
  for (const PeriodCount& r : rows) out.push_back({{"period", r.period}, {"count", r.count}});
  return out;
}

}  // namespace

ApiResponse Error(int status, const std::string& message) {
  return {status, json{{"error", message}}};
}

ApiResponse ListActors(Reader& reader, const Params& params) {
  const std::string q = param(params, "q"), type = param(params, "type");
  std::string why;
  int64_t limit = 0;
  if (!check_text("q", q, kMaxQueryBytes, &why) || !check_text("type", type, 16, &why) ||
      !parse_bounded_int("limit", param(params, "limit"), 1, 100, 20, &limit, &why))
    return Error(400, why);
  std::vector<store::ActorSummary> actors;
  Status st = reader.store->FindActors(q, type, static_cast<int>(limit), &actors);
  if (!st.ok()) return from_status(st, "actor search");
  json list = json::array();
  for (const auto& a : actors) list.push_back(store::ToJson(a));
  return {200, json{{"actors", std::move(list)}}};
}

ApiResponse GetActor(Reader& reader, const std::string& id, const Params& params,
                     bool edits_allowed) {
  ApiResponse error;
  if (!check_id("actor", id, &error)) return error;
  if (ActorNumber(id) < 0) return Error(404, "unknown actor " + id);
  std::string why;
  int64_t limit = 0;
  if (!parse_bounded_int("limit", param(params, "limit"), 1, 500, 100, &limit, &why))
    return Error(400, why);
  store::ActorDetail d;
  Status st = reader.store->GetActor(id, static_cast<int>(limit), &d);
  if (!st.ok()) return from_status(st, "actor " + id);
  if (d.actor.id != id) return Error(404, "unknown actor " + id);
  // The store's shape (whose "articles" is the list of articles), plus the article count.
  json out = store::ToJson(d);
  out["article_count"] = d.actor.articles;

  std::vector<ActorCount> co;
  std::vector<PeriodCount> periods;
  std::vector<store::LinkReason> reasons;
  if (!(st = reader.corpus.CoOccurring(id, 20, &co)).ok() ||
      !(st = reader.corpus.ArticlesOverTime(id, &periods)).ok() ||
      !(st = reader.store->Explain(id, &reasons)).ok())
    return from_status(st, "actor " + id);
  out["cooccurring"] = counts_json(co, "articles");
  out["over_time"] = periods_json(periods);
  json& merged = out["why_merged"] = json::array();
  for (const auto& r : reasons) {
    if (merged.size() >= static_cast<size_t>(limit)) break;
    merged.push_back({{"article", r.article},
                      {"name", r.name},
                      {"rule", r.rule},
                      {"score", r.score},
                      {"evidence", r.evidence}});
  }
  out["edits"] = edits_allowed;
  return {200, std::move(out)};
}

ApiResponse GetGraph(Reader& reader, const Params& params) {
  const std::string actor = param(params, "actor"), types = param(params, "types");
  const std::string from = param(params, "from"), to = param(params, "to");
  std::string why;
  int64_t depth = 0, limit = 0;
  if (actor.empty()) return Error(400, "actor: required");
  if (!check_text("actor", actor, kMaxIdBytes, &why) ||
      !parse_bounded_int("depth", param(params, "depth"), 1, 3, 1, &depth, &why) ||
      !parse_bounded_int("limit", param(params, "limit"), 1, 500, 150, &limit, &why) ||
      !check_type_list("types", types, &why) || !check_date("from", from, &why) ||
      !check_date("to", to, &why))
    return Error(400, why);
  if (ActorNumber(actor) < 0) return Error(404, "unknown actor " + actor);
  store::Graph g;
  Status st =
      reader.store->Neighbourhood(actor, static_cast<int>(depth), static_cast<int>(limit), &g);
  if (!st.ok()) return from_status(st, "actor " + actor);
  std::set<std::string> wanted;
  for (size_t i = 0; i < types.size();) {
    size_t comma = std::min(types.find(',', i), types.size());
    wanted.insert(types.substr(i, comma - i));
    i = comma + 1;
  }
  // An edge is shown when its type is wanted and its dates overlap [from, to]; "to" as a
  // prefix bound ("2016" includes every date in 2016).
  const std::string to_bound = to.empty() ? std::string() : to + "\x7f";
  std::set<std::string> touched{actor};
  json edges = json::array();
  for (const auto& e : g.edges) {
    if (!wanted.empty() && !wanted.count(e.type)) continue;
    if (!from.empty() && !e.last_date.empty() && e.last_date < from) continue;
    if (!to.empty() && !e.first_date.empty() && e.first_date > to_bound) continue;
    touched.insert(e.source);
    touched.insert(e.target);
    edges.push_back(store::ToJson(e));
  }
  json nodes = json::array();
  for (const auto& n : g.nodes)
    if (touched.count(n.id)) nodes.push_back(store::ToJson(n));
  return {200, json{{"actor", actor}, {"nodes", std::move(nodes)}, {"edges", std::move(edges)}}};
}

namespace {

// UTF-16 code-unit offset of every byte offset of `text` (what JavaScript string indices
// count), so the page can slice the repaired text without decoding UTF-8 itself.
std::vector<uint32_t> utf16_offsets(const std::string& text) {
  std::vector<uint32_t> at(text.size() + 1, 0);
  uint32_t units = 0;
  for (size_t i = 0; i < text.size();) {
    size_t len = 1;
    const char32_t cp = utf8::decode_at(text, i, &len);
    for (size_t k = 0; k < len; ++k) at[i + k] = units;
    units += cp >= 0x10000 && !utf8::is_invalid_escape(cp) ? 2 : 1;
    i += len;
  }
  at[text.size()] = units;
  return at;
}

json spans_json(const std::vector<store::SpanView>& spans, const std::vector<uint32_t>& at,
                const std::unordered_map<std::string, std::string>& names) {
  json out = json::array();
  const uint32_t n = static_cast<uint32_t>(at.size() - 1);
  for (const auto& s : spans) {
    json j = {{"start", s.input.start},
              {"end", s.input.end},
              {"text_start", at[std::min(s.text.start, n)]},
              {"text_end", at[std::min(s.text.end, n)]},
              {"label", s.label}};
    if (!s.actor.empty()) {
      j["actor"] = s.actor;
      auto it = names.find(s.actor);
      if (it != names.end()) j["actor_name"] = it->second;
    }
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace

ApiResponse GetArticle(Reader& reader, const std::string& id) {
  ApiResponse error;
  if (!check_id("article", id, &error)) return error;
  store::ArticleView v;
  Status st = reader.store->GetArticle(id, &v);
  if (!st.ok()) return from_status(st, "article " + id);
  const std::vector<uint32_t> at = utf16_offsets(v.text);
  // Names for the actors the article links: the longest mention text of each.
  std::unordered_map<std::string, std::string> names;
  for (const auto& m : v.mentions) {
    if (m.actor.empty() || m.text.end > v.text.size() || m.text.empty()) continue;
    std::string text = v.text.substr(m.text.start, m.text.end - m.text.start);
    std::string& best = names[m.actor];
    if (text.size() > best.size()) best = std::move(text);
  }
  json repairs = spans_json(v.repairs, at, names);
  for (size_t i = 0; i < v.repairs.size(); ++i) {
    const auto& r = v.repairs[i].input;
    if (r.end <= v.input.size() && r.start <= r.end)
      repairs[i]["original"] = v.input.substr(r.start, r.end - r.start);
  }
  json relations = json::array();
  for (const auto& r : v.relations) relations.push_back(store::ToJson(r));
  json out = {{"id", v.meta.id},
              {"title", v.meta.title},
              {"date", v.meta.date},
              {"source", v.meta.source},
              {"url", v.meta.url},
              {"dup_of", v.dup_of.empty() ? json(nullptr) : json(v.dup_of)},
              {"text", v.text},
              {"mentions", spans_json(v.mentions, at, names)},
              {"quotes", spans_json(v.quotes, at, names)},
              {"repairs", std::move(repairs)},
              {"relations", std::move(relations)}};
  return {200, std::move(out)};
}

ApiResponse GetStats(Reader& reader) {
  store::StoreStats s;
  std::vector<store::ActorSummary> top;
  std::vector<ActorCount> speakers;
  std::vector<PeriodCount> periods;
  Status st;
  if (!(st = reader.store->Stats(&s)).ok() ||
      !(st = reader.store->FindActors("", "", 15, &top)).ok() ||
      !(st = reader.corpus.TopSpeakers(15, &speakers)).ok() ||
      !(st = reader.corpus.ArticlesOverTime("", &periods)).ok())
    return from_status(st, "corpus statistics");
  json most = json::array();
  for (const auto& a : top) most.push_back(store::ToJson(a));
  return {200, json{{"articles", s.articles},
                    {"duplicates", s.duplicates},
                    {"actors", s.actors},
                    {"mentions", s.mentions},
                    {"quotes", s.quotes},
                    {"relations", s.relations},
                    {"judgements", s.judgements},
                    {"most_mentioned", std::move(most)},
                    {"most_quoted", counts_json(speakers, "quotes")},
                    {"over_time", periods_json(periods)}}};
}

ApiResponse EditActor(store::Store& store, const std::string& id, const std::string& action,
                      const Params& params) {
  ApiResponse error;
  if (!check_id("actor", id, &error)) return error;
  if (ActorNumber(id) < 0) return Error(404, "unknown actor " + id);
  std::string why;
  Status st;
  if (action == "merge") {
    const std::string other = param(params, "other");
    if (ActorNumber(other) < 0) return Error(400, "other: must be an actor id (a<N>)");
    if (other == id) return Error(400, "other: cannot merge an actor with itself");
    st = store.Merge(id, other);
  } else {
    const std::string article = param(params, "article");
    if (article.empty() || !check_text("article", article, kMaxIdBytes, &why))
      return Error(400, why.empty() ? "article: required" : why);
    st = store.Split(id, article);
  }
  if (!st.ok()) return from_status(st, action + " of actor " + id);
  return {200, json{{"ok", true}, {"actor", id}, {"action", action}}};
}

}  // namespace newsgraph::serve
