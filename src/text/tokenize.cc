#include "text/tokenize.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/utf8.h"

namespace warta::text {
namespace {

// Classes of ASCII bytes (0 for the others).
constexpr uint8_t kLetterBit = 1, kDigitBit = 2, kUpperBit = 4, kLowerBit = 8;
static_assert((kUpperBit << 3) == 'a' - 'A');
constexpr std::array<uint8_t, 256> kAscii = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLetterBit | kLowerBit;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kLetterBit | kUpperBit;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigitBit;
  return t;
}();

bool IsSpaceCp(int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
         cp == '\v' || cp == 0xA0 || cp == 0x2009 || cp == 0x200B ||
         cp == 0x202F || cp == 0x3000 || cp == 0xFEFF;
}

bool IsApostrophe(int32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

bool IsWordCp(int32_t cp) { return IsLetter(cp) || IsDigit(cp); }

Shape ShapeOf(std::string_view word) {
  bool first = true, first_upper = false, any_lower = false, any_upper = false;
  for (size_t i = 0; i < word.size();) {
    int len;
    int32_t cp = DecodeAt(word, i, &len);
    i += len;
    if (!IsLetter(cp)) continue;
    bool up = IsUpper(cp);
    if (first) first_upper = up;
    first = false;
    any_upper |= up;
    any_lower |= !up;
  }
  if (!any_upper) return Shape::kLower;
  if (!any_lower) return Shape::kAllUpper;
  return first_upper ? Shape::kInitialUpper : Shape::kLower;
}

// Abbreviations after which a period does not end a sentence (lowercase,
// without the period).
constexpr std::array<std::string_view, 62> kAbbrev = {
    "dr",   "jl",   "jln",  "no",   "st",   "mr",   "mrs",  "ms",   "prof",
    "drs",  "ir",   "h",    "hj",   "sdr",  "bpk",  "kol",  "jend", "letjen",
    "mayjen", "brigjen", "u.s", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "agu",  "agt",  "sep",  "sept", "oct",  "okt",  "nov",  "dec",  "des",
    "vs",   "etc",  "dll",  "dsb",  "tsb",  "gen",  "lt",   "col",  "sen",
    "rep",  "gov",  "inc",  "corp", "co",   "ltd",  "sr",   "jr",   "dkk",
    "a.s",  "u.k",  "u.n",  "p.m",  "a.m",  "kec",  "kab"};

// For each length up to 8, the first bytes of the abbreviations that long
// (bit c - 'a'): most words before a period are ruled out without a look
// at the list.
constexpr std::array<uint32_t, 9> kAbbrevFirst = [] {
  std::array<uint32_t, 9> t{};
  for (std::string_view a : kAbbrev) t[a.size()] |= 1u << (a[0] - 'a');
  return t;
}();

bool IsAbbrev(std::string_view text, size_t stop) {
  // Word before the period at `stop`.
  size_t b = stop;
  while (b > 0) {
    char c = text[b - 1];
    if (c == ' ' || c == '\t' || c == '(' || c == '"' || c == '\n') break;
    --b;
  }
  std::string_view w = text.substr(b, stop - b);
  if (w.empty()) return false;
  if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z') return true;  // initial
  if (w.size() > 8) return false;
  char low[9];
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    low[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  const unsigned first = static_cast<unsigned char>(low[0]) - 'a';
  if (first >= 26 || (kAbbrevFirst[w.size()] >> first & 1) == 0) return false;
  std::string_view lw(low, w.size());
  for (std::string_view a : kAbbrev) {
    if (a == lw) return true;
  }
  return false;
}

// True when one of the eight bytes at `p` is '.', '!', '?' or 0xE2 (exact:
// the "haszero" test of Bit Twiddling Hacks on the word xor each byte).
bool MayStop(const char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  uint64_t w;
  std::memcpy(&w, p, 8);
  auto has = [&](unsigned char c) {
    uint64_t x = w ^ (kOnes * c);
    return ((x - kOnes) & ~x & kHigh) != 0;
  };
  return has('.') || has('!') || has('?') || has(0xE2);
}

bool IsOpeningQuote(int32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x2018 || cp == '\'' ||
         cp == '(' || cp == '[' || cp == 0x00AB;
}
bool IsClosing(int32_t cp) {
  return cp == '"' || cp == 0x201D || cp == 0x2019 || cp == '\'' ||
         cp == ')' || cp == ']' || cp == 0x00BB;
}

// The general path: skips the white space character at text[i], or reads
// the token that starts there (any UTF-8), and returns where it ends.
size_t TokenizeOne(std::string_view text, size_t i, const size_t end,
                   TokenBuffer* out) {
  int len;
  int32_t cp = DecodeAt(text, i, &len);
  if (IsSpaceCp(cp)) return i + len;
  Token t;
  t.begin = static_cast<uint32_t>(i);
  bool ascii = len == 1;  // every byte of the token is ASCII
  // Classes (kAscii) of the token's ASCII letters and digits: any of them
  // has the class, all of them have it (0 once anything else is joined).
  uint8_t any = ascii ? kAscii[cp] : 0, all = any;
  if (IsWordCp(cp)) {
    bool other_letter = !ascii && !IsDigit(cp);  // a letter beyond ASCII
    auto digits_only = [&] { return !other_letter && (any & kLetterBit) == 0; };
    size_t j = i + len;
    while (j < end) {
      // ASCII letters and digits, the bulk of any text, without decoding.
      const uint8_t f = kAscii[static_cast<unsigned char>(text[j])];
      if (f & (kLetterBit | kDigitBit)) {
        any |= f;
        all &= f;
        ++j;
        continue;
      }
      int l2;
      int32_t c2 = DecodeAt(text, j, &l2);
      if (IsWordCp(c2)) {
        if (!IsDigit(c2)) other_letter = true;
        ascii = false;
        all = 0;
        j += l2;
        continue;
      }
      // Inner joiners: a hyphen or apostrophe between letters, or . , /
      // between digits ("1.000", "2,5", "17/11"). Anything else (mostly a
      // space) ends the word without a look at the next character.
      const bool hyphen = c2 == '-' || IsApostrophe(c2);
      const bool numeric = c2 == '.' || c2 == ',' || c2 == '/' || c2 == ':';
      if ((hyphen || numeric) && j + l2 < end) {
        int l3;
        int32_t c3 = DecodeAt(text, j + l2, &l3);
        bool prev_digit = j > i && IsDigit(static_cast<unsigned char>(text[j - 1]));
        if (hyphen && IsWordCp(c3) && !digits_only()) {
          ascii &= l2 == 1;
          all = 0;
          j += l2;
          continue;
        }
        if (numeric && digits_only() && prev_digit && IsDigit(c3)) {
          all = 0;
          j += l2;
          continue;
        }
      }
      break;
    }
    t.end = static_cast<uint32_t>(j);
    t.kind = digits_only() ? TokenKind::kNumber : TokenKind::kWord;
    i = j;
  } else {
    t.end = static_cast<uint32_t>(i + len);
    t.kind = TokenKind::kPunct;
    i += len;
  }
  std::string_view surface = text.substr(t.begin, t.end - t.begin);
  t.norm_begin = static_cast<uint32_t>(out->norm.size());
  if (ascii) {
    // The lowercase form is a copy, with the case bit set where a byte is
    // a capital.
    out->norm.append(surface);
    const bool any_upper = any & kUpperBit, any_lower = any & kLowerBit;
    if (any_upper) {
      char* p = out->norm.data() + t.norm_begin;
      for (size_t k = 0; k < surface.size(); ++k)  // 'A' | 32 == 'a'
        p[k] = static_cast<char>(p[k] | ((kAscii[static_cast<unsigned char>(p[k])] & kUpperBit) << 3));
    }
    t.ascii_letters = t.kind == TokenKind::kWord && (all & kLetterBit) != 0;
    bool first_upper = false;
    if (any_upper && any_lower) {
      for (char c : surface) {
        const uint8_t f = kAscii[static_cast<unsigned char>(c)];
        if (f & kLetterBit) {
          first_upper = f & kUpperBit;
          break;
        }
      }
    }
    t.shape = t.kind != TokenKind::kWord || !any_upper ? Shape::kLower
              : !any_lower                            ? Shape::kAllUpper
              : first_upper                           ? Shape::kInitialUpper
                                                      : Shape::kLower;
  } else {
    AppendLower(surface, &out->norm);
    t.shape = t.kind == TokenKind::kWord ? ShapeOf(surface) : Shape::kLower;
  }
  t.norm_end = static_cast<uint32_t>(out->norm.size());
  out->tokens.push_back(t);
  return i;
}

// Byte classes for the fast path of Tokenize.
constexpr uint8_t kByteSpace = 1, kBytePunct = 2, kByteAlnum = 3, kByteOther = 0;
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 0x80; ++c) t[c] = kBytePunct;
  for (int c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = kByteSpace;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kByteAlnum;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kByteAlnum;
  for (int c = '0'; c <= '9'; ++c) t[c] = kByteAlnum;
  return t;  // 0x80 and up: kByteOther
}();

// What a byte after a run of ASCII letters and digits does to the token.
constexpr uint8_t kJoinEnds = 0, kJoinHyphen = 1, kJoinNumeric = 2, kJoinOther = 3;
constexpr std::array<uint8_t, 256> kJoin = [] {
  std::array<uint8_t, 256> t{};
  t['-'] = t['\''] = kJoinHyphen;  // between letters
  t['.'] = t[','] = t['/'] = t[':'] = kJoinNumeric;  // between digits
  for (int c = 0x80; c < 0x100; ++c) t[c] = kJoinOther;  // for TokenizeOne
  return t;
}();

// What a run of ASCII letters and digits holds: bits of which bytes are
// capitals, small letters, digits (nonzero: some are).
struct Run {
  unsigned upper = 0, lower = 0, digit = 0;
  int first_upper = -1;  // the case of its first letter: 1 capital, 0 not, -1 none
};

// Reads the run of ASCII letters and digits at text[j..end), adds what it
// holds to `run`, writes its lowercase form at `norm` (which has room for
// end - j + 16 bytes), and returns where it ends.
size_t ScanRun(std::string_view text, size_t j, const size_t end, char* norm,
               Run* run) {
#if defined(__SSE2__)
  const size_t start = j;
  while (true) {
    __m128i v;
    if (text.size() - j >= 16) {
      v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + j));
    } else {
      alignas(16) char tail[16] = {};  // NUL ends a run
      std::memcpy(tail, text.data() + j, text.size() - j);
      v = _mm_load_si128(reinterpret_cast<const __m128i*>(tail));
    }
    // Signed compares: bytes from 0x80 up are negative and in no range.
    const __m128i x = _mm_or_si128(v, _mm_set1_epi8(0x20));
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('a' - 1)),
                                         _mm_cmpgt_epi8(_mm_set1_epi8('z' + 1), x));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                        _mm_cmpgt_epi8(_mm_set1_epi8('9' + 1), v));
    const __m128i case_bit = _mm_and_si128(letter, _mm_set1_epi8(0x20));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(norm + (j - start)), _mm_or_si128(v, case_bit));
    unsigned m_letter = static_cast<unsigned>(_mm_movemask_epi8(letter));
    unsigned m_digit = static_cast<unsigned>(_mm_movemask_epi8(digit));
    // Lowercase letters already have the case bit.
    unsigned m_lower = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, case_bit), case_bit))) & m_letter;
    unsigned alnum = m_letter | m_digit;
    if (end - j < 16) alnum &= (1u << (end - j)) - 1;
    const unsigned len = static_cast<unsigned>(__builtin_ctz(~alnum));  // alnum < 2^16
    const unsigned keep = (1u << len) - 1;
    m_letter &= keep;
    m_digit &= keep;
    m_lower &= keep;
    const unsigned m_upper = m_letter & ~m_lower;
    run->upper |= m_upper;
    run->lower |= m_lower;
    run->digit |= m_digit;
    if (run->first_upper < 0 && m_letter != 0)
      run->first_upper = (m_upper >> __builtin_ctz(m_letter)) & 1;
    j += len;
    if (len < 16) return j;
  }
