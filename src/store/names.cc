#include "store/names.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>

#include "util/lexicon.h"
#include "util/role_words.h"

namespace newsgraph::store {
namespace {

// Words that precede a name as a title or honorific ("President", "Mr", "Sen."): the class
// "name-prefix" of data/lexicon/person-titles.tsv.
bool is_name_prefix(const std::string& word) {
  static const util::Lexicon prefixes = util::person_titles().with_class("name-prefix");
  return prefixes.contains(word);
}

// Words that follow a name ("Jr.", "III").
constexpr std::array<std::string_view, 6> kSuffixes = {"jr", "sr", "ii", "iii", "iv", "v"};
// Words ending an organisation's name that its short form drops ("the Labour Party").
constexpr std::array<std::string_view, 10> kOrgSuffixes = {
    "party", "inc", "corp", "corporation", "ltd", "plc", "co", "company", "group", "llc"};
// Common alternative names of a few countries and bodies, folded.
struct Alias {
  std::string_view alias, canonical;
};
constexpr std::array<Alias, 22> kAliases = {{
    {"us", "united states"},
    {"usa", "united states"},
    {"america", "united states"},
    {"united states of america", "united states"},
    {"the united states", "united states"},
    {"uk", "united kingdom"},
    {"britain", "united kingdom"},
    {"great britain", "united kingdom"},
    {"un", "united nations"},
    {"eu", "european union"},
    {"ussr", "soviet union"},
    {"uae", "united arab emirates"},
    {"nato", "north atlantic treaty organization"},
    {"tories", "conservative"},
    {"tory", "conservative"},
    {"democrat", "democratic"},
    {"gop", "republican"},
    {"grand old party", "republican"},
    {"lib dems", "liberal democrats"},
    {"lib dem", "liberal democrats"},
    {"liberal democrat", "liberal democrats"},
    {"commons", "house of commons"},
}};

const util::Lexicon& us_state_abbreviations() {
  static const util::Lexicon words(
#include "lexicon/us-state-abbreviations.tsv.inc"
  );
  return words;
}

// Postal codes ("tx"), read only in a party-and-state tag ("R-TX").
const util::Lexicon& us_state_postal_codes() {
  static const util::Lexicon words(
#include "lexicon/us-state-postal-codes.tsv.inc"
  );
  return words;
}

bool in(std::string_view w, const auto& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& words, size_t b, size_t e) {
  std::string out;
  for (size_t i = b; i < e; ++i) {
    if (i > b) out += ' ';
    out += words[i];
  }
  return out;
}

}  // namespace

std::string Fold(std::string_view text) {
  // ASCII needs no Unicode tables: case folding is A-Z -> a-z, and ASCII has no marks, no
  // compositions and no default-ignorable characters.
  const bool ascii = std::all_of(text.begin(), text.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string folded;
  if (ascii) {
    folded.assign(text);
    for (char& c : folded)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  } else {
    utf8proc_uint8_t* mapped = nullptr;
    auto opts = static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                                               UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                      static_cast<utf8proc_ssize_t>(text.size()), &mapped, opts);
    folded = n >= 0 ? std::string(reinterpret_cast<char*>(mapped), size_t(n)) : std::string(text);
    std::free(mapped);
  }
  // Keep letters and digits (bytes >= 0x80 are letters of other scripts); '.' and apostrophes
  // vanish ("U.S." -> "us"), other punctuation separates words. A final "'s" goes.
  std::string out;
  bool space = false;
  for (size_t i = 0; i < folded.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (c >= 0x80 && i + 2 < folded.size() && folded.compare(i, 3, "\xE2\x80\x99") == 0) {
      i += 2;  // right single quotation mark used as apostrophe
      if (i + 1 < folded.size() && folded[i + 1] == 's' &&
          (i + 2 == folded.size() || folded[i + 2] == ' '))
        ++i;
      continue;
    }
    if (word) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += static_cast<char>(c);
    } else if (c == '\'') {
      if (i + 1 < folded.size() && folded[i + 1] == 's' &&
          (i + 2 == folded.size() || folded[i + 2] == ' '))
        ++i;
    } else if (c != '.') {
      space = true;
    } else {
      space = space || (i + 1 < folded.size() && folded[i + 1] == ' ');
    }
  }
  return out;
}

