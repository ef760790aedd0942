#include "eval/suite.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace warta::eval {
namespace {

namespace fs = std::filesystem;

class SuiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("warta_suite_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = dir_ / "mini.dev.jsonl";
    std::ofstream(path_)
        << R"({"id": "A-1", "text": "North attacked South.", "date": "20010101", "category": "A", "expected": [{"source": "NTH", "target": "STH", "code": "190"}], "expect_no_event": false, "config": {"require_dyad": "True"}})"
        << "\n"
        << R"({"id": "A-2", "text": "Nothing happened.", "date": "20010101", "category": "A", "expected": [], "expect_no_event": true})"
        << "\n"
        << "{not json\n"
        << R"({"id": "CTL", "text": "switch", "date": "20010101", "expected": [], "expect_no_event": false, "control_record": true, "options": ["OPTION: COMMA: OFF"]})"
        << "\n"
        << R"({"id": "B-1", "text": "The police of North attacked South.", "date": "20010101", "expected": [{"source": "~COP", "target": "STH", "code": "190"}], "expect_no_event": false})"
        << "\n"
        << R"({"id": "B-2", "text": "Later.", "date": "20010101", "expected": [], "expect_no_event": true, "dict_notes": ["14.04.26: currently not implemented"]})"
        << "\n"
        << R"({"id": "B-3", "text": "Wrong.", "date": "20010101", "expected": [{"source": "X", "target": "Y", "code": "010"}], "expect_no_event": false})"
        << "\n";
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_, path_;
};

TEST_F(SuiteTest, ReadsRecordsAndReportsBadLines) {
  Result<Suite> s = ReadSuite(path_);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->name, "mini");
  ASSERT_EQ(s->records.size(), 6u);
  ASSERT_EQ(s->errors.size(), 1u);
  EXPECT_NE(s->errors[0].find("mini.dev.jsonl:3: not valid JSON"), std::string::npos) << s->errors[0];
  EXPECT_EQ(s->records[0].config.at("require_dyad"), "True");
  EXPECT_TRUE(s->records[2].control);
  EXPECT_EQ(s->records[2].options.at(0), "OPTION: COMMA: OFF");
  EXPECT_EQ(s->records[3].category, "B");  // from the id when there is no category
  EXPECT_FALSE(s->records[4].skip_reason.empty());
  EXPECT_TRUE(LooksLikeSuite(path_));
  EXPECT_EQ(ReadSuite(dir_ / "missing.jsonl").status().code(), StatusCode::kNotFound);
}

TEST_F(SuiteTest, ScoresSetsOfTriplesAndCountsSkips) {
  Result<Suite> s = ReadSuite(path_);
  ASSERT_TRUE(s.ok());
  std::vector<std::string> order;
  SuiteResult r = RunSuite(
      *s,
      [&](const SuiteRecord& rec) -> std::vector<Triple> {
        order.push_back(rec.id);
        if (rec.id == "A-1") return {{"NTH", "STH", "190"}, {"NTH", "STH", "190"}};  // a set
        if (rec.id == "B-1") return {{"---COP", "STH", "190"}};  // ~COP == ---COP
        if (rec.id == "B-3") return {{"X", "Y", "011"}};
        return {};
      },
      [&](const SuiteRecord& rec) { order.push_back("control:" + rec.id); });
  EXPECT_EQ(order, (std::vector<std::string>{"A-1", "A-2", "control:CTL", "B-1", "B-3"}));
  EXPECT_EQ(r.total.records, 5);
  EXPECT_EQ(r.total.passed, 3);
  EXPECT_EQ(r.total.skipped, 1);
  EXPECT_EQ(r.controls, 1);
  EXPECT_DOUBLE_EQ(r.Rate(), 3.0 / 4.0);
  EXPECT_EQ(r.categories["A"].passed, 2);
  EXPECT_EQ(r.categories["B"].skipped, 1);
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_EQ(r.failures[0].id, "B-3");
  std::string details = FormatSuiteFailures(r);
  EXPECT_NE(details.find("expected: X>Y:010"), std::string::npos) << details;
  EXPECT_NE(details.find("got:      X>Y:011"), std::string::npos) << details;
  EXPECT_NE(details.find("B-2 skipped"), std::string::npos) << details;
  std::string table = FormatSuiteTable({r});
  EXPECT_NE(table.find("75.0%"), std::string::npos) << table;
  std::string json = FormatSuiteJson({r});
  EXPECT_NE(json.find(R"("mini": {"records": 5, "passed": 3, "skipped": 1, "rate": 0.7500)"),
            std::string::npos)
      << json;
  EXPECT_EQ(json.back(), '\n');
  EXPECT_EQ(json.find('\n'), json.size() - 1);  // one line
}

}  // namespace
}  // namespace warta::eval

