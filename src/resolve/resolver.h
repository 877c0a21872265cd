// The resolve stage's working state, shared by the files of src/resolve/ and private to them.
//
// One Resolver runs over one Document: it groups the name mentions into entities (grouping.cc),
// merges acronyms and other aliases (aliases.cc), finds titles and gender (titles.cc), then adds
// pronoun and nominal mentions linked to the person they stand for (pronouns.cc). The word lists
// are in word_lists.cc, the name helpers in names.cc. Not thread-safe: one per document.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "newsgraph/document.h"
#include "resolve/coref.h"
#include "segment/words.h"
#include "util/lexicon.h"
#include "util/parties.h"
#include "util/role_words.h"

namespace newsgraph::resolve {

enum class Gender : uint8_t { kUnknown, kMale, kFemale };

// Kinship nouns after a possessive name: "Massoud's father" names someone else.
enum class Kin : uint8_t { kNone, kParent, kChild };

// What resolve knows of an entity beyond doc.entities.
struct EntityInfo {
  Gender gender = Gender::kUnknown;
  std::vector<std::string> titles;  // lower-case title / role nouns
  // The nationalities (as their country) and parties ("party:republican") of the title phrases
  // before the person's names: "Israeli Prime Minister X" -> "Israel".
  std::vector<std::string> affiliations;
  std::vector<std::string> tokens;  // lower-case name tokens of the fullest form
};

// --- word lists (word_lists.cc, from data/lexicon/); lower-case ASCII ---
const util::Lexicon& title_words();  // "president", "mr", "sen", ...
const util::Lexicon& role_nouns();   // "spokesman", "expert", ...
// The usual gender of a lower-case first name (data/lexicon/first-names.tsv); kUnknown if absent.
Gender first_name_gender(std::string_view first_name);
// The formal first name a short form stands for ("ken" -> "kenneth"; data/lexicon/nicknames.tsv),
// lower-case; the name itself when it is none.
std::string_view formal_first_name(std::string_view first_name);
using util::place_aliases;             // "us" -> ... (util/role_words.h)
const util::Lexicon& demonym_forms();  // "tajiks" -> ...
// The country of a nationality word ("tajik" -> Tajikistan, "scot" -> Scotland), or "".
std::string_view nationality_country(std::string_view low);
using util::party_names;                    // "democrat", "tory", ... (util/parties.h)
const util::Lexicon& generic_name_words();  // "international", ...
// Steps of correct_name_mentions that read the text around a name (name_spans.cc): a name run
// over a comma between two names split in two; a name grown to a longer name of the same type
// the article gives where the text goes on into it; a "place" a company title heads ("head of
// Tiga,") retyped an organisation.
void split_names_at_comma(Document& doc);
// Appends `added` to doc.mentions, kept sorted by start (stably: one that starts where a mention
// of doc does comes after it).
void insert_mentions(Document& doc, const std::vector<Mention>& added);
// Refills each Entity::mentions with the indexes of doc.mentions linked to it, in text order
// (resolve.cc; after mentions were added or moved).
void index_entity_mentions(Document& doc);
void extend_to_known_names(Document& doc);
void retype_led_places(Document& doc);
const util::Lexicon& law_words();          // "act", "treaty", ...
const util::Lexicon& deity_names();        // "god", "allah", ...
const util::Lexicon& compound_prefixes();  // "anglo", "afro", ...
const util::Lexicon& facility_nouns();     // "prison", "airport", ...
Kin kin_word(std::string_view low);

// --- name helpers (names.cc) ---
using lexicon::strip_possessive;  // "Russia's" -> "Russia" (util/role_words.h)
// The key words of a name: lower-cased, possessive and leading "the" / titles removed.
void name_tokens(std::string_view text, bool person, std::vector<std::string>& out);
// The initials of a name's tokens (lower-case, "of"/"the"/"and"/"for" left out) into *words,
// and with each part of a hyphenated token counted into *parts ("inter-american development
// bank": "idb" and "iadb").
void name_initials(const std::vector<std::string>& tokens, std::string* words, std::string* parts);
// Whether `acro` is the initials of the tokens, either way.
bool is_acronym_of(std::string_view acro, const std::vector<std::string>& tokens);
bool all_upper(std::string_view s);
std::string join_tokens(const std::vector<std::string>& t, size_t from = 0,
                        size_t to = std::string::npos);
std::string without_periods(std::string s);
// Drops a final plural "s" ("israelis" -> "israeli"); "tories" -> "tory".
std::string singular(std::string s);
// The key under which non-person names are the same referent.
std::string group_key(EntityType type, const std::vector<std::string>& toks);
bool place_or_org(EntityType t);
// Whether `a` and `b` (byte offsets) lie in one sentence.
bool same_sentence(const Document& doc, uint32_t a, uint32_t b);
bool is_subsequence(const std::vector<std::string>& small, const std::vector<std::string>& big);
// The first word after `pos` (skipping a possessive and spaces), lower-cased into buf.
std::string_view word_after(std::string_view text, uint32_t pos, std::string& buf);
// The gender an honorific gives a person mention: its own first word or the word just before
// it ("Mrs Howard", "Mr. [Reagan]"); kUnknown when none. `royal`: a king, queen, prince or
// princess title (namesakes.cc).
Gender honorific_gender(std::string_view text, Span span, bool* royal);
// The gender a lower-case honorific or title word gives ("mrs", "lord", "duchess"); kUnknown
// for any other word. `royal`: a king, queen, prince or princess (namesakes.cc).
Gender title_gender(std::string_view low, bool* royal);
// Trims "Copyright", "©", "(c)" from the front of a name mention. False when nothing is left.
bool strip_copyright(std::string_view text, Span& span);
// Cuts a name mention at a double quotation mark inside it ("John “Jack" keeps "John"; a mark
// at the front is skipped). False when no letter or digit is left.
bool strip_quotation_marks(std::string_view text, Span& span);

struct UnionFind {
  std::vector<int32_t> parent;
  explicit UnionFind(size_t n) : parent(n) {
    for (size_t i = 0; i < n; ++i) parent[i] = static_cast<int32_t>(i);
  }
  int32_t find(int32_t x) {
    while (parent[static_cast<size_t>(x)] != x) {
      parent[static_cast<size_t>(x)] = parent[static_cast<size_t>(parent[static_cast<size_t>(x)])];
      x = parent[static_cast<size_t>(x)];
    }
    return x;
  }
};

class Resolver {
 public:
  explicit Resolver(Document& doc) : doc_(doc), text_(doc.text) {}

