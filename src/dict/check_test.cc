#include "dict/check.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace warta::dict {
namespace {

namespace fs = std::filesystem;

TEST(Check, ProjectDictionariesAreClean) {
  CheckReport r = CheckDictionaries(fs::path(WARTA_SOURCE_DIR) / "data", "id");
  EXPECT_TRUE(r.errors.empty()) << r.errors[0];
  std::string all;
  for (const auto& p : r.problems) all += p + "\n";
  EXPECT_TRUE(r.problems.empty()) << all;
  EXPECT_GT(r.patterns, 400u);
}

class CheckFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("warta_check_" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "cameo");
    fs::create_directories(dir_ / "id");
    Write("cameo/cameo.tsv", "111\tCriticize\t-2\tACCUSE\t\n112\tAccuse\t-2\tACCUSE\t\n");
    Write("id/words.txt", "[negation]\ntidak\n");
    Write("id/agents.txt", "menteri => GOV\nMenteri => MIL\npresiden => GOV\npresiden => GOV\n");
    Write("id/actors.txt",
          "Rusia => RUS\nRusia => RUS\nMoskow => RUSGOV\nMoskow => RUS\n"
          "Putin => RUSGOV 2000-01-01..\nPutin => RUSELI ..1999-12-31\n"
          "Biden => USAGOV 2021-01-20..2025-01-20\nBiden => USAELI 2024-01-01..\n"
          "presiden => USAGOV\n");
    Write("id/verbs.txt", "111 +kecam\n112 +kecam\n112 +tuduh\n112 +tuduh\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }
  bool Has(const CheckReport& r, const std::string& needle) {
    for (const auto& p : r.problems)
      if (p.find(needle) != std::string::npos) return true;
    return false;
  }
  fs::path dir_;
};

TEST_F(CheckFiles, ReportsDuplicatesAndConflictsWithFileAndLine) {
  CheckReport r = CheckDictionaries(dir_, "id");
  ASSERT_TRUE(r.errors.empty());
  EXPECT_TRUE(Has(r, "actors.txt:2: duplicate actor 'Rusia'"));
  EXPECT_TRUE(Has(r, "actors.txt:4: conflicting actor 'Moskow' (RUS), also at"));
  EXPECT_TRUE(Has(r, "actors.txt:8: conflicting actor 'Biden'"));  // 2024 overlaps
  EXPECT_FALSE(Has(r, "'Putin'"));  // ranges do not overlap
  EXPECT_TRUE(Has(r, "agents.txt:2: conflicting role 'Menteri' (MIL)"));
  EXPECT_TRUE(Has(r, "agents.txt:4: duplicate role 'presiden'"));
  EXPECT_TRUE(Has(r, "role 'presiden' is also an actor"));
  EXPECT_TRUE(Has(r, "verbs.txt:2: conflicting pattern '+kecam' (112)"));
  EXPECT_TRUE(Has(r, "verbs.txt:4: duplicate pattern '+tuduh'"));
  EXPECT_EQ(r.problems.size(), 8u);
}

TEST_F(CheckFiles, ReportsLoadErrors) {
  Write("id/verbs.txt", "111 +kecam\n999 +tuduh\n");
  CheckReport r = CheckDictionaries(dir_, "id");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("verbs.txt:2: unknown CAMEO event code '999'"),
            std::string::npos);
}

}  // namespace
}  // namespace warta::dict
