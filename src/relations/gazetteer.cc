// Relations known from built-in gazetteers rather than stated by a sentence (their evidence is
// empty and from_gazetteer set): capitals part_of their countries, heads of state and of
// government leader_of theirs.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "relations/extractor.h"
#include "util/lexicon.h"
#include "util/role_words.h"

namespace newsgraph {
namespace {

// Lower-case, periods dropped, spaces collapsed: "George W. Bush" -> "george w bush".
std::string name_key(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '.') continue;
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

struct Leader {
  std::string name;     // name_key form
  std::string surname;  // its last word
  std::string offices;  // "president", "prime minister", ... comma-separated
  std::string country;  // as place-aliases.tsv names it
};

const std::vector<Leader>& leaders() {
  static const std::vector<Leader> list = [] {
    static const util::Lexicon lines(
#include "lexicon/heads-of-government.tsv.inc"
    );
    std::vector<Leader> out;
    for (const auto& [name, value] : lines.entries()) {
      Leader l{name_key(name), "", std::string(util::Lexicon::field(value, 0)),
               std::string(util::Lexicon::field(value, 1))};
      l.surname = l.name.substr(l.name.rfind(' ') + 1);
      out.push_back(std::move(l));
    }
    return out;
  }();
  return list;
}

// Whether a person's role is the bare title of `office` ("President", "prime minister", "PM",
// "Premier"): not "former president", "vice president" or "U.S. President" (which names its
// country itself).
bool bare_title_of(std::string_view role, std::string_view office) {
  const std::string r = name_key(role);
  if (r == office) return true;
  const bool head_of_government = office == "prime minister" || office == "premier";
  return head_of_government && (r == "prime minister" || r == "premier" || r == "pm");
}

// The canonical lower-case name of a place ("US", "U.S.", "America" -> "united states").
std::string place_key(std::string_view name) {
  std::string key = name_key(name);
  if (key.rfind("the ", 0) == 0) key.erase(0, 4);
  const std::string_view canonical = util::place_aliases().value(key);
  return canonical.empty() ? key : std::string(canonical);
}

}  // namespace

// Whether the article names entity e as a place at least once: a mention right after a
// preposition of place or a verb of going ("the regime in Kabul", "talks in Beijing", "the
// Taliban entered Kabul"). A capital that only acts ("Tokyo had a surplus", "Moscow's support",
// "contacts with Moscow") stands for its government.
bool RelationExtractor::named_as_place(size_t e) const {
  static constexpr std::string_view kBeforeAPlace[] = {
      "in",      "at",     "from",   "to",         "into",    "near",   "outside",
      "inside",  "around", "across", "throughout", "entered", "enter",  "enters",
      "visited", "visit",  "visits", "visiting",   "reached", "toured", "arrived"};
  for (uint32_t m : doc_.entities[e].mentions) {
    if (doc_.mentions[m].kind != MentionKind::kName) continue;
    const uint32_t t = mention_first_token(static_cast<int32_t>(m));
    if (t == 0 || token_mention_[t - 1] >= 0) continue;
    for (std::string_view p : kBeforeAPlace)
      if (lexicon::iequals(tok(t - 1), p)) return true;
  }
  return false;
}

void RelationExtractor::gazetteer_part_of() {
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    if (doc_.entities[e].type != EntityType::kGpe) continue;
    std::string_view country = lexicon::country_of_capital(doc_.entities[e].name);
    if (country.empty() || !named_as_place(e)) continue;
    int32_t c = find_entity(country, EntityType::kGpe);
    if (c < 0) continue;
    auto key = std::make_tuple(static_cast<int32_t>(e), std::string("part_of"), c);
    if (seen_.count(key)) continue;
    add_relation(static_cast<int32_t>(e), "part_of", c, /*gazetteer=*/true);
  }
}

// "President Bush" in an article that names the United States: a person the gazetteer knows as a
// head of state or of government (by full name, or by a surname all its entries share a
// country for), given that office's bare title in the article, leads the country when the
// article names it (by any of its names: "US", "U.S.", "America", "United States").
void RelationExtractor::gazetteer_leaders() {
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    const Entity& person = doc_.entities[e];
    if (person.type != EntityType::kPerson || person.roles.empty()) continue;
    const std::string key = name_key(person.name);
    const bool surname_only = key.find(' ') == std::string::npos;
    // The one office the person's bare titles name: "Mr Brown" with "the chancellor" and a
    // "the prime minister" that resolve linked to him is no prime minister of the gazetteer.
    std::string_view office;
    bool offices = false;
    for (const std::string& role : person.roles)
      for (std::string_view o : {"president", "prime minister", "chancellor", "premier"})
        if (bare_title_of(role, o) && o != "premier") {
          offices |= !office.empty() && office != o;
          office = o;
        }
    if (office.empty() || offices) continue;
    std::string country;
    bool ambiguous = false;
    for (const Leader& l : leaders()) {
      if (!(surname_only ? l.surname == key : l.name == key)) continue;
      bool holds = false;
      for (std::string_view rest = l.offices; !rest.empty();) {
        const size_t comma = std::min(rest.find(','), rest.size());
        holds |= bare_title_of(office, rest.substr(0, comma));
        rest.remove_prefix(std::min(comma + 1, rest.size()));
      }
      if (!holds) continue;
      ambiguous |= !country.empty() && country != l.country;
      country = l.country;
    }
    if (country.empty() || ambiguous) continue;
    for (size_t c = 0; c < doc_.entities.size(); ++c) {
      const Entity& place = doc_.entities[c];
      if (place.type != EntityType::kGpe) continue;
      // By the entity's fullest name: "Mexico City" is no name of Mexico, even where the
      // article's "Mexico" joined it.
      if (place_key(place.name) != country) continue;
      const auto rel = std::make_tuple(static_cast<int32_t>(e), std::string("leader_of"),
                                       static_cast<int32_t>(c));
      if (!seen_.count(rel))
        add_relation(static_cast<int32_t>(e), "leader_of", static_cast<int32_t>(c),
                     /*gazetteer=*/true);
      break;
    }
  }
}

}  // namespace newsgraph
