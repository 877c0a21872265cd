#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "resolve/resolver.h"
#include "resolve/roles.h"
#include "util/lexicon.h"
#include "util/role_words.h"

namespace newsgraph::resolve {
namespace {

// Words that end a description: prepositions, verbs of saying, conjunctions (quotes' list).
const util::Lexicon& phrase_stops() {
  static const util::Lexicon words(
#include "lexicon/np-stop-words.txt.inc"
  );
  return words;
}

bool is_article(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "A" || w == "An" || w == "The";
}

class OrgRoles {
 public:
  explicit OrgRoles(Document& doc) : doc_(doc) {}

  void run() {
    map_tokens();
    for (size_t m = 0; m < doc_.mentions.size(); ++m) {
      const Mention& mm = doc_.mentions[m];
      if (mm.kind != MentionKind::kName || mm.entity < 0) continue;
      if (doc_.entities[static_cast<size_t>(mm.entity)].type != EntityType::kOrg) continue;
      const auto [first, end] = range_[m];
      if (end <= first) continue;
      premodifier(mm.entity, first);
      before_comma(mm.entity, first, end);
      appointed_as(mm.entity, first, end);
      postmodifier(mm.entity, first, end);
      after_name(mm.entity, end);
      dash_aside(mm.entity, first, end);
      known_as(mm.entity, end);
    }
  }

 private:
  std::string_view tok(size_t t) const { return doc_.slice(doc_.tokens[t].span); }
  std::string lower(size_t t) const {
    std::string s(tok(t));
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }
  bool flag(size_t t, TokenFlags f) const {
    return (doc_.tokens[t].flags & static_cast<uint16_t>(f)) != 0;
  }
  // A noun for a part of an organisation: "unit", "division", "subsidiary", "affiliate", "arm".
  bool is_part_noun(size_t t) const {
    const std::string w = lower(t);
    return w == "unit" || w == "units" || w == "division" || w == "subsidiary" ||
           w == "affiliate" || w == "arm";
  }
  bool is_org_noun(size_t t) const {
    return token_mention_[t] < 0 && organisation_nouns().contains(lower(t));
  }
  // "Swiss-based", "Kremlin-backed", "state-owned": a compound ending in a participle that
  // says where an organisation sits or who owns or backs it.
  bool placing_compound(size_t t) const {
    const std::string low = lower(t);
    const size_t dash = low.rfind('-');
    if (dash == std::string::npos || dash == 0) return false;
    const std::string_view tail = std::string_view(low).substr(dash + 1);
    return tail == "based" || tail == "owned" || tail == "run" || tail == "backed" ||
           tail == "controlled" || tail == "listed" || tail == "headquartered";
  }
  bool is_subject_pronoun(size_t t) const {
    const std::string w = lower(t);
    return w == "it" || w == "he" || w == "she" || w == "they" || w == "we" || w == "i";
  }
  // A word that may be part of a description: lower-case, not a stop word, a group or place
  // name ("Australian", "Swiss") or a placing compound ("London-based").
  bool description_word(size_t t) const {
    if (token_mention_[t] >= 0) {
      const EntityType type = doc_.mentions[static_cast<size_t>(token_mention_[t])].type;
      return type == EntityType::kNorp || type == EntityType::kGpe;
    }
    const std::string_view w = tok(t);
    // "Australia's largest copper miner": a possessive after a place name.
    if ((w == "'s" || w == "’s") && t > 0 && token_mention_[t - 1] >= 0)
      return doc_.mentions[static_cast<size_t>(token_mention_[t - 1])].type == EntityType::kGpe;
    if (w.empty() || flag(t, TokenFlags::kPunct) || flag(t, TokenFlags::kQuoteMark)) return false;
    if (placing_compound(t)) return true;
    if (!std::islower(static_cast<unsigned char>(w[0])) && !flag(t, TokenFlags::kSentenceStart))
      return false;
    const std::string low = lower(t);
    // Not a pronoun or a verb's particle ("it snapped up rival bank X").
    return !phrase_stops().contains(low) && !is_article(low) && low != "its" && low != "his" &&
           low != "her" && low != "their" && !is_subject_pronoun(t) && low != "up" &&
           low != "down" && low != "out" && low != "off";
  }

  void map_tokens() {
    token_mention_.assign(doc_.tokens.size(), -1);
    range_.assign(doc_.mentions.size(), {0, 0});
    size_t t = 0;
    for (size_t m = 0; m < doc_.mentions.size(); ++m) {
      const Mention& mm = doc_.mentions[m];
      if (mm.kind != MentionKind::kName) continue;
      while (t > 0 && doc_.tokens[t - 1].span.end > mm.span.begin) --t;
      while (t < doc_.tokens.size() && doc_.tokens[t].span.end <= mm.span.begin) ++t;
      size_t u = t;
      for (; u < doc_.tokens.size() && doc_.tokens[u].span.begin < mm.span.end; ++u)
        if (token_mention_[u] < 0) token_mention_[u] = static_cast<int32_t>(m);
      range_[m] = {t, u};
    }
  }

