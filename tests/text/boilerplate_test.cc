// find_boilerplate (text/boilerplate.h): non-content lines are marked, content is not.
#include "text/boilerplate.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph {
namespace {

std::vector<std::string> marked(const std::string& text) {
  std::vector<std::string> out;
  for (Span s : find_boilerplate(text)) out.push_back(text.substr(s.begin, s.size()));
  return out;
}

bool is_marked_line(const std::string& line) {
  auto spans = marked(line);
  return spans.size() == 1 && spans[0] == line;
}

TEST(Boilerplate, MarksNonContentLines) {
  const char* lines[] = {
      "\xC2\xA9 2024 The Northern Gazette",
      "Copyright 2019 The Associated Press. All rights reserved.",
      "Copyright \xC2\xA9 Harbour Media Ltd",
      "This material may not be published. All rights reserved.",
      "(c) 2021 Example Wire Service",
      "Read more: How the port lost its ferries",
      "READ MORE",
      "Share this article",
      "Share this: Facebook | Twitter | Email",
      "Follow us on Twitter and Instagram",
      "Like the page:",
      "Do you support the new stadium? Like the page:",
      "Sign up for our daily newsletter",
      "Click here to subscribe",
      "___.",
      "* * *",
      "-----",
      "Editor\xE2\x80\x99s note: This story has been updated to correct a name.",
      "Editor's Note: An earlier version misstated the date.",
      "By Jane Kowalski | 10:45 GMT, 3 March 2021",
      "By Tom Reyes and Ana Lima, Updated 9:30 a.m. ET",
      "By Jane Kowalski",
      "Published 14:02 BST, 12 June 2020",
      "(Reporting by Anna Berg; Editing by Paul Smith)",
      "Advertisement",
  };
  for (const char* line : lines) {
    EXPECT_TRUE(is_marked_line(line)) << line;
    // Also inside an article, with surrounding whitespace.
    const std::string article =
        "The port reopened on Monday.\n  " + std::string(line) + "  \nShips returned within hours.";
    auto found = marked(article);
    ASSERT_EQ(found.size(), 1u) << line;
    EXPECT_EQ(found[0], line);
  }
}

TEST(Boilerplate, LeavesContentAlone) {
  const char* lines[] = {
      "Copyright law has not kept up with the internet, the judge said.",
      "Copyright holders filed 40 complaints last year.",
      "The museum said all rights to the film were sold in 1998 to a private collector who "
      "later donated the reels, along with letters, photographs and the original contracts, to "
      "the city archive, where they remain today and are open to researchers on request.",
      "By July 2013, the show had a new name and a co-host.",
      "By comparison, rents rose 4 per cent in the same period.",
      "By 2:30 p.m., the mayor was talking about school policy.",
      "By last September the currency had risen 54 per cent.",
      "By Monday",
      "She read more than 40 reports before the hearing.",
      "Readers can share their views at the public meeting on Thursday.",
      "He told supporters to follow the money and to like what they saw.",
      "Share prices fell 3 per cent after the announcement.",
      "\xE2\x80\x9CWe will not sign,\xE2\x80\x9D the editor said.",
      "The 2001-2005 period was a turbulent one.",
      "...",
  };
  for (const char* line : lines) EXPECT_TRUE(marked(line).empty()) << line;
}

TEST(Boilerplate, CopyrightNoticeAfterTheLastSentenceOfALine) {
  const std::string text =
      "The minister left office in March.\n"
      "\xE2\x80\x9CWe will go on,\xE2\x80\x9D he said. \xE2\x80\x93 Copyright The Example Times "
      "Limited 2021";
  auto found = marked(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], "\xE2\x80\x93 Copyright The Example Times Limited 2021");
  EXPECT_EQ(marked("It ended there. \xC2\xA9 2020 Example Wire")[0], "\xC2\xA9 2020 Example Wire");
  // A sentence that merely mentions copyright keeps its whole line.
  EXPECT_TRUE(marked("He studied the law. Copyright reform is next, he said.").empty());
}

TEST(Boilerplate, SpansAreSortedAndEdgeCasesAreSafe) {
  EXPECT_TRUE(find_boilerplate("").empty());
  EXPECT_TRUE(find_boilerplate("\n\n\n").empty());
  EXPECT_TRUE(find_boilerplate(std::string("\xFF\xFE\xC2", 3)).empty());
  const std::string text = "___.\nText.\r\nShare this article\r\n\xC2\xA9 2020 X";
  auto spans = find_boilerplate(text);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].size()), "Share this article");
  for (size_t i = 1; i < spans.size(); ++i) EXPECT_LT(spans[i - 1].end, spans[i].begin);
  std::string huge(1 << 20, 'x');
  huge += "\nRead more";
  EXPECT_EQ(find_boilerplate(huge).size(), 1u);
}

}  // namespace
}  // namespace newsgraph
