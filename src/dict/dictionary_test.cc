#include "dict/dictionary.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

namespace warta::dict {
namespace {

namespace fs = std::filesystem;

// A small data folder written by the test; each test overwrites one file.
class DictFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("warta_dict_" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "cameo");
    fs::create_directories(dir_ / "id");
    Write("cameo/cameo.tsv",
          "# code\tname\tgoldstein\n010\tMake statement\t0\tdropped\t\n"
          "042\tMake a visit\t1.9\tCONSULT\tvisit\n111\tCriticize or denounce\t-2\tACCUSE\t\n");
    Write("id/words.txt", "[negation]\ntidak, belum\n[target]\nke, kepada\n");
    Write("id/actors.txt",
          "[countries]\nRusia | Federasi Rusia => RUS\nAS => USA\n"
          "[persons]\nJoko Widodo | Jokowi => IDNGOV 2014-10-20..2024-10-20\n");
    Write("id/agents.txt", "pemerintah | menteri luar negeri => GOV\n");
    Write("id/verbs.txt", "111  +kecam\n042  +kunjung ; symmetric\n010 +kata ; speech\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }
  Result<Dictionary> Load() { return Dictionary::Load(dir_, "id", &lexicon_); }

  fs::path dir_;
  lang::id::Lexicon lexicon_;
};

TEST_F(DictFiles, LoadsEveryFile) {
  Result<Dictionary> d = Load();
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->actors().size(), 5u);  // Rusia, Federasi Rusia, AS, 2 Jokowi forms
  EXPECT_EQ(d->agents().size(), 2u);
  ASSERT_EQ(d->patterns().size(), 3u);
  EXPECT_TRUE(d->patterns()[1].symmetric);
  EXPECT_TRUE(d->patterns()[2].speech);
  EXPECT_TRUE(lexicon_.Contains("kecam"));  // pattern roots join the lexicon
  WordId tidak = d->vocab().Find("tidak");
  EXPECT_TRUE(d->Is(tidak, kNegation));
  EXPECT_FALSE(d->Is(tidak, kTargetPrep));
  EXPECT_EQ(d->cameo().Find("042")->quad_class(), 1);
  EXPECT_EQ(d->cameo().Find("111")->quad_class(), 3);
  EXPECT_EQ(d->hash().size(), 16u);
}

// Rules and messages name files relative to the folder that holds the data
// folder, whether that folder was given as an absolute or a relative path.
TEST_F(DictFiles, EntriesNameTheirFileFromAnAbsoluteOrRelativeFolder) {
  const std::string name = dir_.filename().string();
  Result<Dictionary> abs = Load();
  ASSERT_TRUE(abs.ok()) << abs.status().message();
  ASSERT_FALSE(abs->actors().empty());
  EXPECT_EQ(abs->actors()[0].where, name + "/id/actors.txt:2");

  const fs::path cwd = fs::current_path();
  fs::current_path(dir_.parent_path());
  lang::id::Lexicon lexicon;
  Result<Dictionary> rel = Dictionary::Load(name, "id", &lexicon);
  fs::current_path(cwd);
  ASSERT_TRUE(rel.ok()) << rel.status().message();
  ASSERT_FALSE(rel->actors().empty());
  EXPECT_EQ(rel->actors()[0].where, name + "/id/actors.txt:2");
}

TEST_F(DictFiles, PhrasesAreCompiledIntoTheTrie) {
  Result<Dictionary> d = Load();
  ASSERT_TRUE(d.ok());
  uint32_t n = d->actor_trie().Child(0, d->vocab().Find("federasi"));
  ASSERT_NE(n, PhraseTrie::kNone);
  n = d->actor_trie().Child(n, d->vocab().Find("rusia"));
  ASSERT_NE(n, PhraseTrie::kNone);
  ASSERT_EQ(d->actor_trie().Terminals(n).size(), 1u);
  EXPECT_EQ(d->actors()[d->actor_trie().Terminals(n)[0]].code, "RUS");
}

// WordHash reads words of up to 16 bytes with overlapping fixed-size loads:
// equal words hash equal wherever they are stored, and the words of every
// length, differing in any one byte, hash apart.
TEST(WordHash, EqualWordsEqualDifferentWordsApart) {
  WordHash h;
  std::set<size_t> seen;
  size_t words = 0;
  for (size_t n = 0; n <= 24; ++n) {
    std::string w(n, 'a');
    std::string copy = "xx" + w;
    EXPECT_EQ(h(w), h(std::string_view(copy).substr(2))) << n;
    seen.insert(h(w));
    ++words;
    for (size_t at = 0; at < n; ++at) {
      std::string v = w;
      v[at] = 'b';
      seen.insert(h(v));
      ++words;
    }
  }
  EXPECT_EQ(seen.size(), words);
  // Every word of three letters hashes apart, and the low bits (a Swiss
  // table's tag) take every value.
  std::set<size_t> three, tags;
  for (char a = 'a'; a <= 'z'; ++a)
    for (char b = 'a'; b <= 'z'; ++b)
      for (char c = 'a'; c <= 'z'; ++c) {
        size_t v = h(std::string{a, b, c});
        three.insert(v);
        tags.insert(v & 0x7f);
      }
  EXPECT_EQ(three.size(), 26u * 26u * 26u);
  EXPECT_EQ(tags.size(), 128u);
}

// Root edges are an array by word id, deeper ones a hash map: both must
// find what was added and nothing else.
TEST(PhraseTrie, FindsPathsFromTheRootAndBelow) {
  PhraseTrie trie;
  const WordId korea_utara[] = {7, 3};
  const WordId korea_selatan[] = {7, 5};
  const WordId rusia[] = {2};
  uint32_t ku = trie.Add(korea_utara);
  uint32_t ks = trie.Add(korea_selatan);
  uint32_t ru = trie.Add(rusia);
  uint32_t korea = trie.Child(0, 7);
  ASSERT_NE(korea, PhraseTrie::kNone);
  EXPECT_EQ(trie.Child(korea, 3), ku);
  EXPECT_EQ(trie.Child(korea, 5), ks);
  EXPECT_EQ(trie.Child(0, 2), ru);
  EXPECT_EQ(trie.Add(korea_utara), ku);  // adding again finds the same node
  EXPECT_EQ(trie.Child(0, 3), PhraseTrie::kNone);
  EXPECT_EQ(trie.Child(0, 1000), PhraseTrie::kNone);  // beyond the array
  EXPECT_EQ(trie.Child(0, kNoWord), PhraseTrie::kNone);
  EXPECT_EQ(trie.Child(ru, 7), PhraseTrie::kNone);
}

TEST_F(DictFiles, CaseRequirementsFollowTheWrittenForm) {
  Result<Dictionary> d = Load();
  ASSERT_TRUE(d.ok());
  const ActorEntry* as = nullptr;
  for (const auto& a : d->actors())
    if (a.phrase == "AS") as = &a;
  ASSERT_NE(as, nullptr);
  EXPECT_EQ(as->cases[0], CaseReq::kAllUpper);
  EXPECT_FALSE(CaseMatches(CaseReq::kAllUpper, text::Shape::kLower));
  EXPECT_FALSE(CaseMatches(CaseReq::kAllUpper, text::Shape::kInitialUpper));
  EXPECT_TRUE(CaseMatches(CaseReq::kInitialUpper, text::Shape::kAllUpper));
  EXPECT_TRUE(CaseMatches(CaseReq::kAny, text::Shape::kLower));
}

TEST_F(DictFiles, DatedEntriesHoldOnlyInTheirRange) {
  Result<Dictionary> d = Load();
  ASSERT_TRUE(d.ok());
  const ActorEntry& jokowi = d->actors()[3];
  EXPECT_TRUE(jokowi.HoldsOn(time::Date{2020, 1, 1}));
  EXPECT_TRUE(jokowi.HoldsOn(time::Date{2024, 10, 20}));
  EXPECT_FALSE(jokowi.HoldsOn(time::Date{2024, 10, 21}));
  EXPECT_FALSE(jokowi.HoldsOn(std::nullopt));
}

struct BadLine {
  const char* file;
  const char* content;
  const char* message;  // expected substring
};

class DictErrors : public DictFiles, public ::testing::WithParamInterface<BadLine> {};

TEST_P(DictErrors, NameFileAndLine) {
  Write(GetParam().file, GetParam().content);
  Result<Dictionary> d = Load();
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find(GetParam().message), std::string::npos)
      << d.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Malformed, DictErrors,
    ::testing::Values(
        BadLine{"id/actors.txt", "Rusia RUS\n", "actors.txt:1: expected 'PHRASE"},
        BadLine{"id/actors.txt", "# c\nRusia => Rus\n", "actors.txt:2: actor code 'Rus'"},
        BadLine{"id/actors.txt", "Rusia => RUSG\n", "actors.txt:1: actor code 'RUSG'"},
        BadLine{"id/actors.txt", "Putin => RUSGOV 2000-13-01..\n",
                "actors.txt:1: bad date '2000-13-01'"},
        BadLine{"id/actors.txt", "Putin => RUSGOV 2010-01-01..2000-01-01\n",
                "ends before it starts"},
        BadLine{"id/actors.txt", "Putin => RUSGOV 2000\n", "must be FROM..TO"},
        BadLine{"id/actors.txt", "Rusia => RUS\n\xff\n", "actors.txt:2: invalid UTF-8"},
        BadLine{"id/agents.txt", "menteri => gov\n", "agents.txt:1: role"},
        BadLine{"id/verbs.txt", "999 +kecam\n", "verbs.txt:1: unknown CAMEO event code '999'"},
        BadLine{"id/verbs.txt", "111\n", "verbs.txt:1: expected 'CODE PATTERN"},
        BadLine{"id/verbs.txt", "111 .. kecam\n", "cannot start with '..'"},
        BadLine{"id/verbs.txt", "111 kecam ..\n", "cannot end with '..'"},
        BadLine{"id/verbs.txt", "111 +kecam ; loud\n", "unknown option 'loud'"},
        BadLine{"id/words.txt", "tidak\n", "words.txt:1: words before the first [section]"},
        BadLine{"id/words.txt", "[nonsense]\n", "unknown word class [nonsense]"},
        BadLine{"cameo/cameo.tsv", "01x\tName\t0\n", "cameo.tsv:1: bad CAMEO code"},
        BadLine{"cameo/cameo.tsv", "010\tName\tzero\n", "bad Goldstein value 'zero'"}));

TEST_F(DictFiles, MissingFileIsNotFound) {
  fs::remove(dir_ / "id" / "verbs.txt");
  Result<Dictionary> d = Load();
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kNotFound);
  EXPECT_NE(d.status().message().find("verbs.txt: no such file"), std::string::npos);
}

TEST(ProjectData, LoadsCleanly) {
  lang::id::Lexicon lexicon;
  Result<Dictionary> d =
      Dictionary::Load(fs::path(WARTA_SOURCE_DIR) / "data", "id", &lexicon);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_GT(d->actors().size(), 300u);
  EXPECT_GT(d->patterns().size(), 100u);
  EXPECT_GT(d->cameo().size(), 300u);
}

}  // namespace
}  // namespace warta::dict
