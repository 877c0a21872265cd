// The Document: one article as it flows through the pipeline.
//
// `input` holds the bytes exactly as given and is never modified; every span that leaves the
// engine points into it. `text` is the working text after repair. `edits` maps text back to
// input: outside an edit the two run in step (with a constant shift), inside one the whole
// edited text span maps to the whole input span. Every later layer is a flat array of small
// structs holding byte spans into `text`; `to_input()` converts a text span to input offsets
// when output is written.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

// A half-open byte range [begin, end).
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool contains(uint32_t pos) const { return pos >= begin && pos < end; }
  friend bool operator==(const Span&, const Span&) = default;
};

// Why a piece of text was changed by repair. Stable names are given by repair_rule_name().
enum class RepairRule : uint8_t {
  kInvalidUtf8,      // bytes that were not UTF-8, decoded as cp1252 or replaced by U+FFFD
  kMojibake,         // text re-decoded from a wrong single-byte decoding (ftfy's fix_encoding)
  kLostByteA0,       // a UTF-8 0xA0 byte that had become a space, restored
  kLossySequence,    // a UTF-8 sequence with a lost byte, replaced
  kC1Control,        // C1 control character replaced by its windows-1252 meaning
  kHtmlEntity,       // HTML entity outside markup decoded
  kLigature,         // Latin ligature expanded
  kCharacterWidth,   // full-width / half-width form normalised
  kLineBreak,        // CR, CRLF, U+2028/2029/0085 turned into LF
  kControlChar,      // control character removed
  kTerminalEscape,   // terminal escape sequence removed
  kSurrogate,        // CESU-8 surrogates joined / lone surrogate replaced
  kNormalization,    // Unicode NFC
  kLossyQuote,       // lone "â" left by deleted C1 bytes, restored as a quotation mark
  kLossyApostrophe,  // ... restored as an apostrophe
  kLossyDash,        // ... restored as a dash
  kLossyResidue,     // "â¬", "â¦" etc. restored as €, … and similar
};
const char* repair_rule_name(RepairRule rule);

// One change made by repair: `input` bytes of the input became `text` bytes of the working text.
struct Edit {
  Span input;
  Span text;
  RepairRule rule;
};

// Something repair noticed but did not change (an ambiguous lone "â", a lone "Ã" before a letter).
struct RepairFlag {
  Span text;
  uint8_t kind;  // 1: a lone "â" no rule could classify; 2: a lone Ã/Å/Ð/Ñ before a letter
};

enum class TokenFlags : uint16_t {
  kNone = 0,
  kSpaceBefore = 1 << 0,      // whitespace precedes the token
  kSentenceStart = 1 << 1,    // first token of a sentence
  kParagraphStart = 1 << 2,   // first token of a paragraph
  kPunct = 1 << 3,            // punctuation only
  kQuoteMark = 1 << 4,        // a quotation mark (any style)
  kCapitalized = 1 << 5,      // starts with an upper-case letter
  kNumber = 1 << 6,           // contains a digit
  // Direction and style of a quotation mark (exactly one of kOpenQuote / kCloseQuote), decided
  // from the characters on either side: a mark after a space, an opening bracket, a dash or a
  // colon and before a word opens; “ ‘ « „ open and ” » close by shape. Set on every kQuoteMark
  // token, and on a ' or ’ that follows no word (no apostrophe, though the paragraph's pairing
  // left it unmarked: "more.' The" closing a quote opened in an earlier paragraph).
  kOpenQuote = 1 << 7,
  kCloseQuote = 1 << 8,
  kSingleQuote = 1 << 9,     // a single mark (‘ ’ ' ‚ ‛ ‹ ›); without it a double one (“ ” " « » '' ``)
  kNewlineBefore = 1 << 10,  // a line break lies between the previous token and this one
};

struct Token {
  Span span;           // into text
  uint16_t flags = 0;  // TokenFlags bits
};

struct Sentence {
  Span span;                  // into text
  uint32_t token_begin = 0;   // index into Document::tokens
  uint32_t token_end = 0;
};

struct Paragraph {
  Span span;                  // into text
  uint32_t sentence_begin = 0;
  uint32_t sentence_end = 0;
  bool boilerplate = false;   // not article content (copyright line, share prompt, ...)
};

// Entity types of CONTRACT.md. kMisc is CoNLL's MISC, used only by `tag --conll`.
enum class EntityType : uint8_t { kPerson, kOrg, kGpe, kLoc, kNorp, kDate, kMoney, kMisc };
const char* entity_type_name(EntityType type);  // "PERSON", "ORG", ...

enum class MentionKind : uint8_t {
  kName,     // a proper name ("Abdul Latif Pedram", "Pedram", "NRF")
  kPronoun,  // he, she, they, ...
  kNominal,  // a title or description standing for the referent ("the president")
  kValue,    // a date or a sum of money
};

