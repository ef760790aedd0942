#include "eval/report.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>

namespace warta::eval {
namespace {

EvalSummary OneDocument() {
  EvalSummary sum;
  DocumentEval d;
  d.name = "05_erdogan";
  d.gold_path = "dev/05_erdogan.gold.json";
  d.article_path = "dev/05_erdogan.txt";
  GoldEvent g;
  g.id = "p2-meet";
  g.para = 2;
  g.src = {"TUR"};
  g.tgt = {"DEU"};
  g.roots = {"04"};
  g.core = true;
  g.note = "met \"for breakfast\"";
  d.gold.events = {g};
  Event e;
  e.paragraph = 3;
  e.source.emplace();
  e.source->code = "TURGOV";
  e.source->country = "TUR";
  e.cameo_code = "111";
  e.cameo_root = "11";
  e.trigger_text = "mengecam";
  e.evidence_text = "Turki mengecam.";
  d.events = {e};
  d.score = Score(d.gold.events, d.events);
  sum.total += d.score.counts;
  sum.documents.push_back(d);
  sum.errors.push_back({"bad.gold.json", "bad.gold.json:1:2 (byte 1): oops"});
  return sum;
}

TEST(EvalFormatRatio, CountsAndNothingToMeasure) {
  EXPECT_EQ(FormatRatio(13, 21), "0.62 (13/21)");
  EXPECT_EQ(FormatRatio(1, 1), "1.00 (1/1)");
  EXPECT_EQ(FormatRatio(0, 0), "- (0/0)");
}

TEST(EvalFormatTable, RowsFailuresAndTotal) {
  std::string t = FormatTable(OneDocument());
  EXPECT_NE(t.find("05_erdogan"), std::string::npos) << t;
  EXPECT_NE(t.find("FAILED (not scored)"), std::string::npos) << t;
  EXPECT_NE(t.find("TOTAL (1 document)"), std::string::npos) << t;
  EXPECT_NE(t.find("0.00 (0/1)"), std::string::npos) << t;
}

TEST(EvalFormatDetails, MissedAndSpurious) {
  EvalSummary sum = OneDocument();
  std::string t = FormatDetails(sum.documents[0]);
  EXPECT_NE(t.find("missed    p2-meet  line 2  TUR -> DEU  roots 04"), std::string::npos) << t;
  EXPECT_NE(t.find("warta: nothing on this line"), std::string::npos) << t;
  EXPECT_NE(t.find("spurious  line 3  TURGOV -> - 111 \"mengecam\""), std::string::npos) << t;
  EXPECT_NE(t.find("evidence: Turki mengecam."), std::string::npos) << t;
}

TEST(EvalFormatJson, IsOneValidLineWithTheSummaryKeys) {
  for (bool details : {false, true}) {
    std::string j = FormatJson(OneDocument(), details);
    ASSERT_FALSE(j.empty());
    EXPECT_EQ(j.back(), '\n');
    EXPECT_EQ(j.find('\n'), j.size() - 1) << "one line";
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    ASSERT_EQ(parser.parse(j).get(root), simdjson::SUCCESS) << j;
    EXPECT_EQ(int64_t(root["documents"]), 1);
    EXPECT_EQ(int64_t(root["failed"]), 1);
    EXPECT_EQ(int64_t(root["core"]["annotations"]), 1);
    EXPECT_EQ(int64_t(root["core"]["matched"]), 0);
    EXPECT_EQ(int64_t(root["events"]["output"]), 1);
    EXPECT_DOUBLE_EQ(double(root["recall"]), 0.0);
    EXPECT_DOUBLE_EQ(double(root["precision"]), 0.0);
    EXPECT_TRUE(root["date_accuracy"].is_null());
    simdjson::dom::array docs = root["per_document"];
    ASSERT_EQ(docs.size(), 1u);
    simdjson::dom::element doc = docs.at(0);
    EXPECT_EQ(std::string_view(doc["name"]), "05_erdogan");
    EXPECT_TRUE(doc["date"].is_null());
    EXPECT_EQ(doc["missed"].error() == simdjson::SUCCESS, details);
    if (details) {
      EXPECT_EQ(std::string_view(doc["missed"].at(0)["note"]), "met \"for breakfast\"");
      EXPECT_EQ(std::string_view(doc["spurious"].at(0)["trigger"]), "mengecam");
    }
    EXPECT_EQ(std::string_view(root["errors"].at(0)["file"]), "bad.gold.json");
  }
}

}  // namespace
}  // namespace warta::eval
