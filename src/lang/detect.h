// Language detection: tells Indonesian from English, per document.
//
// News in the two languages shares names, numbers and loanwords but not its
// function words, so counting a few dozen of those is enough: "yang", "dan",
// "di", "dengan" against "the", "of", "and", "with". DetectLanguage reads
// at most the first `max_bytes` of the text, never allocates and is safe to
// call from any thread.
//
//   lang::Detection d = lang::DetectLanguage(text);
//   if (d.lang == lang::Language::kEnglish) ...
#ifndef WARTA_LANG_DETECT_H_
#define WARTA_LANG_DETECT_H_

#include <cstddef>
#include <string_view>

namespace warta::lang {

enum class Language : unsigned char { kUnknown, kIndonesian, kEnglish };

// "id", "en", or "" for kUnknown.
std::string_view LanguageCode(Language l);

struct Detection {
  Language lang = Language::kUnknown;
  int id_words = 0;  // Indonesian function words seen
  int en_words = 0;  // English function words seen
};

// The language with more function words, when it has at least two and
// more than the other; kUnknown otherwise (a title, a list of names).
// Reading stops early once one language has 12 function words and four
// times the other's: the counts then cover only the text read.
Detection DetectLanguage(std::string_view text, size_t max_bytes = 4096);

}  // namespace warta::lang

#endif  // WARTA_LANG_DETECT_H_
