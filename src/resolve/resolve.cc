// Entity resolution: name mentions grouped into entities, then pronoun and nominal mentions
// added and linked. See include/newsgraph/resolve.h.
#include "newsgraph/resolve.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "quotes/scan.h"

namespace newsgraph {
namespace {

enum class Gender : uint8_t { kUnknown, kMale, kFemale };

// Titles that may stand before a name, lower-cased, without a final period.
const std::unordered_set<std::string_view>& title_words() {
  static const std::unordered_set<std::string_view> s = {"president",
                                                         "senator",
                                                         "sen",
                                                         "gov",
                                                         "governor",
                                                         "minister",
                                                         "secretary",
                                                         "rep",
                                                         "representative",
                                                         "mr",
                                                         "mrs",
                                                         "ms",
                                                         "miss",
                                                         "dr",
                                                         "judge",
                                                         "general",
                                                         "gen",
                                                         "chairman",
                                                         "chairwoman",
                                                         "ambassador",
                                                         "ceo",
                                                         "speaker",
                                                         "mayor",
                                                         "prime",
                                                         "foreign",
                                                         "vice",
                                                         "chief",
                                                         "leader",
                                                         "candidate",
                                                         "nominee",
                                                         "congressman",
                                                         "congresswoman",
                                                         "commissioner",
                                                         "director",
                                                         "attorney",
                                                         "sheriff",
                                                         "pope",
                                                         "king",
                                                         "queen",
                                                         "prince",
                                                         "princess",
                                                         "lt",
                                                         "col",
                                                         "sgt",
                                                         "capt",
                                                         "captain",
                                                         "adm",
                                                         "admiral",
                                                         "professor",
                                                         "prof",
                                                         "reverend",
                                                         "rev",
                                                         "spokesman",
                                                         "spokeswoman",
                                                         "spokesperson",
                                                         "chancellor",
                                                         "premier",
                                                         "lord",
                                                         "lady",
                                                         "sir",
                                                         "dame",
                                                         "emir",
                                                         "sheikh",
                                                         "former",
                                                         "deputy",
                                                         "state",
                                                         "defense",
                                                         "defence",
                                                         "interior",
                                                         "finance",
                                                         "house",
                                                         "senate",
                                                         "majority",
                                                         "minority",
                                                         "whip",
                                                         "justice",
                                                         "gop",
                                                         "democratic",
                                                         "republican",
                                                         "presidential",
                                                         "supreme",
                                                         "court",
                                                         "campaign",
                                                         "manager",
                                                         "chair",
                                                         "founder",
                                                         "executive",
                                                         "officer",
                                                         "analyst",
                                                         "expert",
                                                         "pollster",
                                                         "strategist",
                                                         "adviser",
                                                         "advisor",
                                                         "aide",
                                                         "host",
                                                         "anchor",
                                                         "columnist",
                                                         "economist"};
  return s;
}

// Role nouns a definite description may use for a person: "the president", "the senator".
const std::unordered_set<std::string_view>& role_nouns() {
  static const std::unordered_set<std::string_view> s = {
      "president",      "senator",        "governor",      "minister",
      "secretary",      "congressman",    "congresswoman", "candidate",
      "nominee",        "mayor",          "ambassador",    "chairman",
      "chairwoman",     "speaker",        "spokesman",     "spokeswoman",
      "spokesperson",   "leader",         "expert",        "analyst",
      "businessman",    "businesswoman",  "mogul",         "billionaire",
      "judge",          "general",        "chancellor",    "premier",
      "diplomat",       "official",       "lawmaker",      "director",
      "manager",        "pollster",       "strategist",    "adviser",
      "advisor",        "aide",           "professor",     "economist",
      "representative", "commissioner",   "attorney",      "ceo",
      "founder",        "actor",          "actress",       "star",
      "host",           "reporter",       "journalist",    "politician",
      "senator-elect",  "president-elect"};
  return s;
}

const std::unordered_set<std::string_view>& male_names() {
  static const std::unordered_set<std::string_view> s = {
      "donald",   "bill",     "barack",   "bernie",  "ted",      "marco",    "jeb",
      "john",     "mike",     "paul",     "chris",   "ben",      "tim",      "joe",
      "george",   "james",    "robert",   "michael", "william",  "david",    "richard",
      "charles",  "thomas",   "mark",     "steven",  "steve",    "kevin",    "brian",
      "jason",    "jeff",     "jeffrey",  "eric",    "reince",   "newt",     "rudy",
      "rudolph",  "mitch",    "harry",    "rand",    "scott",    "lindsey",  "rick",
      "bobby",    "jim",      "jimmy",    "tom",     "dan",      "daniel",   "peter",
      "andrew",   "anthony",  "jonathan", "matthew", "ryan",     "adam",     "corey",
      "stephen",  "roger",    "vladimir", "ahmad",   "abdul",    "mohammad", "mohammed",
      "muhammad", "emomali",  "amrullah", "temur",   "ali",      "hassan",   "omar",
      "xi",       "angela",   "boris",    "tony",    "gordon",   "david",    "nigel",
      "jacques",  "francois", "emmanuel", "recep",   "benjamin", "bashar",   "kim",
      "ashraf",   "hamid",    "jose",     "carlos",  "luis",     "juan",     "pedro",
      "jack",     "henry",    "edward",   "frank",   "gary",     "larry",    "jerry",
      "dennis",   "walter",   "al",       "sam",     "samuel",   "ron",      "ronald",
      "nancy_",   "mitt",     "dick",     "gerald",  "lyndon",   "franklin", "woodrow",
      "abraham",  "elon",     "kanye",    "sean",    "steve",    "alex",     "alexander",
      "patrick",  "ken",      "kenneth",  "greg",    "gregory",  "doug",     "douglas",
      "phil",     "philip",   "tucker",   "sean",    "bret",     "jake",     "wolf",
      "chuck",    "marty",    "howard",   "keith",   "carl",     "karl",     "nick",
      "nicholas", "jared",    "eric",     "jerome",  "ray",      "raymond",  "bruce",
      "wayne",    "jay",      "lee",      "leon",    "martin",   "luther",   "malcolm",
      "colin",    "dwight",   "harold",   "herbert", "ivan",     "igor",     "sergei",
      "dmitry"};
  return s;
}

const std::unordered_set<std::string_view>& female_names() {
  static const std::unordered_set<std::string_view> s = {
      "hillary",    "nancy",     "elizabeth",   "sarah",     "michelle", "melania", "ivanka",
      "chelsea",    "kellyanne", "huma",        "hope",      "nikki",    "carly",   "debbie",
      "donna",      "jennifer",  "mary",        "patricia",  "linda",    "barbara", "susan",
      "jessica",    "karen",     "lisa",        "betty",     "margaret", "sandra",  "ashley",
      "kimberly",   "emily",     "helen",       "laura",     "rachel",   "katie",   "kate",
      "catherine",  "katherine", "anne",        "ann",       "anna",     "maria",   "marie",
      "julia",      "julie",     "theresa",     "angela",    "fereshta", "megyn",   "maureen",
      "diane",      "dianne",    "kirsten",     "amy",       "heidi",    "claire",  "tammy",
      "jeanne",     "loretta",   "condoleezza", "madeleine", "samantha", "valerie", "janet",
      "jane",       "joan",      "judy",        "sharon",    "oprah",    "beyonce", "taylor_",
      "sheryl",     "marsha",    "martha",      "mia",       "nina",     "olivia",  "sophia",
      "victoria",   "christine", "cheryl",      "gloria",    "rosa",     "nicola",  "marine",
      "ursula",     "golda",     "indira",      "benazir",   "aung",     "malala",  "jill",
      "jacqueline", "jackie",    "eleanor",     "abigail",   "zoe",      "hannah",  "grace",
      "alice",      "ellen",     "erin",        "dana",      "gretchen", "kelly_",  "sally",
      "wendy",      "stephanie", "rebecca",     "deborah",   "sheila",   "paula",   "pamela"};
  return s;
}

struct EntityInfo {
  Gender gender = Gender::kUnknown;
  std::vector<std::string> titles;  // lower-case title / role nouns
  std::vector<std::string> tokens;  // lower-case name tokens of the fullest form
};

std::string_view strip_possessive(std::string_view s) {
  if (s.size() > 2 && (s.substr(s.size() - 2) == "'s")) return s.substr(0, s.size() - 2);
  if (s.size() > 4 && s.substr(s.size() - 4) == "\xE2\x80\x99s") return s.substr(0, s.size() - 4);
  return s;
}

// The key words of a name: lower-cased, possessive and leading "the" / titles removed.
void name_tokens(std::string_view text, bool person, std::vector<std::string>& out) {
  out.clear();
  text = strip_possessive(text);
  std::string word, buf;
  size_t i = 0;
  while (i <= text.size()) {
    if (i == text.size() || text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
      if (!word.empty()) {
        std::string low(scan::lower(word, buf));
        while (!low.empty() && (low.back() == '.' || low.back() == ',')) low.pop_back();
        bool skip = out.empty() && (low == "the" || (person && title_words().count(low)));
        if (!skip && !low.empty()) out.push_back(low);
        word.clear();
      }
    } else {
      word += text[i];
    }
    ++i;
  }
}

bool is_acronym_of(std::string_view acro, const std::vector<std::string>& tokens) {
  if (acro.size() < 2 || tokens.size() < 2) return false;
  std::string initials;
  for (const std::string& t : tokens)
    if (t != "of" && t != "the" && t != "and" && t != "for" && !t.empty()) initials += t[0];
  if (initials.size() != acro.size()) return false;
  for (size_t i = 0; i < acro.size(); ++i)
    if (initials[i] != acro[i]) return false;
  return true;
}

bool all_upper(std::string_view s) {
  if (s.size() < 2) return false;
  for (char c : s)
    if (!(c >= 'A' && c <= 'Z') && c != '.') return false;
  return true;
}

// Other names of the same state, keyed by the lower-cased name without periods.
const std::unordered_map<std::string_view, std::string_view>& place_aliases() {
  static const std::unordered_map<std::string_view, std::string_view> m = {
      {"us", "united states"},
      {"usa", "united states"},
      {"america", "united states"},
      {"united states of america", "united states"},
      {"uk", "united kingdom"},
      {"britain", "united kingdom"},
      {"great britain", "united kingdom"},
      {"uae", "united arab emirates"},
      {"ussr", "soviet union"},
      {"holland", "netherlands"},
      {"the netherlands", "netherlands"},
      {"russian federation", "russia"},
      {"drc", "democratic republic of congo"},
      {"prc", "china"},
      {"people's republic of china", "china"},
      {"dprk", "north korea"},
      {"rok", "south korea"},
      {"republic of korea", "south korea"}};
  return m;
}

// Group names whose singular, plural and adjective forms differ by more than a final "s".
const std::unordered_map<std::string_view, std::string_view>& demonym_forms() {
  static const std::unordered_map<std::string_view, std::string_view> m = {
      {"jew", "jewish"},       {"jews", "jewish"},        {"briton", "british"},
      {"britons", "british"},  {"brits", "british"},      {"brit", "british"},
      {"scot", "scottish"},    {"scots", "scottish"},     {"dane", "danish"},
      {"danes", "danish"},     {"swede", "swedish"},      {"swedes", "swedish"},
      {"finn", "finnish"},     {"finns", "finnish"},      {"pole", "polish"},
      {"poles", "polish"},     {"turk", "turkish"},       {"turks", "turkish"},
      {"arabs", "arab"},       {"englishman", "english"}, {"englishmen", "english"},
      {"frenchman", "french"}, {"frenchmen", "french"},   {"kurd", "kurdish"},
      {"kurds", "kurdish"}};
  return m;
}

// Political party names, singular (after dropping a final "s"): typed ORG whatever the tagger says.
const std::unordered_set<std::string_view>& party_names() {
  static const std::unordered_set<std::string_view> s = {"republican",
                                                         "democrat",
                                                         "democratic",
                                                         "tory",
                                                         "conservative",
                                                         "labour",
                                                         "liberal democrat",
                                                         "lib dem",
                                                         "social democrat",
                                                         "christian democrat",
                                                         "ukip",
                                                         "snp",
                                                         "green party",
                                                         "labor",
                                                         "whig"};
  return s;
}

// Words that only say what kind of thing a name is: "Guantanamo Bay" / "Guantanamo",
// "Amnesty International" / "Amnesty", "Panjsher province" / "Panjsher".
const std::unordered_set<std::string_view>& generic_name_words() {
  static const std::unordered_set<std::string_view> s = {
      "international", "inc",    "corp",    "corporation", "ltd",    "limited",
      "plc",           "co",     "company", "group",       "party",  "bay",
      "province",      "island", "islands", "city",        "county", "district",
      "region",        "river",  "valley",  "lake",        "llc",    "gmbh"};
  return s;
}

// Last words of names of laws, treaties and agreements, which are not entities.
const std::unordered_set<std::string_view>& law_words() {
  static const std::unordered_set<std::string_view> s = {
      "act", "treaty", "protocol", "protocols", "accord", "accords", "convention", "amendment"};
  return s;
}

// Names of deities, which are not entities when they stand alone.
const std::unordered_set<std::string_view>& deity_names() {
  static const std::unordered_set<std::string_view> s = {
      "god", "allah", "lord", "almighty", "the lord", "god almighty", "the almighty"};
  return s;
}

// Prefixes of compound group adjectives that name a relation, not a group ("Anglo-American").
const std::unordered_set<std::string_view>& compound_prefixes() {
  static const std::unordered_set<std::string_view> s = {"anglo", "franco", "sino",   "russo",
                                                         "turco", "greco",  "austro", "italo"};
  return s;
}

// Nouns after a place name that make it a facility ("Belmarsh prison"), typed LOC.
const std::unordered_set<std::string_view>& facility_nouns() {
  static const std::unordered_set<std::string_view> s = {
      "prison", "prisons", "jail",     "jails",   "gaol",    "camp",
      "camps",  "airport", "airports", "airbase", "barracks"};
  return s;
}

// Kinship nouns after a possessive name: "Massoud's father" names someone else.
enum class Kin : uint8_t { kNone, kParent, kChild };

Kin kin_word(std::string_view low) {
  if (low == "father" || low == "mother" || low == "dad" || low == "mum" || low == "mom" ||
      low == "parents" || low == "parent")
    return Kin::kParent;
  if (low == "son" || low == "daughter" || low == "sons" || low == "daughters" || low == "child" ||
      low == "children" || low == "heir")
    return Kin::kChild;
  return Kin::kNone;
}

std::string join_tokens(const std::vector<std::string>& t, size_t from = 0,
                        size_t to = std::string::npos) {
  std::string out;
  to = std::min(to, t.size());
  for (size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += t[i];
  }
  return out;
}

std::string without_periods(std::string s) {
  std::erase(s, '.');
  return s;
}

// Drops a final plural "s" ("israelis" -> "israeli"); "tories" -> "tory".
std::string singular(std::string s) {
  if (s.size() > 5 && s.compare(s.size() - 3, 3, "ies") == 0) {
    s.replace(s.size() - 3, 3, "y");
  } else if (s.size() > 3 && s.back() == 's' && s[s.size() - 2] != 's') {
    s.pop_back();
  }
  return s;
}

// The key under which non-person names are the same referent: other names of a state,
// singular / plural / adjective forms of a group, singular party names.
std::string group_key(EntityType type, const std::vector<std::string>& toks) {
  std::string joined = without_periods(join_tokens(toks));
  if (type == EntityType::kNorp) {
    auto it = demonym_forms().find(joined);
    return it != demonym_forms().end() ? std::string(it->second) : singular(joined);
  }
  auto it = place_aliases().find(joined);
  if (it != place_aliases().end()) return std::string(it->second);
  if (type == EntityType::kOrg && party_names().count(singular(joined))) return singular(joined);
  return joined;
}

bool place_or_org(EntityType t) {
  return t == EntityType::kOrg || t == EntityType::kGpe || t == EntityType::kLoc;
}

// Whether `a` and `b` (byte offsets) lie in one sentence.
bool same_sentence(const Document& doc, uint32_t a, uint32_t b) {
  if (a > b) std::swap(a, b);
  if (!doc.sentences.empty()) {
    auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), a,
                               [](uint32_t p, const Sentence& s) { return p < s.span.end; });
    return it != doc.sentences.end() && it->span.begin <= a && b < it->span.end;
  }
  // Not segmented: a sentence ends at . ! ? followed by a space, or at a line break.
  if (b - a > 2000) return false;  // longer than any sentence
  const std::string& t = doc.text;
  for (uint32_t i = a; i < b && i < t.size(); ++i) {
    if (t[i] == '\n') return false;
    if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && i + 1 < t.size() && t[i + 1] == ' ' &&
        i + 2 < t.size() && (t[i + 2] >= 'A' && t[i + 2] <= 'Z'))
      return false;
  }
  return true;
}

