// Roles and relations by patterns over the entity-tagged sentence. See newsgraph/relations.h
// and docs/relations.md.
#include "newsgraph/relations.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "relations/extractor.h"
#include "util/role_words.h"
#include "resolve/token_mentions.h"

namespace newsgraph {

const std::vector<RelationType>& relation_inventory() {
  static const std::vector<RelationType> kInventory = {
      {"leader_of", "subject leads object (party, group, company, country)"},
      {"member_of", "subject belongs to object (party, group, institute)"},
      {"employee_of", "subject works for object"},
      {"spokesperson_of", "subject speaks for object"},
      {"deputy_of", "subject is deputy to object (a person)"},
      {"ambassador_to", "subject is an envoy to object (a country)"},
      {"child_of", "subject is a son or daughter of object"},
      {"spouse_of", "subject is married to object"},
      {"relative_of", "subject is a relative (cousin, sibling, ...) of object"},
      {"located_in", "subject is (staying, sheltered, based) in object (a place)"},
      {"part_of", "subject (a place) lies within object (a place)"},
      {"citizen_of", "subject is a citizen of object (a country)"},
      {"supports", "subject backs object"},
      {"opposes", "subject fights, opposes or criticises object"},
      {"honors", "subject honours or decorates object"},
      {"accuses", "subject accuses object (of wrongdoing); a kind of opposes"},
      {"met_with", "subject met object (a person)"},
      {"successor_of", "subject succeeded or replaced object (a person) in an office"},
      {"appointed_by", "subject was appointed to an office by object"},
      {"nominated_by", "subject was nominated for an office by object"},
  };
  return kInventory;
}

void RelationExtractor::add_relation(int32_t subject, std::string_view type, int32_t object,
                                     bool gazetteer) {
  if (subject < 0 || object < 0 || subject == object) return;
  auto key = std::make_tuple(subject, std::string(type), object);
  if (!seen_.insert(key).second) return;
  Relation r;
  r.subject = subject;
  r.type = std::string(type);
  r.object = object;
  r.evidence = gazetteer ? Span{0, 0} : doc_.sentences[sentence_].span;
  r.from_gazetteer = gazetteer;
  doc_.relations.push_back(std::move(r));
}

int32_t RelationExtractor::first_mention_in(uint32_t t0, uint32_t t1,
                                            std::initializer_list<EntityType> types,
                                            uint32_t* at) const {
  for (uint32_t t = t0; t < t1; ++t) {
    int32_t m = token_mention_[t];
    if (m >= 0 && is_entity_mention(m, types)) {
      if (at) *at = t;
      return m;
    }
  }
  return -1;
}

void RelationExtractor::add_relation_from_noun(int32_t person, std::string_view rel, int32_t target,
                                               bool possessive) {
  if (target < 0) return;
  EntityType tt = entity_type(target);
  if (rel == "parent_of") {  // "X, father of Y" -> Y child_of X
    if (tt == EntityType::kPerson) add_relation(target, "child_of", person);
    return;
  }
  if (rel == "predecessor_of") {  // "X, predecessor of Y" -> Y successor_of X
    if (tt == EntityType::kPerson) add_relation(target, "successor_of", person);
    return;
  }
  if (rel == "child_of" || rel == "spouse_of" || rel == "relative_of" || rel == "deputy_of" ||
      rel == "successor_of") {
    if (tt == EntityType::kPerson) add_relation(person, rel, target);
    return;
  }
  if (possessive && tt != EntityType::kOrg && tt != EntityType::kGpe) return;
  if (tt == EntityType::kPerson || tt == EntityType::kNorp) return;
  add_relation(person, rel, target);
}

void RelationExtractor::run() {
  map_tokens_to_mentions();
  for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
    const Sentence& sent = doc_.sentences[s];
    if (doc_.is_boilerplate(sent.span)) continue;
    sentence_ = s;
    role_tokens_.assign(sent.token_end - sent.token_begin, false);
    for (uint32_t t = sent.token_begin; t < sent.token_end; ++t) {
      int32_t m = token_mention_[t];
      if (m < 0 || mention_first_token(m) != t) continue;
      const Mention& mention = doc_.mentions[static_cast<size_t>(m)];
      if (is_entity_mention(m, {EntityType::kPerson}) && mention.kind != MentionKind::kNominal)
        predicate_role(m);
      if (mention.kind != MentionKind::kName) continue;
      if (mention.type == EntityType::kPerson) {
        premodifier_role(m);
        title_before_comma(m);
        apposition(m);
        from_org_apposition(m);
        party_label(m);
      } else if (mention.type == EntityType::kGpe) {
        place_apposition(m);
      } else if (mention.type == EntityType::kOrg) {
        led_by(m);
      }
    }
    possessive_kin();
    located_in();
    place_comma_place();
    possessive_orgs();
    compound_relations();
    verb_relations();
    phrasal_relations();
    person_verb_relations();
    nominal_relations();
    verb_roles();
    possessive_places();
  }
  organisation_role_places();
  gazetteer_part_of();
  finish_roles();
}

