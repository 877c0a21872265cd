// Quote extraction. Per paragraph: pair quotation marks into quote spans; find cue words outside
// them; for each cue find its source (the subject before it, an inverted subject after it, or
// the noun phrase after "according to") and its content (an adjacent quote, a split quote on
// both sides, the clause after the cue, or the clause before ", X said"). Quote spans left
// without a cue become direct quotes whose speaker continues from the previous quote.
#include "newsgraph/quotes.h"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "newsgraph/resolve.h"
#include "quotes/cue_model.h"
#include "quotes/lexicon.h"
#include "quotes/scan.h"

namespace newsgraph {
namespace {

using scan::Kind;
using scan::Word;
using quotes::CueClass;
using quotes::CueForm;
using quotes::CueInfo;

const std::unordered_set<std::string_view>& aux_words() {
  static const std::unordered_set<std::string_view> s = {
      "also", "has", "have", "had", "would", "will", "could", "did", "does", "do", "not",
      "never", "later", "then", "previously", "recently", "repeatedly", "once", "reportedly",
      "publicly", "privately", "quickly", "further", "again", "often", "frequently", "long",
      "earlier", "already", "still", "even", "just", "first", "initially", "flatly",
      "might", "may", "can", "should", "must", "is", "was", "are", "were", "be", "been",
      "previously", "openly", "simply", "repeatedly", "clearly", "specifically", "explicitly",
      "directly", "correctly", "falsely", "rightly", "wrongly", "recently", "widely", "generally",
      "always", "sometimes", "allegedly", "apparently", "actually", "really", "only", "subsequently",
      "finally", "separately", "elsewhere", "privately", "had", "n't", "never", "too",
      "doesn't", "don't", "didn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't",
      "hasn't", "haven't", "hadn't", "doesn\u2019t", "don\u2019t", "didn\u2019t", "won\u2019t",
      "wouldn\u2019t", "can\u2019t", "couldn\u2019t", "isn\u2019t", "wasn\u2019t",
      "hasn\u2019t", "haven\u2019t", "hadn\u2019t"};
  return s;
}

// Words that end a subject noun phrase when scanning away from the cue.
const std::unordered_set<std::string_view>& np_stop_words() {
  static const std::unordered_set<std::string_view> s = {
      "that", "which", "who", "whom", "whose", "but", "or", "because", "when", "while", "if",
      "as", "than", "so", "after", "before", "since", "though", "although", "where", "what",
      "how", "why", "whether", "to", "said", "says", "say", "told", "and", "nor", "yet",
      "until", "unless", "once", "has", "have", "had", "is", "was", "are", "were", "will",
      "would", "could", "should", "can", "may", "might", "did", "does", "do", "be", "been",
      "not", "in", "on", "at", "by", "for", "with", "from", "during", "into", "about",
      "over", "under", "against", "without", "through", "across", "of", "this", "these",
      "those", "there", "here", "then", "now", "also", "however", "meanwhile", "instead",
      "referring", "adding", "citing", "noting", "saying", "calling", "arguing", "according"};
  return s;
}

const std::unordered_set<std::string_view>& after_cue_skip() {
  static const std::unordered_set<std::string_view> s = {
      "on", "in", "at", "during", "last", "this", "earlier", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "recently",
      "later", "repeatedly", "again", "privately", "publicly", "late", "early", "before",
      "after", "afterward", "afterwards", "via", "through", "over", "separately", "previously",
      "while", "when", "as", "to", "about", "of"};
  return s;
}

// Words after which a cue word is a noun ("the state", "his claim", "a report").
const std::unordered_set<std::string_view>& noun_markers() {
  static const std::unordered_set<std::string_view> s = {
      "a", "an", "the", "this", "his", "her", "their", "its", "our", "my", "your", "whose",
      "every", "each", "no", "any", "new", "first", "last", "latest", "next", "final", "same",
      "public", "official", "written", "joint", "early", "recent", "own", "that", "these",
      "those", "such", "annual", "weekly", "daily", "news", "press", "tv", "television"};
  return s;
}

const std::unordered_set<std::string_view>& pronouns() {
  static const std::unordered_set<std::string_view> s = {"he", "she", "they", "it", "we", "i",
                                                          "you", "one"};
  return s;
}

const std::unordered_set<std::string_view>& determiners() {
  static const std::unordered_set<std::string_view> s = {
      "a", "an", "the", "another", "one", "two", "three", "some", "many", "most", "several",
      "his", "her", "their", "its", "our", "other", "senior", "top", "former", "both"};
  return s;
}

const std::unordered_set<std::string_view>& abbreviations() {
  static const std::unordered_set<std::string_view> s = {
      "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "sgt",
      "capt", "prof", "inc", "co", "corp", "no", "vs", "ft", "mt", "rev", "hon", "u.s", "jan",
      "feb", "aug", "sept", "sep", "oct", "nov", "dec", "ltd", "e.g", "i.e", "a.m", "p.m",
      "d.c", "u.k", "u.n", "adm", "cmdr", "gov", "pres", "supt", "messrs", "etc", "al"};
  return s;
}

// A pair of quotation marks (or an unterminated one) and what it encloses.
struct QuoteSpan {
  size_t open = 0;   // word index of the opening mark
  size_t close = 0;  // word index of the closing mark; == end word + 1 position when unterminated
  bool terminated = true;
  Span content;      // text between the marks, whitespace trimmed
  size_t first_word = 0, last_word = 0;  // content words [first, last]
  bool used = false;
};

class Extractor {
 public:
  Extractor(Document& doc, const quotes::CueModel* cue_model)
      : doc_(doc), text_(doc.text), cue_model_(cue_model) {}

  void run() {
    scan::scan_words(text_, 0, static_cast<uint32_t>(text_.size()), words_);
    if (words_.empty()) return;
    mark_paragraphs_and_sentences();
    pair_quotes();
    find_cues();
    float_quotes();
    finish();
    drop_embedded();
  }

  // For training the cue model: every candidate word and its features.
  void collect(const quotes::CueModel& model, std::vector<quotes::CueCandidate>& out) {
    out.clear();
    scan::scan_words(text_, 0, static_cast<uint32_t>(text_.size()), words_);
    if (words_.empty()) return;
    mark_paragraphs_and_sentences();
    pair_quotes();
    for (size_t k = 0; k < words_.size(); ++k) {
      if (!is_cue_candidate(k)) continue;
      out.emplace_back();
      out.back().word = Span{words_[k].begin, words_[k].end};
      model.features(cue_sentence(k), k, out.back().features);
    }
  }

 private:
  std::string_view word_text(size_t k) const {
    return std::string_view(text_).substr(words_[k].begin, words_[k].end - words_[k].begin);
  }
  std::string_view low(size_t k) { return scan::lower(word_text(k), buf_); }
  bool is_word(size_t k) const { return words_[k].kind == Kind::kWord; }
  bool is_quote_mark(size_t k) const {
    return words_[k].kind == Kind::kOpenQuote || words_[k].kind == Kind::kCloseQuote;
  }
  bool punct(size_t k, char c) const { return scan::is_punct(text_, words_[k], c); }

  void mark_paragraphs_and_sentences() {
    size_t n = words_.size();
    para_.assign(n, 0);
    sent_.assign(n, 0);
    uint32_t p = 0;
    for (size_t k = 0; k < n; ++k) {
      if (k > 0 && words_[k].newline_before) ++p;
      para_[k] = p;
    }
    if (!doc_.sentences.empty()) {
      size_t si = 0;
      uint32_t s = 0;
      size_t prev_si = 0;
      for (size_t k = 0; k < n; ++k) {
        while (si + 1 < doc_.sentences.size() && doc_.sentences[si].span.end <= words_[k].begin)
          ++si;
        if (k > 0 && (si != prev_si || para_[k] != para_[k - 1])) ++s;
        prev_si = si;
        sent_[k] = s;
      }
    } else {
      uint32_t s = 0;
      for (size_t k = 0; k < n; ++k) {
        if (k > 0 && para_[k] != para_[k - 1]) ++s;
        sent_[k] = s;
        if (ends_sentence(k)) {
          // Closing marks and brackets that follow the final punctuation stay with it.
          size_t j = k + 1;
          while (j < n && para_[j] == para_[k] &&
                 (words_[j].kind == Kind::kCloseQuote || punct(j, ')'))) {
            sent_[j] = s;
            ++j;
          }
          if (j < n && para_[j] == para_[k]) {
            const Word& nx = words_[j];
            if (nx.capitalized || nx.kind == Kind::kOpenQuote ||
                (nx.kind == Kind::kWord && text_[nx.begin] >= '0' && text_[nx.begin] <= '9') ||
                static_cast<unsigned char>(text_[nx.begin]) >= 0x80)
              ++s;
          }
          k = j - 1;
        }
      }
    }
    // Sentence word ranges.
    sent_begin_.assign(n, 0);
    sent_end_.assign(n, 0);
    size_t start = 0;
    for (size_t k = 1; k <= n; ++k) {
      if (k == n || sent_[k] != sent_[start]) {
        for (size_t j = start; j < k; ++j) {
          sent_begin_[j] = start;
          sent_end_[j] = k;
        }
        start = k;
      }
    }
  }

  bool ends_sentence(size_t k) {
    if (!scan::is_final_punct(text_, words_[k])) return false;
    return !abbreviation_period(k);  // "Mr." and initials ("J.") end no sentence
  }

