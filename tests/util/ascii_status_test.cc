// The shared ASCII helpers (util/ascii.h) and the one Status every layer returns.
#include <gtest/gtest.h>

#include <type_traits>

#include "newsgraph/status.h"
#include "store/status.h"
#include "util/ascii.h"
#include "web/status.h"

namespace newsgraph {
namespace {

TEST(Ascii, LowerCasesOnlyAsciiLettersAndKeepsUtf8Bytes) {
  EXPECT_EQ(util::ascii_lower("Content-Type: TEXT/Html"), "content-type: text/html");
  EXPECT_EQ(util::ascii_lower("ÉCOLE Zürich"), "École zürich");  // non-ASCII bytes kept
}

TEST(Ascii, IEqualsIgnoresAsciiCaseOnly) {
  EXPECT_TRUE(util::ascii_iequals("Canonical", "canonical"));
  EXPECT_TRUE(util::ascii_iequals("", ""));
  EXPECT_FALSE(util::ascii_iequals("canonical", "canonica"));
  EXPECT_FALSE(util::ascii_iequals("É", "é"));  // UTF-8 letters are compared as bytes
  EXPECT_FALSE(util::ascii_iequals("a[", "A{"));
}

TEST(Status, StoreAndWebUseTheOneStatus) {
  static_assert(std::is_same_v<store::Status, Status>);
  static_assert(std::is_same_v<web::Status, Status>);
  store::Status busy = Status::Busy("newsgraph.db: locked by another writer");
  EXPECT_FALSE(busy.ok());
  EXPECT_EQ(busy.code(), Status::Code::kBusy);
  EXPECT_EQ(busy.message(), "newsgraph.db: locked by another writer");
  EXPECT_EQ(busy.ToString(), "Busy: newsgraph.db: locked by another writer");
  EXPECT_EQ(Status::NotSupported("schema 9").ToString(), "NotSupported: schema 9");
  EXPECT_TRUE(Status::NotFound("actor x").IsNotFound());
  EXPECT_FALSE(Status::Corruption("gzip").IsNotFound());
  EXPECT_TRUE(web::Status::OK().ok());
  EXPECT_EQ(Status::OK().ToString(), "OK");
}

}  // namespace
}  // namespace newsgraph