void RelationExtractor::map_tokens_to_mentions() {
  resolve::TokenMentions map = resolve::map_tokens_to_mentions(doc_);
  token_mention_ = std::move(map.mention_of_token);
  mention_tokens_ = std::move(map.tokens_of_mention);
}

bool RelationExtractor::is_entity_mention(int32_t m,
                                          std::initializer_list<EntityType> types) const {
  if (m < 0) return false;
  const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
  if (mm.entity < 0) return false;
  EntityType et = doc_.entities[static_cast<size_t>(mm.entity)].type;
  return std::find(types.begin(), types.end(), et) != types.end();
}

void RelationExtractor::add_role(int32_t entity, uint32_t t0, uint32_t t1) {
  if (entity < 0 || t1 <= t0) return;
  Span sp{doc_.tokens[t0].span.begin, doc_.tokens[t1 - 1].span.end};
  roles_.push_back({entity, std::string(doc_.slice(sp))});
  for (uint32_t t = t0; t < t1; ++t)
    if (t >= sent_begin() && t < sent_end()) role_tokens_[t - sent_begin()] = true;
}

int32_t RelationExtractor::country_of(int32_t m) const {
  if (m < 0) return -1;
  int32_t e = entity_of(m);
  if (e >= 0 && entity_type(e) == EntityType::kGpe) return e;
  std::string_view country =
      lexicon::country_for_demonym(doc_.slice(doc_.mentions[static_cast<size_t>(m)].span));
  if (country.empty()) return -1;
  return find_entity(country, EntityType::kGpe);
}

int32_t RelationExtractor::find_entity(std::string_view name, EntityType type) const {
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    const Entity& ent = doc_.entities[e];
    if (ent.type != type) continue;
    if (lexicon::iequals(ent.name, name)) return static_cast<int32_t>(e);
    for (uint32_t mi : ent.mentions)
      if (lexicon::iequals(doc_.slice(doc_.mentions[mi].span), name))
        return static_cast<int32_t>(e);
  }
  return -1;
}

void RelationExtractor::premodifier_role(int32_t m) {
  const uint32_t first = mention_first_token(m);
  uint32_t t = first;
  int taken = 0;
  while (t > sent_begin() && taken < 6) {
    uint32_t p = t - 1;
    int32_t pm = token_mention_[p];
    if (pm >= 0) {
      if (type_of(pm) == EntityType::kPerson ||
          doc_.mentions[size_t(pm)].kind != MentionKind::kName)
        break;
      t = mention_first_token(pm);
      ++taken;
      continue;
    }
    if (is_punct(p) || tok_in(p, lexicon::stop_words()) || tok_in(p, lexicon::honorifics())) break;
    t = p;
    ++taken;
  }
  // The word next to the name must be a title; a sentence-initial capitalised word that is
  // not part of the title ("Speaking", "Yesterday") is dropped.
  if (t == first) return;
  const int32_t next_to_name = token_mention_[first - 1];
  const bool party_label =
      next_to_name >= 0 &&
      lexicon::is_party_word(doc_.slice(doc_.mentions[size_t(next_to_name)].span));
  if (!party_label && !tok_in(first - 1, lexicon::title_words())) return;
  while (t == sent_begin() && t < first - 1 && !tok_in(t, lexicon::title_words()) &&
         !tok_in(t, lexicon::role_modifiers()) && token_mention_[t] < 0 &&
         !lexicon::is_party_word(tok(t)) && std::isupper(static_cast<unsigned char>(tok(t)[0])))
    ++t;
  const int32_t person = entity_of(m);
  add_role(person, t, first);
  relations_from_title(person, t, first);
  title_then_of(m, t);
}

