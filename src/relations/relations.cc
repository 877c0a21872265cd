// Relations by patterns over the entity-tagged sentence and the role phrases resolve found. See
// newsgraph/relations.h and docs/relations.md.
#include "newsgraph/relations.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "relations/extractor.h"
#include "resolve/coref.h"
#include "util/ascii.h"
#include "util/lexicon.h"
#include "util/role_words.h"

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
      {"founder_of", "subject founded object (a company, group or party)"},
      {"lawyer_of", "subject is a lawyer for object (a client: a person or an organisation)"},
      {"adviser_to", "subject advises object (a person or an organisation)"},
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

bool is_former_word(std::string_view w) {
  return lexicon::iequals(w, "former") ||
         (w.size() > 3 && lexicon::iequals(w.substr(0, 3), "ex-")) ||
         (w.size() > 5 && lexicon::iequals(w.substr(0, 5), "then-"));
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
  // "a lawyer for X", "an adviser on climate change to President Bush": a client or the one
  // advised, a person or an organisation.
  if (rel == "lawyer_of" || rel == "adviser_to") {
    if (tt == EntityType::kPerson || tt == EntityType::kOrg) add_relation(person, rel, target);
    return;
  }
  if (possessive && tt != EntityType::kOrg && tt != EntityType::kGpe) return;
  if (tt == EntityType::kPerson || tt == EntityType::kNorp) return;
  add_relation(person, rel, target);
}

void RelationExtractor::run() {
  for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
    const Sentence& sent = doc_.sentences[s];
    if (doc_.is_boilerplate(sent.span)) continue;
    sentence_ = s;
    select_sentence_phrases();
    for (uint32_t t = sent.token_begin; t < sent.token_end; ++t) {
      int32_t m = token_mention_[t];
      if (m < 0 || mention_first_token(m) != t) continue;
      relations_from_phrases_at(m);
      const Mention& mention = doc_.mentions[static_cast<size_t>(m)];
      if (mention.kind != MentionKind::kName) continue;
      if (mention.type == EntityType::kPerson) {
        from_org_apposition(m);
        party_label(m);
      } else if (mention.type == EntityType::kGpe) {
        place_apposition(m);
      }
    }
    relations_from_kin();
    located_in();
    place_comma_place();
    place_in_place();
    possessive_orgs();
    compound_relations();
    part_of_phrase();
    action_against();
    verb_relations();
    phrasal_relations();
    person_verb_relations();
    appointed_as();
    lawyer_represents();
    nominal_relations();
    relations_from_verb_roles();
    possessive_places();
  }
  organisation_role_places();
  gazetteer_part_of();
  gazetteer_leaders();
}

void RelationExtractor::select_sentence_phrases() {
  const std::vector<RolePhrase>& phrases = doc_.role_phrases;
  phrase_begin_ = phrase_end_;
  while (phrase_begin_ < phrases.size() && phrases[phrase_begin_].sentence < sentence_)
    ++phrase_begin_;
  phrase_end_ = phrase_begin_;
  while (phrase_end_ < phrases.size() && phrases[phrase_end_].sentence == sentence_) ++phrase_end_;
  // The tokens of the roles found at the sentence's mentions are no subject of a verb after.
  role_tokens_.assign(sent_end() - sent_begin(), false);
  for (size_t i = phrase_begin_; i < phrase_end_; ++i) {
    const RolePhrase& p = phrases[i];
    if (p.kind == RolePhrase::Kind::kLedBy || p.kind == RolePhrase::Kind::kKin ||
        p.kind == RolePhrase::Kind::kVerb || p.kind == RolePhrase::Kind::kPartyLabel)
      continue;
    for (uint32_t t = p.token_begin; t < p.token_end; ++t)
      if (t >= sent_begin() && t < sent_end()) role_tokens_[t - sent_begin()] = true;
  }
}