ParsedName ParseName(EntityType type, std::string_view name) {
  ParsedName p;
  p.type = type;
  std::string raw(name);
  p.is_acronym = raw.size() >= 2 && raw.size() <= 8 &&
                 std::all_of(raw.begin(), raw.end(),
                             [](char c) { return (c >= 'A' && c <= 'Z') || c == '.' || c == '&'; });
  std::vector<std::string> words = split_words(Fold(name));
  size_t b = 0, e = words.size();
  if (b < e && words[b] == "the") ++b;
  if (type == EntityType::kPerson) {
    // Everything up to the last title among the first words goes ("Tajik President Emomali
    // Rahmon", "US president George W Bush"), as long as a name is left.
    for (size_t i = std::min(e, b + 4); i-- > b;)
      if (e - i > 1 && is_name_prefix(words[i])) {
        b = i + 1;
        break;
      }
    while (e - b > 1 && is_name_prefix(words[b])) ++b;
    while (e - b > 1 && in(words[e - 1], kSuffixes)) p.suffix = words[--e];
  }
  // A politician's party and state, tagged as a place or an organisation ("R-Texas", "D-Va."):
  // the state (never an acronym "rt").
  const bool place = type == EntityType::kGpe || type == EntityType::kLoc;
  const bool party_state = (place || type == EntityType::kOrg) && e - b == 2 && raw.size() > 2 &&
                           raw[1] == '-' && (raw[0] == 'R' || raw[0] == 'D' || raw[0] == 'I');
  if (party_state) ++b, p.type = EntityType::kGpe;  // the state, whatever the tagger said
  p.tokens.assign(words.begin() + long(b), words.begin() + long(e));
  if (type != EntityType::kPerson) {
    std::vector<std::string> capitals;
    for (const std::string& w : p.tokens)
      if (w != "of" && w != "and" && w != "for" && w != "the") capitals.push_back(w);
    // A word's first character, all of its bytes ("ω" of "ωmega"), so that keys stay UTF-8.
    auto initial = [](const std::string& w) {
      const unsigned char c = static_cast<unsigned char>(w[0]);
      const size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      return std::string_view(w).substr(0, n);
    };
    if (capitals.size() >= 2)
      for (const std::string& w : capitals) p.acronym += initial(w);
    if (p.tokens.size() > capitals.size() && capitals.size() >= 2)
      for (const std::string& w : p.tokens)
        if (w != "the") p.long_acronym += initial(w);

    while (p.tokens.size() > 1 && in(p.tokens.back(), kOrgSuffixes)) p.tokens.pop_back();
  }
  p.full = p.plain = join(p.tokens, 0, p.tokens.size());
  if (type != EntityType::kPerson) {
    bool aliased = false;
    for (const Alias& a : kAliases)
      if (p.full == a.alias) p.full = std::string(a.canonical), aliased = true;
    // A US state's abbreviation ("Va.", "N.H."): places only ("Miss", "PA" name other things).
    if (!aliased && (place || party_state)) {
      std::string_view state = us_state_abbreviations().value(p.full);
      if (state.empty() && party_state) state = us_state_postal_codes().value(p.full);
      if (!state.empty()) p.full = std::string(state), aliased = true;
    }
    // A plural party or group noun is the group ("Republicans" -> "republican").
    if (!aliased && p.tokens.size() == 1 && p.full.size() > 5 && p.full.back() == 's' &&
        p.full[p.full.size() - 2] != 's') {
      p.full.pop_back();
      for (const Alias& a : kAliases)
        if (p.full == a.alias) p.full = std::string(a.canonical);
    }
  }
  p.key = p.suffix.empty() ? p.full : p.full + " " + p.suffix;
  if (type == EntityType::kPerson && !p.tokens.empty()) {
    p.surname = p.tokens.back();
    if (p.tokens.size() >= 2) {
      p.first = p.tokens.front();
      for (size_t i = 1; i + 1 < p.tokens.size(); ++i) p.middles += p.tokens[i][0];
    }
  }
  return p;
}