void RelationExtractor::relations_from_title(int32_t person, uint32_t t0, uint32_t t1) {
  uint32_t head_end = t0;
  for (uint32_t t = t0; t < t1; ++t) {
    if (token_mention_[t] < 0 && tok_in(t, lexicon::role_prepositions())) break;
    head_end = t + 1;
  }
  if (head_end == t0) return;
  const uint32_t head = head_end - 1;
  const bool head_is_word = token_mention_[head] < 0;
  const std::string_view before = head > t0 && token_mention_[head - 1] < 0 ? tok(head - 1) : "";
  bool leader = head_is_word && lexicon::is_leader_title(tok(head), before);
  bool spokes = head_is_word && tok_in(head, lexicon::spokesperson_words());
  bool former = false;
  for (uint32_t t = t0; t < head_end; ++t) {
    if (token_mention_[t] < 0 && tok_in(t, lexicon::role_modifiers()) &&
        (lexicon::iequals(tok(t), "vice") || lexicon::iequals(tok(t), "deputy")))
      leader = false;  // a deputy leads nothing
    if (token_mention_[t] < 0 && lexicon::iequals(tok(t), "former")) former = true;
  }
  if (former) leader = spokes = false;  // a former office is a role, not a relation
  // "Daiwa Securities analyst": an organisation with a non-leader title employs the holder.
  const std::string_view noun_rel = head_is_word ? lexicon::relation_for_noun(tok(head)) : "";
  const bool works_for = !former && (noun_rel == "employee_of" || noun_rel == "member_of");
  for (uint32_t t = t0; t < head_end;) {
    int32_t pm = token_mention_[t];
    int32_t target = -1;
    bool party = false;
    if (pm < 0) {
      // A party word the tagger left untagged ("Democratic front-runner"): the article's
      // entity for that party, if it names one.
      if (lexicon::is_party_word(tok(t))) {
        target = party_entity(tok(t));
        party = target >= 0;
      }
      ++t;
      if (!party) continue;
    } else {
      t = mention_end_token(pm);
      target = entity_of(pm);
      party = lexicon::is_party_word(doc_.slice(doc_.mentions[size_t(pm)].span));
    }
    if (leader) {
      // "Tajik President" leads the country; "UK chief executive" does not. "Tory leader" leads
      // the party; "Democratic Gov." is a member of it.
      const bool state_title = tok_in(head, lexicon::state_leader_titles());
      const bool party_title = tok_in(head, lexicon::party_leader_titles());
      int32_t country = party || pm < 0 || !state_title ? -1 : country_of(pm);
      if (country >= 0)
        add_relation(person, "leader_of", country);
      else if (party)
        add_relation(person, party_title ? "leader_of" : "member_of", target);
      else if (is_entity_mention(pm, {EntityType::kOrg}))
        add_relation(person, "leader_of", target);
    } else if (spokes) {
      add_relation(person, "spokesperson_of", target);
    } else if (party) {
      add_relation(person, "member_of", target);
    } else if (works_for && is_entity_mention(pm, {EntityType::kOrg})) {
      add_relation(person, noun_rel, target);
    }
  }
  if (!former && head_is_word) institution_of_title(person, head, before);
}

