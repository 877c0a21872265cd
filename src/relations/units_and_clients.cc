// Organisations' units and their owners ("its unit Gazpromneft", "Yukos' main production arm,
// Yugansk"), and the clients and principals of lawyers and advisers ("Lawyer X, who represents
// Y", "appointed UBS as additional advisors"): patterns of the relation extractor beside
// patterns.cc. See docs/relations.md.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "relations/extractor.h"
#include "util/role_words.h"

namespace newsgraph {
// Description words (lower-case, no function word) from token t onwards, at most three; the
// token after them.
uint32_t RelationExtractor::skip_description_words(uint32_t t) const {
  for (uint32_t n = 0; n < 3 && t < sent_end() && token_mention_[t] < 0 && !is_punct(t) &&
                       starts_lower_word(tok(t)) && !tok_in(t, lexicon::stop_words()) &&
                       !tok_in(t, lexicon::unit_nouns());
       ++n)
    ++t;
  return t;
}

// The owner an organisation noun phrase opens with, the possessive at token t ("Yukos's", "its"):
// the possessive's organisation, or for "its"/"their" the nearest organisation named before it
// in the sentence; -1 when there is none.
int32_t RelationExtractor::possessive_owner(uint32_t t) const {
  if (t <= sent_begin()) return -1;
  if (lexicon::iequals(tok(t), "its") || lexicon::iequals(tok(t), "their")) {
    // Not one named after a preposition ("the buyout of Commerce National Bank by its First
    // Union unit" is First Union's); an organisation, not a place ("a US court").
    static constexpr std::string_view kPrepositions[] = {"of",  "by", "from", "to", "with",
                                                         "for", "in", "on",   "at", "against"};
    for (uint32_t p = t; p-- > sent_begin();) {
      const int32_t o = token_mention_[p];
      if (o < 0 || mention_end_token(o) != p + 1) continue;
      const int32_t e = entity_of(o);
      if (e < 0 || doc_.entities[static_cast<size_t>(e)].type != EntityType::kOrg) continue;
      // "pilots of its subsidiary, Pan Am Express, will join the list of its Pan American
      // World Airways unit": not one the article has already made a unit of another.
      if (std::any_of(seen_.begin(), seen_.end(), [&](const auto& r) {
            return std::get<0>(r) == e && std::get<1>(r) == "part_of";
          }))
        continue;
      const uint32_t first = mention_first_token(o);
      if (first > sent_begin() &&
          std::any_of(std::begin(kPrepositions), std::end(kPrepositions),
                      [&](std::string_view w) { return lexicon::iequals(tok(first - 1), w); }))
        continue;
      return e;
    }
    return -1;
  }
  if (!lexicon::is_possessive(tok(t))) return -1;
  const int32_t o = token_mention_[t - 1];
  return o >= 0 && is_entity_mention(o, {EntityType::kOrg}) ? entity_of(o) : -1;
}

// The organisation that the organisation named at mention m is a unit of, by the phrase around
// it, or -1.
int32_t RelationExtractor::part_owner(int32_t m) const {
  const uint32_t first = mention_first_token(m), end = mention_end_token(m);
  // "its Six Flags amusement park unit", "Yukos's Yuganskneftegas subsidiary".
  const uint32_t noun = skip_description_words(end);
  if (noun < sent_end() && tok_in(noun, lexicon::unit_nouns())) {
    const int32_t owner = possessive_owner(first - 1);
    if (owner >= 0) return owner;
  }
  // "its unit Gazpromneft", "Yukos' main production arm, Yugansk": the noun before the name.
  uint32_t before = first - 1;
  if (tok(before) == "," && before > sent_begin()) --before;
  if (tok_in(before, lexicon::unit_nouns())) {
    uint32_t open = before;
    while (open > sent_begin() && before - open < 4 && token_mention_[open - 1] < 0 &&
           starts_lower_word(tok(open - 1)) && !tok_in(open - 1, lexicon::stop_words()) &&
           !lexicon::iequals(tok(open - 1), "its") && !lexicon::iequals(tok(open - 1), "their"))
      --open;
    // The apposition closes after the name ("…, Yugansk, to Rosneft"), or the name ends it.
    const bool apposition = before != first - 1;
    if (apposition && end < sent_end() && tok(end) != "," && tok(end) != "." && tok(end) != ";")
      return -1;
    if (open > sent_begin()) return possessive_owner(open - 1);
  }
  // "Yuganskneftegaz, as the Yukos unit is formally known".
  if (end + 4 < sent_end() && tok(end) == "," && lexicon::iequals(tok(end + 1), "as") &&
      lexicon::iequals(tok(end + 2), "the")) {
    const int32_t o = token_mention_[end + 3];
    if (o >= 0 && is_entity_mention(o, {EntityType::kOrg})) {
      const uint32_t n = skip_description_words(mention_end_token(o));
      if (n + 1 < sent_end() && tok_in(n, lexicon::unit_nouns()) &&
          (lexicon::iequals(tok(n + 1), "is") || lexicon::iequals(tok(n + 1), "was")))
        return entity_of(o);
    }
  }
  return -1;
}

// "Euronext … last week appointed UBS and ABN Amro as additional advisors": the organisations
// or people appointed as advisers or lawyers advise, or act for, the one appointing them: the
// name before the verb, or the name that opens the sentence before an aside.
void RelationExtractor::appointed_as() {
  for (uint32_t t = sent_begin() + 1; t + 3 < sent_end(); ++t) {
    if (token_mention_[t] >= 0 || lexicon::relation_for_verb(tok(t)) != "appointed_by") continue;
    const int32_t first = token_mention_[t + 1];
    if (first < 0 || mention_first_token(first) != t + 1 ||
        !is_entity_mention(first, {EntityType::kOrg, EntityType::kPerson}))
      continue;
    std::vector<int32_t> named = {first};
    for (int32_t next : coordinated_after(first)) named.push_back(next);
    uint32_t as = mention_end_token(named.back());
    if (as + 1 >= sent_end() || !lexicon::iequals(tok(as), "as")) continue;
    // "as additional advisors", "as its lawyers": the head noun, singular or plural.
    const auto noun_relation = [&](uint32_t u) {
      std::string_view word = tok(u);
      std::string_view rel = lexicon::relation_for_noun(word);
      if (rel.empty() && word.size() > 3 && word.back() == 's')
        rel = lexicon::relation_for_noun(word.substr(0, word.size() - 1));
      return rel;
    };
    std::string_view rel;
    for (uint32_t u = as + 1; u < sent_end() && u < as + 5 && rel.empty(); ++u) {
      if (token_mention_[u] >= 0 || !std::islower(static_cast<unsigned char>(tok(u)[0]))) break;
      rel = noun_relation(u);
    }
    if (rel != "adviser_to" && rel != "lawyer_of") continue;
    int32_t subj = subject_before(t);
    if (subj < 0 || !is_entity_mention(subj, {EntityType::kOrg, EntityType::kPerson})) {
      // "Euronext, which also operates an exchange in Lisbon, last week appointed …".
      const int32_t opener = token_mention_[sent_begin()];
      subj = opener >= 0 && mention_end_token(opener) < t && tok(mention_end_token(opener)) == ","
                 ? opener
                 : -1;
    }
    if (subj < 0 || doc_.mentions[size_t(subj)].kind != MentionKind::kName ||
        !is_entity_mention(subj, {EntityType::kOrg, EntityType::kPerson}))
      continue;
    for (int32_t m : named)
      if (entity_of(m) != entity_of(subj)) add_relation(entity_of(m), rel, entity_of(subj));
  }
}

// "Lawyer Louise Christian, who represents Mr Abbasi and Mr Mubanga," -> lawyer_of each: a
// person the article calls a lawyer (attorney, counsel, solicitor, barrister) who represents
// people or organisations, named before the verb or before ", who".
void RelationExtractor::lawyer_represents() {
  for (uint32_t t = sent_begin() + 1; t + 1 < sent_end(); ++t) {
    if (token_mention_[t] >= 0) continue;
    const std::string_view v = tok(t);
    if (!(lexicon::iequals(v, "represents") || lexicon::iequals(v, "represented") ||
          lexicon::iequals(v, "representing")))
      continue;
    uint32_t p = t;  // back over "who", "has", ","
    while (p > sent_begin() && token_mention_[p - 1] < 0 && t - p < 3 &&
           (tok(p - 1) == "," || lexicon::iequals(tok(p - 1), "who") ||
            lexicon::iequals(tok(p - 1), "has") || lexicon::iequals(tok(p - 1), "had")))
      --p;
    if (p == sent_begin() || token_mention_[p - 1] < 0) continue;
    const int32_t subj = token_mention_[p - 1];
    if (!is_entity_mention(subj, {EntityType::kPerson}) ||
        doc_.mentions[size_t(subj)].kind != MentionKind::kName)
      continue;
    const Entity& person = doc_.entities[size_t(entity_of(subj))];
    const bool lawyer = std::any_of(person.roles.begin(), person.roles.end(), [](const auto& r) {
      std::string low(r);
      for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (std::string_view w : {"lawyer", "attorney", "counsel", "solicitor", "barrister"})
        if (low.find(w) != std::string::npos) return true;
      return false;
    });
    if (!lawyer) continue;
    uint32_t o = t + 1;  // past a title before the client's name ("Mr")
    while (o < sent_end() && o < t + 3 && token_mention_[o] < 0 &&
           (tok_in(o, lexicon::honorifics()) || tok_in(o, lexicon::determiners())))
      ++o;
    if (o >= sent_end() || token_mention_[o] < 0) continue;
    const int32_t client = token_mention_[o];
    if (!is_entity_mention(client, {EntityType::kPerson, EntityType::kOrg})) continue;
    add_relation(entity_of(subj), "lawyer_of", entity_of(client));
    for (int32_t next : coordinated_after(client))
      add_relation(entity_of(subj), "lawyer_of", entity_of(next));
  }
}

// "Jones' lawyer Richard Nicholls", "her personal lawyer, David E. Kendall,", "Clinton aide Huma
// Abedin": the head of the title is a lawyer or adviser noun (an aide advises the person named
// before it), and before it, past up to three lower-case modifiers, stands a person's name in
// the possessive, a possessive pronoun linked to a person, or a person's name.
void RelationExtractor::principal_of_title(int32_t person, uint32_t t0, uint32_t t1) {
  if (t1 <= t0 || token_mention_[t1 - 1] >= 0) return;
  const uint32_t head = t1 - 1;
  std::string_view rel = lexicon::relation_for_noun(tok(head));
  if (lexicon::iequals(tok(head), "aide") || lexicon::iequals(tok(head), "aides"))
    rel = "adviser_to";
  if (rel != "lawyer_of" && rel != "adviser_to") return;
  uint32_t p = head;
  while (p > sent_begin() && head - p < 3 && token_mention_[p - 1] < 0 &&
         starts_lower_word(tok(p - 1)) && !tok_in(p - 1, lexicon::stop_words()))
    --p;
  if (p == sent_begin()) return;
  for (uint32_t t = p; t < head; ++t)
    if (is_former_word(tok(t))) return;  // "one of Bill Clinton's former aides"
  uint32_t q = p - 1;                    // the word before the modifiers
  if (lexicon::is_possessive(tok(q)) && q > sent_begin()) --q;
  const int32_t m = token_mention_[q];
  if (m < 0 || mention_end_token(m) != q + 1) return;
  const Mention& owner = walked_.mentions[size_t(m)];
  const int32_t e = entity_of(m);
  if (e < 0 || e == person || entity_type(e) != EntityType::kPerson) return;
  // A name modifies the title only in the possessive or right before it ("Clinton aide").
  if (owner.kind == MentionKind::kNominal) return;
  if (owner.kind == MentionKind::kPronoun &&
      !(lexicon::iequals(tok(q), "his") || lexicon::iequals(tok(q), "her")))
    return;
  add_relation_from_noun(person, rel, e, true);
}

}  // namespace newsgraph
