// Descriptions from a relative clause set off after a name. See resolve/roles.h.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "resolve/coref.h"
#include "resolve/roles.h"
#include "resolve/token_mentions.h"
#include "util/ascii.h"
#include "util/lexicon.h"
#include "util/role_words.h"

namespace newsgraph::resolve {

namespace {

// The longest clause taken, in tokens: a longer one is more likely a sentence of its own.
constexpr size_t kMaxClauseTokens = 30;

class RelativeRoles {
 public:
  explicit RelativeRoles(Document& doc) : doc_(doc), map_(map_tokens_to_mentions(doc)) {}

  void run() {
    for (size_t m = 0; m < doc_.mentions.size(); ++m) {
      const int32_t entity = role_holder(m);
      if (entity < 0) continue;
      const EntityType type = doc_.entities[static_cast<size_t>(entity)].type;
      size_t t = list_end(map_.tokens_of_mention[m].second, type);
      // "Richard Pzena of Sanford C. Bernstein and Co, who attended the meeting,": past the
      // person's employer ("who" can only be the person).
      if (type == EntityType::kPerson) t = past_employer(t);
      if (t + 2 >= doc_.tokens.size() || !is_separator(t)) continue;
      size_t opener = t + 1;
      size_t first = clause_start(opener, type);
      // "US Airways, the seventh-largest US airline, which is now in …": past an apposition;
      // "Kenneth Starr, the Whitewater independent counsel who vigorously pursued …": the
      // apposition's own relative clause.
      if (first == 0) {
        const size_t rel = apposition_opener(t);
        if (rel != 0 && rel + 1 < doc_.tokens.size() && clause_start(rel, type) != 0) {
          t = rel - 1;
          opener = rel;
          first = clause_start(opener, type);
        }
      }
      if (first == 0) {
        participle_clause(entity, t);
        continue;
      }
      const size_t end = clause_end(first, is_dash(t));
      const size_t min_words = lower(opener) == "whose" ? 3 : 2;  // "whose oldest son," is none
      if (end == 0 || end < first + min_words || ends_in_function_word(end) ||
          !describes(first, end, lower(first - 1) == "which") || covered(entity, opener, end))
        continue;
      add(entity, opener, end);
    }
  }

 private:
  std::string_view tok(size_t t) const { return doc_.slice(doc_.tokens[t].span); }
  std::string lower(size_t t) const { return util::ascii_lower(tok(t)); }
  bool flag(size_t t, TokenFlags f) const {
    return (doc_.tokens[t].flags & static_cast<uint16_t>(f)) != 0;
  }
  bool is_dash(size_t t) const {
    const std::string_view w = tok(t);
    return w == "-" || w == "--" || w == "\u2014" || w == "\u2013";
  }
  bool is_separator(size_t t) const { return tok(t) == "," || is_dash(t); }

  // The entity of mention m when it is a person's or an organisation's name; -1 otherwise. (Not
  // a description resolve linked: on 3,000 corpus articles "the front-runner, who holds a
  // commanding lead," gave its clause to the wrong person about as often as to the right one.)
  int32_t role_holder(size_t m) const {
    const Mention& mm = doc_.mentions[m];
    const auto [first, end] = map_.tokens_of_mention[m];
    if (mm.kind != MentionKind::kName || mm.entity < 0 || end <= first) return -1;
    const EntityType type = doc_.entities[static_cast<size_t>(mm.entity)].type;
    return type == EntityType::kPerson || type == EntityType::kOrg ? mm.entity : -1;
  }

  // The token after a list of names of `type` that starts with the name ending before token t
  // ("Peter Martin, Erik Gustafson and Joseph Palombo, who paid …": each of them paid); t when
  // no list follows.
  size_t list_end(size_t t, EntityType type) const {
    const size_t n = doc_.tokens.size();
    for (;;) {
      size_t u = t;
      if (u < n && tok(u) == ",") ++u;
      if (u < n && lexicon::iequals(tok(u), "and")) ++u;
      if (u == t || u >= n) return t;
      const int32_t next = map_.mention_of_token[u];
      if (next < 0 || doc_.mentions[static_cast<size_t>(next)].kind != MentionKind::kName ||
          doc_.mentions[static_cast<size_t>(next)].type != type ||
          map_.tokens_of_mention[static_cast<size_t>(next)].first != u)
        return t;
      t = map_.tokens_of_mention[static_cast<size_t>(next)].second;
    }
  }

  // The token after "of ORGANISATION" at token t ("Pzena [of Sanford C. Bernstein and Co],"),
  // when a comma and "who" follow it; t otherwise.
  size_t past_employer(size_t t) const {
    if (t + 3 >= doc_.tokens.size() || lower(t) != "of") return t;
    const int32_t org = map_.mention_of_token[t + 1];
    if (org < 0 || doc_.mentions[static_cast<size_t>(org)].type != EntityType::kOrg) return t;
    const size_t end = map_.tokens_of_mention[static_cast<size_t>(org)].second;
    return end + 1 < doc_.tokens.size() && tok(end) == "," && lower(end + 1) == "who" ? end : t;
  }

