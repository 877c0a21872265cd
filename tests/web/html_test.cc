// Main-text extraction on pages written for the tests: the malformed cases of issue 14 must
// give a result or a clear error, never a crash or a hang.
#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

#include "web/article.h"
#include "web/decode.h"

namespace newsgraph::web {
namespace {

const char kParagraph[] =
    "The council voted on Tuesday to close the old bridge, after engineers said the steel "
    "had corroded faster than expected, and the mayor promised a replacement within two years.";

std::string Extract(const std::string& html, Article* a = nullptr) {
  Article local;
  if (!a) a = &local;
  Status s = ExtractArticle(html, ExtractOptions(), a);
  EXPECT_TRUE(s.ok()) << s.message();
  return a->text;
}

std::string Gzip(const std::string& s) {
  uLongf size = compressBound(s.size()) + 32;
  std::string out(size, '\0');
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

std::string NewsPage(const std::string& body_extra = "") {
  return std::string(
             "<!doctype html><html lang=en><head><title>Bridge to close | Gazette</title>"
             "<meta property=og:site_name content='The Gazette'></head><body>"
             "<nav><ul><li><a href=/>Home</a></li><li><a href=/w>World</a></li>"
             "<li><a href=/s>Sport</a></li></ul></nav>"
             "<div class=cookie-banner><p>We use cookies to improve your experience on "
             "our site, by continuing you accept them.</p></div>"
             "<article><h1>Bridge to close</h1><p>") +
         kParagraph + "</p><p>" + kParagraph + "</p>" + body_extra + "<p>" + kParagraph +
         "</p></article><aside class=related><h3>Related</h3><ul><li><a href=/a>Another story "
         "about bridges and roads in the county</a></li></ul></aside>"
         "<footer><p>Copyright The Gazette, all rights reserved, 2024.</p></footer></body></html>";
}

TEST(Html, KeepsTheArticleAndDropsBoilerplate) {
  Article a;
  std::string text = Extract(NewsPage(), &a);
  EXPECT_NE(text.find(kParagraph), std::string::npos);
  EXPECT_EQ(text.find("cookies"), std::string::npos);
  EXPECT_EQ(text.find("Another story"), std::string::npos);
  EXPECT_EQ(text.find("Copyright"), std::string::npos);
  EXPECT_EQ(text.find("Home"), std::string::npos);
  EXPECT_EQ(a.site, "The Gazette");
  EXPECT_EQ(a.language, "en");
}

TEST(Html, OneParagraphPerLine) {
  std::string text = Extract(NewsPage());
  std::string want = std::string(kParagraph) + "\n" + kParagraph + "\n" + kParagraph + "\n";
  EXPECT_EQ(text, want);
}

TEST(Html, GzipIsTransparentAndTruncatedGzipIsAnError) {
  std::string gz = Gzip(NewsPage());
  EXPECT_EQ(Extract(gz), Extract(NewsPage()));
  Article a;
  Status s = ExtractArticle(gz.substr(0, gz.size() / 2), ExtractOptions(), &a);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("truncated"), std::string::npos) << s.message();
}

TEST(Html, BrokenMarkup) {
  std::string page = std::string("<html><body><div class=story><p>") + kParagraph + "<p><b><i>" +
                     kParagraph + "</b></i></span></div></div><p>" + kParagraph +
                     "<table><tr><td>" + kParagraph + "</tr></div attr='<p>'";
  std::string text = Extract(page);
  EXPECT_NE(text.find(kParagraph), std::string::npos);
  EXPECT_EQ(text.find("<"), std::string::npos);
}

TEST(Html, NoBodyNoHead) {
  std::string text =
      Extract(std::string("<title>Bridge</title><p>") + kParagraph + "<p>" + kParagraph);
  EXPECT_EQ(text, std::string(kParagraph) + "\n" + kParagraph + "\n");
}

TEST(Html, DeclaredLatin1ButUtf8) {
  std::string p =
      "Le conseil a voté mardi la fermeture du vieux pont, après que les ingénieurs "
      "ont constaté une corrosion plus rapide que prévu, a déclaré le maire.";
  std::string page = "<html><head><meta charset=iso-8859-1></head><body><p>" + p + "</p><p>" + p +
                     "</p></body></html>";
  Article a;
  EXPECT_NE(Extract(page, &a).find(p), std::string::npos);
  EXPECT_EQ(a.charset, "UTF-8");
}

TEST(Html, DeclaredUtf8ButCp1252) {
  std::string p =
      "Le conseil a vot\xE9 mardi la fermeture du vieux pont \x96 apr\xE8s que les "
      "ing\xE9nieurs ont constat\xE9 une corrosion plus rapide que pr\xE9vu, dit-il.";
  std::string page =
      "<html><head><meta charset=utf-8></head><body><p>" + p + "</p><p>" + p + "</p></body></html>";
  std::string text = Extract(page);
  EXPECT_NE(text.find("vot\xC3\xA9 mardi"), std::string::npos) << text;
  EXPECT_NE(text.find("pont \xE2\x80\x93 apr"), std::string::npos) << text;  // cp1252 en dash
}

TEST(Html, CyrillicAndJapaneseCharsets) {
  // "Новости дня" in KOI8-R, declared by http-equiv.
  std::string koi8 = "\xEE\xCF\xD7\xCF\xD3\xD4\xC9 \xC4\xCE\xD1";
  std::string page =
      "<html><head><meta http-equiv=Content-Type content='text/html; "
      "charset=koi8-r'></head><body><p>" +
      koi8 + ", " + koi8 + ", " + koi8 + ", " + koi8 + ", " + koi8 + "</p></body></html>";
  EXPECT_NE(Extract(page).find("\xD0\x9D\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8"),
            std::string::npos);
  // "日本" in Shift_JIS.
  std::string sjis = "\x93\xFA\x96\x7B";
  page = "<html><head><meta charset=shift_jis></head><body><p>" + sjis + "," + sjis + "," + sjis +
         "," + sjis + "," + sjis + "," + sjis + "," + sjis + "," + sjis + "," + sjis +
         "</p></body></html>";
  EXPECT_NE(Extract(page).find("\xE6\x97\xA5\xE6\x9C\xAC"), std::string::npos);
}

TEST(Html, AllNavigationGivesNoText) {
  std::string page = "<html><body><nav>";
  for (int i = 0; i < 200; ++i)
    page += "<a href=/s" + std::to_string(i) + ">Section number " + std::to_string(i) +
            " of the site</a> ";
  page += "</nav><div class=menu><ul>";
  for (int i = 0; i < 50; ++i) page += "<li><a href=/x>A long menu entry with many words</a></li>";
  page += "</ul></div></body></html>";
  EXPECT_EQ(Extract(page), "");
}

TEST(Html, DeepNestingIsParsedWithoutRecursion) {
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += std::string("<p>") + kParagraph + "</p><p>" + kParagraph + "</p>";
  for (int i = 0; i < 100000; ++i) page += "</div>";
  page += "</body></html>";
  EXPECT_NE(Extract(page).find(kParagraph), std::string::npos);
  std::string spans;  // unclosed inline elements, another quadratic case for tree builders
  for (int i = 0; i < 100000; ++i) spans += "<span><b>";
  spans += kParagraph;
  EXPECT_NE(Extract("<html><body><p>" + spans).find("The council voted"), std::string::npos);
}

TEST(Html, FiftyMegabytePage) {
  std::string page = "<html><head><title>Big</title></head><body><article>";
  page.reserve(52u << 20);
  while (page.size() < (50u << 20)) page += std::string("<p>") + kParagraph + "</p>\n";
  page += "</article></body></html>";
  Article a;
  std::string text = Extract(page, &a);
  EXPECT_GT(text.size(), 40u << 20);
  EXPECT_EQ(a.title, "Big");
}

TEST(Html, JsonLdMetadataAndBody) {
  std::string ld = R"({"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
    {"@type":"NewsArticle","headline":"Bridge to close","datePublished":"2024-03-05T10:00:00Z",
     "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}],
     "publisher":{"@type":"Organization","name":"The Gazette"},
     "articleBody":")" +
                   std::string(kParagraph) + " " + kParagraph + " " + kParagraph + R"("}]})";
  std::string page =
      "<html><head><link rel=canonical href='https://gazette.example/bridge'>"
      "<script type='application/ld+json'>" +
      ld +
      "</script></head><body>"
      "<div><p>" +
      kParagraph + "</p></div></body></html>";
  Article a;
  std::string text = Extract(page, &a);
  EXPECT_EQ(a.title, "Bridge to close");
  EXPECT_EQ(a.published, "2024-03-05T10:00:00Z");
  ASSERT_EQ(a.authors.size(), 2u);
  EXPECT_EQ(a.authors[1], "Bo Chen");
  EXPECT_EQ(a.url, "https://gazette.example/bridge");
  EXPECT_EQ(a.site, "The Gazette");  // no og:site_name: the JSON-LD publisher
}

