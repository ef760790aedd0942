#include "text/utf8.h"

#include <utf8proc.h>

#include <cstring>

namespace warta::text {

size_t FindInvalidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    // Runs of ASCII, eight bytes at a time.
    uint64_t w;
    while (i + 8 <= n && (std::memcpy(&w, p + i, 8), (w & 0x8080808080808080ull) == 0)) i += 8;
    if (i == n) break;
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate(p + i, n - i, &cp);
    if (len < 0) return i;
    i += static_cast<size_t>(len);
  }
  return kValid;
}

size_t FindNul(std::string_view s) {
  const void* hit = std::memchr(s.data(), 0, s.size());
  return hit == nullptr ? kValid
                        : static_cast<size_t>(static_cast<const char*>(hit) -
                                              s.data());
}

int32_t DecodeNonAscii(std::string_view s, size_t i, int* len) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t n = utf8proc_iterate(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data()) + i,
      static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n < 0) {
    *len = 1;
    return 0xFFFD;
  }
  *len = static_cast<int>(n);
  return cp;
}

void AppendLower(std::string_view word, std::string* out) {
  for (size_t i = 0; i < word.size();) {
    auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      out->push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++i;
      continue;
    }
    int len;
    int32_t cp = DecodeAt(word, i, &len);
    i += len;
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) {  // ’ ‘ ʼ
      out->push_back('\'');
      continue;
    }
    cp = utf8proc_tolower(cp);
    utf8proc_uint8_t buf[4];
    utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
    out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
  }
}

bool IsLetterNonAscii(int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return true;
    default:
      return false;
  }
}

bool IsDigitNonAscii(int32_t cp) {
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

bool IsUpperNonAscii(int32_t cp) {
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
         utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
}

}  // namespace warta::text
