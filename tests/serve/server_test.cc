// `newsgraph serve` in-process: parameter checks, and a real server on a real store (ingested
// from real articles) answered over loopback HTTP: the CONTRACT.md API, 400/404s, concurrent
// readers, and merge/split only with allow_edits.
#include "serve/server.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "serve/params.h"
#include "store/ingest.h"
#include "store/store.h"
#include "test_pipeline.h"

namespace newsgraph::serve {
namespace {

using nlohmann::json;

// Percent-encodes everything but unreserved characters (a URL path segment or query value).
std::string Encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += char(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

// The bytes a gzip stream (RFC 1952) holds; "" when `gz` is not one.
std::string Gunzip(const std::string& gz) {
  z_stream z{};
  if (inflateInit2(&z, 15 + 16) != Z_OK) return "";
  std::string out;
  char buf[65536];
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  z.avail_in = static_cast<uInt>(gz.size());
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
  }
  inflateEnd(&z);
  return rc == Z_STREAM_END ? out : "";
}

TEST(ParamsTest, BoundedIntegers) {
  std::string why;
  int64_t v = 0;
  EXPECT_TRUE(parse_bounded_int("limit", "", 1, 100, 20, &v, &why));
  EXPECT_EQ(v, 20);
  EXPECT_TRUE(parse_bounded_int("limit", "100", 1, 100, 20, &v, &why));
  EXPECT_EQ(v, 100);
  for (const char* bad : {"0", "-1", "101", "1e3", " 5", "5 ", "0x10", "99999999999999999999999",
                          "1;DROP TABLE actors", ""}) {
    if (*bad == 0) continue;
    EXPECT_FALSE(parse_bounded_int("limit", bad, 1, 100, 20, &v, &why)) << bad;
    EXPECT_EQ(why, "limit: must be an integer from 1 to 100");
  }
}

TEST(ParamsTest, QueryStrings) {
  std::string why;
  EXPECT_TRUE(check_query_string("/api/graph?actor=a1&depth=2", &why));
  EXPECT_TRUE(check_query_string("/api/stats", &why));
  EXPECT_TRUE(check_query_string("/api/actors?q=a%3Db", &why));
  EXPECT_FALSE(check_query_string("/api/graph?actor=a1&depth=1%20OR%201=1", &why));
}

TEST(ParamsTest, TextDatesAndTypes) {
  std::string why;
  EXPECT_TRUE(check_text("q", "Tony Blair \xE2\x80\x99s", 200, &why));
  EXPECT_FALSE(check_text("q", "\xFF\xFE", 200, &why));
  EXPECT_EQ(why, "q: not valid UTF-8");
  EXPECT_FALSE(check_text("q", std::string("a\0b", 3), 200, &why));
  EXPECT_FALSE(check_text("q", std::string(201, 'x'), 200, &why));
  EXPECT_TRUE(check_date("from", "2016-03", &why));
  EXPECT_TRUE(check_date("from", "", &why));
  EXPECT_FALSE(check_date("from", "2016-3", &why));
  EXPECT_FALSE(check_date("from", "20160301", &why));
  EXPECT_TRUE(check_type_list("types", "supports,member_of", &why));
  EXPECT_FALSE(check_type_list("types", "supports,", &why));
  EXPECT_FALSE(check_type_list("types", "supports')--", &why));
}

// A store of real articles: BBC politics from ../shared, else the bundled example article.
class ServeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::filesystem::path(std::filesystem::temp_directory_path() /
                                     ("serve_test_" + std::to_string(::getpid())));
    std::filesystem::create_directories(*dir_);
    db_ = new std::string((*dir_ / "t.db").string());
    std::string input = (*dir_ / "in.jsonl").string();
    std::ifstream corpus(NEWSGRAPH_SHARED_DIR "/data/news/corpus.jsonl");
    std::ofstream out(input);
    int n = 0;
    for (std::string line; n < 40 && std::getline(corpus, line);)
      if (line.find("\"bbc-fulltext/bbc/politics/") != std::string::npos) out << line << "\n", ++n;
    out.close();
    if (n == 0) input = NEWSGRAPH_SOURCE_DIR "/examples/scraped-article.txt";
    std::unique_ptr<store::Store> store;
    ASSERT_TRUE(store::Store::Open(*db_, store::Options(), &store).ok());
    store::IngestOptions options;
    options.threads = 1;
    options.pipeline = &test_support::test_pipeline();
    store::IngestReport report;
    const store::Status st = store::Ingest({input}, options, store.get(), &report);
    ASSERT_TRUE(st.ok()) << st.message();
    ASSERT_GT(report.added, 0);
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*dir_);
    delete dir_;
    delete db_;
  }

  void Start(bool allow_edits = false) {
    Options o;
    o.db_path = *db_;
    o.port = 0;
    o.threads = 8;
    o.allow_edits = allow_edits;
    server_ = std::make_unique<Server>(o);
    std::string error;
    ASSERT_TRUE(server_->Open(&error)) << error;
    thread_ = std::thread([this] { server_->Run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    for (int i = 0; i < 100 && !client_->Get("/api/health"); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  void TearDown() override {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
  }
  // GET path; returns the status and fills *body with the parsed JSON.
  int Get(const std::string& path, json* body) {
    auto r = client_->Get(path.c_str());
    if (!r) return -1;
    *body = json::parse(r->body, nullptr, false);
    return r->status;
  }

  static std::filesystem::path* dir_;
  static std::string* db_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};
std::filesystem::path* ServeTest::dir_ = nullptr;
std::string* ServeTest::db_ = nullptr;

TEST_F(ServeTest, ContractApi) {
  Start();
  json top;
  ASSERT_EQ(Get("/api/actors?limit=3", &top), 200);
  ASSERT_FALSE(top["actors"].empty());
  const json first = top["actors"][0];
  for (const char* k : {"id", "name", "type", "articles", "mentions"})
    EXPECT_TRUE(first.contains(k));
  // Searching by the first word of its name finds it.
  const std::string name = first["name"], id = first["id"];
  json found;
  ASSERT_EQ(Get("/api/actors?q=" + Encode(name.substr(0, name.find(' '))), &found), 200);
  bool listed = false;
  for (const json& a : found["actors"]) listed |= a["id"] == id;
  EXPECT_TRUE(listed) << found.dump();

  json actor;
  ASSERT_EQ(Get("/api/actors/" + id, &actor), 200);
  EXPECT_EQ(actor["name"], name);
  for (const char* k : {"aliases", "roles", "quotes", "relations", "articles", "cooccurring"})
    EXPECT_TRUE(actor[k].is_array()) << k;
  ASSERT_FALSE(actor["articles"].empty());

  json graph;
  ASSERT_EQ(Get("/api/graph?actor=" + id + "&depth=2", &graph), 200);
  EXPECT_TRUE(graph["nodes"].is_array() && graph["edges"].is_array());
  for (const json& e : graph["edges"])
    EXPECT_TRUE(e.contains("source") && e.contains("target") && e.contains("type"));

  // The article view: every span's UTF-16 slice of the repaired text lies inside it.
  const std::string article = actor["articles"][0]["id"];
  json view;
  ASSERT_EQ(Get("/api/articles/" + Encode(article), &view), 200);
  EXPECT_EQ(view["id"], article);
  const std::string text = view["text"];
  ASSERT_FALSE(view["mentions"].empty());
  for (const json& m : view["mentions"]) {
    EXPECT_LE(m["text_start"].get<int>(), m["text_end"].get<int>());
    EXPECT_LE(m["text_end"].get<size_t>(), text.size());
  }
}

TEST_F(ServeTest, BadParametersAndUnknownIds) {
  Start();
  json body;
  for (const char* path : {"/api/actors?limit=-1", "/api/actors?limit=0", "/api/actors?q=%FF",
                           "/api/graph?actor=a1&depth=1000", "/api/graph?actor=a1&depth=0",
                           "/api/graph", "/api/graph?actor=a1&from=yesterday"}) {
    EXPECT_EQ(Get(path, &body), 400) << path;
    EXPECT_TRUE(body.contains("error")) << path;
  }
  for (const char* path : {"/api/actors/a999999", "/api/actors/Blair", "/api/articles/none",
                           "/api/graph?actor=a999999", "/%2e%2e/%2e%2e/etc/passwd", "/api/x"}) {
    EXPECT_EQ(Get(path, &body), 404) << path;
    EXPECT_TRUE(body.contains("error")) << path;
  }
  EXPECT_EQ(Get("/api/health", &body), 200);
}

TEST_F(ServeTest, ConcurrentReadersAgree) {
  Start();
  json top;
  ASSERT_EQ(Get("/api/actors?limit=1", &top), 200);
  const std::string path = "/api/actors/" + top["actors"][0]["id"].get<std::string>();
  auto expected = client_->Get(path.c_str());
  ASSERT_TRUE(expected);
  std::atomic<int> same{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&] {
      httplib::Client c("127.0.0.1", server_->port());
      for (int i = 0; i < 25; ++i) {
        auto r = c.Get(i % 2 ? path.c_str() : "/api/stats");
        if (r && r->status == 200 && (i % 2 == 0 || r->body == expected->body)) ++same;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(same.load(), 8 * 25);
}

TEST_F(ServeTest, EditsOnlyWhenAllowed) {
  Start(false);
  json top;
  ASSERT_EQ(Get("/api/actors?limit=2", &top), 200);
  ASSERT_EQ(top["actors"].size(), 2u);
  const std::string a = top["actors"][0]["id"], b = top["actors"][1]["id"];
  auto r = client_->Post(("/api/actors/" + a + "/merge").c_str(), "other=" + b,
                         "application/x-www-form-urlencoded");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  json after;
  ASSERT_EQ(Get("/api/actors/" + b, &after), 200);  // still there
}

TEST_F(ServeTest, MergeWithAllowEdits) {
  Start(true);
  json top, a_before, b_before;
  ASSERT_EQ(Get("/api/actors?limit=2&type=PERSON", &top), 200);
  ASSERT_EQ(top["actors"].size(), 2u);
  const std::string a = top["actors"][0]["id"], b = top["actors"][1]["id"];
  ASSERT_EQ(Get("/api/actors/" + a, &a_before), 200);
  ASSERT_EQ(Get("/api/actors/" + b, &b_before), 200);
  auto r = client_->Post(("/api/actors/" + a + "/merge").c_str(), "other=" + b,
                         "application/x-www-form-urlencoded");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json a_after;
  ASSERT_EQ(Get("/api/actors/" + a, &a_after), 200);  // not the cached answer from before
  EXPECT_EQ(a_after["mentions"].get<int64_t>(),
            a_before["mentions"].get<int64_t>() + b_before["mentions"].get<int64_t>());
  json bad;
  EXPECT_EQ(Get("/api/actors/" + a, &bad), 200);
  r = client_->Post(("/api/actors/" + a + "/merge").c_str(), "other=" + a,
                    "application/x-www-form-urlencoded");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
}

// The page's files: gzip for a client that accepts it (as browsers do, with "br" too), the
// same bytes as the plain answer; plain otherwise.
TEST_F(ServeTest, PageFilesAreGzippedForBrowsers) {
  Start();
  client_->set_decompress(false);  // see the bytes as sent
  for (const char* path : {"/", "/app.js", "/app.css"}) {
    auto plain = client_->Get(path, {{"Accept-Encoding", "identity"}});
    auto packed = client_->Get(path, {{"Accept-Encoding", "gzip, deflate, br"}});
    ASSERT_TRUE(plain && packed) << path;
    ASSERT_EQ(plain->status, 200) << path;
    ASSERT_EQ(packed->status, 200) << path;
    EXPECT_FALSE(plain->has_header("Content-Encoding")) << path;
    EXPECT_EQ(packed->get_header_value("Content-Encoding"), "gzip") << path;
    EXPECT_GT(plain->body.size(), 500u) << path;
    EXPECT_LT(packed->body.size(), plain->body.size()) << path;
    EXPECT_EQ(Gunzip(packed->body), plain->body) << path;
  }
}

}  // namespace
}  // namespace newsgraph::serve
