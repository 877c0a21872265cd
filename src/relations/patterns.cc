// Title, apposition, compound and verb patterns of the relation extractor beyond the first
// set in relations.cc: "ABC's host, George Stephanopoulos", "Gov. Phil Bryant of
// Mississippi", "Brad Adams, from Human Rights Watch", "Houston, Texas", "Moscow's Sovlink
// Securities", "Kremlin-backed", "took on X", "X met with Y", "Y appointed X". See
// docs/relations.md.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "relations/extractor.h"
#include "resolve/coref.h"
#include "util/ascii.h"
#include "util/role_words.h"

namespace newsgraph {
int32_t RelationExtractor::party_entity(std::string_view word) const {
  const std::string key = lexicon::party_key(word);
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    const Entity& ent = doc_.entities[e];
    if (ent.type != EntityType::kOrg && ent.type != EntityType::kNorp) continue;
    for (uint32_t mi : ent.mentions) {
      const Mention& mm = doc_.mentions[mi];
      if (mm.kind != MentionKind::kName) continue;
      std::string_view name = doc_.slice(mm.span);
      if (lexicon::is_party_word(name) && lexicon::party_key(name) == key)
        return static_cast<int32_t>(e);
    }
  }
  return -1;
}

void RelationExtractor::institution_of_title(int32_t person, uint32_t head,
                                             std::string_view before) {
  std::string_view inst;
  if (!before.empty()) {
    std::string two = std::string(before) + " " + std::string(tok(head));
    inst = lexicon::institution_for_title(two);
  }
  if (inst.empty()) inst = lexicon::institution_for_title(tok(head));
  if (inst.empty()) return;
  int32_t org = find_entity(inst, EntityType::kOrg);
  if (org < 0) org = find_entity(std::string("the ") + std::string(inst), EntityType::kOrg);
  if (org >= 0) add_relation(person, "member_of", org);
}

// "Gov. Phil Bryant of Mississippi", "Chairman Dan Smith of Acme": the title before the name
// names what follows "of".
void RelationExtractor::title_then_of(int32_t m, uint32_t title_begin, uint32_t title_end) {
  const uint32_t end = mention_end_token(m);
  if (title_begin >= title_end || end + 1 >= sent_end()) return;
  if (!lexicon::iequals(tok(end), "of")) return;
  int32_t target = token_mention_[end + 1];
  if (target < 0 || !is_entity_mention(target, {EntityType::kGpe, EntityType::kOrg})) return;
  const uint32_t head = title_end - 1;
  const std::string_view before = head > title_begin ? tok(head - 1) : "";
  if (lexicon::is_leader_title(tok(head), before)) {
    add_relation(entity_of(m), "leader_of", entity_of(target));
    return;
  }
  std::string_view rel = lexicon::relation_for_noun(tok(head));
  if ((rel == "employee_of" || rel == "member_of" || rel == "lawyer_of" || rel == "adviser_to") &&
      is_entity_mention(target, {EntityType::kOrg}))
    add_relation(entity_of(m), rel, entity_of(target));
}

// "Brad Adams, from Human Rights Watch, said": an organisation the person comes from. Also
// "said John Olson of Drexel Burnham Lambert", "Simon Hart of the Countryside Alliance has
// questioned …" (a name, "of" and the organisation, with no title that already tied them:
// "Chairman Dan Smith of Acme" is its leader).
void RelationExtractor::from_org_apposition(int32_t m) {
  const uint32_t t = mention_end_token(m);
  const bool from = t + 2 < sent_end() && tok(t) == "," && lexicon::iequals(tok(t + 1), "from");
  const bool of = t + 1 < sent_end() && lexicon::iequals(tok(t), "of");
  if (!from && !of) return;
  uint32_t at = from ? t + 2 : t + 1;
  // "of the ORG", "from the controversial group Fathers 4 Justice": the organisation's
  // description before its name.
  if (at + 1 < sent_end() && lexicon::iequals(tok(at), "the")) at = skip_description_words(at + 1);
  if (at >= sent_end()) return;
  int32_t org = token_mention_[at];
  if (org < 0 || !is_entity_mention(org, {EntityType::kOrg})) return;
  const uint32_t after = mention_end_token(org);
  // After "of ORG": the end of the phrase, "in", or the person's verb ("has questioned").
  if (after < sent_end() && tok(after) != "," && tok(after) != "." &&
      !(of && (lexicon::iequals(tok(after), "in") || starts_lower_word(tok(after)))))
    return;
  const int32_t person = entity_of(m), object = entity_of(org);
  // "Alan Edgar of Prudential Bache Capital Funding in Dallas": the office is in that place.
  if (after + 1 < sent_end() && lexicon::iequals(tok(after), "in")) {
    const int32_t place = token_mention_[after + 1];
    if (place >= 0 && is_entity_mention(place, {EntityType::kGpe}) &&
        mention_first_token(place) == after + 1)
      add_relation(object, "located_in", entity_of(place));
  }
  if (of && std::any_of(doc_.relations.begin(), doc_.relations.end(), [&](const Relation& r) {
        return r.subject == person && r.object == object;
      }))
    return;
  add_relation(person, "employee_of", object);
}

