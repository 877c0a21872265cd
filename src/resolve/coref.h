// Speaker-centred coreference for the resolve stage: which named entity a pronoun ("he",
// "she", "it", "they") or a description ("the prime minister", "the ministry", "the paper")
// stands for. Private to src/resolve/ (pronouns.cc drives it); quotes, roles and relations
// read its result, the links of the pronoun and nominal mentions it adds to doc.mentions.
//
// Salience: every linked mention outside quotation marks is a candidate with a grammatical
// role, weighted speaker (the subject of a speech verb: "Cuban said", "said Cuban") 4 >
// subject 3 > object 2 > other (a possessor, the object of a preposition) 1. The weight halves
// for every narrative sentence (one with a word outside quotation marks) between the candidate
// and the pronoun, so the speaker of the statement a paragraph of quotation continues stays the
// strongest candidate for "he said", while a name quoted inside it or mentioned in passing does
// not take over. Ties go to the more recent candidate.
//
// An unnamed person source ("…,” said one analyst who attended the meeting; "an official said")
// is a candidate too, with entity kUnnamedPerson: the "he" of "he added" after it is that
// source, not an earlier named person, so the pronoun stays unlinked.
//
// Thread safety: a SalienceList is plain data, one per document; the word lists behind
// is_speech_verb() and organisation_class() are immutable statics, safe from any thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"
#include "util/lexicon.h"

namespace newsgraph::resolve {

enum class GrammaticalRole : uint8_t { kOther = 0, kObject = 1, kSubject = 2, kSpeaker = 3 };

// The entity of a candidate that is an unnamed person source (no entity of the document).
constexpr int32_t kUnnamedPerson = -2;
// The entity of a candidate that is an unnamed group of sources ("the senators said", "analysts
// said"): the "they" of "they added" after it is that group, not an earlier organisation or
// nationality, so the pronoun stays unlinked. Its candidates have type kNorp.
constexpr int32_t kUnnamedGroup = -3;

struct SalienceCandidate {
  int32_t entity = -1;
  EntityType type = EntityType::kPerson;
  uint32_t begin = 0;     // byte offset of the mention
  uint32_t sentence = 0;  // narrative sentence index (see above)
  GrammaticalRole role = GrammaticalRole::kOther;
};

// Candidates in text order (add() them as the text is read).
class SalienceList {
 public:
  void add(const SalienceCandidate& c) { candidates_.push_back(c); }

  // The entity of the most salient candidate before byte `pos`, no more than `max_sentences`
  // narrative sentences before `sentence`, with at least role `min_role`, for which
  // fits(candidate) is true; -1 when none, kUnnamedPerson when an unnamed source is (fits must
  // accept or refuse candidates whose entity is kUnnamedPerson without looking the entity up).
  template <class Fits>
  int32_t best(uint32_t pos, uint32_t sentence, uint32_t max_sentences, GrammaticalRole min_role,
               Fits&& fits) const {
    int32_t best_entity = -1;
    double best_score = 0;
    for (auto it = candidates_.rbegin(); it != candidates_.rend(); ++it) {
      if (it->begin >= pos) continue;
      if (it->sentence + max_sentences < sentence) break;
      if (it->role < min_role || !fits(*it)) continue;
      const uint32_t dist = sentence - it->sentence;
      const double score =
          static_cast<double>(static_cast<int>(it->role) + 1) / static_cast<double>(1u << dist);
      if (score > best_score) {
        best_score = score;
        best_entity = it->entity;
      }
    }
    return best_entity;
  }

 private:
  std::vector<SalienceCandidate> candidates_;
};

// A form of a speech verb ("say", "said", "says", "told", "added", "spoken", "saying";
// data/lexicon/cue-speech.txt inflected by util::inflect_cue_verb, as the quote stage does; a
// gerund only where the file lists it), lower-case.
bool is_speech_verb(std::string_view low);

// A form of a report verb ("reported", "announces", "wrote"; data/lexicon/cue-report.txt
// inflected the same way), lower-case.
bool is_report_verb(std::string_view low);

// A function word that ends a description's modifiers ("of", "that", "said";
// data/lexicon/np-stop-words.txt, the quote stage's list), lower-case.
bool is_modifier_stop_word(std::string_view low);

// The class of organisation a lower-case noun names, as a description's head ("ministry",
// "paper", "company") or a word of a name ("Journal", "Ministry", "Corp"): "government",
// "news", "company", ... (data/lexicon/organisation-classes.tsv). Empty when none, and for a
// word that names its class only inside a name ("times", "corp") when `head`.
std::string_view organisation_class(std::string_view low, bool head);

// Nouns for a kind of organisation ("firm", "newspaper", "giant"; data/lexicon/
// organisation-nouns.txt): the head of an organisation's role ("X, a global mining giant").
const util::Lexicon& organisation_nouns();

// Seats of government named for the government inside them ("white house", "kremlin";
// data/lexicon/government-seats.txt), lower-case.
const util::Lexicon& government_seats();

// A word of an organisation's name or description as organisation_class() reads it: lower-case,
// without a possessive or a final period or comma ("Corp.," -> "corp", "Journal's" -> "journal").
std::string organisation_word(std::string_view word);

// Whether an organisation's name (words split at spaces and hyphens) has the word `head`, or a
// word of class `cls` (organisation_class(word, /*head=*/false); "" for the head word only).
// *any_class, when given, becomes whether a word before the first match (every word, when none)
// names a class.
bool name_has_class_word(std::string_view name, std::string_view head, std::string_view cls,
                         bool* any_class = nullptr);

}  // namespace newsgraph::resolve
