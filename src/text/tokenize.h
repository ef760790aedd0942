// Sentences and tokens, with byte offsets into the original text.
//
// Evidence must point at the text exactly as read, so nothing here rewrites
// the input: a Token is a pair of offsets into it, and its lowercase form
// lives in a scratch buffer owned by the caller (TokenBuffer). Re-using one
// TokenBuffer across sentences keeps tokenising free of allocation once the
// buffer has grown to the longest sentence.
//
// REQUIRES: input is valid UTF-8 (see text/utf8.h). Thread-compatible: use one
// TokenBuffer per thread.
#ifndef WARTA_TEXT_TOKENIZE_H_
#define WARTA_TEXT_TOKENIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace warta::text {

// A half-open byte range [begin, end) of the original text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
};

enum class TokenKind : uint8_t {
  kWord,    // letters, with inner hyphens and apostrophes: "langkah-langkah"
  kNumber,  // digits, with inner . , / : "17", "1.000", "2,5", "17/11"
  kPunct,   // one punctuation character: , . " “ ( – ...
};

enum class Shape : uint8_t {
  kLower,         // "rusia", "17"
  kInitialUpper,  // "Rusia", "Jong-un": first letter a capital, not all
  kAllUpper,      // "AS", "KCNA", "DPRK"
};

struct Token {
  uint32_t begin = 0;  // byte offsets into the ORIGINAL text
  uint32_t end = 0;
  uint32_t norm_begin = 0;  // lowercase form, in TokenBuffer::norm
  uint32_t norm_end = 0;
  TokenKind kind = TokenKind::kWord;
  Shape shape = Shape::kLower;
  bool ascii_letters = false;  // only ASCII letters: "Rusia", not "Jong-un", "5G"
};

struct TokenBuffer {
  std::vector<Token> tokens;
  std::string norm;  // lowercase forms of all tokens, back to back

  std::string_view Norm(const Token& t) const {
    return std::string_view(norm.data() + t.norm_begin, t.norm_end - t.norm_begin);
  }
  void Clear() {
    tokens.clear();
    norm.clear();
  }
};

// Tokenises text[span] and appends to `out` (does not clear it). Offsets are
// into `text`.
void Tokenize(std::string_view text, Span span, TokenBuffer* out);

// Splits text[span] (one paragraph) into sentences and appends their spans,
// trimmed of surrounding white space, to `out`. A sentence ends at . ! ? or
// … followed by white space and a capital letter, digit or opening quote,
// unless the word before the stop is a known abbreviation ("Jl.", "Dr.",
// "Nov.", "U.S.") or a single capital letter (an initial).
void SplitSentences(std::string_view text, Span span, std::vector<Span>* out);

// Splits `text` into lines (paragraphs) on \n, dropping a trailing \r, and
// appends their spans. Empty lines are kept so that line numbers hold.
void SplitLines(std::string_view text, std::vector<Span>* out);

}  // namespace warta::text

#endif  // WARTA_TEXT_TOKENIZE_H_
