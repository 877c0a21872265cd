// The role finders of people, sentence by sentence over the resolved mentions. See
// resolve/person_roles.h.
#include "resolve/person_roles.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

#include "resolve/sentence_walker.h"
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

class PersonRoleFinder : SentenceWalker {
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
  // "was one of the founders of Menatep": one of a plural title.
  const bool one_of = !as && !determiner && lexicon::iequals(tok(start), "one") &&
                      start + 2 < sent_end() && lexicon::iequals(tok(start + 1), "of") &&
                      tok_in(start + 2, lexicon::determiners());
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
      continue;
    }
    const bool after_of = end > start && lexicon::iequals(tok(end - 1), "of");
    if (is_punct(end) || (tok_in(end, lexicon::stop_words()) && !lexicon::iequals(tok(end), "of") &&
                          !(after_of && tok_in(end, lexicon::determiners()))))
      break;
    if (tok_in(end, lexicon::title_words()) || (one_of && is_plural_title(end)))
      last_title = end + 1;
    ++end;
  }
  if (last_title == 0) return;
  // The title ends the phrase, or an "of" phrase follows it ("president of China").
  if (last_title != end && !lexicon::iequals(tok(last_title), "of")) return;
  // After "as" the clause goes on: the phrase ends at its title or one word after its "of"
  // ("as secretary of state visited China").
  if (as && last_title < end) end = std::min(end, last_title + 2);
  add_role(Kind::kPredicate, entity_of(m), m, start, end);
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

namespace {

// A title that may stand before a name ("Captain", "Dr", "Sir"), in any case.
bool is_name_title(std::string_view word) {
  std::string buf;
  return util::name_titles().contains(util::ascii_lower(word, buf));
}

}  // namespace

// "ABC's host, George Stephanopoulos,", "the Russian president, Vladimir V. Putin,", "The
// leader of the Anti-Defamation League, Jonathan Greenblatt,": a title phrase set off before
// a person name.
void PersonRoleFinder::title_before_comma(int32_t m) {
  uint32_t first = mention_first_token(m);
  // "Russia's leader, President Vladimir V. Putin,", "the last army ruler, General Joao
  // Figueiredo": a name's own title or honorific goes with the name.
  while (first > sent_begin() + 2 && is_word(first - 1) && token_mention_[first - 1] < 0 &&
         std::isupper(static_cast<unsigned char>(tok(first - 1)[0])) &&
         is_name_title(tok(first - 1)))
    --first;
  if (first < sent_begin() + 2 || tok(first - 1) != ",") return;
  const uint32_t last = first - 2;  // the last word of the phrase
  uint32_t t = last + 1;
  bool has_title = false;
  // The phrase ends in a title word ("host", "president"), or is "TITLE of X".
  const bool title_last = is_word(last) && tok_in(last, lexicon::title_words());
  while (t > sent_begin() && last + 1 - t < 10) {
    const uint32_t p = t - 1;
    if (const int32_t pm = token_mention_[p]; !is_word(p)) {
      if (!is_other_name(pm)) break;
      t = mention_first_token(pm);
      continue;
    }
    std::string_view w = tok(p);
    // "his praise of the Russian president, X": a phrase ending in its title starts after "of".
    if (title_last && lexicon::iequals(w, "of")) break;
    if (lexicon::is_possessive(w) || lexicon::iequals(w, "of")) {
      t = p;
      continue;
    }
    // "the leader of the Anti-Defamation League": a determiner after "of" is inside.
    if (p > sent_begin() && tok_in(p, lexicon::determiners()) &&
        lexicon::iequals(tok(p - 1), "of")) {
      t = p;
      continue;
    }
    if (is_punct(p) || tok_in(p, lexicon::determiners()) || tok_in(p, lexicon::stop_words())) break;
    if (tok_in(p, lexicon::title_words())) has_title = true;
    t = p;
  }
  if (!has_title || t > last) return;
  bool title_of = false;
  for (uint32_t u = t; u + 1 <= last && !title_last; ++u)
    if (is_word(u) && tok_in(u, lexicon::title_words()) && lexicon::iequals(tok(u + 1), "of"))
      title_of = true;
  if (!title_last && !title_of) return;
  // "Now the chancellor of Baylor University, Starr has dealt with …": a phrase that opens the
  // sentence (after a time adverb) is set off before the sentence's subject.
  const std::string_view lead = tok(sent_begin());
  const uint32_t phrase = t > sent_begin() && lexicon::iequals(tok(t - 1), "the") ? t - 1 : t;
  const bool opens_sentence =
      phrase == sent_begin() ||
      (phrase == sent_begin() + 1 &&
       (lexicon::iequals(lead, "now") || lexicon::iequals(lead, "then") ||
        lexicon::iequals(lead, "once") || lexicon::iequals(lead, "formerly")));
  // A phrase that opens the sentence or follows a determiner or preposition: not the end of a
  // list of names or an object of a verb.
  if (!opens_sentence && t > sent_begin() && !tok_in(t - 1, lexicon::determiners()) &&
      !tok_in(t - 1, lexicon::stop_words()) && tok(t - 1) != ",")
    return;
  // "X, Y" where the name is the next item of a list: the name must end the apposition, unless
  // the phrase opens the sentence and the name is its subject.
  const uint32_t after = mention_end_token(m);
  if (!opens_sentence && after < sent_end() && tok(after) != "," && tok(after) != "." &&
      !is_punct(after) && !tok_in(after, lexicon::cue_words()))
    return;
  while (t <= last && lexicon::iequals(tok(t), "the")) ++t;
  add_role(Kind::kTitleBeforeComma, entity_of(m), m, t, last + 1);
}