// "the court in Houston, Texas, where", "in Dallas, Texas on Monday": a place followed by the
// larger place it lies in. Not in a list ("Paris, London and Berlin").
void RelationExtractor::place_comma_place() {
  for (uint32_t t = sent_begin(); t + 2 < sent_end(); ++t) {
    int32_t a = token_mention_[t];
    if (a < 0 || mention_first_token(a) != t || !is_entity_mention(a, {EntityType::kGpe})) continue;
    const uint32_t comma = mention_end_token(a);
    if (comma + 1 >= sent_end() || tok(comma) != ",") continue;
    int32_t b = token_mention_[comma + 1];
    if (b < 0 || !is_entity_mention(b, {EntityType::kGpe})) continue;
    const uint32_t after = mention_end_token(b);
    if (t > sent_begin() && (tok(t - 1) == "," || lexicon::iequals(tok(t - 1), "and"))) continue;
    // After the larger place: punctuation, or a preposition or relative word ("Dallas, Texas on
    // Monday", "Jupiter, Florida who"); not a verb, whose subject the second place is after a
    // fronted phrase ("In Taipei, Taiwan said", "in Dublin, Ireland tore into"), nor "and".
    static constexpr std::string_view kAfterAPlace[] = {
        "on", "from", "in", "at", "for", "to", "where", "who", "which", "that", "until", "during"};
    const bool place_follows =
        after < sent_end() && std::any_of(std::begin(kAfterAPlace), std::end(kAfterAPlace),
                                          [&](std::string_view w) { return tok(after) == w; });
    if (after < sent_end() && tok(after) != "," && tok(after) != "." && tok(after) != ";" &&
        !place_follows)
      continue;
    // "Besides China, Vietnam, the Philippines ...": after the second comma, a list goes on.
    if (after + 1 < sent_end() && tok(after) == "," &&
        !std::islower(static_cast<unsigned char>(tok(after + 1)[0])) &&
        !std::isdigit(static_cast<unsigned char>(tok(after + 1)[0])))
      continue;
    if (after + 1 < sent_end() && token_mention_[after + 1] >= 0 &&
        is_entity_mention(token_mention_[after + 1], {EntityType::kGpe}))
      continue;  // "Paris, Lyon, Marseille": a list
    add_relation(entity_of(a), "located_in", entity_of(b));
  }
}

