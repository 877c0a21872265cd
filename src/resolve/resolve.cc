// Entity resolution: name mentions grouped into entities, then pronoun and nominal mentions
// added and linked. See include/newsgraph/resolve.h.
#include "newsgraph/resolve.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "quotes/scan.h"

namespace newsgraph {
namespace {

enum class Gender : uint8_t { kUnknown, kMale, kFemale };

// Titles that may stand before a name, lower-cased, without a final period.
const std::unordered_set<std::string_view>& title_words() {
  static const std::unordered_set<std::string_view> s = {
      "president", "senator", "sen", "gov", "governor", "minister", "secretary", "rep",
      "representative", "mr", "mrs", "ms", "miss", "dr", "judge", "general", "gen", "chairman",
      "chairwoman", "ambassador", "ceo", "speaker", "mayor", "prime", "foreign", "vice",
      "chief", "leader", "candidate", "nominee", "congressman", "congresswoman", "commissioner",
      "director", "attorney", "sheriff", "pope", "king", "queen", "prince", "princess", "lt",
      "col", "sgt", "capt", "captain", "adm", "admiral", "professor", "prof", "reverend", "rev",
      "spokesman", "spokeswoman", "spokesperson", "chancellor", "premier", "lord", "lady",
      "sir", "dame", "emir", "sheikh", "former", "deputy", "state", "defense", "defence",
      "interior", "finance", "house", "senate", "majority", "minority", "whip", "justice",
      "gop", "democratic", "republican", "presidential", "supreme", "court", "campaign",
      "manager", "chair", "founder", "executive", "officer", "analyst", "expert", "pollster",
      "strategist", "adviser", "advisor", "aide", "host", "anchor", "columnist", "economist"};
  return s;
}

// Role nouns a definite description may use for a person: "the president", "the senator".
const std::unordered_set<std::string_view>& role_nouns() {
  static const std::unordered_set<std::string_view> s = {
      "president", "senator", "governor", "minister", "secretary", "congressman",
      "congresswoman", "candidate", "nominee", "mayor", "ambassador", "chairman", "chairwoman",
      "speaker", "spokesman", "spokeswoman", "spokesperson", "leader", "expert", "analyst",
      "businessman", "businesswoman", "mogul", "billionaire", "judge", "general", "chancellor",
      "premier", "diplomat", "official", "lawmaker", "director", "manager", "pollster",
      "strategist", "adviser", "advisor", "aide", "professor", "economist", "representative",
      "commissioner", "attorney", "ceo", "founder", "actor", "actress", "star", "host",
      "reporter", "journalist", "politician", "senator-elect", "president-elect"};
  return s;
}

const std::unordered_set<std::string_view>& male_names() {
  static const std::unordered_set<std::string_view> s = {
      "donald", "bill", "barack", "bernie", "ted", "marco", "jeb", "john", "mike", "paul",
      "chris", "ben", "tim", "joe", "george", "james", "robert", "michael", "william", "david",
      "richard", "charles", "thomas", "mark", "steven", "steve", "kevin", "brian", "jason",
      "jeff", "jeffrey", "eric", "reince", "newt", "rudy", "rudolph", "mitch", "harry", "rand",
      "scott", "lindsey", "rick", "bobby", "jim", "jimmy", "tom", "dan", "daniel", "peter",
      "andrew", "anthony", "jonathan", "matthew", "ryan", "adam", "corey", "stephen", "roger",
      "vladimir", "ahmad", "abdul", "mohammad", "mohammed", "muhammad", "emomali", "amrullah",
      "temur", "ali", "hassan", "omar", "xi", "angela", "boris", "tony", "gordon", "david",
      "nigel", "jacques", "francois", "emmanuel", "recep", "benjamin", "bashar", "kim", "ashraf",
      "hamid", "jose", "carlos", "luis", "juan", "pedro", "jack", "henry", "edward", "frank",
      "gary", "larry", "jerry", "dennis", "walter", "al", "sam", "samuel", "ron", "ronald",
      "nancy_", "mitt", "dick", "gerald", "lyndon", "franklin", "woodrow", "abraham", "elon",
      "kanye", "sean", "steve", "alex", "alexander", "patrick", "ken", "kenneth", "greg",
      "gregory", "doug", "douglas", "phil", "philip", "tucker", "sean", "bret", "jake", "wolf",
      "chuck", "marty", "howard", "keith", "carl", "karl", "nick", "nicholas", "jared", "eric",
      "jerome", "ray", "raymond", "bruce", "wayne", "jay", "lee", "leon", "martin", "luther",
      "malcolm", "colin", "dwight", "harold", "herbert", "ivan", "igor", "sergei", "dmitry"};
  return s;
}

const std::unordered_set<std::string_view>& female_names() {
  static const std::unordered_set<std::string_view> s = {
      "hillary", "nancy", "elizabeth", "sarah", "michelle", "melania", "ivanka", "chelsea",
      "kellyanne", "huma", "hope", "nikki", "carly", "debbie", "donna", "jennifer", "mary",
      "patricia", "linda", "barbara", "susan", "jessica", "karen", "lisa", "betty", "margaret",
      "sandra", "ashley", "kimberly", "emily", "helen", "laura", "rachel", "katie", "kate",
      "catherine", "katherine", "anne", "ann", "anna", "maria", "marie", "julia", "julie",
      "theresa", "angela", "fereshta", "megyn", "maureen", "diane", "dianne", "kirsten",
      "amy", "heidi", "claire", "tammy", "jeanne", "loretta", "condoleezza", "madeleine",
      "samantha", "valerie", "janet", "jane", "joan", "judy", "sharon", "oprah", "beyonce",
      "taylor_", "sheryl", "marsha", "martha", "mia", "nina", "olivia", "sophia", "victoria",
      "christine", "cheryl", "gloria", "rosa", "nicola", "marine", "ursula", "golda", "indira",
      "benazir", "aung", "malala", "jill", "jacqueline", "jackie", "eleanor", "abigail",
      "zoe", "hannah", "grace", "alice", "ellen", "erin", "dana", "gretchen", "kelly_",
      "sally", "wendy", "stephanie", "rebecca", "deborah", "sheila", "paula", "pamela"};
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
    if (t != "of" && t != "the" && t != "and" && t != "for" && !t.empty())
      initials += t[0];
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
    int rank = m->kind == MentionKind::kName ? (m->type == EntityType::kPerson ? 0 : 1)
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
    if (e.name.size() > 4 && (e.name.compare(0, 4, "the ") == 0 || e.name.compare(0, 4, "The ") == 0))
      e.name.erase(0, 4);
    doc.entities.push_back(std::move(e));
    EntityInfo ei;
    ei.tokens = t;
    info.push_back(std::move(ei));
    return static_cast<int32_t>(doc.entities.size() - 1);
  };