std::vector<std::string> Keys(const ParsedName& name) {
  std::vector<std::string> keys;
  if (name.full.empty()) return keys;
  keys.push_back("f:" + name.key);
  if (name.type == EntityType::kPerson) {
    if (name.tokens.size() >= 2) keys.push_back("s:" + name.surname);
    // The given name (not an initial): found only by a one-word name (SqliteStore::Candidates).
    if (name.tokens.size() >= 2 && name.first.size() > 1) keys.push_back("g:" + name.first);
  } else {
    if (!name.acronym.empty()) keys.push_back("a:" + name.acronym);
    if (!name.long_acronym.empty()) keys.push_back("a:" + name.long_acronym);
    if (name.is_acronym) keys.push_back("x:" + name.plain);
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

std::vector<std::string> LookupKeys(const ParsedName& name) {
  std::vector<std::string> keys;
  if (name.full.empty()) return keys;
  keys.push_back("f:" + name.key);
  if (name.type == EntityType::kPerson) {
    if (name.tokens.size() >= 2) {
      keys.push_back("s:" + name.surname);
    } else {
      keys.push_back("s:" + name.full);
      keys.push_back("g:" + name.full);
    }
  } else {
    if (!name.acronym.empty()) keys.push_back("x:" + name.acronym);
    if (!name.long_acronym.empty()) keys.push_back("x:" + name.long_acronym);
    if (name.is_acronym) keys.push_back("a:" + name.plain);
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

int TypeClass(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return 0;
    case EntityType::kOrg:
    case EntityType::kNorp:
      return 1;
    case EntityType::kGpe:
    case EntityType::kLoc:
      return 2;
    default:
      return 3;
  }
}

bool IsActorType(EntityType type) { return TypeClass(type) < 3; }

bool ParseEntityType(std::string_view name, EntityType* type) {
  for (EntityType t : {EntityType::kPerson, EntityType::kOrg, EntityType::kGpe, EntityType::kLoc,
                       EntityType::kNorp, EntityType::kDate, EntityType::kMoney, EntityType::kMisc})
    if (name == entity_type_name(t)) {
      *type = t;
      return true;
    }
  return false;
}

std::vector<std::string> TitleKeys(const std::vector<std::string>& roles) {
  struct Spelling {
    std::string_view short_form, word;
  };
  static constexpr std::array<Spelling, 6> kSpelledOut = {{{"sen", "senator"},
                                                           {"gov", "governor"},
                                                           {"rep", "representative"},
                                                           {"gen", "general"},
                                                           {"adm", "admiral"},
                                                           {"pres", "president"}}};
  static constexpr std::array<std::string_view, 10> kNoTitle = {
      "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "former", "the", "then"};
  std::vector<std::string> keys;
  for (const std::string& role : roles) {
    // A relative clause ("who met the president") says what someone did, not a title.
    if (lexicon::is_relative_clause_role(role)) continue;
    std::string key;
    for (std::string& w : split_words(Fold(role))) {
      if (!is_name_prefix(w) || in(w, kNoTitle)) continue;
      for (const Spelling& sp : kSpelledOut)
        if (w == sp.short_form) w = std::string(sp.word);
      if (!key.empty()) key += ' ';
      key += w;
    }
    if (!key.empty()) keys.push_back(std::move(key));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

std::vector<std::string> EntityKeys(EntityType type, const std::string& name,
                                    const std::vector<std::string>& surfaces) {
  return EntityKeys(ParseName(type, name), surfaces);
}

std::vector<std::string> EntityKeys(const ParsedName& name,
                                    const std::vector<std::string>& surfaces) {
  const EntityType type = name.type;
  std::vector<std::string> keys = Keys(name);
  if (type != EntityType::kPerson)
    for (size_t i = 0; i < surfaces.size(); ++i) {
      // A form repeated by several mentions gives the same keys.
      if (std::find(surfaces.begin(), surfaces.begin() + long(i), surfaces[i]) !=
          surfaces.begin() + long(i))
        continue;
      for (std::string& k : Keys(ParseName(type, surfaces[i]))) keys.push_back(std::move(k));
    }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace newsgraph::store