// "launched at Punta del Este in Uruguay": a place after a preposition of place, then "in" and
// a place. Also an organisation's or a site's name there ("at the National Constitution Center
// in Philadelphia", "the Olympic Dam mine in South Australia").
void RelationExtractor::place_in_place() {
  static const lexicon::WordSet kSiteNouns = {
      "mine",      "mines",  "plant",    "plants",  "refinery", "refineries",   "factory",
      "factories", "field",  "fields",   "smelter", "studios",  "headquarters", "campus",
      "airport",   "prison", "terminal", "port",    "base",     "offices"};
  for (uint32_t t = sent_begin() + 1; t + 2 < sent_end(); ++t) {
    const int32_t a = token_mention_[t];
    if (a < 0 || mention_first_token(a) != t) continue;
    const bool place = is_entity_mention(a, {EntityType::kGpe, EntityType::kLoc});
    if (!place && !is_entity_mention(a, {EntityType::kOrg})) continue;
    uint32_t in = mention_end_token(a);
    bool site = in < sent_end() && tok_in(in, kSiteNouns);
    // A site's own name after "the" ("the Olympic Dam mine"), not a country's that modifies it
    // ("the famous US base in Hawaii", "the UK plant").
    const std::string_view name = doc_.slice(doc_.mentions[static_cast<size_t>(a)].span);
    if (site && place &&
        (!lexicon::iequals(tok(t - 1), "the") ||
         std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; })))
      site = false;
    if (site) ++in;
    // Unless a site's noun follows a place's name, a preposition of place before it ("the" may
    // stand between for an organisation): a place, or an organisation "at" one ("at KGB
    // headquarters in Moscow"; not "jobs in Apple in California", "investors from Acme in
    // Texas", "the Ford plant in Mexico", which is the plant's place, not Ford's).
    if (!(site && place)) {
      uint32_t p = t - 1;
      if (lexicon::iequals(tok(p), "the") && p > sent_begin()) --p;
      const std::string_view before = tok(p);
      const bool at = lexicon::iequals(before, "at");
      if (!at && !lexicon::iequals(before, "in") && !lexicon::iequals(before, "near") &&
          !lexicon::iequals(before, "from"))
        continue;
      if (place ? p != t - 1 : !at) continue;  // not "in the United States in 2004"
    }
    if (in + 1 >= sent_end() || !lexicon::iequals(tok(in), "in")) continue;
    const int32_t b = token_mention_[in + 1];
    if (b < 0 || mention_first_token(b) != in + 1 ||
        !is_entity_mention(b, {EntityType::kGpe, EntityType::kLoc}) || entity_of(a) == entity_of(b))
      continue;
    // "in Paris and in Lyon", "from Boston in New York and ...": not a list's item.
    const uint32_t after = mention_end_token(b);
    if (after < sent_end() && lexicon::iequals(tok(after), "and")) continue;
    add_relation(entity_of(a), "located_in", entity_of(b));
  }
}

// "Moscow's Sovlink Securities" -> located_in Moscow. The parts an owner names: "Yukos's
// Yuganskneftegas subsidiary", "its Six Flags amusement park unit", "its unit Gazpromneft",
// "Yukos' main production arm, Yugansk", "Yuganskneftegaz, as the Yukos unit is known" ->
// part_of.
void RelationExtractor::possessive_orgs() {
  for (uint32_t t = sent_begin(); t + 2 < sent_end(); ++t) {
    int32_t owner = token_mention_[t];
    if (owner < 0 || mention_end_token(owner) != t + 1 || !lexicon::is_possessive(tok(t + 1)))
      continue;
    int32_t org = token_mention_[t + 2];
    if (org < 0 || !is_entity_mention(org, {EntityType::kOrg})) continue;
    if (is_entity_mention(owner, {EntityType::kGpe}))
      add_relation(entity_of(org), "located_in", entity_of(owner));
  }
  for (uint32_t t = sent_begin() + 1; t < sent_end(); ++t) {
    const int32_t m = token_mention_[t];
    if (m < 0 || mention_first_token(m) != t || !is_entity_mention(m, {EntityType::kOrg})) continue;
    const int32_t owner = part_owner(m);
    if (owner >= 0 && owner != entity_of(m)) add_relation(entity_of(m), "part_of", owner);
  }
}

