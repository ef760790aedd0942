#include "lang/detect.h"

namespace warta::lang {
namespace {

// Frequent function words of news text, none shared by the two languages.
constexpr std::string_view kIndonesian[] = {
    "yang", "dan", "di", "ke", "dari", "itu", "dengan", "untuk", "pada", "ini",
    "tidak", "akan", "dalam", "bahwa", "oleh", "adalah", "juga", "telah",
    "karena", "para", "sebagai", "kata", "mengatakan", "atas", "kepada",
    "tersebut", "sudah", "menurut", "saat", "serta", "mereka", "kami", "ia",
    "antara", "setelah", "bagi", "belum", "namun", "hari", "tahun"};
constexpr std::string_view kEnglish[] = {
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was",
    "with", "said", "by", "as", "at", "from", "it", "has", "have", "are",
    "were", "will", "its", "an", "be", "this", "their", "which", "after",
    "but", "had", "not", "would", "who", "they", "been", "over", "also",
    "than"};

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  for (std::string_view k : list)
    if (k == w) return true;
  return false;
}

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::string_view LanguageCode(Language l) {
  switch (l) {
    case Language::kIndonesian: return "id";
    case Language::kEnglish: return "en";
    case Language::kUnknown: break;
  }
  return "";
}

Detection DetectLanguage(std::string_view text, size_t max_bytes) {
  if (text.size() > max_bytes) text = text.substr(0, max_bytes);
  Detection d;
  char buf[16];
  size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiLetter(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsAsciiLetter(text[j])) ++j;
    // Words glued to other letters (UTF-8, digits) are not function words.
    bool clean = (i == 0 || static_cast<unsigned char>(text[i - 1]) < 0x80) &&
                 (j == text.size() || static_cast<unsigned char>(text[j]) < 0x80);
    if (clean && j - i <= sizeof buf) {
      for (size_t k = i; k < j; ++k)
        buf[k - i] = text[k] >= 'A' && text[k] <= 'Z' ? static_cast<char>(text[k] + 32) : text[k];
      std::string_view w(buf, j - i);
      if (In(kIndonesian, w)) ++d.id_words;
      if (In(kEnglish, w)) ++d.en_words;
    }
    i = j;
    // A clear lead settles it; the rest of the text would not change it.
    if (d.id_words >= 12 && d.id_words >= 4 * d.en_words) break;
    if (d.en_words >= 12 && d.en_words >= 4 * d.id_words) break;
  }
  if (d.id_words >= 2 && d.id_words > d.en_words) d.lang = Language::kIndonesian;
  else if (d.en_words >= 2 && d.en_words > d.id_words) d.lang = Language::kEnglish;
  return d;
}

}  // namespace warta::lang
