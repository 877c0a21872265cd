// End-to-end checks of `newsgraph repair`: byte-identical output for clean text, --explain
// spans that point into the input, and --highlight markers.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

std::string run(const std::string& args) {
  std::string out;
  FILE* p = popen((std::string(NEWSGRAPH_BINARY) + " " + args).c_str(), "r");
  if (!p) return out;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  pclose(p);
  return out;
}

fs::path write_temp(const std::string& name, const std::string& content) {
  fs::path path = fs::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

class RepairCli : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(NEWSGRAPH_BINARY)) GTEST_SKIP() << "program not built: " << NEWSGRAPH_BINARY;
  }
};

TEST_F(RepairCli, CleanTextIsPrintedByteIdentical) {
  std::string clean = "“Quoted,” she said — café, Größe.\r\n\tTabbed line without newline";
  clean = clean.substr(0, clean.find('\r')) + "\nsecond line";
  fs::path path = write_temp("ng_repair_clean.txt", clean);
  EXPECT_EQ(run("repair " + path.string()), clean);
  EXPECT_EQ(run("repair --explain " + path.string()), "");
}

TEST_F(RepairCli, ExplainGivesInputSpansAndRules) {
  const std::string input = "Le caf\xC3\x83\xC2\xA9 &amp; \xE9t\xE9";
  fs::path path = write_temp("ng_repair_broken.txt", input);
  EXPECT_EQ(run("repair " + path.string()), "Le café & été");
  std::istringstream lines(run("repair --explain " + path.string()));
  int count = 0;
  for (std::string line; std::getline(lines, line); ++count) {
    auto j = nlohmann::json::parse(line);
    size_t start = j["start"], end = j["end"];
    ASSERT_LE(start, end);
    ASSERT_LE(end, input.size());
    if (j["rule"] == "mojibake") {
      EXPECT_EQ(input.substr(start, end - start), j["from"].get<std::string>());
    }
    EXPECT_FALSE(j["rule"].get<std::string>().empty());
  }
  EXPECT_EQ(count, 4);  // mojibake, html-entity, two invalid bytes
  std::string highlighted = run("repair --highlight " + path.string());
  EXPECT_NE(highlighted.find("caf[[é]]{1}"), std::string::npos);
  EXPECT_NE(highlighted.find("html-entity"), std::string::npos);
}

}  // namespace