// "the Kremlin-backed candidate X" -> Kremlin supports X; "London-based Xstrata", "London-based
// options and futures exchange Liffe" -> located_in.
void RelationExtractor::compound_relations() {
  for (uint32_t t = sent_begin(); t + 1 < sent_end(); ++t) {
    if (token_mention_[t] >= 0) continue;
    std::string_view w = tok(t);
    const size_t dash = w.rfind('-');
    if (dash == std::string_view::npos || dash == 0) continue;
    std::string_view suffix = w.substr(dash + 1);
    const bool backed = lexicon::iequals(suffix, "backed") || lexicon::iequals(suffix, "funded");
    const bool based = lexicon::iequals(suffix, "based");
    if (!backed && !based) continue;
    std::string_view prefix = w.substr(0, dash);
    int32_t who = -1;
    for (EntityType type : {EntityType::kOrg, EntityType::kGpe, EntityType::kPerson}) {
      if (based && type != EntityType::kGpe) continue;
      if ((who = find_entity(prefix, type)) >= 0) break;
    }
    if (who < 0) continue;
    // The name the compound's noun phrase ends in: "London-based Xstrata", "London-based options
    // and futures exchange Liffe", "Oporto-based <Banco ...>": lower-case nouns between, no
    // function word ("a Washington-based developer and spokeswoman for the Coalition") and no
    // "and" before a name ("C.I.A.-backed rebels and Nusra Front").
    int32_t what = -1;
    for (uint32_t u = t + 1; u < sent_end() && u < t + 8; ++u) {
      if (token_mention_[u] >= 0) {
        what = token_mention_[u];
        break;
      }
      if (tok(u) == "<") continue;  // a Reuters ticker bracket
      if (is_punct(u) || !std::islower(static_cast<unsigned char>(tok(u)[0]))) break;
      if (lexicon::iequals(tok(u), "and")) {
        if (u + 1 < sent_end() && token_mention_[u + 1] >= 0) break;
        continue;
      }
      // "a Pakistan-based group called Lashkar-e-Taiba".
      if (lexicon::iequals(tok(u), "called") || lexicon::iequals(tok(u), "named")) continue;
      if (tok_in(u, lexicon::stop_words())) break;
    }
    if (what < 0 ||
        !is_entity_mention(what, {EntityType::kOrg, EntityType::kPerson, EntityType::kGpe}))
      continue;
    if (based) {
      add_relation(entity_of(what), "located_in", who);
      // "Zurich and London-based X": the first place too.
      if (t >= sent_begin() + 2 && lexicon::iequals(tok(t - 1), "and")) {
        int32_t other = token_mention_[t - 2];
        if (other >= 0 && is_entity_mention(other, {EntityType::kGpe}))
          add_relation(entity_of(what), "located_in", entity_of(other));
      }
    } else {
      add_relation(who, "supports", entity_of(what));
    }
  }
}

// The subject of a verb at token t: the nearest mention before it with at most two words
// ("will", "had", "openly") between, or -1.
int32_t RelationExtractor::subject_before(uint32_t t) const {
  uint32_t gap = 0;
  for (uint32_t p = t; p > sent_begin() && gap <= 2; --p) {
    int32_t pm = token_mention_[p - 1];
    if (pm >= 0) return pm;
    if (is_punct(p - 1)) return -1;
    // Only auxiliaries and adverbs between ("had", "will", "openly"): "Democratic federal
    // delegation supports" has a noun phrase, not the name, as subject.
    const std::string_view w = tok(p - 1);
    const bool adverb = w.size() > 3 && w.substr(w.size() - 2) == "ly";
    if (!adverb && !tok_in(p - 1, lexicon::stop_words())) return -1;
    ++gap;
  }
  return -1;
}

int32_t RelationExtractor::clause_subject(uint32_t t) const {
  if (t < sent_begin() + 2) return -1;
  // The sentence's subject: the first name, with only its title phrase before it.
  uint32_t u = sent_begin();
  while (u < t && token_mention_[u] < 0 && role_tokens_[u - sent_begin()]) ++u;
  const int32_t subj = u < t ? token_mention_[u] : -1;
  if (subj < 0 || doc_.mentions[size_t(subj)].kind != MentionKind::kName ||
      !is_entity_mention(subj, {EntityType::kPerson, EntityType::kOrg}))
    return -1;
  const uint32_t subj_end = mention_end_token(subj);
  if (subj_end >= t) return -1;
  // "X, Y and Z were held …, accused of links": a list of names, and a passive "accused of".
  if (subj_end + 1 < t && tok(subj_end) == "," && token_mention_[subj_end + 1] >= 0) return -1;
  if (t + 1 < sent_end() && lexicon::iequals(tok(t + 1), "of")) return -1;
  const std::string_view w = tok(t);
  const bool participle = w.size() > 4 && w.ends_with("ing");
  bool comma_before = false;
  for (uint32_t p = subj_end; p < t - 1 && !comma_before; ++p) comma_before = tok(p) == ",";
  if (participle) {
    // ", trashing Trump", "…, and accusing him": after a comma, or "and" after one.
    return tok(t - 1) == "," || (lexicon::iequals(tok(t - 1), "and") && comma_before) ? subj : -1;
  }
  // "Biden, stumping for Clinton, trashes Trump": a verb right after an aside set off after
  // the subject.
  return tok(t - 1) == "," && subj_end < sent_end() && tok(subj_end) == "," ? subj : -1;
}

