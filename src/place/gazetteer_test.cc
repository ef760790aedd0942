#include "place/gazetteer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace warta::place {
namespace {

// A small gazetteer in the generated format. Columns: geonames_id name keys
// country adm1 adm1_name lat lon population feature capital.
constexpr char kSmall[] =
    "# warta gazetteer 1\n"
    "# test rows\n"
    "0\tFrance\tfrance|prancis\tFRA\t\t\t\t\t0\tcountry\t0\n"
    "0\tUnited States\tunited states|amerika "
    "serikat\tUSA\t\t\t\t\t0\tcountry\t0\n"
    "0\tGeorgia\tgeorgia\tGEO\t\t\t\t\t0\tcountry\t0\n"
    "0\tIndonesia\tindonesia\tIDN\t\t\t\t\t0\tcountry\t0\n"
    "0\tGeorgia\tgeorgia\tUSA\tUS-GA\tGeorgia\t\t\t0\tadm1\t0\n"
    "0\tTexas\ttexas\tUSA\tUS-TX\tTexas\t\t\t0\tadm1\t0\n"
    "0\tBali\tbali\tIDN\tID-BA\tBali\t\t\t0\tadm1\t0\n"
    "0\tNew York\tnew york\tUSA\tUS-NY\tNew York\t\t\t0\tadm1\t0\n"
    "2988507\tParis\tparis\tFRA\tFR.11\t\t48.85341\t2.3488\t2138551\tcity\t1\n"
    "4717560\tParis\tparis\tUSA\tUS-TX\tTexas\t33.66094\t-95."
    "55551\t24782\tcity\t0\n"
    "9000001\tBali\tbali\tCMR\tCM.07\t\t5.88\t10.01\t20000\tcity\t0\n"
    "5128581\tNew York City\tnew york|new york city\tUSA\tUS-NY\tNew "
    "York\t40.71427\t-74.00597\t8175133\tcity\t0\n"
    "9000002\tTwin\ttwin\tFRA\t\t\t1\t1\t5000\tcity\t0\n"
    "9000003\tTwin\ttwin\tUSA\t\t\t2\t2\t5000\tcity\t1\n";

std::filesystem::path WriteTemp(const std::string& name,
                                const std::string& text) {
  std::filesystem::path p =
      std::filesystem::path(testing::TempDir()) /
      ("place_test_" + std::to_string(::getpid()) + "_" + name);
  std::ofstream(p, std::ios::binary) << text;
  return p;
}

Gazetteer LoadSmall() {
  Result<Gazetteer> g = Gazetteer::Load(WriteTemp("small.tsv", kSmall));
  EXPECT_TRUE(g.ok()) << g.status().message();
  return std::move(g).value();
}

std::string Key(std::string_view text) {
  std::string out;
  Gazetteer::AppendKey(text, &out);
  return out;
}

TEST(GazetteerTest, LooksUpEveryName) {
  Gazetteer g = LoadSmall();
  EXPECT_EQ(g.size(), 14u);
  EXPECT_EQ(g.max_key_words(), 3);
  ASSERT_EQ(g.Lookup("prancis").size(), 1u);
  EXPECT_EQ(g.Lookup("prancis")[0]->country, "FRA");
  EXPECT_TRUE(g.Lookup("berlin").empty());
  EXPECT_TRUE(g.Lookup("").empty());
  EXPECT_EQ(g.Resolve("berlin"), nullptr);
}

TEST(GazetteerTest, LookupIsBestFirst) {
  Gazetteer g = LoadSmall();
  std::span<const Place* const> paris = g.Lookup("paris");
  ASSERT_EQ(paris.size(), 2u);
  EXPECT_EQ(paris[0]->geonames_id, 2988507);
  EXPECT_EQ(paris[1]->geonames_id, 4717560);
}

TEST(GazetteerTest, PreferredCountriesComeFirst) {
  Gazetteer g = LoadSmall();
  EXPECT_EQ(g.Resolve("paris")->country, "FRA");
  const std::string_view usa[] = {"USA"};
  EXPECT_EQ(g.Resolve("paris", usa)->geonames_id, 4717560);
  // The first preferred country wins over the second.
  const std::string_view fra_usa[] = {"FRA", "USA"};
  EXPECT_EQ(g.Resolve("paris", fra_usa)->country, "FRA");
  const std::string_view usa_fra[] = {"USA", "FRA"};
  EXPECT_EQ(g.Resolve("paris", usa_fra)->country, "USA");
  // Actor codes count as their country; others change nothing.
  const std::string_view actors[] = {"IGOUNO", "USAGOV"};
  EXPECT_EQ(g.Resolve("paris", actors)->country, "USA");
  const std::string_view none[] = {"PRK"};
  EXPECT_EQ(g.Resolve("paris", none)->country, "FRA");
}

TEST(GazetteerTest, CountryBeforeDivision) {
  Gazetteer g = LoadSmall();
  EXPECT_EQ(g.Resolve("georgia")->feature, Feature::kCountry);
  const std::string_view usa[] = {"USA"};
  const Place* ga = g.Resolve("georgia", usa);
  EXPECT_EQ(ga->feature, Feature::kAdm1);
  EXPECT_EQ(ga->adm1, "US-GA");
}

TEST(GazetteerTest, DivisionRanksLikeMidSizeCity) {
  Gazetteer g = LoadSmall();
  // Bali the province beats a town of 20,000; New York City beats the state.
  EXPECT_EQ(g.Resolve("bali")->adm1, "ID-BA");
  EXPECT_EQ(g.Resolve("new york")->geonames_id, 5128581);
}

TEST(GazetteerTest, CapitalFirstOnTies) {
  Gazetteer g = LoadSmall();
  EXPECT_EQ(g.Resolve("twin")->country, "USA");
}

TEST(GazetteerTest, ActionGeo) {
  Gazetteer g = LoadSmall();
  const std::string_view usa[] = {"USA"};
  ActionGeo city = g.ActionGeoFor(*g.Resolve("paris", usa));
  EXPECT_EQ(city.type, 3);
  EXPECT_EQ(city.full_name, "Paris, Texas, United States");
  EXPECT_EQ(city.country_code, "USA");
  EXPECT_EQ(city.adm1_code, "US-TX");
  EXPECT_EQ(city.feature_id, "4717560");
  EXPECT_TRUE(city.has_latlon);
  EXPECT_DOUBLE_EQ(city.lat, 33.66094);
  EXPECT_DOUBLE_EQ(city.lon, -95.55551);

  ActionGeo world_city = g.ActionGeoFor(*g.Resolve("paris"));
  EXPECT_EQ(world_city.type, 4);
  EXPECT_EQ(world_city.full_name, "Paris, France");  // ADM1 name unknown
  EXPECT_EQ(world_city.adm1_code, "FR.11");

  ActionGeo state = g.ActionGeoFor(*g.Resolve("texas"));
  EXPECT_EQ(state.type, 2);
  EXPECT_EQ(state.full_name, "Texas, United States");
  EXPECT_EQ(state.feature_id, "US-TX");
  EXPECT_FALSE(state.has_latlon);

  ActionGeo province = g.ActionGeoFor(*g.Resolve("bali"));
  EXPECT_EQ(province.type, 5);
  EXPECT_EQ(province.full_name, "Bali, Indonesia");

  ActionGeo country = g.ActionGeoFor(*g.Resolve("prancis"));
  EXPECT_EQ(country.type, 1);
  EXPECT_EQ(country.full_name, "France");
  EXPECT_EQ(country.feature_id, "FRA");
  EXPECT_EQ(country.adm1_code, "");

  // A city in a country without a country row names the code.
  EXPECT_EQ(g.ActionGeoFor(*g.Lookup("bali")[1]).full_name, "Bali, CMR");
}

TEST(GazetteerTest, SurvivesMove) {
  Gazetteer g = LoadSmall();
  const Place* before = g.Resolve("paris");
  Gazetteer moved = std::move(g);
  EXPECT_EQ(moved.Resolve("paris"), before);
  EXPECT_EQ(moved.Resolve("paris")->name, "Paris");
}

TEST(GazetteerTest, AppendKey) {
  EXPECT_EQ(Key("Den Haag"), "den haag");
  EXPECT_EQ(Key("  Kota   Ho Chi Minh "), "kota ho chi minh");
  EXPECT_EQ(Key("Washington, D.C."), "washington d c");
  EXPECT_EQ(Key("Sana’a"), "sana'a");
  EXPECT_EQ(Key("Port-au-Prince"), "port-au-prince");
  EXPECT_EQ(Key("-Solo- 'x"), "solo x");
  EXPECT_EQ(Key("Wŏnsan"), "wŏnsan");
  EXPECT_EQ(Key("İzmir"), "izmir");
  EXPECT_EQ(Key("ÅLAND"), "åland");
  EXPECT_EQ(Key("(“Jakarta”)"), "jakarta");
  EXPECT_EQ(Key(""), "");
  std::string out = "prefix";
  Gazetteer::AppendKey("Roma", &out);
  EXPECT_EQ(out, "prefixroma");  // appends, adds no space before the key
}

std::string LoadError(const std::string& text) {
  Result<Gazetteer> g = Gazetteer::Parse(text, "g.tsv");
  EXPECT_FALSE(g.ok());
  return g.ok() ? "" : g.status().message();
}

TEST(GazetteerTest, ErrorsNameFileAndLine) {
  const std::string h = "# warta gazetteer 1\n";
  const std::string ok = "1\tA\ta\tFRA\t\t\t1\t2\t3\tcity\t0\n";
  EXPECT_TRUE(Gazetteer::Parse(h + ok, "g.tsv").ok());
  EXPECT_EQ(LoadError("0\tA\n"),
            "g.tsv:1: not a warta gazetteer: the first line must be "
            "\"# warta gazetteer 1\"");
  EXPECT_EQ(LoadError("# warta gazetteer 2\n" + ok),
            "g.tsv:1: gazetteer format version \"2\" is not 1; regenerate it "
            "with the build");
  EXPECT_EQ(LoadError(h), "g.tsv: no places");
  EXPECT_EQ(LoadError(h + ok + "1\tA\ta\tFRA\n"),
            "g.tsv:3: expected 11 tab-separated fields, found 4");
  EXPECT_EQ(LoadError(h + "x\tA\ta\tFRA\t\t\t1\t2\t3\tcity\t0\n"),
            "g.tsv:2: geonames_id \"x\" is not a whole number");
  EXPECT_EQ(LoadError(h + "1\t\ta\tFRA\t\t\t1\t2\t3\tcity\t0\n"),
            "g.tsv:2: empty name");
  EXPECT_EQ(LoadError(h + "1\tA\ta||b\tFRA\t\t\t1\t2\t3\tcity\t0\n"),
            "g.tsv:2: empty key or key with outer spaces in \"a||b\"");
  EXPECT_EQ(LoadError(h + "1\tA\ta\tFR\t\t\t1\t2\t3\tcity\t0\n"),
            "g.tsv:2: country \"FR\" is not an alpha-3 code");
  EXPECT_EQ(LoadError(h + "1\tA\ta\tFRA\t\t\t1\t\t3\tcity\t0\n"),
            "g.tsv:2: lat and lon must both be given or both be empty");
  EXPECT_EQ(LoadError(h + "1\tA\ta\tFRA\t\t\t91\t2\t3\tcity\t0\n"),
            "g.tsv:2: lat \"91\" is not a latitude");
  EXPECT_EQ(LoadError(h + "1\tA\ta\tFRA\t\t\t1\t2e\t3\tcity\t0\n"),
            "g.tsv:2: lon \"2e\" is not a longitude");
  EXPECT_EQ(LoadError(h + "1\tA\ta\tFRA\t\t\t1\t2\t-3\tcity\t0\n"),
            "g.tsv:2: population \"-3\" is not a whole number");
  EXPECT_EQ(LoadError(h + "1\tA\ta\tFRA\t\t\t1\t2\t3\ttown\t0\n"),
            "g.tsv:2: feature \"town\" is not country, adm1 or city");
  EXPECT_EQ(LoadError(h + "1\tA\ta\tFRA\t\t\t1\t2\t3\tcity\tyes\n"),
            "g.tsv:2: capital \"yes\" is not 0, 1 or 2");
  const std::string fra = "0\tFrance\tfrance\tFRA\t\t\t\t\t0\tcountry\t0\n";
  EXPECT_EQ(LoadError(h + fra + "\n# c\n" + fra),
            "g.tsv:5: second country row for FRA");
}

TEST(GazetteerTest, MissingFileIsNotFound) {
  Result<Gazetteer> g = Gazetteer::Load("/nonexistent/gazetteer.tsv");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), StatusCode::kNotFound);
  EXPECT_NE(g.status().message().find("/nonexistent/gazetteer.tsv"),
            std::string::npos);
}

