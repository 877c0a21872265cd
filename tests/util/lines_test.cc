// util::LineSplitter: the line reader under the lexicon files, CoNLL, brat and judgement files.
#include "util/lines.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::util {
namespace {

std::vector<std::string> Lines(std::string_view text, std::vector<size_t>* numbers = nullptr) {
  std::vector<std::string> out;
  LineSplitter lines(text);
  for (std::string_view line; lines.Next(&line);) {
    out.emplace_back(line);
    if (numbers) numbers->push_back(lines.line_number());
  }
  return out;
}

TEST(LineSplitter, GivesEachLineWithoutItsNewlineOrCarriageReturn) {
  EXPECT_EQ(Lines("same\tBlair\tTony Blair\r\n# note\r\n\r\nlast"),
            (std::vector<std::string>{"same\tBlair\tTony Blair", "# note", "", "last"}));
}

TEST(LineSplitter, EmptyTextHasNoLineAndAFinalNewlineAddsNone) {
  EXPECT_TRUE(Lines("").empty());
  EXPECT_EQ(Lines("a\nb\n"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(Lines("\n"), (std::vector<std::string>{""}));
}

TEST(LineSplitter, KeepsOnlyOneCarriageReturnAndCountsLinesFromOne) {
  std::vector<size_t> numbers;
  EXPECT_EQ(Lines("x\r\r\n\ny", &numbers), (std::vector<std::string>{"x\r", "", "y"}));
  EXPECT_EQ(numbers, (std::vector<size_t>{1, 2, 3}));
}

}  // namespace
}  // namespace newsgraph::util
