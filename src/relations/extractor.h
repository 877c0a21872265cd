// The per-document working state of extract_relations(): a map from tokens to mentions and the
// pattern matchers over one sentence at a time. Private to the relations layer; see
// newsgraph/relations.h and docs/relations.md. Not thread-safe; one per document.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "newsgraph/document.h"
#include "util/role_words.h"

namespace newsgraph {

using lexicon::lower_in;

class RelationExtractor {
 public:
  explicit RelationExtractor(Document& doc) : doc_(doc) {}

  void run();

 private:
  // ---- token / mention helpers -------------------------------------------------------
  std::string_view tok(uint32_t t) const { return doc_.slice(doc_.tokens[t].span); }
  bool tok_in(uint32_t t, const lexicon::WordSet& set) const { return lower_in(tok(t), set); }
  bool is_punct(uint32_t t) const {
    return (doc_.tokens[t].flags & static_cast<uint16_t>(TokenFlags::kPunct)) != 0;
  }
  uint32_t sent_begin() const { return doc_.sentences[sentence_].token_begin; }
  uint32_t sent_end() const { return doc_.sentences[sentence_].token_end; }

  void map_tokens_to_mentions();
  uint32_t mention_first_token(int32_t m) const { return mention_tokens_[size_t(m)].first; }
  uint32_t mention_end_token(int32_t m) const { return mention_tokens_[size_t(m)].second; }
  int32_t entity_of(int32_t m) const {
    return m < 0 ? -1 : doc_.mentions[static_cast<size_t>(m)].entity;
  }
  EntityType type_of(int32_t m) const { return doc_.mentions[static_cast<size_t>(m)].type; }
  bool is_entity_mention(int32_t m, std::initializer_list<EntityType> types) const;
  EntityType entity_type(int32_t e) const { return doc_.entities[static_cast<size_t>(e)].type; }

  void add_relation(int32_t subject, std::string_view type, int32_t object, bool gazetteer = false);

  void add_role(int32_t entity, uint32_t t0, uint32_t t1);

  // First mention of one of `types` in tokens [t0, t1), skipping over nothing else.
  int32_t first_mention_in(uint32_t t0, uint32_t t1, std::initializer_list<EntityType> types,
                           uint32_t* at = nullptr) const;

  // The GPE entity that a nationality word ("Tajik", "US") in a mention stands for, or -1.
  int32_t country_of(int32_t m) const;

  int32_t find_entity(std::string_view name, EntityType type) const;

  // ---- roles ----------------------------------------------------------------------------

  // "Tajik President Emomali Rahmon", "Soviet-era resistance leader Ahmad Shah Massoud".
  void premodifier_role(int32_t m);

  // Relations a title states through the names before its head word: "Tajik President"
  // -> leader_of Tajikistan, "Tory leader" -> leader_of Tory, "Labour MP" -> member_of Labour,
  // "Democrat" -> member_of. The head is the last word before a preposition ("chief U.S.
  // negotiator in the talks": head "negotiator", no leader relation).
  void relations_from_title(int32_t person, uint32_t t0, uint32_t t1);

  // "X, leader of Y and son of Z," / "X, a Central Asia expert at Y," / "X, who heads Y,".
  void apposition(int32_t m);

  // Relations stated by a role phrase over tokens [t0, t1).
  void relations_from_role(int32_t person, uint32_t t0, uint32_t t1);

  void add_relation_from_noun(int32_t person, std::string_view rel, int32_t target,
                              bool possessive);

  // "Dushanbe, the capital of Tajikistan" -> part_of.
  void place_apposition(int32_t m);

  // "the opposition Northern Alliance, led by Massoud" -> Massoud leader_of Northern Alliance.
  void led_by(int32_t m);

  // "his wife, journalist X", "Massoud's son Ahmad" -> spouse_of / child_of / relative_of.
  void possessive_kin();

  // "X, Y and Z were all protected in Dushanbe" -> each located_in Dushanbe.
  void located_in();

  // "Rahmon had supported the opposition Northern Alliance", "X criticised Y".
  void verb_relations();

  // "He and his wife, journalist X, head the resistance council." -> role "head the resistance
  // council" for each subject, when everything before the verb is subject material.
  void verb_roles();

  // "Afghanistan's Panjsher province" -> Panjsher part_of Afghanistan.
  void possessive_places();

  // Capitals and their countries known from the gazetteer, when both are in the article.
  void gazetteer_part_of();

  void finish_roles();

  // ---- patterns.cc -----------------------------------------------------------------------

  // The article's ORG / NORP entity for a party word ("Democratic" -> "Democrats"), or -1.
  int32_t party_entity(std::string_view word) const;
  // member_of the institution a title names ("Senator" -> the Senate), when the article
  // names it; `before` is the word before the head ("home" of "home secretary") or "".
  void institution_of_title(int32_t person, uint32_t head, std::string_view before);
  // "Gov. Phil Bryant of Mississippi": the premodifying title (from title_begin) names what
  // follows the name after "of".
  void title_then_of(int32_t m, uint32_t title_begin);
  // "ABC's host, George Stephanopoulos": a title phrase set off by a comma before a name.
  void title_before_comma(int32_t m);
  // "Brad Adams, from Human Rights Watch," -> employee_of.
  void from_org_apposition(int32_t m);
  // "Houston, Texas" -> located_in.
  void place_comma_place();
  // "Moscow's Sovlink Securities" -> located_in; "Yukos's Yuganskneftegas subsidiary" -> part_of.
  void possessive_orgs();
  // "Kremlin-backed X" -> supports; "London-based X" -> located_in.
  void compound_relations();
  // The nearest mention before token t with at most two words between, or -1.
  int32_t subject_before(uint32_t t) const;
  // "took on X", "went on offense against X", "called on X to resign" -> opposes.
  void phrasal_relations();
  // met_with, successor_of, appointed_by, nominated_by between people.
  void person_verb_relations();
  // Relations stated by descriptions linked to a person ("Russia's president").
  void nominal_relations();
  // "Sen. Scott Brown, R-Mass." -> member_of the Republican party the article names.
  void party_label(int32_t m);
  // "she is the likely Democratic nominee": a role (and its relations) after "is" / "was".
  void predicate_role(int32_t m);
  // "Yukos, one of Russia's biggest companies" -> located_in Russia (from resolve's roles).
  void organisation_role_places();

  Document& doc_;
  uint32_t sentence_ = 0;
  std::vector<int32_t> token_mention_;                         // token -> mention or -1
  std::vector<std::pair<uint32_t, uint32_t>> mention_tokens_;  // mention -> token range
  std::vector<bool> role_tokens_;                              // per token of the sentence
  std::vector<std::pair<int32_t, std::string>> roles_;
  std::set<std::tuple<int32_t, std::string, int32_t>> seen_;
};

}  // namespace newsgraph
