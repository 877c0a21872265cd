// The quote extractor's working state, shared by the files of src/quotes/ and private to them.
//
// One Extractor runs over one Document: it reads the segmenter's tokens as words
// (segment/words.h), marks paragraphs, sentences and quotation-mark pairs, then finds cues
// (marks.cc, cues.cc, headlines.cc), the source and content of each (source.cc,
// attribution.cc, content.cc), gives unclaimed quotes a speaker (unclaimed.cc) and filters what
// it emitted (filters.cc). Not thread-safe; one per document and thread. It reads doc.text,
// doc.tokens, doc.lower_text, doc.sentences and the resolved doc.mentions, and writes only
// doc.quotes. An unsegmented document has no quotes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/quotes.h"
#include "quotes/cue_model.h"
#include "quotes/lexicon.h"
#include "segment/words.h"
#include "util/ascii.h"
#include "util/lexicon.h"
#include "util/role_words.h"

namespace newsgraph::quotes {

// Closed word classes the rules consult (word_lists.cc). Lower-case ASCII.
const util::Lexicon& aux_words();          // auxiliaries and adverbs
const util::Lexicon& np_stop_words();      // words that end a subject
const util::Lexicon& after_cue_skip();     // prepositions/time after a cue
const util::Lexicon& content_end_words();  // where a statement may end ("in", "while")
const util::Lexicon& noun_markers();       // "the state", "his claim"
using util::name_titles;          // "leader", "senator": a title before a name (util/role_words.h)
using util::person_nouns;         // "official", "president": a description's head
const util::Lexicon& pronouns();  // subject pronouns
const util::Lexicon& determiners();         // "a", "the", "several", ...
bool finite_auxiliary(std::string_view w);  // "was", "could", "can't", "won’t"

// A pair of quotation marks (or an unterminated one) and what it encloses.
struct QuoteSpan {
  size_t open = 0;   // word index of the opening mark
  size_t close = 0;  // word index of the closing mark; == end word + 1 position when unterminated
  bool terminated = true;
  Span content;                          // text between the marks, whitespace trimmed
  size_t first_word = 0, last_word = 0;  // content words [first, last]
  bool used = false;
  // "“…,” he said", "“…?” he asked": it ends with a comma, "?" or "!" and an attribution of its
  // own follows it, so a cue before a colon does not take it ("asked if he could ask me a
  // question: “…,” he said"). Set by mark_attributed_after (marks.cc).
  bool attributed_after = false;
};

class Extractor {
 public:
  using Kind = scan::Kind;
  using Word = scan::Word;

  Extractor(Document& doc, const quotes::CueModel* cue_model)
      : doc_(doc), text_(doc.text), cue_model_(cue_model) {}

  void run();

  // For training the cue model: every candidate word and its features.
  void collect(const quotes::CueModel& model, std::vector<quotes::CueCandidate>& out);

  // For training the content-end ranker: run() then records each choice in *log and keeps
  // the rules' ends. The log must outlive the run.
  void log_end_choices(std::vector<EndChoice>* log) { end_log_ = log; }

 private:
  std::string_view word_text(size_t k) const {
    return std::string_view(text_).substr(words_[k].begin, words_[k].end - words_[k].begin);
  }
  // Word k lower-cased (ASCII): a view into doc.lower_text, valid for the whole run, so callers
  // may hold several at once.
  std::string_view low(size_t k) const {
    return std::string_view(lower_text_).substr(words_[k].begin, words_[k].end - words_[k].begin);
  }
  bool is_word(size_t k) const { return words_[k].kind == Kind::kWord; }
  // Whether word k starts with an ASCII digit ("5.3%", "3-1/8", "2004").
  bool starts_digit(size_t k) const {
    return text_[words_[k].begin] >= '0' && text_[words_[k].begin] <= '9';
  }
  bool is_quote_mark(size_t k) const {
    return words_[k].kind == Kind::kOpenQuote || words_[k].kind == Kind::kCloseQuote;
  }
  bool punct(size_t k, char c) const { return scan::is_punct(text_, words_[k], c); }

  // words_ from the segmenter's tokens, and lower_text_.
  void start_words();

