#include "dict/tabari/dictionary.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

namespace warta::dict::tabari {
namespace {

namespace fs = std::filesystem;

class TabariDictionaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("warta_dict_tabari_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Write(const std::string& name, const std::string& content) {
    fs::path p = dir_ / name;
    std::ofstream(p) << content;
    return p;
  }

  bool HasWarning(const TabariDictionary& d, const std::string& fragment) {
    return std::any_of(d.warnings().begin(), d.warnings().end(),
                       [&](const std::string& w) { return w.find(fragment) != std::string::npos; });
  }

  fs::path dir_;
};

const VerbBlock* FindBlock(const TabariDictionary& d, const std::string& name) {
  for (const VerbBlock& b : d.blocks()) {
    if (b.name == name) return &b;
  }
  return nullptr;
}

std::string Where(const TabariDictionary& d, Origin o) { return d.Where(o); }

bool HasForm(const TabariDictionary& d, const std::string& text) {
  for (const VerbForm& f : d.verb_forms()) {
    std::string joined;
    for (const Word& w : f.words) joined += (joined.empty() ? "" : " ") + w.text;
    if (joined == text) return true;
  }
  return false;
}

TEST(RegularFormsTest, VerbsAndNouns) {
  std::vector<std::string> accuse = RegularVerbForms("ACCUSE");
  EXPECT_NE(std::find(accuse.begin(), accuse.end(), "ACCUSED"), accuse.end());
  EXPECT_NE(std::find(accuse.begin(), accuse.end(), "ACCUSING"), accuse.end());
  EXPECT_NE(std::find(accuse.begin(), accuse.end(), "ACCUSES"), accuse.end());
  std::vector<std::string> ban = RegularVerbForms("BAN");
  EXPECT_NE(std::find(ban.begin(), ban.end(), "BANNED"), ban.end());
  std::vector<std::string> deny = RegularVerbForms("DENY");
  EXPECT_NE(std::find(deny.begin(), deny.end(), "DENIED"), deny.end());
  EXPECT_NE(std::find(deny.begin(), deny.end(), "DENIES"), deny.end());
  EXPECT_EQ(RegularPlural("MINISTRY"), "MINISTRIES");
  EXPECT_EQ(RegularPlural("CONGRESS"), "CONGRESSES");
  EXPECT_EQ(RegularPlural("OFFICIAL"), "OFFICIALS");
}

TEST(ParseDictDateTest, SixAndEightDigits) {
  int32_t d = 0;
  ASSERT_TRUE(ParseDictDate("950601", &d));
  EXPECT_EQ(d, 19950601);
  ASSERT_TRUE(ParseDictDate("011214", &d));
  EXPECT_EQ(d, 20011214);
  ASSERT_TRUE(ParseDictDate("20080120", &d));
  EXPECT_EQ(d, 20080120);
  EXPECT_FALSE(ParseDictDate("2004017", &d));
  EXPECT_FALSE(ParseDictDate("20081340", &d));
}

TEST(ParsePhraseTest, UnderscoresJoinAndStemsEndWithout) {
  std::vector<Word> w = ParsePhrase("IN_ ON NEW_DEAL", /*stems=*/true);
  ASSERT_EQ(w.size(), 4u);
  EXPECT_FALSE(w[0].stem);           // "IN_": exact
  EXPECT_FALSE(w[0].adjacent_next);  // then a space
  EXPECT_TRUE(w[1].stem);            // "ON": a stem
  EXPECT_TRUE(w[2].adjacent_next);   // NEW_DEAL
  std::vector<Word> p = ParsePhrase("DID N'T", /*stems=*/false);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].text, "DIDN'T");  // Treebank's split contraction, joined
}

