// Where the statement after a cue ends: the rules' end (content.cc), or a cut before a comma,
// a dash, a preposition or a conjunction inside it, chosen by the content-end ranker of the cue
// model (quotes/cue_model.h). The same candidates and features serve training
// (collect_end_choices) and extraction, so both see exactly the same inputs.
#include <algorithm>

#include "ner/text_util.h"
#include "quotes/extractor.h"

namespace newsgraph::quotes {
namespace {

// Feature templates (the seed of each hash), kept stable: a model stores weights by them.
enum EndTemplate : uint64_t {
  kKeep = 1,
  kKeepCue,
  kKeepFirst,
  kKeepLength,
  kBoundary,
  kBoundaryNext,
  kBoundaryNext2,
  kPrev,
  kBoundaryPrev,
  kBoundaryNextCapital,
  kBoundaryTail,
  kBoundaryHead,
  kBoundaryTailCue,
  kBoundaryNearCue,
  kBoundaryPronoun,
  kBoundaryAuxiliary,
  kBoundaryNextSuffix,
  kBoundaryTailQuote,
  kBoundaryMixed,
  kCueBoundary,
  kCueBoundaryHead,
  kCueBoundaryNext,
  kBoundaryHeadFine,
  kBoundaryHeadCapital,
  kBoundaryThatOrTo,
};

}  // namespace

bool Extractor::end_boundary(size_t j) const {
  if (is_word(j)) return content_end_words().count(low(j)) > 0;
  return punct(j, ',') || punct(j, ';') || punct(j, ':') || punct(j, '(') || is_dash_word(j);
}

// Backs `last` off final punctuation, commas, stray quotation marks and an unopened bracket.
size_t Extractor::trim_content_end(size_t start, size_t last) const {
  while (last > start &&
         (scan::is_final_punct(text_, words_[last]) || punct(last, ',') || punct(last, ';') ||
          punct(last, ':') || (is_quote_mark(last) && in_quote_[last] < 0) ||
          (punct(last, ')') && !opens_bracket(start, last))))
    --last;
  return last;
}

void Extractor::end_features(size_t cue, size_t start, size_t last, size_t boundary,
                             std::vector<uint32_t>& out) const {
  out.clear();
  const uint32_t mask = cue_model_->end_buckets() - 1;
  auto add = [&](EndTemplate t, uint64_t a, uint64_t b = 0) {
    out.push_back(static_cast<uint32_t>(ner::hash_combine(t, ner::hash_combine(a, b))) & mask);
  };
  auto hash = [&](size_t k) -> uint64_t { return k > last ? 12 : hash_lower(low(k), 0); };
  const uint64_t cue_word = hash_lower(low(cue), 0);
  if (boundary == SIZE_MAX) {
    add(kKeep, 0);
    add(kKeepCue, cue_word);
    add(kKeepFirst, hash(start));
    add(kKeepLength, std::min<size_t>((last - start + 1) / 5, 8));
    return;
  }
  const size_t j = boundary;
  const uint64_t b = hash(j), next = hash(j + 1), prev = hash(j - 1);
  add(kBoundary, b);
  add(kBoundaryNext, b, next);
  add(kBoundaryNext2, ner::hash_combine(b, next), hash(j + 2));
  add(kPrev, prev);
  add(kBoundaryPrev, b, prev);
  add(kBoundaryNextCapital, b, j + 1 <= last && words_[j + 1].capitalized);
  add(kBoundaryTail, b, std::min<size_t>((last - j) / 3, 6));
  add(kBoundaryHead, b, std::min<size_t>((j - start) / 3, 6));
  bool tail_cue = false, near_cue = false, auxiliary = false, tail_quote = false, mixed = false;
  for (size_t k = j + 1; k <= last; ++k) {
    tail_quote = tail_quote || in_quote_[k] >= 0;
    if (!is_word(k)) continue;
    const bool cue_word_k = quotes::lookup_cue(low(k)).cls != CueClass::kNone;
    tail_cue = tail_cue || cue_word_k;
    near_cue = near_cue || (cue_word_k && k <= j + 4);
    auxiliary = auxiliary || (k <= j + 4 && finite_auxiliary(low(k)));
  }
  for (size_t k = start; k < j; ++k) mixed = mixed || in_quote_[k] >= 0;
  add(kBoundaryTailCue, b, tail_cue);
  add(kBoundaryNearCue, b, near_cue);
  add(kBoundaryPronoun, b, j + 1 <= last && is_word(j + 1) && pronouns().count(low(j + 1)) > 0);
  add(kBoundaryAuxiliary, b, auxiliary);
  if (j + 1 <= last && is_word(j + 1)) {
    const std::string_view n = low(j + 1);
    add(kBoundaryNextSuffix, b, hash_lower(n.size() > 3 ? n.substr(n.size() - 3) : n, 3));
  }
  add(kBoundaryTailQuote, b, tail_quote);
  add(kBoundaryMixed, b, mixed);
  add(kCueBoundary, cue_word, b);
  add(kCueBoundaryHead, ner::hash_combine(cue_word, b), std::min<size_t>(j - start, 6));
  add(kCueBoundaryNext, ner::hash_combine(cue_word, b), next);
  add(kBoundaryHeadFine, b, std::min<size_t>(j - start, 8));
  add(kBoundaryHeadCapital, ner::hash_combine(b, std::min<size_t>(j - start, 8)),
      words_[start].capitalized);
  add(kBoundaryThatOrTo, b, low(start) == "that" || low(start) == "to");
}

size_t Extractor::learned_content_end(size_t cue, size_t start, size_t last) {
  if (cue_model_ == nullptr || last >= words_.size() || last < start + 2 ||
      (!cue_model_->has_end_ranker() && end_log_ == nullptr))
    return last;
  end_cuts_.clear();
  for (size_t j = start + 2; j <= last; ++j) {
    if (in_quote_[j] >= 0 || !end_boundary(j)) continue;
    const size_t cut = trim_content_end(start, j - 1);
    if (cut <= start || cut >= last || (!end_cuts_.empty() && end_cuts_.back().second == cut))
      continue;
    end_cuts_.emplace_back(j, cut);
  }
  if (end_cuts_.empty()) return last;
  if (end_log_ != nullptr) {
    EndChoice& c = end_log_->emplace_back();
    c.start = words_[start].begin;
    c.ends.push_back(words_[last].end);
    c.features.emplace_back();
    end_features(cue, start, last, SIZE_MAX, c.features.back());
    for (const auto& [boundary, cut] : end_cuts_) {
      c.ends.push_back(words_[cut].end);
      c.features.emplace_back();
      end_features(cue, start, last, boundary, c.features.back());
    }
    return last;
  }
  end_features(cue, start, last, SIZE_MAX, end_buffer_);
  float best = cue_model_->end_score(end_buffer_) + cue_model_->end_margin();
  size_t chosen = last;
  for (const auto& [boundary, cut] : end_cuts_) {
    end_features(cue, start, last, boundary, end_buffer_);
    const float s = cue_model_->end_score(end_buffer_);
    if (s > best) {
      best = s;
      chosen = cut;
    }
  }
  return chosen;
}

void collect_end_choices(Document& doc, const CueModel& model, std::vector<EndChoice>& out) {
  out.clear();
  doc.quotes.clear();
  if (doc.text.empty() || doc.text.size() > 0xFFFFFFF0u) return;
  Extractor ex(doc, &model);
  ex.log_end_choices(&out);
  ex.run();
}

}  // namespace newsgraph::quotes
