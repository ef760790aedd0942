#include "eval/gold.h"

#include <gtest/gtest.h>

#include <string>

namespace warta::eval {
namespace {

constexpr const char* kGood = R"({
 "doc": "a.txt",
 "pub_date": null,
 "events": [
  {"id": "p2-meet", "para": 2, "src": ["TUR", "DEU"], "tgt": ["DEU", "TUR"],
   "roots": ["04"], "date": "2018-09-29", "core": true, "symmetric": true,
   "note": "met", "review": "ignored"},
  {"para": 5, "src": ["*"], "tgt": ["*"], "roots": ["17", "11"], "date": null,
   "core": false}
 ],
 "entities": {"persons": {"Erdogan": "TUR"}}
})";

TEST(EvalParseGold, ReadsTheFormat) {
  Result<GoldDoc> r = ParseGold(kGood, "a.gold.json");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->doc, "a.txt");
  EXPECT_FALSE(r->pub_date.has_value());
  ASSERT_EQ(r->events.size(), 2u);
  const GoldEvent& a = r->events[0];
  EXPECT_EQ(a.id, "p2-meet");
  EXPECT_EQ(a.para, 2);
  EXPECT_EQ(a.src, (std::vector<std::string>{"TUR", "DEU"}));
  EXPECT_EQ(a.tgt, (std::vector<std::string>{"DEU", "TUR"}));
  EXPECT_EQ(a.roots, (std::vector<std::string>{"04"}));
  EXPECT_EQ(a.date, "2018-09-29");
  EXPECT_TRUE(a.core);
  EXPECT_TRUE(a.symmetric);
  EXPECT_EQ(a.note, "met");
  const GoldEvent& b = r->events[1];
  EXPECT_EQ(b.id, "#2");  // no id: numbered
  EXPECT_EQ(b.date, "");
  EXPECT_FALSE(b.core);
  EXPECT_FALSE(b.symmetric);
}

TEST(EvalParseGold, PubDate) {
  Result<GoldDoc> r = ParseGold(R"({"doc":"a.txt","pub_date":"2018-09-30","events":[]})", "g");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->pub_date.value_or(""), "2018-09-30");
}

struct BadCase {
  const char* json;
  const char* want;  // a substring of the message
};

TEST(EvalParseGold, ErrorsSayWhatAndWhere) {
  const BadCase cases[] = {
      {"", "g: "},
      {"[1]", "one JSON object"},
      {R"({"doc": "a.txt", "events": [}")", "g:"},
      {R"({"events": []})", "missing \"doc\""},
      {R"({"doc": "a.txt"})", "missing \"events\""},
      {R"({"doc": 3, "events": []})", "g:1:9 (byte 8): \"doc\" must be a string"},
      {R"({"doc": "a.txt", "pub_date": "2018-9-1", "events": []})", "\"pub_date\" must be"},
      {R"({"doc": "a.txt", "pub_date": "2018-02-30", "events": []})", "\"pub_date\" must be"},
      {"{\"doc\": \"a.txt\",\n \"events\": [{\"para\": \"3\"}]}",
       "g:2:22 (byte 38): event 1 \"para\" must be an integer"},
      {R"({"doc": "a.txt", "events": [{"para": 0}]})", "must be a line number"},
      {R"({"doc": "a.txt", "events": [{"para": 1, "src": [], "tgt": ["*"], "roots": ["01"],
          "core": true}]})",
       "\"src\" is empty"},
      {R"({"doc": "a.txt", "events": [{"para": 1, "src": ["A"], "tgt": ["*"], "roots": ["4"],
          "core": true}]})",
       "\"4\" is not a CAMEO root"},
      {R"({"doc": "a.txt", "events": [{"para": 1, "src": ["A"], "tgt": ["*"], "roots": ["04"],
          "core": "yes"}]})",
       "\"core\" must be true or false"},
      {R"({"doc": "a.txt", "events": [{"para": 1, "src": ["A"], "tgt": ["*"], "roots": ["04"]}]})",
       "event 1 lacks \"core\""},
      {R"({"doc": "a.txt", "events": [{"para": 1, "src": ["A"], "tgt": ["*"], "roots": ["04"],
          "core": true, "date": "Sept 2018"}]})",
       "must be YYYY, YYYY-MM, YYYY-MM-DD or null"},
      {R"({"doc": "a.txt", "events": []} x)", "g: not valid JSON"},
      {R"({"doc": "a.txt", "events": []} {})", "g:1:32 (byte 31): trailing content"},
      {R"({"doc": "a.txt", "events": [], "entities": tru})", "g: not valid JSON"},
      {"{\"doc\": \"a\xff.txt\", \"events\": []}", "not valid UTF-8"},
      {"{\"doc\": \"a.txt\",\n \"events\": [{\"para\": 1,,}]}", "g:2:24 (byte 40): event 1"},
  };
  for (const BadCase& c : cases) {
    Result<GoldDoc> r = ParseGold(c.json, "g");
    ASSERT_FALSE(r.ok()) << c.json;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
    EXPECT_NE(r.status().message().find(c.want), std::string::npos)
        << "message: " << r.status().message() << "\nwanted: " << c.want;
  }
}

TEST(EvalLoadGold, MissingFileIsNotFound) {
  Result<GoldDoc> r = LoadGold("/nonexistent/x.gold.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/x.gold.json"), std::string::npos);
}

TEST(EvalIsGoldDate, Forms) {
  EXPECT_TRUE(IsGoldDate("2018"));
  EXPECT_TRUE(IsGoldDate("2018-09"));
  EXPECT_TRUE(IsGoldDate("2018-09-29"));
  EXPECT_FALSE(IsGoldDate("2018-13"));
  EXPECT_FALSE(IsGoldDate("2018-09-32"));
  EXPECT_FALSE(IsGoldDate("18-09-29"));
  EXPECT_FALSE(IsGoldDate("2018/09/29"));
  EXPECT_FALSE(IsGoldDate(""));
}

}  // namespace
}  // namespace warta::eval
