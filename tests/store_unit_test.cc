// Pure functions of the event database: the de-duplication key, date
// ranges, hashes, source keys, the GDELT actor-code split and row, and the
// JSONL article parser.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/article.h"
#include "store/dedup.h"
#include "store/gdelt.h"
#include "store/jsonl.h"

namespace warta::store {
namespace {

ActorRef Actor(const std::string& text, const std::string& code) {
  ActorRef a;
  a.text = text;
  a.code = code;
  a.country = code.substr(0, 3);
  return a;
}

Location Place(const std::string& name, int64_t geonames_id = 0) {
  Location l;
  l.text = "di " + name;
  l.name = name;
  l.geonames_id = geonames_id;
  return l;
}

Event MakeEvent() {
  Event e;
  e.date = "2024-06-18";
  e.date_precision = "day";
  e.source = Actor("Rusia", "RUSGOV");
  e.target = Actor("Korea Utara", "PRKGOV");
  e.cameo_code = "042";
  e.cameo_root = "04";
  return e;
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t')
      out.emplace_back();
    else
      out.back().push_back(c);
  }
  return out;
}

TEST(DedupKey, JoinsDatePrecisionActorsCodeAndLocation) {
  Event e = MakeEvent();
  EXPECT_EQ(DedupKey(e), "2024-06-18/day|RUSGOV|PRKGOV|042|");
  e.location = Place("Pyongyang", 1871859);
  EXPECT_EQ(DedupKey(e), "2024-06-18/day|RUSGOV|PRKGOV|042|gn:1871859");
  e.location->geonames_id = 0;
  EXPECT_EQ(DedupKey(e), "2024-06-18/day|RUSGOV|PRKGOV|042|name:pyongyang");
}

TEST(DedupKey, WhatIsNotInTheKeyDoesNotSplitEvents) {
  Event a = MakeEvent(), b = MakeEvent();
  b.source->text = "Presiden Rusia Vladimir Putin";
  b.trigger_text = "kunjungan";
  b.doc_id = "other";
  b.sentence = 7;
  b.attribution = Actor("KCNA", "PRKMED");
  EXPECT_EQ(DedupKey(a), DedupKey(b));
}

TEST(DedupKey, EachPartSplitsEvents) {
  Event base = MakeEvent();
  std::vector<Event> variants(6, base);
  variants[0].date = "2024-06-19";
  variants[1].date_precision = "week";
  variants[2].source->code = "RUS";
  variants[3].target.reset();
  variants[4].cameo_code = "043";
  variants[5].location = Place("Wonsan");
  for (const Event& v : variants) EXPECT_NE(DedupKey(v), DedupKey(base)) << DedupKey(v);
}

TEST(DedupKey, UndatedAndTargetlessEvents) {
  Event e = MakeEvent();
  e.date.clear();
  e.date_precision.clear();
  e.target.reset();
  e.cameo_code = "010";
  EXPECT_EQ(DedupKey(e), "|RUSGOV||010|");
}

TEST(EventDateRange, CoversTheDaysOfEachPrecision) {
  auto r = EventDateRange("2024-06-18", "day");
  EXPECT_EQ(r.first, "2024-06-18");
  EXPECT_EQ(r.last, "2024-06-18");
  r = EventDateRange("2024-06-17", "week");
  EXPECT_EQ(r.first, "2024-06-17");
  EXPECT_EQ(r.last, "2024-06-23");
  r = EventDateRange("2024-02", "month");
  EXPECT_EQ(r.first, "2024-02-01");
  EXPECT_EQ(r.last, "2024-02-29");
  r = EventDateRange("2023", "year");
  EXPECT_EQ(r.first, "2023-01-01");
  EXPECT_EQ(r.last, "2023-12-31");
  EXPECT_TRUE(EventDateRange("", "").first.empty());
  EXPECT_TRUE(EventDateRange("2024-02-30", "day").first.empty());
  EXPECT_TRUE(EventDateRange("2024-06", "day").first.empty());
}

TEST(ArgumentDateRange, AcceptsYearMonthDay) {
  EXPECT_EQ(ArgumentDateRange("2024").last, "2024-12-31");
  EXPECT_EQ(ArgumentDateRange("2023-02").last, "2023-02-28");
  EXPECT_EQ(ArgumentDateRange("2024-06-18").first, "2024-06-18");
  EXPECT_TRUE(ArgumentDateRange("June").first.empty());
  EXPECT_TRUE(ArgumentDateRange("2024-13").first.empty());
}

TEST(TextHash, IsFnv1a64InHex) {
  EXPECT_EQ(TextHash(""), "cbf29ce484222325");  // the FNV-1a 64 offset basis
  EXPECT_EQ(TextHash("a"), "af63dc4c8601ec8c");
  EXPECT_NE(TextHash("Rusia mengecam AS."), TextHash("Rusia mengecam AS"));
}

TEST(SourceKey, SourceElseUrlHostElseEmpty) {
  EXPECT_EQ(SourceKey("Antaranews.com", "https://x.org/a"), "antaranews.com");
  EXPECT_EQ(SourceKey("", "https://www.Kompas.com/read/1?x=2"), "kompas.com");
  EXPECT_EQ(SourceKey("", "http://user@tempo.co:8080/a"), "tempo.co");
  EXPECT_EQ(SourceKey("", ""), "");
}

TEST(SplitActorCode, CountriesRolesOrganisations) {
  ActorCodeParts p = SplitActorCode("RUSGOV");
  EXPECT_EQ(p.country, "RUS");
  EXPECT_EQ(p.type1, "GOV");
  p = SplitActorCode("IGOWSTNAT");
  EXPECT_EQ(p.country, "");
  EXPECT_EQ(p.type1, "IGO");
  EXPECT_EQ(p.known_group, "NAT");
  p = SplitActorCode("IMGMUSALQ");
  EXPECT_EQ(p.type1, "IMG");
  EXPECT_EQ(p.religion1, "MUS");
  EXPECT_EQ(p.known_group, "ALQ");
  p = SplitActorCode("IGOUNOHLHWHO");
  EXPECT_EQ(p.known_group, "UNO");
  EXPECT_EQ(p.type2, "HLH");
  p = SplitActorCode("PSEREB");
  EXPECT_EQ(p.country, "PSE");
  EXPECT_EQ(p.type1, "REB");
  EXPECT_EQ(SplitActorCode("").country, "");
}

TEST(Gdelt, ColumnNamesAreGdelt20Order) {
  const auto& names = GdeltColumnNames();
  EXPECT_STREQ(names[0], "GLOBALEVENTID");
  EXPECT_STREQ(names[4], "FractionDate");
  EXPECT_STREQ(names[15], "Actor2Code");
  EXPECT_STREQ(names[25], "IsRootEvent");
  EXPECT_STREQ(names[34], "AvgTone");
  EXPECT_STREQ(names[35], "Actor1Geo_Type");
  EXPECT_STREQ(names[51], "ActionGeo_Type");
  EXPECT_STREQ(names[58], "ActionGeo_FeatureID");
  EXPECT_STREQ(names[59], "DATEADDED");
  EXPECT_STREQ(names[60], "SOURCEURL");
}

TEST(Gdelt, RowHas61FieldsInPlace) {
  GdeltEvent g;
  g.id = 42;
  g.date_first = "2024-06-18";
  g.source_code = "RUSGOV";
  g.source_name = "Presiden\tRusia";
  g.target_code = "PRK";
  g.target_name = "Korea Utara";
  g.is_root = true;
  g.cameo_code = "0421";
  g.cameo_root = "04";
  g.quad_class = 1;
  g.goldstein = 1.9;
  g.num_mentions = 3;
  g.num_sources = 2;
  g.num_articles = 3;
  g.has_location = true;
  g.location_name = "Pyongyang";
  g.location_country = "PRK";
  g.location_feature = "city";
  g.has_latlon = true;
  g.lat = 39.0339;
  g.lon = 125.7543;
  g.geonames_id = 1871859;
  g.date_added = "2024-06-19T10:11:12Z";
  g.source_url = "https://example.org/a";
  std::string row;
  AppendGdeltRow(g, &row);
  ASSERT_EQ(row.back(), '\n');
  row.pop_back();
  std::vector<std::string> f = SplitTabs(row);
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[0], "42");
  EXPECT_EQ(f[1], "20240618");
  EXPECT_EQ(f[2], "202406");
  EXPECT_EQ(f[3], "2024");
  EXPECT_EQ(f[4].substr(0, 7), "2024.46");
  EXPECT_EQ(f[5], "RUSGOV");
  EXPECT_EQ(f[6], "Presiden Rusia");  // a tab inside a value became a space
  EXPECT_EQ(f[7], "RUS");
  EXPECT_EQ(f[12], "GOV");
  EXPECT_EQ(f[15], "PRK");
  EXPECT_EQ(f[17], "PRK");
  EXPECT_EQ(f[25], "1");
  EXPECT_EQ(f[26], "0421");
  EXPECT_EQ(f[27], "042");
  EXPECT_EQ(f[28], "04");
  EXPECT_EQ(f[29], "1");
  EXPECT_EQ(f[30], "1.9");
  EXPECT_EQ(f[31], "3");
  EXPECT_EQ(f[32], "2");
  EXPECT_EQ(f[33], "3");
  EXPECT_EQ(f[34], "");  // AvgTone
  for (int i = 35; i <= 50; ++i) EXPECT_EQ(f[i], "") << i;
  EXPECT_EQ(f[51], "4");  // world city
  EXPECT_EQ(f[52], "Pyongyang");
  EXPECT_EQ(f[53], "PRK");
  EXPECT_EQ(f[56], "39.0339");
  EXPECT_EQ(f[57], "125.7543");
  EXPECT_EQ(f[58], "1871859");
  EXPECT_EQ(f[59], "20240619101112");
  EXPECT_EQ(f[60], "https://example.org/a");
}