// "took on X", "went on offense against X", "called on X to resign": phrasal verbs of
// opposition.
void RelationExtractor::phrasal_relations() {
  for (uint32_t t = sent_begin() + 1; t + 2 < sent_end(); ++t) {
    if (token_mention_[t] >= 0) continue;
    std::string_view w = tok(t);
    int32_t obj = -1;
    if ((lexicon::iequals(w, "took") || lexicon::iequals(w, "takes")) &&
        lexicon::iequals(tok(t + 1), "on")) {
      obj = token_mention_[t + 2];
    } else if ((lexicon::iequals(w, "went") || lexicon::iequals(w, "goes")) && t + 4 < sent_end() &&
               lexicon::iequals(tok(t + 1), "on") &&
               (lexicon::iequals(tok(t + 2), "offense") ||
                lexicon::iequals(tok(t + 2), "offence") ||
                lexicon::iequals(tok(t + 2), "attack")) &&
               lexicon::iequals(tok(t + 3), "against")) {
      obj = first_mention_in(t + 4, std::min(t + 9, sent_end()), {EntityType::kPerson});
    } else if ((lexicon::iequals(w, "called") || lexicon::iequals(w, "calls")) &&
               lexicon::iequals(tok(t + 1), "on")) {
      obj = token_mention_[t + 2];
      // Only a call to leave: "to resign", "to step down", "to quit", "to drop out".
      bool leave = false;
      if (obj >= 0) {
        for (uint32_t u = mention_end_token(obj); u + 1 < sent_end() && u < t + 12; ++u)
          if (lexicon::iequals(tok(u), "to") && tok_in(u + 1, lexicon::leave_verbs())) leave = true;
      }
      if (!leave) obj = -1;
    } else if (lexicon::iequals(w, "took") || lexicon::iequals(w, "takes") ||
               lexicon::iequals(w, "taking")) {
      // "took multiple swipes at X", "takes aim at X", "took a shot at X".
      for (uint32_t u = t + 1; u + 2 < sent_end() && u < t + 4; ++u) {
        const std::string_view n = tok(u);
        if ((lexicon::iequals(n, "swipe") || lexicon::iequals(n, "swipes") ||
             lexicon::iequals(n, "aim") || lexicon::iequals(n, "shot") ||
             lexicon::iequals(n, "shots") || lexicon::iequals(n, "potshots")) &&
            lexicon::iequals(tok(u + 1), "at")) {
          const int32_t first = token_mention_[u + 2] >= 0
                                    ? token_mention_[u + 2]
                                    : first_mention_in(u + 2, std::min(u + 6, sent_end()),
                                                       {EntityType::kPerson, EntityType::kOrg});
          if (first >= 0) obj = titled_person_after(first);
          break;
        }
      }
    }
    if (obj < 0 || !is_entity_mention(obj, {EntityType::kPerson, EntityType::kOrg})) continue;
    int32_t subj = subject_before(t);
    if (subj < 0 ||
        !is_entity_mention(subj, {EntityType::kPerson, EntityType::kOrg, EntityType::kGpe}))
      continue;
    add_relation(entity_of(subj), "opposes", entity_of(obj));
  }
}

// "Columbia Distributor was part of FleetBoston": a copula and "part of" between two
// organisations or places state part_of.
void RelationExtractor::part_of_phrase() {
  for (uint32_t t = sent_begin() + 1; t + 2 < sent_end(); ++t) {
    if (token_mention_[t] >= 0 || !lexicon::iequals(tok(t), "part") ||
        !lexicon::iequals(tok(t + 1), "of"))
      continue;
    const std::string_view v = tok(t - 1);
    if (!(lexicon::iequals(v, "is") || lexicon::iequals(v, "was") || lexicon::iequals(v, "are") ||
          lexicon::iequals(v, "were") || lexicon::iequals(v, "became") ||
          lexicon::iequals(v, "becomes") || lexicon::iequals(v, "remains") ||
          lexicon::iequals(v, "remained")))
      continue;
    uint32_t o = t + 2;
    if (o + 1 < sent_end() && lexicon::iequals(tok(o), "the")) ++o;
    const int32_t obj = token_mention_[o];
    const int32_t subj = subject_before(t - 1);  // the copula stands between
    const std::initializer_list<EntityType> kinds = {EntityType::kOrg, EntityType::kGpe};
    if (obj < 0 || subj < 0 || !is_entity_mention(obj, kinds) || !is_entity_mention(subj, kinds))
      continue;
    add_relation(entity_of(subj), "part_of", entity_of(obj));
  }
}

