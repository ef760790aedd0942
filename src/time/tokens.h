// The word list and tokenizer behind FindTimeExpressions. Internal to the
// time stage.
//
// The tokenizer cuts text into words (ASCII letters, lowercased for lookup),
// numbers and single punctuation marks, with byte offsets into the text. It
// reads UTF-8 but only knows ASCII words: a word holding other letters is
// kept as an unknown word. Typographic dashes become '-', curly quotes and
// apostrophes become '\'' or '"', and Unicode spaces are spaces, so that
// "17–19 November" and "Jum’at" read like their ASCII spellings.
//
// Everything here is constant data or pure functions; safe from any thread.
#ifndef WARTA_TIME_TOKENS_H_
#define WARTA_TIME_TOKENS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "time/date.h"

namespace warta::time::internal {

// Languages a word belongs to, as a bit mask.
inline constexpr uint8_t kLangId = 1;
inline constexpr uint8_t kLangEn = 2;
inline constexpr uint8_t kLangBoth = kLangId | kLangEn;

// The grammatical class of a known word.
enum class Cls : uint8_t {
  kWord,     // a function word, told apart by its W
  kMonth,    // val: 1..12
  kWeekday,  // val: 0 = Monday ... 6 = Sunday
  kUnit,     // val: a Unit
  kOneUnit,  // "sehari", "setahun": one of a unit; val: a Unit
  kNumber,   // val: the number
  kVague,    // "beberapa", "several": a count we do not know
};

enum class Unit : uint8_t {
  kNone,
  kDay,
  kNight,
  kWeek,
  kMonth,
  kYear,
  kDecade,
  kCentury,
  kHour,
  kMinute,
  kSecond,
};

// Words the grammar names one by one.
enum class W : uint8_t {
  kNone,
  // Indonesian
  kPada,
  kTanggal,
  kHari,
  kPekan,
  kMinggu,
  kBulan,
  kTahun,
  kKemarin,
  kBesok,
  kEsok,
  kLusa,
  kTadi,
  kSemalam,
  kMalam,
  kDini,
  kLalu,
  kSilam,
  kDepan,
  kMendatang,
  kNanti,
  kIni,
  kLagi,
  kTerakhir,
  kYang,
  kKe,
  kSelama,
  kDalam,
  kSejak,
  kHingga,
  kSampai,
  kDengan,
  kDan,
  kAntara,
  kDari,
  kAwal,
  kAkhir,
  kPertengahan,
  kBelas,
  kPuluh,
  kRatus,
  kSetengah,
  kNomor,
  kSebelum,
  kSetelah,
  kKemudian,
  kBelakangan,
  // English
  kOn,
  kIn,
  kThe,
  kOf,
  kA,
  kDay,
  kWeek,
  kMonth,
  kYear,
  kToday,
  kYesterday,
  kTomorrow,
  kTonight,
  kNight,
  kLast,
  kNext,
  kThis,
  kPast,
  kComing,
  kAgo,
  kFrom,
  kNow,
  kTo,
  kUntil,
  kThrough,
  kAnd,
  kBetween,
  kSince,
  kBy,
  kDuring,
  kFor,
  kOver,
  kWithin,
  kBefore,
  kAfter,
  kEarly,
  kLate,
  kMid,
  kEnd,
  kBeginning,
  kStart,
  kMiddle,
  kEarlier,
  kLater,
  kWeekend,
  kFew,
  kCouple,
  kHundred,
  kOld,
  // both
  kPartOfDay,  // pagi siang sore petang; morning afternoon evening
};

// Flags of a word.
inline constexpr uint8_t kTrigger = 1;   // can head a time expression
inline constexpr uint8_t kAbbr = 2;      // "Nov", "Sept": needs a day or year
inline constexpr uint8_t kNeedsCue = 4;  // "May", "March": capitalised, and
                                         // alone only after "in", "last"...
inline constexpr uint8_t kTens = 8;      // "twenty": may take "-five"

struct LexEntry {
  std::string_view word;  // lowercase ASCII, apostrophes removed
  uint8_t langs;
  Cls cls;
  W w;
  int16_t val;
  uint8_t flags;
};

// The entry for `lower` (lowercase ASCII) in one of `lang_mask`'s languages,
// or nullptr.
const LexEntry* LookupWord(std::string_view lower, uint8_t lang_mask);

enum class TokType : uint8_t { kWord, kNum, kPunct };

// Token flags.
inline constexpr uint8_t kCapital = 1;  // word starts with an upper case letter
inline constexpr uint8_t kOrdinal = 2;  // "17th", "1st"
inline constexpr uint8_t kSuffixed =
    4;  // digits glued to letters: "1990s", "5G"

// Deliberately trivial (no member initialisers) so that a stack buffer of
// tokens costs nothing to declare.
struct Tok {
  uint32_t begin;  // byte offsets into the text
  uint32_t end;
  int32_t num;          // kNum: value (capped); kPunct: the ASCII mark
  const LexEntry* lex;  // kWord: the known word, or nullptr
  TokType type;
  uint8_t flags;
  uint8_t digits;  // kNum: number of digits (capped at 255)
};

// Tokenizes `text` into `out[0..cap)`, returns the number of tokens the
// whole text has (which may exceed `cap`; the rest are not written). Sets
// `*trigger` when a number or a word that can head a time expression occurs.
// Never allocates. REQUIRES: text.size() < 2^32.
size_t Tokenize(std::string_view text, uint8_t lang_mask, Tok* out, size_t cap,
                bool* trigger);

// As Tokenize, over `text` already cut into `pieces` (see
// time::FindTimeExpressions for what they must be): writes the same tokens.
// A piece of ASCII letters is looked up directly; other pieces are scanned,
// each together with the pieces it touches unless a byte of ASCII
// punctuation (not an apostrophe) separates them, since only such a byte or
// white space ends every token of the scanner.
size_t TokenizePieces(std::string_view text, std::span<const PreToken> pieces,
                      uint8_t lang_mask, Tok* out, size_t cap, bool* trigger);

// Whether TokenizePieces would set `*trigger`, found without writing
// tokens and, for most words, without hashing them: a sentence with no
// number and no word that can head an expression costs one look at each
// piece.
bool PiecesTrigger(std::string_view text, std::span<const PreToken> pieces,
                   uint8_t lang_mask);

}  // namespace warta::time::internal

#endif  // WARTA_TIME_TOKENS_H_
