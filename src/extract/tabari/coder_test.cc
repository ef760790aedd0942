#include "extract/tabari/coder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

namespace warta::extract::tabari {
namespace {

namespace fs = std::filesystem;
using dict::tabari::DictFormat;
using dict::tabari::TabariDictionary;

// A dictionary written into a fresh folder by each test, and a coder over it
// that returns "SRC>TGT:CODE" triples, sorted.
class CoderFixture : public ::testing::Test {
 protected:
  void MakeDir(const std::string& prefix) {
    dir_ = fs::temp_directory_path() /
           (prefix + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& content) { std::ofstream(dir_ / name) << content; }

  // Loads verbs.txt, actors.txt, agents.txt and discards.txt.
  void Load() {
    ASSERT_TRUE(dict_.LoadVerbs(dir_ / "verbs.txt", DictFormat::kPetrarch).ok());
    ASSERT_TRUE(dict_.LoadActors(dir_ / "actors.txt", DictFormat::kPetrarch).ok());
    ASSERT_TRUE(dict_.LoadAgents(dir_ / "agents.txt", DictFormat::kPetrarch).ok());
    ASSERT_TRUE(dict_.LoadDiscards(dir_ / "discards.txt", DictFormat::kPetrarch).ok());
    dict_.Finish();
    ASSERT_TRUE(dict_.warnings().empty()) << dict_.warnings()[0];
  }

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

// A small PETRARCH-format dictionary about invented places.
class TabariCoderTest : public CoderFixture {
 protected:
  void SetUp() override {
    MakeDir("warta_coder_");
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
    Load();
  }
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

// A small PETRARCH2-style dictionary: transformations, and an ontology
// giving each CAMEO code PETRARCH2's internal (hexadecimal) code.
class Petrarch2CoderTest : public CoderFixture {
 protected:
  void SetUp() override {
    MakeDir("warta_p2coder_");
    Write("verbs.txt",
          "&GUARDS\n+GUARD\n+SENTRY\n\n"
          "--- SAY [010] ---\nSAY {SAID SAYS SAYING}\nANNOUNCE\n"
          "--- ALLEGE [110] ---\nCLAIM\n"
          "--- CRITICIZE [111] ---\nCRITICIZE\n"
          "--- WANT [---] ---\nWANT [030]\n"
          "--- ASK [---] ---\nASK [020]\n"
          "--- REFUSE [120] ---\nREFUSE\n"
          "--- THREATEN [130] ---\nTHREATEN\n"
          "--- AID [070] ---\nHELP\n"
          "--- GRANT [060] ---\nGIVE {GIVES GAVE GIVEN GIVING}\n"
          "- * AID [051]\n- * AID [060]\n"
          "--- RELEASE [080] ---\nFREE\n- * DETAINEES [0841]\n"
          "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n"
          "--- COME [---] ---\nCOME {COMES CAME COMING}\n"
          "--- RETREAT [080] ---\nWITHDRAW {WITHDRAWS WITHDREW WITHDRAWN WITHDRAWING}\n"
          "- &GUARDS * [0874]\n- * TOWARD + [0874]\n"
          "--- STAGE [---] ---\nSTAGE\n- * RALLY [141]\n"
          "--- FIGHT [190] ---\nSTRIKE {STRIKES STRUCK STRIKING}\nCLASH\nWOUND\n- * (WITH MOBS) [175:145]\n"
          "--- DESTROY [190] ---\nBURN [1712]\n- LOOTERS * [145]\n"
          "######## TRANSFORMATIONS ##########\n"
          "~ a (a b STRIKE) SAY = a b 015\n"
          "~ a (b . STRIKE) SAY = a b 112\n"
          "~ a (a b Q) SAY = a b Q\n"
          "~ a (_ b STRIKE) WANT = a b 138\n"
          "~ a (b . STRIKE) WANT = a b 021\n");
    Write("PETR.Internal.Coding.Ontology.txt",
          "010:0x1000\n015:0x10a0\n020:0x2000\n021:0x2070\n023:0x2040\n030:0x3000\n033:0x3040\n"
          "0352:0x320C\n040:0xB000\n050:0x0080\n051:0x0081\n060:0x0070\n070:0x0040\n080:0x0200\n"
          "0841:0x020C\n0874:0x02C2\n110:0x1007f\n111:0x7001\n112:0x70a0\n120:-0xFFFF\n"
          "121:-0xFFFF+0x0070\n130:0x6000\n138:0x60A0\n140:0x5000\n145:0x50A0\n170:0x9000\n"
          "175:0x9040\n1712:0x9012\n190:0x00A0\n");
    Write("actors.txt",
          "NORTHMARK [NMK]\n+NORTHMARKIAN\nSOUTHLAND [SLD]\n+SOUTHLANDIC\nEASTWOOD [EWD]\n"
          "OLD_KING [NMKELI]\nOLD_KING [NMKGOV]\n");
    Write("agents.txt", "MINISTER [~GOV]\nSTUDENT [~EDU]\nMOB [~OPP]\nSENTRY {SENTRIES} [~MIL]\nGUARDS {} [~MIL]\n"
                        "POLICE {} [~COP]\n");
    Write("discards.txt", "SEASON OPENER\n");
    Load();
    ASSERT_TRUE(dict_.has_pico());
  }
};

TEST_F(Petrarch2CoderTest, SayCodesTheEventItGoverns) {
  // "a (a b STRIKE) SAY = a b 015": the speaker's own strike is a claim of
  // responsibility; the pronoun is the speaker.
  EXPECT_EQ(Code("Northmark said it struck Southland."), V{"NMK>SLD:015"});
  // "a (b . STRIKE) SAY = a b 112": someone else's strike is an accusation.
  EXPECT_EQ(Code("Northmark said Eastwood struck Southland."), V{"NMK>EWD:112"});
  // Say patterns do not reach into the clause it governs, and a clause
  // with no verb of the dictionary codes nothing with the speaker.
  EXPECT_EQ(Code("Northmark said it was not aware of any strike on Southland."), V{});
  // A claim about someone whose clause has no coded verb: the claim's code.
  EXPECT_EQ(Code("Northmark claimed that Eastwood was behind the plans."), V{"NMK>EWD:110"});
  // Under a verb of saying it is a statement about them: 010.
  EXPECT_EQ(Code("Northmark said that Eastwood was behind the plans."), V{"NMK>EWD:010"});
}

TEST_F(Petrarch2CoderTest, NegationAndIntentUnderSay) {
  // "not" subtracts 0xFFFF: not giving material aid (0x0070) is 121. Of
  // the two "- * AID" patterns the later one counts.
  EXPECT_EQ(Code("Northmark said it would not give aid to Southland."), V{"NMK>SLD:121"});
  EXPECT_EQ(Code("Northmark gave aid to Southland."), V{"NMK>SLD:060"});
  // What one says one will do is an intent: 0x3000 + release 0x020C.
  EXPECT_EQ(Code("Northmark announced it would free the detainees of Southland."), V{"NMK>SLD:0352"});
  EXPECT_EQ(Code("Northmark freed the detainees of Southland."), V{"NMK>SLD:0841"});
}

TEST_F(Petrarch2CoderTest, VerbsCombineWithTheClauseTheyGovern) {
  // Intend (0x3000) + aid (0x0040) = 033.
  EXPECT_EQ(Code("Northmark wants to help Southland."), V{"NMK>SLD:033"});
  // Appeal (0x2000) + aid: the object of "asked" is the helper.
  EXPECT_EQ(Code("Northmark asked Eastwood to help Southland."), V{"NMK>EWD:023"});
  // The transformations of WANT.
  EXPECT_EQ(Code("Northmark wants to strike Southland."), V{"NMK>SLD:138"});
  EXPECT_EQ(Code("Northmark wants Eastwood to strike Southland."), V{"NMK>EWD:021"});
  // Refuse (-0xFFFF) + material cooperation (0x0070) = 121.
  EXPECT_EQ(Code("Northmark refused to give aid to Southland."), V{"NMK>SLD:121"});
  // A combination the ontology lacks falls back to its category: threaten
  // 0x6000 + 0x0070 is 130.
  EXPECT_EQ(Code("Northmark threatened to give aid to Southland."), V{"NMK>SLD:130"});
  // A verb with an object of its own keeps its event.
  EXPECT_EQ(Code("Northmark gave aid to Southland to help Eastwood."), V{"NMK>SLD:060"});
}

TEST_F(Petrarch2CoderTest, MainClausesNotRelativeOrOpeningOnes) {
  EXPECT_EQ(Code("Northmark met Southland, which struck Eastwood."), V{"NMK>SLD:040"});
  EXPECT_EQ(Code("Before striking Eastwood, Northmark met Southland."), V{"NMK>SLD:040"});
  EXPECT_EQ(Code("The envoy of Westport, who had been ill, came as Northmark met Southland."),
            V{"NMK>SLD:040"});
  // A main clause with neither actor nor code gives way to its adverbial
  // clause; one with an actor does not.
  EXPECT_EQ(Code("The talks came as Northmark met Southland."), V{"NMK>SLD:040"});
  EXPECT_EQ(Code("Northmark came before Southland struck Eastwood."), V{});
  // Verbs joined by "and" share their subject.
  EXPECT_EQ(Code("Northmark criticized Eastwood and struck Southland."), (V{"NMK>EWD:111", "NMK>SLD:190"}));
  // A coordinated clause with a subject of its own.
  EXPECT_EQ(Code("Northmark met Southland but Eastwood struck Southland."), (V{"EWD>SLD:190", "NMK>SLD:040"}));
  // A parenthetical remark ends no clause.
  EXPECT_EQ(Code("Northmark struck a depot, aides said, in Southland."), V{"NMK>SLD:190"});
}

TEST_F(Petrarch2CoderTest, PassiveVoice) {
  EXPECT_EQ(Code("Southland was struck by Northmark."), V{"NMK>SLD:190"});
  // A passive verb's pattern words before '*' are matched at the head of
  // its "by" phrase: "- LOOTERS *".
  EXPECT_EQ(Code("A depot in Southland was burned by looters from Northmark."), V{"NMK>SLD:145"});
  EXPECT_EQ(Code("A depot in Southland was burned by Northmark."), V{"NMK>SLD:1712"});
  // A participle after its noun: "there were sentries wounded in X".
  EXPECT_EQ(Code("Yesterday there were three Southlandic sentries wounded in Northmark."),
            V{"NMK>SLDMIL:190"});
}

TEST_F(Petrarch2CoderTest, PatternsAsPetrarch2MatchesThem) {
  // A pattern's words before '*' name the head of the subject: "Most of the
  // guards" is about "Most".
  EXPECT_EQ(Code("Northmark guards withdrew from Southland."), V{"NMKMIL>SLD:0874"});
  EXPECT_EQ(Code("Most of the Northmark guards withdrew from Southland."), V{"NMKMIL>SLD:080"});
  // "- * TOWARD +" never matches in PETRARCH2.
  EXPECT_EQ(Code("Eastwood withdrew toward Southland."), V{"EWD>SLD:080"});
  // Words outside "(...)" name the verb's object, before any preposition;
  // the code is kept as written while nothing combines it (the ontology
  // reads 141 as 140).
  EXPECT_EQ(Code("Northmark staged a rally in Southland."), V{"NMK>SLD:141"});
  EXPECT_EQ(Code("Northmark staged talks on the rally in Southland."), V{});
  // The head of a phrase a pattern matched is no target; a paired code
  // gives the reverse event too.
  EXPECT_EQ(Code("Northmark clashed with Eastwood mobs in Southland."), (V{"NMK>SLD:175", "SLD>NMK:145"}));
}

TEST_F(Petrarch2CoderTest, NounsVerbsAndActors) {
  // A verb form after a determiner and an adjective actor is a noun.
  EXPECT_EQ(Code("Northmark criticized the Southland strike on Eastwood."), V{"NMK>SLD:111"});
  // So is one after a number.
  EXPECT_EQ(Code("Northmark gave two aid ships to Southland."), V{"NMK>SLD:060"});
  // "Northmarkian and Southlandic students": each actor takes the agent.
  EXPECT_EQ(Code("Northmarkian and Southlandic students met Eastwood."), (V{"NMKEDU>EWD:040", "SLDEDU>EWD:040"}));
  // An agent takes the actor of its prepositional phrase.
  EXPECT_EQ(Code("Northmark gave aid to a police scheme for Southland."), V{"NMK>SLDCOP:060"});
  // A list of actors ends with "and".
  EXPECT_EQ(Code("Before striking Eastwood, Northmark met Southland."), V{"NMK>SLD:040"});
  // Of two entries for one phrase, the later one.
  EXPECT_EQ(Code("The old king met Southland."), V{"NMKGOV>SLD:040"});
  // Discard phrases count as PETRARCH2 finds them, among blank-separated
  // words.
  EXPECT_EQ(Code("Northmark struck Southland before the season opener, aides said."), V{"NMK>SLD:190"});
  EXPECT_EQ(Code("Northmark struck Southland before the season opener last year."), V{});
}

TEST_F(Petrarch2CoderTest, OffWithoutOntologyOrWhenAsked) {
  CoderOptions o;
  o.petrarch2 = false;
  // TABARI-style: the first verb codes with its own code.
  EXPECT_EQ(Code("Northmark wants to help Southland.", 20050101, o), V{"NMK>SLD:030"});
  // A verb file without an ontology codes TABARI-style too.
  TabariDictionary plain;
  Write("plain.txt", "--- WANT [---] ---\nWANT [030]\n--- AID [070] ---\nHELP\n");
  ASSERT_TRUE(plain.LoadVerbs(dir_ / "plain.txt", DictFormat::kPetrarch).ok());
  ASSERT_TRUE(plain.LoadActors(dir_ / "actors.txt", DictFormat::kPetrarch).ok());
  plain.Finish();
  EXPECT_FALSE(plain.has_pico());
  TabariCoder coder(&plain);
  std::vector<CodedEvent> ev;
  coder.Code("Northmark wants to help Southland.", 20050101, CoderOptions(), &scratch_, &ev);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "030");
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