TEST_F(TabariDictionaryTest, PetrarchVerbBlocks) {
  fs::path p = Write("verbs.txt",
                     "# comment\n"
                     "&TIES\n+MILITARY\n+TRADE_LINKS\n\n"
                     "--- PRAISE  [041] ---\n"
                     "PRAISE\n"
                     "HAIL {HAILS HAILED}\n"
                     "LAUD [042]\n"
                     "- * &TIES  [043]\n"
                     "- + WAS * BY $  [044]\n"
                     "- % * TOGETHER [045:046]\n"
                     "- * NOTHING [---]\n"
                     "--- ABANDON [---] ---\n"
                     "+GIVE_UP {+GAVE_UP +GIVEN_UP}\n"
                     "WIRE_+TAP\n");
  TabariDictionary d;
  ASSERT_TRUE(d.LoadVerbs(p, DictFormat::kAuto).ok());
  d.Finish();
  EXPECT_TRUE(d.warnings().empty()) << d.warnings()[0];
  const VerbBlock* praise = FindBlock(d, "PRAISE");
  ASSERT_NE(praise, nullptr);
  EXPECT_EQ(praise->code.forward, "041");
  ASSERT_EQ(praise->patterns.size(), 4u);
  // Longest first: "+ WAS * BY $" has four items.
  EXPECT_EQ(praise->patterns[0].code.forward, "044");
  EXPECT_EQ(praise->patterns[0].lower[0].kind, PatternItem::kTarget);
  EXPECT_EQ(praise->patterns[0].upper[1].kind, PatternItem::kSource);
  bool paired = false, null = false, synset = false;
  for (const Pattern& pat : praise->patterns) {
    paired |= pat.code.forward == "045" && pat.code.reverse == "046" &&
              pat.lower[0].kind == PatternItem::kCompound;
    null |= pat.code.null();
    synset |= pat.upper.size() == 1 && pat.upper[0].kind == PatternItem::kSynset;
  }
  EXPECT_TRUE(paired);
  EXPECT_TRUE(null);
  EXPECT_TRUE(synset);
  ASSERT_EQ(d.synsets().size(), 1u);
  EXPECT_EQ(d.synsets()[0].size(), 2u);  // MILITARY, TRADE LINKS
  EXPECT_TRUE(HasForm(d, "PRAISED"));    // generated
  EXPECT_TRUE(HasForm(d, "HAILED"));     // listed
  EXPECT_TRUE(HasForm(d, "GAVE UP"));
  EXPECT_TRUE(HasForm(d, "GIVING UP"));  // regular form of the marked word
  EXPECT_TRUE(HasForm(d, "WIRE TAPPED"));
  for (const Verb& v : d.verbs()) {
    if (v.name == "LAUD") {
      EXPECT_EQ(v.code.forward, "042");
    }
    if (v.name == "HAIL") {
      EXPECT_EQ(v.code.forward, "041");
    }
  }
}

TEST_F(TabariDictionaryTest, TabariVerbsStemsFormsAndPhrases) {
  fs::path p = Write("demo.verbs",
                     "<SYNSETS>\n&KIND\n+ECONOMIC\n</SYNSETS>\n"
                     "<TIME>\nTOMORROW [+1]\nKAN_WA [###]\n</TIME>\n"
                     "ACT_ [100] ;comment\n"
                     "{ ACTING_ ACTXD_ }\n"
                     "- SAID WOULD * NOW  [101]\n"
                     "- * { TRADE_ | &KIND }  [102]\n"
                     "BURN DOWN  [222]\n"
                     "CARRIED_OUT  [181]\n"
                     "SAID  [023?]\n"
                     "ATTEND  [031!]\n");
  TabariDictionary d;
  ASSERT_TRUE(d.LoadVerbs(p, DictFormat::kAuto).ok());
  d.Finish();
  EXPECT_TRUE(HasWarning(d, "demo.verbs:5: <TIME> section: time shifts are not supported"));
  ASSERT_EQ(d.discards().size(), 1u);  // its [###] phrase
  EXPECT_EQ(d.discards()[0].words[1].text, "WA");
  EXPECT_TRUE(HasForm(d, "ACTXD"));
  EXPECT_TRUE(HasForm(d, "CARRIED OUT"));
  const VerbBlock* burn = FindBlock(d, "BURN");
  ASSERT_NE(burn, nullptr);
  EXPECT_TRUE(burn->code.null());
  ASSERT_EQ(burn->patterns.size(), 1u);
  EXPECT_EQ(burn->patterns[0].code.forward, "222");
  EXPECT_EQ(burn->patterns[0].upper[0].word.text, "DOWN");
  const VerbBlock* act = FindBlock(d, "ACT");
  ASSERT_NE(act, nullptr);
  ASSERT_EQ(act->patterns.size(), 2u);
  EXPECT_EQ(act->patterns[1].upper[0].kind, PatternItem::kAlternatives);
  EXPECT_EQ(d.alternatives()[act->patterns[1].upper[0].index].size(), 2u);
  const VerbBlock* said = FindBlock(d, "SAID");
  ASSERT_NE(said, nullptr);
  EXPECT_TRUE(said->code.weak);
  EXPECT_EQ(said->code.forward, "023");
  EXPECT_TRUE(FindBlock(d, "ATTEND")->code.overrides);
  // A stem verb matches longer words.
  std::vector<uint32_t> cand;
  d.VerbFormCandidates("BURNED", &cand);
  EXPECT_FALSE(cand.empty());
}

