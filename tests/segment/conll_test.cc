// Agreement with CoNLL-2003 tokenization: each eng.testa sentence is detokenized by a simple
// spacing rule (no space before , . ; : ! ? ) 's n't ..., none after ( $ and opening quotes) and
// segmented again; the tokens must equal CoNLL's for at least 97% of the sentences.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "segment/segment_test_util.h"

namespace newsgraph {
namespace {

const char kTesta[] = NEWSGRAPH_SHARED_DIR "/data/ner/conll2003/eng.testa";

bool attaches_left(const std::string& t) {
  static const char* const kLeft[] = {",",   ".",   ";",   ":",   "!",   "?",  ")",  "]",   "}",
                                      "%",   "'s",  "'S",  "n't", "N'T", "'m", "'M", "'re", "'RE",
                                      "'ve", "'VE", "'ll", "'LL", "'d",  "'D", "'"};
  for (const char* l : kLeft)
    if (t == l) return true;
  return false;
}

bool attaches_right(const std::string& t) {
  return t == "(" || t == "[" || t == "{" || t == "$" || t == "US$" || t == "C$" || t == "A$";
}

std::string detokenize(const std::vector<std::string>& tokens) {
  std::string out;
  bool open_quote = false;
  bool glue_next = true;
  for (const std::string& t : tokens) {
    bool glue = glue_next;
    glue_next = false;
    if (t == "\"") {
      if (open_quote)
        glue = true;
      else
        glue_next = true;
      open_quote = !open_quote;
    } else if (attaches_left(t)) {
      glue = true;
    }
    if (attaches_right(t)) glue_next = true;
    if (!glue) out += ' ';
    out += t;
  }
  return out;
}

TEST(ConllTokens, TokenizationAgreesWithConll2003) {
  std::ifstream in(kTesta);
  if (!in) GTEST_SKIP() << "CoNLL-2003 data not found: " << kTesta;
  std::vector<std::vector<std::string>> sentences(1);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) {
      if (!sentences.back().empty()) sentences.emplace_back();
      continue;
    }
    std::string token = line.substr(0, line.find(' '));
    if (token == "-DOCSTART-") continue;
    sentences.back().push_back(token);
  }
  if (sentences.back().empty()) sentences.pop_back();
  ASSERT_GT(sentences.size(), 3000u);
  size_t same = 0;
  size_t shown = 0;
  for (const auto& gold : sentences) {
    std::string text = detokenize(gold);
    auto got = testing::tokens_of(text);
    if (got == gold) {
      ++same;
    } else if (shown++ < 60) {
      std::string g;
      for (const auto& t : got) g += t + " | ";
      std::printf("disagreement %zu:\n  text: %s\n  got:  %s\n", shown, text.c_str(), g.c_str());
    }
  }
  double agreement = static_cast<double>(same) / static_cast<double>(sentences.size());
  std::printf("CoNLL eng.testa token agreement: %zu / %zu sentences = %.2f%%\n", same,
              sentences.size(), 100.0 * agreement);
  EXPECT_GE(agreement, 0.97);
}

}  // namespace
}  // namespace newsgraph
