// Table-driven sentence tests: each row of tests/id/sentences.tsv (coded as
// Indonesian) and tests/en/sentences.tsv (coded as English) is a small
// document and the exact set of events warta must code from it.
//
// Row format (tab-separated):
//   TEXT <TAB> EVENTS [<TAB> OPTIONS]
// TEXT: one or more sentences; " // " separates paragraphs (one document).
// EVENTS: "-" for none, else "SOURCE TARGET CODE" triples separated by " ; ",
//   actor codes as warta writes them, "-" for no target.
// OPTIONS: space-separated "date=YYYY-MM-DD" (expected date of every event),
//   "doc=YYYY-MM-DD" (document date; default 2024-03-15),
//   "attr=CODE" (expected attribution code of every non-statement event),
//   "statements" (also code statements addressed to nobody, as 010 events
//   with no target), "place=NAME/ISO3" (the location of every event, by its
//   gazetteer name, spaces written as _, and country; "place=-" for none),
//   "gazetteer" (the events depend on a place's country, as "protesters in
//   Tehran" does: skipped when the gazetteer was not built).
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "test_engine.h"

namespace warta {
namespace {

struct Row {
  std::string file;  // "tests/id/sentences.tsv"
  std::string lang;  // "id" | "en"
  int line = 0;
  std::string text;
  std::set<std::tuple<std::string, std::string, std::string>> expected;
  std::string date, doc = "2024-03-15", attr, place;
  bool statements = false;
  bool gazetteer = false;  // needs the gazetteer
};

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::vector<std::string> Split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  size_t b = 0;
  while (true) {
    size_t e = s.find(sep, b);
    out.push_back(Trim(s.substr(b, e == std::string::npos ? e : e - b)));
    if (e == std::string::npos) return out;
    b = e + sep.size();
  }
}

std::vector<Row> LoadRows(const std::string& lang) {
  std::vector<Row> rows;
  const std::string file = "tests/" + lang + "/sentences.tsv";
  std::ifstream in(std::string(WARTA_SOURCE_DIR) + "/" + file);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (Trim(line).empty() || line[0] == '#') continue;
    std::vector<std::string> cols = Split(line, "\t");
    Row r;
    r.file = file;
    r.lang = lang;
    r.line = n;
    for (const std::string& para : Split(cols[0], " // ")) {
      if (!r.text.empty()) r.text += "\n";
      r.text += para;
    }
    if (cols.size() > 1 && cols[1] != "-") {
      for (const std::string& ev : Split(cols[1], ";")) {
        std::istringstream ss(ev);
        std::string s, t, c;
        ss >> s >> t >> c;
        r.expected.insert({s, t, c});
      }
    }
    if (cols.size() > 2) {
      std::istringstream ss(cols[2]);
      std::string opt;
      while (ss >> opt) {
        if (opt.rfind("date=", 0) == 0) r.date = opt.substr(5);
        else if (opt.rfind("doc=", 0) == 0) r.doc = opt.substr(4);
        else if (opt.rfind("attr=", 0) == 0) r.attr = opt.substr(5);
        else if (opt == "statements") r.statements = true;
        else if (opt == "gazetteer") r.gazetteer = true;
        else if (opt.rfind("place=", 0) == 0) r.place = opt.substr(6);
      }
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

// Test names carry the line; keep gtest from dumping the row's bytes.
void PrintTo(const Row& r, std::ostream* os) {
  *os << r.file << ":" << r.line;
}

class Sentences : public ::testing::TestWithParam<Row> {};

TEST_P(Sentences, CodesExactlyTheExpectedEvents) {
  const Row& r = GetParam();
  if ((!r.place.empty() || r.gazetteer) && !testing::HasGazetteer())
    GTEST_SKIP() << r.file << ":" << r.line
                 << " needs the gazetteer, which was not built (run scripts/install-deps.sh)";
  std::vector<Event> events = testing::CodeText(r.text, r.doc, "2026-11-28", "test",
                                                r.statements, r.lang);
  std::set<std::tuple<std::string, std::string, std::string>> got;
  std::string detail;
  for (const Event& e : events) {
    got.insert({e.source->code, e.target ? e.target->code : "-", e.cameo_code});
    detail += "  " + e.source->code + " " + (e.target ? e.target->code : "-") +
              " " + e.cameo_code + " [" + e.trigger_text + "] " + e.rule + "\n";
  }
  EXPECT_EQ(got, r.expected) << r.file << ":" << r.line << "\n"
                             << r.text << "\ncoded:\n" << detail;
  for (const Event& e : events) {
    if (!r.date.empty()) {
      EXPECT_EQ(e.date, r.date) << r.file << ":" << r.line;
    }
    if (!r.place.empty()) {
      std::string got_place =
          e.location ? e.location->name + "/" + e.location->country : "-";
      std::replace(got_place.begin(), got_place.end(), ' ', '_');
      EXPECT_EQ(got_place, r.place) << r.file << ":" << r.line;
    }
    if (!r.attr.empty() && e.cameo_root != "01") {
      ASSERT_TRUE(e.attribution.has_value()) << r.file << ":" << r.line;
      EXPECT_EQ(e.attribution->code, r.attr) << r.file << ":" << r.line;
    }
  }
}

std::string RowName(const ::testing::TestParamInfo<Row>& info) {
  return "line" + std::to_string(info.param.line);
}

INSTANTIATE_TEST_SUITE_P(Id, Sentences, ::testing::ValuesIn(LoadRows("id")), RowName);
INSTANTIATE_TEST_SUITE_P(En, Sentences, ::testing::ValuesIn(LoadRows("en")), RowName);

TEST(SentenceTable, HasEnoughRows) {
  EXPECT_GE(LoadRows("id").size(), 60u);
  EXPECT_GE(LoadRows("en").size(), 100u);
}

// Each language is told from the other per document when lang is "auto".
TEST(SentenceTable, AutoDetectsTheLanguage) {
  std::vector<Event> en = testing::CodeText(
      "The European Union imposed new sanctions on Iran on Monday.", "2024-03-15",
      "2026-11-28", "test", false, "auto");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].lang, "en");
  std::vector<Event> id = testing::CodeText(
      "Uni Eropa menjatuhkan sanksi baru terhadap Iran pada Senin.", "2024-03-15",
      "2026-11-28", "test", false, "auto");
  ASSERT_EQ(id.size(), 1u);
  EXPECT_EQ(id[0].lang, "id");
}

}  // namespace
}  // namespace warta