  void pair_quotes() {
    size_t n = words_.size();
    in_quote_.assign(n, -1);
    size_t k = 0;
    while (k < n) {
      size_t pend = k;
      while (pend < n && para_[pend] == para_[k]) ++pend;
      bool has_double = false;
      for (size_t j = k; j < pend; ++j)
        if (is_quote_mark(j) && words_[j].style == scan::QuoteStyle::kDouble) has_double = true;
      scan::QuoteStyle style = has_double ? scan::QuoteStyle::kDouble : scan::QuoteStyle::kSingle;
      long open = -1;
      for (size_t j = k; j < pend; ++j) {
        if (!is_quote_mark(j) || words_[j].style != style) continue;
        bool straight = text_[words_[j].begin] == '"' || text_[words_[j].begin] == '\'';
        if (open < 0) {
          if (words_[j].kind == Kind::kOpenQuote ||
              (straight && j + 1 < pend && words_[j + 1].begin == words_[j].end))
            open = static_cast<long>(j);
          continue;
        }
        if (words_[j].kind == Kind::kCloseQuote || straight) {
          add_span(static_cast<size_t>(open), j, true);
          open = -1;
        } else {
          // A new opening mark while one is open: the first one was never closed.
          if (style == scan::QuoteStyle::kDouble && j > static_cast<size_t>(open) + 1) {
            add_span(static_cast<size_t>(open), j, false);
          }
          open = static_cast<long>(j);
        }
      }
      if (open >= 0 && static_cast<size_t>(open) + 1 < pend)
        add_span(static_cast<size_t>(open), pend, false);
      k = pend;
    }
    // Multi-paragraph quotes: an unterminated quote continues into the next paragraph when
    // that paragraph opens with a quotation mark.
    std::vector<QuoteSpan> merged;
    for (const QuoteSpan& q : qspans_) {
      if (!merged.empty()) {
        QuoteSpan& m = merged.back();
        if (!m.terminated && m.close == q.open && words_[q.open].newline_before &&
            para_[q.open] == para_[m.last_word] + 1 && transcript_label_end(q) == 0) {
          m.close = q.close;
          m.terminated = q.terminated;
          m.content.end = q.content.end;
          m.last_word = q.last_word;
          continue;
        }
      }
      merged.push_back(q);
    }
    qspans_ = std::move(merged);
    for (size_t i = 0; i < qspans_.size(); ++i)
      for (size_t j = qspans_[i].open; j <= qspans_[i].last_word && j < n; ++j)
        in_quote_[j] = static_cast<int>(i);
    for (size_t i = 0; i < qspans_.size(); ++i)
      if (qspans_[i].terminated && qspans_[i].close < n)
        in_quote_[qspans_[i].close] = static_cast<int>(i);
  }

  // A transcript turn inside quotation marks ("“PENCE: Well, …"): the index of the colon after
  // the upper-case label that opens the quote, or 0 when there is none.
  size_t transcript_label_end(const QuoteSpan& q) const {
    size_t c = q.first_word;
    while (c < q.last_word && c < q.first_word + 3 && is_word(c) && all_caps(c)) ++c;
    return c > q.first_word && c < q.last_word && punct(c, ':') ? c : 0;
  }

  bool all_caps(size_t k) const {
    if (words_[k].end - words_[k].begin < 2) return false;
    for (uint32_t b = words_[k].begin; b < words_[k].end; ++b)
      if (text_[b] < 'A' || text_[b] > 'Z') return false;
    return true;
  }

  void add_span(size_t open, size_t close, bool terminated) {
    if (close <= open + 1) return;
    QuoteSpan q;
    q.open = open;
    q.close = close;
    q.terminated = terminated;
    q.first_word = open + 1;
    q.last_word = close - 1;
    q.content = Span{words_[q.first_word].begin, words_[q.last_word].end};
    qspans_.push_back(q);
  }

  size_t content_words(size_t first, size_t last) const {
    size_t c = 0;
    for (size_t k = first; k <= last && k < words_.size(); ++k) c += is_word(k);
    return c;
  }

  // The subject noun phrase ending at word `last` (inclusive), scanning back no further than
  // `floor`. Returns false when there is none.
  bool np_before(size_t last, size_t floor, size_t* np_begin) {
    if (!is_word(last) || in_quote_[last] >= 0) return false;
    std::string_view head = low(last);
    if (np_stop_words().count(head) || aux_words().count(head) || noun_markers().count(head))
      return false;
    if (head.size() > 2 && head.substr(head.size() - 2) == "ly" && !words_[last].capitalized)
      return false;
    size_t b = last;
    while (b > floor && last - b < 8) {
      size_t j = b - 1;
      // "Mr. Lou", "Sen. Warren", "Joseph R. Biden Jr.": a period that ends an abbreviation.
      if (j > floor && abbreviation_period(j)) {
        b = j;
        continue;
      }
      if (!is_word(j) || in_quote_[j] >= 0) break;
      std::string_view w = low(j);
      if (w == "and" && j > floor && words_[j - 1].capitalized && words_[j + 1].capitalized) {
        b = j;
        continue;
      }
      if (np_stop_words().count(w) && !(w == "of" || w == "for" || w == "at" || w == "in"))
        break;
      if ((w == "of" || w == "for" || w == "at" || w == "in") &&
          !(j > floor && is_word(j - 1) && !np_stop_words().count(low(j - 1))))
        break;
      if (w == "in" || w == "at" || w == "for" || w == "of") {
        // "a diplomat in the region", "an expert at X": keep only inside a phrase that starts
        // with a determiner or capitalized word; the loop continues and we check at the end.
      }
      b = j;
    }
    // Trim leading prepositional pieces: if the phrase starts with a lower-case non-determiner
    // word before a capitalized one, keep from the first determiner/capitalized word.
    while (b < last) {
      std::string_view w = low(b);
      if (w == "of" || w == "for" || w == "at" || w == "in") {
        ++b;
        continue;
      }
      break;
    }
    // A phrase that opens with a lower-case verb or preposition ("defending his tweets",
    // "help Mr. Putin") is the end of another clause, not a subject.
    if (!words_[b].capitalized && b < last) {
      std::string_view w = low(b);
      char c0 = w.empty() ? ' ' : w[0];
      bool ok = determiners().count(w) || pronouns().count(w) || (c0 >= '0' && c0 <= '9') ||
                (w.size() > 3 && w.back() == 's' && w.substr(w.size() - 3) != "ing");
      if (!ok && b > floor && is_word(b - 1) && !np_stop_words().count(low(b - 1))) return false;
      if (!ok && w.size() > 4 && w.substr(w.size() - 3) == "ing") return false;
    }
    *np_begin = b;
    return true;
  }

  // Inverted subject after the cue ("said Pedram", "said a Western diplomat").
  bool np_after(size_t first, size_t ceiling, size_t* np_end, bool any_start = false) {
    if (first >= ceiling || !is_word(first) || in_quote_[first] >= 0) return false;
    std::string_view w0 = low(first);
    if (!any_start &&
        !(words_[first].capitalized || determiners().count(w0) || pronouns().count(w0))) {
      // "said retired neurosurgeon Ben Carson": lower-case descriptors before a name.
      bool name_follows = false;
      for (size_t k = first + 1; k < ceiling && k <= first + 3 && is_word(k); ++k)
        if (words_[k].capitalized) name_follows = true;
      if (!name_follows) return false;
    }
    if (w0 == "it" || w0 == "that" || w0 == "this") return false;
    size_t e = first;
    while (e + 1 < ceiling && e - first < 8) {
      size_t j = e + 1;
      if (abbreviation_period(j) && j + 1 < ceiling && is_word(j + 1) &&
          words_[j + 1].capitalized) {
        e = j + 1;
        continue;
      }
      if (!is_word(j) || in_quote_[j] >= 0) break;
      std::string_view w = low(j);
      if (np_stop_words().count(w) && w != "of") break;
      e = j;
    }
    *np_end = e;
    return true;
  }

  bool is_cue_start(size_t k, CueInfo* info, size_t* cue_end) {
    std::string_view w = low(k);
    *cue_end = k;
    if (w == "according") {
      if (k + 1 < words_.size() && low(k + 1) == "to") {
        *cue_end = k + 1;
        info->cls = CueClass::kSpeech;
        info->form = CueForm::kBase;
        return true;
      }
      return false;
    }
    // A capitalized cue word inside a sentence is part of a name ("United States", "The Post").
    if (words_[k].capitalized && k > 0 && is_word(k - 1) && low(k - 1) == "united") return false;
    // Forms that are mostly nouns or not reporting ("the state", "a note", "continues to").
    if (w == "state" || w == "states" || w == "post" || w == "posts" || w == "note" ||
        w == "remarks" || w == "continues" || w == "known")
      return false;
    *info = quotes::lookup_cue(w);
    if (info->cls == CueClass::kNone)
      return (cue_model_ && learned_cue(k, info)) || unlisted_verb_before_that(k, info);
    if (w == "point" || w == "points" || w == "pointed" || w == "pointing") {
      if (k + 1 < words_.size() && low(k + 1) == "out") {
        *cue_end = k + 1;
        return true;
      }
      if (k + 1 < words_.size() && low(k + 1) == "to" && w != "point") {
        // "pointed to the polls": what is pointed to is the content.
        *cue_end = k + 1;
        info->cls = CueClass::kStance;
        return true;
      }
      return false;
    }
    if (w == "spoke" || w == "speak" || w == "speaks" || w == "speaking" || w == "spoken")
      return false;  // speaking rarely introduces content directly
    return true;
  }

  // Words the learned cue model judges: lower-case words outside quotation marks that the cue
  // inventory does not list.
  bool is_cue_candidate(size_t k) {
    return is_lower_content_word(k) && quotes::lookup_cue(low(k)).cls == CueClass::kNone;
  }

  // A lower-case word outside quotation marks that is not a function word.
  bool is_lower_content_word(size_t k) {
    if (!is_word(k) || in_quote_[k] >= 0 || words_[k].capitalized) return false;
    const unsigned char c = static_cast<unsigned char>(text_[words_[k].begin]);
    if (c < 'a' || c > 'z') return false;
    std::string_view w = low(k);
    return !(aux_words().count(w) || np_stop_words().count(w) || determiners().count(w) ||
             pronouns().count(w));
  }

  // The sentence around word k as the cue model reads it (bounded for runaway sentences).
  quotes::CueSentence cue_sentence(size_t k) const {
    quotes::CueSentence s;
    s.text = text_;
    s.words = &words_;
    s.in_quote = &in_quote_;
    s.begin = std::max(sent_begin_[k], k > kFeatureWindow ? k - kFeatureWindow : 0);
    s.end = std::min(sent_end_[k], k + kFeatureWindow);
    return s;
  }