// One mention of an entity in the text. `entity` indexes Document::entities (-1 until resolved).
struct Mention {
  Span span;  // into text
  EntityType type;
  MentionKind kind = MentionKind::kName;
  int32_t entity = -1;
};

// One referent, with every mention of it.
struct Entity {
  EntityType type;
  std::string name;                // the fullest form the article uses
  std::vector<uint32_t> mentions;  // indexes into Document::mentions, in text order
  std::vector<std::string> roles;  // titles and descriptions the article gives it
};

// Where the text gives a person a role, as resolve found it (resolve/person_roles.h). Its text
// is in the entity's `roles`; relations reads the phrase to derive relations from it.
struct RolePhrase {
  enum class Kind : uint8_t {
    kPredicate,         // "she is the likely Democratic nominee"
    kPremodifier,       // "Tajik President Emomali Rahmon"
    kTitleBeforeComma,  // "ABC's host, George Stephanopoulos"
    kApposition,        // "Massoud, leader of the Northern Alliance and son of ..."
    kLedBy,             // "the Northern Alliance, led by Massoud": role "led the ..."
    kKin,               // "his wife, X" -> "wife of Y"; "his son X" -> "son"
    kVerb,              // "He and his wife head the resistance council"
    kPartyLabel,        // "Sen. Scott Brown, R-Mass.": role "R-Mass"
  };
  Kind kind = Kind::kPredicate;
  int32_t entity = -1;    // the person, an index into Document::entities
  int32_t mention = -1;   // the mention the pattern starts from (kLedBy: the organisation's)
  int32_t object = -1;    // kLedBy: the organisation; kKin: the person whose kin `entity` is
  uint32_t sentence = 0;  // index into Document::sentences
  // The phrase's tokens [token_begin, token_end); kLedBy: the organisation's, kKin: the kin
  // noun.
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  std::string text;  // the role as added to the entity's roles; "" when none
};

enum class QuoteType : uint8_t { kDirect, kIndirect, kMixed };

struct Quote {
  QuoteType type;
  Span content;               // the statement, without surrounding quotation marks; with
                              // `parts`, from the first piece's begin to the last one's end
  Span cue;                   // reporting verb or phrase; empty when none
  Span speaker_mention;       // what the text attributes it to; empty when no source
  int32_t speaker = -1;       // index into Document::entities, -1 when unnamed or none
  // A statement its attribution interrupts ("“A,” he said, “B.”"): the content pieces, in
  // order, each without quotation marks or the attribution. Empty for a quote of one piece.
  std::vector<Span> parts;
};

// One typed relation between two entities, with the sentence that states it.
struct Relation {
  int32_t subject;
  std::string type;  // snake_case, from the inventory in docs/relations.md
  int32_t object;
  Span evidence;     // into text
  bool from_gazetteer = false;  // known from a gazetteer, not stated by the text
};

class Document {
 public:
  Document() = default;
  Document(std::string doc_id, std::string input_text)
      : id(std::move(doc_id)), input(std::move(input_text)) {}

  std::string id;
  std::string input;  // never modified
  std::string text;   // working text after repair

  // Sorted by text.begin, non-overlapping. Empty when text == input.
  std::vector<Edit> edits;
  std::vector<RepairFlag> repair_flags;
  // Lines (spans into text, without their newline) that are not article content.
  std::vector<Span> boilerplate;

  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  // `text` with ASCII letters lower-cased (same length and offsets), written by segmentation
  // with the tokens: the lower-case form of any token is lower_text at the token's span.
  std::string lower_text;

  std::vector<Mention> mentions;  // sorted by span.begin
  std::vector<Entity> entities;
  std::vector<RolePhrase> role_phrases;  // in the order found (by sentence); see RolePhrase
  std::vector<Quote> quotes;      // sorted by content.begin
  std::vector<Relation> relations;

  std::string_view slice(Span s) const { return std::string_view(text).substr(s.begin, s.size()); }
  std::string_view input_slice(Span s) const {
    return std::string_view(input).substr(s.begin, s.size());
  }

  // Maps a span of `text` to the span of `input` it came from. A span boundary that falls
  // strictly inside an edit widens to cover that whole edit.
  Span to_input(Span text_span) const;
  // Maps one text offset to an input offset (start of the edit when inside one).
  uint32_t to_input_offset(uint32_t text_pos) const;
  // True when the text span lies on a boilerplate line.
  bool is_boilerplate(Span text_span) const;
  // The words of quote q: its content, or its parts joined by one space (CONTRACT.md).
  std::string quote_text(const Quote& q) const;
};

// The entity a text span refers to, read from the resolved mention layer: the entity of a
// mention overlapping `span`: person names first, then other names and person descriptions (in
// text order), then pronouns, then other descriptions. -1 when none. Needs doc.mentions sorted
// by span.begin (as resolve leaves them).
int32_t entity_for_span(const Document& doc, Span span);

}  // namespace newsgraph
