#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace warta::text {
namespace {

TEST(Utf8, ValidTextPasses) {
  EXPECT_EQ(FindInvalidUtf8("Moskow “memperkuat” – ok é 日本"), kValid);
  EXPECT_EQ(FindInvalidUtf8(""), kValid);
}

TEST(Utf8, ReportsOffsetOfFirstBadByte) {
  EXPECT_EQ(FindInvalidUtf8("abc\xff" "def"), 3u);
  EXPECT_EQ(FindInvalidUtf8("ab\xc3"), 2u);             // truncated sequence
  EXPECT_EQ(FindInvalidUtf8("a\xc0\xaf"), 1u);          // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("x\xed\xa0\x80y"), 1u);     // UTF-16 surrogate
}

// ASCII is checked eight bytes at a time: a bad byte is found at any offset.
TEST(Utf8, FindsABadByteAtEveryOffset) {
  for (size_t at = 0; at < 20; ++at) {
    std::string text = "Rusia mengecam Ukraina \u00e9 hari ini";
    text.insert(at, "\xff");
    size_t want = at;
    EXPECT_EQ(FindInvalidUtf8(text), want) << at;
  }
}

TEST(Utf8, FindsNul) {
  EXPECT_EQ(FindNul(std::string("ab\0c", 4)), 2u);
  EXPECT_EQ(FindNul("abc"), kValid);
}

TEST(Utf8, LowercasesAsciiAndBeyond) {
  std::string out;
  AppendLower("RUSIA Élysée Jum’at", &out);
  EXPECT_EQ(out, "rusia élysée jum'at");
}

}  // namespace
}  // namespace warta::text
