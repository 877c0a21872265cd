#include "shard_codec.h"

#include <array>
#include <nlohmann/json.hpp>

namespace newsgraph::python {
namespace {

using nlohmann::json;
using store::ByteSpan;

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr int kShardVersion = 1;

std::string Base64(std::string_view in) {
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    uint32_t v =
        uint32_t(uint8_t(in[i])) << 16 | uint32_t(uint8_t(in[i + 1])) << 8 | uint8_t(in[i + 2]);
    for (int s = 18; s >= 0; s -= 6) out += kAlphabet[(v >> s) & 63];
  }
  if (size_t rest = in.size() - i; rest > 0) {
    uint32_t v =
        uint32_t(uint8_t(in[i])) << 16 | (rest == 2 ? uint32_t(uint8_t(in[i + 1])) << 8 : 0);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += rest == 2 ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

bool Unbase64(std::string_view in, std::string* out) {
  std::array<int, 256> value;
  value.fill(-1);
  for (int i = 0; i < 64; ++i) value[uint8_t(kAlphabet[i])] = i;
  if (in.size() % 4 != 0) return false;
  out->clear();
  out->reserve(in.size() / 4 * 3);
  for (size_t i = 0; i < in.size(); i += 4) {
    uint32_t v = 0;
    int pad = 0;
    for (size_t k = 0; k < 4; ++k) {
      char c = in[i + k];
      if (c == '=' && i + 4 == in.size() && k >= 2) {
        ++pad;
        v <<= 6;
        continue;
      }
      if (pad || value[uint8_t(c)] < 0) return false;
      v = v << 6 | uint32_t(value[uint8_t(c)]);
    }
    out->push_back(char(v >> 16));
    if (pad < 2) out->push_back(char(v >> 8 & 0xFF));
    if (pad < 1) out->push_back(char(v & 0xFF));
  }
  return true;
}

json Pair(ByteSpan s) { return json::array({s.start, s.end}); }
ByteSpan Pair(const json& j) { return {j.at(0).get<uint32_t>(), j.at(1).get<uint32_t>()}; }

json EncodeEntities(const std::vector<store::ExtractedEntity>& entities) {
  json out = json::array();
  for (const auto& e : entities) {
    json mentions = json::array();
    for (const auto& m : e.mentions) mentions.push_back({m.span.start, m.span.end, m.kind});
    out.push_back(
        {{"type", int(e.type)}, {"name", e.name}, {"mentions", mentions}, {"roles", e.roles}});
  }
  return out;
}

void DecodeEntities(const json& in, std::vector<store::ExtractedEntity>* out) {
  for (const json& j : in) {
    store::ExtractedEntity e;
    e.type = static_cast<EntityType>(j.at("type").get<int>());
    e.name = j.at("name").get<std::string>();
    for (const json& m : j.at("mentions"))
      e.mentions.push_back(
          {{m.at(0).get<uint32_t>(), m.at(1).get<uint32_t>()}, m.at(2).get<uint8_t>()});
    e.roles = j.at("roles").get<std::vector<std::string>>();
    out->push_back(std::move(e));
  }
}

}  // namespace

std::string EncodeShardLine(const store::ExtractedArticle& a) {
  json j;
  j["v"] = kShardVersion;
  j["meta"] = {{"id", a.meta.id},       {"source", a.meta.source}, {"url", a.meta.url},
               {"title", a.meta.title}, {"date", a.meta.date},     {"extra", a.meta.extra_json}};
  j["input"] = Base64(a.input);
  json repairs = json::array();
  for (const auto& r : a.repairs) repairs.push_back({Pair(r.input), r.text, r.rule});
  j["repairs"] = repairs;
  j["entities"] = EncodeEntities(a.entities);
  json quotes = json::array();
  for (const auto& q : a.quotes) {
    json row = {int(q.type), Pair(q.content), Pair(q.cue), Pair(q.speaker_mention),
                q.speaker,   q.text};
    if (!q.parts.empty()) {  // optional 7th element: the pieces of an interrupted statement
      json parts = json::array();
      for (const auto& p : q.parts) parts.push_back(Pair(p));
      row.push_back(std::move(parts));
    }
    quotes.push_back(std::move(row));
  }
  j["quotes"] = quotes;
  json relations = json::array();
  for (const auto& r : a.relations)
    relations.push_back({r.subject, r.type, r.object, Pair(r.evidence), r.from_gazetteer});
  j["relations"] = relations;
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

bool DecodeShardLine(std::string_view line, store::ExtractedArticle* a, std::string* error) {
  json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object() || j.value("v", 0) != kShardVersion) {
    *error = "not a shard line of version " + std::to_string(kShardVersion);
    return false;
  }
  try {
    *a = store::ExtractedArticle();
    const json& m = j.at("meta");
    a->meta = {m.at("id"), m.at("source"), m.at("url"), m.at("title"), m.at("date"), m.at("extra")};
    if (!Unbase64(j.at("input").get<std::string>(), &a->input)) {
      *error = "bad base64 input";
      return false;
    }
    for (const json& r : j.at("repairs")) a->repairs.push_back({Pair(r.at(0)), r.at(1), r.at(2)});
    DecodeEntities(j.at("entities"), &a->entities);
    for (const json& q : j.at("quotes")) {
      a->quotes.push_back({static_cast<QuoteType>(q.at(0).get<int>()),
                           Pair(q.at(1)),
                           Pair(q.at(2)),
                           Pair(q.at(3)),
                           q.at(4).get<int32_t>(),
                           q.at(5).get<std::string>(),
                           {}});
      if (q.size() > 6)
        for (const json& p : q.at(6)) a->quotes.back().parts.push_back(Pair(p));
    }
    for (const json& r : j.at("relations"))
      a->relations.push_back({r.at(0).get<int32_t>(), r.at(1).get<std::string>(),
                              r.at(2).get<int32_t>(), Pair(r.at(3)), r.at(4).get<bool>()});
  } catch (const json::exception& e) {
    *error = std::string("malformed shard line: ") + e.what();
    return false;
  }
  return true;
}

}  // namespace newsgraph::python
