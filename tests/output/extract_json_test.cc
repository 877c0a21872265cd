// The extract JSON writer: repairs as the contract shows them, with a run of invalid bytes
// reported as one repair, and valid JSON for any input bytes.
#include "output/extract_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "newsgraph/repair.h"

namespace newsgraph {
namespace {

nlohmann::json repairs_of(const std::string& input) {
  Document doc("t", input);
  repair_document(doc);
  std::string out;
  output::append_extract_json(doc, "\"t\"", {}, out);
  return nlohmann::json::parse(out).at("repairs");
}

TEST(ExtractJson, RunOfInvalidBytesIsOneRepair) {
  const std::string input = "ok \x80\x81\x82 and \xff end";
  nlohmann::json r = repairs_of(input);
  ASSERT_EQ(r.size(), 2u) << r.dump();
  EXPECT_EQ(r[0]["start"], 3);
  EXPECT_EQ(r[0]["end"], 6);
  EXPECT_EQ(r[0]["rule"], "invalid-utf8");
  EXPECT_EQ(r[1]["start"], input.find('\xff'));
  EXPECT_EQ(r[1]["end"], input.find('\xff') + 1);
  // Each repair's text is the working text the run became, in order.
  Document doc("t", input);
  repair_document(doc);
  EXPECT_EQ(r[0]["text"].get<std::string>() + " and " + r[1]["text"].get<std::string>(),
            std::string(doc.text).substr(3, doc.text.size() - 3 - 4));
}

TEST(ExtractJson, SeparateRepairsOfOtherKindsStaySeparate) {
  // Two adjacent entities are two repairs.
  nlohmann::json r = repairs_of("Fish &amp;&amp; chips");
  EXPECT_EQ(r.size(), 2u) << r.dump();
}

TEST(ExtractJson, InterruptedQuoteHasPartsAndJoinedText) {
  const std::string input = "\"Prices will rise,\" the bank said, \"and wages will lag.\"";
  Document doc("t", input);
  repair_document(doc);
  const auto at = [&](std::string_view piece) {
    const uint32_t b = static_cast<uint32_t>(doc.text.find(piece));
    return Span{b, b + static_cast<uint32_t>(piece.size())};
  };
  Quote q;
  q.type = QuoteType::kDirect;
  q.parts = {at("Prices will rise,"), at("and wages will lag.")};
  q.content = Span{q.parts[0].begin, q.parts[1].end};
  q.cue = at("said");
  q.speaker_mention = at("the bank");
  doc.quotes.push_back(q);
  std::string out;
  output::append_extract_json(doc, "\"t\"", {}, out);
  nlohmann::json j = nlohmann::json::parse(out).at("quotes").at(0);
  EXPECT_EQ(j["text"], "Prices will rise, and wages will lag.");
  ASSERT_EQ(j["parts"].size(), 2u) << j.dump();
  EXPECT_EQ(j["parts"][1]["text"], "and wages will lag.");
  EXPECT_EQ(j["parts"][1]["start"], input.find("and wages"));
  EXPECT_EQ(j["start"], j["parts"][0]["start"]);
  EXPECT_EQ(j["end"], j["parts"][1]["end"]);
  // A quote of one piece carries no parts.
  doc.quotes[0].parts.clear();
  out.clear();
  output::append_extract_json(doc, "\"t\"", {}, out);
  EXPECT_FALSE(nlohmann::json::parse(out).at("quotes").at(0).contains("parts"));
}

}  // namespace
}  // namespace newsgraph
