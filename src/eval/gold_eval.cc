#include "eval/gold_eval.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

namespace newsgraph {

namespace {

using nlohmann::json;

// Lower-cased word tokens: runs of ASCII letters/digits and non-ASCII bytes, except the
// typographic punctuation U+2018..U+201F, U+2013/2014 and U+2026.
std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool word_byte = std::isalnum(c) || c >= 0x80;
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      unsigned char c2 = static_cast<unsigned char>(s[i + 2]);
      if ((c2 >= 0x90 && c2 <= 0x9F) || c2 == 0xA6) {
        if (!cur.empty()) out.push_back(std::move(cur));
        cur.clear();
        i += 2;
        continue;
      }
    }
    if (word_byte) {
      cur += static_cast<char>(std::tolower(c));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::string normalise_name(std::string_view s) {
  std::string out;
  for (const std::string& w : words(s)) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  // "the Taliban" and "Taliban" are one name.
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

std::string span_text(std::string_view text, const json& span) {
  if (!span.is_array() || span.size() != 2) throw std::runtime_error("span is not [start, end]");
  size_t b = span[0].get<size_t>(), e = span[1].get<size_t>();
  if (b > e || e > text.size())
    throw std::runtime_error("span [" + std::to_string(b) + ", " + std::to_string(e) +
                             ") is outside the article (" + std::to_string(text.size()) +
                             " bytes)");
  return std::string(text.substr(b, e - b));
}

// Names a predicted entity goes by: its name and the text of each of its name mentions.
std::set<std::string> predicted_names(const Document& doc, const Entity& e) {
  std::set<std::string> names{normalise_name(e.name)};
  for (uint32_t m : e.mentions)
    if (doc.mentions[m].kind == MentionKind::kName)
      names.insert(normalise_name(doc.slice(doc.mentions[m].span)));
  names.erase("");
  return names;
}

std::set<std::string> gold_names(const GoldEntity& g) {
  std::set<std::string> names{normalise_name(g.name)};
  for (const std::string& a : g.aliases) names.insert(normalise_name(a));
  names.erase("");
  return names;
}

bool intersects(const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const std::string& x : a)
    if (b.count(x)) return true;
  return false;
}

bool scored_type(EntityType t) {
  return t == EntityType::kPerson || t == EntityType::kOrg || t == EntityType::kGpe ||
         t == EntityType::kLoc || t == EntityType::kNorp;
}

bool symmetric(std::string_view type) {
  return type == "spouse_of" || type == "relative_of" || type == "met_with";
}

// The gold files annotate the facts an article states (tests/gold/README.md), with the types
// their guidelines define; `accuses` is annotated as `opposes`. A predicted relation of another
// type (met_with, successor_of, appointed_by, nominated_by: added after the gold was written)
// is left unscored, and counted as such.
bool scored_type(std::string_view type) {
  for (std::string_view t :
       {"leader_of", "member_of", "employee_of", "spokesperson_of", "deputy_of", "ambassador_to",
        "child_of", "spouse_of", "relative_of", "located_in", "part_of", "citizen_of", "supports",
        "opposes", "honors", "accuses", "adviser_to", "lawyer_of"})
    if (type == t) return true;
  return false;
}

bool type_matches(std::string_view predicted, std::string_view gold) {
  return predicted == gold || (predicted == "accuses" && gold == "opposes");
}

}  // namespace

void GoldScore::add(const GoldScore& o) {
  gold_entities += o.gold_entities;
  predicted_entities += o.predicted_entities;
  matched_entities += o.matched_entities;
  gold_roles += o.gold_roles;
  found_roles += o.found_roles;
  gold_quotes += o.gold_quotes;
  predicted_quotes += o.predicted_quotes;
  matched_quotes += o.matched_quotes;
  matched_by_part += o.matched_by_part;
  right_speaker += o.right_speaker;
  gold_relations += o.gold_relations;
  predicted_relations += o.predicted_relations;
  unscored_relations += o.unscored_relations;
  matched_relations += o.matched_relations;
  misses.insert(misses.end(), o.misses.begin(), o.misses.end());
}

double token_jaccard(std::string_view a, std::string_view b) {
  std::vector<std::string> wa = words(a), wb = words(b);
  std::set<std::string> sa(wa.begin(), wa.end()), sb(wb.begin(), wb.end());
  if (sa.empty() && sb.empty()) return 1.0;
  size_t inter = 0;
  for (const std::string& w : sa) inter += sb.count(w);
  return double(inter) / double(sa.size() + sb.size() - inter);
}

std::string gold_article_text(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i)
    if (!(raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n')) out += raw[i];
  return out;
}

std::string gold_article_path(std::string_view text) {
  json j = json::parse(text);
  return j.value("article", std::string());
}

std::string gold_text_at(const std::string& path, std::string_view gold_json) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  if (!path.ends_with(".jsonl"))
    return gold_article_text(
        std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
  const std::string id = json::parse(gold_json).value("corpus_id", std::string());
  if (id.empty()) throw std::runtime_error("gold file names a corpus but no corpus_id");
  const std::string needle = json(id).dump();  // the id as it is quoted in the corpus
  std::string line;
  for (size_t no = 1; std::getline(in, line); ++no) {
    if (line.find(needle) == std::string::npos) continue;
    json rec = json::parse(line, nullptr, false);
    if (rec.is_discarded())
      throw std::runtime_error(path + ":" + std::to_string(no) + ": bad JSON");
    if (rec.value("id", std::string()) == id) return rec.at("text").get<std::string>();
  }
  throw std::runtime_error(path + ": no record with id " + id);
}

GoldArticle parse_gold(std::string_view json_text, std::string_view text) {
  json j = json::parse(json_text);
  GoldArticle g;
  g.article = j.value("article", std::string());
  const json& ents = j.at("entities");
  for (const json& e : ents) {
    GoldEntity ge;
    ge.type = e.at("type").get<std::string>();
    if (e.contains("name")) {
      ge.name = e.at("name").get<std::string>();
      for (const json& a : e.value("aliases", json::array())) ge.aliases.push_back(a);
      for (const json& r : e.value("roles", json::array())) ge.roles.push_back(r);
    } else {
      ge.name = span_text(text, e.at("name_span"));
      for (const json& a : e.value("alias_spans", json::array()))
        ge.aliases.push_back(span_text(text, a));
      for (const json& r : e.value("role_spans", json::array()))
        ge.roles.push_back(span_text(text, r));
    }
    g.entities.push_back(std::move(ge));
  }
  auto entity_index = [&](const json& v) -> int32_t {
    if (v.is_number_integer()) {
      int64_t i = v.get<int64_t>();
      if (i < 0 || i >= static_cast<int64_t>(g.entities.size()))
        throw std::runtime_error("entity index " + std::to_string(i) + " out of range");
      return static_cast<int32_t>(i);
    }
    if (v.is_string()) {
      std::string n = normalise_name(v.get<std::string>());
      for (size_t i = 0; i < g.entities.size(); ++i)
        if (gold_names(g.entities[i]).count(n)) return static_cast<int32_t>(i);
    }
    return -1;
  };
  for (const json& q : j.value("quotes", json::array())) {
    GoldQuote gq;
    gq.type = q.value("type", std::string("direct"));
    if (q.contains("text")) {
      gq.text = q.at("text").get<std::string>();
    } else {
      gq.text = span_text(text, q.at("span"));
    }
    const json speaker = q.value("speaker", json());
    gq.speaker_entity = speaker.is_null() ? -1 : entity_index(speaker);
    if (gq.speaker_entity >= 0) {
      gq.speaker = g.entities[static_cast<size_t>(gq.speaker_entity)].name;
    } else if (speaker.is_string()) {
      gq.speaker = speaker.get<std::string>();
    } else if (q.contains("speaker_span") && !q.at("speaker_span").is_null()) {
      gq.speaker = span_text(text, q.at("speaker_span"));
    }
    g.quotes.push_back(std::move(gq));
  }
  for (const json& r : j.value("relations", json::array())) {
    GoldRelation gr;
    if (r.is_array()) {
      gr.subject = entity_index(r.at(0));
      gr.type = r.at(1).get<std::string>();
      gr.object = entity_index(r.at(2));
    } else {
      gr.subject = entity_index(r.at("subject"));
      gr.type = r.at("type").get<std::string>();
      gr.object = entity_index(r.at("object"));
    }
    g.relations.push_back(gr);
  }
  return g;
}

namespace {

// How predicted entities and gold entities were paired (-1: unpaired), and each scored
// predicted entity's names.
struct EntityMatch {
  std::vector<int32_t> pred_to_gold;
  std::vector<int32_t> gold_to_pred;
  std::vector<std::set<std::string>> pnames;
};

// Entities one-to-one, exact name first, then any name or alias in common; and their roles.
EntityMatch score_entities(const Document& doc, const GoldArticle& gold, GoldScore& s) {
  EntityMatch m;
  std::vector<int32_t>& pred_to_gold = m.pred_to_gold;
  std::vector<int32_t>& gold_to_pred = m.gold_to_pred;
  std::vector<std::set<std::string>>& pnames = m.pnames;
  pred_to_gold.assign(doc.entities.size(), -1);
  gold_to_pred.assign(gold.entities.size(), -1);
  pnames.resize(doc.entities.size());
  for (size_t p = 0; p < doc.entities.size(); ++p) {
    if (!scored_type(doc.entities[p].type)) continue;
    ++s.predicted_entities;
    pnames[p] = predicted_names(doc, doc.entities[p]);
  }
  s.gold_entities = static_cast<int>(gold.entities.size());
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t g = 0; g < gold.entities.size(); ++g) {
      if (gold_to_pred[g] >= 0) continue;
      std::set<std::string> gn = gold_names(gold.entities[g]);
      std::string gname = normalise_name(gold.entities[g].name);
      for (size_t p = 0; p < doc.entities.size(); ++p) {
        if (pred_to_gold[p] >= 0 || !scored_type(doc.entities[p].type)) continue;
        if (entity_type_name(doc.entities[p].type) != gold.entities[g].type) continue;
        bool ok =
            pass == 0 ? normalise_name(doc.entities[p].name) == gname : intersects(gn, pnames[p]);
        if (!ok) continue;
        pred_to_gold[p] = static_cast<int32_t>(g);
        gold_to_pred[g] = static_cast<int32_t>(p);
        ++s.matched_entities;
        break;
      }
    }
  }
  for (size_t g = 0; g < gold.entities.size(); ++g) {
    const GoldEntity& ge = gold.entities[g];
    if (gold_to_pred[g] < 0) s.misses.push_back("entity not found: " + ge.type + " " + ge.name);
    for (const std::string& role : ge.roles) {
      ++s.gold_roles;
      bool found = false;
      if (gold_to_pred[g] >= 0)
        for (const std::string& pr : doc.entities[static_cast<size_t>(gold_to_pred[g])].roles)
          found |= token_jaccard(pr, role) >= 0.5;
      if (found)
        ++s.found_roles;
      else
        s.misses.push_back("role not found: " + ge.name + ": " + role);
    }
  }
  for (size_t p = 0; p < doc.entities.size(); ++p)
    if (scored_type(doc.entities[p].type) && pred_to_gold[p] < 0)
      s.misses.push_back(std::string("extra entity: ") + entity_type_name(doc.entities[p].type) +
                         " " + doc.entities[p].name);
  return m;
}

// The source a quote is attributed to, as the text words it (the entity's name when the
// mention is empty), and its cue; "none" for either that is missing.
std::string source_and_cue(const Document& doc, const Quote& q) {
  std::string source(doc.slice(q.speaker_mention));
  if (source.empty() && q.speaker >= 0) source = doc.entities[static_cast<size_t>(q.speaker)].name;
  std::string cue(doc.slice(q.cue));
  return "source: " + (source.empty() ? "none" : source) + ", cue: " + (cue.empty() ? "none" : cue);
}

// Predicted quotes that matched no gold quote: the false statements, with what was taken as
// their source and cue.
void list_extra_quotes(const Document& doc, const std::vector<bool>& used, GoldScore& s) {
  for (size_t p = 0; p < doc.quotes.size(); ++p)
    if (!used[p])
      s.misses.push_back("extra quote (" + source_and_cue(doc, doc.quotes[p]) +
                         "): " + doc.quote_text(doc.quotes[p]).substr(0, 70));
}

// What a gold quote may match: a predicted quote's whole text, or one piece of a quote given in
// `parts` (the gold files give each stretch between quotation marks its own quote, where
// CONTRACT.md joins a statement its attribution interrupts, `"A," X said. "B."`).
struct QuoteUnit {
  size_t quote;
  int part;  // -1: the whole quote
  std::string text;
};

std::vector<QuoteUnit> quote_units(const Document& doc) {
  std::vector<QuoteUnit> units;
  for (size_t p = 0; p < doc.quotes.size(); ++p) {
    const Quote& q = doc.quotes[p];
    units.push_back({p, -1, doc.quote_text(q)});
    if (q.parts.size() < 2) continue;
    for (size_t k = 0; k < q.parts.size(); ++k)
      units.push_back({p, static_cast<int>(k), std::string(doc.slice(q.parts[k]))});
  }
  return units;
}

// Whether the predicted quote pq names the gold quote's source.
bool right_speaker_of(const Document& doc, const GoldArticle& gold, const EntityMatch& m,
                      const GoldQuote& gq, const Quote& pq) {
  const std::vector<std::set<std::string>>& pnames = m.pnames;
  if (gq.speaker_entity >= 0)
    return pq.speaker >= 0 &&
           intersects(gold_names(gold.entities[static_cast<size_t>(gq.speaker_entity)]),
                      pnames[static_cast<size_t>(pq.speaker)].empty()
                          ? predicted_names(doc, doc.entities[static_cast<size_t>(pq.speaker)])
                          : pnames[static_cast<size_t>(pq.speaker)]);
  if (!gq.speaker.empty())  // an unnamed source: no entity, and the mention names the same source
    return pq.speaker < 0 && !pq.speaker_mention.empty() &&
           token_jaccard(doc.slice(pq.speaker_mention), gq.speaker) > 0.0;
  return pq.speaker < 0 && pq.speaker_mention.empty();
}

// Quotes one-to-one by best token Jaccard >= 0.5, each gold quote against a whole predicted
// quote or one of its parts (a quote matched whole gives none of its parts, and a part matched
// leaves the others free but not the whole); the speaker through the entity match.
void score_quotes(const Document& doc, const GoldArticle& gold, const EntityMatch& m,
                  GoldScore& s) {
  s.gold_quotes = static_cast<int>(gold.quotes.size());
  s.predicted_quotes = static_cast<int>(doc.quotes.size());
  const std::vector<QuoteUnit> units = quote_units(doc);
  std::vector<bool> unit_used(units.size(), false);
  std::vector<bool> whole_used(doc.quotes.size(), false), part_used(doc.quotes.size(), false);
  for (const GoldQuote& gq : gold.quotes) {
    int best = -1;
    double best_j = 0.5;
    for (size_t u = 0; u < units.size(); ++u) {
      const QuoteUnit& unit = units[u];
      if (unit_used[u] || whole_used[unit.quote]) continue;
      if (unit.part < 0 && part_used[unit.quote]) continue;
      double jac = token_jaccard(unit.text, gq.text);
      if (jac >= best_j) {
        best_j = jac;
        best = static_cast<int>(u);
      }
    }
    if (best < 0) {
      s.misses.push_back("quote not found: " + gq.text.substr(0, 70));
      continue;
    }
    const QuoteUnit& unit = units[static_cast<size_t>(best)];
    unit_used[static_cast<size_t>(best)] = true;
    (unit.part < 0 ? whole_used : part_used)[unit.quote] = true;
    ++s.matched_quotes;
    if (unit.part >= 0) ++s.matched_by_part;
    const Quote& pq = doc.quotes[unit.quote];
    if (right_speaker_of(doc, gold, m, gq, pq)) {
      ++s.right_speaker;
    } else {
      std::string said = pq.speaker >= 0 ? doc.entities[static_cast<size_t>(pq.speaker)].name
                                         : std::string(doc.slice(pq.speaker_mention));
      s.misses.push_back("wrong speaker (" + said + " instead of " + gq.speaker +
                         "): " + gq.text.substr(0, 50));
    }
  }
  std::vector<bool> used(doc.quotes.size());
  for (size_t p = 0; p < used.size(); ++p) used[p] = whole_used[p] || part_used[p];
  list_extra_quotes(doc, used, s);
}

// Relations through the entity match; symmetric types match in either direction.
void score_relations(const Document& doc, const GoldArticle& gold, const EntityMatch& m,
                     GoldScore& s) {
  const std::vector<int32_t>& pred_to_gold = m.pred_to_gold;
  s.gold_relations = static_cast<int>(gold.relations.size());
  std::vector<bool> gold_used(gold.relations.size(), false);
  for (const Relation& r : doc.relations) {
    if (!scored_type(r.type)) {
      ++s.unscored_relations;
      s.misses.push_back("unscored relation: " + doc.entities[static_cast<size_t>(r.subject)].name +
                         " " + r.type + " " + doc.entities[static_cast<size_t>(r.object)].name);
      continue;
    }
    ++s.predicted_relations;
    int32_t gs = pred_to_gold[static_cast<size_t>(r.subject)];
    int32_t go = pred_to_gold[static_cast<size_t>(r.object)];
    bool matched = false;
    for (size_t g = 0; g < gold.relations.size() && !matched; ++g) {
      const GoldRelation& gr = gold.relations[g];
      if (gold_used[g] || !type_matches(r.type, gr.type)) continue;
      bool same = gr.subject == gs && gr.object == go;
      bool swapped = symmetric(r.type) && gr.subject == go && gr.object == gs;
      if ((same || swapped) && gs >= 0 && go >= 0) {
        gold_used[g] = true;
        matched = true;
      }
    }
    if (matched)
      ++s.matched_relations;
    else
      s.misses.push_back("extra relation: " + doc.entities[static_cast<size_t>(r.subject)].name +
                         " " + r.type + " " + doc.entities[static_cast<size_t>(r.object)].name);
  }
  for (size_t g = 0; g < gold.relations.size(); ++g) {
    if (gold_used[g]) continue;
    const GoldRelation& gr = gold.relations[g];
    auto name = [&](int32_t i) {
      return i >= 0 ? gold.entities[static_cast<size_t>(i)].name : std::string("?");
    };
    s.misses.push_back("relation not found: " + name(gr.subject) + " " + gr.type + " " +
                       name(gr.object));
  }
}

}  // namespace

GoldScore score_gold(const Document& doc, const GoldArticle& gold) {
  GoldScore s;
  const EntityMatch m = score_entities(doc, gold, s);
  score_quotes(doc, gold, m, s);
  score_relations(doc, gold, m, s);
  return s;
}

}  // namespace newsgraph