void RelationExtractor::relations_from_phrases_at(int32_t m) {
  using Kind = RolePhrase::Kind;
  for (size_t i = phrase_begin_; i < phrase_end_; ++i) {
    const RolePhrase& p = doc_.role_phrases[i];
    if (p.mention != m) continue;
    switch (p.kind) {
      case Kind::kPremodifier:
        relations_from_title(p.entity, p.token_begin, p.token_end);
        title_then_of(m, p.token_begin, p.token_end);
        principal_of_title(p.entity, p.token_begin, p.token_end);
        break;
      case Kind::kPredicate:
      case Kind::kTitleBeforeComma:
      case Kind::kApposition: {
        // A person description resolve linked inside the phrase ("the incoming president of
        // the European Commission, Jose Manuel Barroso") is words of the role here; an
        // organisation's ("the company's founder") stays its organisation.
        std::vector<std::pair<uint32_t, int32_t>> hidden;
        for (uint32_t t = p.token_begin; t < p.token_end; ++t)
          if (const int32_t tm = token_mention_[t];
              tm >= 0 && walked_.mentions[size_t(tm)].kind == MentionKind::kNominal &&
              walked_.mentions[size_t(tm)].type == EntityType::kPerson) {
            hidden.emplace_back(t, tm);
            token_mention_[t] = -1;
          }
        relations_from_role(p.entity, p.token_begin, p.token_end);
        for (const auto& [t, tm] : hidden) token_mention_[t] = tm;
        principal_of_title(p.entity, p.token_begin, p.token_end);
        break;
      }
      case Kind::kLedBy:  // "the Northern Alliance, led by Massoud"
        add_relation(p.entity, "leader_of", p.object);
        break;
      case Kind::kKin:
      case Kind::kVerb:
      case Kind::kPartyLabel:
        break;  // relations_from_kin(), relations_from_verb_roles(), party_label()
    }
  }
}

void RelationExtractor::relations_from_kin() {
  for (size_t i = phrase_begin_; i < phrase_end_; ++i) {
    const RolePhrase& p = doc_.role_phrases[i];
    if (p.kind != RolePhrase::Kind::kKin) continue;
    const std::string_view rel = lexicon::kin_for_noun(tok(p.token_begin));
    const int32_t owner = p.object, kin = p.entity;
    if (rel == "spouse_of")
      add_relation(owner, "spouse_of", kin);
    else if (rel == "child_of")  // "his son X": X child_of owner
      add_relation(kin, "child_of", owner);
    else if (rel == "parent_of")  // "his father X": owner child_of X
      add_relation(owner, "child_of", kin);
    else
      add_relation(kin, "relative_of", owner);
  }
}

