// A word list from data/lexicon/, embedded in the library at build time (cmake/Lexicon.cmake
// turns data/lexicon/FILE into the string literal "lexicon/FILE.inc"). The text holds one entry
// a line, "word" or "word<TAB>value"; lines starting with '#' and blank lines are skipped.
//
// Lookups are exact (callers lower-case first) and need the list sorted by word with no
// duplicate, which tests/lexicon checks for every file. Entries are views into the embedded
// text, which lives for the whole program. Immutable after construction: safe to share between
// threads (construct it as a function-local static).
#pragma once

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "util/lines.h"

namespace newsgraph::util {

class Lexicon {
 public:
  explicit Lexicon(std::string_view text) {
    LineSplitter lines(text);
    for (std::string_view line; lines.Next(&line);) {
      if (line.empty() || line[0] == '#') continue;
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos)
        entries_.emplace_back(line, std::string_view());
      else
        entries_.emplace_back(line.substr(0, tab), line.substr(tab + 1));
    }
  }

  bool contains(std::string_view word) const { return find(word) != entries_.end(); }
  // 1 when `word` is listed, else 0 (the std::set spelling).
  size_t count(std::string_view word) const { return contains(word) ? 1 : 0; }

  // The value after the tab of `word`'s line; empty when the word is absent or has none.
  std::string_view value(std::string_view word) const {
    auto it = find(word);
    return it == entries_.end() ? std::string_view() : it->second;
  }

  // The entries whose class list -- the first tab-separated field of the value, classes
  // separated by commas -- names `cls`, with their values: one list of a file with a class
  // column ("president<TAB>name-title,role").
  Lexicon with_class(std::string_view cls) const {
    Lexicon out;
    for (const auto& e : entries_) {
      std::string_view classes = field(e.second, 0);
      while (!classes.empty()) {
        const size_t comma = std::min(classes.find(','), classes.size());
        if (classes.substr(0, comma) == cls) {
          out.entries_.push_back(e);
          break;
        }
        classes.remove_prefix(std::min(comma + 1, classes.size()));
      }
    }
    return out;
  }

  // Field i (from 0) of a tab-separated value; empty when it has fewer fields.
  static std::string_view field(std::string_view value, size_t i) {
    for (; i > 0; --i) {
      const size_t tab = value.find('\t');
      if (tab == std::string_view::npos) return {};
      value.remove_prefix(tab + 1);
    }
    return value.substr(0, value.find('\t'));
  }

  // Every entry in file order (word, value).
  const std::vector<std::pair<std::string_view, std::string_view>>& entries() const {
    return entries_;
  }

 private:
  Lexicon() = default;
  using Entries = std::vector<std::pair<std::string_view, std::string_view>>;
  Entries::const_iterator find(std::string_view word) const {
    auto it = std::lower_bound(entries_.begin(), entries_.end(), word,
                               [](const auto& e, std::string_view w) { return e.first < w; });
    return it != entries_.end() && it->first == word ? it : entries_.end();
  }
  Entries entries_;
};

}  // namespace newsgraph::util
