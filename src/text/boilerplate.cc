#include "text/boilerplate.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

namespace newsgraph {
namespace {

constexpr size_t kMaxNoticeLine = 250;  // a copyright / share / byline line is short
constexpr size_t kMaxTailNotice = 160;  // a copyright notice after the last sentence of a line

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
char lower(char c) { return is_upper(c) ? static_cast<char>(c + 32) : c; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  // NBSP (C2 A0) at either end.
  while (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0') s.remove_prefix(2);
  while (s.size() >= 2 && s[s.size() - 2] == '\xC2' && s.back() == '\xA0') s.remove_suffix(2);
  return s;
}

// ASCII case-insensitive prefix / substring tests (the needles are lower-case).
bool starts_with_ci(std::string_view s, std::string_view lower_prefix) {
  if (s.size() < lower_prefix.size()) return false;
  for (size_t i = 0; i < lower_prefix.size(); ++i) {
    if (lower(s[i]) != lower_prefix[i]) return false;
  }
  return true;
}
size_t find_ci(std::string_view s, std::string_view lower_needle) {
  if (lower_needle.empty() || s.size() < lower_needle.size()) return std::string_view::npos;
  for (size_t i = 0; i + lower_needle.size() <= s.size(); ++i) {
    if (lower(s[i]) == lower_needle[0] && starts_with_ci(s.substr(i), lower_needle)) return i;
  }
  return std::string_view::npos;
}
bool contains_ci(std::string_view s, std::string_view lower_needle) {
  return find_ci(s, lower_needle) != std::string_view::npos;
}

template <size_t N>
bool starts_with_any(std::string_view s, const std::array<std::string_view, N>& prefixes) {
  for (std::string_view p : prefixes) {
    if (starts_with_ci(s, p)) return true;
  }
  return false;
}

// A year 1900-2099 standing alone (not inside a longer number).
bool has_year(std::string_view s) {
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    if (!((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0'))) continue;
    if (!is_digit(s[i + 2]) || !is_digit(s[i + 3])) continue;
    if (i > 0 && is_digit(s[i - 1])) continue;
    if (i + 4 < s.size() && is_digit(s[i + 4])) continue;
    return true;
  }
  return false;
}

// A clock time such as 10:45 or 9.30am / 9am.
bool has_clock_time(std::string_view s) {
  for (size_t i = 1; i + 2 < s.size(); ++i) {
    if (s[i] == ':' && is_digit(s[i - 1]) && is_digit(s[i + 1]) && is_digit(s[i + 2])) return true;
  }
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    if (!is_digit(s[i])) continue;
    for (std::string_view suffix : {"am", "pm", " am", " pm", "a.m.", "p.m.", " a.m.", " p.m."}) {
      std::string_view rest = s.substr(i + 1);
      if (!starts_with_ci(rest, suffix)) continue;
      if (rest.size() == suffix.size() ||
          !std::isalpha(static_cast<unsigned char>(rest[suffix.size()]))) {
        return true;
      }
    }
  }
  return false;
}

constexpr std::string_view kCopyrightSign = "\xC2\xA9";  // ©

// Skips a leading separator: a dash (- – —), a bullet or a bar, and the spaces after it.
std::string_view skip_leading_separator(std::string_view s) {
  for (std::string_view sep : {"\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\xA2", "-", "|", "*"}) {
    if (s.substr(0, sep.size()) == sep) return trim(s.substr(sep.size()));
  }
  return s;
}

// "© 2021 Reuters", "Copyright 2021 The Associated Press. All rights reserved.", "(c) AFP 2020".
bool is_copyright_notice(std::string_view s) {
  s = skip_leading_separator(s);
  if (s.empty() || s.size() > kMaxNoticeLine) return false;
  if (s.substr(0, kCopyrightSign.size()) == kCopyrightSign) return true;
  if (starts_with_ci(s, "(c) ") && (has_year(s) || contains_ci(s, "rights"))) return true;
  if (starts_with_ci(s, "all rights reserved")) return true;
  if (starts_with_ci(s, "copyright")) {
    // "Copyright law is ..." is a sentence; a notice carries a year, a © or "rights reserved".
    return has_year(s) || s.find(kCopyrightSign) != std::string_view::npos ||
           contains_ci(s, "rights reserved") || contains_ci(s, "(c)");
  }
  return false;
}

// The start of a copyright notice that ends the line after its last sentence
// ("... the whole world. – Copyright The Financial Times Limited 2021"), or npos.
size_t trailing_notice_start(std::string_view line) {
  size_t from = line.size() > kMaxTailNotice ? line.size() - kMaxTailNotice : 0;
  for (size_t i = from; i < line.size(); ++i) {
    std::string_view rest = line.substr(i);
    const bool starts_notice = rest.substr(0, kCopyrightSign.size()) == kCopyrightSign ||
                               (rest.substr(0, 9) == "Copyright") || starts_with_ci(rest, "(c) ");
    if (!starts_notice || i == 0 || !is_copyright_notice(rest)) continue;
    // What comes before must end a sentence, possibly followed by a separator dash or bar.
    std::string_view before = line.substr(0, i);
    while (!before.empty() && is_space(before.back())) before.remove_suffix(1);
    size_t start = i;
    for (std::string_view sep : {"\xE2\x80\x93", "\xE2\x80\x94", "-", "|"}) {
      if (before.size() >= sep.size() && before.substr(before.size() - sep.size()) == sep) {
        start = before.size() - sep.size();
        before.remove_suffix(sep.size());
        while (!before.empty() && is_space(before.back())) before.remove_suffix(1);
        break;
      }
    }
    if (before.empty()) return std::string_view::npos;  // the whole line is the notice
    const char last = before.back();
    const bool closes_quote =
        before.size() >= 3 && before.substr(before.size() - 3) == "\xE2\x80\x9D";
    if (last == '.' || last == '!' || last == '?' || last == '"' || closes_quote || start != i) {
      return start;
    }
  }
  return std::string_view::npos;
}

constexpr std::array<std::string_view, 12> kReadMore = {
    "read more",       "also read",        "read also",        "related:",
    "related stories", "related articles", "related coverage", "more on this story",
    "recommended:",    "see also:",        "continue reading", "watch:"};
constexpr std::array<std::string_view, 19> kSharePrompts = {
    "share this",          "share on ",          "share:",
    "follow us on",        "follow us:",         "like the page",
    "like us on",          "click here",         "sign up for",
    "sign up to",          "subscribe to our",   "subscribe for",
    "subscribe now",       "get our newsletter", "join our newsletter",
    "download our app",    "tap here",           "to continue reading",
    "already a subscriber"};
constexpr std::array<std::string_view, 5> kEditorNotes = {
    "editor\xE2\x80\x99s note", "editor's note", "editors\xE2\x80\x99 note", "editors' note",
    "editors note"};
constexpr std::array<std::string_view, 6> kWireCredits = {
    "(reporting by", "(additional reporting by", "(writing by", "(editing by",
    "(compiled by",  "(reporting and writing by"};
constexpr std::array<std::string_view, 6> kTimestamps = {
    "published", "updated", "last updated", "first published", "posted", "posted on"};
constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};

bool has_month_and_digit(std::string_view s) {
  bool digit = false;
  for (char c : s) digit = digit || is_digit(c);
  if (!digit) return false;
  for (std::string_view m : kMonths) {
    size_t at = find_ci(s, m);
    if (at != std::string_view::npos &&
        (at == 0 || !std::isalpha(static_cast<unsigned char>(s[at - 1])))) {
      return true;
    }
  }
  return false;
}

// "___.", "* * *", "-----": wire and section separators.
bool is_separator_line(std::string_view s) {
  int marks = 0;
  for (char c : s) {
    if (c == '_' || c == '=' || c == '*' || c == '~' || c == '#' || c == '-') {
      ++marks;
    } else if (c != '.' && c != ' ') {
      return false;
    }
  }
  return marks >= 3;
}

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// "July", "Jul", "Jul.", "Monday": a date word, so "By July 2013, ..." is not a byline.
bool is_month_or_day(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kMonthNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3) return false;
  std::string lower_word;
  for (char c : w) lower_word += lower(c);
  if (std::find(kMonthNames.begin(), kMonthNames.end(), lower_word) != kMonthNames.end() ||
      std::find(kWeekdays.begin(), kWeekdays.end(), lower_word) != kWeekdays.end()) {
    return true;
  }
  if (lower_word.size() <= 4) {
    for (std::string_view m : kMonths) {
      if (lower_word.substr(0, 3) == m && (lower_word.size() == 3 || lower_word == "sept")) {
        return true;
      }
    }
  }
  return false;
}

// "By Jane Doe | 10:45 GMT, 3 March 2021" or a bare short byline "By Jane Doe and John Roe".
// The words after "By" must be a name (capitalised words of letters, not a month or a day), so
// that "By July 2013, the show ..." or "By comparison, ..." stay content.
bool is_byline(std::string_view s) {
  if (s.size() > 200 || !(s.substr(0, 3) == "By " || s.substr(0, 3) == "BY ")) return false;
  size_t i = 3;
  int name_words = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '|') ++i;
    std::string_view w = s.substr(start, i - start);
    if (w.empty() || w == "\xE2\x80\x93" || w == "\xE2\x80\x94" || w == "-" ||
        w == "\xE2\x80\xA2") {
      break;
    }
    const bool joiner = w == "and" || w == "de" || w == "van" || w == "von" || w == "al";
    if (!joiner) {
      if (!is_upper(w[0])) return false;
      for (char c : w) {
        if (!(std::isalpha(static_cast<unsigned char>(c)) || c == '.' || c == '\'' || c == '-' ||
              (static_cast<unsigned char>(c) & 0x80))) {
          return false;
        }
      }
      if (is_month_or_day(w)) return false;
    }
    ++name_words;
    if (i < s.size() && (s[i] == ',' || s[i] == '|')) break;
  }
  if (name_words < 1 || name_words > 5) return false;
  std::string_view rest = trim(s.substr(std::min(i, s.size())));
  if (rest.empty()) return s.size() <= 60 && s.back() != '.';
  if (rest.size() > 100) return false;
  return has_clock_time(rest) || (has_month_and_digit(rest) && has_year(rest)) ||
         contains_ci(rest, "updated") || contains_ci(rest, "published");
}