  void mark_paragraphs_and_sentences();

  void pair_quotes();

  // A transcript turn inside quotation marks ("“PENCE: Well, …"): the index of the colon after
  // the upper-case label that opens the quote, or 0 when there is none.
  size_t transcript_label_end(const QuoteSpan& q) const;

  bool all_caps(size_t k) const;

  void add_span(size_t open, size_t close, bool terminated);

  size_t content_words(size_t first, size_t last) const;

  // The subject noun phrase ending at word `last` (inclusive), scanning back no further than
  // `floor`. Returns false when there is none.
  bool np_before(size_t last, size_t floor, size_t* np_begin);
  static bool past_form(std::string_view w);
  bool opens_with_name(size_t last, size_t floor) const;
  // Whether the capitalized words ending at `last` close a common noun's prepositional phrase.
  bool name_ends_a_phrase(size_t last, size_t floor);

  // An auxiliary inside a name ("Theresa May said"): capitalized, inside its sentence, after
  // another capitalized word.
  bool auxiliary_name(size_t k) const;

  // Inverted subject after the cue ("said Pedram", "said a Western diplomat").
  bool np_after(size_t first, size_t ceiling, size_t* np_end, bool any_start = false);

  bool is_cue_start(size_t k, CueInfo* info, size_t* cue_end);

  // Whether cue word k (found by is_cue_start) reports speech or cognition rather than an act
  // or a description: an adjective of attitude only as a predicate ("is reluctant to"), a stance
  // participle not as an adjunct of a speech attribution ("said X, referring to …").
  bool opens_statement(size_t k, const CueInfo& info);

  // Words the learned cue model judges: lower-case words outside quotation marks that the cue
  // inventory does not list.
  bool is_cue_candidate(size_t k);

  // A lower-case word outside quotation marks that is not a function word.
  bool is_lower_content_word(size_t k);

  // The sentence around word k as the cue model reads it (bounded for runaway sentences).
  quotes::CueSentence cue_sentence(size_t k) const;

  // A word outside the inventory (the caller has looked it up) that the learned model calls a
  // cue. Its class follows from what comes after it: a "that" clause is reported speech,
  // anything else its object.
  bool learned_cue(size_t k, CueInfo* info);

  // A verb outside the lexicon used as one: a lower-case past or third-person form between a
  // name or pronoun and "that" ("Cruz quipped that …", "she reckons that …").
  bool unlisted_verb_before_that(size_t k, CueInfo* info);

  // "In a CNN poll released Monday, 50 percent chose Clinton": a sentence opening with a
  // document or survey; the clause after the comma is what it says, unless that clause has a
  // reporting verb of its own ("In a statement, the campaign said …").
  void document_lead(size_t in);
  // "In a speech, Clinton laid out …": the clause's subject, verb and statement, emitted.
  bool subject_speaks(size_t first, size_t last);

  // Headline style "Graham: Trump’s rhetoric is destroying the party." — a short name, a colon,
  // and the statement, at the start of a paragraph.
  void colon_attribution(size_t colon);
  // The name [start, result) that opens such a headline ("Dr. Ben Carson", "Obama" in "Obama on
  // Syria"); 0 when there is none.
  size_t headline_name_end(size_t start, size_t colon);

  // A paragraph in title case ("Clinton Hid Health Problems, Former Doctor Says."): every
  // word capitalized but short function words, no more than kHeadlineWords words.
  bool is_title_case(size_t first, size_t end);

  // Headlines put the source first ("Chris Christie Calls Clinton ‘A Disgrace’") or last after
  // a comma ("…, Former White House Doctor Says."); capitals mark no names there, so the
  // subject rules do not apply. Returns the word index where cue search may resume.
  size_t headline_attribution(size_t first);
  bool dash_source_headline(size_t first);

  void find_cues();

  // The period of "Mr." or of an initial ("J."), which does not end the sentence.
  bool abbreviation_period(size_t k);

  // "successfully argued", "angrily denied": a lower-case -ly adverb (not a noun like "rally").
  bool is_manner_adverb(size_t k);