#else
  char* p = norm;
  for (; j < end; ++j) {
    const unsigned char c = static_cast<unsigned char>(text[j]);
    const uint8_t f = kAscii[c];
    if ((f & (kLetterBit | kDigitBit)) == 0) break;
    *p++ = static_cast<char>(c | ((f & kUpperBit) << 3));
    run->upper |= f & kUpperBit;
    run->lower |= f & kLowerBit;
    run->digit |= f & kDigitBit;
    if (run->first_upper < 0 && (f & kLetterBit)) run->first_upper = (f & kUpperBit) != 0;
  }
  return j;
#endif
}

// The fast path: the token at text[i] (an ASCII letter or digit) when it is
// ASCII throughout, with its joiners. Writes its lowercase form at `norm`
// (room for end - i + 16 bytes) and returns true; false, having written
// nothing that counts, when the token needs TokenizeOne (a byte beyond
// ASCII in it or at its end). Reads as TokenizeOne does.
bool FastToken(std::string_view text, size_t i, const size_t end, char* norm,
               Token* t) {
  Run run;
  bool joined = false;
  size_t j = i;
  while (true) {
    j = ScanRun(text, j, end, norm + (j - i), &run);
    if (j == end) break;
    const unsigned char b = static_cast<unsigned char>(text[j]);
    const uint8_t join = kJoin[b];
    if (join == kJoinEnds) break;
    if (join == kJoinOther) return false;
    const bool letters = run.first_upper >= 0;
    const bool hyphen = join == kJoinHyphen;
    if (hyphen != letters) break;  // a hyphen joins words, the others numbers
    if (j + 1 == end) break;
    const unsigned char c3 = static_cast<unsigned char>(text[j + 1]);
    if (c3 >= 0x80) return false;
    const uint8_t f = kAscii[c3];
    if (hyphen ? (f & (kLetterBit | kDigitBit)) == 0 : (f & kDigitBit) == 0) break;
    norm[j - i] = static_cast<char>(b);
    joined = true;
    ++j;
  }
  const bool word = run.first_upper >= 0;
  t->begin = static_cast<uint32_t>(i);
  t->end = static_cast<uint32_t>(j);
  t->kind = word ? TokenKind::kWord : TokenKind::kNumber;
  t->ascii_letters = word && !joined && !run.digit;
  t->shape = !word || !run.upper ? Shape::kLower
             : !run.lower        ? Shape::kAllUpper
             : run.first_upper   ? Shape::kInitialUpper
                                 : Shape::kLower;
  return true;
}

}  // namespace

