// Word lists for the segmenter, written for this project (common English news abbreviations and
// sentence openers). Each list is sorted at compile time and searched by binary search.
#include "segment/word_lists.h"

#include <algorithm>
#include <array>

namespace newsgraph::segment {
namespace {

template <typename... Words>
constexpr auto sorted(Words... words) {
  std::array<std::string_view, sizeof...(Words)> list{std::string_view(words)...};
  std::sort(list.begin(), list.end());
  return list;
}

// Titles and other abbreviations that are always followed by more of the same sentence.
constexpr auto kTitles =
    sorted("Adm", "Amb", "Asst", "Atty", "Brig", "Capt", "Cdr", "Cmdr", "Col", "Comdr", "Cpl",
           "Det", "Dr", "Drs", "Fr", "Ft", "Gen", "Gens", "Gov", "Govs", "Hon", "Insp", "Lieut",
           "Lt", "Maj", "Messrs", "Mme", "Mmes", "Mr", "Mrs", "Ms", "Msgr", "Mssrs", "Mt", "Pres",
           "Prof", "Pvt", "Rep", "Reps", "Rev", "Rt", "Sen", "Sens", "Sgt", "St", "Ste", "Supt",
           "approx", "ca", "cf", "v", "viz", "vs", "Vs", "Cllr", "Sup");

// Abbreviations that only keep their period before a number ("No. 1", "Art. 5").
constexpr auto kBeforeNumber = sorted("Art", "Ch", "Fig", "Figs", "No", "Nos", "Nr", "Op", "Para",
                                      "p", "pp", "Sec", "Vol", "Vols", "no");

// Abbreviations that may end a sentence: company forms, suffixes, months, days, US states.
constexpr auto kOther =
    sorted("Ala", "Apr", "Ariz", "Ark", "Assn", "Aug", "Ave", "Blvd", "Bros", "Calif", "Co", "Colo",
           "Conn", "Corp", "Cos", "Dec", "Del", "Dept", "Esq", "Feb", "Fla", "Fri", "Ga", "Govt",
           "Hwy", "Ill", "Inc", "Ind", "Intl", "Jan", "Jr", "Jul", "Jun", "Kan", "Kans", "Ky", "La",
           "Ltd", "Mar", "Mass", "Md", "Mfg", "Mich", "Minn", "Miss", "Mo", "Mon", "Mont", "Natl",
           "Neb", "Nebr", "Nev", "Nov", "Oct", "Okla", "Ore", "Pa", "Penn", "Pl", "Plc", "Rd",
           "Sat", "Sept", "Sep", "Sq", "Sr", "Sun", "Tenn", "Tex", "Thu", "Thur", "Thurs", "Tue",
           "Tues", "Univ", "Va", "Vt", "Wash", "Wed", "Wis", "Wisc", "Wyo", "al", "etc", "est");

// Capitalised words that usually open a sentence; used to decide whether "U.S." or "..." ends
// one when a capitalised word follows.
constexpr auto kStarters = sorted(
    "A", "About", "According", "After", "Again", "All", "Also", "Although", "An", "And", "Another",
    "Any", "As", "At", "Because", "Before", "Both", "But", "By", "Despite", "During", "Each",
    "Earlier", "Even", "Every", "Few", "For", "From", "Furthermore", "He", "Her", "Here", "His",
    "How", "However", "I", "If", "In", "Indeed", "Instead", "It", "Its", "Last", "Later", "Many",
    "Meanwhile", "More", "Moreover", "Most", "Mr", "Mrs", "Ms", "Dr", "My", "Nevertheless", "Next",
    "No", "None", "Nonetheless", "Not", "Now", "Of", "On", "Once", "One", "Only", "Or", "Other",
    "Others", "Our", "Over", "Several", "She", "Since", "So", "Some", "Still", "Such", "That",
    "The", "Their", "Then", "There", "These", "They", "This", "Those", "Though", "Thus", "To",
    "Today", "Under", "Unlike", "Until", "We", "What", "When", "Where", "Whether", "Which", "While",
    "Who", "Why", "With", "Without", "Yesterday", "Yet", "You", "Your", "Two", "Three", "Officials",
    "Analysts");

template <size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::binary_search(list.begin(), list.end(), word);
}

AbbreviationKind lookup(std::string_view word) {
  if (contains(kTitles, word)) return AbbreviationKind::kTitle;
  if (contains(kOther, word)) return AbbreviationKind::kOther;
  if (contains(kBeforeNumber, word)) return AbbreviationKind::kBeforeNumber;
  return AbbreviationKind::kNone;
}

}  // namespace

AbbreviationKind abbreviation_kind(std::string_view word) {
  if (word.empty() || word.size() > 8) return AbbreviationKind::kNone;
  AbbreviationKind kind = lookup(word);
  if (kind != AbbreviationKind::kNone || word.size() < 2) return kind;
  // "CORP" -> "Corp": all-caps headlines and wire copy.
  char title[8];
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c < 'A' || c > 'Z') return AbbreviationKind::kNone;
    title[i] = i == 0 ? c : static_cast<char>(c - 'A' + 'a');
  }
  return lookup(std::string_view(title, word.size()));
}

bool is_sentence_starter(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);  // "Mr."
  return contains(kStarters, word);
}

}  // namespace newsgraph::segment