  // Skips adverbs and auxiliaries before the cue; returns the index of the word before them.
  long skip_aux_back(size_t cue, size_t floor);
  // Skips a time phrase ("on Monday", "last week") back from word j; the word before it.
  long skip_time_back(long j, size_t sb);

  struct Found {
    bool ok = false;
    size_t np_first = 0, np_last = 0;  // source words
    // For a relative pronoun source ("who"), the phrase it stands for; else SIZE_MAX.
    size_t antecedent_first = SIZE_MAX, antecedent_last = SIZE_MAX;
  };
  void verb_after_and(size_t cue, size_t sb, Found* src);
  void subject_before_relative_clause(size_t cue, size_t sb, Found* src);
  static bool is_occasion_noun(std::string_view w);
  long skip_year_back(long j, size_t sb);

  // A cue with everything found so far: the sentence window [sb, se), the source mention and
  // its entity, and the clause [clause_first, clause_last] spanned by source and cue.
  struct Attribution {
    size_t cue = 0, cue_end = 0, sb = 0, se = 0;
    size_t clause_first = 0, clause_last = 0;
    Span mention, cue_span;
    int32_t speaker = -1;
    bool takes_object = false;  // the cue takes an addressee ("told everyone")
  };

  // One cue word (or phrase [cue, cue_end]): finds its source, then its content, and emits.
  void handle_cue(size_t cue, size_t cue_end, const CueInfo& info);
  void handle_asked_opener(size_t cue, size_t cue_end, size_t se);
  bool find_source(size_t cue, size_t cue_end, const CueInfo& info, size_t sb, size_t se,
                   Found* found);
  // The subject a coordinated cue shares ("Senator Jane Miller visited the plant and said …",
  // "The mayor …, but defended …"): a name, a pronoun or a determiner phrase from `first`,
  // ending before `limit`; its last word in *last.
  bool elided_subject(size_t first, size_t limit, size_t* last);
  // "Burton and Nick": a capitalized second name joined by "and" to the phrase ending at word
  // `last` (within the sentence end `se`); its last word in *end.
  bool coordinated_name(size_t last, size_t se, size_t* end);
  // A lower-case word that may stand inside a subject before its verb (not a verb form).
  bool is_plain_noun_word(size_t k);
  long source_before_cue(size_t cue, const CueInfo& info, size_t sb, Found* found);
  // Whether word b opens the sentence starting at sb, or the clause right after a quotation.
  bool opens_clause(size_t b, size_t sb) const;
  bool stance_source_ok(const Found& src, size_t cue, size_t sb, const CueInfo& info);
  // Whether the sentence ends (or reaches a comma) within kTrailingPhraseWords plain words
  // from word k: no quotation, "that" or cue word on the way, and no subject of a clause of its
  // own at the start (a name, determiner or pronoun only as the object of a cue that takes one).
  bool short_tail(size_t k, size_t se, bool takes_object);
  // Whether the content precedes the source: ", X writes in his book." ends the sentence.
  bool content_before_source(const Attribution& at);
  bool plain_phrase_word(size_t k);
  void passive_with_agent(size_t cue, size_t cue_end, size_t sb, size_t se);
  int quote_before_attribution(const Attribution& at);
  int quote_after_attribution(const Attribution& at, int qb);
  // Whether the quote after the attribution words [after, comma) continues quote qb: qb ends
  // with a comma and those words are only an adverbial ("in a blog post on Sunday").
  bool split_by_attribution(int qb, size_t after, size_t comma);
  void mark_attributed_after();
  void split_paragraph_pieces();
  void emit_quote_before(const Attribution& at, int qb, int qa);
  void emit_clause_before(const Attribution& at, const CueInfo& info, const Found& src);
  bool opens_with_attribution(size_t first, size_t last);

  // A word that can start an infinitive's verb: lower-case, not a determiner, pronoun or one
  // of the usual objects ("to reporters", "to the office").
  bool looks_like_verb(size_t k);
  bool back_is_particle(size_t k);
  bool retort_back(size_t k);
  bool starts_amount(size_t j) const;
  bool counts_an_amount(size_t k) const;
  bool absolute_participle(size_t k);
  static bool is_addressee(std::string_view w);

