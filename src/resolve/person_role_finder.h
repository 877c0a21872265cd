// PersonRoleFinder: the role finders of people, sentence by sentence over the resolved
// mentions (resolve/person_roles.h gives the entry points). Private to src/resolve/: defined in
// person_roles.cc (predicates, premodifiers, kin, verb phrases) and person_appositions.cc
// (titles set off by commas, appositions). Not thread-safe; one per document.
#pragma once

#include <cctype>
#include <cstdint>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "resolve/sentence_walker.h"
#include "util/lexicon.h"
#include "util/role_words.h"

namespace newsgraph::resolve {

class PersonRoleFinder : SentenceWalker {
  using Kind = RolePhrase::Kind;

 public:
  explicit PersonRoleFinder(const Document& doc) : SentenceWalker(doc) {}

  std::vector<RolePhrase> run();

 private:
  // A phrase over tokens [t0, t1) of the current sentence, whose tokens then count as role
  // tokens (not a subject of a verb role).
  void add_role(Kind kind, int32_t entity, int32_t mention, uint32_t t0, uint32_t t1);
  void add_phrase(Kind kind, int32_t entity, int32_t mention, int32_t object, uint32_t t0,
                  uint32_t t1, std::string text);

  // True when mention m is a name, not a person's: part of a title ("Tajik", "ABC's").
  bool is_other_name(int32_t m) const {
    return type_of(m) != EntityType::kPerson &&
           walked_.mentions[size_t(m)].kind == MentionKind::kName;
  }

  // True when mention m is a person's name ("George Bush"), not a pronoun or a description.
  bool is_person_name(int32_t m) const {
    return type_of(m) == EntityType::kPerson &&
           walked_.mentions[size_t(m)].kind == MentionKind::kName;
  }

  // True when token t is a word: in no mention, or in a description ("the leader") resolve
  // linked, whose words a title phrase may hold.
  bool is_word(uint32_t t) const {
    const int32_t m = token_mention_[t];
    return m < 0 || walked_.mentions[size_t(m)].kind == MentionKind::kNominal;
  }

  // "since", "until", "during", or "for" before a number: a time phrase after a role.
  bool is_time_preposition(uint32_t t) const {
    const std::string_view w = tok(t);
    if (lexicon::iequals(w, "since") || lexicon::iequals(w, "until") ||
        lexicon::iequals(w, "during"))
      return true;
    return lexicon::iequals(w, "for") && t + 1 < sent_end() &&
           std::isdigit(static_cast<unsigned char>(tok(t + 1)[0]));
  }

  // True when tokens from t0 (before t1) are titles before a person's name that ends the phrase
  // or an item of it ("Vice President George Bush, ...", "Secretary of State George Shultz and
  // ..."): the next item of a list of titled names.
  bool titled_name_phrase(uint32_t t0, uint32_t t1) const {
    uint32_t t = t0;
    bool title = false;
    for (; t < t1 && token_mention_[t] < 0; ++t) {
      if (tok_in(t, lexicon::title_words()))
        title = true;
      else if (!lexicon::iequals(tok(t), "of") &&
               !std::isupper(static_cast<unsigned char>(tok(t)[0])))
        return false;
    }
    if (!title || t >= t1 || lexicon::iequals(tok(t - 1), "of")) return false;  // "chief of X"
    const int32_t m = token_mention_[t];
    if (!is_person_name(m)) return false;
    const uint32_t after = mention_end_token(m);
    return after >= t1 || lexicon::iequals(tok(after), "and");
  }

  // True for a word that ends a role phrase read leftwards from a name: a conjunction ("and
  // club manager X") or a verb whose object the titled name is ("attacked Democratic candidate
  // X", "criticized President X", "said"): a speech cue or a verb of support or opposition.
  bool is_clause_word(uint32_t t) const {
    const std::string_view w = tok(t);
    if (w.empty() || !std::islower(static_cast<unsigned char>(w[0]))) return false;
    return w == "and" || w == "or" || w == "but" || tok_in(t, lexicon::cue_words()) ||
           !lexicon::relation_for_verb(w).empty();
  }

  // True for a lower-case word that opens a clause or an adverbial phrase rather than a role
  // ("while", "because", "to", "in", "under", "with"; not "as": "X, as chairman of Y,").
  bool opens_clause_or_adverbial(uint32_t t) const {
    const std::string_view w = tok(t);
    if (w.empty() || !std::islower(static_cast<unsigned char>(w[0])) || w == "as") return false;
    return tok_in(t, lexicon::clause_openers()) || tok_in(t, lexicon::phrase_prepositions()) ||
           w == "to" || w == "under" || w == "by" || w == "on" || w == "into" || w == "over";
  }

  void predicate_role(int32_t m);
  // "founders", "directors", "ex-managers": a title word in the plural.
  bool is_plural_title(uint32_t t) const {
    std::string_view w = tok(t);
    if (w.size() > 3 && (w.substr(0, 3) == "ex-" || w.substr(0, 3) == "Ex-")) w.remove_prefix(3);
    return w.size() > 4 && w.back() == 's' && token_mention_[t] < 0 &&
           lexicon::lower_in(w.substr(0, w.size() - 1), lexicon::title_words());
  }
  void plural_title_before_list(int32_t m);
  bool may_take_as_role(uint32_t first) const;
  void premodifier_role(int32_t m);
  bool only_titles(uint32_t t0, uint32_t t1) const;
  // Whether a name in the possessive starts at token t ("America's").
  bool possessive_name_at(uint32_t t) const;
  void title_before_comma(int32_t m);
  void fronted_apposition(int32_t m);
  void apposition(int32_t m);
  void led_by(int32_t m);
  void party_label(int32_t m);
  void possessive_kin();
  void verb_roles();

  std::vector<bool> role_tokens_;  // per token of the sentence
  std::vector<RolePhrase> phrases_;
};

}  // namespace newsgraph::resolve