  // A word outside the inventory (the caller has looked it up) that the learned model calls a
  // cue. Its class follows from what comes after it: a "that" clause is reported speech,
  // anything else its object.
  bool learned_cue(size_t k, CueInfo* info) {
    if (!is_lower_content_word(k)) return false;
    cue_model_->features(cue_sentence(k), k, features_);
    if (cue_model_->score(features_) <= cue_model_->threshold()) return false;
    std::string_view w = low(k);
    const auto ends = [&](std::string_view suffix) {
      return w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix;
    };
    info->form = ends("ing") ? CueForm::kGerund
                 : ends("ed") ? CueForm::kPast
                 : ends("s")  ? CueForm::kThird
                              : CueForm::kBase;
    bool that = false;
    for (size_t j = k + 1; j < sent_end_[k] && j < k + 6; ++j)
      if (is_word(j) && low(j) == "that") that = true;
    info->cls = that ? CueClass::kReport : CueClass::kStance;
    info->takes_object = false;
    return true;
  }

  // A verb outside the lexicon used as one: a lower-case past or third-person form between a
  // name or pronoun and "that" ("Cruz quipped that …", "she reckons that …").
  bool unlisted_verb_before_that(size_t k, CueInfo* info) {
    if (k == 0 || k + 1 >= words_.size() || words_[k].capitalized) return false;
    if (!is_word(k + 1) || low(k + 1) != "that" || !is_word(k - 1) || in_quote_[k - 1] >= 0)
      return false;
    std::string_view w = low(k);
    const bool past = w.size() > 4 && w.substr(w.size() - 2) == "ed";
    const bool third = w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' &&
                       w[w.size() - 2] != 'u';
    if (!past && !third) return false;
    std::string_view prev = low(k - 1);
    if (!(words_[k - 1].capitalized || pronouns().count(prev)) || prev == "it" ||
        noun_markers().count(prev) || determiners().count(prev))
      return false;
    info->cls = CueClass::kReport;
    info->form = past ? CueForm::kPast : CueForm::kThird;
    info->takes_object = false;
    return true;
  }

  // "In a CNN poll released Monday, 50 percent chose Clinton": a sentence opening with a
  // document or survey; the clause after the comma is what it says, unless that clause has a
  // reporting verb of its own ("In a statement, the campaign said …").
  void document_lead(size_t in) {
    static const std::unordered_set<std::string_view> kDocuments = {
        "poll", "survey", "statement", "interview", "letter", "report", "memo", "tweet",
        "post", "book", "speech", "email", "op-ed", "column", "editorial", "essay", "article",
        "video", "ad", "message", "filing", "release", "study", "analysis", "polls", "surveys",
        "remarks", "comments", "testimony"};
    const size_t se = std::min(sent_end_[in], in + kWindow);
    size_t comma = in + 1;
    while (comma < se && comma < in + 14 && is_word(comma) && in_quote_[comma] < 0) ++comma;
    if (comma >= se || !punct(comma, ',') || comma < in + 3) return;
    if (!determiners().count(low(in + 1)) && !noun_markers().count(low(in + 1))) return;
    size_t noun = comma;
    for (size_t k = in + 2; k < comma; ++k)
      if (kDocuments.count(low(k))) {
        noun = k;
        break;
      }
    if (noun == comma) return;
    size_t first = comma + 1, last = se - 1;
    while (last > first && (scan::is_final_punct(text_, words_[last]) ||
                            (is_quote_mark(last) && in_quote_[last] < 0)))
      --last;
    if (last <= first || content_words(first, last) < 4) return;
    for (size_t k = first; k <= last; ++k)
      if (is_word(k) && in_quote_[k] < 0 && is_cue_word(word_text(k))) return;
    emit(indirect_type(first, last), Span{words_[first].begin, words_[last].end},
         Span{words_[in].begin, words_[in].end}, Span{words_[in + 1].begin, words_[noun].end},
         speaker_entity(in + 1, noun));
    mark_used(first, last);
  }

  // Headline style "Graham: Trump’s rhetoric is destroying the party." — a short name, a colon,
  // and the statement, at the start of a paragraph.
  void colon_attribution(size_t colon) {
    size_t start = colon;
    while (start > 0 && para_[start - 1] == para_[colon] && colon - start < 6) --start;
    if (start > 0 && para_[start - 1] == para_[colon]) return;
    if (start == colon || !words_[start].capitalized) return;
    for (size_t k = start; k < colon; ++k)
      if (!is_word(k) || in_quote_[k] >= 0 || is_cue_word(word_text(k))) return;
    std::string_view w = low(start);
    if (w == "update" || w == "note" || w == "editor" || w == "editor’s" || w == "photo" ||
        w == "video" || w == "watch" || w == "read" || w == "source" || w == "sources" ||
        w == "related" || w == "correction" || w == "q" || w == "a" || w == "transcript")
      return;
    // "The Latest: Trump urges …" names a running story, not a speaker.
    if (colon == start + 2 && w == "the" && low(start + 1) == "latest") return;
    // "Little Relief for Refugees: …", "Veto Power Impedes Peace Efforts: …" are section heads:
    // longer than a name, or with lower-case words no name has.
    size_t name_words = 0;
    for (size_t k = start; k < colon; ++k) {
      if (!is_word(k)) continue;
      ++name_words;
      std::string_view lw = low(k);
      if (!words_[k].capitalized && lw != "de" && lw != "van" && lw != "von" && lw != "al" &&
          lw != "bin" && lw != "da" && lw != "la" && lw != "le")
        return;
    }
    if (name_words > 3) return;
    // The statement runs to the end of the paragraph (transcripts: "WALLACE: … … …").
    size_t se = colon + 1;
    while (se < words_.size() && para_[se] == para_[colon] && se < colon + kWindow) ++se;
    size_t first = colon + 1, last = se - 1;
    if (first >= words_.size() || para_[first] != para_[colon]) return;
    while (last > first && (scan::is_final_punct(text_, words_[last]) ||
                            (is_quote_mark(last) && in_quote_[last] < 0)))
      --last;
    if (last <= first || content_words(first, last) < 3) return;
    if (is_quote_mark(first) && in_quote_[first] >= 0) {
      QuoteSpan& q = qspans_[static_cast<size_t>(in_quote_[first])];
      if (q.used) return;
      q.used = true;
      emit(QuoteType::kDirect, q.content, Span{words_[colon].begin, words_[colon].end},
           Span{words_[start].begin, words_[colon - 1].end}, speaker_entity(start, colon - 1));
      return;
    }
    emit(indirect_type(first, last), Span{words_[first].begin, words_[last].end},
         Span{words_[colon].begin, words_[colon].end}, Span{words_[start].begin, words_[colon - 1].end},
         speaker_entity(start, colon - 1));
    mark_used(first, last);
  }

  // A paragraph in title case ("Clinton Hid Health Problems, Former Doctor Says."): every
  // word capitalized but short function words, no more than kHeadlineWords words.
  bool is_title_case(size_t first, size_t end) {
    size_t words = 0, lower = 0;
    for (size_t k = first; k < end; ++k) {
      if (!is_word(k)) continue;
      if (++words > kHeadlineWords) return false;
      const unsigned char c = static_cast<unsigned char>(text_[words_[k].begin]);
      if (c < 'a' || c > 'z') continue;
      std::string_view w = low(k);
      static const std::unordered_set<std::string_view> kSmall = {
          "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "with", "at",
          "by", "from", "as", "vs", "over", "up", "into", "is"};
      if (!kSmall.count(w)) ++lower;
    }
    return words >= 4 && lower == 0;
  }

  // Headlines put the source first ("Chris Christie Calls Clinton ‘A Disgrace’") or last after
  // a comma ("…, Former White House Doctor Says."); capitals mark no names there, so the
  // subject rules do not apply. Returns the word index where cue search may resume.
  size_t headline_attribution(size_t first) {
    size_t end = first;
    while (end < words_.size() && para_[end] == para_[first]) ++end;
    if (!is_title_case(first, end)) return first;
    size_t last = end - 1;
    while (last > first && (scan::is_final_punct(text_, words_[last]) ||
                            (is_quote_mark(last) && in_quote_[last] < 0)))
      --last;
    for (size_t k = first + 1; k <= last; ++k) {
      if (!is_word(k) || in_quote_[k] >= 0) continue;
      const CueInfo info = quotes::lookup_cue(low(k));
      if (info.cls == CueClass::kNone || info.form != CueForm::kThird) continue;
      Span cue{words_[k].begin, words_[k].end};
      if (k == last && !punct(k - 1, ',')) {
        // "…, Lindsey Graham Says.": the source between the last comma and the cue.
        size_t comma = k - 1;
        while (comma > first && !punct(comma, ',') && k - comma < 8) --comma;
        if (!punct(comma, ',') || comma + 1 >= k || comma <= first) return first;
        emit(indirect_type(first, comma - 1), Span{words_[first].begin, words_[comma - 1].end},
             cue, Span{words_[comma + 1].begin, words_[k - 1].end},
             speaker_entity(comma + 1, k - 1));
        mark_used(first, comma - 1);
        return end;
      }
      if (k - first > 5 || last - k < 2) return first;
      // "Chris Christie Calls Clinton ‘A Disgrace’": source, cue, content.
      emit(indirect_type(k + 1, last), Span{words_[k + 1].begin, words_[last].end}, cue,
           Span{words_[first].begin, words_[k - 1].end}, speaker_entity(first, k - 1));
      mark_used(k + 1, last);
      return end;
    }
    return first;
  }

  void find_cues() {
    size_t n = words_.size();
    for (size_t k = 0; k < n; ++k) {
      if (k == 0 || para_[k] != para_[k - 1]) {
        const size_t resume = headline_attribution(k);
        if (resume != k) {
          k = resume - 1;  // the next paragraph
          continue;
        }
      }
      if (punct(k, ':') && in_quote_[k] < 0 && k > 0 && k + 1 < n) colon_attribution(k);
      if (!is_word(k) || in_quote_[k] >= 0) continue;
      if (k == sent_begin_[k] && words_[k].capitalized && low(k) == "in") document_lead(k);
      CueInfo info;
      size_t cue_end = k;
      if (!is_cue_start(k, &info, &cue_end)) continue;
      handle_cue(k, cue_end, info);
      k = cue_end;
    }
  }

  // The period of "Mr." or of an initial ("J."), which does not end the sentence.
  bool abbreviation_period(size_t k) {
    if (!punct(k, '.') || k == 0 || !is_word(k - 1) || words_[k - 1].end != words_[k].begin)
      return false;
    return abbreviations().count(low(k - 1)) > 0 ||
           (words_[k - 1].end - words_[k - 1].begin == 1 && words_[k - 1].capitalized);
  }

