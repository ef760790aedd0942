// Regression test for English coding with TABARI and PETRARCH dictionaries:
// runs the validation suites in ../shared/dev/en/ with their own
// dictionaries (../shared/reference/) and fails when a suite's pass rate
// drops below the floor recorded in tests/en_thresholds.txt. Skips when the
// suites are not there. Also checks `warta eval` and `warta code --lang en`
// end to end.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "eval/suite.h"
#include "eval/suite_tabari.h"

namespace {

namespace fs = std::filesystem;

const fs::path kDev = fs::path(WARTA_SHARED_DIR) / "dev" / "en";
const fs::path kReference = fs::path(WARTA_SHARED_DIR) / "reference";

// "name rate" lines; '#' starts a comment.
std::map<std::string, double> ReadThresholds() {
  std::map<std::string, double> out;
  std::ifstream in(fs::path(WARTA_SOURCE_DIR) / "tests" / "en_thresholds.txt");
  for (std::string line; std::getline(in, line);) {
    line = line.substr(0, line.find('#'));
    std::istringstream ss(line);
    std::string name;
    double rate = 0;
    if (ss >> name >> rate) out[name] = rate;
  }
  return out;
}

TEST(EnglishSuitesTest, PassRatesStayAboveTheirFloors) {
  if (!fs::exists(kDev) || !fs::exists(kReference)) {
    GTEST_SKIP() << "no validation suites at " << kDev << " (or no " << kReference
                 << "): English suite regression not run";
  }
  std::map<std::string, double> floors = ReadThresholds();
  ASSERT_FALSE(floors.empty()) << "tests/en_thresholds.txt has no 'suite rate' lines";
  for (const auto& [name, floor] : floors) {
    if (name.find('/') != std::string::npos) continue;  // a run of `warta eval`, below
    fs::path file = kDev / (name + ".dev.jsonl");
    if (!fs::exists(file)) {
      ADD_FAILURE() << file << " is missing but has a threshold";
      continue;
    }
    warta::Result<warta::eval::Suite> suite = warta::eval::ReadSuite(file);
    ASSERT_TRUE(suite.ok()) << suite.status().message();
    EXPECT_TRUE(suite->errors.empty()) << suite->errors.front();
    warta::eval::TabariSuiteCoder coder(kReference);
    warta::eval::SuiteResult r =
        warta::eval::RunSuite(*suite, coder.AsSuiteCoder(), coder.AsControlHandler());
    EXPECT_GE(r.Rate(), floor) << name << ": " << r.total.passed << " of "
                               << r.total.records - r.total.skipped << " passed\n"
                               << warta::eval::FormatSuiteFailures(r);
    EXPECT_LE(r.total.skipped, r.total.records / 10) << name << ": too many records skipped";
  }
}

struct RunResult {
  int status = -1;
  std::string out, err;
};

RunResult Warta(const std::string& args, const std::string& stdin_text = "") {
  fs::path dir = fs::temp_directory_path() / ("warta_en_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string in = (dir / "stdin").string(), out = (dir / "stdout").string(),
              err = (dir / "stderr").string();
  std::ofstream(in) << stdin_text;
  std::string cmd = std::string(WARTA_BINARY) + " " + args + " <" + in + " >" + out + " 2>" + err;
  int rc = std::system(cmd.c_str());
  RunResult r;
  r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  auto slurp = [](const std::string& p) {
    std::ifstream f(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  };
  r.out = slurp(out);
  r.err = slurp(err);
  fs::remove_all(dir);
  return r;
}

TEST(EnglishCliTest, EvalPrintsOneJsonSummaryLine) {
  fs::path file = kDev / "petrarch_unit.dev.jsonl";
  if (!fs::exists(file) || !fs::exists(kReference)) GTEST_SKIP() << "no suite at " << file;
  RunResult r = Warta("eval --json --reference " + kReference.string() + " " + file.string());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\"suites\": {\"petrarch_unit\": {\"records\": ", 0), 0u) << r.out;
  EXPECT_EQ(r.out.find('\n'), r.out.size() - 1) << r.out;
}

// The real-news suites run twice in `warta eval`: NAME/phoenix with
// PETRARCH2's dictionaries, NAME/warta with warta's own English pack. Floors
// named "NAME/RUN" (or "NAME/RUN:type" for PLOVER's event type alone).
TEST(EnglishCliTest, RealNewsRatesStayAboveTheirFloors) {
  fs::path p2 = kDev / "petrarch2_gsr.dev.jsonl", plover = kDev / "plover_gsr.dev.jsonl";
  if (!fs::exists(p2) || !fs::exists(plover) || !fs::exists(kReference))
    GTEST_SKIP() << "no real-news suites at " << kDev << ": not run";
  // Roles take their country from the places named: the floors were
  // measured with the gazetteer.
  if (!fs::exists(fs::path(WARTA_BINARY).parent_path() / "data" / "gazetteer.tsv"))
    GTEST_SKIP() << "the gazetteer was not built (run scripts/install-deps.sh): real-news floors "
                    "not checked";
  RunResult r = Warta("--data " + (fs::path(WARTA_SOURCE_DIR) / "data").string() +
                      " eval --json --reference " + kReference.string() + " " + p2.string() + " " +
                      plover.string());
  ASSERT_EQ(r.status, 0) << r.err;
  int checked = 0;
  for (const auto& [name, floor] : ReadThresholds()) {
    if (name.find('/') == std::string::npos) continue;
    std::string run = name.substr(0, name.find(':'));
    bool type = name.ends_with(":type");
    size_t at = r.out.find("\"" + run + "\": {");
    ASSERT_NE(at, std::string::npos) << run << " missing from: " << r.out;
    std::string key = type ? "\"type_rate\": " : "\"rate\": ";
    size_t k = r.out.find(key, at);
    ASSERT_NE(k, std::string::npos) << name << " has no " << key << " in: " << r.out;
    double rate = std::stod(r.out.substr(k + key.size(), 8));
    EXPECT_GE(rate, floor) << name;
    ++checked;
  }
  EXPECT_GE(checked, 3) << "tests/en_thresholds.txt names no real-news runs";
}

TEST(EnglishCliTest, CodeWithOwnDictionaries) {
  fs::path dir = fs::temp_directory_path() / ("warta_en_dict_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "verbs.txt") << "--- ACCUSE [112] ---\nACCUSE\n- * OF_CHEATING [1121]\n";
  std::ofstream(dir / "actors.txt") << "NORTHMARK_ [NMK]\nSOUTHLAND_ [SLD]\nBROKEN [\n";
  RunResult r = Warta("code --lang en --dict-format petrarch --date 2005-01-01 --verbs " +
                          (dir / "verbs.txt").string() + " --actors " + (dir / "actors.txt").string() + " -",
                      "Northmark accused Southland of cheating.\n");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find(R"("source": "NMK", "target": "SLD", "code": "1121")"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(R"("pattern": "verbs.txt:3")"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("actors.txt:3: unclosed '['"), std::string::npos) << r.err;
  RunResult bad = Warta("code --lang en --dict-format tabari --verbs " + (dir / "nope.txt").string() +
                        " --actors " + (dir / "actors.txt").string() + " -");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("nope.txt"), std::string::npos) << bad.err;
  fs::remove_all(dir);
}

}  // namespace