TEST(GazetteerTest, CrlfLinesAreRead) {
  Result<Gazetteer> g = Gazetteer::Parse(
      "# warta gazetteer 1\r\n1\tA\ta\tFRA\t\t\t1\t2\t3\tcity\t1\r\n", "g");
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_EQ(g->Resolve("a")->capital, Capital::kCapital);
}

// The file the build generates from GeoNames and iso-codes.
class GeneratedGazetteerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(WARTA_GAZETTEER_TSV)) return;
    auto t0 = std::chrono::steady_clock::now();
    Result<Gazetteer> g = Gazetteer::Load(WARTA_GAZETTEER_TSV);
    load_ms_ = std::chrono::duration<double, std::milli>(
                   std::chrono::steady_clock::now() - t0)
                   .count();
    ASSERT_TRUE(g.ok()) << g.status().message();
    gaz_ = new Gazetteer(std::move(g).value());
  }
  static void TearDownTestSuite() {
    delete gaz_;
    gaz_ = nullptr;
  }
  void SetUp() override {
    if (gaz_ == nullptr) {
      GTEST_SKIP() << WARTA_GAZETTEER_TSV
                   << " is missing: build the warta_gazetteer target "
                      "(needs bash scripts/install-deps.sh)";
    }
  }
  const Place* Resolve(std::string_view name,
                       std::span<const std::string_view> preferred = {}) {
    return gaz_->Resolve(Key(name), preferred);
  }

  static Gazetteer* gaz_;
  static double load_ms_;
};
Gazetteer* GeneratedGazetteerTest::gaz_ = nullptr;
double GeneratedGazetteerTest::load_ms_ = 0;