  // Where a relative clause after the apposition that the comma at token `comma` opens would
  // start: the token after the apposition's closing comma ("US Airways, the seventh-largest US
  // airline, which …"), or the apposition's own "who" / "whose" ("the Whitewater independent
  // counsel who …"). The apposition: a determiner, then up to ten tokens of no quotation mark,
  // sentence start or other relative pronoun; its closing comma after no name (a "which" after
  // "the bank's rival, Acme," could be Acme's), its own "who" after no name and no punctuation.
  // A restrictive "which" more often describes a thing the apposition names ("Acme, the maker of
  // carbon black which is used in tires,"). 0 when there is none.
  size_t apposition_opener(size_t comma) const {
    if (tok(comma) != ",") return 0;
    const std::string d = lower(comma + 1);
    if (d != "the" && d != "a" && d != "an") return 0;
    bool plain = true;  // no name or punctuation so far
    for (size_t u = comma + 2; u < doc_.tokens.size() && u < comma + 12; ++u) {
      if (flag(u, TokenFlags::kQuoteMark) || flag(u, TokenFlags::kSentenceStart)) return 0;
      const std::string w = lower(u);
      if (w == "who" || w == "whose") return plain && u > comma + 2 ? u : 0;
      if (w == "which" || w == "that") return 0;
      if (tok(u) == ",") return map_.mention_of_token[u - 1] < 0 ? u + 1 : 0;
      if (is_dash(u) || w == "." || w == ";" || w == ":") return 0;
      plain &= map_.mention_of_token[u] < 0 && std::isalnum(static_cast<unsigned char>(tok(u)[0]));
    }
    return 0;
  }

  // The first word of the clause after its relative pronoun at token `opener` ("who", "whose";
  // for an organisation also "which" and "in which"); 0 when none opens there.
  size_t clause_start(size_t opener, EntityType type) const {
    const std::string w = lower(opener);
    if (w == "who") return type == EntityType::kPerson ? opener + 1 : 0;
    if (w == "whose") return opener + 1;
    if (type != EntityType::kOrg) return 0;
    if (w == "which") return opener + 1;
    const bool preposition = w == "in" || w == "of" || w == "through" || w == "to";
    return preposition && lower(opener + 1) == "which" ? opener + 2 : 0;
  }

  // The token after the clause from token `first`: a comma, a dash, a semicolon, a colon, a
  // parenthesis, the full stop or the sentence's end; 0 when a quotation mark comes first or
  // the clause runs on past kMaxClauseTokens. A clause a dash opened (`in_dashes`) runs on
  // over commas to its closing dash when there is one ("Euronext - formed after the Brussels,
  // Paris and Amsterdam exchanges merged -").
  size_t clause_end(size_t first, bool in_dashes) const {
    if (in_dashes) {
      const size_t end = clause_end_at(first, true);
      if (end != 0 && end < doc_.tokens.size() && is_dash(end)) return end;
    }
    return clause_end_at(first, false);
  }
  size_t clause_end_at(size_t first, bool in_dashes) const {
    for (size_t u = first; u < doc_.tokens.size() && u < first + kMaxClauseTokens; ++u) {
      if (flag(u, TokenFlags::kQuoteMark)) return 0;
      if (u > first && flag(u, TokenFlags::kSentenceStart)) return u;
      const std::string_view w = tok(u);
      if (w == "," && in_dashes) continue;
      if (w == "," || w == "." || w == ";" || w == ":" || w == "(" || w == ")" || w == "!" ||
          w == "?" || is_dash(u))
        return u;
    }
    return first + kMaxClauseTokens > doc_.tokens.size() ? doc_.tokens.size() : 0;
  }

  // Whether the clause [first, end) describes its subject rather than reports what it said:
  // its verb, after auxiliaries and adverbs, is no verb of saying ("who said …", "which has
  // repeatedly denied …" are statements); a "which" (`which`) is followed by no subject pronoun.
  bool describes(size_t first, size_t end, bool which) const {
    size_t v = first;
    bool passive = false;  // "who has been charged with …" is no statement of theirs
    while (v < end && is_auxiliary_or_adverb(lower(v))) {
      const std::string aux = lower(v);
      passive |= aux == "been" || aux == "be" || aux == "was" || aux == "were" || aux == "is" ||
                 aux == "are";
      ++v;
    }
    if (v == end) return false;
    const std::string verb = lower(v);
    if (!(passive && verb.ends_with("ed")) && (is_speech_verb(verb) || is_report_verb(verb) ||
                                               lexicon::lower_in(verb, lexicon::cue_words())))
      return false;
    // "State Department, which she mishandled": a "which" with a subject of its own most often
    // stands for something else the sentence names (her emails), not the organisation.
    return !(which && is_personal_pronoun(lower(first)));
  }
  static bool is_personal_pronoun(const std::string& w) {
    return w == "he" || w == "she" || w == "it" || w == "they" || w == "we" || w == "i" ||
           w == "you";
  }
  static bool is_auxiliary_or_adverb(const std::string& w) {
    static const std::vector<std::string_view> words = {
        "also",  "already", "are",   "be",   "been",  "had",   "has",   "have",
        "is",    "later",   "never", "not",  "now",   "once",  "only",  "still",
        "then",  "was",     "were",  "will", "would", "could", "can",   "may",
        "might", "should",  "did",   "does", "do",    "just",  "today", "yesterday"};
    return (w.size() > 4 && w.ends_with("ly")) ||
           std::find(words.begin(), words.end(), w) != words.end();
  }

