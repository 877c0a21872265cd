// The --jsonl line reader: ids and other fields carried through as their JSON text, text
// decoded with its damage kept as bytes, any nesting depth without recursion, and errors with a
// column and the id when it can be read.
#include "output/jsonl.h"

#include <gtest/gtest.h>

#include <string>

namespace newsgraph::output {
namespace {

JsonlRecord parse_ok(std::string_view line) {
  JsonlRecord rec;
  JsonlError err;
  EXPECT_TRUE(parse_jsonl_line(line, rec, err)) << line << " -> " << err.message;
  return rec;
}

JsonlError parse_bad(std::string_view line) {
  JsonlRecord rec;
  JsonlError err;
  EXPECT_FALSE(parse_jsonl_line(line, rec, err)) << line;
  return err;
}

TEST(Jsonl, IdIsCarriedVerbatim) {
  for (std::string id : {"123456789012345678901234567890", "1.10", "1e400", "-0", "\"a\\u00e9\"",
                         "[1, {\"x\": null}]", "true"}) {
    JsonlRecord rec = parse_ok("{\"id\": " + id + ", \"text\": \"x\"}");
    EXPECT_EQ(rec.id_json, id);
  }
  EXPECT_EQ(parse_ok(R"({"text": "x"})").id_json, "null");
}

TEST(Jsonl, OtherFieldsKeepTheirTextAndOrder) {
  JsonlRecord rec = parse_ok(R"({"src": "w", "id": 1, "n": 1.50, "text": "t", "d": {"a": [ ]}})");
  EXPECT_EQ(rec.extra, R"("src":"w","n":1.50,"d":{"a": [ ]})");
  EXPECT_EQ(rec.text, "t");
}

TEST(Jsonl, DeepNestingIsScannedWithoutRecursion) {
  std::string deep = std::string(200000, '[') + std::string(200000, ']');
  JsonlRecord rec = parse_ok("{\"id\":\"x\",\"text\":\"Obama spoke.\",\"d\":" + deep + "}");
  EXPECT_EQ(rec.extra, "\"d\":" + deep);
  JsonlError err =
      parse_bad("{\"id\":\"x\",\"text\":\"t\",\"d\":" + std::string(100000, '{') + "}");
  EXPECT_EQ(err.id_json, "\"x\"");
  EXPECT_NE(err.message.find("not valid JSON"), std::string::npos);
}

TEST(Jsonl, TextDamageIsKeptAsBytes) {
  // A raw byte that is not UTF-8.
  EXPECT_EQ(parse_ok("{\"text\": \"caf\xe9 owner\"}").text, "caf\xe9 owner");
  // Python's surrogateescape: \udce9 stands for the byte 0xE9.
  EXPECT_EQ(parse_ok(R"({"text": "caf\udce9"})").text, "caf\xe9");
  // Any other lone surrogate: its 3-byte form, for repair to replace and report.
  EXPECT_EQ(parse_ok(R"({"text": "a\ud800b"})").text,
            "a\xed\xa0\x80"
            "b");
  // A pair is one character.
  EXPECT_EQ(parse_ok(R"({"text": "\ud83d\ude00"})").text, "\xf0\x9f\x98\x80");
  EXPECT_EQ(parse_ok(R"({"text": "q\"\\\/\b\f\n\r\t\u0041"})").text, "q\"\\/\b\f\n\r\tA");
}

TEST(Jsonl, CarriedFieldsAreMadeValidUtf8) {
  JsonlRecord rec = parse_ok("{\"id\": \"x\xff\", \"k\xfe\": \"v\x01\", \"text\": \"t\"}");
  EXPECT_EQ(rec.id_json, "\"x\\ufffd\"");
  EXPECT_EQ(rec.extra, "\"k\\ufffd\":\"v\\u0001\"");
}

TEST(Jsonl, ErrorsHaveAColumnAndTheId) {
  JsonlError e = parse_bad(R"({"id": "a7", "text": "unterminated)");
  EXPECT_EQ(e.id_json, "\"a7\"");
  EXPECT_EQ(e.column, 35u);  // the end of the line
  EXPECT_EQ(e.message, "not valid JSON: unterminated string");

  e = parse_bad(R"({"id": 12, "text": "x",})");
  EXPECT_EQ(e.id_json, "12");
  EXPECT_EQ(e.column, 24u);  // the "}" after the comma

  e = parse_bad(R"({"text": "x" "id": "late"})");
  EXPECT_EQ(e.id_json, "\"late\"");  // salvaged from the rest of the line
  EXPECT_EQ(e.column, 14u);

  e = parse_bad(R"({"id": "a", "text": "x"} trailing)");
  EXPECT_EQ(e.column, 26u);
  EXPECT_EQ(e.id_json, "\"a\"");

  e = parse_bad(R"({"id": "n"})");
  EXPECT_EQ(e.message, "no \"text\" field");
  EXPECT_EQ(e.id_json, "\"n\"");

  e = parse_bad(R"({"id": 3, "text": ["x"]})");
  EXPECT_EQ(e.message, "\"text\" is not a string");
  EXPECT_EQ(e.column, 19u);

  e = parse_bad(R"(["not", "an object"])");
  EXPECT_EQ(e.message, "not a JSON object");

  e = parse_bad("not json");
  EXPECT_EQ(e.column, 1u);
  EXPECT_EQ(e.id_json, "null");

  e = parse_bad(R"({"id": "x", "text": "bad \q escape"})");
  EXPECT_EQ(e.message, "not valid JSON: bad escape in a string");
  EXPECT_EQ(e.column, 27u);

  e = parse_bad(R"({"id": 01, "text": "x"})");
  EXPECT_NE(e.message.find("not valid JSON"), std::string::npos);
}

TEST(Jsonl, NumbersFollowTheGrammar) {
  for (std::string ok : {"0", "-1", "1.5e-3", "2E+10", "1e400"})
    parse_ok("{\"n\": " + ok + ", \"text\": \"t\"}");
  for (std::string bad : {"+1", ".5", "1.", "1e", "--1", "0x10", "NaN", "tru"})
    parse_bad("{\"n\": " + bad + ", \"text\": \"t\"}");
}

}  // namespace
}  // namespace newsgraph::output
