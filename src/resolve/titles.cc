// Titles and role nouns of person entities ("Tajik President Emomali Rahmon", "Mr. Pedram",
// "Temur Umarov, a Central Asia expert"), and their gender from titles and first names. See
// resolver.h.
#include <algorithm>

#include "resolve/resolver.h"
#include "util/ascii.h"
#include "util/group_words.h"
#include "util/role_words.h"

namespace newsgraph::resolve {

void Resolver::find_titles_and_gender() {
  for (const Mention& m : doc_.mentions) {
    if (m.entity < 0 || m.type != EntityType::kPerson || m.kind != MentionKind::kName) continue;
    EntityInfo& ei = info_[static_cast<size_t>(m.entity)];
    collect_titles(m, ei);
  }
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    if (doc_.entities[e].type != EntityType::kPerson || info_[e].gender != Gender::kUnknown)
      continue;
    if (info_[e].tokens.size() < 2) continue;
    const std::string& first_name = info_[e].tokens.front();
    info_[e].gender = first_name_gender(first_name);
  }
}

// Title words inside the person name mention m or right before it, and role nouns of an
// appositive after it, into ei (and gender from a gendered title).
void Resolver::collect_titles(const Mention& m, EntityInfo& ei) {
  // Title words inside the mention or right before it.
  size_t wi = word_index_at(m.span.begin);
  size_t first = wi;
  for (size_t k = 0; k < 4 && first > 0; ++k) {
    const scan::Word& w = words_[first - 1];
    if (w.kind == scan::Kind::kPunct && text_[w.begin] == '.') {
      --first;
      continue;
    }
    if (w.kind != scan::Kind::kWord) break;
    std::string_view low = util::ascii_lower(text_.substr(w.begin, w.end - w.begin), buf_);
    if (!title_words().count(low)) break;
    --first;
  }
  collect_affiliations(wi, ei);
  for (size_t k = first; k < words_.size() && words_[k].begin < m.span.end; ++k) {
    if (words_[k].kind != scan::Kind::kWord) continue;
    std::string low(
        util::ascii_lower(text_.substr(words_[k].begin, words_[k].end - words_[k].begin), buf_));
    if (!low.empty() && low.back() == '.') low.pop_back();
    bool royal = false;
    if (Gender g = title_gender(low, &royal); g != Gender::kUnknown) ei.gender = g;
    if (role_nouns().count(low) || title_words().count(low)) {
      if (std::find(ei.titles.begin(), ei.titles.end(), low) == ei.titles.end())
        ei.titles.push_back(low);
    }
  }
  // Appositive: "Temur Umarov, a Central Asia expert at ..., said": role nouns until a comma.
  size_t after = word_index_at(m.span.end);
  if (after < words_.size() && scan::is_punct(text_, words_[after], ',')) {
    collect_apposition_affiliations(after + 1, ei);
    for (size_t k = after + 1; k < words_.size() && k < after + 12; ++k) {
      if (words_[k].kind != scan::Kind::kWord) break;
      std::string low(
          util::ascii_lower(text_.substr(words_[k].begin, words_[k].end - words_[k].begin), buf_));
      // "…, the GOP nominee had some explaining to do": a verb ends the apposition.
      if (is_modifier_stop_word(low) && low != "of" && low != "and") break;
      if (role_nouns().count(low) &&
          std::find(ei.titles.begin(), ei.titles.end(), low) == ei.titles.end())
        ei.titles.push_back(low);
    }
  }
}

std::string Resolver::affiliation_at(size_t k) const {
  if (k >= words_.size() || words_[k].kind != scan::Kind::kWord || !words_[k].capitalized)
    return {};
  std::string buf;
  const std::string_view low =
      util::ascii_lower(text_.substr(words_[k].begin, words_[k].end - words_[k].begin), buf);
  if (util::is_party_word(low)) return "party:" + util::party_key(low);
  if (!group_word(k)) return {};
  const std::string_view country = nationality_country(low);
  return std::string(country.empty() ? low : country);
}

std::string_view nationality_country(std::string_view low) {
  std::string_view country = lexicon::country_for_demonym(low);
  // "scot" -> "scottish" -> Scotland, "briton" -> "british" -> United Kingdom.
  if (country.empty()) {
    const std::string_view form = demonym_forms().value(low);
    if (!form.empty()) country = lexicon::country_for_demonym(form);
  }
  return country;
}

std::string Resolver::person_nationality_at(size_t k) const {
  if (k >= words_.size() || words_[k].kind != scan::Kind::kWord || !words_[k].capitalized)
    return {};
  std::string buf;
  const std::string_view low =
      util::ascii_lower(text_.substr(words_[k].begin, words_[k].end - words_[k].begin), buf);
  // Plural and group forms name many ("the Scots", "the Dutch", "the Japanese", "the Swiss").
  if (low.size() < 3 || low.ends_with("s") || low.ends_with("sh") || low.ends_with("ch") ||
      low.ends_with("ese"))
    return {};
  std::string_view word = low;
  if (low.ends_with("man") && util::group_word_class(low) != "nationality")
    word = low.substr(0, low.size() - 3);  // "Dutchman", "Irishman", "Scotsman"
  if (util::group_word_class(word) != "nationality") return {};
  const std::string_view country = nationality_country(word);
  return std::string(country.empty() ? word : country);
}