void Tokenize(std::string_view text, Span span, TokenBuffer* out) {
  // The lowercase forms are written through a pointer into room made
  // beforehand: an ASCII token's form is no longer than the token, and the
  // wide stores of ScanRun need 16 bytes beyond. TokenizeOne appends to the
  // string itself, so the room is given back around it.
  std::string& norm = out->norm;
  size_t w = norm.size();
  size_t i = span.begin;
  const size_t end = span.end;
  norm.resize(w + (end - i) + 16);
  while (i < end) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const uint8_t k = kByteClass[c];
    if (k == kByteSpace) {
      ++i;
      continue;
    }
    Token t;
    if (k == kBytePunct) {
      t.begin = static_cast<uint32_t>(i);
      t.end = static_cast<uint32_t>(i + 1);
      t.kind = TokenKind::kPunct;
      t.norm_begin = static_cast<uint32_t>(w);
      norm[w++] = static_cast<char>(c);
      t.norm_end = static_cast<uint32_t>(w);
      out->tokens.push_back(t);
      ++i;
      continue;
    }
    if (k == kByteAlnum && FastToken(text, i, end, norm.data() + w, &t)) {
      t.norm_begin = static_cast<uint32_t>(w);
      w += t.end - t.begin;
      t.norm_end = static_cast<uint32_t>(w);
      out->tokens.push_back(t);
      i = t.end;
      continue;
    }
    norm.resize(w);
    i = TokenizeOne(text, i, end, out);
    w = norm.size();
    norm.resize(w + (end - i) + 16);
  }
  norm.resize(w);
}