// "three other ex-managers, Peter Martin, Erik Gustafson and Joseph Palombo, who paid": a plural
// title set off before a list of names is each one's role; m is the list's first name.
void PersonRoleFinder::plural_title_before_list(int32_t m) {
  const uint32_t first = mention_first_token(m);
  if (first < sent_begin() + 2 || tok(first - 1) != "," || !is_plural_title(first - 2)) return;
  uint32_t t = first - 2;  // back over title words and role modifiers ("senior", "former")
  while (t > sent_begin() && first - 2 - t < 3 && token_mention_[t - 1] < 0 && is_word(t - 1) &&
         (tok_in(t - 1, lexicon::title_words()) || tok_in(t - 1, lexicon::role_modifiers())))
    --t;
  // Not the object of a verb of inclusion ("the team includes strikers, X and Y").
  if (t > sent_begin() && is_word(t - 1) && tok(t - 1).size() > 3 &&
      (tok(t - 1).ends_with("s") || tok(t - 1).ends_with("ed")) &&
      !tok_in(t - 1, lexicon::stop_words()) && token_mention_[t - 1] < 0 &&
      std::islower(static_cast<unsigned char>(tok(t - 1)[0])))
    return;
  // The names: two or more people, separated by commas and "and", the list then closed.
  std::vector<int32_t> names;
  uint32_t u = first;
  while (u < sent_end() && token_mention_[u] >= 0 && is_person_name(token_mention_[u])) {
    names.push_back(token_mention_[u]);
    u = mention_end_token(token_mention_[u]);
    if (u + 1 < sent_end() && tok(u) == "," && lexicon::iequals(tok(u + 1), "and")) ++u;
    if (u + 1 >= sent_end() || !(tok(u) == "," || lexicon::iequals(tok(u), "and"))) break;
    if (token_mention_[u + 1] < 0) break;
    ++u;
  }
  if (names.size() < 2 || u >= sent_end() || !(tok(u) == "," || tok(u) == ".")) return;
  for (int32_t name : names) add_role(Kind::kTitleBeforeComma, entity_of(name), name, t, first - 1);
}

// "A self-professed independent, Cuban said …", "A Democrat, Smith has …": a noun phrase with
// "a" that opens the sentence and is set off before the name the sentence is about. Only
// lower-case words (or a party word) of no time ("A year later, Smith said" is when).
void PersonRoleFinder::fronted_apposition(int32_t m) {
  const uint32_t first = mention_first_token(m);
  const uint32_t t0 = sent_begin();
  if (first < t0 + 3 || first > t0 + 8 || tok(first - 1) != ",") return;
  if (!lexicon::iequals(tok(t0), "a") && !lexicon::iequals(tok(t0), "an")) return;
  const uint32_t after = mention_end_token(m);
  if (after >= sent_end() || !is_word(after)) return;  // "A spokesman, John Smith, said"
  static const lexicon::WordSet kTime = {"day",    "days",    "week",  "weeks",  "month",
                                         "months", "year",    "years", "decade", "decades",
                                         "moment", "while",   "time",  "hour",   "hours",
                                         "minute", "minutes", "later", "ago",    "earlier"};
  for (uint32_t u = t0 + 1; u + 1 < first; ++u) {
    const std::string_view w = tok(u);
    const bool party = lexicon::is_party_word(w);  // tagged or not
    if ((!is_word(u) && !party) || tok_in(u, lexicon::stop_words()) || tok_in(u, kTime)) return;
    if (!std::islower(static_cast<unsigned char>(w[0])) && !party) return;
  }
  add_role(Kind::kApposition, entity_of(m), m, t0 + 1, first - 1);
}

