// The role finders of people, sentence by sentence over the resolved mentions. See
// resolve/person_roles.h.
#include "resolve/person_roles.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

#include "resolve/person_role_finder.h"
#include "util/ascii.h"
#include "util/lexicon.h"
#include "util/role_words.h"

namespace newsgraph::resolve {

namespace {

using Kind = RolePhrase::Kind;
using lexicon::lower_in;

// Adjectives that follow a copula ("it was certain", "it is likely", "all but certain") and may
// then stand right before a title and a name; the copulas (and "but").
const lexicon::WordSet& predicate_adjectives() {
  static const lexicon::WordSet s = {"certain", "likely",   "unlikely", "sure",    "clear",
                                     "unclear", "possible", "probable", "obvious", "inevitable"};
  return s;
}
const lexicon::WordSet& copulas() {
  static const lexicon::WordSet s = {"is",    "was",    "are",     "were",     "be",  "been",
                                     "seems", "seemed", "appears", "appeared", "but", "looked"};
  return s;
}

}  // namespace

std::vector<RolePhrase> PersonRoleFinder::run() {
  for (uint32_t s = 0; s < walked_.sentences.size(); ++s) {
    const Sentence& sent = walked_.sentences[s];
    if (walked_.is_boilerplate(sent.span)) continue;
    sentence_ = s;
    role_tokens_.assign(sent.token_end - sent.token_begin, false);
    for (uint32_t t = sent.token_begin; t < sent.token_end; ++t) {
      int32_t m = token_mention_[t];
      if (m < 0 || mention_first_token(m) != t) continue;
      const Mention& mention = walked_.mentions[static_cast<size_t>(m)];
      if (is_entity_mention(m, {EntityType::kPerson}) && mention.kind != MentionKind::kNominal)
        predicate_role(m);
      if (mention.kind != MentionKind::kName) continue;
      if (mention.type == EntityType::kPerson) {
        premodifier_role(m);
        title_before_comma(m);
        plural_title_before_list(m);
        fronted_apposition(m);
        apposition(m);
        party_label(m);
      } else if (mention.type == EntityType::kOrg) {
        led_by(m);
      }
    }
    possessive_kin();
    verb_roles();
  }
  return std::move(phrases_);
}

void PersonRoleFinder::add_phrase(Kind kind, int32_t entity, int32_t mention, int32_t object,
                                  uint32_t t0, uint32_t t1, std::string text) {
  if (entity < 0 || static_cast<size_t>(entity) >= walked_.entities.size()) return;
  phrases_.push_back({kind, entity, mention, object, sentence_, t0, t1, std::move(text)});
}

void PersonRoleFinder::add_role(Kind kind, int32_t entity, int32_t mention, uint32_t t0,
                                uint32_t t1) {
  if (entity < 0 || t1 <= t0) return;
  Span sp{walked_.tokens[t0].span.begin, walked_.tokens[t1 - 1].span.end};
  add_phrase(kind, entity, mention, -1, t0, t1, std::string(walked_.slice(sp)));
  for (uint32_t t = t0; t < t1; ++t)
    if (t >= sent_begin() && t < sent_end()) role_tokens_[t - sent_begin()] = true;
}

// "she is the likely Democratic nominee", "Xi is the president of China": a title phrase after
// "is" or "was" (of a name, or a pronoun linked to a person).
// Whether the name starting at token `first` is who "as TITLE" describes: a subject, or the
// object of a verb of appointing ("named Rahm Emanuel as his chief of staff"), not the object
// of another verb ("he served Bush as ambassador").
bool PersonRoleFinder::may_take_as_role(uint32_t first) const {
  // "views Mr. Trump as …", "dismissed Wisconsin Gov. Scott Walker as …": the word before the
  // capitalised words that open the name's noun phrase.
  while (first > sent_begin() && !tok(first - 1).empty() &&
         std::isupper(static_cast<unsigned char>(tok(first - 1)[0])))
    --first;
  if (first <= sent_begin() || is_punct(first - 1)) return true;
  const std::string_view w = tok(first - 1);
  for (std::string_view ok :
       {"that",   "and",        "but",        "with",    "when",      "while",     "after",
        "before", "because",    "if",         "whether", "named",     "appointed", "nominated",
        "chose",  "picked",     "selected",   "tapped",  "installed", "elected",   "hired",
        "naming", "appointing", "nominating", "name",    "appoint",   "nominate"})
    if (lexicon::iequals(w, ok)) return true;
  return false;
}

// "Howard Baker as Reagan's chief of staff", "X as secretary of state": after "as", with or
// without a determiner, a possessive person's name opening the phrase.
void PersonRoleFinder::predicate_role(int32_t m) {
  uint32_t v = mention_end_token(m);
  // "Mr Khodorkovsky, currently facing charges of his own, was one of …": past an aside.
  if (v < sent_end() && tok(v) == ",") {
    uint32_t close = v + 1;
    while (close < sent_end() && close < v + 16 && tok(close) != "," && !is_punct(close) &&
           (token_mention_[close] < 0 ||
            walked_.mentions[size_t(token_mention_[close])].kind == MentionKind::kPronoun))
      ++close;
    if (close + 1 < sent_end() && tok(close) == "," &&
        (lexicon::iequals(tok(close + 1), "is") || lexicon::iequals(tok(close + 1), "was")))
      v = close + 1;
  }
  const bool as = v < sent_end() && lexicon::iequals(tok(v), "as");
  if (v + 2 >= sent_end() ||
      !(as || lexicon::iequals(tok(v), "is") || lexicon::iequals(tok(v), "was")))
    return;
  uint32_t start = v + 1;
  const bool determiner =
      lexicon::iequals(tok(start), "the") || lexicon::iequals(tok(start), "a") ||
      lexicon::iequals(tok(start), "an") ||
      (as && (lexicon::iequals(tok(start), "his") || lexicon::iequals(tok(start), "her")));
  // "was one of the founders of Menatep", "is one of America's most decorated female
  // athletes": one of a plural title.
  const bool one_of = !as && !determiner && lexicon::iequals(tok(start), "one") &&
                      start + 2 < sent_end() && lexicon::iequals(tok(start + 1), "of") &&
                      (tok_in(start + 2, lexicon::determiners()) || possessive_name_at(start + 2));
  if (!determiner && !as && !one_of) return;
  if (as && !may_take_as_role(mention_first_token(m))) return;
  if (determiner) ++start;
  uint32_t end = start, last_title = 0;
  if (as && token_mention_[start] >= 0 && type_of(token_mention_[start]) == EntityType::kPerson) {
    end = mention_end_token(token_mention_[start]);  // "Reagan's": the possessor opens it
    if (end >= sent_end() || !lexicon::is_possessive(tok(end))) return;
    ++end;
  }
  while (end < sent_end() && end < start + 8) {
    if (token_mention_[end] >= 0) {
      if (type_of(token_mention_[end]) == EntityType::kPerson) break;
      end = mention_end_token(token_mention_[end]);
      if (end < sent_end() && lexicon::is_possessive(tok(end))) ++end;  // "America's"
      continue;
    }
    const bool after_of = end > start && lexicon::iequals(tok(end - 1), "of");
    // "most decorated": a superlative's adverb inside the phrase.
    const bool degree =
        (lexicon::iequals(tok(end), "most") || lexicon::iequals(tok(end), "more")) &&
        end + 1 < sent_end() && !lexicon::iequals(tok(end + 1), "of") && !is_punct(end + 1);
    if (is_punct(end) || (tok_in(end, lexicon::stop_words()) && !lexicon::iequals(tok(end), "of") &&
                          !(after_of && tok_in(end, lexicon::determiners())) && !degree))
      break;
    if (tok_in(end, lexicon::title_words()) || (one_of && is_plural_title(end)))
      last_title = end + 1;
    ++end;
  }
  if (last_title == 0) return;
  // "is the latest comedy star to bemoan the dumbing down of TV": an infinitive after the title
  // belongs to the phrase, to the clause's end.
  if (!as && last_title == end && end + 1 < sent_end() && lexicon::iequals(tok(end), "to") &&
      !is_punct(end + 1) && token_mention_[end + 1] < 0 && !lexicon::iequals(tok(end + 1), "the")) {
    end += 2;
    const auto quote_mark = [this](uint32_t t) {
      const std::string_view q = tok(t);
      return q == "\"" || q == "'" || q == "\xE2\x80\x9C" || q == "\xE2\x80\x9D" ||
             q == "\xE2\x80\x98" || q == "\xE2\x80\x99";
    };
    while (end < sent_end() && end < last_title + 16 && (!is_punct(end) || quote_mark(end))) ++end;
    while (end > last_title + 1 && quote_mark(end - 1)) --end;
    // A clause that runs on past 16 words ("the first official to visit Japan since …"): the
    // title alone.
    if (end < sent_end() && !is_punct(end)) end = last_title;
  }
  // The title ends the phrase, or an "of" phrase follows it ("president of China").
  if (last_title != end && !lexicon::iequals(tok(last_title), "of") &&
      !lexicon::iequals(tok(last_title), "to"))
    return;
  // After "as" the clause goes on: the phrase ends at its title or one word after its "of"
  // ("as secretary of state visited China").
  if (as && last_title < end) end = std::min(end, last_title + 2);
  add_role(Kind::kPredicate, entity_of(m), m, start, end);
}

bool PersonRoleFinder::possessive_name_at(uint32_t t) const {
  if (t >= sent_end() || token_mention_[t] < 0) return false;
  const uint32_t end = mention_end_token(token_mention_[t]);
  return end < sent_end() && lexicon::is_possessive(tok(end));
}

// Whether tokens [t0, t1) are all title words ("defender", "coach"); false when empty.
bool PersonRoleFinder::only_titles(uint32_t t0, uint32_t t1) const {
  if (t0 >= t1) return false;
  for (uint32_t u = t0; u < t1; ++u)
    if (token_mention_[u] >= 0 || !tok_in(u, lexicon::title_words())) return false;
  return true;
}

// "Tajik President Emomali Rahmon", "Soviet-era resistance leader Ahmad Shah Massoud": the words
// before the name back to a stop word, honorific, punctuation or person, when the word next to
// the name is a title or a party label.
void PersonRoleFinder::premodifier_role(int32_t m) {
  // "spokesman Sir Menzies Campbell", "minister Mr Brady": an honorific next to the name is
  // neither part of the role nor its end.
  uint32_t first = mention_first_token(m);
  while (first > sent_begin() && token_mention_[first - 1] < 0 &&
         tok_in(first - 1, lexicon::honorifics()))
    --first;
  uint32_t t = first;
  int taken = 0;
  bool title_seen = false;  // a title word between t and the name
  uint32_t title_of = 0;    // "Secretary of State X": the title before "of", or 0
  while (t > sent_begin() && taken < 6) {
    uint32_t p = t - 1;
    if (const int32_t pm = token_mention_[p]; pm >= 0) {
      // "Elton John's partner David Furnish": a person's possessive opens the role with it.
      if (is_person_name(pm) && t < first && lexicon::is_possessive(tok(t)))
        t = mention_first_token(pm);
      if (!is_other_name(pm)) break;
      t = mention_first_token(pm);
      ++taken;
      continue;
    }
    // "Secretary of State John Kerry", "Minister of Defence X": a capitalised title, "of" and
    // words that hold no title ("the wife of President X" stops at "of"; "King of X" names
    // no title of X).
    if (lexicon::iequals(tok(p), "of") && title_of == 0 && !title_seen && t < first &&
        p > sent_begin() && token_mention_[p - 1] < 0 && tok_in(p - 1, lexicon::title_words()) &&
        std::isupper(static_cast<unsigned char>(tok(p - 1)[0]))) {
      title_of = p - 1;
      t = p;
      ++taken;
      continue;
    }
    // "former Spurs and England defender Gary Stevens": two names that modify one title (and
    // only titles between the second name and the person's).
    if (lexicon::iequals(tok(p), "and") && t < first && token_mention_[t] >= 0 &&
        p > sent_begin() && token_mention_[p - 1] >= 0 && is_other_name(token_mention_[p - 1]) &&
        only_titles(mention_end_token(token_mention_[t]), first)) {
      t = mention_first_token(token_mention_[p - 1]);
      taken += 2;
      continue;
    }
    if (is_punct(p) || tok_in(p, lexicon::stop_words()) || tok_in(p, lexicon::honorifics()) ||
        is_clause_word(p))
      break;
    title_seen |= tok_in(p, lexicon::title_words());
    t = p;
    ++taken;
  }
  // The word next to the name must be a title (or end "TITLE of X"); a sentence-initial
  // capitalised word that is not part of the title ("Speaking", "Yesterday") is dropped.
  if (t == first) return;
  const int32_t next_to_name = token_mention_[first - 1];
  const bool party_label =
      next_to_name >= 0 &&
      lexicon::is_party_word(walked_.slice(walked_.mentions[size_t(next_to_name)].span));
  // "48-year-old Australian Mamdouh Habib": an age and a nationality describe the person too.
  const bool aged_nationality =
      next_to_name >= 0 && type_of(next_to_name) == EntityType::kNorp &&
      std::any_of(walked_.tokens.begin() + t, walked_.tokens.begin() + first,
                  [this](const Token& x) { return walked_.slice(x.span).ends_with("-year-old"); });
  if (!party_label && !aged_nationality && !tok_in(first - 1, lexicon::title_words()) &&
      title_of == 0)
    return;
  while (t == sent_begin() && t < first - 1 && !tok_in(t, lexicon::title_words()) &&
         !tok_in(t, lexicon::role_modifiers()) && token_mention_[t] < 0 &&
         !lexicon::is_party_word(tok(t)) && std::isupper(static_cast<unsigned char>(tok(t)[0])))
    ++t;
  // "it was all but certain President Reagan would", "it was likely Chancellor Kohl": an
  // adjective after a copula opens no role ("a shot at likely Democratic nominee X" keeps it).
  while (t < first - 1 && t > sent_begin() && token_mention_[t] < 0 &&
         tok_in(t, predicate_adjectives()) && tok_in(t - 1, copulas()))
    ++t;
  // "Chinese counterpart Minister Li Zhaoxing": a lower-case role before a capitalised title
  // next to the name is a role of its own.
  uint32_t split = first;
  while (split > t + 1 && token_mention_[split - 1] < 0 &&
         tok_in(split - 1, lexicon::title_words()) &&
         std::isupper(static_cast<unsigned char>(tok(split - 1)[0])))
    --split;
  // The word before the title is a relational noun ("counterpart", "rival", "deputy"), not the
  // first word of a two-word title ("ACLU executive Director X").
  if (split < first && split > t && token_mention_[split - 1] < 0 &&
      std::islower(static_cast<unsigned char>(tok(split - 1)[0])) &&
      tok_in(split - 1, lexicon::relation_nouns())) {
    add_role(Kind::kPremodifier, entity_of(m), m, t, split);
    t = split;
  }
  add_role(Kind::kPremodifier, entity_of(m), m, t, first);
}

// "the opposition Northern Alliance, led by Massoud" -> Massoud's role "led the Northern
// Alliance".
void PersonRoleFinder::led_by(int32_t m) {
  uint32_t t = mention_end_token(m);
  if (t < sent_end() && tok(t) == ",") ++t;
  if (t + 2 >= sent_end()) return;
  if (!lower_in(tok(t), lexicon::led_words()) || !lexicon::iequals(tok(t + 1), "by")) return;
  int32_t leader = token_mention_[t + 2];
  if (leader < 0 || !is_entity_mention(leader, {EntityType::kPerson})) return;
  const int32_t org = entity_of(m);
  if (org < 0) return;
  add_phrase(Kind::kLedBy, entity_of(leader), m, org, mention_first_token(m), mention_end_token(m),
             "led the " + walked_.entities[size_t(org)].name);
}

// "Sen. Scott Brown, R-Mass.", "Sen. John Cornyn (R-Texas)": the party letter and state of a US
// politician ("R-Mass", or "R" "-" "Mass" where the tokenizer split it).
void PersonRoleFinder::party_label(int32_t m) {
  const uint32_t t = mention_end_token(m);
  if (t + 1 >= sent_end() || (tok(t) != "," && tok(t) != "(")) return;
  const std::string_view label = tok(t + 1);
  uint32_t end = t + 2;
  if (label.size() == 1 && t + 2 < sent_end() && tok(t + 2) == "-")
    end = std::min(t + 4, sent_end());
  else if (label.size() < 3 || label[1] != '-' ||
           !std::isupper(static_cast<unsigned char>(label[2])))
    return;
  add_role(Kind::kPartyLabel, entity_of(m), m, t + 1, end);
}

// "his wife, journalist X", "Massoud's son Ahmad": a kin noun after a possessive person, and the
// person named within a few tokens after it. A spouse's phrase has the role "wife of Y", any
// other kin the kin noun ("son").
void PersonRoleFinder::possessive_kin() {
  for (uint32_t t = sent_begin(); t + 1 < sent_end(); ++t) {
    if (token_mention_[t] >= 0) continue;
    std::string_view rel = lexicon::kin_for_noun(tok(t));
    if (rel.empty() || t == sent_begin()) continue;
    int32_t owner = -1;
    uint32_t p = t - 1;
    if ((tok(p) == "'s" || tok(p) == "’s") && p > sent_begin())
      owner = token_mention_[p - 1];
    else if (token_mention_[p] >= 0 &&
             walked_.mentions[size_t(token_mention_[p])].kind == MentionKind::kPronoun)
      owner = token_mention_[p];
    if (owner < 0 || !is_entity_mention(owner, {EntityType::kPerson})) continue;
    // The kin: the next PERSON name within a few tokens.
    uint32_t at = 0;
    int32_t kin = first_mention_in(t + 1, std::min(t + 7, sent_end()), {EntityType::kPerson}, &at);
    if (kin < 0 || walked_.mentions[size_t(kin)].kind != MentionKind::kName) continue;
    bool blocked = false;
    for (uint32_t u = t + 1; u < at; ++u)
      if (tok(u) == "." || tok_in(u, lexicon::cue_words())) blocked = true;
    if (blocked) continue;
    int32_t a = entity_of(owner), b = entity_of(kin);
    if (a < 0 || b < 0 || a == b) continue;
    // Words between the kin noun and the name describe the kin ("journalist turned
    // politician Fereshta Hazrati") and are a premodifier role already.
    // A spouse's role names the spouse ("wife of Y"); other kin keep the article's noun ("his
    // son Beau" -> "son"), the relation naming whose.
    std::string text(tok(t));
    if (rel == "spouse_of") text += " of " + walked_.entities[size_t(a)].name;
    add_phrase(Kind::kKin, b, kin, a, t, t + 1, std::move(text));
  }
}

// "He and his wife, journalist X, head the resistance council." -> "head the resistance
// council" for each subject, when everything before the verb is subject material.
void PersonRoleFinder::verb_roles() {
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
    for (int32_t sm : subjects) add_role(Kind::kVerb, entity_of(sm), sm, t, end);
  }
}

std::vector<RolePhrase> find_person_role_phrases(const Document& doc) {
  if (doc.entities.empty() || doc.sentences.empty()) return {};
  return PersonRoleFinder(doc).run();
}

void add_person_roles(Document& doc) {
  doc.role_phrases = find_person_role_phrases(doc);
  for (const RolePhrase& p : doc.role_phrases) {
    if (p.text.empty()) continue;
    std::vector<std::string>& roles = doc.entities[static_cast<size_t>(p.entity)].roles;
    bool dup = false;
    for (const std::string& r : roles) dup |= lexicon::iequals(r, p.text);
    if (!dup) roles.push_back(p.text);
  }
}

}  // namespace newsgraph::resolve