  // Pass 1: multi-word person names and all non-person names, in text order.
  // Pass 2: single-word person names attach to the nearest entity containing that word.
  std::vector<std::vector<uint32_t>> positions;  // per entity: where its names were seen
  for (int pass = 0; pass < 2; ++pass) {
    for (Mention& m : doc.mentions) {
      if (m.kind != MentionKind::kName && m.kind != MentionKind::kValue) continue;
      if (m.span.end > text.size()) continue;
      bool person = m.type == EntityType::kPerson;
      name_tokens(doc.slice(m.span), person, toks);
      if (toks.empty()) toks.push_back(std::string(scan::lower(doc.slice(m.span), buf)));
      bool single_person = person && toks.size() == 1;
      if ((pass == 0) == single_person) continue;
      int32_t found = -1;
      for (size_t e = 0; e < doc.entities.size() && found < 0; ++e) {
        if (info[e].tokens == toks && (doc.entities[e].type == m.type ||
                                       (m.type != EntityType::kPerson &&
                                        doc.entities[e].type != EntityType::kPerson)))
          found = static_cast<int32_t>(e);
      }
      if (found < 0 && person && !single_person) {
        // "Emomali Rahmon" after "Rahmon Emomali"? No: same first and last word.
        for (size_t e = 0; e < doc.entities.size() && found < 0; ++e) {
          const auto& et = info[e].tokens;
          if (doc.entities[e].type == EntityType::kPerson && et.size() >= 2 &&
              et.front() == toks.front() && et.back() == toks.back())
            found = static_cast<int32_t>(e);
        }
      }
      if (found < 0 && single_person) {
        // Nearest person entity (by mention distance) with this word as last or first name.
        int64_t best_dist = INT64_MAX;
        for (size_t e = 0; e < doc.entities.size(); ++e) {
          if (doc.entities[e].type != EntityType::kPerson || info[e].tokens.size() < 2) continue;
          const auto& et = info[e].tokens;
          bool match = et.back() == toks[0] || et.front() == toks[0];
          if (!match) continue;
          int64_t dist = INT64_MAX;
          for (uint32_t pos : positions[e]) {
            int64_t d = static_cast<int64_t>(m.span.begin) - static_cast<int64_t>(pos);
            if (d < 0) d = -d * 4;  // prefer earlier mentions
            dist = std::min(dist, d);
          }
          if (et.back() != toks[0]) dist = dist * 2 + 1;  // first-name match is weaker
          if (dist < best_dist) {
            best_dist = dist;
            found = static_cast<int32_t>(e);
          }
        }
      }
      if (found < 0 && !person && all_upper(doc.slice(m.span))) {
        std::string acro(scan::lower(doc.slice(m.span), buf));
        std::erase(acro, '.');
        for (size_t e = 0; e < doc.entities.size() && found < 0; ++e)
          if (doc.entities[e].type != EntityType::kPerson && is_acronym_of(acro, info[e].tokens))
            found = static_cast<int32_t>(e);
      }
      if (found < 0) found = new_entity(m, toks);
      m.entity = found;
      positions.resize(doc.entities.size());
      positions[static_cast<size_t>(found)].push_back(m.span.begin);
      Entity& ent = doc.entities[static_cast<size_t>(found)];
      if (toks.size() > info[static_cast<size_t>(found)].tokens.size()) {
        info[static_cast<size_t>(found)].tokens = toks;
        ent.name = std::string(strip_possessive(doc.slice(m.span)));
      }
    }
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
        std::string low(scan::lower(text.substr(words[k].begin, words[k].end - words[k].begin), buf));
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
    if (male_names().count(first_name)) info[e].gender = Gender::kMale;
    else if (female_names().count(first_name)) info[e].gender = Gender::kFemale;
  }