TEST_F(GeneratedGazetteerTest, IndonesianNames) {
  RecordProperty("load_ms", std::to_string(load_ms_));
  std::printf("gazetteer: %zu places loaded in %.1f ms\n", gaz_->size(),
              load_ms_);
  const Place* moskow = Resolve("Moskow");
  ASSERT_NE(moskow, nullptr);
  EXPECT_EQ(moskow->name, "Moscow");
  EXPECT_EQ(moskow->country, "RUS");
  EXPECT_EQ(moskow->capital, Capital::kCapital);
  EXPECT_EQ(Resolve("Pyongyang")->country, "PRK");
  EXPECT_EQ(Resolve("Pyongyang")->feature, Feature::kCity);
  EXPECT_EQ(Resolve("Perm")->country, "RUS");
  EXPECT_EQ(Resolve("Den Haag")->country, "NLD");
  EXPECT_EQ(Resolve("Den Haag")->name, "The Hague");
  EXPECT_EQ(Resolve("Wonsan")->country, "PRK");
  EXPECT_EQ(Resolve("Jenewa")->country, "CHE");
  EXPECT_EQ(Resolve("Korea Utara")->feature, Feature::kCountry);
  EXPECT_EQ(Resolve("Korea Utara")->country, "PRK");
  EXPECT_EQ(Resolve("Rusia")->country, "RUS");
  EXPECT_EQ(Resolve("Jawa Barat")->adm1, "ID-JB");
  const Place* bandung = Resolve("Bandung");
  EXPECT_EQ(bandung->adm1, "ID-JB");
  EXPECT_EQ(gaz_->ActionGeoFor(*bandung).full_name,
            "Bandung, Jawa Barat, Indonesia");
}

