#include "store/to_json.h"

namespace newsgraph::store {

using nlohmann::json;

json ToJson(const ActorSummary& a) {
  return {{"id", a.id},
          {"name", a.name},
          {"type", a.type},
          {"articles", a.articles},
          {"mentions", a.mentions}};
}

json ToJson(const QuoteRow& q) {
  json j = {{"article", q.article},
            {"start", q.span.start},
            {"end", q.span.end},
            {"text", q.text},
            {"type", q.type},
            {"speaker", q.speaker.empty() ? json(nullptr) : json(q.speaker)},
            {"speaker_name", q.speaker_name},
            {"cue", q.cue},
            {"copies", q.copies}};
  if (!q.date.empty()) j["date"] = q.date;
  if (!q.parts.empty()) j["parts"] = PartsJson(q);
  return j;
}

json PartsJson(const QuoteRow& q) {
  json parts = json::array();
  for (const QuotePart& p : q.parts)
    parts.push_back({{"start", p.span.start}, {"end", p.span.end}, {"text", p.text}});
  return parts;
}

json ToJson(const RelationRow& r) {
  json j = {{"subject", r.subject.empty() ? json(nullptr) : json(r.subject)},
            {"subject_name", r.subject_name},
            {"type", r.type},
            {"object", r.object.empty() ? json(nullptr) : json(r.object)},
            {"object_name", r.object_name},
            {"article", r.article},
            {"evidence",
             {{"start", r.evidence.start}, {"end", r.evidence.end}, {"text", r.evidence_text}}}};
  if (!r.date.empty()) j["date"] = r.date;
  return j;
}

json ToJson(const ActorDetail& d) {
  json j = ToJson(d.actor);
  j["aliases"] = json::array();
  for (const NameCount& n : d.aliases)
    j["aliases"].push_back({{"name", n.name}, {"count", n.count}});
  j["roles"] = json::array();
  for (const RoleFact& r : d.roles)
    j["roles"].push_back({{"role", r.role}, {"article", r.article}, {"date", r.date}});
  j["quotes"] = json::array();
  for (const QuoteRow& q : d.quotes_by) j["quotes"].push_back(ToJson(q));
  j["quotes_about"] = json::array();
  for (const QuoteRow& q : d.quotes_about) j["quotes_about"].push_back(ToJson(q));
  j["relations"] = json::array();
  for (const RelationRow& r : d.relations) j["relations"].push_back(ToJson(r));
  j["articles"] = json::array();
  for (const ArticleRef& a : d.articles)
    j["articles"].push_back(
        {{"id", a.id}, {"title", a.title}, {"date", a.date}, {"source", a.source}});
  return j;
}

json ToJson(const GraphEdge& e) {
  return {
      {"source", e.source},         {"target", e.target},      {"type", e.type},
      {"count", e.count},           {"articles", e.articles},  {"article_count", e.article_count},
      {"first_date", e.first_date}, {"last_date", e.last_date}};
}

json ToJson(const Graph& g) {
  json j = {{"nodes", json::array()}, {"edges", json::array()}};
  for (const ActorSummary& n : g.nodes) j["nodes"].push_back(ToJson(n));
  for (const GraphEdge& e : g.edges) j["edges"].push_back(ToJson(e));
  return j;
}

json ToJson(const ArticleView& a) {
  auto spans = [](const std::vector<SpanView>& v, const char* label) {
    json arr = json::array();
    for (const SpanView& s : v) {
      json o = {{"start", s.input.start},
                {"end", s.input.end},
                {"text_start", s.text.start},
                {"text_end", s.text.end},
                {label, s.label}};
      if (!s.actor.empty()) o["actor"] = s.actor;
      arr.push_back(std::move(o));
    }
    return arr;
  };
  json j = {{"id", a.meta.id},
            {"title", a.meta.title},
            {"date", a.meta.date},
            {"source", a.meta.source},
            {"url", a.meta.url},
            {"text", a.text},
            {"mentions", spans(a.mentions, "type")},
            {"quotes", spans(a.quotes, "type")},
            {"repairs", spans(a.repairs, "rule")}};
  j["dup_of"] = a.dup_of.empty() ? json(nullptr) : json(a.dup_of);
  j["relations"] = json::array();
  for (const RelationRow& r : a.relations) j["relations"].push_back(ToJson(r));
  return j;
}

json ToJson(const LinkReason& r) {
  return {{"article", r.article},
          {"name", r.name},
          {"rule", r.rule},
          {"score", r.score},
          {"evidence", r.evidence}};
}

}  // namespace newsgraph::store
