#include "extract/tabari/coder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

namespace warta::extract::tabari {
namespace {

namespace fs = std::filesystem;
using dict::tabari::DictFormat;
using dict::tabari::TabariDictionary;

// A small PETRARCH-format dictionary about invented places.
class TabariCoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("warta_coder_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    Write("verbs.txt",
          "&MONEY\n+DUCATS\n+GOLD_CROWNS\n\n"
          "--- CRITICIZE [121] ---\n"
          "CRITICIZE\n"
          "CONDEMN [122]\n"
          "- HEAVILY * [123]\n"
          "--- GIVE [070] ---\n"
          "GIVE {GAVE GIVEN}\n"
          "- * &MONEY [071]\n"
          "--- MEET [031:032] ---\n"
          "MEET {MET}\n"
          "- % * [036]\n"
          "--- SHOOT [190] ---\n"
          "SHOOT {SHOT}\n"
          "- + WAS * DEAD IN $ [194]\n"
          "--- SAY [010] ---\n"
          "SAY {SAID}\n"
          "--- OPPOSE [112] ---\n"
          "OPPOSE\n"
          "--- IGNORE [---] ---\n"
          "IGNORE\n");
    Write("actors.txt",
          "NORTHMARK_ [NMK]\n+NORTHMARKIAN\n"
          "SOUTHLAND_ [SLD]\n"
          "EASTWOOD_ [EWD]\n"
          "THE_ISLES [ISL/ISM]\n"
          "OLD_KING [NMK]\n\t[NMKGOV <20100101]\n\t[NMKELI >20091231]\n");
    Write("agents.txt", "POLICE {} [~COP]\nMINISTER [~GOV]\nCHARITY [NGO~]\n");
    Write("discards.txt", "FOOTBALL MATCH\n");
    ASSERT_TRUE(dict_.LoadVerbs(dir_ / "verbs.txt", DictFormat::kPetrarch).ok());
    ASSERT_TRUE(dict_.LoadActors(dir_ / "actors.txt", DictFormat::kPetrarch).ok());
    ASSERT_TRUE(dict_.LoadAgents(dir_ / "agents.txt", DictFormat::kPetrarch).ok());
    ASSERT_TRUE(dict_.LoadDiscards(dir_ / "discards.txt", DictFormat::kPetrarch).ok());
    dict_.Finish();
    ASSERT_TRUE(dict_.warnings().empty()) << dict_.warnings()[0];
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& content) { std::ofstream(dir_ / name) << content; }

  // "SRC>TGT:CODE" triples, sorted.
  std::vector<std::string> Code(std::string_view text, int32_t date = 20050101,
                                CoderOptions opts = CoderOptions()) {
    TabariCoder coder(&dict_);
    events_.clear();
    coder.Code(text, date, opts, &scratch_, &events_);
    std::vector<std::string> out;
    for (const CodedEvent& e : events_) out.push_back(e.source + ">" + e.target + ":" + e.code);
    std::sort(out.begin(), out.end());
    return out;
  }

  using V = std::vector<std::string>;
  fs::path dir_;
  TabariDictionary dict_;
  TabariScratch scratch_;
  std::vector<CodedEvent> events_;
};

TEST_F(TabariCoderTest, SourceVerbTargetWithDefaultCode) {
  EXPECT_EQ(Code("Northmark criticized Southland on Monday."), V{"NMK>SLD:121"});
  // The verb's own code overrides its block's.
  EXPECT_EQ(Code("Northmark condemned Southland."), V{"NMK>SLD:122"});
}

TEST_F(TabariCoderTest, PatternsLongestFirstWithOpenGaps) {
  EXPECT_EQ(Code("Northmark heavily criticized Southland."), V{"NMK>SLD:123"});
  EXPECT_EQ(Code("Northmark gave two thousand gold crowns to Southland."), V{"NMK>SLD:071"});
  // "GOLD_CROWNS" is consecutive: "gold and silver crowns" is not money.
  EXPECT_EQ(Code("Northmark gave gold and silver crowns to Southland."), V{"NMK>SLD:070"});
}

TEST_F(TabariCoderTest, PatternNamesSourceAndTarget) {
  EXPECT_EQ(Code("A Northmarkian was shot dead in Southland yesterday."), V{"SLD>NMK:194"});
}

TEST_F(TabariCoderTest, PairedCodesAndCompounds) {
  EXPECT_EQ(Code("Northmark will meet Southland next week."), (V{"NMK>SLD:031", "SLD>NMK:032"}));
  // '%': a compound meets itself.
  EXPECT_EQ(Code("Northmark and Southland met on Friday."), (V{"NMK>SLD:036", "SLD>NMK:036"}));
  // A compound source codes each of its actors.
  EXPECT_EQ(Code("Northmark and Eastwood criticized Southland."), (V{"EWD>SLD:121", "NMK>SLD:121"}));
  // "ISL/ISM" is two actors.
  EXPECT_EQ(Code("The Isles criticized Southland."), (V{"ISL>SLD:121", "ISM>SLD:121"}));
}