#include "eval/suite_tabari.h"

namespace warta::eval {
namespace {

// Dictionaries named by a record's "dictionaries" field, or by the TABARI
// project whose <textfile> is the record's source file; control records'
// options apply to the records after them.
TEST(TabariSuiteCoderTest, ResolvesDictionariesAndAppliesOptions) {
  fs::path dir = fs::temp_directory_path() /
                ("warta_suite_tabari_coder_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "tabari");
  fs::create_directories(dir / "petrarch2");
  std::ofstream(dir / "petrarch2" / "v.txt") << "--- ATTACK [190] ---\nATTACK\n";
  std::ofstream(dir / "petrarch2" / "a.txt") << "NORTH_ [NTH]\nSOUTH_ [STH]\n";
  std::ofstream(dir / "tabari" / "Demo.verbs") << "ATTACK_  [190] ;comment\n";
  std::ofstream(dir / "tabari" / "Demo.actors") << "NORTH_ [NTH]\nSOUTH_ [STH]\n";
  std::ofstream(dir / "tabari" / "Demo.options") << "SET: MINIMUM WORDS = 5\n";
  std::ofstream(dir / "tabari" / "Demo.project")
      << "<verbsfile> Demo.verbs\n<actorsfile> Demo.actors\n<optionsfile> Demo.options\n"
         "<textfile> Demo.text\n";
  fs::path suite = dir / "s.jsonl";
  std::ofstream(suite)
      << R"({"id": "P-1", "text": "North attacked South.", "date": "20010101", "expected": [{"source": "NTH", "target": "STH", "code": "190"}], "expect_no_event": false, "dictionaries": {"Verbfile": "v.txt", "Actorfile": "a.txt"}})"
      << "\n"
      // Three words: under the project's MINIMUM WORDS, so nothing.
      << R"({"id": "T-1", "text": "North attacked South.", "date": "20010101", "expected": [], "expect_no_event": true, "source_file": "TABARI Demo.text"})"
      << "\n"
      << R"({"id": "C-1", "text": "lower it", "date": "20010101", "expected": [], "expect_no_event": false, "control_record": true, "options": ["OPTION: SET: MINIMUM WORDS = 2", "OPTION: SET: TIME SHIFT = TRUE"]})"
      << "\n"
      << R"({"id": "T-2", "text": "North attacked South.", "date": "20010101", "expected": [{"source": "NTH", "target": "STH", "code": "190"}], "expect_no_event": false, "source_file": "TABARI Demo.text"})"
      << "\n"
      << R"({"id": "X-1", "text": "North attacked South.", "date": "20010101", "expected": [], "expect_no_event": true, "source_file": "elsewhere.text"})"
      << "\n";
  Result<Suite> s = ReadSuite(suite);
  ASSERT_TRUE(s.ok());
  TabariSuiteCoder coder(dir);
  SuiteResult r = RunSuite(*s, coder.AsSuiteCoder(), coder.AsControlHandler());
  EXPECT_EQ(r.total.records, 4);
  EXPECT_EQ(r.total.passed, 4) << FormatSuiteFailures(r);
  bool unsupported = false, no_project = false;
  for (const std::string& p : coder.problems()) {
    unsupported |= p.find("C-1: option not supported, ignored: OPTION: SET: TIME SHIFT") != std::string::npos;
    no_project |= p.find("X-1: no dictionaries named and no .project") != std::string::npos;
  }
  EXPECT_TRUE(unsupported);
  EXPECT_TRUE(no_project);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace warta::eval