// "The SEC filed civil fraud charges … against James Tambone", "brought a lawsuit against X":
// legal action stated against a person or organisation opposes them.
void RelationExtractor::action_against() {
  for (uint32_t t = sent_begin() + 1; t + 2 < sent_end(); ++t) {
    const std::string_view v = tok(t);
    if (token_mention_[t] >= 0 || !(lexicon::iequals(v, "filed") || lexicon::iequals(v, "files") ||
                                    lexicon::iequals(v, "brought") ||
                                    lexicon::iequals(v, "brings") || lexicon::iequals(v, "lodged")))
      continue;
    // The action's noun within four words, then "against" within six more.
    uint32_t u = t + 1;
    while (u < sent_end() && u <= t + 4 && !tok_in(u, lexicon::legal_action_nouns())) ++u;
    if (u >= sent_end() || u > t + 4) continue;
    uint32_t a = u + 1;
    while (a < sent_end() && a <= u + 6 && !lexicon::iequals(tok(a), "against")) ++a;
    if (a + 1 >= sent_end() || a > u + 6) continue;
    const std::initializer_list<EntityType> kinds = {EntityType::kPerson, EntityType::kOrg};
    int32_t obj = first_mention_in(a + 1, std::min(a + 4, sent_end()), kinds);
    // "against Obama's DOJ", "against Balco boss Victor Conte": a name that modifies the next
    // one is not the party acted against.
    if (obj >= 0) {
      const uint32_t after = mention_end_token(obj);
      const bool possessive = after < sent_end() && (tok(after) == "'s" || tok(after) == "’s");
      const uint32_t from = possessive ? after + 1 : after;
      const int32_t next =
          from < sent_end() ? first_mention_in(from, std::min(from + 2, sent_end()), kinds) : -1;
      if (next >= 0 && (possessive || is_entity_mention(next, {EntityType::kPerson})))
        obj = next;
      else if (possessive)
        obj = -1;
    }
    const int32_t subj = subject_before(t);
    if (obj < 0 || subj < 0 || !is_entity_mention(subj, kinds)) continue;
    add_relation(entity_of(subj), "opposes", entity_of(obj));
  }
}

// "X met (with) Y", "X succeeded Y", "Y appointed X", "X, appointed by Y": relations between
// people stated by a verb (the types of data/lexicon/relation-verbs.tsv that need a person as
// object).
void RelationExtractor::person_verb_relations() {
  for (uint32_t t = sent_begin() + 1; t + 1 < sent_end(); ++t) {
    if (token_mention_[t] >= 0) continue;
    std::string_view rel = lexicon::relation_for_verb(tok(t));
    if (rel != "met_with" && rel != "successor_of" && rel != "appointed_by" &&
        rel != "nominated_by")
      continue;
    if (tok_in(t - 1, lexicon::determiners())) continue;  // "the meeting", "his nominee"
    const bool by_agent = lexicon::iequals(tok(t + 1), "by");
    uint32_t o = t + 1 + ((by_agent || lexicon::iequals(tok(t + 1), "with")) ? 1 : 0);
    // Skip a title before the object's name ("appointed Judge X", "met President Y").
    while (o < sent_end() && o < t + 5 && token_mention_[o] < 0 &&
           (tok_in(o, lexicon::title_words()) || tok_in(o, lexicon::honorifics()) ||
            tok_in(o, lexicon::determiners())))
      ++o;
    if (o >= sent_end()) continue;
    int32_t obj = token_mention_[o];
    // The subject: before the verb, past "was", "has been" and a comma of an apposition.
    uint32_t v = t;
    while (v > sent_begin() + 1 && token_mention_[v - 1] < 0 && v + 3 > t &&
           (tok(v - 1) == "," || tok_in(v - 1, lexicon::role_strip_words()) ||
            lexicon::iequals(tok(v - 1), "been") || lexicon::iequals(tok(v - 1), "will") ||
            lexicon::iequals(tok(v - 1), "has") || lexicon::iequals(tok(v - 1), "had")))
      --v;
    int32_t subj = subject_before(v);
    if (subj < 0 && v > sent_begin() && token_mention_[v - 1] >= 0) subj = token_mention_[v - 1];
    if (subj < 0 || obj < 0) continue;
    // Names only: a pronoun's link is too weak for these ("he appointed", "meet his rules").
    if (doc_.mentions[size_t(obj)].kind != MentionKind::kName) continue;
    if (rel != "met_with" && doc_.mentions[size_t(subj)].kind != MentionKind::kName) continue;
    const bool people = is_entity_mention(subj, {EntityType::kPerson}) &&
                        is_entity_mention(obj, {EntityType::kPerson});
    if (rel == "met_with") {
      if (!by_agent && people) add_relation(entity_of(subj), "met_with", entity_of(obj));
    } else if (rel == "successor_of") {
      if (people) {
        if (by_agent)  // "X was succeeded by Y"
          add_relation(entity_of(obj), "successor_of", entity_of(subj));
        else
          add_relation(entity_of(subj), "successor_of", entity_of(obj));
      }
    } else if (is_entity_mention(obj, {EntityType::kPerson, EntityType::kOrg}) &&
               is_entity_mention(subj, {EntityType::kPerson, EntityType::kOrg})) {
      // appointed_by / nominated_by: "Y appointed X" and "X was appointed by Y".
      if (by_agent && is_entity_mention(subj, {EntityType::kPerson}))
        add_relation(entity_of(subj), rel, entity_of(obj));
      else if (!by_agent && is_entity_mention(obj, {EntityType::kPerson}))
        add_relation(entity_of(obj), rel, entity_of(subj));
    }
  }
}

