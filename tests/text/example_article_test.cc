// The bundled demo article (examples/scraped-article.txt) is a damaged copy of
// examples/scraped-article.clean.txt: lone "â" quotes, apostrophes and dashes, "â¬" and "â¦"
// residues, one double-encoded word and two HTML entities. Repair must restore it exactly.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "text/lossy_pipeline.h"

namespace newsgraph {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(ExampleArticle, RepairRestoresTheCleanText) {
  const std::string dir = std::string(NEWSGRAPH_SOURCE_DIR) + "/examples/";
  const std::string damaged = read_file(dir + "scraped-article.txt");
  const std::string clean = read_file(dir + "scraped-article.clean.txt");
  ASSERT_FALSE(damaged.empty());
  ASSERT_FALSE(clean.empty());
  ASSERT_NE(damaged, clean);
  Document doc = testing::run_repair(damaged);
  EXPECT_EQ(doc.text, clean);
  EXPECT_TRUE(doc.repair_flags.empty());
  // Every repaired span maps back to damaged input bytes.
  for (const Edit& e : doc.edits) EXPECT_LE(e.input.end, damaged.size());
  // The last line (copyright and share prompt) is boilerplate; nothing else is.
  ASSERT_EQ(doc.boilerplate.size(), 1u);
  std::string_view text(doc.text);
  const size_t last_line = text.rfind('\n', text.size() - 2) + 1;
  EXPECT_EQ(doc.boilerplate[0].begin, last_line);
  EXPECT_EQ(doc.slice(doc.boilerplate[0]).substr(0, 2), "\xC2\xA9");
}

}  // namespace
}  // namespace newsgraph