void RelationExtractor::apposition(int32_t m) {
  uint32_t t = mention_end_token(m);
  if (t >= sent_end() || tok(t) != ",") return;
  const uint32_t start = t + 1;
  uint32_t end = start;
  while (end < sent_end() && end - start < 24) {
    if (token_mention_[end] >= 0) {
      end = mention_end_token(token_mention_[end]);
      continue;
    }
    std::string_view w = tok(end);
    if (w == "," || w == ";" || w == ":" || w == "." || w == ")" || w == "(" || w == "—" ||
        w == "–" || w == "--" ||
        (doc_.tokens[end].flags & static_cast<uint16_t>(TokenFlags::kQuoteMark)))
      break;
    if (tok_in(end, lexicon::cue_words())) return;  // "X, he said" is no apposition
    // "the billionaire owner of the Dallas Mavericks who rebuffed ...": the role ends where a
    // relative clause starts.
    if (end > start + 1 && tok_in(end, lexicon::relative_pronouns())) break;
    ++end;
  }
  if (end == start || end - start >= 24) return;
  if (end < sent_end() && tok(end) == "(") return;
  int32_t person = entity_of(m);
  int32_t first_m = token_mention_[start];
  if (first_m >= 0 && type_of(first_m) == EntityType::kPerson &&
      doc_.mentions[size_t(first_m)].kind == MentionKind::kName)
    return;  // a list of names ("his ..." is a pronoun: an apposition)
  bool relative = lower_in(tok(start), lexicon::relative_pronouns());
  // "…, head the council": a title word followed by a determiner is a verb, not a role.
  if (!relative && start + 1 < end && token_mention_[start] < 0 &&
      tok_in(start + 1, lexicon::determiners()))
    return;
  // "X, who heads the agency," is a role; "X, who has a bounty on his head," is not.
  if (relative && (start + 1 >= end || !tok_in(start + 1, lexicon::role_verbs()))) return;
  if (!relative && token_mention_[start] < 0 && !tok_in(start, lexicon::role_starts()) &&
      !std::islower(static_cast<unsigned char>(tok(start)[0])))
    return;
  // Must name a role: a title word or a relation noun somewhere in the phrase.
  bool has_role_word = relative;
  for (uint32_t u = start; u < end && !has_role_word; ++u)
    if (token_mention_[u] < 0 &&
        (tok_in(u, lexicon::title_words()) || tok_in(u, lexicon::relation_nouns())))
      has_role_word = true;
  if (!has_role_word) return;
  // Split on "and" that starts a new role ("leader of X and son of Y").
  uint32_t part = start;
  for (uint32_t u = start; u <= end; ++u) {
    bool split = u == end;
    if (!split && token_mention_[u] < 0 && lexicon::iequals(tok(u), "and") && u + 1 < end &&
        token_mention_[u + 1] < 0 && u > part)
      split = true;
    if (!split) continue;
    uint32_t p0 = part;
    while (p0 < u && tok_in(p0, lexicon::role_strip_words())) ++p0;
    if (p0 < u) {
      add_role(person, p0, u);
      relations_from_role(person, p0, u);
    }
    part = u + 1;
  }
}

void RelationExtractor::relations_from_role(int32_t person, uint32_t t0, uint32_t t1) {
  relations_from_title(person, t0, t1);
  for (uint32_t t = t0; t < t1; ++t) {
    if (token_mention_[t] >= 0) continue;
    std::string_view rel = lexicon::relation_for_noun(tok(t));
    // "former chairman of X": a role, no relation now ("under the former government" after
    // the noun does not count).
    bool former = false;
    for (uint32_t p = t; p > t0 && !tok_in(p - 1, lexicon::role_prepositions()); --p)
      former |= token_mention_[p - 1] < 0 && lexicon::iequals(tok(p - 1), "former");
    // "managing director of X", "owner of X": two-word and other leader titles.
    const std::string_view before = t > t0 && token_mention_[t - 1] < 0 ? tok(t - 1) : "";
    if (lexicon::is_leader_title(tok(t), before) && (rel.empty() || rel == "employee_of"))
      rel = "leader_of";
    if (former && lexicon::kin_for_noun(tok(t)).empty()) continue;
    // "chief economist": a title word before another is a modifier, not the head.
    if (!rel.empty() && t + 1 < t1 && token_mention_[t + 1] < 0 &&
        tok_in(t + 1, lexicon::title_words()) && lexicon::kin_for_noun(tok(t)).empty())
      continue;
    // "Saleh's deputy": a possessive PERSON right before the noun.
    if (!rel.empty() && t >= 2 && (tok(t - 1) == "'s" || tok(t - 1) == "’s")) {
      int32_t owner = token_mention_[t - 2];
      if (owner >= 0) add_relation_from_noun(person, rel, entity_of(owner), true);
      continue;
    }
    if (rel.empty() || t + 1 >= t1) continue;
    std::string_view prep = tok(t + 1);
    // "ambassador of A to B": the "to" object, wherever it is in the phrase.
    if (rel == "ambassador_to") {
      for (uint32_t u = t + 1; u + 1 < t1; ++u)
        if (lexicon::iequals(tok(u), "to")) {
          int32_t target = first_mention_in(u + 1, std::min(u + 4, t1), {EntityType::kGpe});
          if (target >= 0) add_relation(person, "ambassador_to", country_of(target));
        }
      continue;
    }
    if (!lower_in(prep, lexicon::role_prepositions())) continue;
    int32_t target = first_mention_in(
        t + 2, std::min(t + 7, t1),
        {EntityType::kPerson, EntityType::kOrg, EntityType::kGpe, EntityType::kNorp});
    // "a strategist at Moscow's Sovlink Securities": the possessed organisation.
    if (target >= 0 && mention_end_token(target) + 1 < t1) {
      const uint32_t after = mention_end_token(target);
      if ((tok(after) == "'s" || tok(after) == "’s") && token_mention_[after + 1] >= 0)
        target = token_mention_[after + 1];
    }
    if (target >= 0) add_relation_from_noun(person, rel, entity_of(target), false);
  }
}

