// UTF-8 checks and case folding for the text stage.
//
// warta reads news as UTF-8. Input that is not valid UTF-8, or that holds NUL
// bytes (a binary file), is refused with the byte offset of the first bad
// byte, so that a user can find it. Pure functions; thread-safe.
#ifndef WARTA_TEXT_UTF8_H_
#define WARTA_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace warta::text {

inline constexpr size_t kValid = static_cast<size_t>(-1);

// Offset of the first byte that does not start a valid UTF-8 sequence
// (overlong forms and surrogates included), or kValid.
size_t FindInvalidUtf8(std::string_view s);

// Offset of the first NUL byte, or kValid.
size_t FindNul(std::string_view s);

// Appends the lowercase form of `word` to `out`: ASCII by table, other code
// points by utf8proc's case mapping; typographic apostrophes become '.
// REQUIRES: `word` is valid UTF-8.
void AppendLower(std::string_view word, std::string* out);

// Decodes the code point at `s[i]`, sets `*len` to its byte length (1 for an
// invalid byte, which decodes as U+FFFD). ASCII is decoded inline.
int32_t DecodeNonAscii(std::string_view s, size_t i, int* len);
inline int32_t DecodeAt(std::string_view s, size_t i, int* len) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  return DecodeNonAscii(s, i, len);
}

// Unicode general category tests used by the tokenizer; ASCII inline.
bool IsLetterNonAscii(int32_t cp);
bool IsDigitNonAscii(int32_t cp);
bool IsUpperNonAscii(int32_t cp);
inline bool IsLetter(int32_t cp) {
  return cp < 0x80 ? ((cp | 32) >= 'a' && (cp | 32) <= 'z') : IsLetterNonAscii(cp);
}
inline bool IsDigit(int32_t cp) {
  return cp < 0x80 ? (cp >= '0' && cp <= '9') : IsDigitNonAscii(cp);
}
inline bool IsUpper(int32_t cp) {
  return cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : IsUpperNonAscii(cp);
}

}  // namespace warta::text

#endif  // WARTA_TEXT_UTF8_H_