  // "successfully argued", "angrily denied": a lower-case -ly adverb (not a noun like "rally").
  bool is_manner_adverb(size_t k) {
    if (words_[k].capitalized) return false;
    std::string_view w = low(k);
    if (w.size() < 6 || w.substr(w.size() - 2) != "ly") return false;
    static const std::unordered_set<std::string_view> kNouns = {
        "family", "supply", "assembly", "anomaly", "monopoly", "butterfly", "italy", "rally"};
    return !kNouns.count(w);
  }

  // Skips adverbs and auxiliaries before the cue; returns the index of the word before them.
  long skip_aux_back(size_t cue, size_t floor) {
    long j = static_cast<long>(cue) - 1;
    // "Sen. Bernie Sanders (I-Vt.) said": skip a parenthesis.
    if (j > static_cast<long>(floor) && punct(static_cast<size_t>(j), ')')) {
      long k = j - 1;
      while (k > static_cast<long>(floor) && j - k < 12 && !punct(static_cast<size_t>(k), '(')) --k;
      if (k > static_cast<long>(floor) && punct(static_cast<size_t>(k), '(')) j = k - 1;
    }
    while (j >= static_cast<long>(floor) && is_word(static_cast<size_t>(j)) &&
           in_quote_[static_cast<size_t>(j)] < 0 &&
           (aux_words().count(low(static_cast<size_t>(j))) || is_manner_adverb(static_cast<size_t>(j))))
      --j;
    return j;
  }

  struct Found {
    bool ok = false;
    size_t np_first = 0, np_last = 0;  // source words
    // For a relative pronoun source ("who"), the phrase it stands for; else SIZE_MAX.
    size_t antecedent_first = SIZE_MAX, antecedent_last = SIZE_MAX;
  };

  void handle_cue(size_t cue, size_t cue_end, const CueInfo& info) {
    // Runaway "sentences" (no punctuation for pages) are cut to a window around the cue.
    const size_t sb = std::max(sent_begin_[cue], cue > kWindow ? cue - kWindow : 0);
    const size_t se = std::min(sent_end_[cue], cue_end + kWindow);
    const bool according = low(cue) == "according";
    Found src;
    if (cue == sb && low(cue) == "asked") {
      // "Asked about the wall, Trump said …": the question up to the comma; the asker is not
      // named, the one asked is the subject after the comma.
      size_t comma = cue_end + 1;
      while (comma < se && comma < cue_end + 30 && !punct(comma, ',')) ++comma;
      size_t e;
      if (comma + 1 < se && punct(comma, ',') && comma > cue_end + 1 &&
          np_after(comma + 1, se, &e)) {
        Span m{words_[comma + 1].begin, words_[e].end};
        emit(QuoteType::kIndirect, Span{words_[cue_end + 1].begin, words_[comma - 1].end},
             Span{words_[cue].begin, words_[cue_end].end}, m, speaker_entity(comma + 1, e));
      }
      return;
    }
    // --- source ---
    if (according) {
      size_t e;
      if (cue_end + 1 < se && np_after(cue_end + 1, se, &e, /*any_start=*/true)) {
        src = {true, cue_end + 1, e};
      } else {
        return;
      }
    } else {
      long j = skip_aux_back(cue, sb);
      size_t b;
      // "The campaign on Monday said": a time phrase between subject and cue is skipped.
      for (int hops = 0; hops < 2 && j > static_cast<long>(sb) && is_time_word(static_cast<size_t>(j));
           ++hops) {
        long t = j;
        while (t > static_cast<long>(sb) && is_time_word(static_cast<size_t>(t))) --t;
        if (is_word(static_cast<size_t>(t)) && (low(static_cast<size_t>(t)) == "on" ||
                                                 low(static_cast<size_t>(t)) == "last" ||
                                                 low(static_cast<size_t>(t)) == "this" ||
                                                 low(static_cast<size_t>(t)) == "late" ||
                                                 low(static_cast<size_t>(t)) == "early"))
          --t;
        if (t == j || t < static_cast<long>(sb) || !is_word(static_cast<size_t>(t))) break;
        j = t;
        while (j >= static_cast<long>(sb) && is_word(static_cast<size_t>(j)) &&
               aux_words().count(low(static_cast<size_t>(j))))
          --j;
      }
      if (j >= static_cast<long>(sb) && np_before(static_cast<size_t>(j), sb, &b)) {
        // Drop time words at the start of the phrase ("Tuesday Trump said").
        while (b < static_cast<size_t>(j) && is_time_word(b)) ++b;
        src = {true, b, static_cast<size_t>(j)};
      } else if (j > static_cast<long>(sb) && is_word(static_cast<size_t>(j)) &&
                 (low(static_cast<size_t>(j)) == "who" || low(static_cast<size_t>(j)) == "which")) {
        // "Trump, who said ...", "reports which found ...": the relative pronoun is the
        // source mention; the speaker is its antecedent.
        const size_t rel = static_cast<size_t>(j);
        const size_t before = punct(rel - 1, ',') && rel >= sb + 2 ? rel - 2 : rel - 1;
        if (np_before(before, sb, &b)) {
          src = {true, rel, rel};
          src.antecedent_first = b;
          src.antecedent_last = before;
        }
      } else if (j > static_cast<long>(sb) && punct(static_cast<size_t>(j), ',') &&
                 info.form != CueForm::kGerund) {
        // Appositive: "Umarov, a Central Asia expert at ..., doubts ..." (possibly several
        // comma-separated pieces: "Marley Anderson, 21, a junior from Las Vegas, said").
        long c = j - 1;
        // "One delegate not on the slate, Kelly Schmidt, told …": the name right before.
        if (np_before(static_cast<size_t>(c), sb, &b) && words_[b].capitalized &&
            !determiners().count(low(b)) && b > sb && punct(b - 1, ',') &&
            words_[static_cast<size_t>(c)].capitalized)
          src = {true, b, static_cast<size_t>(c)};
        for (int pieces = 0; pieces < 3 && !src.ok; ++pieces) {
          while (c > static_cast<long>(sb) && j - c < 30 && !punct(static_cast<size_t>(c), ',') &&
                 in_quote_[static_cast<size_t>(c)] < 0 && !is_quote_mark(static_cast<size_t>(c)) &&
                 (!scan::is_final_punct(text_, words_[static_cast<size_t>(c)]) ||
                  abbreviation_period(static_cast<size_t>(c))))
            --c;
          if (!(c > static_cast<long>(sb) && punct(static_cast<size_t>(c), ','))) break;
          size_t head = static_cast<size_t>(c) - 1;
          // "The senator, who spoke on condition of anonymity, said": a plain noun phrase
          // that opens the sentence.
          if (np_before(head, sb, &b) &&
              (words_[head].capitalized || pronouns().count(low(head)) ||
               (b == sb && determiners().count(low(b))))) {
            // The name must start its clause (sentence start, or after a comma / conjunction).
            src = {true, b, head};
            break;
          }
          --c;
        }
      }
      if (!src.ok && (info.cls == CueClass::kSpeech || info.cls == CueClass::kReport) &&
          (info.form == CueForm::kPast || info.form == CueForm::kThird ||
           (info.form == CueForm::kBase && low(cue) == "say"))) {
        // Inversion: "…,” said Pedram" / "…, says the report."
        bool after_content = cue > sb && (punct(cue - 1, ',') || words_[cue - 1].kind == Kind::kCloseQuote ||
                                          punct(cue - 1, ':'));
        size_t e;
        if (after_content && cue_end + 1 < se && np_after(cue_end + 1, se, &e) &&
            (e + 1 >= se || !is_word(e + 1) || np_stop_words().count(low(e + 1))))
          src = {true, cue_end + 1, e};
      }
      if (!src.ok && j >= static_cast<long>(sb) && is_word(static_cast<size_t>(j)) &&
          low(static_cast<size_t>(j)) == "and" && info.form != CueForm::kGerund &&
          info.form != CueForm::kBase) {
        // "Trump doubled down … and said …": the subject that opens the sentence.
        size_t first = sentence_subject_start(sb, cue);
        size_t e;
        if (first < static_cast<size_t>(j) && np_after(first, static_cast<size_t>(j), &e) &&
            (words_[e].capitalized || pronouns().count(low(e))))
          src = {true, first, e};
      }
      if (!src.ok && info.form == CueForm::kGerund && cue > sb &&
          (punct(cue - 1, ',') || is_dash_word(cue - 1))) {
        // ", adding that …": the subject of the previous quote in this sentence.
        if (!doc_.quotes.empty()) {
          const Quote& prev = doc_.quotes.back();
          if (!prev.speaker_mention.empty() && prev.speaker_mention.begin >= words_[sb].begin) {
            add_indirect_after(cue, cue_end, info, prev.speaker_mention, prev.speaker, se);
            return;
          }
        }
        // Otherwise the subject that opens the sentence ("Trump defended X, saying …").
        size_t first = sentence_subject_start(sb, cue);
        size_t e;
        if (first < cue && np_after(first, cue, &e) && words_[first].capitalized) {
          Span m{words_[first].begin, words_[e].end};
          add_indirect_after(cue, cue_end, info, m, speaker_entity(first, e), se);
        }
        return;
      }
    }
    if (!src.ok) return;
    if (src.np_first < cue && is_impression_cue(cue) &&
        !(src.np_first == src.np_last && low(src.np_first) == "it")) {
      // "The crowd seemed unconvinced": the writer's impression, subject and all.
      emit_impression(src.np_first, src.np_last, cue, se);
      return;
    }
    if (info.cls == CueClass::kStance) {
      if (src.np_first > cue) return;
      // Passive ("was named", "is supported by"): the subject is not the source. "is
      // endorsing" is not passive.
      for (size_t k = cue; info.form != CueForm::kGerund && k > src.np_last + 1; --k) {
        std::string_view a = low(k - 1);
        if (a == "is" || a == "was" || a == "are" || a == "were" || a == "be" || a == "been" ||
            a == "being" || a == "now")
          return;
      }
      // A common noun subject only when it opens the sentence with a determiner ("The governor
      // called …") or a name ("Scott's family", "Clinton supporters").
      const bool sentence_subject = src.np_first == sentence_subject_start(sb, cue) &&
                                    (determiners().count(low(src.np_first)) > 0 ||
                                     words_[src.np_first].capitalized);
      const bool pronoun_head = pronouns().count(low(src.np_last)) > 0;
      if (!words_[src.np_last].capitalized && !pronoun_head && !sentence_subject) return;
    }
    Span mention{words_[src.np_first].begin, words_[src.np_last].end};
    int32_t speaker = src.antecedent_first != SIZE_MAX
                          ? speaker_entity(src.antecedent_first, src.antecedent_last)
                          : speaker_entity(src.np_first, src.np_last);
    Span cue_span{words_[cue].begin, words_[cue_end].end};

    size_t clause_first = std::min(src.np_first, cue);
    size_t clause_last = std::max(src.np_last, cue_end);

    // --- content: a quote right before the attribution ---
    long before = static_cast<long>(clause_first) - 1;
    if (before >= 0 && punct(static_cast<size_t>(before), ',')) --before;
    int qb = -1;
    // The quote must end in this paragraph, and in this sentence unless it ends with a comma
    // ("“…,” he said"): "“…” The firm said that …" starts a new statement.
    const QuoteSpan* quote_before =
        before >= 0 && in_quote_[static_cast<size_t>(before)] >= 0
            ? &qspans_[static_cast<size_t>(in_quote_[static_cast<size_t>(before)])]
            : nullptr;
    // "“Why now?” Clinton asked." also: a question or exclamation closed by its attribution.
    const bool asked_before =
        quote_before && (punct(quote_before->last_word, '?') || punct(quote_before->last_word, '!')) &&
        clause_last + 1 < words_.size() &&
        (scan::is_final_punct(text_, words_[clause_last + 1]) || punct(clause_last + 1, ','));
    if (quote_before && words_[static_cast<size_t>(before)].kind == Kind::kCloseQuote &&
        para_[static_cast<size_t>(before)] == para_[cue] &&
        (static_cast<size_t>(before) >= sb || ends_with_comma_like(*quote_before) ||
         asked_before) &&
        !is_title_quote(*quote_before)) {
      qb = in_quote_[static_cast<size_t>(before)];
    } else if (before >= 0 && in_quote_[static_cast<size_t>(before)] >= 0 &&
               !qspans_[static_cast<size_t>(in_quote_[static_cast<size_t>(before)])].terminated) {
      // "…, ”he said" with a lost closing mark: an unterminated quote ending right here.
      qb = -1;
    }
    // --- a quote right after: ", “…" or ": “…" (maybe after a short adverbial) ---
    int qa = -1;
    size_t after = clause_last + 1;
    {
      size_t a = after;
      size_t limit = std::min(se + 2, words_.size());
      // Not across "that": "told reporters that he …: “…”" is an indirect statement first.
      while (a < limit && a < after + 8 && is_word(a) && in_quote_[a] < 0 && low(a) != "that")
        ++a;
      if (a < words_.size() && (punct(a, ',') || punct(a, ':')) && a + 1 < words_.size() &&
          words_[a + 1].kind == Kind::kOpenQuote && in_quote_[a + 1] >= 0 &&
          para_[a + 1] == para_[cue] && (a == after || punct(a, ':')))
        qa = in_quote_[a + 1];
      else if (a < words_.size() && words_[a].kind == Kind::kOpenQuote && a == after &&
               punct(cue_end, ':'))
        qa = in_quote_[a];
      else if (a == after && a < words_.size() && punct(a, ':') && a + 1 < words_.size() &&
               words_[a + 1].kind == Kind::kOpenQuote && in_quote_[a + 1] >= 0)
        qa = in_quote_[a + 1];
    }
    if (qb >= 0 && qspans_[static_cast<size_t>(qb)].used) qb = -1;
    if (qa >= 0 && qspans_[static_cast<size_t>(qa)].used) qa = -1;
    // "“A,” she said. “B.”": the statement goes on in the next quote of the paragraph.
    if (qb >= 0 && qa < 0 && after + 1 < words_.size() && scan::is_final_punct(text_, words_[after]) &&
        words_[after + 1].kind == Kind::kOpenQuote && in_quote_[after + 1] >= 0 &&
        para_[after + 1] == para_[cue] && !qspans_[static_cast<size_t>(in_quote_[after + 1])].used &&
        ends_with_comma_like(qspans_[static_cast<size_t>(qb)])) {
      // Not when the next quote has its own attribution ("“B,” he said").
      const QuoteSpan& next = qspans_[static_cast<size_t>(in_quote_[after + 1])];
      size_t k = next.close + 1;
      if (k < words_.size() && punct(k, ',')) ++k;
      bool own = next.terminated && k < words_.size() && para_[k] == para_[cue] && is_word(k) &&
                 !words_[k].newline_before && (!words_[k].capitalized || k == next.close + 2 ||
                                               pronouns().count(low(k)) || is_cue_word(word_text(k)));
      if (!own) qa = in_quote_[after + 1];
    }
    if (qb >= 0) {
      QuoteSpan& q = qspans_[static_cast<size_t>(qb)];
      q.used = true;
      Span content = q.content;
      if (qa >= 0 && ends_with_comma_like(q)) {
        QuoteSpan& q2 = qspans_[static_cast<size_t>(qa)];
        q2.used = true;
        content.end = q2.content.end;
      }
      // "The vote was “a disgrace,” Sanders said": the sentence leads into the quote; the
      // statement is the whole of it.
      QuoteType type = QuoteType::kDirect;
      size_t lead = skip_lead_in(sb, q.open);
      while (lead < q.open && !is_word(lead)) ++lead;
      if (lead < q.open && content_words(lead, q.open - 1) >= 2 && para_[lead] == para_[q.open]) {
        bool plain = true;
        for (size_t k = lead; k < q.open && plain; ++k)
          plain = in_quote_[k] < 0 && !is_quote_mark(k) && !punct(k, ':') &&
                  !scan::is_final_punct(text_, words_[k]);
        if (plain) {
          content.begin = words_[lead].begin;
          type = QuoteType::kMixed;
        }
      }
      emit(type, content, cue_span, mention, speaker);
      return;
    }
    if (qa >= 0 && !according) {
      QuoteSpan& q = qspans_[static_cast<size_t>(qa)];
      q.used = true;
      emit(QuoteType::kDirect, q.content, cue_span, mention, speaker);
      return;
    }
    if (according) {
      handle_according(cue, cue_end, src, mention, cue_span, speaker);
      return;
    }
    // --- indirect: the clause after the cue ---
    if (src.np_first < cue && add_indirect_after(cue, cue_end, info, mention, speaker, se)) return;
    // --- indirect: the clause before ", X said" ---
    if (clause_first > sb + 1 && punct(clause_first - 1, ',')) {
      size_t end_ok = clause_last + 1;
      if (info.takes_object && end_ok < se && src.np_first < cue) {
        // "…, the president told her." / "…, a spokesman told The Wall Street Journal."
        size_t k = end_ok;
        while (k < se && k < end_ok + 6 && is_word(k) && in_quote_[k] < 0) ++k;
        if (k > end_ok && (k >= se || scan::is_final_punct(text_, words_[k]) || punct(k, ',')))
          end_ok = k;
      }
      bool at_end = end_ok >= se || scan::is_final_punct(text_, words_[end_ok]) ||
                    punct(end_ok, ',') || (is_word(end_ok) && after_cue_skip().count(low(end_ok)));
      if (!at_end) return;
      size_t first = skip_lead_in(sb, clause_first);
      while (first < clause_first && (is_quote_mark(first) || punct(first, '(') || is_dash_word(first)))
        ++first;
      size_t last = clause_first - 2;
      // "In his state, Christie said, nonviolent offenders are …": the statement goes on after
      // the attribution; take the whole sentence.
      if (end_ok < se && punct(end_ok, ',') && end_ok + 1 < se && is_word(end_ok + 1)) {
        std::string_view nx = low(end_ok + 1);
        bool tail = nx.size() > 4 && nx.substr(nx.size() - 3) == "ing";
        if (!tail && !after_cue_skip().count(nx) && nx != "who" && nx != "which" &&
            nx != "according" && nx != "adding" && content_words(end_ok + 1, se - 1) >= 3) {
          last = se - 1;
          while (last > end_ok && (scan::is_final_punct(text_, words_[last]) ||
                                   (is_quote_mark(last) && in_quote_[last] < 0)))
            --last;
        }
      }
      while (last > first && (is_quote_mark(last) || punct(last, ','))) --last;
      if (last <= first || content_words(first, last) < 3) return;
      Span content{words_[first].begin, words_[last].end};
      emit(indirect_type(first, last), content, cue_span, mention, speaker);
      mark_used(first, last);
    }
  }