// Relations stated by a description resolve linked to a person: "Russia's president has
// defended ..." -> leader_of Russia; "the Democratic front-runner" -> member_of.
void RelationExtractor::nominal_relations() {
  // By mention, not by token: a place name inside the description ("Russia's") holds its
  // first token.
  const uint32_t begin = doc_.tokens[sent_begin()].span.begin;
  const uint32_t end = doc_.tokens[sent_end() - 1].span.end;
  auto it = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), begin,
                             [](const Mention& m, uint32_t pos) { return m.span.begin < pos; });
  for (; it != doc_.mentions.end() && it->span.begin < end; ++it) {
    const Mention& mm = *it;
    if (mm.kind != MentionKind::kNominal || mm.entity < 0) continue;
    if (entity_type(mm.entity) != EntityType::kPerson) continue;
    const int32_t m = static_cast<int32_t>(it - doc_.mentions.begin());
    const uint32_t t = mention_first_token(m);
    // Only a description that opens a clause or a line or that follows the quotation it
    // attributes, where resolve's link is the sentence's topic: "the Democratic front-runner had
    // said", "\"…,\" the Illinois Democrat said", not "between Trump and the Democratic nominee".
    if (t > sent_begin()) {
      const uint32_t gap = doc_.tokens[t - 1].span.end;  // the line break, if any, lies here
      const bool new_line =
          std::string_view(doc_.text).substr(gap, mm.span.begin - gap).find('\n') !=
          std::string_view::npos;
      if (!tok_in(t - 1, lexicon::clause_openers()) &&
          !(doc_.tokens[t - 1].flags & static_cast<uint16_t>(TokenFlags::kQuoteMark)) && !new_line)
        continue;
    }
    // The description's own tokens may be covered by name mentions inside it ("Russia's").
    uint32_t t0 = t, t1 = mention_end_token(m);
    while (t0 < t1 && tok_in(t0, lexicon::determiners())) ++t0;
    if (t0 >= t1) continue;
    // A description that opens with a place's name in the possessive ("Russia's president",
    // resolve links it only where a subject stands): its role words are read as words, not as
    // the description that covers them, so "president" is a leader's title of the place. Not
    // for "the Ohio governor" nor "the senator", whose links rest on salience alone.
    std::vector<uint32_t> own;
    const bool opens_with_place = token_mention_[t] != m;
    for (uint32_t u = t0; opens_with_place && u < t1; ++u)
      if (token_mention_[u] == m) {
        own.push_back(u);
        token_mention_[u] = -1;
      }
    relations_from_role(mm.entity, t0, t1);
    for (uint32_t u : own) token_mention_[u] = m;
  }
}

