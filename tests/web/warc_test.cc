// WARC reading: response records with HTML bodies become articles, other records are skipped,
// a truncated record is reported with its place.
#include "web/warc.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>
#include <vector>

#include "web/input.h"

namespace newsgraph::web {
namespace {

const char kParagraph[] =
    "Officials confirmed on Monday that the harbour would reopen next week, ending a closure "
    "that had stranded dozens of fishing boats, according to the port authority.";

std::string Record(const std::string& type, const std::string& uri, const std::string& block) {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2024-01-02T03:04:05Z\r\nContent-Type: application/http; "
         "msgtype=" +
         type + "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block +
         "\r\n\r\n";
}

std::string Response(const std::string& title) {
  std::string html = "<html><head><title>" + title + "</title></head><body><article><p>" +
                     kParagraph + "</p><p>" + kParagraph + "</p></article></body></html>";
  return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
         std::to_string(html.size()) + "\r\n\r\n" + html;
}

std::string Chunked(const std::string& title) {
  std::string html = "<html><head><title>" + title + "</title></head><body><p>" + kParagraph +
                     "</p></body></html>";
  std::string a = html.substr(0, 40), b = html.substr(40);
  char sa[16], sb[16];
  snprintf(sa, sizeof sa, "%zx", a.size());
  snprintf(sb, sizeof sb, "%zx", b.size());
  return "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" +
         std::string(sa) + "\r\n" + a + "\r\n" + sb + "\r\n" + b + "\r\n0\r\n\r\n";
}

std::string Gzip(const std::string& s) {
  std::string out(compressBound(s.size()) + 64, '\0');
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(s.data()));
  zs.avail_in = static_cast<uInt>(s.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string Crawl() {
  return Record("warcinfo", "", "software: test\r\n") +
         Record("request", "https://a.example/one",
                "GET /one HTTP/1.1\r\nHost: a.example\r\n\r\n") +
         Record("response", "https://a.example/one", Response("First story")) +
         Record("metadata", "https://a.example/one", "fetchTimeMs: 12\r\n") +
         Record("response", "https://a.example/logo.png",
                "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG....") +
         Record("response", "https://b.example/two", Chunked("Second story"));
}

std::vector<Article> Articles(const std::string& bytes, Status* status) {
  std::vector<Article> out;
  *status = ForEachWarcArticle(bytes, ExtractOptions(),
                               [&](const WarcRecord&, const Article& a) { out.push_back(a); });
  return out;
}

TEST(Warc, ResponsesWithHtmlBecomeArticles) {
  Status s;
  std::vector<Article> got = Articles(Crawl(), &s);
  EXPECT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].title, "First story");
  EXPECT_EQ(got[0].url, "https://a.example/one");  // from WARC-Target-URI
  EXPECT_EQ(got[0].text, std::string(kParagraph) + "\n" + kParagraph + "\n");
  EXPECT_EQ(got[1].title, "Second story");  // de-chunked body
  EXPECT_EQ(got[1].text, std::string(kParagraph) + "\n");
}

TEST(Warc, GzipPerRecordMembers) {
  std::string crawl = Crawl();
  std::string gz;
  // One gzip member per record, as crawlers write .warc.gz.
  for (size_t pos = 0; pos < crawl.size();) {
    size_t next = crawl.find("WARC/1.0", pos + 1);
    if (next == std::string::npos) next = crawl.size();
    gz += Gzip(crawl.substr(pos, next - pos));
    pos = next;
  }
  Status s;
  EXPECT_EQ(Articles(gz, &s).size(), 2u);
  EXPECT_TRUE(s.ok()) << s.message();
}

TEST(Warc, TruncatedRecordIsReported) {
  std::string crawl = Crawl();
  std::string cut = crawl.substr(0, crawl.size() - 60);
  Status s;
  std::vector<Article> got = Articles(cut, &s);
  EXPECT_EQ(got.size(), 1u);  // the record before the damage still comes out
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("WARC record 5"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("truncated"), std::string::npos) << s.message();
  // The same through the input layer used by extract and ingest.
  std::string error;
  std::vector<InputDocument> docs = ReadInputDocuments("crawl.warc", cut, ExtractOptions(), &error);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "crawl.warc#1");
  EXPECT_EQ(docs[0].text.substr(0, 13), "First story\n\n");
  EXPECT_EQ(error.substr(0, 12), "crawl.warc: ");
  // Truncated inside a gzip member.
  std::string gz = Gzip(crawl);
  got = Articles(gz.substr(0, gz.size() - 30), &s);
  EXPECT_FALSE(s.ok());
}

TEST(Warc, MalformedHeaders) {
  Status s;
  Articles("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\n", &s);
  EXPECT_NE(s.message().find("Content-Length"), std::string::npos) << s.message();
  Articles("WARC/1.0\r\nWARC-Type: response\r\n", &s);
  EXPECT_NE(s.message().find("truncated header"), std::string::npos) << s.message();
  Articles(Record("response", "u", Response("t")) + "garbage", &s);
  EXPECT_NE(s.message().find("no WARC/ version line"), std::string::npos) << s.message();
}

TEST(Warc, PlainTextPassesThroughUnchanged) {
  std::string error;
  std::vector<InputDocument> docs =
      ReadInputDocuments("a.txt", kParagraph, ExtractOptions(), &error);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, kParagraph);
  EXPECT_EQ(docs[0].kind, InputKind::kText);
  EXPECT_TRUE(error.empty());
}

}  // namespace
}  // namespace newsgraph::web