void RelationExtractor::place_apposition(int32_t m) {
  uint32_t t = mention_end_token(m);
  if (t + 2 >= sent_end() || tok(t) != ",") return;
  uint32_t u = t + 1;
  while (u < sent_end() && u < t + 4 && tok_in(u, lexicon::role_strip_words())) ++u;
  if (u + 1 >= sent_end() || !tok_in(u, lexicon::place_nouns())) return;
  if (!lexicon::iequals(tok(u + 1), "of")) return;
  int32_t target = first_mention_in(u + 2, std::min(u + 5, sent_end()), {EntityType::kGpe});
  if (target >= 0) add_relation(entity_of(m), "part_of", entity_of(target));
}

void RelationExtractor::led_by(int32_t m) {
  uint32_t t = mention_end_token(m);
  if (t < sent_end() && tok(t) == ",") ++t;
  if (t + 2 >= sent_end()) return;
  if (!lower_in(tok(t), lexicon::led_words()) || !lexicon::iequals(tok(t + 1), "by")) return;
  int32_t leader = token_mention_[t + 2];
  if (leader < 0 || !is_entity_mention(leader, {EntityType::kPerson})) return;
  int32_t org = entity_of(m);
  add_relation(entity_of(leader), "leader_of", org);
  if (org >= 0) roles_.push_back({entity_of(leader), "led the " + doc_.entities[size_t(org)].name});
}

void RelationExtractor::possessive_kin() {
  for (uint32_t t = sent_begin(); t + 1 < sent_end(); ++t) {
    if (token_mention_[t] >= 0) continue;
    std::string_view rel = lexicon::kin_for_noun(tok(t));
    if (rel.empty() || t == sent_begin()) continue;
    int32_t owner = -1;
    uint32_t p = t - 1;
    if ((tok(p) == "'s" || tok(p) == "’s") && p > sent_begin())
      owner = token_mention_[p - 1];
    else if (token_mention_[p] >= 0 &&
             doc_.mentions[size_t(token_mention_[p])].kind == MentionKind::kPronoun)
      owner = token_mention_[p];
    if (owner < 0 || !is_entity_mention(owner, {EntityType::kPerson})) continue;
    // The kin: the next PERSON name within a few tokens.
    uint32_t at = 0;
    int32_t kin = first_mention_in(t + 1, std::min(t + 7, sent_end()), {EntityType::kPerson}, &at);
    if (kin < 0 || doc_.mentions[size_t(kin)].kind != MentionKind::kName) continue;
    bool blocked = false;
    for (uint32_t u = t + 1; u < at; ++u)
      if (tok(u) == "." || tok_in(u, lexicon::cue_words())) blocked = true;
    if (blocked) continue;
    int32_t a = entity_of(owner), b = entity_of(kin);
    if (a < 0 || b < 0 || a == b) continue;
    if (rel == "spouse_of") {
      add_relation(a, "spouse_of", b);
      roles_.push_back({b, std::string(tok(t)) + " of " + doc_.entities[size_t(a)].name});
    } else if (rel == "child_of") {  // "his son X": X child_of owner
      add_relation(b, "child_of", a);
    } else if (rel == "parent_of") {  // "his father X": owner child_of X
      add_relation(a, "child_of", b);
    } else {
      add_relation(b, "relative_of", a);
    }
    // Words between the kin noun and the name describe the kin ("journalist turned
    // politician Fereshta Hazrati") and are handled as a premodifier role already.
  }
}

