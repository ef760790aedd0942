#include "eval/score.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace warta::eval {
namespace {

ActorRef Actor(const std::string& country) {
  ActorRef a;
  a.text = country;
  a.code = country + "GOV";
  a.country = country;
  return a;
}

// An event on line `para` from country `src` to `tgt` ("" = no actor).
Event Ev(int para, const std::string& src, const std::string& tgt, const std::string& code,
         const std::string& date = "", const std::string& precision = "") {
  Event e;
  e.paragraph = para;
  if (!src.empty()) e.source = Actor(src);
  if (!tgt.empty()) e.target = Actor(tgt);
  e.cameo_code = code;
  e.cameo_root = code.substr(0, 2);
  e.date = date;
  e.date_precision = precision;
  return e;
}

GoldEvent Gold(int para, std::vector<std::string> src, std::vector<std::string> tgt,
               std::vector<std::string> roots, bool core = true, bool symmetric = false,
               const std::string& date = "") {
  GoldEvent g;
  g.para = para;
  g.src = std::move(src);
  g.tgt = std::move(tgt);
  g.roots = std::move(roots);
  g.core = core;
  g.symmetric = symmetric;
  g.date = date;
  return g;
}

struct MatchCase {
  const char* what;
  Event event;
  GoldEvent gold;
  bool want;
};

TEST(EvalMatches, Rules) {
  const MatchCase cases[] = {
      {"all equal", Ev(3, "TUR", "DEU", "042"), Gold(3, {"TUR"}, {"DEU"}, {"04"}), true},
      {"other line", Ev(4, "TUR", "DEU", "042"), Gold(3, {"TUR"}, {"DEU"}, {"04"}), false},
      {"other root", Ev(3, "TUR", "DEU", "051"), Gold(3, {"TUR"}, {"DEU"}, {"04"}), false},
      {"one of the roots", Ev(3, "TUR", "DEU", "051"), Gold(3, {"TUR"}, {"DEU"}, {"03", "05"}),
       true},
      {"root by code when root is unset",
       [] {
         Event e = Ev(3, "TUR", "DEU", "042");
         e.cameo_root.clear();
         return e;
       }(),
       Gold(3, {"TUR"}, {"DEU"}, {"04"}), true},
      {"one of the sources", Ev(3, "DEU", "TUR", "042"), Gold(3, {"TUR", "DEU"}, {"TUR"}, {"04"}),
       true},
      {"wrong source", Ev(3, "USA", "DEU", "042"), Gold(3, {"TUR"}, {"DEU"}, {"04"}), false},
      {"wrong target", Ev(3, "TUR", "USA", "042"), Gold(3, {"TUR"}, {"DEU"}, {"04"}), false},
      {"reversed, not symmetric", Ev(3, "DEU", "TUR", "042"), Gold(3, {"TUR"}, {"DEU"}, {"04"}),
       false},
      {"reversed, symmetric", Ev(3, "DEU", "TUR", "042"),
       Gold(3, {"TUR"}, {"DEU"}, {"04"}, true, true), true},
      {"symmetric still needs both countries", Ev(3, "DEU", "USA", "042"),
       Gold(3, {"TUR"}, {"DEU"}, {"04"}, true, true), false},
      {"* source", Ev(3, "USA", "DEU", "042"), Gold(3, {"*"}, {"DEU"}, {"04"}), true},
      {"* target", Ev(3, "TUR", "USA", "042"), Gold(3, {"TUR"}, {"*"}, {"04"}), true},
      {"* target matches a missing target", Ev(3, "TUR", "", "010"),
       Gold(3, {"TUR"}, {"*"}, {"01"}), true},
      {"a missing target matches no country", Ev(3, "TUR", "", "010"),
       Gold(3, {"TUR"}, {"DEU"}, {"01"}), false},
      {"* source matches a missing source", Ev(3, "", "DEU", "010"),
       Gold(3, {"*"}, {"DEU"}, {"01"}), true},
      {"symmetric with * and a missing target", Ev(3, "", "TUR", "010"),
       Gold(3, {"TUR"}, {"*"}, {"01"}, true, true), true},
      {"IGO country", Ev(2, "IGO", "GBR", "112"), Gold(2, {"IGO"}, {"GBR"}, {"11"}), true},
  };
  for (const MatchCase& c : cases) EXPECT_EQ(Matches(c.event, c.gold), c.want) << c.what;
}

TEST(EvalMatches, CountryNotCode) {
  // The country decides, not the full actor code.
  Event e = Ev(1, "RUS", "PRK", "042");
  e.source->code = "RUSGOV";
  EXPECT_TRUE(Matches(e, Gold(1, {"RUS"}, {"PRK"}, {"04"})));
  EXPECT_FALSE(Matches(e, Gold(1, {"RUSGOV"}, {"PRK"}, {"04"})));
}

struct DateCase {
  const char* date;
  const char* precision;
  const char* gold;
  bool want;
};

TEST(EvalDateMatches, SameOrFinerPrecision) {
  const DateCase cases[] = {
      {"2018-09-29", "day", "2018-09-29", true},
      {"2018-09-28", "day", "2018-09-29", false},
      {"2018-09-29", "day", "2018-09", true},  // finer than the gold
      {"2018-09-29", "day", "2018", true},
      {"2018-09", "month", "2018-09", true},
      {"2018-09", "month", "2018-09-29", false},  // coarser than the gold
      {"2018", "year", "2018-09", false},
      {"2018", "year", "2018", true},
      {"2018-09-24", "week", "2018-09", true},      // week is finer than month
      {"2018-09-24", "week", "2018-09-24", false},  // but coarser than day
      {"2018-08-27", "week", "2018-09", false},     // a week starting in August
      {"2018-10", "month", "2018-09", false},
      {"2018-09-29", "", "2018-09-29", true},  // precision from the length
      {"2018-09", "", "2018-09-29", false},
      {"", "", "2018-09", false},  // undated
      {"2018-09-29", "day", "", false},
  };
  for (const DateCase& c : cases)
    EXPECT_EQ(DateMatches(c.date, c.precision, c.gold), c.want)
        << c.date << " (" << c.precision << ") vs " << c.gold;
}

TEST(EvalScore, RecallCountsOnlyCore) {
  std::vector<GoldEvent> gold = {
      Gold(1, {"TUR"}, {"DEU"}, {"04"}, /*core=*/true),
      Gold(2, {"TUR"}, {"DEU"}, {"04"}, /*core=*/true),
      Gold(3, {"TUR"}, {"DEU"}, {"11"}, /*core=*/false),
  };
  std::vector<Event> events = {Ev(1, "TUR", "DEU", "042"), Ev(3, "TUR", "DEU", "111")};
  DocScore s = Score(gold, events);
  EXPECT_EQ(s.counts.core, 2);
  EXPECT_EQ(s.counts.core_matched, 1);
  ASSERT_EQ(s.missed.size(), 1u);
  EXPECT_EQ(s.missed[0], 1u);  // the optional one is never "missed"
}

TEST(EvalScore, PrecisionCountsOptionalAnnotations) {
  std::vector<GoldEvent> gold = {
      Gold(1, {"TUR"}, {"DEU"}, {"04"}, /*core=*/true),
      Gold(2, {"DEU"}, {"TUR"}, {"11"}, /*core=*/false),
  };
  std::vector<Event> events = {
      Ev(1, "TUR", "DEU", "042"),  // core
      Ev(1, "TUR", "DEU", "043"),  // the same core annotation again
      Ev(2, "DEU", "TUR", "111"),  // optional
      Ev(2, "TUR", "DEU", "111"),  // reversed, not symmetric: spurious
      Ev(5, "USA", "CHN", "172"),  // no annotation on the line: spurious
  };
  DocScore s = Score(gold, events);
  EXPECT_EQ(s.counts.events, 5);
  EXPECT_EQ(s.counts.events_matched, 3);
  EXPECT_EQ(s.spurious, (std::vector<size_t>{3, 4}));
  EXPECT_EQ(s.matches[0], (std::vector<size_t>{0, 1}));
  EXPECT_EQ(s.counts.core_matched, 1);
}

TEST(EvalScore, DateAccuracyOverMatchedDatedCore) {
  std::vector<GoldEvent> gold = {
      Gold(1, {"TUR"}, {"DEU"}, {"04"}, true, false, "2018-09-29"),  // right
      Gold(2, {"TUR"}, {"DEU"}, {"04"}, true, false, "2018-09"),     // wrong
      Gold(3, {"TUR"}, {"DEU"}, {"04"}, true, false, "2018-09"),     // missed: not counted
      Gold(4, {"TUR"}, {"DEU"}, {"04"}, true, false, ""),            // undated: not counted
      Gold(5, {"TUR"}, {"DEU"}, {"04"}, false, false, "2018-09"),    // optional: not counted
  };
  std::vector<Event> events = {
      Ev(1, "TUR", "DEU", "042", "2018", "year"),       // one wrong ...
      Ev(1, "TUR", "DEU", "040", "2018-09-29", "day"),  // ... one right is enough
      Ev(2, "TUR", "DEU", "042", "2018-08-30", "day"),
      Ev(4, "TUR", "DEU", "042", "2018-09-29", "day"),
      Ev(5, "TUR", "DEU", "042", "2017", "year"),
  };
  DocScore s = Score(gold, events);
  EXPECT_EQ(s.counts.dated, 2);
  EXPECT_EQ(s.counts.dated_correct, 1);
  EXPECT_EQ(s.misdated, (std::vector<size_t>{1}));
  EXPECT_EQ(s.counts.core, 4);
  EXPECT_EQ(s.counts.core_matched, 3);
}

TEST(EvalScore, NothingToMeasure) {
  DocScore s = Score({}, {});
  EXPECT_EQ(s.counts.core, 0);
  EXPECT_EQ(s.counts.events, 0);
  EXPECT_FALSE(Ratio(s.counts.core_matched, s.counts.core).has_value());
  EXPECT_DOUBLE_EQ(Ratio(1, 4).value(), 0.25);
}

TEST(EvalCounts, Sum) {
  Counts a{.core = 2,
           .core_matched = 1,
           .events = 5,
           .events_matched = 3,
           .dated = 1,
           .dated_correct = 1};
  Counts b{.core = 3,
           .core_matched = 3,
           .events = 1,
           .events_matched = 0,
           .dated = 2,
           .dated_correct = 0};
  a += b;
  EXPECT_EQ(a.core, 5);
  EXPECT_EQ(a.core_matched, 4);
  EXPECT_EQ(a.events, 6);
  EXPECT_EQ(a.events_matched, 3);
  EXPECT_EQ(a.dated, 3);
  EXPECT_EQ(a.dated_correct, 1);
}

}  // namespace
}  // namespace warta::eval
