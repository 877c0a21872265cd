// Salience for pronouns and descriptions: speech verbs, organisation classes, the narrative
// sentence and quotation state of every word, and the grammatical role of a mention. See
// coref.h; pronouns.cc links the mentions.
#include "resolve/coref.h"

#include <algorithm>
#include <string>

#include "resolve/resolver.h"
#include "util/ascii.h"
#include "util/cue_verbs.h"
#include "util/lexicon.h"
#include "util/role_words.h"

namespace newsgraph::resolve {

namespace {

// The forms of the speech (or report) verbs (util/cue_verbs.h, the quote stage's inflections):
// base, third person, past and past participle, and the gerund only where cue-speech.txt lists it
// ("saying", "telling"). On 3,000 corpus articles adding the regular gerunds ("asking", "shouting")
// made more pronouns wrong than right: their subject is often the object of the verb before ("hear
// Jones shouting at him"). Sorted.
std::vector<std::string> cue_verb_forms(util::CueFile file) {
  std::vector<std::string> forms;
  for (const auto& [lemma, value] : util::cue_lemmas(file).entries()) {
    util::VerbForms f = util::inflect_cue_verb(lemma, value);
    for (std::string* form : {&f.base, &f.third, &f.past, &f.participle})
      forms.push_back(std::move(*form));
    if (f.gerund_listed) forms.push_back(std::move(f.gerund));
  }
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  return forms;
}

// Words a subject and its verb may have between them ("has also said", "on Monday said").
bool between_subject_and_verb(std::string_view low) {
  return low == "has" || low == "have" || low == "had" || low == "also" || low == "later" ||
         low == "then" || low == "again" || low == "further" || low == "previously" ||
         low == "once" || low == "will" || low == "would" || low == "earlier" ||
         low == "recently" || low == "repeatedly" || low == "himself" || low == "herself";
}

bool preposition(std::string_view low) {
  return low == "of" || low == "for" || low == "at" || low == "in" || low == "on" ||
         low == "with" || low == "by" || low == "from" || low == "to" || low == "about" ||
         low == "against" || low == "toward" || low == "towards" || low == "than" ||
         low == "like" || low == "under" || low == "into" || low == "over" || low == "between" ||
         low == "among" || low == "through" || low == "without" || low == "behind";
}

// Words after which a name opens a clause: "…, and Smith said", "because Jones …": the
// subordinators relations also reads (lexicon::clause_openers in util/role_words.h) and the
// coordinators and conditionals before a subject.
bool clause_opener(std::string_view low) {
  return lexicon::clause_openers().count(low) > 0 || low == "and" || low == "if" ||
         low == "where" || low == "so" || low == "yet" || low == "until" || low == "unless";
}

bool is_article(std::string_view low) { return low == "the" || low == "a" || low == "an"; }

}  // namespace

bool is_speech_verb(std::string_view low) {
  static const std::vector<std::string> forms = cue_verb_forms(util::CueFile::kSpeech);
  return std::binary_search(forms.begin(), forms.end(), low);
}

bool is_report_verb(std::string_view low) {
  static const std::vector<std::string> forms = cue_verb_forms(util::CueFile::kReport);
  return std::binary_search(forms.begin(), forms.end(), low);
}

bool is_modifier_stop_word(std::string_view low) {
  static const util::Lexicon words(
#include "lexicon/np-stop-words.txt.inc"
  );
  return words.contains(low);
}

bool Resolver::group_word(size_t k) const {
  const scan::Word& w = words_[k];
  auto it = std::upper_bound(doc_.mentions.begin(), doc_.mentions.end(), w.begin,
                             [](uint32_t pos, const Mention& m) { return pos < m.span.begin; });
  if (it == doc_.mentions.begin()) return false;
  --it;
  return it->kind == MentionKind::kName && it->type == EntityType::kNorp && it->span.end >= w.end;
}

std::string_view organisation_class(std::string_view low, bool head) {
  static const util::Lexicon classes(
#include "lexicon/organisation-classes.tsv.inc"
  );
  std::string_view v = classes.value(low);
  const size_t sp = v.find(' ');
  if (sp == std::string_view::npos) return v;
  return head ? std::string_view() : v.substr(0, sp);
}

std::string organisation_word(std::string_view word) {
  std::string low = util::ascii_lower(strip_possessive(word));
  while (!low.empty() && (low.back() == '.' || low.back() == ',')) low.pop_back();
  return low;
}

bool name_has_class_word(std::string_view name, std::string_view head, std::string_view cls,
                         bool* any_class) {
  if (any_class) *any_class = false;
  size_t pos = 0;
  while (pos < name.size()) {
    size_t end = pos;
    while (end < name.size() && name[end] != ' ' && name[end] != '-') ++end;
    const std::string word = organisation_word(name.substr(pos, end - pos));
    if (word == head) return true;
    const std::string_view wc = organisation_class(word, /*head=*/false);
    if (!wc.empty() && wc == cls) return true;
    if (any_class) *any_class |= !wc.empty();
    pos = end + 1;
  }
  return false;
}

// Per word: whether it lies inside double quotation marks (none open at a paragraph's start),
// and its narrative sentence index: sentences with no word outside quotation marks do not
// count, and a sentence that ends inside quotation marks runs on into the next.
void Resolver::index_narrative() {
  in_quote_.assign(words_.size(), 0);
  narrative_.assign(words_.size(), 0);
  int depth = 0;             // 1 inside double quotation marks, else 0
  size_t sent = 0;           // index into doc_.sentences
  uint32_t narrative = 0;    // narrative sentences finished before the current one
  bool has_outside = false;  // the current sentence has a word outside quotation marks
  for (size_t k = 0; k < words_.size(); ++k) {
    const scan::Word& w = words_[k];
    size_t s = sent;
    while (s < doc_.sentences.size() && doc_.sentences[s].token_end <= w.token) ++s;
    if (w.newline_before) depth = 0;
    // A sentence that ends inside quotation marks ("… “A. B,” said X") goes on to the next.
    if (s != sent && depth == 0) {
      if (has_outside) ++narrative;
      has_outside = false;
    }
    sent = s;
    // Double marks do not nest. One that opens inside a quotation after a comma closes it
    // ("… the industry, " Eric Abensur said"); after anything else it starts a new piece of a
    // quotation left unclosed ("… resign. "He has talked to me.").
    const bool dbl = w.style == scan::QuoteStyle::kDouble;
    bool closes = dbl && w.kind == scan::Kind::kCloseQuote;
    if (dbl && w.kind == scan::Kind::kOpenQuote) {
      if (depth > 0 && k > 0 && words_[k - 1].kind == scan::Kind::kPunct &&
          text_[words_[k - 1].begin] == ',')
        closes = true;
      else
        depth = 1;
    }
    in_quote_[k] = depth > 0 ? 1 : 0;
    if (closes) depth = 0;
    if (depth == 0 && w.kind == scan::Kind::kWord) has_outside = true;
    narrative_[k] = narrative;
  }
}

bool Resolver::word_is(size_t k, bool (*pred)(std::string_view)) {
  if (k >= words_.size() || words_[k].kind != scan::Kind::kWord) return false;
  return pred(
      util::ascii_lower(text_.substr(words_[k].begin, words_[k].end - words_[k].begin), buf_));
}

// Whether a speech verb follows word `k` (the end of a subject), after auxiliaries or an
// appositive between commas ("Cuban, who owns the Mavericks, said").
bool Resolver::speech_verb_after(size_t k) {
  size_t j = k + 1;
  if (j < words_.size() && scan::is_punct(text_, words_[j], ',')) {
    size_t c = j + 1;
    while (c < words_.size() && c < j + 16 && !scan::is_punct(text_, words_[c], ',') &&
           !scan::is_final_punct(text_, words_[c]) && words_[c].kind != scan::Kind::kOpenQuote)
      ++c;
    if (c >= words_.size() || !scan::is_punct(text_, words_[c], ',')) return false;
    j = c + 1;
  }
  while (j < words_.size() && j < k + 6 && word_is(j, between_subject_and_verb)) ++j;
  return word_is(j, is_speech_verb);
}

bool Resolver::after_inverted_speech_verb(size_t k) {
  return k >= 2 && word_is(k - 1, is_speech_verb) &&
         (words_[k - 2].kind == scan::Kind::kCloseQuote ||
          scan::is_punct(text_, words_[k - 2], ','));
}

// The grammatical role of the mention on words [first, last].
GrammaticalRole Resolver::role_of(size_t first, size_t last) {
  std::string_view tail = text_.substr(words_[last].begin, words_[last].end - words_[last].begin);
  const bool possessive = (tail.size() > 2 && (tail.substr(tail.size() - 2) == "'s" ||
                                               tail.substr(tail.size() - 2) == "s'")) ||
                          (tail.size() > 4 && tail.substr(tail.size() - 4) == "\xE2\x80\x99s");
  if (possessive) return GrammaticalRole::kOther;
  if (speech_verb_after(last)) return GrammaticalRole::kSpeaker;
  // Back over titles and descriptors before the name ("Tory leader Michael Howard").
  size_t p = first;
  while (p > 0) {
    const scan::Word& w = words_[p - 1];
    // The period of an abbreviated title or an initial ("Sen.", "J."), not a sentence's end.
    if (w.kind == scan::Kind::kPunct && text_[w.begin] == '.' && p >= 2 &&
        words_[p - 2].capitalized &&
        (words_[p - 2].end - words_[p - 2].begin == 1 ||
         title_words().count(util::ascii_lower(
             text_.substr(words_[p - 2].begin, words_[p - 2].end - words_[p - 2].begin), buf_)))) {
      --p;
      continue;
    }
    if (w.kind != scan::Kind::kWord) break;
    std::string_view low = util::ascii_lower(text_.substr(w.begin, w.end - w.begin), buf_);
    if (!(w.capitalized || title_words().count(low) || role_nouns().count(low) || low == "the" ||
          low == "a" || low == "an"))
      break;
    // "said Eric Kraus": an inverted speech verb is not a descriptor.
    if (is_speech_verb(low)) break;
    --p;
  }
  // "Ferguson's own goalscoring talisman Ruud van Nistelrooy is fit": a possessor and the
  // lower-case words of its description before the name belong to the name's phrase.
  bool possessor_phrase = false;
  if (p > 0) {
    size_t q = p;
    while (q > 0 && p - q < 4 && words_[q - 1].kind == scan::Kind::kWord &&
           !words_[q - 1].capitalized && !word_is(q - 1, [](std::string_view w) {
             return is_modifier_stop_word(w) || is_speech_verb(w) || is_article(w);
           }))
      --q;
    if (q < p && q > 0 && words_[q - 1].kind == scan::Kind::kWord && words_[q - 1].capitalized) {
      const std::string_view owner =
          text_.substr(words_[q - 1].begin, words_[q - 1].end - words_[q - 1].begin);
      if (strip_possessive(owner).size() < owner.size()) {
        p = q - 1;
        while (p > 0 && words_[p - 1].kind == scan::Kind::kWord && words_[p - 1].capitalized) --p;
        possessor_phrase = true;
      }
    }
  }
  // "The Rosneft announcement": a name between a determiner and a noun modifies the noun.
  if (!possessor_phrase && p < first && word_is(p, is_article) && !word_is(first, is_article) &&
      last + 1 < words_.size() && words_[last + 1].kind == scan::Kind::kWord &&
      !words_[last + 1].capitalized && !word_is(last + 1, is_speech_verb))
    return GrammaticalRole::kOther;
  if (p == 0 || words_[p].newline_before) {
    // "Carson: Cruz taking 'Benghazi' approach": a headline's source before a colon speaks.
    if (last + 1 < words_.size() && scan::is_punct(text_, words_[last + 1], ':'))
      return GrammaticalRole::kSpeaker;
    return GrammaticalRole::kSubject;
  }
  const scan::Word& before = words_[p - 1];
  if (before.kind == scan::Kind::kOpenQuote || before.kind == scan::Kind::kCloseQuote)
    return GrammaticalRole::kSubject;
  if (before.kind == scan::Kind::kPunct) {
    if (text_[before.begin] == ',' && p >= 2 && word_is(p - 2, is_speech_verb) && p >= 3 &&
        (words_[p - 3].kind == scan::Kind::kCloseQuote ||
         scan::is_punct(text_, words_[p - 3], ',')))
      return GrammaticalRole::kSpeaker;
    return scan::is_final_punct(text_, before) || text_[before.begin] == ',' ||
                   text_[before.begin] == ';' || text_[before.begin] == ':'
               ? GrammaticalRole::kSubject
               : GrammaticalRole::kOther;
  }
  if (before.kind != scan::Kind::kWord) return GrammaticalRole::kOther;
  // "…,” said Cuban": an inverted speech verb after the quotation.
  if (word_is(p - 1, is_speech_verb))
    return after_inverted_speech_verb(p) ? GrammaticalRole::kSpeaker : GrammaticalRole::kObject;
  // "particularly Wayne Rooney and Cristiano Ronaldo": the second of two coordinated names has
  // the first's role, not a new clause's subject.
  if (p >= 2 && word_is(p - 1, [](std::string_view w) { return w == "and" || w == "or"; }) &&
      words_[p - 2].kind == scan::Kind::kWord && words_[p - 2].capitalized) {
    size_t s = p - 2;
    while (s > 0 && words_[s - 1].kind == scan::Kind::kWord && words_[s - 1].capitalized) --s;
    return role_of(s, p - 2);
  }
  if (word_is(p - 1, clause_opener)) return GrammaticalRole::kSubject;
  if (word_is(p - 1, preposition)) return GrammaticalRole::kOther;
  return GrammaticalRole::kObject;
}

}  // namespace newsgraph::resolve
