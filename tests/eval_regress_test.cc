// Regression floor for the coder on the Indonesian dev gold set.
//
// Scores every ../shared/dev/id/*.gold.json (read at test time; the gold
// texts and annotations are never copied into the project) exactly as
// `warta eval --now ID.NOW` does, and fails when recall, precision or date
// accuracy falls below the floors in tests/eval_thresholds.txt. Skipped
// where ../shared/dev/id is absent.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "eval/report.h"
#include "eval/run.h"
#include "test_engine.h"

namespace warta {
namespace {

namespace fs = std::filesystem;

// key=value lines; '#' starts a comment line. Returns false with a message
// naming the file and line on a malformed line.
bool ReadThresholds(const fs::path& path, std::map<std::string, std::string>* out,
                    std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = path.string() + ": cannot open";
    return false;
  }
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    size_t eq = line.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == line.size()) {
      *error = path.string() + ":" + std::to_string(n) + ": expected key=value, got '" + line + "'";
      return false;
    }
    (*out)[line.substr(0, eq)] = line.substr(eq + 1);
  }
  return true;
}

// Whether num/den >= the floor written `floor`, with den == 0 counting as no
// measurement (pass).
::testing::AssertionResult AtLeast(const char* what, int num, int den, const std::string& floor) {
  if (den == 0 || num >= std::stod(floor) * den - 1e-9) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << what << " fell to " << eval::FormatRatio(num, den) << ", below the floor " << floor
         << " in tests/eval_thresholds.txt";
}

TEST(EvalRegress, IndonesianDevSetKeepsItsScores) {
  const fs::path dir = fs::path(WARTA_SHARED_DIR) / "dev" / "id";
  if (!fs::is_directory(dir))
    GTEST_SKIP() << dir.string()
                 << " not found: the shared dev gold set is absent, nothing to score";

  const fs::path thresholds_path = fs::path(WARTA_SOURCE_DIR) / "tests" / "eval_thresholds.txt";
  std::map<std::string, std::string> t;
  std::string error;
  ASSERT_TRUE(ReadThresholds(thresholds_path, &t, &error)) << error;
  for (const char* key : {"id.now", "id.recall", "id.precision", "id.date_accuracy"})
    ASSERT_TRUE(t.count(key)) << thresholds_path.string() << " lacks " << key;
  for (const auto& [key, value] : t)
    EXPECT_TRUE(key == "id.now" || key == "id.recall" || key == "id.precision" ||
                key == "id.date_accuracy")
        << thresholds_path.string() << ": unknown key " << key;

  std::vector<std::string> arg_errors;
  std::vector<fs::path> golds = eval::ExpandGoldArgs({dir.string()}, &arg_errors);
  for (const std::string& e : arg_errors) ADD_FAILURE() << e;
  ASSERT_FALSE(golds.empty());

  eval::EvalOptions opts;
  opts.now = t["id.now"];
  eval::EvalSummary sum = eval::EvaluateAll(testing::TestEngine(), golds, opts);
  for (const eval::EvalError& e : sum.errors) ADD_FAILURE() << e.message;

  const std::string table = eval::FormatTable(sum);
  std::printf("%s", table.c_str());
  const eval::Counts& c = sum.total;
  EXPECT_TRUE(AtLeast("recall", c.core_matched, c.core, t["id.recall"])) << table;
  EXPECT_TRUE(AtLeast("precision", c.events_matched, c.events, t["id.precision"])) << table;
  EXPECT_TRUE(AtLeast("date accuracy", c.dated_correct, c.dated, t["id.date_accuracy"])) << table;
}

}  // namespace
}  // namespace warta