void SplitSentences(std::string_view text, Span span, std::vector<Span>* out) {
  auto emit = [&](size_t b, size_t e) {
    while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' ||
                     text[e - 1] == '\r'))
      --e;
    if (e > b) out->push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  };
  size_t start = span.begin;
  size_t i = span.begin;
  while (i < span.end) {
    // Only . ! ? and the lead byte of … (U+2026) can stop a sentence: runs
    // of sixteen or eight bytes without them are passed over undecoded (such a run
    // ends inside a character only if that character goes on past it, and
    // continuation bytes are none of the four).
#if defined(__SSE2__)
    while (i + 16 <= span.end) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      const __m128i hit = _mm_or_si128(
          _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')), _mm_cmpeq_epi8(v, _mm_set1_epi8('!'))),
          _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('?')),
                       _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE2)))));
      const unsigned m = static_cast<unsigned>(_mm_movemask_epi8(hit));
      if (m != 0) {
        i += static_cast<unsigned>(__builtin_ctz(m));  // a lead byte, never inside a character
        break;
      }
      i += 16;
    }
#endif
    while (i + 8 <= span.end && !MayStop(text.data() + i)) i += 8;
    if (i >= span.end) break;
    int len;
    int32_t cp = DecodeAt(text, i, &len);
    bool stop = cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
    if (!stop) {
      i += len;
      continue;
    }
    size_t j = i + len;
    // Runs of stops and closing quotes or brackets belong to this sentence.
    while (j < span.end) {
      int l2;
      int32_t c2 = DecodeAt(text, j, &l2);
      if (c2 == '.' || c2 == '!' || c2 == '?' || IsClosing(c2)) {
        j += l2;
      } else {
        break;
      }
    }
    size_t k = j;
    bool space = false;
    while (k < span.end && (text[k] == ' ' || text[k] == '\t')) {
      ++k;
      space = true;
    }
    bool next_starts = false;
    if (space && k < span.end) {
      int l3;
      int32_t c3 = DecodeAt(text, k, &l3);
      next_starts = IsUpper(c3) || IsDigit(c3) || IsOpeningQuote(c3);
    }
    if (next_starts && !(cp == '.' && IsAbbrev(text, i))) {
      emit(start, j);
      start = k;
      i = k;
      continue;
    }
    i = j;
  }
  emit(start, span.end);
}

void SplitLines(std::string_view text, std::vector<Span>* out) {
  size_t b = 0;
  while (b < text.size()) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    size_t ee = e;
    if (ee > b && text[ee - 1] == '\r') --ee;
    out->push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(ee)});
    b = e + 1;
  }
}

}  // namespace warta::text