TEST(Gdelt, UndatedEventWithoutLocationStill61Fields) {
  GdeltEvent g;
  g.id = 1;
  g.cameo_code = "010";
  g.cameo_root = "01";
  std::string row;
  AppendGdeltRow(g, &row);
  row.pop_back();
  std::vector<std::string> f = SplitTabs(row);
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[1], "");
  EXPECT_EQ(f[51], "");
}

TEST(ArticleJsonParser, ReadsAllFields) {
  ArticleJsonParser p;
  Article a;
  ASSERT_TRUE(p.Parse(R"({"id":"a1","url":"https://x.id/1","source":"x.id","title":"T",)"
                      R"("date":"2024-06-18T08:00:00Z","lang":"ID","text":"Rusia mengecam AS.",)"
                      R"("extra":[1,2]})",
                      &a)
                  .ok());
  EXPECT_EQ(a.doc_id, "a1");
  EXPECT_EQ(a.url, "https://x.id/1");
  EXPECT_EQ(a.source, "x.id");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.date, "2024-06-18");
  EXPECT_EQ(a.lang, "id");
  EXPECT_EQ(a.text, "Rusia mengecam AS.");
}

TEST(ArticleJsonParser, IntegerIdNullFieldsAndNoLang) {
  ArticleJsonParser p;
  Article a;
  ASSERT_TRUE(p.Parse(R"({"id":17,"url":null,"text":"x"})", &a).ok());
  EXPECT_EQ(a.doc_id, "17");
  EXPECT_EQ(a.url, "");
  EXPECT_EQ(a.lang, "auto");  // detected when coded
}

TEST(ArticleJsonParser, RejectsWhatItCannotStore) {
  ArticleJsonParser p;
  Article a;
  for (const char* bad : {R"({"id":"a","text":})", "not json", R"(["text"])", R"({"id":"a"})",
                          R"({"id":"a","text":""})", R"({"id":"a","text":"x","date":"2024-13-45"})",
                          R"({"id":"a","text":"x","date":"18/06/2024"})", R"({"id":"a","text":5})",
                          R"({"id":[1],"text":"x"})", "{\"id\":\"a\",\"text\":\"\xff\"}"}) {
    Status s = p.Parse(bad, &a);
    EXPECT_FALSE(s.ok()) << bad;
    EXPECT_EQ(s.code(), StatusCode::kInvalidInput) << bad;
  }
}

}  // namespace
}  // namespace warta::store