TEST_F(TabariDictionaryTest, BrokenLinesAreReportedAndSkipped) {
  fs::path p = Write("bad.txt",
                     "--- GOOD [010] ---\n"
                     "GOOD\n"
                     "- * FINE [011]\n"
                     "- * NO CODE\n"
                     "- NO VERB MARKER [012]\n"
                     "- * &MISSING [013]\n"
                     "- * FINE AGAIN [014]\n"
                     "--- BROKEN HEADER\n"
                     "- * ORPHAN [015]\n");
  TabariDictionary d;
  ASSERT_TRUE(d.LoadVerbs(p, DictFormat::kPetrarch).ok());
  d.Finish();
  EXPECT_TRUE(HasWarning(d, "bad.txt:4: pattern without a [code]"));
  EXPECT_TRUE(HasWarning(d, "bad.txt:5: pattern without '*'"));
  EXPECT_TRUE(HasWarning(d, "bad.txt:6: unknown synset &MISSING"));
  EXPECT_TRUE(HasWarning(d, "bad.txt:8: verb block header must read"));
  EXPECT_TRUE(HasWarning(d, "bad.txt:9: pattern outside a verb block"));
  EXPECT_EQ(FindBlock(d, "GOOD")->patterns.size(), 2u);
}

TEST_F(TabariDictionaryTest, MissingFileIsNotFound) {
  TabariDictionary d;
  Status s = d.LoadActors(dir_ / "nope.txt", DictFormat::kAuto);
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_NE(s.message().find("nope.txt"), std::string::npos);
}

TEST_F(TabariDictionaryTest, ActorsSynonymsAndDates) {
  fs::path p = Write("actors.txt",
                     "<!-- header\n spanning lines -->\n"
                     "RIVENDELL_ [RIV]\n"
                     "+IMLADRIS\n"
                     "SMEAGOL # a comment\n"
                     "+GOLLUM\n"
                     "\t[HOB <950601]\n"
                     "\t[HOBGOV 19950601 - 19990815]\n"
                     "\t[HOBREB >990816]\n"
                     "SHIRE [FRO/SAM]\n"
                     "NOWHERE\n"
                     "\t[950601-990815]\n"
                     "LATER_ [ZZZ 2004017-20061201]\n"
                     "AT&T_ [MNCUSA]\n");
  TabariDictionary d;
  ASSERT_TRUE(d.LoadActors(p, DictFormat::kPetrarch).ok());
  d.Finish();
  EXPECT_TRUE(HasWarning(d, "actors.txt:12: code block [950601-990815] has no actor code"));
  EXPECT_TRUE(HasWarning(d, "actors.txt:13: bad date restriction"));
  std::vector<uint32_t> cand;
  d.ActorCandidates("IMLADRIS", &cand);
  ASSERT_EQ(cand.size(), 1u);
  EXPECT_EQ(d.actors()[d.actor_phrases()[cand[0]].id].CodeOn(20000101), "RIV");
  d.ActorCandidates("GOLLUM", &cand);
  ASSERT_EQ(cand.size(), 1u);
  const Actor& g = d.actors()[d.actor_phrases()[cand[0]].id];
  EXPECT_EQ(g.CodeOn(19900101), "HOB");
  EXPECT_EQ(g.CodeOn(19950601), "HOBGOV");
  EXPECT_EQ(g.CodeOn(19990815), "HOBGOV");
  EXPECT_EQ(g.CodeOn(20010101), "HOBREB");
  // '&' inside a name is a letter, not a synset.
  d.ActorCandidates("AT&T", &cand);
  EXPECT_EQ(cand.size(), 1u);
  d.ActorCandidates("AT", &cand);
  EXPECT_TRUE(cand.empty());
}

TEST_F(TabariDictionaryTest, AgentsPluralsPrefixesAndSubstitutions) {
  fs::path p = Write("agents.txt",
                     "!PERSON! = MAN, WOMAN\n"
                     "OFFICIAL [~GOV]\n"
                     "POLICE {} [~COP]\n"
                     "GOOSE {GEESE} [~GGS]\n"
                     "RELIEF_AGENCY [NGO~]\n"
                     "CONGRESS!PERSON! [~LEG]\n"
                     "BROKEN AGENT\n");
  TabariDictionary d;
  ASSERT_TRUE(d.LoadAgents(p, DictFormat::kPetrarch).ok());
  d.Finish();
  EXPECT_TRUE(HasWarning(d, "agents.txt:7: agent without a [code]"));
  auto code_of = [&](const std::string& word) -> std::string {
    std::vector<uint32_t> cand;
    d.AgentCandidates(word, &cand);
    for (uint32_t c : cand) {
      const auto& ph = d.agent_phrases()[c];
      if (ph.words.size() == 1 && ph.words[0].text == word) return d.agents()[ph.id].code;
    }
    return "";
  };
  EXPECT_EQ(code_of("OFFICIALS"), "GOV");
  EXPECT_EQ(code_of("POLICES"), "");  // {}: no plural
  EXPECT_EQ(code_of("GEESE"), "GGS");
  EXPECT_EQ(code_of("CONGRESSWOMAN"), "LEG");
  std::vector<uint32_t> cand;
  d.AgentCandidates("RELIEF", &cand);
  ASSERT_FALSE(cand.empty());
  EXPECT_TRUE(d.agents()[d.agent_phrases()[cand[0]].id].prefix);
}