  // A word that can start an infinitive's verb: lower-case, not a determiner, pronoun or one
  // of the usual objects ("to reporters", "to the office").
  bool looks_like_verb(size_t k) {
    if (words_[k].capitalized) return false;
    std::string_view w = low(k);
    if (determiners().count(w) || pronouns().count(w) || noun_markers().count(w)) return false;
    return !(w == "reporters" || w == "him" || w == "her" || w == "them" || w == "us" ||
             w == "me" || w == "supporters" || w == "voters" || w == "journalists");
  }

  // Skips a dateline that opens a sentence before its statement ("CAMBRIDGE, Mass., Dec. 11
  // (UPI) —").
  size_t skip_lead_in(size_t first, size_t limit) {
    for (size_t j = first; j < limit && j < first + 14; ++j) {
      if (is_dash_word(j) && j > first && words_[first].capitalized &&
          (j + 1 < limit && is_word(j + 1))) {
        bool dateline = true;  // capitalized words, commas, periods, digits and brackets only
        for (size_t k = first; k < j && dateline; ++k)
          dateline = !is_word(k) || words_[k].capitalized ||
                     (text_[words_[k].begin] >= '0' && text_[words_[k].begin] <= '9');
        if (dateline) first = j + 1;
        break;
      }
    }
    return first;
  }