TEST_F(TabariCoderTest, AgentsAttachToActors) {
  EXPECT_EQ(Code("Northmark police criticized the Southland minister."), V{"NMKCOP>SLDGOV:121"});
  EXPECT_EQ(Code("The minister of Northmark criticized Southland's police."), V{"NMKGOV>SLDCOP:121"});
  EXPECT_EQ(Code("A charity in Northmark criticized Southland."), V{"NGONMK>SLD:121"});
  // "POLICE {}": no generated plural.
  EXPECT_EQ(Code("Northmark polices criticized Southland."), V{"NMK>SLD:121"});
  // An agent without an actor, when one-sided events are allowed.
  CoderOptions loose;
  loose.require_dyad = false;
  EXPECT_EQ(Code("The minister said nothing.", 20050101, loose), V{"---GOV>---:010"});
  EXPECT_EQ(Code("The minister said nothing."), V{});
}

TEST_F(TabariCoderTest, DatedCodesFollowTheRecordDate) {
  EXPECT_EQ(Code("The old king criticized Southland.", 20050101), V{"NMKGOV>SLD:121"});
  EXPECT_EQ(Code("The old king criticized Southland.", 20120101), V{"NMKELI>SLD:121"});
}

TEST_F(TabariCoderTest, PassiveVoiceSwapsSourceAndTarget) {
  EXPECT_EQ(Code("Northmark was opposed by Southland."), V{"SLD>NMK:112"});
}

TEST_F(TabariCoderTest, DiscardsNullCodesAndNouns) {
  EXPECT_EQ(Code("Northmark criticized Southland after the football match."), V{});
  EXPECT_EQ(Code("Northmark ignored Southland."), V{});
  // After a determiner the word is a noun, not the verb.
  EXPECT_EQ(Code("Northmark ended the meet with Southland."), V{});
}

TEST_F(TabariCoderTest, ConjoinedVerbsShareTheirSubject) {
  EXPECT_EQ(Code("Northmark criticized Eastwood on Monday and gave ducats to Southland."),
            (V{"NMK>EWD:121", "NMK>SLD:071"}));
}

TEST_F(TabariCoderTest, ShortCommaClausesAreRemoved) {
  EXPECT_EQ(Code("Northmark, a neighbour of Eastwood, criticized Southland."), V{"NMK>SLD:121"});
  CoderOptions off;
  off.comma_max = 0;
  off.comma_emax = 0;
  // Without removal the apposition reads as a list of actors: the reason
  // clauses are removed.
  EXPECT_EQ(Code("Northmark, a neighbour of Eastwood, criticized Southland.", 20050101, off),
            (V{"EWD>SLD:121", "NMK>SLD:121"}));
  // "X, criticized Y": a verb between two actors is no list.
  EXPECT_EQ(Code("Northmark , criticized Southland."), V{"NMK>SLD:121"});
}

TEST_F(TabariCoderTest, EvidenceNamesTheEntriesThatFired) {
  std::string text = "Northmark heavily criticized Southland.";
  Code(text);
  ASSERT_EQ(events_.size(), 1u);
  const CodedEvent& e = events_[0];
  EXPECT_EQ(text.substr(e.begin, e.end - e.begin), "criticized");
  EXPECT_EQ(e.verb_rule, "verbs.txt:6");
  EXPECT_EQ(e.pattern_rule, "verbs.txt:8");
  EXPECT_EQ(e.source_rule, "actors.txt:1");
  EXPECT_EQ(e.target_rule, "actors.txt:3");
}

TEST(CoderOptionsTest, PetrarchConfigAndTabariOptions) {
  CoderOptions o;
  EXPECT_TRUE(SetCoderOption("require_dyad", "False", &o));
  EXPECT_FALSE(o.require_dyad);
  EXPECT_TRUE(SetCoderOption("comma_max", "6", &o));
  EXPECT_EQ(o.comma_max, 6);
  EXPECT_FALSE(SetCoderOption("comma_max", "six", &o));
  EXPECT_FALSE(SetCoderOption("no_such_option", "1", &o));
  EXPECT_TRUE(ApplyTabariOption("OPTION: COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 7 BMIN = 1 BMAX = 8", &o));
  EXPECT_EQ(o.comma_min, 4);
  EXPECT_EQ(o.comma_max, 6);
  EXPECT_EQ(o.comma_emin, 3);
  EXPECT_EQ(o.comma_emax, 7);
  EXPECT_EQ(o.comma_bmin, 1);
  EXPECT_EQ(o.comma_bmax, 8);
  EXPECT_TRUE(ApplyTabariOption("SET: MINIMUM WORDS = 5", &o));
  EXPECT_EQ(o.min_words, 5);
  EXPECT_TRUE(ApplyTabariOption("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", &o));
  EXPECT_EQ(o.default_source, "DEFSRC");
  EXPECT_EQ(o.default_target, "DEFTAR");
  EXPECT_TRUE(ApplyTabariOption("DEFAULT: OFF", &o));
  EXPECT_TRUE(o.default_source.empty());
  EXPECT_FALSE(ApplyTabariOption("SET: TIME SHIFT = TRUE", &o));
}

TEST_F(TabariCoderTest, MinimumWordsAndDefaultActors) {
  CoderOptions o;
  o.min_words = 8;
  EXPECT_EQ(Code("Northmark criticized Southland.", 20050101, o), V{});
  o.min_words = 0;
  o.default_target = "DEFTAR";
  EXPECT_EQ(Code("Northmark criticized somebody.", 20050101, o), V{"NMK>DEFTAR:121"});
}

}  // namespace
}  // namespace warta::extract::tabari
