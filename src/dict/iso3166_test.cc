#include "dict/iso3166.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace warta::dict {
namespace {

constexpr char kDebianFile[] = "/usr/share/iso-codes/json/iso_3166-1.json";

bool Has(const std::vector<CountryName>& names, std::string_view name,
         std::string_view code) {
  for (const CountryName& n : names)
    if (n.name == name && n.code == code) return true;
  return false;
}

TEST(Iso3166, ReadsShortCommonAndOfficialNames) {
  if (!std::filesystem::exists(kDebianFile)) GTEST_SKIP() << "iso-codes not installed";
  Result<std::vector<CountryName>> names = LoadIso3166(kDebianFile);
  ASSERT_TRUE(names.ok()) << names.status().message();
  EXPECT_TRUE(Has(*names, "Germany", "DEU"));
  EXPECT_TRUE(Has(*names, "South Korea", "KOR"));
  EXPECT_TRUE(Has(*names, "Russian Federation", "RUS"));
  EXPECT_TRUE(Has(*names, "State of Palestine", "PSE"));  // "the" dropped
  // Catalogue-style inverted names are not how news writes them.
  EXPECT_FALSE(Has(*names, "Korea, Republic of", "KOR"));
}

TEST(Iso3166, ErrorsNameTheFile) {
  Result<std::vector<CountryName>> missing = LoadIso3166("/nonexistent/iso.json");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/iso.json"), std::string::npos);
  std::string path = ::testing::TempDir() + "/warta_not_iso_" + std::to_string(::getpid()) + ".json";
  std::ofstream(path) << "{\"other\": []}";
  Result<std::vector<CountryName>> bad = LoadIso3166(path);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("3166-1"), std::string::npos);
}

}  // namespace
}  // namespace warta::dict