// The nationality and party words of an apposition from word `first` to its closing punctuation
// ("Trump, her Republican rival."; "Pete Domenici, a New Mexico Republican,"), before its first
// preposition or "and" ("Stoltenberg, head of the Norwegian delegation"). None where a possessive
// makes them another's ("Ivanka Trump, the Republican presidential nominee's eldest daughter") or
// where no punctuation closes it: "…, the Democratic presidential candidate stated" is a clause of
// its own, after an introductory phrase that ends in a name.
void Resolver::collect_apposition_affiliations(size_t first, EntityInfo& ei) const {
  std::vector<std::string> found;
  bool own_words = true;  // before a preposition or "and"
  std::string buf;
  // A noun phrase: a determiner or a nationality, state or party first ("Peter T. King,
  // Republican of New York,"), not "Mr. Trump, unlike more conventional Republicans,".
  if (first >= words_.size() || words_[first].kind != scan::Kind::kWord) return;
  const std::string_view start = util::ascii_lower(
      text_.substr(words_[first].begin, words_[first].end - words_[first].begin), buf);
  static constexpr std::string_view kDeterminers[] = {"a",   "an",  "the",   "his",
                                                      "her", "its", "their", "our"};
  if (std::find(std::begin(kDeterminers), std::end(kDeterminers), start) ==
          std::end(kDeterminers) &&
      affiliation_at(first).empty() && party_place_at(first).empty())
    return;
  size_t k = first;
  for (; k < words_.size() && k < first + 12; ++k) {
    const scan::Word& w = words_[k];
    if (w.kind != scan::Kind::kWord) break;
    const std::string_view text = text_.substr(w.begin, w.end - w.begin);
    if (text.ends_with("'s") || text.ends_with("\xE2\x80\x99s")) return;
    const std::string_view low = util::ascii_lower(text, buf);
    if (low == "who" || low == "whose" || low == "which") break;  // "…, the X nominee who …"
    if (is_modifier_stop_word(low)) {
      // A preposition or "and" ends the apposition's own words ("a Russian expert at …"); a
      // verb or conjunction, the apposition.
      static constexpr std::string_view kAfterHead[] = {"of",   "and",  "at", "in", "for",
                                                        "from", "with", "on", "to", "by"};
      if (std::find(std::begin(kAfterHead), std::end(kAfterHead), low) == std::end(kAfterHead))
        return;
      own_words = false;
    }
    std::string a = own_words ? party_place_at(k) : std::string();
    if (a.empty() && own_words) a = affiliation_at(k);
    if (!a.empty() && std::find(found.begin(), found.end(), a) == found.end())
      found.push_back(std::move(a));
  }
  if (k == words_.size() || k == first + 12) return;  // not closed
  for (std::string& a : found)
    if (std::find(ei.affiliations.begin(), ei.affiliations.end(), a) == ei.affiliations.end())
      ei.affiliations.push_back(std::move(a));
}

std::string Resolver::party_place_at(size_t k) const {
  const Mention* m = name_mention_at(k);
  if (!m || m->entity < 0 || (m->type != EntityType::kGpe && m->type != EntityType::kLoc))
    return {};
  if (!affiliation_at(word_index_at(m->span.end)).starts_with("party:")) return {};
  return "place:" + doc_.entities[static_cast<size_t>(m->entity)].name;
}

// Back from `first` over up to six words of a title phrase ("Republican presidential nominee
// [X]", "Israeli Prime Minister [X]"): nationality and party words, lower-case modifiers and
// titles; it ends at any other word or punctuation.
void Resolver::collect_affiliations(size_t first, EntityInfo& ei) const {
  std::string buf;
  for (size_t k = first; k > 0 && k + 6 > first; --k) {
    const scan::Word& w = words_[k - 1];
    if (w.kind != scan::Kind::kWord) break;
    std::string a = affiliation_at(k - 1);
    if (a.empty()) a = party_place_at(k - 1);
    if (!a.empty()) {
      if (std::find(ei.affiliations.begin(), ei.affiliations.end(), a) == ei.affiliations.end())
        ei.affiliations.push_back(std::move(a));
      continue;
    }
    const std::string_view low = util::ascii_lower(text_.substr(w.begin, w.end - w.begin), buf);
    if (w.capitalized ? !title_words().count(low) : is_modifier_stop_word(low) || low == "the")
      break;
  }
}

size_t Resolver::word_index_at(uint32_t pos) const {
  auto it = std::lower_bound(words_.begin(), words_.end(), pos,
                             [](const scan::Word& w, uint32_t p) { return w.begin < p; });
  return static_cast<size_t>(it - words_.begin());
}

}  // namespace newsgraph::resolve