bool is_subsequence(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  size_t j = 0;
  for (size_t i = 0; i < big.size() && j < small.size(); ++i)
    if (big[i] == small[j]) ++j;
  return j == small.size();
}

// The first word after `pos` (skipping a possessive and spaces), lower-cased.
std::string_view word_after(std::string_view text, uint32_t pos, std::string& buf) {
  size_t i = pos;
  if (text.substr(i, 2) == "'s")
    i += 2;
  else if (text.substr(i, 4) == "\xE2\x80\x99s")
    i += 4;
  while (i < text.size() && text[i] == ' ') ++i;
  size_t j = i;
  while (j < text.size() &&
         ((text[j] >= 'a' && text[j] <= 'z') || (text[j] >= 'A' && text[j] <= 'Z')))
    ++j;
  return scan::lower(text.substr(i, j - i), buf);
}

// Trims "Copyright", "©", "(c)" from the front of a name mention. False when nothing is left.
bool strip_copyright(std::string_view text, Span& span) {
  bool changed = true;
  while (changed && span.begin < span.end) {
    changed = false;
    std::string_view s = text.substr(span.begin, span.end - span.begin);
    for (std::string_view p : {std::string_view("Copyright"), std::string_view("COPYRIGHT"),
                               std::string_view("copyright"), std::string_view("\xC2\xA9"),
                               std::string_view("(c)"), std::string_view("(C)")}) {
      if (s.substr(0, p.size()) != p) continue;
      // A word prefix must end there ("Copyrights Ltd" stays).
      if (p.size() < s.size() && p[0] != '\xC2' && p[0] != '(' && s[p.size()] != ' ') continue;
      span.begin += static_cast<uint32_t>(p.size());
      while (span.begin < span.end && (text[span.begin] == ' ' || text[span.begin] == ':'))
        ++span.begin;
      changed = true;
      break;
    }
  }
  return span.begin < span.end;
}