TEST_F(TabariDictionaryTest, Discards) {
  fs::path p = Write("discards.txt", "# story-level ones have '+'\nMONTHS LATER\n+WORLD CUP\n");
  TabariDictionary d;
  ASSERT_TRUE(d.LoadDiscards(p, DictFormat::kAuto).ok());
  ASSERT_EQ(d.discards().size(), 2u);
  EXPECT_FALSE(d.discards()[0].story);
  EXPECT_TRUE(d.discards()[1].story);
  EXPECT_EQ(d.discards()[1].words[1].text, "CUP");
}

TEST_F(TabariDictionaryTest, Petrarch2TransformationsAndRules) {
  // A verb file with "~" transformations is read with PETRARCH2's rules.
  fs::path p = Write("verbs.txt",
                     "&GUARDS\n+SENTRY\n+WARDENS_\n\n"
                     "--- SAY [010] ---\nSAY {SAID SAYS}\n"
                     "--- RETREAT [080] ---\nWITHDRAW\nPULL\n"
                     "- &GUARDS * [0874]\n"
                     "- * TOWARD + [0874]\n"
                     "- * BACK [081]\n"
                     "- * ACROSS [190]\n"
                     "- * (ACROSS BORDER) [0874]\n"
                     "- * BACK [082]\n"
                     "--- STRIKE [190] ---\nSTRIKE\nPULL [195]\n"
                     "######## TRANSFORMATIONS ##########\n"
                     "~ a (a b STRIKE) SAY = a b 015\n"
                     "~ a (b . STRIKE ) SAY = a b 112\n"
                     "~ a (a (b c STRIKE) SAY) SAY = a c 015\n");
  TabariDictionary d;
  ASSERT_TRUE(d.LoadVerbs(p, DictFormat::kAuto).ok());
  d.Finish();
  EXPECT_TRUE(d.petrarch2());
  ASSERT_EQ(d.transformations().size(), 2u);
  const Transformation& t = d.transformations()[1];
  EXPECT_EQ(t.upper_verb, "SAY");
  EXPECT_EQ(t.upper_source, "a");
  EXPECT_EQ(t.lower_source, "b");
  EXPECT_EQ(t.lower_target, ".");
  EXPECT_EQ(t.lower_verb, "STRIKE");
  EXPECT_EQ(t.out_source, "a");
  EXPECT_EQ(t.out_target, "b");
  EXPECT_EQ(t.out_code, "112");
  EXPECT_TRUE(HasWarning(d, "transformation not supported"));  // two levels of nesting
  // PETRARCH2 keeps a verb's first entry: PULL stays a RETREAT verb.
  EXPECT_TRUE(HasWarning(d, "verb PULL also at line"));
  for (const Verb& v : d.verbs()) {
    if (v.name == "PULL") {
      EXPECT_EQ(d.blocks()[v.block].name, "RETREAT");
    }
  }
  const VerbBlock* b = FindBlock(d, "RETREAT");
  ASSERT_NE(b, nullptr);
  // Of the two "- * BACK" patterns the later one stays.
  int backs = 0;
  for (const Pattern& pt : b->patterns) {
    if (pt.upper.size() == 1 && pt.upper[0].word.text == "BACK") {
      ++backs;
      EXPECT_EQ(pt.code.forward, "082");
    }
  }
  EXPECT_EQ(backs, 1);
  // Markers and prepositions outside "(...)" never match in PETRARCH2;
  // "(ACROSS BORDER)" is a prepositional phrase.
  for (const Pattern& pt : b->patterns) {
    bool marker = !pt.upper.empty() && pt.upper.back().kind == PatternItem::kTarget;
    bool bare = pt.upper.size() == 1 && pt.upper[0].word.text == "ACROSS";
    EXPECT_EQ(pt.petrarch2_never, marker || bare) << Where(d, pt.origin);
    if (pt.upper.size() == 2 && pt.upper[1].word.text == "BORDER") {
      EXPECT_TRUE(pt.upper[0].in_parens);
      EXPECT_TRUE(pt.upper[1].in_parens);
    }
    if (pt.upper.size() == 2 && pt.upper[0].word.text == "TOWARD") EXPECT_FALSE(pt.upper[0].in_parens);
  }
  // One-word synset phrases also match their plural, unless written with
  // a final '_'.
  ASSERT_EQ(d.synsets().size(), 1u);
  EXPECT_TRUE(d.synsets()[0][0][0].plural);
  EXPECT_FALSE(d.synsets()[0][1][0].plural);
}