TEST(Html, OpenGraphAndTimeMetadata) {
  std::string page =
      "<html><head><meta property='og:title' content='Bridge to close'>"
      "<meta name=author content='Ann Lee'></head><body><article>"
      "<time datetime='2024-03-05'>5 March</time><p>" +
      std::string(kParagraph) + "</p></article></body></html>";
  Article a;
  Extract(page, &a);
  EXPECT_EQ(a.title, "Bridge to close");
  EXPECT_EQ(a.published, "2024-03-05");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0], "Ann Lee");
}

TEST(Html, GarbageNeverCrashes) {
  std::string junk;
  uint32_t x = 12345;
  for (int i = 0; i < 200000; ++i) {
    x = x * 1103515245 + 12345;
    static const char kAlphabet[] = "<>/=\"' abcdiv p&;#!-\x80\xC3\xA9\xFF";
    junk.push_back(kAlphabet[(x >> 16) % (sizeof kAlphabet - 1)]);
  }
  Article a;
  EXPECT_TRUE(ExtractArticle(junk, ExtractOptions(), &a).ok());
  EXPECT_TRUE(ExtractArticle("", ExtractOptions(), &a).ok());
  EXPECT_EQ(a.text, "");
}

TEST(Html, DetectInputKind) {
  EXPECT_EQ(DetectInputKind(NewsPage()), InputKind::kHtml);
  EXPECT_EQ(DetectInputKind(Gzip(NewsPage())), InputKind::kHtml);
  EXPECT_EQ(DetectInputKind("  <p>just a paragraph</p> with <b>tags</b>"), InputKind::kText);
  EXPECT_EQ(DetectInputKind(kParagraph), InputKind::kText);
  EXPECT_EQ(DetectInputKind("WARC/1.1\r\nWARC-Type: warcinfo\r\n"), InputKind::kWarc);
  EXPECT_EQ(DetectInputKind(Gzip("WARC/1.0\r\n")), InputKind::kWarc);
}

}  // namespace
}  // namespace newsgraph::web
