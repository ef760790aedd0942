#include "output/json.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdio>
#include <string>
#include <vector>

#include "output/table.h"

namespace warta::output {
namespace {

struct Case {
  std::string in, want;
};

// JSON string escaping written the slow, obvious way, one byte at a time.
std::string ReferenceEscape(const std::string& in) {
  std::string want = "\"";
  for (char c : in) {
    if (c == '"') want += "\\\"";
    else if (c == '\\') want += "\\\\";
    else if (c == '\n') want += "\\n";
    else if (c == '\r') want += "\\r";
    else if (c == '\t') want += "\\t";
    else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
      want += buf;
    } else {
      want += c;
    }
  }
  return want + "\"";
}

TEST(AppendJsonString, EscapesWhatJsonRequires) {
  const Case cases[] = {
      {"", "\"\""},
      {"Rusia", "\"Rusia\""},
      {"kata \"KCNA\"", "\"kata \\\"KCNA\\\"\""},
      {"a\\b", "\"a\\\\b\""},
      {"baris\nbaru\r\ttab", "\"baris\\nbaru\\r\\ttab\""},
      {std::string("nul\0x", 5), "\"nul\\u0000x\""},
      {"\x1f", "\"\\u001f\""},
      {"“memperkuat” – é", "\"“memperkuat” – é\""},  // UTF-8 passes through
  };
  for (const Case& c : cases) {
    std::string out = "prefix:";
    AppendJsonString(c.in, &out);
    EXPECT_EQ(out, "prefix:" + c.want) << c.in;
  }
}

// Plain runs are skipped eight bytes at a time: every byte to escape must
// be found wherever it falls in a word, next to bytes of any value.
TEST(AppendJsonString, FindsEachEscapeAtEveryOffset) {
  for (char special : {'"', '\\', '\n', '\x01', '\x1f'}) {
    for (size_t at = 0; at < 20; ++at) {
      std::string in = "\xc3\xa9 Rusia \x7f\x80 ~ mengecam!";
      in[at] = special;
      std::string out;
      AppendJsonString(in, &out);
      EXPECT_EQ(out, ReferenceEscape(in)) << "byte " << int(special) << " at " << at;
    }
  }
}

// Strings are tested and copied sixteen, eight or one byte at a time by
// their length: each length, with a byte to escape at each offset or none,
// and the bytes next to the limits (0x20, 0x7f, 0x80, 0xff) around it.
TEST(AppendJsonString, EscapesAtEveryOffsetOfEveryLength) {
  const std::string filler = "a \x7f\x80\xff!Zq";
  for (size_t len = 0; len <= 40; ++len) {
    for (size_t at = 0; at <= len; ++at) {  // at == len: nothing to escape
      for (char special : {'"', '\\', '\x01'}) {
        std::string in;
        for (size_t i = 0; i < len; ++i) in += filler[i % filler.size()];
        if (at < len) in[at] = special;
        std::string out = "prefix";
        AppendJsonString(in, &out);
        ASSERT_EQ(out, "prefix" + ReferenceEscape(in)) << "length " << len << " at " << at;
      }
    }
  }
}

TEST(AppendEventJson, WritesOneValidObjectPerLine) {
  Event e;
  e.event_id = "00ff";
  e.doc_id = "doc \"1\"";
  e.source = ActorRef{"pejabat Rusia", "RUSGOV", "RUS", 8, 21, "", "data/id/actors.txt:1"};
  e.cameo_code = "036";
  e.cameo_root = "03";
  e.goldstein = 4.5;
  e.evidence_text = "Seorang pejabat Rusia\tmengatakan";
  Location l;
  l.name = "Pyongyang";
  l.country = "PRK";
  l.lat = 39.03385;
  l.lon = 125.75432;
  l.has_latlon = true;
  e.location = l;
  std::string out;
  AppendEventJson(e, &out);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.back(), '\n');
  EXPECT_EQ(out.find('\n'), out.size() - 1);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(out).get(doc), simdjson::SUCCESS) << out;
  EXPECT_EQ(std::string_view(doc["doc_id"]), "doc \"1\"");
  EXPECT_EQ(std::string_view(doc["source"]["code"]), "RUSGOV");
  EXPECT_TRUE(doc["target"].is_null());
  EXPECT_DOUBLE_EQ(double(doc["cameo"]["goldstein"]), 4.5);
  EXPECT_DOUBLE_EQ(double(doc["location"]["lat"]), 39.03385);
  EXPECT_EQ(std::string_view(doc["evidence"]["text"]), "Seorang pejabat Rusia\tmengatakan");
}

// Numbers are written as printf's "%.10g" writes them, so that output stays
// byte for byte what it was.
TEST(AppendEventJson, NumbersAsPrintfWritesThem) {
  std::vector<double> values = {4.5, -10.0, 0.0, -0.0, 39.03385, 125.754321987654,
                                -6.2087634, 1e-5, 1.5e12, 0.05, -0.15, 100.25};
  for (int k = -1000; k <= 1000; ++k) values.push_back(k / 10.0);
  for (double v : values) {
    Event e;
    e.goldstein = v;
    std::string out;
    AppendEventJson(e, &out);
    char want[40];
    std::snprintf(want, sizeof want, "\"goldstein\":%.10g,", v);
    EXPECT_NE(out.find(want), std::string::npos) << want << " in " << out;
  }
}

TEST(Table, WidthTruncateAndPadCountCodePoints) {
  EXPECT_EQ(DisplayWidth("Tiongkok"), 8u);
  EXPECT_EQ(DisplayWidth("“é”"), 3u);
  EXPECT_EQ(Truncate("memperkuat hubungan", 8), "memperk…");
  EXPECT_EQ(Truncate("pendek", 8), "pendek");
  EXPECT_EQ(PadRight("é", 3), "é  ");
  EXPECT_EQ(PadRight("panjang", 3), "panjang");
}

}  // namespace
}  // namespace warta::output
