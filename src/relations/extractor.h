// The per-document working state of extract_relations(): the pattern matchers over one sentence
// at a time (on resolve::SentenceWalker) and the role phrases resolve found. Private to the
// relations layer; see newsgraph/relations.h and docs/relations.md. Not thread-safe; one per
// document.
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
#include "resolve/sentence_walker.h"
#include "util/role_words.h"

namespace newsgraph {

using lexicon::lower_in;

// A word that starts with a lower-case ASCII letter (a verb or a noun after a name, not a name).
inline bool starts_lower_word(std::string_view w) {
  return !w.empty() && w[0] >= 'a' && w[0] <= 'z';
}

// "former", or a word with the prefix "ex-" or "then-" ("ex-chief economic adviser",
// "then-National Security Council aide").
bool is_former_word(std::string_view w);

class RelationExtractor : resolve::SentenceWalker {
 public:
  explicit RelationExtractor(Document& doc) : SentenceWalker(doc), doc_(doc) {}

  void run();

 private:
  void add_relation(int32_t subject, std::string_view type, int32_t object, bool gazetteer = false);

  // The GPE entity that a nationality word ("Tajik", "US") in a mention stands for, or -1.
  int32_t country_of(int32_t m) const;

  int32_t find_entity(std::string_view name, EntityType type) const;
  // Whether entity e is the United Kingdom ("UK", "Britain", "U.K.").
  bool is_united_kingdom(int32_t e) const;

  // ---- relations from the role phrases resolve found (doc.role_phrases) ----------------

  // The phrases of the current sentence: doc_.role_phrases[phrase_begin_, phrase_end_).
  void select_sentence_phrases();
  // Relations of the phrases anchored at mention m (predicate, premodifier, title before a
  // comma, appositions, "led by"), in the order resolve found them.
  void relations_from_phrases_at(int32_t m);
  // "his wife X" -> spouse_of, "Massoud's son Ahmad" -> child_of, ... (kKin phrases).
  void relations_from_kin();
  // "X heads the Y council" -> leader_of the organisation in a verb phrase (kVerb phrases).
  void relations_from_verb_roles();

  // Relations a title states through the names before its head word: "Tajik President"
  // -> leader_of Tajikistan, "Tory leader" -> leader_of Tory, "Labour MP" -> member_of Labour,
  // "Democrat" -> member_of. The head is the last word before a preposition ("chief U.S.
  // negotiator in the talks": head "negotiator", no leader relation).
  void relations_from_title(int32_t person, uint32_t t0, uint32_t t1);

  // Relations stated by a role phrase over tokens [t0, t1).
  void relations_from_role(int32_t person, uint32_t t0, uint32_t t1);

  void add_relation_from_noun(int32_t person, std::string_view rel, int32_t target,
                              bool possessive);

  // "Dushanbe, the capital of Tajikistan" -> part_of.
  void place_apposition(int32_t m);

  // "X, Y and Z were all protected in Dushanbe" -> each located_in Dushanbe.
  void located_in();

  // "Rahmon had supported the opposition Northern Alliance", "X criticised Y".
  void verb_relations();
  // "Blair was criticised by the Tories" -> Tories opposes Blair: the verb at t with relation
  // `rel` in a passive with its agent after "by".
  void passive_relation(uint32_t t, std::string_view rel);

  // "Afghanistan's Panjsher province" -> Panjsher part_of Afghanistan.
  void possessive_places();

  // Capitals and their countries known from the gazetteer, when both are in the article and
  // the capital is named as a place (named_as_place), not only as its government.
  void gazetteer_part_of();
  bool named_as_place(size_t e) const;
  // Heads of state and of government known from the gazetteer, given their office's bare
  // title ("President Bush"), leader_of their country when the article names it.
  void gazetteer_leaders();

  // (gazetteer_part_of, named_as_place and gazetteer_leaders are in gazetteer.cc.)