struct UnionFind {
  std::vector<int32_t> parent;
  explicit UnionFind(size_t n) : parent(n) {
    for (size_t i = 0; i < n; ++i) parent[i] = static_cast<int32_t>(i);
  }
  int32_t find(int32_t x) {
    while (parent[static_cast<size_t>(x)] != x) {
      parent[static_cast<size_t>(x)] = parent[static_cast<size_t>(parent[static_cast<size_t>(x)])];
      x = parent[static_cast<size_t>(x)];
    }
    return x;
  }
};

}  // namespace

int32_t entity_for_span(const Document& doc, Span span) {
  int32_t best = -1;
  int best_rank = 99;
  auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), span.begin,
                             [](const Mention& m, uint32_t pos) { return m.span.end <= pos; });
  // Mentions are sorted by begin; overlapping ones may start a little before span.begin.
  auto start = it;
  for (int back = 0; back < 8 && start != doc.mentions.begin(); ++back) --start;
  for (auto m = start; m != doc.mentions.end() && m->span.begin < span.end; ++m) {
    if (m->span.end <= span.begin || m->entity < 0) continue;
    int rank = m->kind == MentionKind::kName      ? (m->type == EntityType::kPerson ? 0 : 1)
               : m->kind == MentionKind::kPronoun ? 2
               : m->kind == MentionKind::kNominal ? 3
                                                  : 9;
    if (rank < best_rank) {
      best_rank = rank;
      best = m->entity;
    }
  }
  return best;
}