  // Fills doc.entities and links doc.mentions; adds pronoun and nominal mentions.
  void run();

 private:
  // grouping.cc: name mentions into entities.
  void group_names();
  void find_parents();
  void group_mention(Mention& m, int pass);
  int32_t find_non_person(const Mention& m, const std::string& key) const;
  int32_t find_full_name(const Mention& m);
  int32_t find_bare_name(const Mention& m);
  int32_t new_entity(const Mention& m, const std::vector<std::string>& t);
  int64_t latest_before(size_t e, uint32_t pos) const;
  bool apart_from(size_t e, uint32_t pos) const;

  // namesakes.cc: whom a bare name may not join.
  Gender entity_gender(int32_t e) const;  // its honorifics', else (see .cc) its first name's
  bool bare_name_fits(Gender mention, int32_t e) const;
  bool royal_entity(int32_t e) const;  // named with a royal title somewhere
  void note_honorific(int32_t e, Gender g, bool royal);
  // Surnames the article writes with a male and with a female honorific, into
  // two_gender_words_.
  void find_two_gender_words();
  // One-word names introduced as someone's spouse ("his wife, Nancy", "Michael Howard's wife,
  // Sandra"): by the surname of the nearest person named before them in the sentence.
  void find_spouses();
  // The entity of such a spouse named before m, when m is "Mrs/Mr <that surname>"; else -1.
  int32_t spouse_for(const Mention& m, Gender g) const;
  // The one-word person entity toks_[0] names that fits the mention's honorific; -1 if none.
  int32_t one_word_person(Gender g, bool royal) const;
  // A one-word person entity of toks_[0] filed before (royal or fitting the honorific); -1.
  int32_t earlier_one_word_person(Gender g) const;
  // Files a new one-word person entity under its word (a royal only under its royal key).
  void file_one_word_person(const Mention& m, int32_t e);

  // aliases.cc: acronyms, generic-word forms and acronym-prefixed names merged.
  struct AliasIndex {
    // Names of two or more words by the letters an acronym of them would have (any type);
    // place / organisation names of two or more words by each prefix that leaves only generic
    // words, by their last word, and organisation names of two or more words by their first.
    std::unordered_map<std::string, std::vector<int32_t>> by_initials, by_generic_prefix,
        by_last_word, by_first_word;
  };
  void merge_aliases();
  int32_t organisation_of_last_word(size_t a, const AliasIndex& ix) const;
  int32_t organisation_of_headline_word(size_t a, const AliasIndex& ix) const;
  std::string initials_of(size_t e) const;
  bool same_referent(size_t a, size_t b, const std::string& acro, const AliasIndex& ix) const;
  void merge_sets(UnionFind& sets);

  // titles.cc: titles, role nouns and gender of person entities.
  void find_titles_and_gender();
  void collect_titles(const Mention& m, EntityInfo& ei);
  // The nationality ("Israel") or party ("party:democrat") word k names, or "".
  std::string affiliation_at(size_t k) const;
  // "place:NAME" where word k lies in the name of a place a party word follows ("a [New
  // Mexico] Republican", "the [California] Democrat": a state party member's state), else "".
  std::string party_place_at(size_t k) const;
  // The nationality a capitalised noun for one person of it names at word k ("the [Scot]
  // admitted", "the [Dutchman]", "the [Israeli] said"; not "the Scots", "the Dutch", "the
  // Japanese"), as affiliation_at gives it ("Scotland"), else "".
  std::string person_nationality_at(size_t k) const;
  // The affiliations of the title phrase that ends before word `first` (a name's first word).
  void collect_affiliations(size_t first, EntityInfo& ei) const;
  // The affiliations of an apposition that starts at word `first` (after "NAME,").
  void collect_apposition_affiliations(size_t first, EntityInfo& ei) const;