  // Where the subject of the sentence [sb, cue) starts: after a dateline, quotation marks and
  // an opening participle or time phrase up to its comma ("Speaking to reporters, Trump …",
  // "Hours later, …").
  size_t sentence_subject_start(size_t sb, size_t cue) {
    size_t first = skip_lead_in(sb, cue);
    while (first < cue && (is_quote_mark(first) || !is_word(first))) ++first;
    if (first >= cue) return first;
    std::string_view w = low(first);
    bool opener = is_time_word(first) || w == "hours" || w == "days" || w == "after" ||
                  w == "before" || w == "in" || w == "on" || w == "at" || w == "during" ||
                  w == "asked" || w == "when" || w == "while" || w == "as" || w == "with" ||
                  (w.size() > 4 && (w.substr(w.size() - 3) == "ing" ||
                                    w.substr(w.size() - 2) == "ed"));
    if (!opener) return first;
    size_t comma = first + 1;
    while (comma < cue && !punct(comma, ',')) ++comma;
    if (comma + 1 >= cue) return cue;  // no subject before the cue
    first = comma + 1;
    while (first < cue && (is_quote_mark(first) || !is_word(first))) ++first;
    return first;
  }

  // seem / appear: the writer's impression of the subject.
  bool is_impression_cue(size_t cue) {
    std::string_view w = low(cue);
    if (w.substr(0, 4) == "seem" || w == "appear" || w == "appears" || w == "appeared" ||
        w == "appearing")
      return true;
    // Passive belief: "Trump is expected to win", "the deal was thought to be dead".
    if (!(w == "expected" || w == "believed" || w == "thought" || w == "rumored" ||
          w == "considered" || w == "seen" || w == "known") || cue == 0 || !is_word(cue - 1))
      return false;
    std::string_view a = low(cue - 1);
    return a == "is" || a == "was" || a == "are" || a == "were" || a == "be" || a == "been" ||
           a == "widely" || a == "also" || a == "still" || a == "not";
  }

  // Emits the clause from its subject [first, subject_last] to the end of the sentence; the
  // subject is named as the source (PolNeAR often marks it so).
  void emit_impression(size_t first, size_t subject_last, size_t cue, size_t se) {
    size_t last = se - 1;
    while (last > cue && (scan::is_final_punct(text_, words_[last]) || punct(last, ',') ||
                          (is_quote_mark(last) && in_quote_[last] < 0)))
      --last;
    if (last <= cue) return;
    if (is_word(cue + 1) && low(cue + 1) == "to" && content_words(cue + 2, last) < 1) return;
    emit(indirect_type(first, last), Span{words_[first].begin, words_[last].end},
         Span{words_[cue].begin, words_[cue].end},
         Span{words_[first].begin, words_[subject_last].end}, speaker_entity(first, subject_last));
    mark_used(first, last);
  }

  // The entity of a source phrase: the one named by its head word ("a Western diplomat in the
  // region" is an unnamed diplomat, not the West; "Tajik President Emomali Rahmon" is Rahmon).
  int32_t speaker_entity(size_t first, size_t last) {
    size_t head = last;
    for (size_t k = first + 1; k <= last; ++k) {
      if (!is_word(k)) continue;
      std::string_view w = low(k);
      if (w == "of" || w == "in" || w == "at" || w == "for" || w == "from" || w == "with") {
        head = k - 1;
        break;
      }
    }
    while (head > first && !is_word(head)) --head;
    return entity_for_span(doc_, Span{words_[head].begin, words_[head].end});
  }

  // A quoted name or title rather than a statement: "on Fox News’s “Sunday Morning Futures,”".
  bool is_title_quote(const QuoteSpan& q) {
    if (q.open == 0 || !is_word(q.open - 1) || para_[q.open - 1] != para_[q.open]) return false;
    std::string_view w = low(q.open - 1);
    if (w.size() > 2 && (w.substr(w.size() - 2) == "'s" || w.substr(w.size() - 2) == "s'")) return true;
    if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") return true;
    return w == "on" || w == "in" || w == "of" || w == "at" || w == "to" || w == "from" ||
           w == "by" || w == "with" || w == "the" || w == "called" || w == "titled" ||
           w == "film" || w == "book" || w == "show" || w == "program" || w == "song";
  }

  bool is_time_word(size_t k) {
    if (!is_word(k)) return false;
    static const std::unordered_set<std::string_view> s = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight", "night", "morning", "afternoon", "evening", "week", "weekend",
        "month", "year", "earlier", "later", "back", "then", "now", "recently", "ago"};
    return s.count(low(k)) > 0;
  }

  // "… and said …", "… but argues …": a finite reporting verb after a conjunction.
  bool starts_new_attribution(size_t k) {
    // "… and he said …": a pronoun subject first.
    if (pronouns().count(low(k)) && k + 1 < words_.size() && is_word(k + 1)) ++k;
    CueInfo c = quotes::lookup_cue(low(k));
    return c.cls != CueClass::kNone && (c.form == CueForm::kPast || c.form == CueForm::kThird);
  }

  // Whether an opening bracket stands in [first, last).
  bool opens_bracket(size_t first, size_t last) const {
    for (size_t k = first; k < last; ++k)
      if (punct(k, '(')) return true;
    return false;
  }

  // Skips a short adverbial after a cue: "on Monday", "in a statement", "on Fox News", "last
  // week", "Tuesday"; a determiner or a name only inside a prepositional phrase, so that
  // "said Tuesday the attack …" keeps "the attack".
  size_t skip_adverbial(size_t j, size_t se) {
    enum { kFree, kAfterPrep, kAfterNoun } state = kFree;
    const size_t limit = j + 4;
    size_t after_prep = j;  // just after the last preposition
    while (j < se && j < limit && is_word(j)) {
      std::string_view w = low(j);
      const bool modifier = w == "this" || w == "last" || w == "late" || w == "early";
      if (is_time_word(j)) {
        state = kAfterNoun;
      } else if (modifier) {
        // "this week", "last month"; "believe this provides …" keeps "this".
        if (!(j + 1 < se && is_time_word(j + 1))) break;
      } else if (w == "to" && j + 1 < se && is_word(j + 1) && looks_like_verb(j + 1)) {
        break;  // "promised Monday to begin …": the infinitive is the content
      } else if (after_cue_skip().count(w)) {
        state = kAfterPrep;
        after_prep = j + 1;
      } else if (state == kAfterPrep && (w == "the" || w == "a" || w == "an")) {
        // stays after the preposition
      } else if (state == kAfterPrep && (words_[j].capitalized || w == "statement" ||
                                         w == "interview" || w == "speech" || w == "email")) {
        state = kAfterNoun;
      } else if (state == kAfterNoun && words_[j].capitalized && words_[j - 1].capitalized &&
                 !is_time_word(j - 1)) {
        // "on Fox News"
      } else {
        // "commented on the reason …": the preposition goes, the phrase stays.
        if (state == kAfterPrep) return after_prep;
        break;
      }
      ++j;
    }
    return j;
  }

  // Words after a comma that open a clause of the writer's rather than the source's
  // (", which …", ", while …"): the content stops before the comma.
  static bool content_tail_opener(std::string_view w) {
    return w == "while" || w == "telling" || w == "whereas";
  }

  bool is_dash_word(size_t k) const { return scan::is_dash(text_, words_[k]); }

  bool ends_with_comma_like(const QuoteSpan& q) const {
    size_t k = q.last_word;
    return punct(k, ',') || is_dash_word(k) || (is_word(k) && !scan::is_final_punct(text_, words_[k]));
  }

  QuoteType indirect_type(size_t first, size_t last) const {
    for (size_t k = first; k <= last; ++k)
      if (in_quote_[k] >= 0) {
        const QuoteSpan& q = qspans_[static_cast<size_t>(in_quote_[k])];
        if (q.open == first && (q.close == last + 1 || q.close == last || q.last_word >= last))
          return QuoteType::kDirect;
        return QuoteType::kMixed;
      }
    return QuoteType::kIndirect;
  }

  void mark_used(size_t first, size_t last) {
    for (size_t k = first; k <= last && k < words_.size(); ++k)
      if (in_quote_[k] >= 0) qspans_[static_cast<size_t>(in_quote_[k])].used = true;
  }