void RelationExtractor::located_in() {
  for (uint32_t t = sent_begin(); t + 1 < sent_end(); ++t) {
    if (!tok_in(t, lexicon::location_verbs())) continue;
    uint32_t u = t + 1;
    if (!lexicon::iequals(tok(u), "in")) continue;
    int32_t place = token_mention_[u + 1 < sent_end() ? u + 1 : u];
    if (u + 1 >= sent_end() || place < 0 ||
        !is_entity_mention(place, {EntityType::kGpe, EntityType::kLoc}))
      continue;
    // The subjects: person names before the verb in this sentence that are not inside a
    // role phrase, back to the previous verb or clause boundary.
    for (uint32_t v = sent_begin(); v < t; ++v) {
      int32_t pm = token_mention_[v];
      if (pm < 0 || mention_first_token(pm) != v) continue;
      if (!is_entity_mention(pm, {EntityType::kPerson})) continue;
      if (doc_.mentions[size_t(pm)].kind != MentionKind::kName) continue;
      if (role_tokens_[v - sent_begin()]) continue;
      // "... Romney ..., the convention, which will be held in Cleveland": a relative clause
      // or a quotation between the name and the verb has its own subject.
      bool own_subject = false;
      for (uint32_t w = mention_end_token(pm); w < t && !own_subject; ++w)
        own_subject = tok_in(w, lexicon::relative_words()) || tok_in(w, lexicon::cue_words()) ||
                      (doc_.tokens[w].flags & static_cast<uint16_t>(TokenFlags::kQuoteMark));
      if (own_subject) continue;
      add_relation(entity_of(pm), "located_in", entity_of(place));
    }
  }
}

void RelationExtractor::verb_relations() {
  for (uint32_t t = sent_begin() + 1; t < sent_end(); ++t) {
    if (token_mention_[t] >= 0) continue;
    std::string_view rel = lexicon::relation_for_verb(tok(t));
    if (rel.empty()) continue;
    if (rel == "met_with" || rel == "successor_of" || rel == "appointed_by" ||
        rel == "nominated_by")
      continue;  // person_verb_relations()
    // Subject: the nearest mention before the verb, with at most two auxiliary words between.
    int32_t subj = subject_before(t);
    if (subj < 0) continue;
    // "her attacks on X", "the backs": a possessive or a determiner makes the word a noun.
    if (tok_in(t - 1, lexicon::determiners()) ||
        lower_in(doc_.slice(doc_.mentions[size_t(subj)].span), lexicon::determiners()))
      continue;
    // A passive ("have been condemned by X", "Straw attacked on China arms") reads the other
    // way or has no object.
    if (t + 1 < sent_end() && tok_in(t + 1, lexicon::passive_markers())) continue;
    // A capitalised verb inside a sentence is a headline ("FDIC Accused Of Covering Up").
    if (std::isupper(static_cast<unsigned char>(tok(t)[0]))) continue;
    // A participle ("stumping for") needs a person as subject ("crisscrossing Iowa stumping").
    if (tok(t).size() > 4 && tok(t).substr(tok(t).size() - 3) == "ing" &&
        !is_entity_mention(subj, {EntityType::kPerson}))
      continue;
    if (tok_in(t - 1, lexicon::be_forms())) continue;
    // Object: the first entity mention after the verb within a short noun phrase, not inside
    // a prepositional phrase after it ("backs state grab for Yukos").
    int32_t obj = -1;
    for (uint32_t u = t + 1; u < sent_end() && u < t + 8; ++u) {
      if (u > t + 1 && token_mention_[u] < 0 && tok_in(u, lexicon::phrase_prepositions())) break;
      int32_t um = token_mention_[u];
      if (um >= 0) {
        // "backs American adversaries": a group word modifying a noun is not the object.
        const uint32_t after = mention_end_token(um);
        if (type_of(um) == EntityType::kNorp && after < sent_end() && token_mention_[after] < 0 &&
            std::islower(static_cast<unsigned char>(tok(after)[0])) &&
            !tok_in(after, lexicon::stop_words()))
          break;
        obj = um;
        // "Massoud's father": the object is the father, if the article names him.
        if (mention_end_token(um) + 1 < sent_end()) {
          uint32_t after = mention_end_token(um);
          if ((tok(after) == "'s" || tok(after) == "’s") &&
              lexicon::kin_for_noun(tok(after + 1)) == "parent_of") {
            obj = -2;
            int32_t child = entity_of(um);
            for (const Relation& r : doc_.relations)
              if (r.type == "child_of" && r.subject == child) obj = -3 - r.object;
          } else if (tok(after) == "'s" || tok(after) == "’s") {
            obj = -1;  // "supports Obama's signature achievement": the object is the thing
          }
        }
        break;
      }
      if (tok(u) == "." || tok(u) == ";" || tok_in(u, lexicon::cue_words())) break;
    }
    int32_t obj_entity = obj >= 0 ? entity_of(obj) : (obj <= -3 ? -3 - obj : -1);
    if (obj_entity < 0) continue;
    if (!is_entity_mention(subj, {EntityType::kPerson, EntityType::kOrg, EntityType::kGpe}))
      continue;
    add_relation(entity_of(subj), rel, obj_entity);
  }
}

