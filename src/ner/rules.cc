// Rules for the entity types CoNLL lacks: DATE and MONEY expressions over PTB-style tokens, and
// the nationality / religious / political group words (NORP, data/lexicon/group-words.tsv) that
// split CoNLL's MISC. The word lists here were written for this project.
#include <algorithm>
#include <cstring>
#include <string>

#include "ner/text_util.h"
#include "newsgraph/ner.h"
#include "util/ascii.h"
#include "util/group_words.h"

namespace newsgraph::ner {
namespace {

// ASCII case-insensitive equality with a lower-case word.
bool ieq(std::string_view token, std::string_view lower) {
  if (token.size() != lower.size()) return false;
  for (size_t i = 0; i < token.size(); ++i)
    if (to_lower(token[i]) != lower[i]) return false;
  return true;
}

template <size_t N>
bool in_list(std::string_view token, const std::string_view (&list)[N]) {
  for (std::string_view w : list)
    if (ieq(token, w)) return true;
  return false;
}

constexpr std::string_view kMonths[] = {
    "january",   "february", "march",    "april",    "may",   "june", "july", "august",
    "september", "october",  "november", "december", "jan.",  "feb.", "mar.", "apr.",
    "jun.",      "jul.",     "aug.",     "sep.",     "sept.", "oct.", "nov.", "dec.",
    "jan",       "feb",      "aug",      "sept",     "oct",   "nov",  "dec"};
constexpr std::string_view kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};
constexpr std::string_view kRelative[] = {"last",   "next",     "this",      "past",
                                          "coming", "previous", "following", "early",
                                          "late",   "earlier",  "later"};
constexpr std::string_view kPeriods[] = {
    "week",    "weeks",   "month",   "months",  "year",    "years",  "weekend",  "decade",
    "decades", "century", "quarter", "season",  "summer",  "winter", "spring",   "autumn",
    "fall",    "day",     "days",    "morning", "evening", "night",  "centuries"};
constexpr std::string_view kDurationUnits[] = {"year", "years", "month",    "months",
                                               "week", "weeks", "decade",   "decades",
                                               "day",  "days",  "centuries"};
constexpr std::string_view kDeictic[] = {"yesterday", "today", "tomorrow", "tonight"};
constexpr std::string_view kNumberWords[] = {
    "one", "two",    "three",   "four",    "five",   "six",      "seven", "eight", "nine",
    "ten", "eleven", "twelve",  "fifteen", "twenty", "thirty",   "forty", "fifty", "hundred",
    "a",   "an",     "several", "few",     "many",   "two-year", "some"};
constexpr std::string_view kYearPreps[] = {"in",   "since",   "by",  "until",  "from",
                                           "of",   "during",  "to",  "before", "after",
                                           "till", "through", "mid", "early",  "late"};
constexpr std::string_view kMultipliers[] = {"million", "billion", "trillion", "thousand",
                                             "bn",      "m",       "mn",       "k",
                                             "mln",     "bln",     "billions", "millions"};
constexpr std::string_view kCurrencyWords[] = {
    "dollars", "dollar", "pounds",   "pound",  "euros",    "euro",   "yen",   "francs",
    "franc",   "marks",  "mark",     "rupees", "rupee",    "cents",  "pence", "yuan",
    "roubles", "rubles", "pesos",    "lire",   "afghanis", "somoni", "usd",   "eur",
    "gbp",     "jpy",    "sterling", "riyals", "dinars",   "rand"};
constexpr std::string_view kCurrencySymbols[] = {"$",   "£", "€",   "us$", "c$", "a$",
                                                 "hk$", "¥", "nz$", "rs",  "rs."};

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

// "200,000", "1.13", "12": digits with , and . inside.
bool is_number(std::string_view s) {
  if (s.empty() || !is_digit(s[0]) || !is_digit(s.back())) return false;
  for (char c : s)
    if (!is_digit(c) && c != ',' && c != '.') return false;
  return true;
}

bool is_year(std::string_view s) {
  if (s.size() != 4 || !all_digits(s)) return false;
  int y = std::stoi(std::string(s));
  return y >= 1800 && y <= 2099;
}

// "1990s", "'90s", "1990's".
bool is_decade(std::string_view s) {
  if (s.size() == 5 && s[4] == 's' && all_digits(s.substr(0, 4)) && s[3] == '0') return true;
  if (s.size() == 4 && s[0] == '\'' && s[3] == 's' && all_digits(s.substr(1, 2))) return true;
  return false;
}

// A token that carries its currency symbol and amount at once: "$200", "£600m", "$1.13bn".
bool is_attached_money(std::string_view s) {
  for (const char* sym : {"US$", "$", "\xC2\xA3", "\xE2\x82\xAC", "C$", "A$", "HK$"}) {
    size_t n = std::strlen(sym);
    if (s.size() > n && s.substr(0, n) == sym && is_digit(s[n])) {
      std::string_view rest = s.substr(n);
      size_t k = 0;
      while (k < rest.size() && (is_digit(rest[k]) || rest[k] == ',' || rest[k] == '.')) ++k;
      std::string_view suffix = rest.substr(k);
      return suffix.empty() || suffix == "m" || suffix == "bn" || suffix == "k" || suffix == "mn" ||
             suffix == "billion" || suffix == "million" || suffix == "tn";
    }
  }
  return false;
}

bool is_day_number(std::string_view s) {
  if (s.empty() || s.size() > 4) return false;
  size_t k = 0;
  while (k < s.size() && is_digit(s[k])) ++k;
  if (k == 0 || k > 2) return false;
  std::string_view suf = s.substr(k);
  if (!(suf.empty() || suf == "st" || suf == "nd" || suf == "rd" || suf == "th")) return false;
  int d = std::stoi(std::string(s.substr(0, k)));
  return d >= 1 && d <= 31;
}

}  // namespace

