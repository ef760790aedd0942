#include "text/tokenize.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace warta::text {
namespace {

std::vector<std::string> Surfaces(std::string_view text) {
  TokenBuffer buf;
  Tokenize(text, {0, static_cast<uint32_t>(text.size())}, &buf);
  std::vector<std::string> out;
  for (const Token& t : buf.tokens)
    out.emplace_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<Span> spans;
  SplitSentences(text, {0, static_cast<uint32_t>(text.size())}, &spans);
  std::vector<std::string> out;
  for (Span s : spans) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(Tokenize, WordsNumbersAndPunctuation) {
  EXPECT_EQ(Surfaces("Rusia, pada Jumat (17/11), mengecam 1.000 peluru."),
            (std::vector<std::string>{"Rusia", ",", "pada", "Jumat", "(",
                                      "17/11", ")", ",", "mengecam", "1.000",
                                      "peluru", "."}));
}

TEST(Tokenize, InnerHyphenAndApostropheJoinLetters) {
  EXPECT_EQ(Surfaces("langkah-langkah Jum'at Kim Jong-un -- x"),
            (std::vector<std::string>{"langkah-langkah", "Jum'at", "Kim",
                                      "Jong-un", "-", "-", "x"}));
}

TEST(Tokenize, CurlyQuotesAreTokensAndOffsetsAreBytes) {
  std::string_view text = "“Pola pikir kami”";
  TokenBuffer buf;
  Tokenize(text, {0, static_cast<uint32_t>(text.size())}, &buf);
  ASSERT_EQ(buf.tokens.size(), 5u);
  EXPECT_EQ(buf.tokens[0].begin, 0u);
  EXPECT_EQ(buf.tokens[0].end, 3u);  // U+201C is three bytes
  EXPECT_EQ(buf.tokens[1].begin, 3u);
  EXPECT_EQ(buf.Norm(buf.tokens[1]), "pola");
  EXPECT_EQ(buf.tokens[4].kind, TokenKind::kPunct);
}

TEST(Tokenize, LowercaseFormsAndShapes) {
  std::string_view text = "KCNA Rusia ÉLYSÉE résumé AS";
  TokenBuffer buf;
  Tokenize(text, {0, static_cast<uint32_t>(text.size())}, &buf);
  ASSERT_EQ(buf.tokens.size(), 5u);
  EXPECT_EQ(buf.Norm(buf.tokens[0]), "kcna");
  EXPECT_EQ(buf.tokens[0].shape, Shape::kAllUpper);
  EXPECT_EQ(buf.tokens[1].shape, Shape::kInitialUpper);
  EXPECT_EQ(buf.Norm(buf.tokens[2]), "élysée");
  EXPECT_EQ(buf.tokens[2].shape, Shape::kAllUpper);
  EXPECT_EQ(buf.tokens[3].shape, Shape::kLower);
  EXPECT_EQ(buf.tokens[4].shape, Shape::kAllUpper);
}

// ASCII words take a fast path; words with other letters or typographic
// apostrophes the general one. Both must give the same forms and shapes.
TEST(Tokenize, AsciiAndNonAsciiWordsAgreeOnFormsAndShapes) {
  std::string_view text = "iPhone McCain 5G Jum’at JUM’AT Jum'at G-20 État x";
  TokenBuffer buf;
  Tokenize(text, {0, static_cast<uint32_t>(text.size())}, &buf);
  ASSERT_EQ(buf.tokens.size(), 9u);
  EXPECT_EQ(buf.Norm(buf.tokens[0]), "iphone");
  EXPECT_EQ(buf.tokens[0].shape, Shape::kLower);
  EXPECT_EQ(buf.tokens[1].shape, Shape::kInitialUpper);
  EXPECT_EQ(buf.Norm(buf.tokens[2]), "5g");
  EXPECT_EQ(buf.tokens[2].kind, TokenKind::kWord);
  EXPECT_EQ(buf.tokens[2].shape, Shape::kAllUpper);
  EXPECT_EQ(buf.Norm(buf.tokens[3]), "jum'at");
  EXPECT_EQ(buf.tokens[3].shape, Shape::kInitialUpper);
  EXPECT_EQ(buf.Norm(buf.tokens[4]), "jum'at");
  EXPECT_EQ(buf.tokens[4].shape, Shape::kAllUpper);
  EXPECT_EQ(buf.Norm(buf.tokens[5]), "jum'at");
  EXPECT_EQ(buf.Norm(buf.tokens[6]), "g-20");
  EXPECT_EQ(buf.tokens[6].shape, Shape::kAllUpper);
  EXPECT_EQ(buf.Norm(buf.tokens[7]), "état");
  EXPECT_EQ(buf.tokens[7].shape, Shape::kInitialUpper);
  EXPECT_EQ(buf.tokens[8].shape, Shape::kLower);
}

// A token followed by a no-break space (U+00A0, white space like ' ')
// takes the general path, which reads the token to its end; followed by
// ' ', the end of the span or the end of the text, the ASCII one. Every
// field must agree, for runs shorter and longer than sixteen bytes, joiners
// that join and joiners that do not.
TEST(Tokenize, AsciiPathAgreesWithTheGeneralOne) {
  const std::vector<std::string> words = {
      "a", "Z", "7", "Rusia", "KCNA", "iPhone", "McCain", "5G", "g20",
      "ABCDEFGHIJKLMNOP", "abcdefghijklmnopq", "Abcdefghijklmnopqrstuvwxyzabcdefgh",
      "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH1", "0123456789012345", "12345678901234567",
      "langkah-langkah", "Jong-un", "G-20", "COVID-19", "Jum'at", "x-", "x'",
      "1.000", "2,5", "17/11", "10:30", "1.000.000", "1-2", "1'2", "a.b", "a,b",
      "a/b", "1.", "1..2", "1.a", "a--b", "tiga-empat-lima", "AS", "aB", "Ab-cD"};
  auto fields = [](const TokenBuffer& b) {
    std::vector<std::string> out;
    for (const Token& t : b.tokens)
      out.push_back(std::to_string(t.begin) + ":" + std::to_string(t.end) + ":" +
                    std::string(b.Norm(t)) + ":" + std::to_string(int(t.kind)) + ":" +
                    std::to_string(int(t.shape)) + ":" + std::to_string(t.ascii_letters));
    return out;
  };
  // Tokens far into the text, and tokens that straddle 64-byte words.
  const std::string long_prefix(5000, ' ');
  for (const std::string& w : words) {
    for (const std::string& before : {std::string(), std::string("x "), std::string("("),
                                      long_prefix + "y ", std::string(60, ' ') + "Ab-"}) {
      const std::string general = before + w + "\u00a0!";
      TokenBuffer want;
      Tokenize(general, {0, static_cast<uint32_t>(general.size())}, &want);
      ASSERT_EQ(want.tokens.back().end, general.size());  // "!"
      want.tokens.pop_back();
      for (const std::string& after : {std::string(" !"), std::string("-"), std::string()}) {
        const std::string text = before + w + after;
        for (size_t cut : {text.size(), before.size() + w.size()}) {
          if (cut < text.size() && after.empty()) continue;
          TokenBuffer got;
          Tokenize(text, {0, static_cast<uint32_t>(cut)}, &got);
          if (!got.tokens.empty() && got.tokens.back().begin >= before.size() + w.size())
            got.tokens.pop_back();  // "!" or "-"
          EXPECT_EQ(fields(got), fields(want)) << "'" << text << "' cut at " << cut;
        }
      }
    }
  }
}

TEST(Tokenize, SpanLimitsTheScanAndOffsetsStayAbsolute) {
  std::string_view text = "abc def ghi";
  TokenBuffer buf;
  Tokenize(text, {4, 7}, &buf);
  ASSERT_EQ(buf.tokens.size(), 1u);
  EXPECT_EQ(buf.tokens[0].begin, 4u);
  EXPECT_EQ(buf.tokens[0].end, 7u);
}

TEST(Tokenize, EmptyAndSpaceOnly) {
  EXPECT_TRUE(Surfaces("").empty());
  EXPECT_TRUE(Surfaces("  \t ").empty());
}

TEST(SplitSentences, StopsBeforeCapitals) {
  EXPECT_EQ(Sentences("Rusia tiba. Korea menyambut! Apa lagi? ya"),
            (std::vector<std::string>{"Rusia tiba.", "Korea menyambut!",
                                      "Apa lagi? ya"}));
}

TEST(SplitSentences, AbbreviationsAndInitialsDoNotStop) {
  EXPECT_EQ(Sentences("Dr. Sari dan John F. Kennedy di Jl. Merdeka. Lalu pulang."),
            (std::vector<std::string>{"Dr. Sari dan John F. Kennedy di Jl. Merdeka.",
                                      "Lalu pulang."}));
}

// Every length and first letter of the list, and words that share them
// with an abbreviation without being one.
TEST(SplitSentences, OnlyListedAbbreviationsDoNotStop) {
  for (const char* abbrev : {"H.", "Dr.", "BRIGJEN.", "Mayjen.", "Letjen.", "u.s.", "U.K.",
                             "Sept.", "Kab.", "Corp.", "Jr.", "Prof.", "etc.", "Dkk."}) {
    const std::string text = std::string("Ia bertemu ") + abbrev + " Sari di sana.";
    EXPECT_EQ(Sentences(text), (std::vector<std::string>{text})) << abbrev;
  }
  for (const char* word : {"Dx.", "Brigjan.", "Mayjeng.", "u.x.", "Sepx.", "Kabar.", "Corps.",
                           "Ja.", "Profil.", "etcetera.", "1.", "\xc3\xa9t\xc3\xa9."}) {
    const std::string text = std::string("Ia bertemu ") + word + " Sari di sana.";
    EXPECT_EQ(Sentences(text).size(), 2u) << word;
  }
}

TEST(SplitSentences, ClosingQuoteStaysWithItsSentence) {
  EXPECT_EQ(Sentences("Ia berkata, \"Kami siap.\" Kemudian pergi."),
            (std::vector<std::string>{"Ia berkata, \"Kami siap.\"",
                                      "Kemudian pergi."}));
}

TEST(SplitSentences, DecimalNumbersDoNotStop) {
  EXPECT_EQ(Sentences("Nilainya 2.5 juta dolar."),
            (std::vector<std::string>{"Nilainya 2.5 juta dolar."}));
}

// Bytes that cannot stop a sentence are skipped eight at a time: a stop
// must be found at any offset, after characters of any length.
TEST(SplitSentences, StopsAreFoundAtEveryOffset) {
  for (size_t pad = 0; pad < 12; ++pad) {
    std::string lead(pad, 'x');
    for (const char* sep : {".", "!", "?", "\u2026", ".\u201d"}) {
      std::string text = lead + " Caf\u00e9 \u00e9t\u00e9 tiba" + sep + " Rusia pergi. Lalu";
      std::vector<std::string> got = Sentences(text);
      ASSERT_EQ(got.size(), 3u) << text;
      EXPECT_EQ(got[1], "Rusia pergi.");
      EXPECT_EQ(got[2], "Lalu");
    }
  }
}

TEST(SplitLines, KeepsEmptyLinesAndDropsCarriageReturns) {
  std::string_view text = "satu\r\n\ndua\n";
  std::vector<Span> lines;
  SplitLines(text, &lines);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(text.substr(lines[0].begin, lines[0].end - lines[0].begin), "satu");
  EXPECT_EQ(lines[1].end - lines[1].begin, 0u);
  EXPECT_EQ(text.substr(lines[2].begin, lines[2].end - lines[2].begin), "dua");
}

}  // namespace
}  // namespace warta::text
