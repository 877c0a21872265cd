// The fixture of the store tests: each test gets its own store, a fresh SQLite file in a
// temporary folder named after the test, removed when the test ends.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "store/store.h"

namespace newsgraph::store {

class StoreFixture : public ::testing::Test {
 protected:
  // Creates dir_ ("<prefix>_<pid>_<test name>" in the temporary folder) and opens store_ on
  // path_, dir_/t.db; a failure to open fails the test.
  void OpenFreshStore(const std::string& prefix) {
    dir_ = std::filesystem::temp_directory_path() /
           (prefix + "_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
    ASSERT_TRUE(Store::Open(path_, Options(), &store_).ok());
  }
  void TearDown() override {
    store_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  std::filesystem::path dir_;
  std::string path_;
  std::unique_ptr<Store> store_;
};

}  // namespace newsgraph::store