  void add(int32_t entity, size_t t0, size_t t1) {
    while (t0 < t1 && is_article(tok(t0))) ++t0;
    if (t1 <= t0) return;
    const Span sp{doc_.tokens[t0].span.begin, doc_.tokens[t1 - 1].span.end};
    std::string text(doc_.slice(sp));
    std::vector<std::string>& roles = doc_.entities[static_cast<size_t>(entity)].roles;
    if (std::find(roles.begin(), roles.end(), text) == roles.end()) roles.push_back(text);
  }

  // "state-owned oil firm Rosneft": description words ending in an organisation noun.
  void premodifier(int32_t entity, size_t first) {
    // "Australia's largest copper miner - MIM Holdings": a dash between.
    if (first >= 2 && (tok(first - 1) == "-" || tok(first - 1) == "–" || tok(first - 1) == "—") &&
        is_org_noun(first - 2))
      --first;
    // A name that opens its sentence has no premodifier: "… REFINERY UNIT\n\nMobil Corp said"
    // ends a headline before it.
    if (first == 0 || flag(first, TokenFlags::kSentenceStart) ||
        flag(first, TokenFlags::kParagraphStart))
      return;
    // "pressure on Swiss-based Xstrata": the compound alone is the description.
    if (token_mention_[first - 1] < 0 && placing_compound(first - 1)) {
      add(entity, first - 1, first);
      return;
    }
    if (!is_org_noun(first - 1)) return;
    size_t t = first - 1;
    while (t > 0 && first - t < 6) {
      // The description stays in its sentence: "too low\n\nAustralian mining firm WMC".
      if (flag(t, TokenFlags::kSentenceStart) || flag(t, TokenFlags::kParagraphStart)) break;
      const size_t p = t - 1;
      // "oil and gas giant": "and" between two description words.
      if (lower(p) == "and" && p > 0 && description_word(p - 1) && token_mention_[p - 1] < 0) {
        t = p;
        continue;
      }
      if (!description_word(p)) break;
      // "Brando granted gaming company X", "it snapped up rival bank X": a past form after a
      // person's or organisation's name or a subject pronoun is their verb, not a description.
      if (p > 0 && token_mention_[p] < 0 && lower(p).ends_with("ed") &&
          !flag(p, TokenFlags::kSentenceStart) && !flag(p, TokenFlags::kParagraphStart) &&
          (is_subject_pronoun(p - 1) ||
           (token_mention_[p - 1] >= 0 &&
            (doc_.mentions[static_cast<size_t>(token_mention_[p - 1])].type == EntityType::kOrg ||
             doc_.mentions[static_cast<size_t>(token_mention_[p - 1])].type ==
                 EntityType::kPerson))))
        break;
      t = p;
      if (placing_compound(p)) break;  // "Boston-based private investment firm" opens there
      // A possessive ("Australia's") opens the noun phrase: the description starts with it.
      if (token_mention_[p] >= 0 && p + 1 < first && (tok(p + 1) == "'s" || tok(p + 1) == "’s")) {
        t = range_[static_cast<size_t>(token_mention_[p])].first;
        break;
      }
    }
    add(entity, t, first);
  }

  // "Yukos' main production arm, Yugansk, to Rosneft", "the health club unit, Health and Tennis
  // Corp, would": a description set off before the name, ending in an organisation noun and
  // opened by an article, "its" or an owner's possessive; the name's aside closes after it.
  void before_comma(int32_t entity, size_t first, size_t end) {
    // "The sport's ruling body, the IAAF, is": an article before the name.
    if (first >= 4 && is_article(tok(first - 1)) && tok(first - 2) == ",") --first;
    if (first < 3 || tok(first - 1) != "," || !is_org_noun(first - 2)) return;
    if (end < doc_.tokens.size() && tok(end) != "," && tok(end) != ".") return;
    const size_t noun = first - 2;
    size_t t = noun;
    for (size_t words = 0; t > 0 && words < 7; ++words) {
      const size_t p = t - 1;
      if (is_article(tok(p))) return add(entity, p, noun + 1);
      if (lower(p) == "its" || lower(p) == "their") return add(entity, t, noun + 1);
      // "Yukos' main production arm": the owner's name opens the description.
      if (lexicon::is_possessive(tok(p)) && p > 0 && token_mention_[p - 1] >= 0) {
        const size_t owner = static_cast<size_t>(token_mention_[p - 1]);
        // An organisation's or a person's ("50 Cent's management company, Violator").
        if (doc_.mentions[owner].type != EntityType::kOrg &&
            doc_.mentions[owner].type != EntityType::kPerson)
          break;
        return add(entity, range_[owner].first, noun + 1);
      }
      // "the sport's ruling body": a common noun's possessive inside the description.
      if (lexicon::is_possessive(tok(p)) && p > 1 && token_mention_[p - 1] < 0 &&
          description_word(p - 1) && !flag(p, TokenFlags::kSentenceStart)) {
        t = p - 1;
        continue;
      }
      if (flag(t, TokenFlags::kSentenceStart) || !description_word(p)) return;
      t = p;
    }
  }