void RelationExtractor::relations_from_verb_roles() {
  for (size_t i = phrase_begin_; i < phrase_end_; ++i) {
    const RolePhrase& p = doc_.role_phrases[i];
    if (p.kind != RolePhrase::Kind::kVerb) continue;
    const int32_t org = first_mention_in(p.token_begin + 1, p.token_end, {EntityType::kOrg});
    if (org >= 0) add_relation(p.entity, "leader_of", entity_of(org));
  }
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

bool RelationExtractor::is_united_kingdom(int32_t e) const {
  std::string key;
  for (char c : doc_.entities[static_cast<size_t>(e)].name)
    if (c != '.') key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (key.rfind("the ", 0) == 0) key.erase(0, 4);
  return key == "united kingdom" || util::place_aliases().value(key) == "united kingdom";
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
  bool former = false, shadow = false;
  for (uint32_t t = t0; t < head_end; ++t) {
    if (token_mention_[t] < 0 && tok_in(t, lexicon::role_modifiers()) &&
        (lexicon::iequals(tok(t), "vice") || lexicon::iequals(tok(t), "deputy")))
      leader = false;  // a deputy leads nothing
    if (token_mention_[t] < 0 && is_former_word(tok(t))) former = true;
    // "shadow home secretary", "shadow chancellor": the opposition's spokesman for that office,
    // who neither holds it nor works in its department (the party membership stands).
    if (token_mention_[t] < 0 && lexicon::iequals(tok(t), "shadow")) shadow = true;
  }
  // "FBI Director James B. Comey": a capitalised Director right before the name, after nothing
  // but an organisation's name, heads it; a "finance director" or "a director of the company"
  // sits on its board (employee_of below).
  if (!leader && head_is_word && head_end == t1 && head > t0 &&
      lexicon::iequals(tok(head), "director") &&
      std::isupper(static_cast<unsigned char>(tok(head)[0])) &&
      std::all_of(token_mention_.begin() + t0, token_mention_.begin() + head,
                  [this](int32_t m) { return m >= 0 && is_entity_mention(m, {EntityType::kOrg}); }))
    leader = true;
  if (former) leader = spokes = false;  // a former office is a role, not a relation
  if (shadow && !tok_in(head, lexicon::party_leader_titles())) leader = false;
  // "Daiwa Securities analyst": an organisation with a non-leader title employs the holder.
  std::string_view noun_rel = head_is_word ? lexicon::relation_for_noun(tok(head)) : "";
  // "FBI General Counsel James A. Baker": an organisation's general counsel is its own lawyer.
  if (noun_rel == "lawyer_of" && lexicon::iequals(before, "general")) noun_rel = "employee_of";
  const bool works_for =
      !former && (noun_rel == "employee_of" || noun_rel == "member_of" ||
                  noun_rel == "founder_of" || noun_rel == "lawyer_of" || noun_rel == "adviser_to");
  // "Manchester United manager", "Milan coach": a manager or coach named right after the
  // team's name leads it ("Fidelity fund manager" does not).
  const bool team_head = head_is_word && (lexicon::iequals(tok(head), "manager") ||
                                          lexicon::iequals(tok(head), "coach"));
  // "Conservative radio host", "Democratic pollster": a party word before an occupation
  // outside politics says how the holder leans, not which party they belong to.
  const bool leaning = (noun_rel == "employee_of" || noun_rel == "lawyer_of") &&
                       !tok_in(head, lexicon::party_staff_words());
  // "Brazil's Central Bank governor": an organisation named after the place holds the title;
  // the place gets no leader.
  uint32_t last_org_end = t0;
  for (uint32_t t = t0; t < head_end; ++t) {
    const int32_t m = token_mention_[t];
    if (m >= 0 && is_entity_mention(m, {EntityType::kOrg}) &&
        !lexicon::is_party_word(doc_.slice(doc_.mentions[size_t(m)].span)))
      last_org_end = mention_end_token(m);
  }
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
      int32_t country = party || pm < 0 || !state_title || mention_end_token(pm) < last_org_end
                            ? -1
                            : country_of(pm);
      // "UK Chancellor Gordon Brown": Britain's chancellor keeps its treasury, not the country.
      if (country >= 0 && lexicon::iequals(tok(head), "chancellor") && is_united_kingdom(country))
        continue;
      if (country >= 0)
        add_relation(person, "leader_of", country);
      else if (party)
        add_relation(person, party_title ? "leader_of" : "member_of", target);
      else if (is_entity_mention(pm, {EntityType::kOrg}))
        add_relation(person, "leader_of", target);
    } else if (spokes) {
      // "Turkish Foreign Ministry spokesman": a nationality word speaks for no one.
      if (pm < 0 || !is_entity_mention(pm, {EntityType::kNorp}))
        add_relation(person, "spokesperson_of", target);
    } else if (party) {
      if (noun_rel == "founder_of")
        add_relation(person, noun_rel, target);
      else if (!leaning)
        add_relation(person, "member_of", target);
    } else if (works_for && is_entity_mention(pm, {EntityType::kOrg})) {
      const bool leads_team = team_head && mention_end_token(pm) == head;
      // "Justice Department lawyer Caroline Lewis Wolverton": a public body's lawyer works for
      // it; a company's ("Yukos lawyer") acts for it.
      const std::string& org = doc_.entities[size_t(target)].name;
      std::string low;
      const bool public_lawyer = noun_rel == "lawyer_of" &&
                                 (resolve::name_has_class_word(org, "", "government") ||
                                  resolve::government_seats().count(util::ascii_lower(org, low)));
      add_relation(person,
                   leads_team      ? std::string_view("leader_of")
                   : public_lawyer ? std::string_view("employee_of")
                                   : noun_rel,
                   target);
    }
  }
  if (!former && !shadow && head_is_word) institution_of_title(person, head, before);
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
      former |= token_mention_[p - 1] < 0 && is_former_word(tok(p - 1));
    // "managing director of X", "owner of X": two-word and other leader titles.
    const std::string_view before = t > t0 && token_mention_[t - 1] < 0 ? tok(t - 1) : "";
    if (lexicon::is_leader_title(tok(t), before) && (rel.empty() || rel == "employee_of"))
      rel = "leader_of";
    // "vice president of the New York Stock Exchange": second to the leader, an employee.
    if (rel == "leader_of" && lexicon::is_second_title_word(before)) rel = "employee_of";
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
    // "Its lawyer, Hugh Ray,", "its Paris lawyer, X": "its" before the phrase, linked by resolve
    // to the organisation whose title it is; the phrase's last word is the title.
    if (!rel.empty() && t + 1 == t1 && t0 > sent_begin()) {
      const int32_t its = token_mention_[t0 - 1];
      if (its >= 0 && doc_.mentions[size_t(its)].kind == MentionKind::kPronoun &&
          lexicon::iequals(tok(t0 - 1), "its") && entity_of(its) >= 0) {
        add_relation_from_noun(person, rel, entity_of(its), true);
        continue;
      }
    }
    if (rel.empty() || t + 1 >= t1) continue;
    std::string_view prep = tok(t + 1);
    // "the first president to visit Cuba": an infinitive after the title, not its object.
    if ((rel == "leader_of" || rel == "employee_of" || rel == "member_of") &&
        lexicon::iequals(prep, "to") && t + 2 < t1 && token_mention_[t + 2] < 0 &&
        std::islower(static_cast<unsigned char>(tok(t + 2)[0])) &&
        !tok_in(t + 2, lexicon::determiners()))
      continue;
    // "ambassador of A to B": the "to" object, wherever it is in the phrase.
    if (rel == "ambassador_to") {
      for (uint32_t u = t + 1; u + 1 < t1; ++u)
        if (lexicon::iequals(tok(u), "to")) {
          int32_t target = first_mention_in(u + 1, std::min(u + 4, t1), {EntityType::kGpe});
          if (target >= 0) add_relation(person, "ambassador_to", country_of(target));
        }
      continue;
    }
    // "an adviser on climate change to President Bush": the "to" object after a topic.
    if (rel == "adviser_to" && !lexicon::iequals(prep, "to")) {
      for (uint32_t u = t + 2; u + 1 < t1 && u < t + 6; ++u)
        if (lexicon::iequals(tok(u), "to")) {
          const int32_t target =
              first_mention_in(u + 1, std::min(u + 4, t1), {EntityType::kPerson, EntityType::kOrg});
          if (target >= 0) add_relation_from_noun(person, rel, entity_of(target), false);
          break;
        }
    }
    if (!lower_in(prep, lexicon::role_prepositions())) continue;
    // "a lawyer at Bailey & Glasser", "a lawyer with the SEC": where the lawyer works, not for
    // whom ("a lawyer for the Sierra Club").
    if ((rel == "lawyer_of" || rel == "adviser_to") &&
        (lexicon::iequals(prep, "at") || lexicon::iequals(prep, "with")))
      rel = "employee_of";
    int32_t target = first_mention_in(
        t + 2, std::min(t + 7, t1),
        {EntityType::kPerson, EntityType::kOrg, EntityType::kGpe, EntityType::kNorp});
    // "a strategist at Moscow's Sovlink Securities": the possessed organisation; "chairman of
    // Spain's most powerful bank": a place's unnamed organisation, no relation ("director of the
    // Conference Board's research centre" still works for the board).
    const uint32_t after = target >= 0 ? mention_end_token(target) : t1;
    if (after + 1 < t1 && (tok(after) == "'s" || tok(after) == "’s")) {
      if (token_mention_[after + 1] >= 0 || !is_entity_mention(target, {EntityType::kOrg}))
        target = token_mention_[after + 1];
    } else if (after < t1 && is_entity_mention(target, {EntityType::kGpe, EntityType::kLoc}) &&
               token_mention_[after] < 0 && !is_punct(after) &&
               std::islower(static_cast<unsigned char>(tok(after)[0])) &&
               !tok_in(after, lexicon::stop_words())) {
      // "president of the Indiana state firefighters union": a place that modifies a noun.
      target = -1;
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

// The names coordinated after mention m: "Gazprom and Rosneft", "Gazprom, its unit
// Gazpromneft, Rosneft and …" (a possessive and a noun may introduce one); each of the same
// kind as m (a person, or an organisation or place).
std::vector<int32_t> RelationExtractor::coordinated_after(int32_t m) const {
  std::vector<int32_t> out;
  const bool person = type_of(m) == EntityType::kPerson;
  bool joined = false;  // an "and" seen: a list, not a name and its apposition ("X, D-Tex,")
  uint32_t u = mention_end_token(m);
  while (u + 1 < sent_end() && (tok(u) == "," || lexicon::iequals(tok(u), "and"))) {
    uint32_t v = u + 1;
    if (tok(u) == "," && lexicon::iequals(tok(v), "and")) ++v;
    joined |= v > u + 1 || lexicon::iequals(tok(u), "and");
    // "its unit X", "their rival X": "its" or "their" and one or two lower-case nouns.
    if (v + 2 < sent_end() && token_mention_[v] < 0 &&
        (lexicon::iequals(tok(v), "its") || lexicon::iequals(tok(v), "their"))) {
      uint32_t w = v + 1;
      while (w < v + 3 && w < sent_end() && token_mention_[w] < 0 &&
             std::islower(static_cast<unsigned char>(tok(w)[0])))
        ++w;
      v = w;
    }
    if (v >= sent_end()) break;
    const int32_t next = token_mention_[v];
    if (next < 0 || mention_first_token(next) != v) break;
    if ((type_of(next) == EntityType::kPerson) != person ||
        !is_entity_mention(next, {EntityType::kPerson, EntityType::kOrg, EntityType::kGpe}))
      break;
    out.push_back(next);
    u = mention_end_token(next);
  }
  // "Gazprom, its unit Gazpromneft, Rosneft and the shell company": the "and" may come after
  // the last name.
  joined |= u < sent_end() && lexicon::iequals(tok(u), "and");
  if (!joined) out.clear();
  return out;
}

int32_t RelationExtractor::titled_person_after(int32_t m) const {
  if (type_of(m) == EntityType::kPerson) return m;
  bool title = false;
  for (uint32_t u = mention_end_token(m); u < sent_end() && u < mention_end_token(m) + 4; ++u) {
    const int32_t um = token_mention_[u];
    if (um >= 0)
      return title && type_of(um) == EntityType::kPerson &&
                     doc_.mentions[size_t(um)].kind == MentionKind::kName
                 ? um
                 : m;
    if (tok_in(u, lexicon::title_words()))
      title = true;
    else if (!std::islower(static_cast<unsigned char>(tok(u)[0])) ||
             tok_in(u, lexicon::stop_words()))
      return m;
  }
  return m;
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

void extract_relations(Document& doc) {
  if (doc.entities.empty() || doc.sentences.empty()) return;
  RelationExtractor(doc).run();
}

}  // namespace newsgraph