TEST_F(GeneratedGazetteerTest, ParisByPreferredCountry) {
  const Place* paris = Resolve("Paris");
  EXPECT_EQ(paris->country, "FRA");
  EXPECT_EQ(paris->capital, Capital::kCapital);
  const std::string_view usa[] = {"USA"};
  const Place* texas = Resolve("Paris", usa);
  EXPECT_EQ(texas->country, "USA");
  EXPECT_EQ(texas->adm1, "US-TX");
  ActionGeo geo = gaz_->ActionGeoFor(*texas);
  EXPECT_EQ(geo.type, 3);
  EXPECT_EQ(geo.full_name, "Paris, Texas, United States");
}

// The build tool and AppendKey must agree: every place is found by the key
// AppendKey makes of its name.
TEST_F(GeneratedGazetteerTest, EveryNameFindsItsPlace) {
  std::vector<std::string> misses;
  std::string key;
  size_t checked = 0;
  std::ifstream in(WARTA_GAZETTEER_TSV);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t a = line.find('\t');
    size_t b = line.find('\t', a + 1);
    std::string name = line.substr(a + 1, b - a - 1);
    key.clear();
    Gazetteer::AppendKey(name, &key);
    bool found = false;
    for (const Place* p : gaz_->Lookup(key)) found |= p->name == name;
    if (!found && misses.size() < 20) misses.push_back(name + " -> " + key);
    ++checked;
  }
  EXPECT_EQ(checked, gaz_->size());
  for (const std::string& m : misses) ADD_FAILURE() << "not found: " << m;
}

}  // namespace
}  // namespace warta::place