  // "Euronext appointed UBS and ABN Amro as additional advisors": what the organisations an
  // appointing verb names are appointed as (a person's or an organisation's noun ends it).
  void appointed_as(int32_t entity, size_t first, size_t end) {
    const size_t n = doc_.tokens.size();
    size_t as = end;  // past "and ABN Amro", ", Lazard"
    while (as + 1 < n && (tok(as) == "," || lower(as) == "and") && token_mention_[as + 1] >= 0)
      as = range_[static_cast<size_t>(token_mention_[as + 1])].second;
    if (as + 2 >= n || lower(as) != "as") return;
    size_t open = first;  // back over "UBS and" to the verb
    while (open >= 2 && (tok(open - 1) == "," || lower(open - 1) == "and") &&
           token_mention_[open - 2] >= 0)
      open = range_[static_cast<size_t>(token_mention_[open - 2])].first;
    if (open == 0 || !is_appointing_verb(open - 1)) return;
    size_t t = as + 1;
    while (t < n && (is_article(tok(t)) || lower(t) == "its" || lower(t) == "their")) ++t;
    const size_t begin = t;
    for (; t < n && t < begin + 4 && token_mention_[t] < 0 && description_word(t); ++t) {
      std::string w = lower(t);
      if (w.size() > 3 && w.back() == 's') w.pop_back();
      if (util::person_titles().contains(w) || organisation_nouns().contains(w))
        return add(entity, begin, t + 1);
    }
  }
  bool is_appointing_verb(size_t t) const {
    const std::string w = lower(t);
    return w == "appointed" || w == "appoints" || w == "named" || w == "hired" || w == "retained" ||
           w == "picked" || w == "chose" || w == "selected";
  }

  // "the Islamic State extremist group": description words after the name ending in an
  // organisation noun, the phrase then ending.
  void postmodifier(int32_t entity, size_t first, size_t end) {
    size_t t = end;
    while (t < doc_.tokens.size() && t < end + 3 && description_word(t) && !is_org_noun(t) &&
           token_mention_[t] < 0)
      ++t;
    if (t >= doc_.tokens.size() || !is_org_noun(t)) return;
    // "MOBIL CORP UNIT", "the SEC enforcement division": a part's noun after a name is a part
    // of it; only after an owner in the possessive is the name the part ("Yukos's
    // Yuganskneftegas subsidiary", "its Markborough properties subsidiary").
    const bool owned = first > 0 && (lexicon::is_possessive(tok(first - 1)) ||
                                     lower(first - 1) == "its" || lower(first - 1) == "their");
    if (is_part_noun(t) && !owned) return;
    // A bare noun right after the name is a description only for a part ("Yukos's
    // Yuganskneftegas subsidiary"): "Yukos shares", "the Gazprom group" name the firm itself.
    if (t == end && !is_part_noun(t)) return;
    const size_t after = t + 1;
    if (t > end && after < doc_.tokens.size() && token_mention_[after] < 0 &&
        description_word(after) && !flag(after, TokenFlags::kSentenceStart))
      return;  // the noun phrase goes on: not a description of the name
    add(entity, end, t + 1);
  }