  bool add_indirect_after(size_t cue, size_t cue_end, const CueInfo& info, Span mention,
                          int32_t speaker, size_t se) {
    size_t start = cue_end + 1;
    if (start >= se) return false;
    if ((punct(start, ',') || punct(start, ':')) && start + 1 < words_.size() &&
        words_[start + 1].kind == Kind::kOpenQuote && in_quote_[start + 1] >= 0) {
      // ", saying, “The fewer guns, the better.”"
      QuoteSpan& q = qspans_[static_cast<size_t>(in_quote_[start + 1])];
      if (q.used) return false;
      q.used = true;
      emit(QuoteType::kDirect, q.content, Span{words_[cue].begin, words_[cue_end].end}, mention,
           speaker);
      return true;
    }
    if (punct(start, ',')) {
      // "X said, however, that …" is rare; ", said X" handled elsewhere.
      return false;
    }
    if (punct(start, ':')) ++start;
    // Find "that" a little ahead (after an object or a time phrase).
    size_t that_at = SIZE_MAX;
    for (size_t j = start; j < se && j < start + 12; ++j) {
      if (!is_word(j) || in_quote_[j] >= 0) {
        if (punct(j, ',') && j == start) break;
        if (scan::is_final_punct(text_, words_[j])) break;
        continue;
      }
      if (low(j) == "that") {
        that_at = j;
        break;
      }
    }
    if (info.cls == CueClass::kStance) {
      std::string_view w = is_word(start) ? low(start) : std::string_view();
      // "referring to the withdrawal": the preposition belongs to the cue.
      if (w == "for" || w == "on" || w == "out" || w == "about" || w == "against" ||
          w == "with" || w == "at" || w == "upon" ||
          (w == "to" && low(cue).substr(0, 5) == "refer"))
        ++start;
      if (start >= se) return false;
      that_at = SIZE_MAX;
      // "expressed support for the bill", "voiced concern that …", "distanced himself from
      // the remarks": the attitude noun and its preposition belong to the cue.
      if (start + 2 < se && is_word(start) && is_word(start + 1)) {
        static const std::unordered_set<std::string_view> kAttitude = {
            "support", "concern", "concerns", "confidence", "opposition", "frustration",
            "skepticism", "doubts", "doubt", "hope", "fears", "interest", "outrage", "anger",
            "sympathy", "regret", "disappointment", "dismay", "himself", "herself",
            "themselves", "itself"};
        static const std::unordered_set<std::string_view> kPreps = {
            "for", "about", "in", "over", "that", "with", "at", "from", "toward", "towards"};
        const bool attitude = kAttitude.count(low(start)) > 0;
        if (attitude && kPreps.count(low(start + 1))) start += low(start + 1) == "that" ? 1 : 2;
      }
    } else if (is_word(start) && (low(start) == "to" || low(start) == "with") &&
               that_at != SIZE_MAX) {
      // "wrote to the office that …", "agrees with Viguerie that …".
      start = that_at;
    } else if (is_word(start) && that_at == SIZE_MAX &&
               (low(start) == "against" || low(start) == "about" || low(start) == "upon" ||
                low(start) == "of")) {
      // "warned against a rush", "complained about the rules": the topic, without the
      // preposition.
      ++start;
      if (start >= se) return false;
    }
    // "vowed to fight on": an infinitive right after the cue is the content itself.
    const bool infinitive = is_word(start) && low(start) == "to" && !info.takes_object &&
                            start + 1 < se && is_word(start + 1) && looks_like_verb(start + 1);
    bool skippable = info.cls != CueClass::kStance && is_word(start) && !infinitive &&
                     (after_cue_skip().count(low(start)) || info.takes_object);
    const bool ask = low(cue).substr(0, 3) == "ask";
    if (ask && is_word(start)) {
      // "asked Sanders how he is feeling": the question, from its wh-word.
      for (size_t j = start + 1; j < se && j < start + 4 && is_word(j) && in_quote_[j] < 0; ++j) {
        std::string_view w = low(j);
        if (w == "how" || w == "whether" || w == "if" || w == "what" || w == "why" ||
            w == "when" || w == "where" || w == "who") {
          start = j;
          break;
        }
      }
    } else if (info.takes_object && is_word(start)) {
      if (that_at != SIZE_MAX) {
        start = that_at;
      } else if (low(cue).substr(0, 3) == "urg") {
        // "urged the administration to join …": the object is part of what was urged.
      } else {
        // told reporters / told CNN / asked him: skip the object.
        size_t j = start;
        std::string_view w = low(j);
        if (w == "reporters" || w == "him" || w == "her" || w == "them" || w == "us" ||
            w == "me" || w == "you" || w == "supporters" || w == "voters" || w == "the" ||
            words_[j].capitalized) {
          while (j < se && is_word(j) && (words_[j].capitalized || j == start ||
                                           low(j) == "the"))
            ++j;
          // "told CNN on Sunday he would …": and a time phrase after the object.
          start = skip_adverbial(j, se);
        } else {
          return false;  // "asked whether …" questions, "urged Congress to …" etc.
        }
      }
    } else if (skippable && that_at != SIZE_MAX) {
      start = that_at;
    } else if (skippable) {
      // "said on Monday the plan …": skip to after a short adverbial only when it is one.
      size_t j = start;
      while (j < se && j < start + 4 && is_word(j) &&
             (after_cue_skip().count(low(j)) || words_[j].capitalized || low(j) == "the" ||
              low(j) == "a" || low(j) == "an" || low(j) == "statement" || low(j) == "interview" ||
              low(j) == "week" || low(j) == "night" || low(j) == "morning" || low(j) == "year"))
        ++j;
      if (j < se && punct(j, ',')) {
        // "…, Hollande said Tuesday in Paris, noting …": the statement is the clause before.
        size_t b = cue;
        while (b > 0 && is_word(b - 1) && in_quote_[b - 1] < 0 && b + 10 > cue) --b;
        if (b > 0 && (punct(b - 1, ',') || words_[b - 1].kind == Kind::kCloseQuote)) return false;
        ++j;
        start = j;
      } else {
        start = skip_adverbial(start, se);
      }
    }
    if (start >= se) return false;
    // The content runs to the end of the sentence, or to ", adding …" / ", according to …".
    size_t last = se - 1;
    for (size_t j = start + 1; j + 1 < se; ++j) {
      if (punct(j, ',') && in_quote_[j] < 0 && is_word(j + 1) && in_quote_[j + 1] < 0) {
        std::string_view nx = low(j + 1);
        if (nx == "according" || nx == "adding" || nx == "saying" || nx == "noting" ||
            nx == "arguing" || nx == "citing" || nx == "explaining" || nx == "referring" ||
            nx == "insisting" || nx == "warning" || nx == "claiming" || nx == "suggesting" ||
            nx == "stressing" || nx == "calling" || content_tail_opener(nx) ||
            (quotes::lookup_cue(nx).cls == CueClass::kSpeech &&
             quotes::lookup_cue(nx).form == CueForm::kPast)) {
          last = j - 1;
          break;
        }
      }
      // "…; that is …" and "… and said …": a new clause with its own statement.
      // "… he has “expanded the party,” claiming …": a quoted phrase closed by a comma ends
      // the statement.
      if (words_[j].kind == Kind::kCloseQuote && in_quote_[j] >= 0 && j > start + 1 &&
          punct(j - 1, ',') && is_word(j + 1) && in_quote_[j + 1] < 0) {
        last = j;
        break;
      }
      const bool conjunction = is_word(j) && (low(j) == "and" || low(j) == "but");
      if (in_quote_[j] < 0 &&
          (punct(j, ';') || (conjunction && is_word(j + 1) && in_quote_[j + 1] < 0 &&
                             starts_new_attribution(j + 1)))) {
        last = j - 1;
        break;
      }
    }
    // If the content runs into a quote that continues past the sentence, take the whole quote.
    if (in_quote_[last] >= 0) {
      const QuoteSpan& q = qspans_[static_cast<size_t>(in_quote_[last])];
      if (q.last_word > last && q.first_word <= last + 1) last = q.terminated ? q.close : q.last_word;
    }
    while (last > start && (scan::is_final_punct(text_, words_[last]) || punct(last, ',') ||
                            punct(last, ';') || punct(last, ':') ||
                            (is_quote_mark(last) && in_quote_[last] < 0) ||
                            (punct(last, ')') && !opens_bracket(start, last))))
      --last;
    size_t first = start;
    // Content starting with an opening quote: exclude the mark (direct / mixed).
    bool opens_quote = words_[first].kind == Kind::kOpenQuote && in_quote_[first] >= 0;
    if (opens_quote) {
      const QuoteSpan& q = qspans_[static_cast<size_t>(in_quote_[first])];
      if (q.last_word >= last || q.close >= last) {
        QuoteSpan& qq = qspans_[static_cast<size_t>(in_quote_[first])];
        qq.used = true;
        emit(QuoteType::kDirect, qq.content, Span{words_[cue].begin, words_[cue_end].end}, mention,
             speaker);
        return true;
      }
    }
    if (words_[last].kind == Kind::kCloseQuote && last > first) {
      // keep the content through the fragment, without the closing mark
      --last;
    }
    // Two words may be a topic ("mentioned climate change"); after "said" or "told" they are
    // rarely a statement ("said so", "told reporters").
    const std::string_view cw = low(cue);
    const bool say_or_tell = cw.substr(0, 3) == "sai" || cw.substr(0, 3) == "say" ||
                             cw.substr(0, 3) == "tel" || cw == "told";
    const size_t min_words =
        info.cls == CueClass::kStance || (info.cls == CueClass::kSpeech && !say_or_tell) ? 2 : 3;
    if (last < first || content_words(first, last) < min_words) return false;
    // Questions ("asked whether") and infinitives ("urged X to") are not statements here.
    std::string_view w0 = low(first);
    // "said no", "said yes" answer rather than state; "said no decision had been made" states.
    const bool answer = w0 == "yes" || w0 == "no" || w0 == "nothing";
    if ((!ask && w0 == "so") || w0 == "goodbye" || w0 == "by" || w0 == "into" ||
        w0 == "hello" || w0 == "sorry" || (answer && content_words(first, last) < 4))
      return false;
    if (info.cls == CueClass::kEvidence && w0 != "that" && !words_[first].capitalized &&
        !determiners().count(w0) && !pronouns().count(w0))
      return false;
    // "told the mayors gathered in Indianapolis, “No one should …”": a quote after a comma or
    // colon that runs to the end of the sentence is the statement; the words before it only
    // say where or to whom.
    for (size_t j = first + 1; j <= last; ++j) {
      if (is_word(j) && in_quote_[j] < 0 && low(j) == "that") break;
      if (words_[j].kind != Kind::kOpenQuote || in_quote_[j] < 0) continue;
      if (!(punct(j - 1, ',') || punct(j - 1, ':'))) break;
      QuoteSpan& q = qspans_[static_cast<size_t>(in_quote_[j])];
      if (q.open != j || q.used || q.last_word + 1 < last) break;
      q.used = true;
      emit(QuoteType::kDirect, q.content, Span{words_[cue].begin, words_[cue_end].end}, mention,
           speaker);
      return true;
    }
    // Coordinated clauses ("… that A and that B") stay one statement, as PolNeAR marks them.
    const size_t piece = first;
    Span content{words_[piece].begin, words_[last].end};
    emit(indirect_type(piece, last), content, Span{words_[cue].begin, words_[cue_end].end},
         mention, speaker);
    mark_used(piece, last);
    return true;
  }

  void handle_according(size_t cue, size_t cue_end, const Found& src, Span mention, Span cue_span,
                        int32_t speaker) {
    (void)cue_end;
    const size_t sb = std::max(sent_begin_[cue], cue > kWindow ? cue - kWindow : 0);
    const size_t se = std::min(sent_end_[cue], cue_end + kWindow);
    size_t first, last;
    size_t lead = sb;
    while (lead < cue && is_word(lead) && (low(lead) == "but" || low(lead) == "and" ||
                                             low(lead) == "yet" || low(lead) == "still"))
      ++lead;
    // "In addition, according to the department, …": a short lead-in before the cue.
    size_t comma_after = src.np_last + 1;
    while (comma_after < se && comma_after < src.np_last + 25 && !punct(comma_after, ',') &&
           !scan::is_final_punct(text_, words_[comma_after]))
      ++comma_after;
    bool short_lead = cue > lead + 1 && content_words(lead, cue - 1) < 4 && comma_after < se &&
                      punct(comma_after, ',') && content_words(comma_after + 1, se - 1) >= 3;
    if (cue <= lead + 1 || short_lead) {
      // "According to X, …"
      size_t j = src.np_last + 1;
      while (j < se && !punct(j, ',')) ++j;
      first = j + 1;
      last = se - 1;
    } else {
      first = sb;
      last = cue - 1;
      if (punct(last, ',') || is_dash_word(last)) --last;
    }
    while (first < se && (is_quote_mark(first) && in_quote_[first] < 0)) ++first;
    while (last > first && (scan::is_final_punct(text_, words_[last]) || punct(last, ',') ||
                            (is_quote_mark(last) && in_quote_[last] < 0)))
      --last;
    if (first >= se || last < first || content_words(first, last) < 3) return;
    emit(indirect_type(first, last), Span{words_[first].begin, words_[last].end}, cue_span,
         mention, speaker);
    mark_used(first, last);
  }

