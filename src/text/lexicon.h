// Word lists for the lossy "â" repair: LEX (lower-cased words that legitimately contain "â":
// French, Portuguese, Romanian, Vietnamese and Turkish words of Unicode CLDR and GeoNames city
// names) and EN (lower-case English words). scripts/build-lexicons.py writes them to
// data/lexicon/a-circumflex-words.txt and english-words.txt, which the build embeds in the
// library, so no file is read at run time. Lookups are binary searches; nothing allocates after
// the first call. Thread-safe (function-local statics).
#pragma once

#include <string_view>
#include <vector>

namespace newsgraph::lexicon {

// True when `lower_word` (lower-case UTF-8, NFC) is a legitimate word containing "â".
bool is_a_circumflex_word(std::string_view lower_word);

// True when `lower_word` (lower-case ASCII) is an English word.
bool is_english_word(std::string_view lower_word);

// Every LEX word, sorted by bytes (for tests and sweeps).
const std::vector<std::string_view>& a_circumflex_words();

}  // namespace newsgraph::lexicon