bool is_boilerplate_line(std::string_view s) {
  if (s.empty()) return false;
  if (is_copyright_notice(s)) return true;
  if (s.size() <= kMaxNoticeLine && contains_ci(s, "all rights reserved")) return true;
  if (is_separator_line(s)) return true;
  const bool short_line = s.size() <= 200;
  if (short_line && starts_with_any(s, kReadMore)) return true;
  if (short_line && starts_with_any(s, kSharePrompts)) return true;
  if (s.size() <= 120 && (contains_ci(s, "like the page:") || contains_ci(s, "click here"))) {
    return true;
  }
  // An editor's disclaimer is a few sentences; a long correction note carries news, keep it.
  if (s.size() <= 400 && starts_with_any(s, kEditorNotes)) return true;
  if (short_line && starts_with_any(s, kWireCredits) && s.back() == ')') return true;
  if (s == "Advertisement" || s == "ADVERTISEMENT") return true;
  if (is_byline(s)) return true;
  if (s.size() <= 120 && starts_with_any(s, kTimestamps) &&
      (has_clock_time(s) || (has_month_and_digit(s) && has_year(s)))) {
    return true;
  }
  return false;
}

}  // namespace

std::vector<Span> find_boilerplate(std::string_view text) {
  std::vector<Span> spans;
  size_t line_begin = 0;
  while (line_begin <= text.size()) {
    size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::string_view raw = text.substr(line_begin, line_end - line_begin);
    std::string_view line = trim(raw);
    if (!line.empty()) {
      const size_t offset = line_begin + static_cast<size_t>(line.data() - raw.data());
      if (is_boilerplate_line(line)) {
        spans.push_back(
            {static_cast<uint32_t>(offset), static_cast<uint32_t>(offset + line.size())});
      } else if (size_t tail = trailing_notice_start(line); tail != std::string_view::npos) {
        spans.push_back(
            {static_cast<uint32_t>(offset + tail), static_cast<uint32_t>(offset + line.size())});
      }
    }
    if (line_end == text.size()) break;
    line_begin = line_end + 1;
  }
  return spans;
}

}  // namespace newsgraph