  // Skips a dateline that opens a sentence before its statement ("CAMBRIDGE, Mass., Dec. 11
  // (UPI) —").
  size_t skip_lead_in(size_t first, size_t limit);

  // Where the subject of the sentence [sb, cue) starts: after a dateline, quotation marks and
  // an opening participle or time phrase up to its comma ("Speaking to reporters, Trump …",
  // "Hours later, …").
  size_t sentence_subject_start(size_t sb, size_t cue);

  // seem / appear: the writer's impression of the subject.
  bool is_impression_cue(size_t cue);

  // Emits the clause from its subject [first, subject_last] to the end of the sentence; the
  // subject is named as the source (PolNeAR often marks it so).
  void emit_impression(size_t first, size_t subject_last, size_t cue, size_t se);

  // The entity of a source phrase: the one named by its head word ("a Western diplomat in the
  // region" is an unnamed diplomat, not the West; "Tajik President Emomali Rahmon" is Rahmon).
  size_t described_source_start(size_t np_first);
  size_t according_apposition(size_t k, size_t se);
  int32_t speaker_entity(size_t first, size_t last);
  bool names_modify_title(size_t first, size_t last);
  bool person_word(size_t k) const;
  // e, or -1 when that entity cannot be a speaker: a date or a sum, or a name used only inside
  // quotation marks.
  int32_t speaker_or_none(int32_t e) const;

  // A quoted name or title rather than a statement: "on Fox News’s “Sunday Morning Futures,”".
  bool is_title_quote(const QuoteSpan& q);

  bool is_time_word(size_t k);

  // "… and said …", "… but argues …": a finite reporting verb after a conjunction.
  bool starts_new_attribution(size_t k);

  // Whether an opening bracket stands in [first, last).
  bool opens_bracket(size_t first, size_t last) const;

  // Skips a short adverbial after a cue: "on Monday", "in a statement", "on Fox News", "last
  // week", "Tuesday"; a determiner or a name only inside a prepositional phrase, so that
  // "said Tuesday the attack …" keeps "the attack".
  size_t skip_adverbial(size_t j, size_t se);

  // Words after a comma that open a clause of the writer's rather than the source's
  // (", which …", ", while …"): the content stops before the comma.
  static bool content_tail_opener(std::string_view w);

  bool is_dash_word(size_t k) const { return scan::is_dash(text_, words_[k]); }

  bool ends_with_comma_like(const QuoteSpan& q) const;
  // Word k is a speech verb in a form a subject takes ("said", "says"), lower-case and outside
  // quotation marks (marks.cc).
  bool finite_speech_verb(size_t k);
  bool said_or_told(size_t k);  // a finite_speech_verb that is said, says, told or tells

  QuoteType indirect_type(size_t first, size_t last) const;

  void mark_used(size_t first, size_t last);

  // The statement after a cue ("said the plan failed", "told reporters that …", "criticized
  // the bill"), emitted for `mention` / `speaker`. Returns whether one was emitted.
  bool add_indirect_after(size_t cue, size_t cue_end, const CueInfo& info, Span mention,
                          int32_t speaker, size_t se);
  size_t that_ahead(size_t start, size_t se);
  size_t content_start_after_cue(size_t cue, const CueInfo& info, size_t start, size_t se);
  size_t content_end_after_cue(size_t start, size_t se, bool gerund_cue = false);
  void skip_cue_particle(size_t* cue_end, size_t* first, size_t last);
  size_t relative_clause_end(size_t cue, Span mention, size_t start, size_t last);
  // content_end.cc: the content-end ranker's choice among the rules' end `last` and cuts
  // before boundary words inside [start, last]; `last` when the model has no ranker.
  size_t learned_content_end(size_t cue, size_t start, size_t last);
  bool end_boundary(size_t j) const;
  size_t trim_content_end(size_t start, size_t last) const;
  // Features of ending at `last` (boundary == SIZE_MAX) or just before word `boundary`.
  void end_features(size_t cue, size_t start, size_t last, size_t boundary,
                    std::vector<uint32_t>& out) const;
  bool possessive_word(size_t k) const;
  bool sentence_adverb(size_t k);
  bool comma_attribution(size_t j, size_t se);
  size_t object_end(size_t j, size_t se);
  bool emit_content_after_cue(size_t cue, size_t cue_end, const CueInfo& info, Span mention,
                              int32_t speaker, size_t start, size_t last);