void find_values(const std::vector<std::string_view>& tokens, std::vector<ValueSpan>& out) {
  const size_t n = tokens.size();
  auto at = [&](size_t i) -> std::string_view { return i < n ? tokens[i] : std::string_view(); };
  size_t i = 0;
  while (i < n) {
    std::string_view w = tokens[i];
    size_t end = i;
    EntityType type = EntityType::kDate;
    size_t begin = i;
    // ---- MONEY ----
    if (in_list(w, kCurrencySymbols) && is_number(at(i + 1))) {
      end = i + 2;
      if (in_list(at(end), kMultipliers)) ++end;
      type = EntityType::kMoney;
    } else if (is_attached_money(tokens[i])) {
      end = i + 1;
      if (in_list(at(end), kMultipliers)) ++end;
      type = EntityType::kMoney;
    } else if (is_number(w) || (in_list(w, kNumberWords) && in_list(at(i + 1), kMultipliers))) {
      size_t k = i + 1;
      if (in_list(at(k), kMultipliers)) ++k;
      if (ieq(at(k), "us") || ieq(at(k), "u.s.") || ieq(at(k), "hong") ||
          ieq(at(k), "australian") || ieq(at(k), "canadian"))
        ++k;
      if (ieq(at(k), "kong")) ++k;
      if (in_list(at(k), kCurrencyWords) && (k > i + 1 || is_number(w))) {
        end = k + 1;
        type = EntityType::kMoney;
      }
    }
    // ---- DATE ----
    if (end == i) {
      type = EntityType::kDate;
      const bool capital_month = !tokens[i].empty() && is_upper(tokens[i][0]);
      if (in_list(w, kMonths) && capital_month &&
          (!ieq(w, "may") || is_day_number(at(i + 1)) || is_year(at(i + 1)))) {
        end = i + 1;
        if (is_day_number(at(end))) ++end;
        if (ieq(at(end), ",") && is_year(at(end + 1)))
          end += 2;
        else if (is_year(at(end)))
          ++end;
        if (i > 0 && is_day_number(tokens[i - 1])) begin = i - 1;
      } else if (in_list(w, kWeekdays) || in_list(w, kDeictic)) {
        end = i + 1;
      } else if (in_list(w, kRelative) &&
                 (in_list(at(i + 1), kPeriods) || in_list(at(i + 1), kWeekdays) ||
                  in_list(at(i + 1), kMonths))) {
        end = i + 2;
        if (i > 0 && (ieq(tokens[i - 1], "earlier") || ieq(tokens[i - 1], "later"))) begin = i - 1;
      } else if ((ieq(w, "the") || ieq(w, "last") || ieq(w, "past")) && i + 2 < n &&
                 (is_number(at(i + 1)) || in_list(at(i + 1), kNumberWords)) &&
                 in_list(at(i + 2), kDurationUnits)) {
        end = i + 3;
      } else if ((ieq(w, "the") || ieq(w, "last") || ieq(w, "past")) &&
                 (ieq(at(i + 1), "last") || ieq(at(i + 1), "past")) && i + 3 < n &&
                 (is_number(at(i + 2)) || in_list(at(i + 2), kNumberWords)) &&
                 in_list(at(i + 3), kDurationUnits)) {
        end = i + 4;
      } else if (is_decade(w)) {
        end = i + 1;
        if (i > 0 && (ieq(tokens[i - 1], "the") || ieq(tokens[i - 1], "early") ||
                      ieq(tokens[i - 1], "late") || ieq(tokens[i - 1], "mid")))
          begin = i - 1;
        if (begin > 0 && !ieq(tokens[begin], "the") && ieq(tokens[begin - 1], "the")) --begin;
      } else if ((is_number(w) && !is_year(w)) ||
                 (in_list(w, kNumberWords) && !ieq(w, "a") && !ieq(w, "an") && !ieq(w, "some"))) {
        if (in_list(at(i + 1), kDurationUnits)) {
          end = i + 2;
          if (ieq(at(end), "ago") || ieq(at(end), "earlier") || ieq(at(end), "later")) ++end;
        }
      } else if ((ieq(w, "a") || ieq(w, "an")) && in_list(at(i + 1), kDurationUnits) &&
                 (ieq(at(i + 2), "ago") || ieq(at(i + 2), "earlier") || ieq(at(i + 2), "later"))) {
        end = i + 3;
      } else if (is_year(w) && i > 0 && in_list(tokens[i - 1], kYearPreps) &&
                 !in_list(at(i + 1), kMultipliers) && !ieq(at(i + 1), "%") &&
                 !ieq(at(i + 1), "percent") && !ieq(at(i + 1), "people")) {
        end = i + 1;
      }
      // Extend "September 11" etc. backwards never across an existing span.
      if (!out.empty() && begin < out.back().end) begin = out.back().end;
    }
    if (end > i && begin < end) {
      out.push_back(ValueSpan{uint32_t(begin), uint32_t(end), type});
      i = end;
    } else {
      ++i;
    }
  }
}

bool is_group_org_word(std::string_view phrase) {
  std::string buf;
  return util::group_word_class(util::ascii_lower(phrase, buf)) == "organisation";
}

bool is_norp_word(std::string_view phrase) {
  std::string buf;
  auto known = [&buf](std::string_view w) {
    if (util::is_people_group_word(util::ascii_lower(w, buf))) return true;
    // Plurals: "Afghans", "Tajiks", "Islamists".
    return w.size() > 3 && (w.back() == 's' || w.back() == 'S') &&
           util::is_people_group_word(util::ascii_lower(w.substr(0, w.size() - 1), buf));
  };
  if (known(phrase)) return true;
  // "Afghan-American", "pro-Russian": judge by the last part.
  size_t dash = phrase.rfind('-');
  return dash != std::string_view::npos && dash + 1 < phrase.size() &&
         known(phrase.substr(dash + 1));
}

}  // namespace newsgraph::ner
