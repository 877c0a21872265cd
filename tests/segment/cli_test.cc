// `newsgraph segment` end to end: the --tokens view and the JSON offsets, which must point into
// the input even where repair changed the text.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

namespace {

std::string run(const std::string& args) {
  std::string out;
  FILE* p = popen((std::string(NEWSGRAPH_BINARY) + " segment " + args).c_str(), "r");
  if (!p) return out;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  pclose(p);
  return out;
}

std::string write_temp(const std::string& name, const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

TEST(SegmentCommand, TokensViewPrintsOneSentencePerLine) {
  if (!std::filesystem::exists(NEWSGRAPH_BINARY)) GTEST_SKIP() << "program not built";
  std::string path = write_temp("segment_cli_tokens.txt",
                                "Tajik leader quits\n\nMr. Rahmon's aide didn't go. He stayed.\n");
  EXPECT_EQ(run("--tokens " + path),
            "Tajik leader quits\n\nMr. Rahmon 's aide did n't go .\nHe stayed .\n");
}

TEST(SegmentCommand, JsonOffsetsPointIntoTheInput) {
  if (!std::filesystem::exists(NEWSGRAPH_BINARY)) GTEST_SKIP() << "program not built";
  // "café" written as mojibake, then an HTML entity: repair shortens both.
  std::string input = "The caf\xC3\x83\xC2\xA9 &amp; bar opened. It closed.";
  std::string path = write_temp("segment_cli_json.txt", input);
  auto json = nlohmann::json::parse(run(path));
  ASSERT_EQ(json["sentences"].size(), 2u);
  ASSERT_EQ(json["paragraphs"].size(), 1u);
  for (const auto& t : json["tokens"]) {
    size_t start = t["start"], end = t["end"];
    ASSERT_LE(end, input.size());
    std::string text = t["text"];
    if (text == "bar" || text == "opened" || text == "closed" || text == "The") {
      EXPECT_EQ(input.substr(start, end - start), text);
    }
  }
  const auto& second = json["sentences"][1];
  EXPECT_EQ(second["text"], "It closed.");
  EXPECT_EQ(input.substr(second["start"],
                         static_cast<size_t>(second["end"]) - static_cast<size_t>(second["start"])),
            "It closed.");
  // Without repair the text is the input: every token's offsets slice out its text.
  auto raw = nlohmann::json::parse(run("--no-repair " + path));
  ASSERT_FALSE(raw["tokens"].empty());
  for (const auto& t : raw["tokens"]) {
    size_t start = t["start"], end = t["end"];
    EXPECT_EQ(input.substr(start, end - start), t["text"].get<std::string>());
  }
}

}  // namespace
