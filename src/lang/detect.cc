#include "lang/detect.h"

#include <array>
#include <cstring>

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

enum : unsigned char { kInIndonesian = 1, kInEnglish = 2 };

// The function words by first letter, so that a word is compared with the
// few that share its letter and length rather than with all eighty.
struct WordTable {
  struct Word {
    std::string_view text;
    unsigned char lists;
  };
  struct Bucket {
    std::array<Word, 16> words;
    size_t size = 0;
  };
  std::array<Bucket, 26> by_letter;
  WordTable() {
    auto add = [&](std::string_view w, unsigned char list) {
      Bucket& b = by_letter[static_cast<size_t>(w[0] - 'a')];
      for (size_t k = 0; k < b.size; ++k)
        if (b.words[k].text == w) {
          b.words[k].lists |= list;
          return;
        }
      b.words.at(b.size++) = {w, list};
    };
    for (std::string_view w : kIndonesian) add(w, kInIndonesian);
    for (std::string_view w : kEnglish) add(w, kInEnglish);
  }
  // REQUIRES: w is non-empty, lowercase ASCII letters.
  unsigned char Lists(std::string_view w) const {
    const Bucket& b = by_letter[static_cast<size_t>(w[0] - 'a')];
    for (size_t k = 0; k < b.size; ++k)
      if (b.words[k].text.size() == w.size() &&
          std::memcmp(b.words[k].text.data(), w.data(), w.size()) == 0)
        return b.words[k].lists;
    return 0;
  }
};

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
  static const WordTable table;
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
      unsigned char lists = table.Lists(w);
      if (lists & kInIndonesian) ++d.id_words;
      if (lists & kInEnglish) ++d.en_words;
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
