// Word lists the segmenter consults: abbreviations that keep their period (and whether they can
// end a sentence) and capitalised words that typically open a sentence. Lookups are by exact
// spelling; an ALL-CAPS word also matches its Title-case entry ("CORP" as "Corp").
#pragma once

#include <cstdint>
#include <string_view>

namespace newsgraph::segment {

enum class AbbreviationKind : uint8_t {
  kNone,
  kTitle,         // "Mr", "Dr", "Gen", "St", "vs": always followed by more of the sentence
  kBeforeNumber,  // "No", "Art", "Vol": an abbreviation only when a number follows
  kOther,         // "Inc", "Corp", "Jan", "Calif", "etc": may end a sentence
};

// `word` is the token without its final period.
AbbreviationKind abbreviation_kind(std::string_view word);

// True for capitalised function words that usually start a sentence ("The", "He", "But", and
// titles such as "Mr." with or without their period).
bool is_sentence_starter(std::string_view word);

}  // namespace newsgraph::segment