TEST_F(TabariDictionaryTest, Petrarch2OntologyCodes) {
  fs::path p = Write("PETR.Internal.Coding.Ontology.txt",
                     "# PETRARCH Internal Coding Ontology\n"
                     "010:0x1000#Make Public Statement\n"
                     "011:0x1000-0xFFFF\n"
                     "110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove\n"
                     "122:-0xFFFF+0x2040+0x300# a comment\n"
                     "           # a continued comment\n"
                     "140:0x5000\n"
                     "08:0x0200\n"
                     "080:0x0200\n"
                     "190:zzz\n");
  TabariDictionary d;
  EXPECT_FALSE(d.has_pico());
  ASSERT_TRUE(d.LoadPico(p).ok());
  EXPECT_TRUE(d.has_pico());
  int c = 0;
  ASSERT_TRUE(d.PicoOf("010", &c));
  EXPECT_EQ(c, 0x1000);
  ASSERT_TRUE(d.PicoOf("011", &c));
  EXPECT_EQ(c, 0x1000 - 0xFFFF);
  ASSERT_TRUE(d.PicoOf("110", &c));
  EXPECT_EQ(c, 0x1007F);
  ASSERT_TRUE(d.PicoOf("122", &c));
  EXPECT_EQ(c, -0xFFFF + 0x2040 + 0x300);
  // Codes it does not list fall back to their root, as PETRARCH2 does.
  ASSERT_TRUE(d.PicoOf("141", &c));
  EXPECT_EQ(c, 0x5000);
  ASSERT_TRUE(d.PicoOf("---", &c));
  EXPECT_EQ(c, 0);
  EXPECT_FALSE(d.PicoOf("999", &c));
  // The first code listed for a value is its CAMEO code.
  EXPECT_EQ(d.CameoOf(0x0200), "08");
  EXPECT_EQ(d.CameoOf(0x5000), "140");
  EXPECT_EQ(d.CameoOf(0x1234), "");
  EXPECT_TRUE(HasWarning(d, "Ontology.txt:10: bad ontology value"));
  // A PETRARCH2 verb file brings the ontology next to it.
  fs::path v = Write("verbs.txt", "--- SAY [010] ---\nSAY\n~ a (a b Q) SAY = a b Q\n");
  TabariDictionary d2;
  ASSERT_TRUE(d2.LoadVerbs(v, DictFormat::kAuto).ok());
  EXPECT_TRUE(d2.has_pico());
  EXPECT_EQ(d2.transformations().size(), 1u);
}

// The reference dictionaries load with every unusable line reported, not
// with a crash.
TEST(ReferenceDictionariesTest, LoadWhenPresent) {
  fs::path ref = fs::path(WARTA_SHARED_DIR) / "reference" / "petrarch2";
  if (!fs::exists(ref / "CAMEO.2.0.txt")) {
    GTEST_SKIP() << "no reference dictionaries at " << ref << " (../shared/reference)";
  }
  TabariDictionary d;
  ASSERT_TRUE(d.LoadVerbs(ref / "CAMEO.2.0.txt", DictFormat::kAuto).ok());
  ASSERT_TRUE(d.LoadActors(ref / "Phoenix.Countries.actors.txt", DictFormat::kAuto).ok());
  ASSERT_TRUE(d.LoadAgents(ref / "Phoenix.agents.txt", DictFormat::kAuto).ok());
  d.Finish();
  EXPECT_GT(d.blocks().size(), 100u);
  EXPECT_GT(d.actors().size(), 1000u);
  // PETRARCH2's verb file: its transformations and, next to it, the
  // ontology they are coded in.
  EXPECT_TRUE(d.petrarch2());
  EXPECT_GE(d.transformations().size(), 7u);
  EXPECT_TRUE(d.has_pico());
  for (const std::string& w : d.warnings()) {
    EXPECT_NE(w.find(".txt:"), std::string::npos) << w;  // file:line: reason
  }
}

}  // namespace
}  // namespace warta::dict::tabari