  void emit(QuoteType type, Span content, Span cue, Span mention, int32_t speaker) {
    if (content.empty()) return;
    uint64_t key = (static_cast<uint64_t>(content.begin) << 32) | content.end;
    if (!emitted_.insert(key).second) return;
    Quote q;
    q.type = type;
    q.content = content;
    q.cue = cue;
    q.speaker_mention = mention;
    q.speaker = speaker;
    doc_.quotes.push_back(q);
  }

  // Quote spans no cue claimed: statements when long enough; the speaker carries over from the
  // previous quote when the voice continues (same or next paragraph).
  void float_quotes() {
    finish();  // sort what the cues produced
    std::vector<Quote> extra;
    size_t cursor = 0;               // doc_.quotes[0, cursor) begin at or before the span
    uint32_t max_end = 0;            // largest content end among them
    Quote* prev_doc = nullptr;        // among them, the one ending last
    for (size_t i = 0; i < qspans_.size(); ++i) {
      QuoteSpan& q = qspans_[i];
      while (cursor < doc_.quotes.size() && doc_.quotes[cursor].content.begin <= q.content.begin) {
        Quote& e = doc_.quotes[cursor++];
        max_end = std::max(max_end, e.content.end);
        if (!prev_doc || e.content.end > prev_doc->content.end) prev_doc = &e;
      }
      if (q.used) continue;
      size_t nw = content_words(q.first_word, std::min(q.last_word, q.first_word + 8));
      bool sentence_like = nw >= 4 && (q.open == sent_begin_[q.open] || !q.terminated ||
                                       scan::is_final_punct(text_, words_[q.last_word]) ||
                                       punct(q.last_word, ','));
      if (!sentence_like) continue;
      // "“A,” she said. “B.”": a quote after the attribution that follows a quote goes on
      // with the same statement.
      if (prev_doc && (extra.empty() || extra.back().content.end <= prev_doc->content.end) &&
          joins_statement(*prev_doc, q, max_end)) {
        prev_doc->content.end = q.content.end;
        max_end = q.content.end;
        continue;
      }
      // Inside the content of an emitted quote (a fragment of a mixed quote): skip.
      if (max_end >= q.content.end) continue;
      Quote out;
      out.type = QuoteType::kDirect;
      out.content = q.content;
      // The voice continues from the nearest quote before, in this or the previous paragraph.
      Quote* prev = prev_doc;
      if (!extra.empty() && (!prev || extra.back().content.end > prev->content.end))
        prev = &extra.back();
      if (size_t colon = transcript_label_end(q); colon != 0) {
        out.content = Span{words_[colon + 1].begin, q.content.end};
        out.speaker_mention = Span{words_[q.first_word].begin, words_[colon - 1].end};
        out.speaker = speaker_entity(q.first_word, colon - 1);
        extra.push_back(out);
        continue;
      }
      // A signature after the quote: "“…” ― Pamela Padilla" (to the end of the paragraph).
      if (q.terminated && q.close + 2 < words_.size() && para_[q.close + 1] == para_[q.open] &&
          (is_dash_word(q.close + 1) || text_.substr(words_[q.close + 1].begin, 3) == "\xE2\x80\x95")) {
        size_t b = q.close + 2, e = b;
        while (e < words_.size() && para_[e] == para_[q.open] &&
               ((is_word(e) && words_[e].capitalized) || punct(e, '.')) && e < b + 6)
          ++e;
        if (e > b && (e >= words_.size() || para_[e] != para_[q.open]) && words_[b].capitalized) {
          size_t last = e - 1;  // "― Carla Sanchez." without the final period
          if (last > b && punct(last, '.') && !abbreviation_period(last)) --last;
          out.speaker_mention = Span{words_[b].begin, words_[last].end};
          out.speaker = speaker_entity(b, last);
          extra.push_back(out);
          continue;
        }
      }
      // A paragraph that is only a name ("Pamela Padilla") introduces the quote after it.
      if (q.open > 0 && words_[q.open].newline_before) {
        size_t b = q.open;
        while (b > 0 && para_[b - 1] + 1 == para_[q.open] && q.open - b < 6) --b;
        bool name_line = b < q.open && (b == 0 || para_[b - 1] + 1 < para_[q.open]);
        for (size_t k = b; name_line && k < q.open; ++k)
          name_line = is_word(k) && words_[k].capitalized;
        if (name_line && q.open - b >= 2) {
          out.speaker_mention = Span{words_[b].begin, words_[q.open - 1].end};
          out.speaker = speaker_entity(b, q.open - 1);
          extra.push_back(out);
          continue;
        }
      }
      if (prev && !prev->speaker_mention.empty() && prev->content.end <= q.content.begin) {
        size_t pw = word_at(prev->content.end > 0 ? prev->content.end - 1 : 0);
        if (para_[q.open] <= para_[pw] + kCarryParagraphs) {
          out.speaker_mention = prev->speaker_mention;
          out.speaker = prev->speaker;
        }
      }
      extra.push_back(out);
    }
    for (Quote& q : extra) doc_.quotes.push_back(q);
  }

  // Whether the unclaimed quote q continues the direct quote prev: prev's attribution stands
  // between them, in the same paragraph, and nothing emitted reaches past prev.
  bool joins_statement(const Quote& prev, const QuoteSpan& q, uint32_t max_end) const {
    if (prev.type != QuoteType::kDirect || prev.speaker_mention.empty()) return false;
    if (prev.content.end > q.content.begin || max_end > prev.content.end) return false;
    if (prev.cue.begin < prev.content.end || prev.cue.end > words_[q.open].begin) return false;
    size_t pw = word_at(prev.content.end > 0 ? prev.content.end - 1 : 0);
    return para_[q.open] <= para_[pw] + kJoinParagraphs;
  }

  size_t word_at(uint32_t pos) const {
    auto it = std::upper_bound(words_.begin(), words_.end(), pos,
                               [](uint32_t p, const Word& w) { return p < w.begin; });
    if (it == words_.begin()) return 0;
    return static_cast<size_t>(it - words_.begin()) - 1;
  }

  // "Trump said he thinks the plan failed": the statement is what Trump said; "he thinks" opens
  // it and is not a statement of its own (PolNeAR marks only the outer one). Drops a quote whose
  // cue sits among the first words of another's content (its own content then starts there).
  void drop_embedded() {
    std::vector<Quote>& qs = doc_.quotes;
    std::vector<bool> drop(qs.size(), false);
    for (size_t i = 0; i < qs.size(); ++i) {
      const Quote& q = qs[i];
      if (q.cue.empty()) continue;
      const size_t lo = i > kNestLook ? i - kNestLook : 0, hi = std::min(qs.size(), i + kNestLook);
      for (size_t j = lo; j < hi && !drop[i]; ++j) {
        const Quote& o = qs[j];
        if (j == i || o.content == q.content || q.cue.begin < o.content.begin ||
            q.cue.begin >= o.content.end || q.content.begin < o.content.begin)
          continue;
        if (q.cue.begin - o.content.begin > kEmbeddedCueBytes) continue;
        size_t words = 0;
        bool in_word = false;
        for (uint32_t b = o.content.begin; b < q.cue.begin && words <= kEmbeddedCueWords; ++b) {
          const bool space = text_[b] == ' ' || text_[b] == '\n' || text_[b] == '\t';
          if (!space && !in_word) ++words;
          in_word = !space;
        }
        drop[i] = words <= kEmbeddedCueWords;
      }
    }
    size_t out = 0;
    for (size_t i = 0; i < qs.size(); ++i)
      if (!drop[i]) qs[out++] = qs[i];
    qs.resize(out);
  }

  void finish() {
    std::sort(doc_.quotes.begin(), doc_.quotes.end(), [](const Quote& a, const Quote& b) {
      return a.content.begin < b.content.begin ||
             (a.content.begin == b.content.begin && a.content.end < b.content.end);
    });
  }

  Document& doc_;
  std::string_view text_;
  const quotes::CueModel* cue_model_;  // nullptr: rules only
  std::vector<uint32_t> features_;     // cue model features, reused
  std::vector<Word> words_;
  std::vector<uint32_t> para_, sent_;
  std::vector<size_t> sent_begin_, sent_end_;
  std::vector<int> in_quote_;
  std::vector<QuoteSpan> qspans_;
  std::unordered_set<uint64_t> emitted_;
  std::string buf_;
  static constexpr size_t kWindow = 150;  // words either side of a cue
  static constexpr size_t kFeatureWindow = 40;  // words either side the cue model reads
  static constexpr size_t kHeadlineWords = 16;   // longest title-case paragraph
  static constexpr size_t kNestLook = 8;          // neighbours checked for an enclosing quote
  static constexpr size_t kEmbeddedCueWords = 6;  // "said he thinks": cue this close to the start
  static constexpr uint32_t kEmbeddedCueBytes = 200;  // ... and within this many bytes
  static constexpr uint32_t kJoinParagraphs = 0;  // how far a statement goes on after its cue
  static constexpr uint32_t kCarryParagraphs = 2;  // how far a voice carries to unclaimed quotes
};

}  // namespace

void extract_quotes(Document& doc, const quotes::CueModel* cues) {
  doc.quotes.clear();
  if (doc.text.empty() || doc.text.size() > 0xFFFFFFF0u) return;
  Extractor ex(doc, cues);
  ex.run();
}

namespace quotes {

void collect_cue_candidates(Document& doc, const CueModel& model, std::vector<CueCandidate>& out) {
  out.clear();
  if (doc.text.empty() || doc.text.size() > 0xFFFFFFF0u) return;
  Extractor ex(doc, nullptr);
  ex.collect(model, out);
}

}  // namespace quotes

}  // namespace newsgraph