  // "Deutsche Bank - itself a target of a Yukos lawsuit - said": a determiner phrase set off by
  // dashes after the name (no statement inside it) describes it, whatever its noun.
  void dash_aside(int32_t entity, size_t first, size_t end) {
    const size_t n = doc_.tokens.size();
    if (end + 3 >= n || !is_dash(end)) return;
    // Not a name inside a phrase the aside may describe ("the scandal at Yili - the latest …").
    static constexpr std::string_view kPrepositions[] = {
        "of", "at", "in", "on", "for", "with", "by", "from", "to", "about", "into", "against"};
    if (first > 0 && std::find(std::begin(kPrepositions), std::end(kPrepositions),
                               lower(first - 1)) != std::end(kPrepositions))
      return;
    size_t start = end + 1;
    if (lower(start) == "itself" || lower(start) == "also" || lower(start) == "now") ++start;
    if (start + 1 >= n || !is_article(tok(start))) return;
    for (size_t t = start + 1; t < n && t < start + 12; ++t) {
      if (is_dash(t)) return add(entity, start, t);
      if (flag(t, TokenFlags::kQuoteMark) || (flag(t, TokenFlags::kPunct) && tok(t) != "'s" &&
                                              tok(t) != "’s" && tok(t) != "'" && tok(t) != "’"))
        return;
      if (lexicon::lower_in(tok(t), lexicon::cue_words()) || lower(t) == "who" ||
          lower(t) == "which" || lower(t) == "that")
        return;
    }
  }
  // "Yuganskneftegaz, as the Yukos unit is formally known,": what the aside calls the name.
  void known_as(int32_t entity, size_t end) {
    const size_t n = doc_.tokens.size();
    if (end + 5 >= n || tok(end) != "," || lower(end + 1) != "as" || !is_article(tok(end + 2)))
      return;
    for (size_t t = end + 3; t + 1 < n && t < end + 9; ++t) {
      if (lower(t) == "is" || lower(t) == "was") {
        size_t k = t + 1;
        if (k < n && lower(k).ends_with("ly")) ++k;  // "formally", "commonly"
        if (k < n && lower(k) == "known" && t > end + 3) add(entity, end + 3, t);
        return;
      }
      if (flag(t, TokenFlags::kPunct) && tok(t) != "'s" && tok(t) != "’s") return;
    }
  }
  bool is_dash(size_t t) const { return tok(t) == "-" || tok(t) == "–" || tok(t) == "—"; }

  // "Yukos, one of Russia's biggest companies," and "Xstrata is a global mining giant with".
  void after_name(int32_t entity, size_t end) {
    const size_t n = doc_.tokens.size();
    if (end + 2 >= n) return;
    size_t start;
    if (tok(end) == ",") {
      start = end + 1;
      if (!is_article(tok(start)) && lower(start) != "one") return;
    } else if ((lower(end) == "is" || lower(end) == "was") && is_article(tok(end + 1))) {
      start = end + 1;
    } else {
      return;
    }
    size_t t = start;
    size_t last_noun = 0;
    while (t < n && t < start + 10) {
      if (flag(t, TokenFlags::kPunct) && tok(t) != "'s" && tok(t) != "’s" && tok(t) != "-") break;
      if (t > start && phrase_stops().contains(lower(t)) && lower(t) != "of") break;
      if (is_org_noun(t) || lower(t) == "companies" || lower(t) == "firms") last_noun = t + 1;
      ++t;
    }
    // The description ends at its organisation noun; an apposition must end with a comma.
    if (last_noun == 0) return;
    if (tok(end) == "," && (t >= n || tok(t) != ",")) {
      // "Gazprom, the company originally tipped to buy Yuganskneftegas, was banned": an
      // apposition that goes on after its noun runs to its closing comma.
      const size_t comma = closing_comma(start, start + 16);
      if (comma != SIZE_MAX) add(entity, start, comma);
      return;
    }
    add(entity, start, last_noun);
  }

  // The comma that closes an aside from token t (or, `or_stop`, the full stop that ends its
  // sentence), before `limit`, another sentence end, a quotation mark or a verb of saying;
  // SIZE_MAX when there is none.
  size_t closing_comma(size_t t, size_t limit, bool or_stop = false) const {
    for (size_t u = t; u < doc_.tokens.size() && u < limit; ++u) {
      if (tok(u) == "," || (or_stop && tok(u) == ".")) return u;
      // "…, the agency said some rain fell", "…, a group of rabbis called for …": a clause of
      // its own, no aside.
      if (lexicon::lower_in(tok(u), lexicon::cue_words()) || lower(u) == "called") return SIZE_MAX;
      if (flag(u, TokenFlags::kQuoteMark) || tok(u) == "." || tok(u) == ";" || tok(u) == ":" ||
          (u > t && flag(u, TokenFlags::kSentenceStart)))
        return SIZE_MAX;
    }
    return SIZE_MAX;
  }

  Document& doc_;
  std::vector<int32_t> token_mention_;            // token -> name mention, -1
  std::vector<std::pair<size_t, size_t>> range_;  // mention -> token range
};

}  // namespace

void find_organisation_roles(Document& doc) {
  if (doc.tokens.empty() || doc.entities.empty()) return;
  OrgRoles(doc).run();
}

}  // namespace newsgraph::resolve