  // Pronouns and definite descriptions, linked to the nearest compatible person before them.
  std::vector<Mention> added;
  size_t name_cursor = 0;
  std::vector<const Mention*> recent_people;  // person name mentions before the cursor
  for (size_t k = 0; k < words.size(); ++k) {
    const scan::Word& w = words[k];
    if (w.kind != scan::Kind::kWord) continue;
    while (name_cursor < doc.mentions.size() && doc.mentions[name_cursor].span.begin < w.begin) {
      const Mention& m = doc.mentions[name_cursor++];
      if (m.type == EntityType::kPerson && m.kind == MentionKind::kName && m.entity >= 0)
        recent_people.push_back(&m);
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
        std::string rl(scan::lower(text.substr(words[r].begin, words[r].end - words[r].begin), buf));
        if (role_nouns().count(rl)) {
          role = rl;
          // "the president of the United States" still refers to a president
          break;
        }
        if (!(rl == "former" || rl == "vice" || rl == "foreign" || rl == "prime" || rl == "deputy" ||
              rl == "republican" || rl == "democratic" || rl == "gop" || rl == "presidential" ||
              rl == "state" || rl == "campaign" || rl == "senior" || rl == "top"))
          break;
      }
      if (role.empty() || r >= words.size()) continue;
      // Not followed by a capitalized name ("the president, Barack Obama" is fine either way).
      if (r + 1 < words.size() && words[r + 1].kind == scan::Kind::kWord && words[r + 1].capitalized)
        continue;
      Mention nm{Span{w.begin, words[r].end}, EntityType::kPerson, MentionKind::kNominal, -1};
      for (auto it = recent_people.rbegin(); it != recent_people.rend(); ++it) {
        const EntityInfo& ei = info[static_cast<size_t>((*it)->entity)];
        if (std::find(ei.titles.begin(), ei.titles.end(), role) != ei.titles.end()) {
          nm.entity = (*it)->entity;
          break;
        }
      }
      added.push_back(nm);
      k = r;
    }
  }
  for (Mention& m : added) doc.mentions.push_back(m);
  std::stable_sort(doc.mentions.begin(), doc.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    if (m.entity >= 0) doc.entities[static_cast<size_t>(m.entity)].mentions.push_back(
        static_cast<uint32_t>(i));
  }
}

}  // namespace newsgraph