  // pronouns.cc: pronoun and nominal mentions, linked by salience (coref.h).
  void link_pronouns_and_descriptions();
  size_t word_index_at(uint32_t pos) const;
  // "he" / "she" / "it" / "they" at word k (lower-case `low`): the pronoun mention, linked
  // to the most salient fitting candidate; false when the word is none of these or ("it",
  // "they") is not the subject of a speech verb.
  bool title_set_off_after(size_t k);
  bool pronoun_at(size_t k, std::string_view low, Mention* out);
  bool unnamed_speaker_at(size_t k);
  // "the [former] president": the nominal mention starting at word k, or false.
  bool description_at(size_t k, const std::unordered_map<std::string_view, int32_t>& titled,
                      Mention* out, size_t* last_word);
  // "the [conservative-leaning] newspaper": an organisation description at word k linked to a
  // named organisation of its class (coref.h), or false.
  bool organisation_description_at(size_t k, Mention* out, size_t* last_word);
  // Whether organisation entity e fits a description with head noun `head` of class `cls`:
  // the head in its name, a name word of that class, or (a company) no class word at all.
  bool organisation_fits(int32_t e, std::string_view head, std::string_view cls) const;
  // A person description: its role noun (the head), the nationalities and parties among its
  // modifiers (as EntityInfo::affiliations), and whether it is a former holder's.
  struct PersonDescription {
    std::string role;
    std::vector<std::string> affiliations;
    bool former = false;
    bool party_head = false;        // the head is a party member noun ("the Illinois Democrat")
    bool nationality_head = false;  // the head is a nationality noun ("the Scot")
    bool possessor = false;         // the head is possessive ("the real estate mogul's")
    bool of_person = false;         // … of a person noun ("the prime minister's wife")
    std::string title_modifier;     // a title word before the head ("prime" in "prime minister")
    int32_t org = -1;  // the organisation whose name modifies the role ("the Fed chairman")
  };
  bool read_person_description(size_t& r, PersonDescription* d);
  // The person an untitled description stands for, by salience (pronouns.cc); -1 when none.
  int32_t salient_holder(size_t k, size_t r, const PersonDescription& d);
  bool ends_noun_phrase(size_t r);
  bool ends_nationality_noun(size_t r);
  static bool is_age_noun(std::string_view low);
  bool fits_description(int32_t e, const PersonDescription& d) const;
  bool has_affiliations(int32_t e, const PersonDescription& d) const;
  int32_t person_name_at(uint32_t pos) const;
  const Mention* name_mention_at(size_t k) const;
  const Mention* possessive_place_at(size_t k) const;
  const Mention* mention_from(uint32_t pos) const;
  bool titled_by_organisation(int32_t person, int32_t org) const;

  // coref.cc: quotation state and narrative sentence of each word; grammatical roles.
  void index_narrative();
  bool word_is(size_t k, bool (*pred)(std::string_view));
  // Whether word k lies in a name mention of a nationality or group ("the [Russian] president").
  bool group_word(size_t k) const;
  bool speech_verb_after(size_t k);
  // Whether word k follows an inverted speech verb after a quotation or a comma ("…,” said X").
  bool after_inverted_speech_verb(size_t k);
  GrammaticalRole role_of(size_t first, size_t last);

  Document& doc_;
  const std::string_view text_;
  std::vector<EntityInfo> info_;               // per entity
  std::vector<std::string> toks_;              // scratch: name tokens
  std::string buf_;                            // scratch: lower-cased words
  std::vector<scan::Word> words_;              // doc.tokens as words (titles and pronouns)
  std::vector<uint8_t> in_quote_;              // per word: inside double quotation marks (coref.cc)
  std::vector<uint32_t> narrative_;            // per word: narrative sentence index (coref.cc)
  SalienceList salience_;                      // candidates for pronouns and descriptions
  std::vector<const Mention*> recent_people_;  // person names before the cursor (pronouns.cc)

  // Grouping indexes. Entities ascending in each list. Non-persons by group key; multi-word
  // persons by first and last word (which a fuller form of the same name keeps); one-word
  // persons by their word.
  bool in_text_order_ = true;
  std::vector<std::vector<uint32_t>> positions_;  // per entity: where its full names were seen
  std::vector<int32_t> parent_of_;                // per person entity: parent entity, -1
  std::unordered_map<std::string, std::vector<int32_t>> by_group_key_, by_first_last_, by_first_,
      by_last_;
  std::unordered_map<std::string, int32_t> one_word_person_;  // also "word\x1fm" / "\x1ff"
  std::vector<Gender> honorific_;  // per entity: the gender its honorifics give
  std::vector<bool> royal_;        // per entity: named with a royal title
  std::unordered_set<std::string> two_gender_words_;
  struct Spouse {
    size_t mention;  // index in doc_.mentions of the spouse's first name
    Gender gender;   // kFemale after "wife", kMale after "husband"
  };
  std::unordered_map<std::string, std::vector<Spouse>> spouses_;  // by the partner's surname
};

}  // namespace newsgraph::resolve