void resolve_entities(Document& doc) {
  doc.entities.clear();
  // Drop pronoun / nominal mentions from an earlier run; keep the tagger's.
  std::erase_if(doc.mentions, [](const Mention& m) {
    return m.kind == MentionKind::kPronoun || m.kind == MentionKind::kNominal;
  });
  for (Mention& m : doc.mentions) m.entity = -1;  // links from an earlier run are void
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  std::vector<EntityInfo> info;
  std::vector<std::string> toks;
  std::string buf;
  const std::string_view text = doc.text;

  auto new_entity = [&](const Mention& m, const std::vector<std::string>& t) {
    Entity e;
    e.type = m.type;
    e.name = std::string(strip_possessive(doc.slice(m.span)));
    if (e.name.size() > 4 &&
        (e.name.compare(0, 4, "the ") == 0 || e.name.compare(0, 4, "The ") == 0))
      e.name.erase(0, 4);
    doc.entities.push_back(std::move(e));
    EntityInfo ei;
    ei.tokens = t;
    info.push_back(std::move(ei));
    return static_cast<int32_t>(doc.entities.size() - 1);
  };

  // Clean the tagger's name mentions: split party names joined ("Liberal" + "Democrat"),
  // "Copyright" in front of a name, deities, laws and treaties, "Anglo-American" compounds.
  {
    std::vector<bool> drop(doc.mentions.size(), false);
    std::unordered_set<std::string> norp_keys;
    for (const Mention& m : doc.mentions) {
      if (m.kind != MentionKind::kName || m.type != EntityType::kNorp || m.span.end > text.size())
        continue;
      name_tokens(doc.slice(m.span), false, toks);
      norp_keys.insert(group_key(EntityType::kNorp, toks));
    }
    for (size_t i = 0; i < doc.mentions.size(); ++i) {
      Mention& m = doc.mentions[i];
      if (m.kind != MentionKind::kName || m.span.end > text.size() || m.span.begin >= m.span.end)
        continue;
      if (i + 1 < doc.mentions.size()) {
        Mention& next = doc.mentions[i + 1];
        if (next.kind == MentionKind::kName && next.span.begin == m.span.end + 1 &&
            next.span.end <= text.size() && text[m.span.end] == ' ' &&
            m.type != EntityType::kPerson && next.type != EntityType::kPerson &&
            party_names().count(singular(std::string(
                scan::lower(text.substr(m.span.begin, next.span.end - m.span.begin), buf))))) {
          m.span.end = next.span.end;
          m.type = EntityType::kOrg;
          drop[i + 1] = true;
        }
      }
      if (!strip_copyright(text, m.span)) {
        drop[i] = true;
        continue;
      }
      std::string low(scan::lower(doc.slice(m.span), buf));
      if (deity_names().count(low)) {
        drop[i] = true;
        continue;
      }
      if (m.type != EntityType::kPerson) {
        name_tokens(doc.slice(m.span), false, toks);
        std::string after(word_after(text, m.span.end, buf));
        if ((!toks.empty() && law_words().count(toks.back())) || law_words().count(after) ||
            after == "agreement") {
          drop[i] = true;
          continue;
        }
        if (party_names().count(singular(low))) m.type = EntityType::kOrg;
        // "held at Belmarsh prison", "Belmarsh and Woodhill prisons": a facility, not a town.
        if (m.type == EntityType::kGpe) {
          if (facility_nouns().count(after)) {
            m.type = EntityType::kLoc;
          } else if (after == "and" && i + 1 < doc.mentions.size()) {
            const Mention& next = doc.mentions[i + 1];
            uint32_t and_end = static_cast<uint32_t>(text.find("and", m.span.end)) + 3;
            if (next.kind == MentionKind::kName && next.type == EntityType::kGpe &&
                next.span.end <= text.size() && next.span.begin == and_end + 1 &&
                facility_nouns().count(word_after(text, next.span.end, buf)))
              m.type = EntityType::kLoc;
          }
        }
      }
      if (m.type == EntityType::kNorp) {
        size_t dash = low.find('-');
        if (dash != std::string::npos && dash > 0 && dash + 1 < low.size()) {
          std::string first = low.substr(0, dash), second = low.substr(dash + 1);
          if (compound_prefixes().count(first) ||
              (norp_keys.count(group_key(EntityType::kNorp, {first})) &&
               norp_keys.count(group_key(EntityType::kNorp, {second})))) {
            drop[i] = true;
            continue;
          }
        }
      }
    }
    size_t kept = 0;
    for (size_t i = 0; i < doc.mentions.size(); ++i)
      if (!drop[i]) doc.mentions[kept++] = doc.mentions[i];
    doc.mentions.resize(kept);
  }

  // Surnames and first names of full person names: a one-word place or organisation with such
  // a name is that person, mistyped by the tagger ("Rahmon's close ties").
  {
    std::unordered_set<std::string> surnames, first_names, bare_person_words;
    for (const Mention& m : doc.mentions) {
      if (m.kind != MentionKind::kName || m.type != EntityType::kPerson) continue;
      name_tokens(doc.slice(m.span), true, toks);
      if (toks.size() >= 2) {
        surnames.insert(toks.back());
        first_names.insert(toks.front());
      } else if (toks.size() == 1) {
        bare_person_words.insert(toks[0]);
      }
    }
    for (Mention& m : doc.mentions) {
      if (m.kind != MentionKind::kName || !place_or_org(m.type)) continue;
      name_tokens(doc.slice(m.span), false, toks);
      if (toks.size() != 1 || all_upper(doc.slice(m.span))) continue;
      if (surnames.count(toks[0]) ||
          (first_names.count(toks[0]) && bare_person_words.count(toks[0])))
        m.type = EntityType::kPerson;
    }
  }

  // Pass 0: multi-word person names and all non-person names, in text order.
  // Pass 1: one-word person names join a full name with that word.
  // Every candidate search below goes through an index (by group key, by first / last name word)
  // and a sorted position list, never over all entities or all earlier mentions, so a document
  // of any length resolves in near-linear time; the choices are the ones a full scan in entity
  // order would make.
  std::vector<std::vector<uint32_t>> positions;  // per entity: where its full names were seen
  std::vector<int32_t> parent_of;                // per person entity: parent entity, -1
  // Entities ascending in each list. Non-persons by group key; multi-word persons by first and
  // last word (which a fuller form of the same name keeps); one-word persons by their word.
  std::unordered_map<std::string, std::vector<int32_t>> by_group_key, by_first_last, by_first,
      by_last;
  std::unordered_map<std::string, int32_t> one_word_person;
  auto first_last_key = [](const std::vector<std::string>& t) {
    std::string k = t.front();
    k += '\x1f';  // never inside a name token
    k += t.back();
    return k;
  };
  // Mentions in text order and sentences in order, non-overlapping: then each entity's
  // positions ascend and lie at or before the mention being resolved in pass 0, and only the
  // last of them can share its sentence. Otherwise every position is looked at.
  const bool in_text_order =
      std::is_sorted(
          doc.mentions.begin(), doc.mentions.end(),
          [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; }) &&
      std::adjacent_find(doc.sentences.begin(), doc.sentences.end(),
                         [](const Sentence& a, const Sentence& b) {
                           return a.span.begin > a.span.end || a.span.end > b.span.begin;
                         }) == doc.sentences.end();
  auto latest_before = [&](size_t e, uint32_t pos) {
    int64_t best = -1;
    if (in_text_order) {
      for (auto it = positions[e].rbegin(); it != positions[e].rend(); ++it)
        if (*it < pos) return static_cast<int64_t>(*it);
      return best;
    }
    for (uint32_t p : positions[e])
      if (p < pos) best = std::max<int64_t>(best, p);
    return best;
  };
  auto apart_from = [&](size_t e, uint32_t pos) {
    if (in_text_order) return positions[e].empty() || !same_sentence(doc, positions[e].back(), pos);
    for (uint32_t p : positions[e])
      if (same_sentence(doc, p, pos)) return false;
    return true;
  };
  for (int pass = 0; pass < 2; ++pass) {
    if (pass == 1) {
      // "Ahmad Massoud, ... son of ... Ahmad Shah Massoud": who is whose parent.
      parent_of.assign(doc.entities.size(), -1);
      for (const Mention& a : doc.mentions) {
        if (a.entity < 0 || a.type != EntityType::kPerson || a.kind != MentionKind::kName) continue;
        if (info[static_cast<size_t>(a.entity)].tokens.size() < 2) continue;
        std::string_view window = text.substr(a.span.end, 160);
        size_t rel = std::string_view::npos;
        for (std::string_view cue : {"son of ", "daughter of ", "child of "})
          rel = std::min(rel, window.find(cue));
        if (rel == std::string_view::npos ||
            !same_sentence(doc, a.span.begin, a.span.end + static_cast<uint32_t>(rel)))
          continue;
        uint32_t from = a.span.end + static_cast<uint32_t>(rel);
        auto b_it = doc.mentions.begin();
        if (in_text_order)
          b_it =
              std::lower_bound(doc.mentions.begin(), doc.mentions.end(), from,
                               [](const Mention& m, uint32_t pos) { return m.span.begin < pos; });
        for (; b_it != doc.mentions.end(); ++b_it) {
          const Mention& b = *b_it;
          if (in_text_order && b.span.begin > from + 100) break;
          if (b.span.begin < from || b.span.begin > from + 100) continue;
          if (b.type != EntityType::kPerson || b.kind != MentionKind::kName || b.entity < 0 ||
              b.entity == a.entity)
            continue;
          parent_of[static_cast<size_t>(a.entity)] = b.entity;
          break;
        }
      }
      for (size_t e = 0; e < doc.entities.size(); ++e) {
        if (doc.entities[e].type != EntityType::kPerson || info[e].tokens.size() < 2) continue;
        by_first[info[e].tokens.front()].push_back(static_cast<int32_t>(e));
        by_last[info[e].tokens.back()].push_back(static_cast<int32_t>(e));
      }
    }
    for (Mention& m : doc.mentions) {
      if (m.kind != MentionKind::kName && m.kind != MentionKind::kValue) continue;
      if (m.span.end > text.size()) continue;
      bool person = m.type == EntityType::kPerson;
      name_tokens(doc.slice(m.span), person, toks);
      if (toks.empty()) toks.push_back(std::string(scan::lower(doc.slice(m.span), buf)));
      bool single_person = person && toks.size() == 1;
      if ((pass == 0) == single_person) continue;
      positions.resize(doc.entities.size());
      int32_t found = -1;
      std::string key = person ? std::string() : group_key(m.type, toks);
      if (!person) {
        // The first earlier entity under the same key, of a compatible type.
        auto it = by_group_key.find(key);
        if (it != by_group_key.end()) {
          for (int32_t e : it->second) {
            const EntityType et = doc.entities[static_cast<size_t>(e)].type;
            if (et == m.type || (place_or_org(et) && place_or_org(m.type))) {
              found = e;
              break;
            }
          }
        }
      } else if (!single_person) {
        // The same full name; else a fuller or shorter form of it ("George W. Bush" /
        // "George Bush") met in another sentence. Two names in one sentence are two people.
        int64_t best = -2;
        auto it = by_first_last.find(first_last_key(toks));
        if (it != by_first_last.end()) {
          for (int32_t ce : it->second) {
            const size_t e = static_cast<size_t>(ce);
            const auto& et = info[e].tokens;
            if (et == toks) {
              found = ce;
              break;
            }
            if (!is_subsequence(et, toks) && !is_subsequence(toks, et)) continue;
            if (!apart_from(e, m.span.begin)) continue;
            int64_t recent = latest_before(e, m.span.begin);
            if (recent > best) {
              best = recent;
              found = ce;
            }
          }
        }
      } else {
        // A bare name: the most recent full name ending in it (else starting with it); after a
        // possessive with a kinship noun ("Massoud's father"), not the relative it names.
        Kin kin = Kin::kNone;
        std::string_view rest = text.substr(m.span.end, 4);
        if (rest.substr(0, 2) == "'s" || rest == "\xE2\x80\x99s")
          kin = kin_word(word_after(text, m.span.end, buf));
        for (int by_first_word = 0; by_first_word < 2 && found < 0; ++by_first_word) {
          const auto& index = by_first_word ? by_first : by_last;
          auto cands_it = index.find(toks[0]);
          if (cands_it == index.end()) continue;
          const std::vector<int32_t>& cands = cands_it->second;
          std::vector<int32_t> preferred;
          if (kin != Kin::kNone) {
            auto in_cands = [&](int32_t e) {
              return e >= 0 && std::find(cands.begin(), cands.end(), e) != cands.end();
            };
            for (int32_t c : cands) {
              bool is_child = in_cands(parent_of[static_cast<size_t>(c)]);
              bool is_parent = false;
              for (int32_t d : cands)
                if (parent_of[static_cast<size_t>(d)] == c) is_parent = true;
              if ((kin == Kin::kParent && is_child) || (kin == Kin::kChild && is_parent))
                preferred.push_back(c);
            }
          }
          const std::vector<int32_t>& pool = preferred.empty() ? cands : preferred;
          int64_t best_before = -1;
          int64_t best_after = INT64_MAX;
          int32_t before = 0, after = 0;
          for (int32_t c : pool) {
            const std::vector<uint32_t>& ps = positions[static_cast<size_t>(c)];
            if (in_text_order) {
              // Ascending: the last one before the mention and the first one at or after it.
              auto at = std::lower_bound(ps.begin(), ps.end(), m.span.begin);
              if (at != ps.begin() && static_cast<int64_t>(*(at - 1)) > best_before) {
                best_before = *(at - 1);
                before = c;
              }
              if (at != ps.end() && static_cast<int64_t>(*at) < best_after) {
                best_after = *at;
                after = c;
              }
              continue;
            }
            for (uint32_t p : ps) {
              if (p<m.span.begin&& static_cast<int64_t>(p)> best_before) {
                best_before = p;
                before = c;
              } else if (p >= m.span.begin && static_cast<int64_t>(p) < best_after) {
                best_after = p;
                after = c;
              }
            }
          }
          if (best_before >= 0)
            found = before;
          else if (best_after != INT64_MAX)
            found = after;
        }
        if (found < 0) {
          auto it = one_word_person.find(toks[0]);
          if (it != one_word_person.end()) found = it->second;
        }
      }
      if (found < 0) {
        found = new_entity(m, toks);
        positions.resize(doc.entities.size());
        if (!person)
          by_group_key[key].push_back(found);
        else if (toks.size() >= 2)
          by_first_last[first_last_key(toks)].push_back(found);
        else
          one_word_person.emplace(toks[0], found);
        if (pass == 1) parent_of.push_back(-1);
      }
      m.entity = found;
      // Bare names choose among full-name mentions only.
      if (!single_person) positions[static_cast<size_t>(found)].push_back(m.span.begin);
      Entity& ent = doc.entities[static_cast<size_t>(found)];
      const auto& known = info[static_cast<size_t>(found)].tokens;
      // The fullest form names the entity: more words, or for a place or group the longer
      // spelling ("America" over "U.S.", "Tajiks" over "Tajik").
      bool fuller = toks.size() > known.size() || (!person && toks.size() == known.size() &&
                                                   without_periods(join_tokens(toks)).size() >
                                                       without_periods(join_tokens(known)).size());
      if (fuller) {
        info[static_cast<size_t>(found)].tokens = toks;
        ent.name = std::string(strip_possessive(doc.slice(m.span)));
        if (ent.name.size() > 4 &&
            (ent.name.compare(0, 4, "the ") == 0 || ent.name.compare(0, 4, "The ") == 0))
          ent.name.erase(0, 4);
      }
    }
  }

  // Non-person names met in any order: an acronym and its expansion ("AIPAC" / "American
  // Israel Public Affairs Committee"), a name and its form with a generic word ("Amnesty" /
  // "Amnesty International"), an acronym standing for the first words ("EU Commission" /
  // "European Commission" when "EU" is "European Union"). Pairs are found through indexes
  // (initials, name prefixes, last words) rather than by trying every pair, then checked in the
  // order a full scan would take them, so the grouping is the same.
  {
    const size_t n = doc.entities.size();
    UnionFind sets(n);
    auto initials_of = [&](size_t e) {
      std::string_view name = doc.entities[e].name;
      if (info[e].tokens.empty()) return std::string();
      size_t space = name.find(' ');
      std::string_view first = name.substr(0, space);
      if (!all_upper(first)) return std::string();
      return without_periods(info[e].tokens.front());
    };
    auto joined = [](const std::vector<std::string>& t, size_t count) {
      std::string k;
      for (size_t i = 0; i < count; ++i) {
        if (i > 0) k += '\x1f';
        k += t[i];
      }
      return k;
    };
    // Names of two or more words by the letters an acronym of them would have (any type);
    // place / organisation names of two or more words by each prefix that leaves only generic
    // words, and by their last word.
    std::unordered_map<std::string, std::vector<int32_t>> by_initials, by_generic_prefix,
        by_last_word;
    for (size_t e = 0; e < n; ++e) {
      const auto& t = info[e].tokens;
      if (t.size() < 2) continue;
      std::string letters;
      for (const std::string& w : t)
        if (w != "of" && w != "the" && w != "and" && w != "for" && !w.empty()) letters += w[0];
      by_initials[letters].push_back(static_cast<int32_t>(e));
      if (!place_or_org(doc.entities[e].type)) continue;
      by_last_word[t.back()].push_back(static_cast<int32_t>(e));
      size_t keep = t.size();
      while (keep > 0 && generic_name_words().count(t[keep - 1])) --keep;
      for (size_t k = keep; k < t.size(); ++k)
        by_generic_prefix[joined(t, k)].push_back(static_cast<int32_t>(e));
    }
    auto same_referent = [&](size_t a, size_t b, const std::string& acro) {
      const auto& ta = info[a].tokens;
      const auto& tb = info[b].tokens;
      if (tb.size() < 2) return false;
      if (ta.size() == 1 && !acro.empty() && is_acronym_of(acro, tb)) return true;
      if (ta.size() < tb.size() && std::equal(ta.begin(), ta.end(), tb.begin())) {
        bool all_generic = true;
        for (size_t k = ta.size(); k < tb.size(); ++k)
          if (!generic_name_words().count(tb[k])) all_generic = false;
        if (all_generic) return true;
      }
      if (ta.size() >= 2 && !acro.empty() && ta.size() <= tb.size() &&
          std::equal(ta.begin() + 1, ta.end(), tb.end() - static_cast<long>(ta.size() - 1))) {
        std::vector<std::string> head(tb.begin(), tb.end() - static_cast<long>(ta.size() - 1));
        auto it = by_initials.find(acro);
        if (it == by_initials.end()) return false;
        for (int32_t ce : it->second) {
          const size_t c = static_cast<size_t>(ce);
          const auto& tc = info[c].tokens;
          if (c == a || c == b || tc.size() < head.size() || tc.size() < 2) continue;
          if (std::equal(head.begin(), head.end(), tc.begin()) && is_acronym_of(acro, tc))
            return true;
        }
      }
      return false;
    };
    std::vector<int32_t> cands;
    auto add_cands = [&](const std::unordered_map<std::string, std::vector<int32_t>>& index,
                         const std::string& key) {
      auto it = index.find(key);
      if (it != index.end()) cands.insert(cands.end(), it->second.begin(), it->second.end());
    };
    for (size_t a = 0; a < n; ++a) {
      if (!place_or_org(doc.entities[a].type)) continue;
      const auto& ta = info[a].tokens;
      const std::string acro = initials_of(a);
      cands.clear();
      if (ta.size() == 1 && acro.size() >= 2) add_cands(by_initials, acro);
      add_cands(by_generic_prefix, joined(ta, ta.size()));
      if (ta.size() >= 2 && !acro.empty()) add_cands(by_last_word, ta.back());
      std::sort(cands.begin(), cands.end());
      cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
      for (int32_t cb : cands) {
        const size_t b = static_cast<size_t>(cb);
        if (a == b || !place_or_org(doc.entities[b].type)) continue;
        if (same_referent(a, b, acro)) {
          int32_t ra = sets.find(static_cast<int32_t>(a)), rb = sets.find(static_cast<int32_t>(b));
          if (ra != rb) sets.parent[static_cast<size_t>(ra)] = rb;
        }
      }
    }
    std::vector<int32_t> remap(n, -1);
    std::vector<Entity> merged_entities;
    std::vector<EntityInfo> merged_info;
    for (size_t e = 0; e < n; ++e) {
      size_t root = static_cast<size_t>(sets.find(static_cast<int32_t>(e)));
      if (remap[root] < 0) {
        remap[root] = static_cast<int32_t>(merged_entities.size());
        merged_entities.push_back(doc.entities[root]);
        merged_info.push_back(info[root]);
      }
      remap[e] = remap[root];
      size_t into = static_cast<size_t>(remap[e]);
      // The fullest form names the entity and gives its type.
      const std::string& cur = merged_entities[into].name;
      if (info[e].tokens.size() > merged_info[into].tokens.size() ||
          (info[e].tokens.size() == merged_info[into].tokens.size() &&
           doc.entities[e].name.size() > cur.size())) {
        merged_entities[into].name = doc.entities[e].name;
        merged_entities[into].type = doc.entities[e].type;
        merged_info[into].tokens = info[e].tokens;
      }
    }
    for (Mention& m : doc.mentions)
      if (m.entity >= 0) m.entity = remap[static_cast<size_t>(m.entity)];
    doc.entities = std::move(merged_entities);
    info = std::move(merged_info);
  }

  // Titles before person names ("Tajik President Emomali Rahmon", "Mr. Pedram") and gender.
  std::vector<scan::Word> words;
  scan::scan_words(text, 0, static_cast<uint32_t>(text.size()), words);
  auto word_index_at = [&](uint32_t pos) {
    auto it = std::lower_bound(words.begin(), words.end(), pos,
                               [](const scan::Word& w, uint32_t p) { return w.begin < p; });
    return static_cast<size_t>(it - words.begin());
  };
  for (const Mention& m : doc.mentions) {
    if (m.entity < 0 || m.type != EntityType::kPerson || m.kind != MentionKind::kName) continue;
    EntityInfo& ei = info[static_cast<size_t>(m.entity)];
    // Title words inside the mention or right before it.
    size_t wi = word_index_at(m.span.begin);
    size_t first = wi;
    for (size_t k = 0; k < 4 && first > 0; ++k) {
      const scan::Word& w = words[first - 1];
      if (w.kind == scan::Kind::kPunct && text[w.begin] == '.') {
        --first;
        continue;
      }
      if (w.kind != scan::Kind::kWord) break;
      std::string_view low = scan::lower(text.substr(w.begin, w.end - w.begin), buf);
      if (!title_words().count(low)) break;
      --first;
    }
    for (size_t k = first; k < words.size() && words[k].begin < m.span.end; ++k) {
      if (words[k].kind != scan::Kind::kWord) continue;
      std::string low(scan::lower(text.substr(words[k].begin, words[k].end - words[k].begin), buf));
      if (!low.empty() && low.back() == '.') low.pop_back();
      if (low == "mr" || low == "sir" || low == "lord" || low == "king" || low == "prince")
        ei.gender = Gender::kMale;
      else if (low == "mrs" || low == "ms" || low == "miss" || low == "lady" || low == "queen")
        ei.gender = Gender::kFemale;
      if (role_nouns().count(low) || title_words().count(low)) {
        if (std::find(ei.titles.begin(), ei.titles.end(), low) == ei.titles.end())
          ei.titles.push_back(low);
      }
    }
    // Appositive: "Temur Umarov, a Central Asia expert at ..., said": role nouns until a comma.
    size_t after = word_index_at(m.span.end);
    if (after < words.size() && scan::is_punct(text, words[after], ',')) {
      for (size_t k = after + 1; k < words.size() && k < after + 12; ++k) {
        if (words[k].kind != scan::Kind::kWord) break;
        std::string low(
            scan::lower(text.substr(words[k].begin, words[k].end - words[k].begin), buf));
        if (role_nouns().count(low) &&
            std::find(ei.titles.begin(), ei.titles.end(), low) == ei.titles.end())
          ei.titles.push_back(low);
      }
    }
  }
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    if (doc.entities[e].type != EntityType::kPerson || info[e].gender != Gender::kUnknown) continue;
    if (info[e].tokens.size() < 2) continue;
    const std::string& first_name = info[e].tokens.front();
    if (male_names().count(first_name))
      info[e].gender = Gender::kMale;
    else if (female_names().count(first_name))
      info[e].gender = Gender::kFemale;
  }

  // Pronouns and definite descriptions, linked to the nearest compatible person before them.
  std::vector<Mention> added;
  size_t name_cursor = 0;
  std::vector<const Mention*> recent_people;  // person name mentions before the cursor
  // Per title: the entity of the latest person name before the cursor with that title.
  std::unordered_map<std::string_view, int32_t> latest_with_title;
  for (size_t k = 0; k < words.size(); ++k) {
    const scan::Word& w = words[k];
    if (w.kind != scan::Kind::kWord) continue;
    while (name_cursor < doc.mentions.size() && doc.mentions[name_cursor].span.begin < w.begin) {
      const Mention& m = doc.mentions[name_cursor++];
      if (m.type == EntityType::kPerson && m.kind == MentionKind::kName && m.entity >= 0) {
        recent_people.push_back(&m);
        for (const std::string& title : info[static_cast<size_t>(m.entity)].titles)
          latest_with_title[title] = m.entity;
      }
    }
    std::string_view low = scan::lower(text.substr(w.begin, w.end - w.begin), buf);
    Gender g = Gender::kUnknown;
    bool pronoun = false;
    if (low == "he" || low == "him" || low == "his" || low == "himself") {
      g = Gender::kMale;
      pronoun = true;
    } else if (low == "she" || low == "her" || low == "hers" || low == "herself") {
      g = Gender::kFemale;
      pronoun = true;
    }
    if (pronoun) {
      Mention pm{Span{w.begin, w.end}, EntityType::kPerson, MentionKind::kPronoun, -1};
      for (auto it = recent_people.rbegin(); it != recent_people.rend(); ++it) {
        if (w.begin - (*it)->span.end > 4000) break;
        EntityInfo& ei = info[static_cast<size_t>((*it)->entity)];
        if (ei.gender == Gender::kUnknown || ei.gender == g) {
          pm.entity = (*it)->entity;
          if (ei.gender == Gender::kUnknown) ei.gender = g;
          break;
        }
      }
      added.push_back(pm);
      continue;
    }
    if (low == "the" && k + 1 < words.size()) {
      // the [former|vice|...] ROLE
      size_t r = k + 1;
      std::string role;
      for (; r < words.size() && r < k + 4; ++r) {
        if (words[r].kind != scan::Kind::kWord) break;
        std::string rl(
            scan::lower(text.substr(words[r].begin, words[r].end - words[r].begin), buf));
        if (role_nouns().count(rl)) {
          role = rl;
          // "the president of the United States" still refers to a president
          break;
        }
        if (!(rl == "former" || rl == "vice" || rl == "foreign" || rl == "prime" ||
              rl == "deputy" || rl == "republican" || rl == "democratic" || rl == "gop" ||
              rl == "presidential" || rl == "state" || rl == "campaign" || rl == "senior" ||
              rl == "top"))
          break;
      }
      if (role.empty() || r >= words.size()) continue;
      // Not followed by a capitalized name ("the president, Barack Obama" is fine either way).
      if (r + 1 < words.size() && words[r + 1].kind == scan::Kind::kWord &&
          words[r + 1].capitalized)
        continue;
      Mention nm{Span{w.begin, words[r].end}, EntityType::kPerson, MentionKind::kNominal, -1};
      auto titled = latest_with_title.find(role);
      if (titled != latest_with_title.end()) nm.entity = titled->second;
      added.push_back(nm);
      k = r;
    }
  }
  for (Mention& m : added) doc.mentions.push_back(m);
  std::stable_sort(doc.mentions.begin(), doc.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    if (m.entity >= 0)
      doc.entities[static_cast<size_t>(m.entity)].mentions.push_back(static_cast<uint32_t>(i));
  }
}

}  // namespace newsgraph