  // "Mamdouh Habib, previously accused of terrorist offences,", "Euronext - formed after the
  // Brussels, Paris and Amsterdam exchanges merged -": a past participle's clause after the
  // separator at token `sep`, set off on both sides (a dash by a dash). Not one of saying
  // ("X, asked about it,") nor "led by" / "headed by" (relations read those).
  void participle_clause(int32_t entity, size_t sep) {
    const size_t opener = sep + 1;
    size_t v = opener;
    while (v < doc_.tokens.size() && is_adverb(lower(v))) ++v;
    if (v + 1 >= doc_.tokens.size() || !is_past_participle(v)) return;
    // A passive participle goes on with a preposition or a number ("owned by", "based on",
    // "elected in December", "ranked 134"); a past tense with its object ("completed the
    // sale", "showed Mrs. Clinton leading") is the sentence's own verb after an aside.
    // Not "to", "about" or "on", which go as often with a past tense ("proceeded to dismember",
    // "arranged about a dozen meetings", "called on Mr Brown to ...").
    if (!is_passive_preposition(lower(v + 1)) && !flag(v + 1, TokenFlags::kNumber)) return;
    const size_t end = clause_end(v, is_dash(sep));
    if (end == 0 || end < v + 2 || end >= doc_.tokens.size() || ends_in_function_word(end)) return;
    if (is_dash(sep) ? !is_dash(end) : tok(end) != ",") return;
    if (lexicon::lower_in(tok(v), lexicon::led_words()) && lower(v + 1) == "by") return;
    if (!describes(v, end, false) || covered(entity, opener, end)) return;
    add(entity, opener, end);
  }
  bool is_past_participle(size_t t) const {
    const std::string_view w = tok(t);
    if (w.size() < 5 || !std::islower(static_cast<unsigned char>(w[0]))) return false;
    return w.ends_with("ed") || w == "known" || w == "born";
  }
  static bool is_passive_preposition(const std::string& w) {
    static const std::vector<std::string_view> words = {"after", "as",    "at",    "by",   "during",
                                                        "for",   "from",  "in",    "into", "of",
                                                        "over",  "since", "under", "with"};
    return std::find(words.begin(), words.end(), w) != words.end();
  }
  static bool is_adverb(const std::string& w) {
    return (w.size() > 4 && w.ends_with("ly")) || w == "now" || w == "once" || w == "also" ||
           w == "still" || w == "already";
  }

  // Whether the clause before token `end` stops on a word that needs more after it ("who owed
  // his election to", "and its vast"): it was cut short, by a quotation or a dash.
  bool ends_in_function_word(size_t end) const {
    static const std::vector<std::string_view> words = {
        "a",  "an",  "and", "at", "by", "for", "from",  "her", "his",
        "in", "its", "of",  "on", "or", "the", "their", "to",  "with"};
    return std::find(words.begin(), words.end(), lower(end - 1)) != words.end();
  }

  // Whether a role phrase the person finders gave `entity` (resolve/person_roles.h: "X, who
  // heads the agency," -> "heads the agency") already holds a token of [t0, t1).
  bool covered(int32_t entity, size_t t0, size_t t1) const {
    return std::any_of(
        doc_.role_phrases.begin(), doc_.role_phrases.end(), [&](const RolePhrase& p) {
          return p.entity == entity && p.kind != RolePhrase::Kind::kLedBy &&
                 p.kind != RolePhrase::Kind::kKin && p.token_begin < t1 && t0 < p.token_end;
        });
  }

  void add(int32_t entity, size_t t0, size_t t1) {
    const std::string role(
        doc_.slice(Span{doc_.tokens[t0].span.begin, doc_.tokens[t1 - 1].span.end}));
    std::vector<std::string>& roles = doc_.entities[static_cast<size_t>(entity)].roles;
    if (std::none_of(roles.begin(), roles.end(),
                     [&](const std::string& r) { return lexicon::iequals(r, role); }))
      roles.push_back(role);
  }

  Document& doc_;
  TokenMentions map_;  // token -> mention (a name before any other), mention -> its tokens
};

}  // namespace

void find_relative_clause_roles(Document& doc) {
  if (doc.tokens.empty() || doc.entities.empty()) return;
  RelativeRoles(doc).run();
}

}  // namespace newsgraph::resolve