// "X, leader of Y and son of Z," / "X, a Central Asia expert at Y," / "X, who heads Y,": one
// phrase for each role joined by "and".
void PersonRoleFinder::apposition(int32_t m) {
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
    // "assistant director of Greenwell Montagu (Far East) Ltd", "of the CBI (CBI)": a short
    // parenthesis of capitalised words inside.
    if (w == "(" && end > start) {
      uint32_t close = end + 1;
      while (close < sent_end() && close < end + 5 && tok(close) != ")" && !is_punct(close) &&
             std::isupper(static_cast<unsigned char>(tok(close)[0])))
        ++close;
      if (close < sent_end() && tok(close) == ")") {
        end = close + 1;
        continue;
      }
    }
    if (w == "," || w == ";" || w == ":" || w == "." || w == ")" || w == "(" || w == "—" ||
        w == "–" || w == "--" ||
        (walked_.tokens[end].flags & static_cast<uint16_t>(TokenFlags::kQuoteMark)))
      break;
    if (tok_in(end, lexicon::cue_words())) return;  // "X, he said" is no apposition
    // "the billionaire owner of the Dallas Mavericks who rebuffed ...": the role ends where a
    // relative clause starts.
    if (end > start + 1 && tok_in(end, lexicon::relative_pronouns())) break;
    // "a former staff member for Maryland Republicans such as former Gov. Bob Ehrlich": the
    // examples after "such as" or "including" are other people, not the role.
    if (end > start + 1 &&
        (lexicon::iequals(w, "including") || (lexicon::iequals(w, "such") && end + 1 < sent_end() &&
                                              lexicon::iequals(tok(end + 1), "as"))))
      break;
    ++end;
  }
  if (end == start || end - start >= 24) return;
  if (end < sent_end() && tok(end) == "(") return;
  int32_t first_m = token_mention_[start];
  if (first_m >= 0 && is_person_name(first_m))
    return;  // a list of names ("his ..." is a pronoun: an apposition)
  if (titled_name_phrase(start, end)) return;    // "Reagan, Vice President George Bush, ..."
  if (opens_clause_or_adverbial(start)) return;  // "X, while Y took ...", "X, under investigation"
  bool relative = lower_in(tok(start), lexicon::relative_pronouns());
  // "…, head the council": a title word followed by a determiner is a verb, not a role.
  if (!relative && start + 1 < end && token_mention_[start] < 0 &&
      tok_in(start + 1, lexicon::determiners()))
    return;
  // "X, who heads the agency," is a role; "X, who has a bounty on his head," is not.
  // "X, who has become the hottest new star," names what X is now.
  const bool has_become =
      relative && start + 2 < end &&
      (lexicon::iequals(tok(start + 1), "has") || lexicon::iequals(tok(start + 1), "had")) &&
      lexicon::iequals(tok(start + 2), "become");
  if (relative && !has_become && (start + 1 >= end || !tok_in(start + 1, lexicon::role_verbs())))
    return;
  if (!relative && token_mention_[start] < 0 && !tok_in(start, lexicon::role_starts()) &&
      !std::islower(static_cast<unsigned char>(tok(start)[0])))
    return;
  // Must name a role: a title word or a relation noun somewhere in the phrase.
  bool has_role_word = relative;
  for (uint32_t u = start; u < end && !has_role_word; ++u)
    if (token_mention_[u] < 0 &&
        (tok_in(u, lexicon::title_words()) || tok_in(u, lexicon::relation_nouns())))
      has_role_word = true;
  // "Sen. John McCain, an Arizona Republican,": a party member noun as the head.
  if (!has_role_word && end > start + 1 && tok_in(start, lexicon::determiners()) &&
      lexicon::is_party_word(tok(end - 1)))
    has_role_word = true;
  if (!has_role_word) return;
  // "X, who served as a US senator for 36 years,": the role is what the verb names it as, to a
  // time phrase.
  if (relative && start + 3 < end && lexicon::iequals(tok(start + 2), "as")) {
    uint32_t p0 = start + 3;
    while (p0 < end && tok_in(p0, lexicon::determiners())) ++p0;
    uint32_t p1 = p0;
    while (p1 < end && !is_time_preposition(p1)) ++p1;
    if (p0 < p1) add_role(Kind::kApposition, entity_of(m), m, p0, p1);
    return;
  }
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
    if (p0 < u) add_role(Kind::kApposition, entity_of(m), m, p0, u);
    part = u + 1;
    // "…, director general of the CBI, and included representatives of BASF": a verb after
    // "and" ends the roles ("and self-proclaimed interim president" does not).
    if (part < end && tok(part).size() > 4 && tok(part).ends_with("ed") &&
        tok(part).find('-') == std::string_view::npos &&
        std::islower(static_cast<unsigned char>(tok(part)[0])))
      break;
  }
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

}  // namespace

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
