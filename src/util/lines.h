// Line splitting shared by every reader of line-based text (lexicon files, CoNLL, brat, judgement
// files). Header-only, no state beyond the object; an object is used by one thread at a time.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsgraph::util {

// Walks `text` line by line. Each line is given without its "\n" and without one trailing "\r";
// a final line without "\n" is given too, an empty text gives no line. The views point into
// `text`, which must outlive them.
class LineSplitter {
 public:
  explicit LineSplitter(std::string_view text) : text_(text) {}

  // Sets `*line` to the next line and returns true, or returns false at the end of the text.
  bool Next(std::string_view* line) {
    if (pos_ >= text_.size()) return false;
    size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) end = text_.size();
    *line = text_.substr(pos_, end - pos_);
    pos_ = end + 1;
    ++number_;
    if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
    return true;
  }

  // The 1-based number of the line Next() last gave (0 before the first).
  size_t line_number() const { return number_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  size_t number_ = 0;
};

}  // namespace newsgraph::util