// "Sen. Scott Brown, R-Mass.", "Sen. John Cornyn (R-Texas)": the party letter of a US
// politician (resolve's kPartyLabel phrase at m), when the article names the party.
void RelationExtractor::party_label(int32_t m) {
  for (size_t i = phrase_begin_; i < phrase_end_; ++i) {
    const RolePhrase& p = doc_.role_phrases[i];
    if (p.mention != m || p.kind != RolePhrase::Kind::kPartyLabel) continue;
    const char letter = tok(p.token_begin)[0];
    int32_t party = -1;
    if (letter == 'R')
      party = party_entity("Republican");
    else if (letter == 'D')
      party = party_entity("Democrat");
    if (party >= 0) add_relation(p.entity, "member_of", party);
  }
}

// The place an "X-based" word of an organisation's role names, before any relative pronoun
// ("Gibraltar-based holding company which controls 51% of Yukos" -> Gibraltar); -1 when none.
int32_t RelationExtractor::based_place(std::string_view role) const {
  size_t at = 0;
  while (at < role.size()) {
    size_t end = role.find(' ', at);
    if (end == std::string_view::npos) end = role.size();
    const std::string_view word = role.substr(at, end - at);
    if (word == "which" || word == "who" || word == "that" || word == "whose") return -1;
    if (word.size() > 6 && word.ends_with("-based"))
      return find_entity(word.substr(0, word.size() - 6), EntityType::kGpe);
    at = end + 1;
  }
  return -1;
}

// "the seventh-largest US airline", "the US investment bank": a place the article names among
// the modifiers of an organisation's role whose last word is an organisation noun (resolve's
// organisation-nouns.txt); -1 when none.
int32_t RelationExtractor::place_modifying_head(std::string_view role) const {
  const size_t last = role.rfind(' ');
  std::string buf;
  if (last == std::string_view::npos ||
      !resolve::organisation_nouns().count(util::ascii_lower(role.substr(last + 1), buf)))
    return -1;
  // A part's role may have been given to its owner ("Daiwa's U.S. unit"); a phrase with a
  // function word says more than a modified noun ("that is trying to buy its London rival").
  const std::string_view head = buf;
  if (head == "unit" || head == "subsidiary" || head == "arm" || head == "affiliate" ||
      head == "division")
    return -1;
  size_t at = 0;
  while (at < last) {
    size_t end = role.find(' ', at);
    const std::string_view word = role.substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    if (!std::isupper(static_cast<unsigned char>(word[0]))) {
      if (lexicon::lower_in(word, lexicon::stop_words())) return -1;
      continue;
    }
    // A place's name, not its adjective ("Russian oil firm Yukos" says where it is from; the
    // gold leaves it without a relation).
    const int32_t place = find_entity(word, EntityType::kGpe);
    if (place >= 0) return place;
  }
  return -1;
}

// "Yukos, one of Russia's biggest companies" (a role resolve gave the organisation) ->
// located_in Russia: a place named in the possessive in an organisation's role.
void RelationExtractor::organisation_role_places() {
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    const Entity& org = doc_.entities[e];
    if (org.type != EntityType::kOrg) continue;
    for (const std::string& role : org.roles) {
      // "which bought Britain's biggest bank": a place in what it did, not where it is.
      if (lexicon::is_relative_clause_role(role)) continue;
      size_t pos = role.find("'s");
      if (pos == std::string::npos) pos = role.find("’s");
      int32_t place = based_place(role);  // "the Gibraltar-based holding company which …"
      if (place < 0 && pos != std::string::npos && pos > 0) {
        const size_t word = role.find_last_of(' ', pos - 1);
        const std::string_view owner =
            std::string_view(role).substr(word == std::string::npos ? 0 : word + 1,
                                          pos - (word == std::string::npos ? 0 : word + 1));
        place = find_entity(owner, EntityType::kGpe);
      } else if (place < 0) {
        place = place_modifying_head(role);
      }
      if (place < 0) continue;
      // Evidence: the sentence where the article gives the role.
      const size_t at = doc_.text.find(role);
      if (at == std::string::npos) continue;
      for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
        const Span sp = doc_.sentences[s].span;
        if (sp.begin <= at && at < sp.end) {
          sentence_ = s;
          add_relation(static_cast<int32_t>(e), "located_in", place);
          break;
        }
      }
    }
  }
}

}  // namespace newsgraph
