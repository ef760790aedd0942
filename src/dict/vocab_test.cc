#include "dict/vocab.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace warta::dict {
namespace {

TEST(Vocab, EmptyFindsNothing) {
  Vocab v;
  EXPECT_EQ(v.Find("rusia"), kNoWord);
  EXPECT_EQ(v.Find(""), kNoWord);
}

TEST(Vocab, InternGivesDenseIdsOncePerWord) {
  Vocab v;
  EXPECT_EQ(v.Intern("rusia"), 0u);
  EXPECT_EQ(v.Intern("mengecam"), 1u);
  EXPECT_EQ(v.Intern("rusia"), 0u);
  EXPECT_EQ(v.Intern(""), 2u);
  EXPECT_EQ(v.size(), 3u);
  EXPECT_EQ(v.Find("mengecam"), 1u);
  EXPECT_EQ(v.Find(""), 2u);
  EXPECT_EQ(v.Word(1), "mengecam");
  EXPECT_EQ(v.Find("mengeca"), kNoWord);
  EXPECT_EQ(v.Find("mengecamm"), kNoWord);
}

// Words of every length class the hash reads differently (under 4, under
// 8, up to 16, longer), enough of them to grow the table several times;
// every id must survive the growth and a move of the Vocab.
TEST(Vocab, FindsEveryWordAfterGrowthAndMove) {
  Vocab v;
  auto word = [](int i) {
    std::string w = std::to_string(i);
    return w + std::string(static_cast<size_t>(i % 23), static_cast<char>('a' + i % 26));
  };
  constexpr int kWords = 5000;
  for (int i = 0; i < kWords; ++i) ASSERT_EQ(v.Intern(word(i)), static_cast<WordId>(i));
  Vocab moved = std::move(v);
  for (int i = 0; i < kWords; ++i) {
    ASSERT_EQ(moved.Find(word(i)), static_cast<WordId>(i)) << word(i);
    ASSERT_EQ(moved.Word(static_cast<WordId>(i)), word(i));
  }
  EXPECT_EQ(moved.Find(word(kWords)), kNoWord);
  EXPECT_EQ(moved.Find("tidak-ada"), kNoWord);
}

// A word's first choice of slot may be any slot: a lookup of an absent
// word, the most common one, then reads about as many slots as the load
// allows (1.54 here, a third full), where choices among half the slots
// read 1.77.
TEST(Vocab, AbsentWordsReadFewSlots) {
  Vocab v;
  constexpr int kWords = 5000;
  for (int i = 0; i < kWords; ++i) v.Intern("kata" + std::to_string(i));
  size_t probes = 0;
  for (int i = 0; i < kWords; ++i) {
    const std::string absent = "lain" + std::to_string(i);
    ASSERT_EQ(v.Find(absent), kNoWord);
    probes += v.Probes(absent);
  }
  EXPECT_LT(static_cast<double>(probes) / kWords, 1.65);
}

}  // namespace
}  // namespace warta::dict
