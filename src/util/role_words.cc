#include "util/role_words.h"

#include <cctype>
#include <string>
#include <unordered_map>

#include "util/ascii.h"
#include "util/group_words.h"
#include "util/lexicon.h"
#include "util/parties.h"

namespace newsgraph::util {

const Lexicon& person_titles() {
  static const Lexicon words(
#include "lexicon/person-titles.tsv.inc"
  );
  return words;
}

const Lexicon& name_titles() {
  static const Lexicon words = person_titles().with_class("name-title");
  return words;
}

const Lexicon& person_nouns() {
  static const Lexicon words = person_titles().with_class("description");
  return words;
}

// Other names of the same state, keyed by the lower-cased name without periods.
const Lexicon& place_aliases() {
  static const Lexicon words(
#include "lexicon/place-aliases.tsv.inc"
  );
  return words;
}

}  // namespace newsgraph::util

namespace newsgraph::lexicon {

bool iequals(std::string_view a, std::string_view b) { return util::ascii_iequals(a, b); }

bool lower_in(std::string_view word, const WordSet& set) {
  char buf[48] = {};
  if (word.size() > sizeof(buf)) return false;
  for (size_t i = 0; i < word.size(); ++i)
    buf[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  return set.count(std::string_view(buf, word.size())) > 0;
}

namespace {
using Map = std::unordered_map<std::string_view, std::string_view>;

std::string_view lookup(const Map& map, std::string_view word) {
  char buf[48] = {};
  if (word.size() > sizeof(buf)) return {};
  for (size_t i = 0; i < word.size(); ++i)
    buf[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  auto it = map.find(std::string_view(buf, word.size()));
  return it == map.end() ? std::string_view() : it->second;
}
}  // namespace

const WordSet& stop_words() {
  static const WordSet s = {
      "the",       "a",       "an",     "his",     "her",    "their",     "its",    "our",
      "my",        "your",    "of",     "to",      "in",     "with",      "by",     "for",
      "and",       "or",      "but",    "said",    "says",   "say",       "that",   "who",
      "which",     "on",      "at",     "from",    "as",     "was",       "is",     "were",
      "are",       "be",      "been",   "has",     "had",    "have",      "this",   "these",
      "those",     "not",     "also",   "when",    "while",  "after",     "before", "told",
      "according", "than",    "into",   "over",    "under",  "about",     "if",     "then",
      "so",        "because", "since",  "he",      "she",    "they",      "we",     "it",
      "i",         "you",     "him",    "them",    "us",     "would",     "will",   "could",
      "can",       "should",  "may",    "might",   "must",   "did",       "does",   "do",
      "between",   "against", "during", "without", "within", "through",   "among",  "where",
      "how",       "why",     "what",   "all",     "both",   "each",      "other",  "some",
      "any",       "no",      "more",   "most",    "such",   "only",      "own",    "same",
      "very",      "just",    "now",    "yet",     "still",  "even",      "there",  "here",
      "whose",     "whom",    "upon",   "via",     "like",   "including", "called", "named",
      "met",       "meet"};
  return s;
}

const WordSet& honorifics() {
  static const WordSet s = {"mr", "mr.", "mrs",    "mrs.", "ms",   "ms.",  "miss", "mx",  "mx.",
                            "dr", "dr.", "messrs", "mme",  "mlle", "herr", "sir",  "dame"};
  return s;
}

const WordSet& title_words() {
  static const WordSet s = [] {
    const util::Lexicon roles = util::person_titles().with_class("role");
    WordSet w;
    for (const auto& [word, value] : roles.entries()) w.insert(word);
    return w;
  }();
  return s;
}

const WordSet& role_modifiers() {
  static const WordSet s = {
      "former",  "late", "self-proclaimed", "acting",    "interim",   "deputy",
      "vice",    "ex",   "outgoing",        "incoming",  "senior",    "top",
      "veteran", "then", "newly-elected",   "elected",   "assistant", "associate",
      "junior",  "lead", "longtime",        "long-time", "shadow"};
  return s;
}

const WordSet& role_starts() {
  static const WordSet s = [] {
    WordSet w = title_words();
    for (std::string_view m : role_modifiers()) w.insert(m);
    for (std::string_view m : {"a", "an", "the", "now", "also", "currently"}) w.insert(m);
    return w;
  }();
  return s;
}

const WordSet& role_strip_words() {
  static const WordSet s = {"a",          "an",       "the",  "now", "also",    "currently",
                            "considered", "who",      "is",   "was", "still",   "widely",
                            "being",      "regarded", "seen", "as",  "himself", "herself"};
  return s;
}

const WordSet& relative_pronouns() {
  static const WordSet s = {"who", "whose"};
  return s;
}

const WordSet& relation_nouns() {
  static const WordSet s = {"son",           "daughter",      "child",
                            "father",        "mother",        "parent",
                            "wife",          "husband",       "spouse",
                            "widow",         "widower",       "cousin",
                            "brother",       "sister",        "uncle",
                            "aunt",          "nephew",        "niece",
                            "grandson",      "granddaughter", "grandfather",
                            "grandmother",   "relative",      "brother-in-law",
                            "sister-in-law", "son-in-law",    "daughter-in-law",
                            "deputy",        "member",        "ambassador",
                            "counterpart",   "rival",         "envoy",
                            "spokesman",     "spokeswoman",   "spokesperson",
                            "capital",       "citizen",       "head",
                            "leader",        "founder",       "employee"};
  return s;
}

const WordSet& spokesperson_words() {
  static const WordSet s = {"spokesman", "spokeswoman", "spokesperson", "spokesmen"};
  return s;
}

const WordSet& party_staff_words() {
  static const WordSet s = {"official",   "officials",   "aide",      "aides",      "adviser",
                            "advisers",   "advisor",     "advisors",  "strategist", "strategists",
                            "consultant", "consultants", "treasurer", "officer",    "officers"};
  return s;
}

const WordSet& cue_words() {
  static const WordSet s = {"said",      "says",   "say",       "told",     "added",  "stated",
                            "argued",    "warned", "claimed",   "insisted", "noted",  "explained",
                            "according", "asked",  "announced", "believes", "doubts", "saying",
                            "tells",     "adds",   "argues",    "warns",    "claims"};
  return s;
}

const WordSet& role_prepositions() {
  static const WordSet s = {"of", "at", "for", "to", "with"};
  return s;
}

const WordSet& place_nouns() {
  static const WordSet s = {"capital",  "city",    "province", "region", "state",  "town",
                            "district", "village", "county",   "port",   "suburb", "territory"};
  return s;
}

const WordSet& passive_markers() {
  static const WordSet s = {"by", "on", "over"};
  return s;
}

const WordSet& be_forms() {
  static const WordSet s = {"am", "are", "be", "been", "being", "is", "was", "were"};
  return s;
}

const WordSet& phrase_prepositions() {
  static const WordSet s = {"about", "against", "at", "for", "from", "in", "of", "with"};
  return s;
}

const WordSet& relative_words() {
  static const WordSet s = {"that", "where", "which", "who", "whom", "whose"};
  return s;
}

const WordSet& state_leader_titles() {
  static const WordSet s = {"chancellor", "dictator", "emir",      "emperor",
                            "governor",   "king",     "leader",    "minister",
                            "monarch",    "mayor",    "premier",   "president",
                            "queen",      "ruler",    "strongman", "sultan"};
  return s;
}

const WordSet& party_leader_titles() {
  static const WordSet s = {"boss",  "chair",      "chairman", "chairperson", "chairwoman",
                            "chief", "co-founder", "founder",  "head",        "leader"};
  return s;
}

const WordSet& clause_openers() {
  static const WordSet s = {"after", "although", "as",     "because", "before",  "but",
                            "since", "that",     "though", "when",    "whereas", "while"};
  return s;
}

const WordSet& unit_nouns() {
  static const WordSet s = {"subsidiary", "unit", "division", "arm", "affiliate", "branch"};
  return s;
}

const WordSet& leave_verbs() {
  static const WordSet s = {"resign", "quit", "step", "stand", "drop", "go", "leave", "withdraw"};
  return s;
}

const WordSet& legal_action_nouns() {
  static const WordSet s = {"charges", "charge",    "lawsuit", "lawsuits", "suit",
                            "suits",   "complaint", "case",    "action"};
  return s;
}

const WordSet& led_words() {
  static const WordSet s = {"led", "headed", "founded", "chaired", "run", "commanded"};
  return s;
}

const WordSet& location_verbs() {
  static const WordSet s = {
      "protected",  "sheltered", "based",      "living",   "lives",   "live",     "hiding",
      "exiled",     "staying",   "stationed",  "detained", "held",    "residing", "resides",
      "imprisoned", "jailed",    "sheltering", "stranded", "trapped", "housed",   "hosted"};
  return s;
}

const WordSet& determiners() {
  static const WordSet s = {"the", "a",  "an",   "his",  "her",  "its",   "their",
                            "our", "my", "your", "this", "that", "these", "those"};
  return s;
}

const WordSet& role_verbs() {
  static const WordSet s = {
      "heads",    "head",    "headed",     "leads",       "lead",      "led",     "chairs",
      "chair",    "chaired", "runs",       "run",         "ran",       "founded", "directs",
      "directed", "manages", "managed",    "commands",    "commanded", "is",      "was",
      "serves",   "served",  "represents", "represented", "owns",      "owned",   "co-founded",
      "oversees", "oversaw", "became",     "becomes"};
  return s;
}

const WordSet& leader_verbs() {
  static const WordSet s = {"heads",   "head",       "headed",   "leads",    "lead", "led",
                            "chairs",  "chair",      "chaired",  "runs",     "run",  "ran",
                            "founded", "co-founded", "commands", "commanded"};
  return s;
}

std::string_view relation_for_noun(std::string_view word) {
  static const Map m = {{"leader", "leader_of"},
                        {"head", "leader_of"},
                        {"chief", "leader_of"},
                        {"chairman", "leader_of"},
                        {"chairwoman", "leader_of"},
                        {"chair", "leader_of"},
                        {"chairperson", "leader_of"},
                        {"president", "leader_of"},
                        {"founder", "founder_of"},
                        {"co-founder", "founder_of"},
                        {"commander", "leader_of"},
                        {"boss", "leader_of"},
                        {"ceo", "leader_of"},
                        {"secretary-general", "leader_of"},
                        {"son", "child_of"},
                        {"daughter", "child_of"},
                        {"child", "child_of"},
                        {"father", "parent_of"},
                        {"mother", "parent_of"},
                        {"parent", "parent_of"},
                        {"wife", "spouse_of"},
                        {"husband", "spouse_of"},
                        {"spouse", "spouse_of"},
                        {"widow", "spouse_of"},
                        {"widower", "spouse_of"},
                        {"cousin", "relative_of"},
                        {"brother", "relative_of"},
                        {"sister", "relative_of"},
                        {"uncle", "relative_of"},
                        {"aunt", "relative_of"},
                        {"nephew", "relative_of"},
                        {"niece", "relative_of"},
                        {"grandson", "relative_of"},
                        {"granddaughter", "relative_of"},
                        {"grandfather", "relative_of"},
                        {"grandmother", "relative_of"},
                        {"relative", "relative_of"},
                        {"brother-in-law", "relative_of"},
                        {"sister-in-law", "relative_of"},
                        {"son-in-law", "relative_of"},
                        {"daughter-in-law", "relative_of"},
                        {"deputy", "deputy_of"},
                        {"ambassador", "ambassador_to"},
                        {"envoy", "ambassador_to"},
                        {"spokesman", "spokesperson_of"},
                        {"spokeswoman", "spokesperson_of"},
                        {"spokesperson", "spokesperson_of"},
                        {"member", "member_of"},
                        {"expert", "member_of"},
                        {"analyst", "employee_of"},
                        {"fellow", "member_of"},
                        {"researcher", "member_of"},
                        {"professor", "member_of"},
                        {"scholar", "member_of"},
                        {"lecturer", "member_of"},
                        {"employee", "employee_of"},
                        {"executive", "employee_of"},
                        {"official", "employee_of"},
                        {"engineer", "employee_of"},
                        {"manager", "employee_of"},
                        {"coach", "employee_of"},
                        {"director", "employee_of"},
                        {"reporter", "employee_of"},
                        {"correspondent", "employee_of"},
                        {"editor", "employee_of"},
                        {"economist", "employee_of"},
                        {"adviser", "adviser_to"},
                        {"advisor", "adviser_to"},
                        {"aide", "employee_of"},
                        {"strategist", "employee_of"},
                        {"host", "employee_of"},
                        {"anchor", "employee_of"},
                        {"presenter", "employee_of"},
                        {"producer", "employee_of"},
                        {"successor", "successor_of"},
                        {"predecessor", "predecessor_of"},
                        {"lawyer", "lawyer_of"},
                        {"attorney", "lawyer_of"},
                        {"counsel", "lawyer_of"},
                        {"officer", "employee_of"},
                        {"treasurer", "employee_of"},
                        {"trader", "employee_of"},
                        {"dealer", "employee_of"},
                        {"scientist", "employee_of"},
                        {"consultant", "employee_of"},
                        {"citizen", "citizen_of"},
                        {"national", "citizen_of"}};
  return lookup(m, word);
}

std::string_view kin_for_noun(std::string_view word) {
  std::string_view rel = relation_for_noun(word);
  if (rel == "child_of" || rel == "parent_of" || rel == "spouse_of" || rel == "relative_of")
    return rel;
  return {};
}

namespace {
// The word lower-cased and without a final period ("Gov." -> "gov"), or "" when too long.
std::string_view lower_word(std::string_view word, char (&buf)[48]) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() > sizeof(buf)) return {};
  for (size_t i = 0; i < word.size(); ++i)
    buf[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  return std::string_view(buf, word.size());
}

const util::Lexicon& relation_verbs() {
  static const util::Lexicon words(
#include "lexicon/relation-verbs.tsv.inc"
  );
  return words;
}
const util::Lexicon& leader_title_list() {
  static const util::Lexicon words(
#include "lexicon/leader-titles.txt.inc"
  );
  return words;
}
const util::Lexicon& title_institution_list() {
  static const util::Lexicon words(
#include "lexicon/title-institutions.tsv.inc"
  );
  return words;
}
}  // namespace

std::string_view relation_for_verb(std::string_view word) {
  char buf[48];
  return relation_verbs().value(lower_word(word, buf));
}

bool is_second_title_word(std::string_view word) {
  return iequals(word, "vice") || iequals(word, "deputy") || iequals(word, "assistant") ||
         iequals(word, "associate");
}

bool is_leader_title(std::string_view head, std::string_view before) {
  char buf[48];
  std::string_view h = lower_word(head, buf);
  if (h.empty()) return false;
  if (!before.empty()) {
    char bbuf[48];
    const std::string_view b = lower_word(before, bbuf);
    if (is_second_title_word(b)) return false;  // "vice president", "deputy chairman"
    std::string joined = std::string(b) + " " + std::string(h);
    if (leader_title_list().contains(joined)) return true;
  }
  return leader_title_list().contains(h);
}

std::string_view institution_for_title(std::string_view title) {
  char buf[48];
  return title_institution_list().value(lower_word(title, buf));
}

bool is_party_word(std::string_view word) {
  char buf[48];
  return util::is_party_word(lower_word(word, buf));
}

std::string party_key(std::string_view word) {
  char buf[48];
  return util::party_key(lower_word(word, buf));
}

std::string_view country_for_demonym(std::string_view word) {
  char buf[48];
  if (word.size() > sizeof(buf)) return {};
  for (size_t i = 0; i < word.size(); ++i)  // periods kept: "U.S."
    buf[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  return util::group_word_country(std::string_view(buf, word.size()));
}

std::string_view country_of_capital(std::string_view city) {
  static const util::Lexicon capitals(
#include "lexicon/capitals.tsv.inc"
  );
  char buf[48];
  return capitals.value(lower_word(city, buf));
}

}  // namespace newsgraph::lexicon
