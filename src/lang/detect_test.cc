#include "lang/detect.h"

#include <gtest/gtest.h>

namespace warta::lang {
namespace {

TEST(DetectLanguage, TellsIndonesianFromEnglish) {
  EXPECT_EQ(DetectLanguage("Rusia mengecam Amerika Serikat pada Senin, kata "
                           "juru bicara yang enggan disebut namanya.").lang,
            Language::kIndonesian);
  EXPECT_EQ(DetectLanguage("Russia condemned the United States on Monday, a "
                           "spokesman said in Moscow.").lang,
            Language::kEnglish);
  // Names and loanwords do not decide it; function words do.
  EXPECT_EQ(DetectLanguage("Presiden Joe Biden bertemu Xi Jinping di San "
                           "Francisco dan membahas Taiwan.").lang,
            Language::kIndonesian);
  EXPECT_EQ(DetectLanguage("Presiden Joko Widodo met the Prime Minister of "
                           "Malaysia in Jakarta.").lang,
            Language::kEnglish);
}

TEST(DetectLanguage, UnknownWithoutEvidence) {
  EXPECT_EQ(DetectLanguage("").lang, Language::kUnknown);
  EXPECT_EQ(DetectLanguage("Joe Biden, Xi Jinping").lang, Language::kUnknown);
  EXPECT_EQ(DetectLanguage("12/11/2024 17:00").lang, Language::kUnknown);
}

TEST(DetectLanguage, CountsEachFunctionWordWhateverItsCase) {
  // Words that share a first letter, in any case; "thing" and "tiada" are
  // no function words, nor is "then" glued to a letter outside ASCII.
  Detection d = DetectLanguage("The THE tahun Tidak that this thing tiada th\u00e9n tHeIr");
  EXPECT_EQ(d.en_words, 5);
  EXPECT_EQ(d.id_words, 2);
  EXPECT_EQ(d.lang, Language::kEnglish);
}

TEST(DetectLanguage, ReadsOnlyThePrefix) {
  std::string text = "Rusia dan Ukraina itu yang di ke dari. ";
  text += std::string(5000, ' ');
  text += "the of and to in the of and to in the of and to in";
  EXPECT_EQ(DetectLanguage(text).lang, Language::kIndonesian);
  EXPECT_EQ(DetectLanguage(text, text.size()).lang, Language::kEnglish);
  EXPECT_EQ(LanguageCode(Language::kEnglish), "en");
  EXPECT_EQ(LanguageCode(Language::kUnknown), "");
}

}  // namespace
}  // namespace warta::lang
