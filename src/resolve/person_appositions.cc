// The role finders of people for phrases set off by commas: a title before the name, a plural
// title before a list of names, a fronted apposition and an apposition after the name. See
// resolve/person_role_finder.h.
#include <algorithm>
#include <cctype>
#include <string>

#include "resolve/person_role_finder.h"
#include "util/ascii.h"

namespace newsgraph::resolve {

using lexicon::lower_in;

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
// title set off before a list of names is each one's role; so is one right before the list
// ("predecessors Lyndon B. Johnson and Jimmy Carter", "fellow comedy stars Victoria Wood and
// David Jason"). m is the list's first name.
void PersonRoleFinder::plural_title_before_list(int32_t m) {
  const uint32_t first = mention_first_token(m);
  const bool set_off =
      first >= sent_begin() + 2 && tok(first - 1) == "," && is_plural_title(first - 2);
  const bool direct = !set_off && first >= sent_begin() + 1 && is_plural_title(first - 1);
  if (!set_off && !direct) return;
  const uint32_t title = set_off ? first - 2 : first - 1;
  uint32_t t = title;  // back over title words and role modifiers ("senior", "former")
  while (t > sent_begin() && title - t < 3 && token_mention_[t - 1] < 0 && is_word(t - 1) &&
         (tok_in(t - 1, lexicon::title_words()) || tok_in(t - 1, lexicon::role_modifiers()) ||
          (direct && std::islower(static_cast<unsigned char>(tok(t - 1)[0])) &&
           !tok_in(t - 1, lexicon::stop_words()) && !tok(t - 1).ends_with("ed") &&
           !tok(t - 1).ends_with("s") && !tok(t - 1).ends_with("ing") &&
           !lexicon::iequals(tok(t - 1), "include"))))
    --t;
  // Not the object of a verb of inclusion ("the team includes strikers, X and Y").
  if (set_off && t > sent_begin() && is_word(t - 1) && tok(t - 1).size() > 3 &&
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
  if (names.size() < 2) return;
  if (set_off && (u >= sent_end() || !(tok(u) == "," || tok(u) == "."))) return;
  for (int32_t name : names)
    add_role(set_off ? Kind::kTitleBeforeComma : Kind::kPremodifier, entity_of(name), name, t,
             title + 1);
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
  // Must name a role: a title word or a relation noun somewhere in the phrase, or a place's
  // superlative ("once Russia's richest man", "Britain's oldest woman").
  bool has_role_word = relative;
  {
    uint32_t p = start;
    if (lexicon::iequals(tok(p), "once") || lexicon::iequals(tok(p), "now") ||
        lexicon::iequals(tok(p), "formerly"))
      ++p;
    const int32_t place = p < end ? token_mention_[p] : -1;
    if (place >= 0 && (type_of(place) == EntityType::kGpe || type_of(place) == EntityType::kLoc)) {
      const uint32_t q = mention_end_token(place);
      has_role_word =
          has_role_word || (q + 1 < end && lexicon::is_possessive(tok(q)) &&
                            (tok(q + 1).ends_with("est") || lexicon::iequals(tok(q + 1), "most")));
    }
  }
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

}  // namespace newsgraph::resolve
