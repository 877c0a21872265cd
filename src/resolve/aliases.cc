// Non-person names met in any order: an acronym and its expansion ("AIPAC" / "American Israel
// Public Affairs Committee"), a name and its form with a generic word ("Amnesty" / "Amnesty
// International"), an acronym standing for the first words ("EU Commission" / "European
// Commission" when "EU" is "European Union"). Pairs are found through indexes (initials, name
// prefixes, last words) rather than by trying every pair, then checked in the order a full
// scan would take them, so the grouping is the same. See resolver.h.
#include <algorithm>

#include "resolve/resolver.h"
#include "util/parties.h"
#include "util/role_words.h"

namespace newsgraph::resolve {
namespace {

// A country's short name or its adjective opening an organisation's name: "US Securities and
// Exchange Commission" is also the "SEC".
bool country_word(const std::string& w) {
  const std::string plain = without_periods(w);
  return util::place_aliases().contains(plain) || !lexicon::country_for_demonym(w).empty();
}

// The name's words after an opening country word, when two or more are left; else empty.
std::vector<std::string> after_country_word(const std::vector<std::string>& t) {
  if (t.size() < 3 || !country_word(t.front())) return {};
  return std::vector<std::string>(t.begin() + 1, t.end());
}

std::string joined_key(const std::vector<std::string>& t, size_t count) {
  std::string k;
  for (size_t i = 0; i < count; ++i) {
    if (i > 0) k += '\x1f';
    k += t[i];
  }
  return k;
}

void add_candidates(const std::unordered_map<std::string, std::vector<int32_t>>& index,
                    const std::string& key, std::vector<int32_t>& cands) {
  auto it = index.find(key);
  if (it != index.end()) cands.insert(cands.end(), it->second.begin(), it->second.end());
}

}  // namespace

void Resolver::merge_aliases() {
  const size_t n = doc_.entities.size();
  AliasIndex ix;
  // Names of two or more words by the letters an acronym of them would have (any type);
  // place / organisation names of two or more words by each prefix that leaves only generic
  // words, and by their last word.
  for (size_t e = 0; e < n; ++e) {
    const auto& t = info_[e].tokens;
    if (t.size() < 2) continue;
    // By the initials of its words and, when a word is hyphenated, of each part too
    // ("Inter-American Development Bank": "idb" and "iadb"; is_acronym_of reads both).
    std::string letters, parts;
    name_initials(t, &letters, &parts);
    ix.by_initials[letters].push_back(static_cast<int32_t>(e));
    if (parts != letters) ix.by_initials[parts].push_back(static_cast<int32_t>(e));
    if (const auto rest = after_country_word(t); !rest.empty()) {
      name_initials(rest, &letters, &parts);
      ix.by_initials[letters].push_back(static_cast<int32_t>(e));
    }
    if (!place_or_org(doc_.entities[e].type)) continue;
    ix.by_last_word[t.back()].push_back(static_cast<int32_t>(e));
    if (doc_.entities[e].type == EntityType::kOrg)
      ix.by_first_word[t.front()].push_back(static_cast<int32_t>(e));
    size_t keep = t.size();
    while (keep > 0 && generic_name_words().count(t[keep - 1])) --keep;
    for (size_t k = keep; k < t.size(); ++k)
      ix.by_generic_prefix[joined_key(t, k)].push_back(static_cast<int32_t>(e));
  }
  UnionFind sets(n);
  std::vector<int32_t> cands;
  for (size_t a = 0; a < n; ++a) {
    if (!place_or_org(doc_.entities[a].type)) continue;
    const auto& ta = info_[a].tokens;
    const std::string acro = initials_of(a);
    cands.clear();
    if (ta.size() == 1 && acro.size() >= 2) add_candidates(ix.by_initials, acro, cands);
    add_candidates(ix.by_generic_prefix, joined_key(ta, ta.size()), cands);
    if (ta.size() >= 2 && !acro.empty()) add_candidates(ix.by_last_word, ta.back(), cands);
    int32_t whole = organisation_of_last_word(a, ix);             // "United" -> Manchester United
    if (whole < 0) whole = organisation_of_headline_word(a, ix);  // "BALLY" -> Bally Manufacturing
    if (whole >= 0) cands.push_back(whole);
    std::sort(cands.begin(), cands.end());
    cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
    for (int32_t cb : cands) {
      const size_t b = static_cast<size_t>(cb);
      if (a == b || !place_or_org(doc_.entities[b].type)) continue;
      if (cb == whole || same_referent(a, b, acro, ix)) {
        int32_t ra = sets.find(static_cast<int32_t>(a)), rb = sets.find(static_cast<int32_t>(b));
        if (ra != rb) sets.parent[static_cast<size_t>(ra)] = rb;
      }
    }
  }
  merge_sets(sets);
}

// The organisation whose name a one-word organisation name ends ("United" in an article that
// names "Manchester United", "Journal" / "The Wall Street Journal"), when exactly one does and
// the word is no generic one ("Party", "Bank") nor a party's, and that name does not start with
// another organisation's; -1 otherwise.
int32_t Resolver::organisation_of_last_word(size_t a, const AliasIndex& ix) const {
  const auto& ta = info_[a].tokens;
  // A party word is its own party ("Democrat" is not "Liberal Democrat").
  if (doc_.entities[a].type != EntityType::kOrg || ta.size() != 1 ||
      generic_name_words().count(ta[0]) || util::is_party_word(ta[0]))
    return -1;
  auto it = ix.by_last_word.find(ta[0]);
  if (it == ix.by_last_word.end()) return -1;
  int32_t found = -1;
  for (int32_t b : it->second) {
    if (doc_.entities[static_cast<size_t>(b)].type != EntityType::kOrg) continue;
    if (found >= 0) return -1;  // "Manchester United" and "Newcastle United": either
    found = b;
  }
  if (found < 0) return -1;
  // "the House" beside "the White House": a seat of government's last word names another body.
  if (government_seats().count(join_tokens(info_[static_cast<size_t>(found)].tokens))) return -1;
  // Not the object of an "of" ("U.S. District Court of Phoenix", "Queen of the Sky"), and not
  // a name that starts as another organisation's does ("BBC Liverpool" beside "BBC Sport" is
  // the BBC's, not the club "Liverpool" of the same article).
  const auto& tb = info_[static_cast<size_t>(found)].tokens;
  if (tb[tb.size() - 2] == "of" || tb[tb.size() - 2] == "the") return -1;
  for (size_t e = 0; e < doc_.entities.size(); ++e)
    if (e != a && static_cast<int32_t>(e) != found && doc_.entities[e].type == EntityType::kOrg &&
        info_[e].tokens.front() == tb.front())
      return -1;
  return found;
}

// "BALLY SEEN SELLING …" over a story about Bally Manufacturing Corp: a one-word organisation
// name written all in capitals (a wire headline's short name) that is the first word of exactly
// one longer organisation name; -1 otherwise. Not a generic or party word.
int32_t Resolver::organisation_of_headline_word(size_t a, const AliasIndex& ix) const {
  const auto& ta = info_[a].tokens;
  const std::string& name = doc_.entities[a].name;
  // Five letters or more: a shorter word in capitals is an acronym written so everywhere ("BBC"
  // beside "BBC News"); and no place ("U.S." / "U.S. Treasury", "CHINA" / "China Daily").
  if (ta.size() != 1 || name.size() < 5 || !all_upper(name) ||
      doc_.entities[a].type != EntityType::kOrg || generic_name_words().count(ta[0]) ||
      util::is_party_word(ta[0]))
    return -1;
  auto it = ix.by_first_word.find(ta[0]);
  // Exactly one ("PNC Financial Corp" and "PNC Funding Corp": either), a shorter form of it
  // aside ("Bally Manufacturing" beside "Bally Manufacturing Corp"), and no committee of it
  // ("SENATE" / "Senate Budget Committee").
  if (it == ix.by_first_word.end()) return -1;
  int32_t b = -1;
  for (int32_t c : it->second) {
    const auto& tc = info_[static_cast<size_t>(c)].tokens;
    const bool shorter_form = std::any_of(it->second.begin(), it->second.end(), [&](int32_t d) {
      const auto& td = info_[static_cast<size_t>(d)].tokens;
      return d != c && td.size() > tc.size() && std::equal(tc.begin(), tc.end(), td.begin());
    });
    if (shorter_form) continue;
    if (b >= 0) return -1;
    b = c;
  }
  if (b < 0) return -1;
  const std::string& last = info_[static_cast<size_t>(b)].tokens.back();
  if (b == static_cast<int32_t>(a) || last == "committee" || last == "subcommittee") return -1;
  return b;
}

// An entity's name as an acronym ("EU" -> "eu"), when its first word is all capitals; else "".
std::string Resolver::initials_of(size_t e) const {
  std::string_view name = doc_.entities[e].name;
  if (info_[e].tokens.empty()) return std::string();
  size_t space = name.find(' ');
  std::string_view first = name.substr(0, space);
  if (!all_upper(first)) return std::string();
  return without_periods(info_[e].tokens.front());
}

// Whether place / organisation b is another name of a: a is b's acronym, b is a with generic
// words added, or a is an acronym of b's first words followed by b's last words.
bool Resolver::same_referent(size_t a, size_t b, const std::string& acro,
                             const AliasIndex& ix) const {
  const auto& ta = info_[a].tokens;
  const auto& tb = info_[b].tokens;
  if (tb.size() < 2) return false;
  // "US" is not the acronym of "US Senate", whose first word it is.
  if (ta.size() == 1 && !acro.empty() && without_periods(tb.front()) != acro &&
      (is_acronym_of(acro, tb) || is_acronym_of(acro, after_country_word(tb))))
    return true;
  if (ta.size() < tb.size() && std::equal(ta.begin(), ta.end(), tb.begin())) {
    bool all_generic = true;
    for (size_t k = ta.size(); k < tb.size(); ++k)
      if (!generic_name_words().count(tb[k])) all_generic = false;
    if (all_generic) return true;
  }
  if (ta.size() >= 2 && !acro.empty() && ta.size() <= tb.size() &&
      std::equal(ta.begin() + 1, ta.end(), tb.end() - static_cast<long>(ta.size() - 1))) {
    std::vector<std::string> head(tb.begin(), tb.end() - static_cast<long>(ta.size() - 1));
    auto it = ix.by_initials.find(acro);
    if (it == ix.by_initials.end()) return false;
    for (int32_t ce : it->second) {
      const size_t c = static_cast<size_t>(ce);
      const auto& tc = info_[c].tokens;
      if (c == a || c == b || tc.size() < head.size() || tc.size() < 2) continue;
      if (std::equal(head.begin(), head.end(), tc.begin()) && is_acronym_of(acro, tc)) return true;
    }
  }
  return false;
}

// Entities in one set become one: the fullest form names the merged entity and gives its type.
void Resolver::merge_sets(UnionFind& sets) {
  const size_t n = doc_.entities.size();
  std::vector<int32_t> remap(n, -1);
  std::vector<Entity> merged_entities;
  std::vector<EntityInfo> merged_info;
  for (size_t e = 0; e < n; ++e) {
    size_t root = static_cast<size_t>(sets.find(static_cast<int32_t>(e)));
    if (remap[root] < 0) {
      remap[root] = static_cast<int32_t>(merged_entities.size());
      merged_entities.push_back(doc_.entities[root]);
      merged_info.push_back(info_[root]);
    }
    remap[e] = remap[root];
    size_t into = static_cast<size_t>(remap[e]);
    // The fullest form names the entity and gives its type.
    const std::string& cur = merged_entities[into].name;
    if (info_[e].tokens.size() > merged_info[into].tokens.size() ||
        (info_[e].tokens.size() == merged_info[into].tokens.size() &&
         doc_.entities[e].name.size() > cur.size())) {
      merged_entities[into].name = doc_.entities[e].name;
      merged_entities[into].type = doc_.entities[e].type;
      merged_info[into].tokens = info_[e].tokens;
    }
  }
  for (Mention& m : doc_.mentions)
    if (m.entity >= 0) m.entity = remap[static_cast<size_t>(m.entity)];
  doc_.entities = std::move(merged_entities);
  info_ = std::move(merged_info);
}

}  // namespace newsgraph::resolve