  void handle_according(size_t cue, size_t cue_end, const Found& src, Span mention, Span cue_span,
                        int32_t speaker);

  // Span s without quotation marks or spaces at its ends (a final apostrophe stays).
  Span trim_marks(Span s) const;

  // Adds a quote unless one with the same content span was emitted; returns whether it did.
  bool emit(QuoteType type, Span content, Span cue, Span mention, int32_t speaker);

  // Quote spans no cue claimed: statements when long enough; the speaker carries over from the
  // previous quote when the voice continues (same or next paragraph).
  void float_quotes();

  // Whether the unclaimed quote q continues the direct quote prev: prev's attribution stands
  // between them, in the same paragraph, and nothing emitted reaches past prev.
  bool joins_statement(const Quote& prev, const QuoteSpan& q, uint32_t max_end) const;

  size_t word_at(uint32_t pos) const;

  // "Trump said he thinks the plan failed": the statement is what Trump said; "he thinks" opens
  // it and is not a statement of its own (PolNeAR marks only the outer one). Drops a quote whose
  // cue sits among the first words of another's content (its own content then starts there).
  void drop_embedded();

  void finish();

  Document& doc_;
  std::string_view text_;
  const quotes::CueModel* cue_model_;                // nullptr: rules only
  std::vector<EndChoice>* end_log_ = nullptr;        // training: choices recorded here
  std::vector<std::pair<size_t, size_t>> end_cuts_;  // (boundary word, content's last word)
  std::vector<uint32_t> end_buffer_;                 // features of one candidate
  std::vector<uint32_t> features_;                   // cue model features, reused
  std::vector<Word> words_;
  std::vector<uint32_t> para_, sent_;
  std::vector<size_t> sent_begin_, sent_end_;
  std::vector<int> in_quote_;
  std::vector<QuoteSpan> qspans_;
  std::unordered_set<uint64_t> emitted_;
  std::string_view lower_text_;                 // doc.lower_text (text_ lower-cased, same offsets)
  static constexpr size_t kWindow = 150;        // words either side of a cue
  static constexpr size_t kFeatureWindow = 40;  // words either side the cue model reads
  static constexpr size_t kHeadlineWords = 16;  // longest title-case paragraph
  // Margin over the cue model's threshold for a learned cue with an object rather than a "that"
  // clause (PolNeAR train: 0.7 loses 0.1 lenient F1 and drops most act verbs).
  static constexpr float kObjectCueMargin = 0.7f;
  static constexpr size_t kElidedSubjectWords = 6;  // "The mayor of the city of Springfield"
  // A name with its titles, as long as np_before's subject ("House Ways and Means Committee
  // chairman Dan Rostenkowski").
  static constexpr size_t kElidedNameWords = 8;
  static constexpr size_t kAsideWords = 30;               // "X — who … — said": longest aside
  static constexpr size_t kTrailingPhraseWords = 6;       // ", Foster writes in his new book."
  static constexpr size_t kLongTrailingPhraseWords = 12;  // "… in a video message to the …"
  static constexpr size_t kObjectWords = 3;       // "told the crowd, “…”": longest object
  static constexpr size_t kNewSubjectWords = 4;   // "and the opposition leader said"
  static constexpr size_t kAdjunctReach = 12;     // "said X, referring": words back to "said"
  static constexpr size_t kNestLook = 8;          // neighbours checked for an enclosing quote
  static constexpr size_t kEmbeddedCueWords = 6;  // "said he thinks": cue this close to the start
  static constexpr uint32_t kEmbeddedCueBytes = 200;  // ... and within this many bytes
  static constexpr uint32_t kJoinParagraphs = 0;      // how far a statement goes on after its cue
  static constexpr uint32_t kCarryParagraphs = 2;     // how far a voice carries to unclaimed quotes
};

}  // namespace newsgraph::quotes