  // ---- patterns.cc -----------------------------------------------------------------------

  // The article's ORG / NORP entity for a party word ("Democratic" -> "Democrats"), or -1.
  int32_t party_entity(std::string_view word) const;
  // member_of the institution a title names ("Senator" -> the Senate), when the article
  // names it; `before` is the word before the head ("home" of "home secretary") or "".
  void institution_of_title(int32_t person, uint32_t head, std::string_view before);
  // "Gov. Phil Bryant of Mississippi": the premodifying title [title_begin, title_end) names
  // what follows the name after "of".
  void title_then_of(int32_t m, uint32_t title_begin, uint32_t title_end);
  // "Brad Adams, from Human Rights Watch," and "John Olson of Drexel Burnham" -> employee_of.
  void from_org_apposition(int32_t m);
  // "Houston, Texas" -> located_in.
  void place_comma_place();
  void place_in_place();
  // "Moscow's Sovlink Securities" -> located_in; "Yukos's Yuganskneftegas subsidiary", "its
  // unit Gazpromneft" -> part_of.
  void possessive_orgs();
  // (units_and_clients.cc) The organisation mention m is a unit of, or -1; the owner a
  // possessive at token t names ("Yukos's", or "its" for the organisation named before it); the
  // token after up to three description words from t.
  int32_t part_owner(int32_t m) const;
  int32_t possessive_owner(uint32_t t) const;
  uint32_t skip_description_words(uint32_t t) const;
  // "Kremlin-backed X" -> supports; "London-based X" -> located_in.
  void compound_relations();
  void part_of_phrase();
  void action_against();
  // The nearest mention before token t with at most two words between, or -1.
  int32_t subject_before(uint32_t t) const;
  // The subject the verb at t shares with its sentence: a participle after a comma ("…, trashing
  // Donald Trump", "…, and accusing him of …") or a verb after an aside set off after the
  // subject ("Biden, stumping for Clinton, trashes Trump"); the sentence must open with the
  // person's or organisation's name (after its title). -1 otherwise.
  int32_t clause_subject(uint32_t t) const;
  // The person a title names when mention m modifies it ("Democratic presidential candidate
  // Hillary Clinton", "Labour leader Tony Blair": the person's mention), else m.
  int32_t titled_person_after(int32_t m) const;
  std::vector<int32_t> coordinated_after(int32_t m) const;
  // "took on X", "went on offense against X", "called on X to resign" -> opposes.
  void phrasal_relations();
  // met_with, successor_of, appointed_by, nominated_by between people.
  void person_verb_relations();
  // "X appointed Y and Z as advisers" -> Y, Z adviser_to X (lawyer_of for lawyers).
  void appointed_as();
  // "Lawyer X, who represents Y and Z," -> X lawyer_of Y, Z.
  void lawyer_represents();
  // The person a lawyer's or adviser's title phrase [t0, t1) names as principal, before its
  // head: "Jones' lawyer X", "her personal lawyer, X", "Clinton aide X" -> lawyer_of /
  // adviser_to that person.
  void principal_of_title(int32_t person, uint32_t t0, uint32_t t1);
  // Relations stated by descriptions linked to a person ("Russia's president").
  void nominal_relations();
  // "Sen. Scott Brown, R-Mass." -> member_of the Republican party the article names (from
  // resolve's kPartyLabel phrase).
  void party_label(int32_t m);
  // "Yukos, one of Russia's biggest companies" -> located_in Russia (from resolve's roles).
  void organisation_role_places();
  int32_t place_modifying_head(std::string_view role) const;
  int32_t based_place(std::string_view role) const;

  Document& doc_;
  size_t phrase_begin_ = 0, phrase_end_ = 0;  // the current sentence's role phrases
  std::vector<bool> role_tokens_;             // per token of the sentence: in a role phrase
  std::set<std::tuple<int32_t, std::string, int32_t>> seen_;
};

}  // namespace newsgraph