void RelationExtractor::verb_roles() {
  for (uint32_t t = sent_begin() + 1; t + 1 < sent_end(); ++t) {
    if (token_mention_[t] >= 0 || !tok_in(t, lexicon::leader_verbs())) continue;
    if (!tok_in(t + 1, lexicon::determiners())) continue;
    std::vector<int32_t> subjects;
    bool ok = true;
    for (uint32_t u = sent_begin(); u < t && ok; ++u) {
      int32_t um = token_mention_[u];
      if (um >= 0) {
        if (mention_first_token(um) == u && is_entity_mention(um, {EntityType::kPerson}) &&
            !role_tokens_[u - sent_begin()] && !tok_in(u, lexicon::determiners()))
          subjects.push_back(um);
        continue;
      }
      ok = role_tokens_[u - sent_begin()] || is_punct(u) || lexicon::iequals(tok(u), "and") ||
           tok_in(u, lexicon::determiners()) || !lexicon::kin_for_noun(tok(u)).empty();
    }
    if (!ok || subjects.empty()) continue;
    uint32_t end = t + 2;
    while (end < sent_end() && !is_punct(end) && end < t + 10 &&
           !tok_in(end, lexicon::role_prepositions()) && !lexicon::iequals(tok(end), "and"))
      ++end;
    for (int32_t sm : subjects) {
      add_role(entity_of(sm), t, end);
      int32_t org = first_mention_in(t + 1, end, {EntityType::kOrg});
      if (org >= 0 && tok_in(t, lexicon::leader_verbs()))
        add_relation(entity_of(sm), "leader_of", entity_of(org));
    }
  }
}

void RelationExtractor::possessive_places() {
  for (uint32_t t = sent_begin(); t + 2 < sent_end(); ++t) {
    int32_t outer = token_mention_[t];
    if (outer < 0 || mention_end_token(outer) != t + 1) continue;
    if (!is_entity_mention(outer, {EntityType::kGpe})) continue;
    if (tok(t + 1) != "'s" && tok(t + 1) != "’s") continue;
    int32_t inner = token_mention_[t + 2];
    if (inner < 0 || !is_entity_mention(inner, {EntityType::kGpe, EntityType::kLoc})) continue;
    uint32_t after = mention_end_token(inner);
    if (after < sent_end() && tok_in(after, lexicon::place_nouns()))
      add_relation(entity_of(inner), "part_of", entity_of(outer));
  }
}

void RelationExtractor::gazetteer_part_of() {
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    if (doc_.entities[e].type != EntityType::kGpe) continue;
    std::string_view country = lexicon::country_of_capital(doc_.entities[e].name);
    if (country.empty()) continue;
    int32_t c = find_entity(country, EntityType::kGpe);
    if (c < 0) continue;
    auto key = std::make_tuple(static_cast<int32_t>(e), std::string("part_of"), c);
    if (seen_.count(key)) continue;
    add_relation(static_cast<int32_t>(e), "part_of", c, /*gazetteer=*/true);
  }
}

void RelationExtractor::finish_roles() {
  for (auto& [entity, text] : roles_) {
    if (entity < 0 || static_cast<size_t>(entity) >= doc_.entities.size()) continue;
    std::vector<std::string>& roles = doc_.entities[static_cast<size_t>(entity)].roles;
    bool dup = false;
    for (const std::string& r : roles) dup |= lexicon::iequals(r, text);
    if (!dup) roles.push_back(text);
  }
}

void extract_relations(Document& doc) {
  if (doc.entities.empty() || doc.sentences.empty()) return;
  RelationExtractor(doc).run();
}

}  // namespace newsgraph
