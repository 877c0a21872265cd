// A headline's description of the article's main actor ("US bank in $515m SEC settlement",
// "Benghazi mom speechwriter reveals he might vote for Clinton"). See resolve/roles.h.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "resolve/coref.h"
#include "resolve/resolver.h"
#include "resolve/roles.h"
#include "util/ascii.h"
#include "util/lexicon.h"
#include "util/role_words.h"

namespace newsgraph::resolve {

namespace {

// Body sentences the described actor must be named in (the lede and the two after it).
constexpr uint32_t kLedeSentences = 3;

// The kind of actor noun w names: a person, an organisation, either ("owner"), or none.
enum class Actor { kNone, kPerson, kOrganisation, kEither };
Actor actor_noun(const std::string& w) {
  if (w == "owner" || w == "parent" || w == "buyer" || w == "bidder") return Actor::kEither;
  if (util::person_nouns().contains(w) || lexicon::lower_in(w, lexicon::title_words()))
    return Actor::kPerson;
  if (organisation_nouns().contains(w)) return Actor::kOrganisation;
  return Actor::kNone;
}

bool fits(Actor a, EntityType t) {
  return (t == EntityType::kPerson && (a == Actor::kPerson || a == Actor::kEither)) ||
         (t == EntityType::kOrg && (a == Actor::kOrganisation || a == Actor::kEither));
}

}  // namespace

void find_headline_roles(Document& doc) {
  if (doc.sentences.size() < 2 || doc.entities.empty()) return;
  const Sentence& head = doc.sentences[0];
  const std::string_view gap =
      std::string_view(doc.text).substr(head.span.end, doc.sentences[1].span.begin - head.span.end);
  if (gap.find('\n') == std::string_view::npos || head.token_end - head.token_begin > 16) return;
  // The description: up to four words from the headline's start (an article dropped), the last
  // an actor noun followed by a lower-case word ("loses", "in", "reveals"); no person named in
  // it.
  uint32_t first = head.token_begin;
  const auto tok = [&](uint32_t t) { return doc.slice(doc.tokens[t].span); };
  const std::string article = util::ascii_lower(tok(first));
  if (article == "the" || article == "a" || article == "an") ++first;
  uint32_t noun = head.token_end;
  Actor actor = Actor::kNone;
  for (uint32_t t = first; t + 1 < head.token_end && t < first + 4; ++t) {
    const std::string_view w = tok(t);
    if (w.empty() || !std::isalpha(static_cast<unsigned char>(w[0])) ||
        (std::islower(static_cast<unsigned char>(w[0])) &&
         lexicon::lower_in(w, lexicon::stop_words())))
      break;
    const std::string_view next = tok(t + 1);
    actor = actor_noun(util::ascii_lower(w));
    // The head is lower-case, after at least one modifier ("US bank", "Tory candidate"): a
    // capitalised one is a name ("Gritty return for Prince"), a lone one too general ("Judge").
    if (actor != Actor::kNone && t > first && std::islower(static_cast<unsigned char>(w[0])) &&
        !next.empty() && std::islower(static_cast<unsigned char>(next[0])) &&
        actor_noun(util::ascii_lower(next)) == Actor::kNone) {
      noun = t;
      break;
    }
    // A lower-case modifier ending in "s" is more likely a verb ("Opposition grows to").
    if (t > first && std::islower(static_cast<unsigned char>(w[0])) && w.back() == 's') break;
  }
  if (noun == head.token_end) return;
  const Span desc{doc.tokens[first].span.begin, doc.tokens[noun].span.end};
  std::vector<bool> named_inside(doc.entities.size(), false);
  for (const Mention& m : doc.mentions) {
    if (m.entity < 0 || m.span.end <= desc.begin || m.span.begin >= desc.end) continue;
    if (m.type == EntityType::kPerson) return;
    named_inside[static_cast<size_t>(m.entity)] = true;
  }
  // The actor: the entity of that kind with the most mentions among those the lede names.
  const uint32_t lede_end =
      doc.sentences[std::min<size_t>(doc.sentences.size() - 1, kLedeSentences)].span.end;
  std::vector<uint32_t> count(doc.entities.size(), 0);
  std::vector<bool> in_lede(doc.entities.size(), false);
  for (const Mention& m : doc.mentions) {
    if (m.entity < 0 || m.span.begin < head.span.end) continue;
    const size_t e = static_cast<size_t>(m.entity);
    ++count[e];
    if (m.kind == MentionKind::kName && m.span.end <= lede_end) in_lede[e] = true;
  }
  int32_t best = -1;
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    if (!in_lede[e] || named_inside[e] || !fits(actor, doc.entities[e].type) || count[e] < 2)
      continue;
    if (best < 0 || count[e] > count[static_cast<size_t>(best)]) best = static_cast<int32_t>(e);
  }
  if (best < 0) return;
  // "Saudi prince mocks Trump", "Indiana governor endorses Cruz": one of that kind named right
  // after the verb is who the description acts on, so the actor is unsure; and the actor the
  // headline names itself ("US bank in $515m SEC settlement": the SEC) is someone else.
  for (const Mention& m : doc.mentions) {
    if (m.entity < 0 || m.span.begin < desc.end || m.span.begin >= head.span.end) continue;
    if (m.entity == best) return;
    if (noun + 2 < head.token_end && m.span.begin == doc.tokens[noun + 2].span.begin &&
        fits(actor, m.type))
      return;
  }
  // Tied for most mentions with another of its kind: no main actor.
  for (size_t e = 0; e < doc.entities.size(); ++e)
    if (static_cast<int32_t>(e) != best && in_lede[e] && !named_inside[e] &&
        doc.entities[e].type == doc.entities[static_cast<size_t>(best)].type &&
        count[e] == count[static_cast<size_t>(best)])
      return;
  Entity& entity = doc.entities[static_cast<size_t>(best)];
  const std::string role(doc.slice(desc));
  if (std::none_of(entity.roles.begin(), entity.roles.end(),
                   [&](const std::string& r) { return util::ascii_iequals(r, role); }))
    entity.roles.push_back(role);
  // The description is a mention of the actor ("Benghazi mom speechwriter reveals he might
  // vote …" is a statement of theirs), unless a pronoun or description mention overlaps it
  // already; a name inside it ("US" of "US bank") stays a mention of its own.
  for (const Mention& m : doc.mentions)
    if (m.span.begin < desc.end && desc.begin < m.span.end && m.kind != MentionKind::kName) return;
  insert_mentions(doc, {Mention{desc, entity.type, MentionKind::kNominal, best}});
  index_entity_mentions(doc);  // the indexes after the new mention moved
}

}  // namespace newsgraph::resolve
