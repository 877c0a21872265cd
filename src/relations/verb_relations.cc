// Relations stated by a verb between its subject and object ("Blair attacked the Tories",
// "Yukos is suing Gazprom"), and by a passive with its agent ("Blair was criticised by the
// Tories"): patterns of the relation extractor beside relations.cc. See docs/relations.md.
#include <cctype>
#include <cstdint>
#include <string_view>

#include "relations/extractor.h"
#include "util/lexicon.h"
#include "util/role_words.h"

namespace newsgraph {

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
    if (subj < 0) subj = clause_subject(t);
    if (subj < 0) continue;
    // "her attacks on X", "the backs": a possessive or a determiner makes the word a noun.
    if (tok_in(t - 1, lexicon::determiners()) ||
        lower_in(doc_.slice(doc_.mentions[size_t(subj)].span), lexicon::determiners()))
      continue;
    // A passive ("have been condemned by X", "Straw attacked on China arms") reads the other
    // way or has no object.
    if (t + 1 < sent_end() && tok_in(t + 1, lexicon::passive_markers())) {
      passive_relation(t, rel);
      continue;
    }
    // A capitalised verb inside a sentence is a headline ("FDIC Accused Of Covering Up").
    if (std::isupper(static_cast<unsigned char>(tok(t)[0]))) continue;
    // A participle ("stumping for") needs a person as subject ("crisscrossing Iowa stumping"),
    // unless a form of "be" makes it a progressive ("Yukos is suing Gazprom"); any other verb
    // after "be" is a passive or an adjective ("is opposed to").
    const bool gerund = tok(t).size() > 4 && tok(t).substr(tok(t).size() - 3) == "ing";
    const bool progressive =
        gerund && (tok_in(t - 1, lexicon::be_forms()) ||
                   (t >= sent_begin() + 2 && tok_in(t - 2, lexicon::be_forms()) &&
                    tok(t - 1).size() > 2 && tok(t - 1).substr(tok(t - 1).size() - 2) == "ly"));
    if (gerund && !progressive && !is_entity_mention(subj, {EntityType::kPerson})) continue;
    if (!progressive && tok_in(t - 1, lexicon::be_forms())) continue;
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
        obj = titled_person_after(um);
        if (obj != um) {
          // "backed Treasury Secretary James Baker's initiative": the titled person's thing.
          const uint32_t after = mention_end_token(obj);
          if (after < sent_end() && lexicon::is_possessive(tok(after))) obj = -1;
          break;
        }
        // "Massoud's father": the object is the father, if the article names him.
        if (mention_end_token(um) + 1 < sent_end()) {
          uint32_t after = mention_end_token(um);
          if ((tok(after) == "'s" || tok(after) == "’s") &&
              lexicon::kin_for_noun(tok(after + 1)) == "parent_of") {
            obj = -2;
            int32_t child = entity_of(um);
            for (const Relation& r : doc_.relations)
              if (r.type == "child_of" && r.subject == child) obj = -3 - r.object;
          } else if (lexicon::is_possessive(tok(after))) {
            obj = -1;  // "supports Obama's signature achievement": the object is the thing
          }
        }
        break;
      }
      // "the Benghazi attacks, the candidate said": a comma before any name ends the verb's
      // phrase (a noun, or a verb without an object).
      if (tok(u) == "." || tok(u) == ";" || tok(u) == "," || tok_in(u, lexicon::cue_words())) break;
    }
    int32_t obj_entity = obj >= 0 ? entity_of(obj) : (obj <= -3 ? -3 - obj : -1);
    // "a rally with Obama slated for Wednesday": no date or sum is an object.
    if (obj_entity < 0 || entity_type(obj_entity) == EntityType::kDate ||
        entity_type(obj_entity) == EntityType::kMoney ||
        !is_entity_mention(subj, {EntityType::kPerson, EntityType::kOrg, EntityType::kGpe}))
      continue;
    add_relation(entity_of(subj), rel, obj_entity);
    if (obj >= 0)
      for (int32_t next : coordinated_after(obj))
        add_relation(entity_of(subj), rel, entity_of(next));
  }
}

// "it is itself being sued by Yukos", "Blair was criticised by the Tories": a passive with its
// agent after "by" reads from the agent to the subject, which a form of "be" (and at most two
// adverbs) separates from the verb.
void RelationExtractor::passive_relation(uint32_t t, std::string_view rel) {
  if (rel != "opposes" && rel != "supports" && rel != "accuses") return;
  if (t + 2 >= sent_end() || !lexicon::iequals(tok(t + 1), "by")) return;
  uint32_t a = t + 2;
  if (lexicon::iequals(tok(a), "the") && a + 1 < sent_end()) ++a;
  const int32_t agent = token_mention_[a];
  const std::initializer_list<EntityType> kinds = {EntityType::kPerson, EntityType::kOrg,
                                                   EntityType::kGpe};
  if (agent < 0 || mention_first_token(agent) != a || !is_entity_mention(agent, kinds)) return;
  // The agent's noun phrase ends there ("by Yukos shareholders" is no Yukos).
  const uint32_t after = mention_end_token(agent);
  if (after < sent_end() && token_mention_[after] < 0 && starts_lower_word(tok(after)) &&
      !tok_in(after, lexicon::stop_words()))
    return;
  uint32_t p = t;
  bool be = false;
  for (int words = 0; p > sent_begin() && words < 4; ++words) {
    const std::string_view w = tok(p - 1);
    if (tok_in(p - 1, lexicon::be_forms())) {
      be = true;
    } else if (!(w.ends_with("ly") || lexicon::iequals(w, "itself") ||
                 lexicon::iequals(w, "also") || lexicon::iequals(w, "not") ||
                 lexicon::iequals(w, "now") || lexicon::iequals(w, "has") ||
                 lexicon::iequals(w, "have") || lexicon::iequals(w, "had"))) {
      break;
    }
    --p;
  }
  if (!be || p <= sent_begin()) return;
  const int32_t subj = token_mention_[p - 1];
  if (subj < 0 || mention_end_token(subj) != p || !is_entity_mention(subj, kinds)) return;
  if (entity_of(subj) == entity_of(agent)) return;
  add_relation(entity_of(agent), rel, entity_of(subj));
}

}  // namespace newsgraph
