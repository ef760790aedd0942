#include "time/tokens.h"

#include <array>

namespace warta::time::internal {
namespace {

constexpr uint8_t kId = kLangId;
constexpr uint8_t kEn = kLangEn;
constexpr uint8_t kBoth = kLangBoth;
constexpr uint8_t kT = kTrigger;

constexpr int16_t U(Unit u) { return static_cast<int16_t>(u); }

// Every word the scanner knows. Spellings are unique across languages.
constexpr LexEntry kLexicon[] = {
    // Months, Indonesian and shared.
    {"januari", kId, Cls::kMonth, W::kNone, 1, kT},
    {"februari", kId, Cls::kMonth, W::kNone, 2, kT},
    {"pebruari", kId, Cls::kMonth, W::kNone, 2, kT},
    {"maret", kId, Cls::kMonth, W::kNone, 3, kT},
    {"april", kBoth, Cls::kMonth, W::kNone, 4, kT},
    {"mei", kId, Cls::kMonth, W::kNone, 5, kT},
    {"juni", kId, Cls::kMonth, W::kNone, 6, kT},
    {"juli", kId, Cls::kMonth, W::kNone, 7, kT},
    {"agustus", kId, Cls::kMonth, W::kNone, 8, kT},
    {"september", kBoth, Cls::kMonth, W::kNone, 9, kT},
    {"oktober", kId, Cls::kMonth, W::kNone, 10, kT},
    {"november", kBoth, Cls::kMonth, W::kNone, 11, kT},
    {"nopember", kId, Cls::kMonth, W::kNone, 11, kT},
    {"desember", kId, Cls::kMonth, W::kNone, 12, kT},
    // Months, English.
    {"january", kEn, Cls::kMonth, W::kNone, 1, kT},
    {"february", kEn, Cls::kMonth, W::kNone, 2, kT},
    {"march", kEn, Cls::kMonth, W::kNone, 3, kT | kNeedsCue},
    {"may", kEn, Cls::kMonth, W::kNone, 5, kT | kNeedsCue},
    {"june", kEn, Cls::kMonth, W::kNone, 6, kT},
    {"july", kEn, Cls::kMonth, W::kNone, 7, kT},
    {"august", kEn, Cls::kMonth, W::kNone, 8, kT | kNeedsCue},
    {"october", kEn, Cls::kMonth, W::kNone, 10, kT},
    {"december", kEn, Cls::kMonth, W::kNone, 12, kT},
    // Month abbreviations.
    {"jan", kBoth, Cls::kMonth, W::kNone, 1, kT | kAbbr},
    {"feb", kBoth, Cls::kMonth, W::kNone, 2, kT | kAbbr},
    {"peb", kId, Cls::kMonth, W::kNone, 2, kT | kAbbr},
    {"mar", kBoth, Cls::kMonth, W::kNone, 3, kT | kAbbr},
    {"apr", kBoth, Cls::kMonth, W::kNone, 4, kT | kAbbr},
    {"jun", kBoth, Cls::kMonth, W::kNone, 6, kT | kAbbr},
    {"jul", kBoth, Cls::kMonth, W::kNone, 7, kT | kAbbr},
    {"agu", kId, Cls::kMonth, W::kNone, 8, kT | kAbbr},
    {"agt", kId, Cls::kMonth, W::kNone, 8, kT | kAbbr},
    {"ags", kId, Cls::kMonth, W::kNone, 8, kT | kAbbr},
    {"agus", kId, Cls::kMonth, W::kNone, 8, kT | kAbbr},
    {"aug", kEn, Cls::kMonth, W::kNone, 8, kT | kAbbr},
    {"sep", kBoth, Cls::kMonth, W::kNone, 9, kT | kAbbr},
    {"sept", kBoth, Cls::kMonth, W::kNone, 9, kT | kAbbr},
    {"okt", kId, Cls::kMonth, W::kNone, 10, kT | kAbbr},
    {"oct", kEn, Cls::kMonth, W::kNone, 10, kT | kAbbr},
    {"nov", kBoth, Cls::kMonth, W::kNone, 11, kT | kAbbr},
    {"nop", kId, Cls::kMonth, W::kNone, 11, kT | kAbbr},
    {"des", kId, Cls::kMonth, W::kNone, 12, kT | kAbbr},
    {"dec", kEn, Cls::kMonth, W::kNone, 12, kT | kAbbr},
    // Weekdays.
    {"senin", kId, Cls::kWeekday, W::kNone, 0, kT},
    {"selasa", kId, Cls::kWeekday, W::kNone, 1, kT},
    {"rabu", kId, Cls::kWeekday, W::kNone, 2, kT},
    {"kamis", kId, Cls::kWeekday, W::kNone, 3, kT},
    {"jumat", kId, Cls::kWeekday, W::kNone, 4, kT},
    {"sabtu", kId, Cls::kWeekday, W::kNone, 5, kT},
    {"minggu", kId, Cls::kWeekday, W::kMinggu, 6, kT},
    {"ahad", kId, Cls::kWeekday, W::kNone, 6, kT},
    {"monday", kEn, Cls::kWeekday, W::kNone, 0, kT},
    {"tuesday", kEn, Cls::kWeekday, W::kNone, 1, kT},
    {"wednesday", kEn, Cls::kWeekday, W::kNone, 2, kT},
    {"thursday", kEn, Cls::kWeekday, W::kNone, 3, kT},
    {"friday", kEn, Cls::kWeekday, W::kNone, 4, kT},
    {"saturday", kEn, Cls::kWeekday, W::kNone, 5, kT},
    {"sunday", kEn, Cls::kWeekday, W::kNone, 6, kT},
    // Units, Indonesian.
    {"hari", kId, Cls::kUnit, W::kHari, U(Unit::kDay), kT},
    {"pekan", kId, Cls::kUnit, W::kPekan, U(Unit::kWeek), kT},
    {"bulan", kId, Cls::kUnit, W::kBulan, U(Unit::kMonth), kT},
    {"tahun", kId, Cls::kUnit, W::kTahun, U(Unit::kYear), kT},
    {"jam", kId, Cls::kUnit, W::kNone, U(Unit::kHour), kT},
    {"menit", kId, Cls::kUnit, W::kNone, U(Unit::kMinute), kT},
    {"detik", kId, Cls::kUnit, W::kNone, U(Unit::kSecond), kT},
    {"dekade", kId, Cls::kUnit, W::kNone, U(Unit::kDecade), kT},
    {"abad", kId, Cls::kUnit, W::kNone, U(Unit::kCentury), kT},
    {"malam", kId, Cls::kUnit, W::kMalam, U(Unit::kNight), kT},
    // Units, English.
    {"day", kEn, Cls::kUnit, W::kDay, U(Unit::kDay), kT},
    {"days", kEn, Cls::kUnit, W::kNone, U(Unit::kDay), kT},
    {"week", kEn, Cls::kUnit, W::kWeek, U(Unit::kWeek), kT},
    {"weeks", kEn, Cls::kUnit, W::kNone, U(Unit::kWeek), kT},
    {"month", kEn, Cls::kUnit, W::kMonth, U(Unit::kMonth), kT},
    {"months", kEn, Cls::kUnit, W::kNone, U(Unit::kMonth), kT},
    {"year", kEn, Cls::kUnit, W::kYear, U(Unit::kYear), kT},
    {"years", kEn, Cls::kUnit, W::kNone, U(Unit::kYear), kT},
    {"hour", kEn, Cls::kUnit, W::kNone, U(Unit::kHour), kT},
    {"hours", kEn, Cls::kUnit, W::kNone, U(Unit::kHour), kT},
    {"minute", kEn, Cls::kUnit, W::kNone, U(Unit::kMinute), kT},
    {"minutes", kEn, Cls::kUnit, W::kNone, U(Unit::kMinute), kT},
    {"seconds", kEn, Cls::kUnit, W::kNone, U(Unit::kSecond), kT},
    {"decade", kEn, Cls::kUnit, W::kNone, U(Unit::kDecade), kT},
    {"decades", kEn, Cls::kUnit, W::kNone, U(Unit::kDecade), kT},
    {"century", kEn, Cls::kUnit, W::kNone, U(Unit::kCentury), kT},
    {"centuries", kEn, Cls::kUnit, W::kNone, U(Unit::kCentury), kT},
    {"night", kEn, Cls::kUnit, W::kNight, U(Unit::kNight), kT},
    {"nights", kEn, Cls::kUnit, W::kNone, U(Unit::kNight), kT},
    // One of a unit.
    {"sehari", kId, Cls::kOneUnit, W::kNone, U(Unit::kDay), kT},
    {"sepekan", kId, Cls::kOneUnit, W::kNone, U(Unit::kWeek), kT},
    {"seminggu", kId, Cls::kOneUnit, W::kNone, U(Unit::kWeek), kT},
    {"sebulan", kId, Cls::kOneUnit, W::kNone, U(Unit::kMonth), kT},
    {"setahun", kId, Cls::kOneUnit, W::kNone, U(Unit::kYear), kT},
    {"sejam", kId, Cls::kOneUnit, W::kNone, U(Unit::kHour), kT},
    {"sedekade", kId, Cls::kOneUnit, W::kNone, U(Unit::kDecade), kT},
    {"seabad", kId, Cls::kOneUnit, W::kNone, U(Unit::kCentury), kT},
    // Numbers, Indonesian.
    {"satu", kId, Cls::kNumber, W::kNone, 1, 0},
    {"dua", kId, Cls::kNumber, W::kNone, 2, 0},
    {"tiga", kId, Cls::kNumber, W::kNone, 3, 0},
    {"empat", kId, Cls::kNumber, W::kNone, 4, 0},
    {"lima", kId, Cls::kNumber, W::kNone, 5, 0},
    {"enam", kId, Cls::kNumber, W::kNone, 6, 0},
    {"tujuh", kId, Cls::kNumber, W::kNone, 7, 0},
    {"delapan", kId, Cls::kNumber, W::kNone, 8, 0},
    {"sembilan", kId, Cls::kNumber, W::kNone, 9, 0},
    {"sepuluh", kId, Cls::kNumber, W::kNone, 10, 0},
    {"sebelas", kId, Cls::kNumber, W::kNone, 11, 0},
    {"seratus", kId, Cls::kNumber, W::kNone, 100, 0},
    {"seribu", kId, Cls::kNumber, W::kNone, 1000, 0},
    {"belas", kId, Cls::kWord, W::kBelas, 0, 0},
    {"puluh", kId, Cls::kWord, W::kPuluh, 0, 0},
    {"ratus", kId, Cls::kWord, W::kRatus, 0, 0},
    {"setengah", kId, Cls::kVague, W::kSetengah, 0, 0},
    {"beberapa", kId, Cls::kVague, W::kNone, 0, 0},
    {"belasan", kId, Cls::kVague, W::kNone, 0, 0},
    {"puluhan", kId, Cls::kVague, W::kNone, 0, 0},
    {"ratusan", kId, Cls::kVague, W::kNone, 0, 0},
    {"ribuan", kId, Cls::kVague, W::kNone, 0, 0},
    // Numbers, English.
    {"one", kEn, Cls::kNumber, W::kNone, 1, 0},
    {"two", kEn, Cls::kNumber, W::kNone, 2, 0},
    {"three", kEn, Cls::kNumber, W::kNone, 3, 0},
    {"four", kEn, Cls::kNumber, W::kNone, 4, 0},
    {"five", kEn, Cls::kNumber, W::kNone, 5, 0},
    {"six", kEn, Cls::kNumber, W::kNone, 6, 0},
    {"seven", kEn, Cls::kNumber, W::kNone, 7, 0},
    {"eight", kEn, Cls::kNumber, W::kNone, 8, 0},
    {"nine", kEn, Cls::kNumber, W::kNone, 9, 0},
    {"ten", kEn, Cls::kNumber, W::kNone, 10, 0},
    {"eleven", kEn, Cls::kNumber, W::kNone, 11, 0},
    {"twelve", kEn, Cls::kNumber, W::kNone, 12, 0},
    {"thirteen", kEn, Cls::kNumber, W::kNone, 13, 0},
    {"fourteen", kEn, Cls::kNumber, W::kNone, 14, 0},
    {"fifteen", kEn, Cls::kNumber, W::kNone, 15, 0},
    {"sixteen", kEn, Cls::kNumber, W::kNone, 16, 0},
    {"seventeen", kEn, Cls::kNumber, W::kNone, 17, 0},
    {"eighteen", kEn, Cls::kNumber, W::kNone, 18, 0},
    {"nineteen", kEn, Cls::kNumber, W::kNone, 19, 0},
    {"twenty", kEn, Cls::kNumber, W::kNone, 20, kTens},
    {"thirty", kEn, Cls::kNumber, W::kNone, 30, kTens},
    {"forty", kEn, Cls::kNumber, W::kNone, 40, kTens},
    {"fifty", kEn, Cls::kNumber, W::kNone, 50, kTens},
    {"sixty", kEn, Cls::kNumber, W::kNone, 60, kTens},
    {"seventy", kEn, Cls::kNumber, W::kNone, 70, kTens},
    {"eighty", kEn, Cls::kNumber, W::kNone, 80, kTens},
    {"ninety", kEn, Cls::kNumber, W::kNone, 90, kTens},
    {"hundred", kEn, Cls::kWord, W::kHundred, 0, 0},
    {"a", kEn, Cls::kWord, W::kA, 0, 0},
    {"an", kEn, Cls::kWord, W::kA, 0, 0},
    {"several", kEn, Cls::kVague, W::kNone, 0, 0},
    {"few", kEn, Cls::kVague, W::kNone, 0, 0},
    {"couple", kEn, Cls::kVague, W::kNone, 0, 0},
    {"many", kEn, Cls::kVague, W::kNone, 0, 0},
    {"dozens", kEn, Cls::kVague, W::kNone, 0, 0},
    {"hundreds", kEn, Cls::kVague, W::kNone, 0, 0},
    {"thousands", kEn, Cls::kVague, W::kNone, 0, 0},
    // Relative days and parts of the day.
    {"kemarin", kId, Cls::kWord, W::kKemarin, 0, kT},
    {"kemaren", kId, Cls::kWord, W::kKemarin, 0, kT},
    {"besok", kId, Cls::kWord, W::kBesok, 0, kT},
    {"esok", kId, Cls::kWord, W::kEsok, 0, kT},
    {"lusa", kId, Cls::kWord, W::kLusa, 0, kT},
    {"tadi", kId, Cls::kWord, W::kTadi, 0, kT},
    {"semalam", kId, Cls::kWord, W::kSemalam, 0, kT},
    {"dini", kId, Cls::kWord, W::kDini, 0, 0},
    {"pagi", kId, Cls::kWord, W::kPartOfDay, 0, kT},
    {"siang", kId, Cls::kWord, W::kPartOfDay, 0, kT},
    {"sore", kId, Cls::kWord, W::kPartOfDay, 0, kT},
    {"petang", kId, Cls::kWord, W::kPartOfDay, 0, kT},
    {"today", kEn, Cls::kWord, W::kToday, 0, kT},
    {"yesterday", kEn, Cls::kWord, W::kYesterday, 0, kT},
    {"tomorrow", kEn, Cls::kWord, W::kTomorrow, 0, kT},
    {"tonight", kEn, Cls::kWord, W::kTonight, 0, kT},
    {"morning", kEn, Cls::kWord, W::kPartOfDay, 0, kT},
    {"afternoon", kEn, Cls::kWord, W::kPartOfDay, 0, kT},
    {"evening", kEn, Cls::kWord, W::kPartOfDay, 0, kT},
    {"weekend", kEn, Cls::kWord, W::kWeekend, 0, kT},
    // Directions, Indonesian.
    {"lalu", kId, Cls::kWord, W::kLalu, 0, 0},
    {"lampau", kId, Cls::kWord, W::kLalu, 0, 0},
    {"silam", kId, Cls::kWord, W::kSilam, 0, 0},
    {"depan", kId, Cls::kWord, W::kDepan, 0, 0},
    {"mendatang", kId, Cls::kWord, W::kMendatang, 0, 0},
    {"nanti", kId, Cls::kWord, W::kNanti, 0, 0},
    {"ini", kId, Cls::kWord, W::kIni, 0, 0},
    {"lagi", kId, Cls::kWord, W::kLagi, 0, 0},
    {"terakhir", kId, Cls::kWord, W::kTerakhir, 0, 0},
    {"belakangan", kId, Cls::kWord, W::kBelakangan, 0, 0},
    {"kemudian", kId, Cls::kWord, W::kKemudian, 0, 0},
    {"yang", kId, Cls::kWord, W::kYang, 0, 0},
    {"ke", kId, Cls::kWord, W::kKe, 0, 0},
    // Prepositions and connectives, Indonesian.
    {"pada", kId, Cls::kWord, W::kPada, 0, 0},
    {"tanggal", kId, Cls::kWord, W::kTanggal, 0, 0},
    {"tgl", kId, Cls::kWord, W::kTanggal, 0, 0},
    {"selama", kId, Cls::kWord, W::kSelama, 0, 0},
    {"dalam", kId, Cls::kWord, W::kDalam, 0, 0},
    {"sejak", kId, Cls::kWord, W::kSejak, 0, 0},
    {"hingga", kId, Cls::kWord, W::kHingga, 0, 0},
    {"sampai", kId, Cls::kWord, W::kSampai, 0, 0},
    {"dengan", kId, Cls::kWord, W::kDengan, 0, 0},
    {"dan", kId, Cls::kWord, W::kDan, 0, 0},
    {"antara", kId, Cls::kWord, W::kAntara, 0, 0},
    {"dari", kId, Cls::kWord, W::kDari, 0, 0},
    {"sebelum", kId, Cls::kWord, W::kSebelum, 0, 0},
    {"menjelang", kId, Cls::kWord, W::kSebelum, 0, 0},
    {"jelang", kId, Cls::kWord, W::kSebelum, 0, 0},
    {"setelah", kId, Cls::kWord, W::kSetelah, 0, 0},
    {"sesudah", kId, Cls::kWord, W::kSetelah, 0, 0},
    {"usai", kId, Cls::kWord, W::kSetelah, 0, 0},
    {"nomor", kId, Cls::kWord, W::kNomor, 0, 0},
    {"no", kId, Cls::kWord, W::kNomor, 0, 0},
    {"awal", kId, Cls::kWord, W::kAwal, 0, 0},
    {"akhir", kId, Cls::kWord, W::kAkhir, 0, 0},
    {"penghujung", kId, Cls::kWord, W::kAkhir, 0, 0},
    {"pertengahan", kId, Cls::kWord, W::kPertengahan, 0, 0},
    {"medio", kId, Cls::kWord, W::kPertengahan, 0, 0},
    // English function words.
    {"on", kEn, Cls::kWord, W::kOn, 0, 0},
    {"in", kEn, Cls::kWord, W::kIn, 0, 0},
    {"the", kEn, Cls::kWord, W::kThe, 0, 0},
    {"of", kEn, Cls::kWord, W::kOf, 0, 0},
    {"last", kEn, Cls::kWord, W::kLast, 0, 0},
    {"next", kEn, Cls::kWord, W::kNext, 0, 0},
    {"this", kEn, Cls::kWord, W::kThis, 0, 0},
    {"past", kEn, Cls::kWord, W::kPast, 0, 0},
    {"coming", kEn, Cls::kWord, W::kComing, 0, 0},
    {"ago", kEn, Cls::kWord, W::kAgo, 0, 0},
    {"from", kEn, Cls::kWord, W::kFrom, 0, 0},
    {"now", kEn, Cls::kWord, W::kNow, 0, 0},
    {"to", kEn, Cls::kWord, W::kTo, 0, 0},
    {"until", kEn, Cls::kWord, W::kUntil, 0, 0},
    {"till", kEn, Cls::kWord, W::kUntil, 0, 0},
    {"through", kEn, Cls::kWord, W::kThrough, 0, 0},
    {"thru", kEn, Cls::kWord, W::kThrough, 0, 0},
    {"and", kEn, Cls::kWord, W::kAnd, 0, 0},
    {"between", kEn, Cls::kWord, W::kBetween, 0, 0},
    {"since", kEn, Cls::kWord, W::kSince, 0, 0},
    {"by", kEn, Cls::kWord, W::kBy, 0, 0},
    {"during", kEn, Cls::kWord, W::kDuring, 0, 0},
    {"for", kEn, Cls::kWord, W::kFor, 0, 0},
    {"over", kEn, Cls::kWord, W::kOver, 0, 0},
    {"within", kEn, Cls::kWord, W::kWithin, 0, 0},
    {"before", kEn, Cls::kWord, W::kBefore, 0, 0},
    {"after", kEn, Cls::kWord, W::kAfter, 0, 0},
    {"early", kEn, Cls::kWord, W::kEarly, 0, 0},
    {"late", kEn, Cls::kWord, W::kLate, 0, 0},
    {"mid", kEn, Cls::kWord, W::kMid, 0, 0},
    {"end", kEn, Cls::kWord, W::kEnd, 0, 0},
    {"beginning", kEn, Cls::kWord, W::kBeginning, 0, 0},
    {"start", kEn, Cls::kWord, W::kStart, 0, 0},
    {"middle", kEn, Cls::kWord, W::kMiddle, 0, 0},
    {"earlier", kEn, Cls::kWord, W::kEarlier, 0, 0},
    {"later", kEn, Cls::kWord, W::kLater, 0, 0},
    {"old", kEn, Cls::kWord, W::kOld, 0, 0},
};

constexpr size_t kLexiconSize = sizeof(kLexicon) / sizeof(kLexicon[0]);
constexpr size_t kTableSize = 1024;  // a power of two, well above 2x entries
static_assert(kLexiconSize * 2 < kTableSize);

// A hash of the length and four letters (first, second, middle, last): no
// loop over the word, and few enough entries share one (ProbeLength) that a
// lookup mostly reads one slot. REQUIRES: s is not empty.
constexpr uint32_t Hash(std::string_view s) {
  const size_t n = s.size();
  auto at = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(s[i])); };
  uint32_t h = static_cast<uint32_t>(n) * 0x9E3779B1u;
  h ^= at(0) * 0x85EBCA77u;
  h ^= at(n - 1) * 0xC2B2AE3Du;
  h += at(n / 2) * 0x27D4EB2Fu;
  h ^= at(n > 1 ? 1 : 0) * 0x165667B1u;
  h ^= h >> 15;
  h *= 0x2C1B3C6Du;
  h ^= h >> 13;
  return h;
}

// Open addressing with linear probing, built at compile time.
constexpr std::array<int16_t, kTableSize> BuildTable() {
  std::array<int16_t, kTableSize> table{};
  for (auto& slot : table) slot = -1;
  for (size_t e = 0; e < kLexiconSize; ++e) {
    size_t slot = Hash(kLexicon[e].word) & (kTableSize - 1);
    while (table[slot] >= 0) slot = (slot + 1) & (kTableSize - 1);
    table[slot] = static_cast<int16_t>(e);
  }
  return table;
}

constexpr std::array<int16_t, kTableSize> kTable = BuildTable();

// The most slots a lookup of an entry reads.
constexpr size_t ProbeLength() {
  size_t longest = 0;
  for (size_t e = 0; e < kLexiconSize; ++e) {
    size_t slot = Hash(kLexicon[e].word) & (kTableSize - 1), probes = 1;
    while (kTable[slot] != static_cast<int16_t>(e)) {
      slot = (slot + 1) & (kTableSize - 1);
      ++probes;
    }
    if (probes > longest) longest = probes;
  }
  return longest;
}
static_assert(ProbeLength() <= 6, "Hash spreads the entries too little");

constexpr bool NoDuplicates() {
  for (size_t a = 0; a < kLexiconSize; ++a) {
    for (size_t b = a + 1; b < kLexiconSize; ++b) {
      if (kLexicon[a].word == kLexicon[b].word) return false;
    }
  }
  return true;
}
static_assert(NoDuplicates(), "a spelling appears twice in kLexicon");

// For each first and last letter, the lengths of the entries that have them
// (bit n: length n). Most words of a text have a shape no entry has and are
// ruled out before hashing.
constexpr std::array<uint32_t, 26 * 26> BuildShapes() {
  std::array<uint32_t, 26 * 26> shapes{};
  for (size_t e = 0; e < kLexiconSize; ++e) {
    std::string_view w = kLexicon[e].word;
    shapes[(w.front() - 'a') * 26 + (w.back() - 'a')] |= 1u << w.size();
  }
  return shapes;
}

constexpr bool AllLowercaseAndShort() {
  for (size_t e = 0; e < kLexiconSize; ++e) {
    std::string_view w = kLexicon[e].word;
    if (w.empty() || w.size() >= 32) return false;
    for (char c : w)
      if (c < 'a' || c > 'z') return false;
  }
  return true;
}
static_assert(AllLowercaseAndShort(), "kShapes needs entries of 1-31 letters a-z");

constexpr std::array<uint32_t, 26 * 26> kShapes = BuildShapes();

// The same, for the entries that can head a time expression.
constexpr std::array<uint32_t, 26 * 26> BuildTriggerShapes() {
  std::array<uint32_t, 26 * 26> shapes{};
  for (size_t e = 0; e < kLexiconSize; ++e) {
    std::string_view w = kLexicon[e].word;
    if (kLexicon[e].flags & kTrigger)
      shapes[(w.front() - 'a') * 26 + (w.back() - 'a')] |= 1u << w.size();
  }
  return shapes;
}

constexpr std::array<uint32_t, 26 * 26> kTriggerShapes = BuildTriggerShapes();

inline bool IsAsciiLetter(unsigned c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
inline bool IsDigit(unsigned c) { return c >= '0' && c <= '9'; }

// What a non-ASCII character means to the scanner.
enum class Glyph : uint8_t {
  kSpace,
  kDash,
  kApostrophe,
  kQuote,
  kDot,
  kLetter
};

// Decodes the UTF-8 character at s[i]; sets *len (>= 1). A malformed
// sequence reads as one byte of letter.
uint32_t Decode(const unsigned char* s, size_t n, size_t i, size_t* len) {
  const unsigned c = s[i];
  size_t need = 0;
  uint32_t cp = 0;
  if (c >= 0xC2 && c < 0xE0) {
    need = 1;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c < 0xF0) {
    need = 2;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c < 0xF5) {
    need = 3;
    cp = c & 0x07;
  } else {
    *len = 1;
    return 0xFFFD;
  }
  if (i + need >= n) {
    *len = 1;
    return 0xFFFD;
  }
  for (size_t k = 1; k <= need; ++k) {
    const unsigned b = s[i + k];
    if ((b & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  *len = need + 1;
  return cp;
}

Glyph Classify(uint32_t cp) {
  if (cp == 0xA0 || cp == 0x85 || cp == 0x1680 ||
      (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 ||
      cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF) {
    return Glyph::kSpace;
  }
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 ||
      cp == 0xFE63 || cp == 0xFF0D) {
    return Glyph::kDash;
  }
  if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B ||
      cp == 0x2032 || cp == 0x02BC) {
    return Glyph::kApostrophe;
  }
  if ((cp >= 0x201C && cp <= 0x201F) || cp == 0xAB || cp == 0xBB ||
      cp == 0x2033) {
    return Glyph::kQuote;
  }
  if (cp == 0x2026 || cp == 0x2022 || cp == 0xB7) return Glyph::kDot;
  return Glyph::kLetter;
}

// Length of the apostrophe at s[i] (ASCII or typographic), or 0.
size_t ApostropheAt(const unsigned char* s, size_t n, size_t i) {
  if (s[i] == '\'') return 1;
  if (s[i] < 0x80) return 0;
  size_t len = 0;
  const uint32_t cp = Decode(s, n, i, &len);
  return Classify(cp) == Glyph::kApostrophe ? len : 0;
}

}  // namespace

namespace {

// False when no entry has the first letter, last letter and length of
// `lower` (most words of a text), without hashing it.
inline bool MayBeEntry(std::string_view lower,
                       const std::array<uint32_t, 26 * 26>& shapes = kShapes) {
  if (lower.empty() || lower.size() >= 32) return false;
  const unsigned first = static_cast<unsigned char>(lower.front()) - 'a';
  const unsigned last = static_cast<unsigned char>(lower.back()) - 'a';
  return first >= 26 || last >= 26 || ((shapes[first * 26 + last] >> lower.size()) & 1) != 0;
}

}  // namespace

namespace {

// LookupWord for a word that passed MayBeEntry.
inline const LexEntry* LookupChecked(std::string_view lower, uint8_t lang_mask) {
  size_t slot = Hash(lower) & (kTableSize - 1);
  while (kTable[slot] >= 0) {
    const LexEntry& e = kLexicon[kTable[slot]];
    if (e.word.size() == lower.size() &&
        std::char_traits<char>::compare(e.word.data(), lower.data(), lower.size()) == 0)
      return (e.langs & lang_mask) ? &e : nullptr;
    slot = (slot + 1) & (kTableSize - 1);
  }
  return nullptr;
}

}  // namespace

const LexEntry* LookupWord(std::string_view lower, uint8_t lang_mask) {
  if (!MayBeEntry(lower)) return nullptr;
  return LookupChecked(lower, lang_mask);
}

size_t Tokenize(std::string_view text, uint8_t lang_mask, Tok* out, size_t cap,
                bool* trigger) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t count = 0;
  auto emit = [&](const Tok& t) {
    if (count < cap) out[count] = t;
    ++count;
  };
  auto punct = [&](size_t b, size_t e, char c) {
    emit(Tok{static_cast<uint32_t>(b), static_cast<uint32_t>(e), c, nullptr,
             TokType::kPunct, 0, 0});
  };

  size_t i = 0;
  while (i < n) {
    const unsigned c = s[i];
    if (IsDigit(c)) {
      const size_t b = i;
      int32_t value = 0;
      unsigned digits = 0;
      while (i < n && IsDigit(s[i])) {
        if (value < 100000000) value = value * 10 + (s[i] - '0');
        if (digits < 255) ++digits;
        ++i;
      }
      uint8_t flags = 0;
      if (i < n && IsAsciiLetter(s[i])) {
        const size_t sb = i;
        while (i < n && IsAsciiLetter(s[i])) ++i;
        const char a = static_cast<char>(s[sb] | 0x20);
        const char z = i - sb == 2 ? static_cast<char>(s[sb + 1] | 0x20) : 0;
        const bool ordinal = (a == 's' && z == 't') || (a == 'n' && z == 'd') ||
                             (a == 'r' && z == 'd') || (a == 't' && z == 'h');
        flags = ordinal ? kOrdinal : kSuffixed;
      }
      emit(Tok{static_cast<uint32_t>(b), static_cast<uint32_t>(i), value,
               nullptr, TokType::kNum, flags, static_cast<uint8_t>(digits)});
      *trigger = true;
      continue;
    }
    Glyph g = Glyph::kLetter;
    size_t len = 1;
    if (c >= 0x80) {
      g = Classify(Decode(s, n, i, &len));
    } else if (!IsAsciiLetter(c)) {
      if (c > ' ' && c != 0x7F) punct(i, i + 1, static_cast<char>(c));
      ++i;
      continue;
    }
    switch (g) {
      case Glyph::kSpace:
        i += len;
        continue;
      case Glyph::kDash:
        punct(i, i + len, '-');
        i += len;
        continue;
      case Glyph::kApostrophe:
        punct(i, i + len, '\'');
        i += len;
        continue;
      case Glyph::kQuote:
        punct(i, i + len, '"');
        i += len;
        continue;
      case Glyph::kDot:
        punct(i, i + len, '.');
        i += len;
        continue;
      case Glyph::kLetter:
        break;
    }

    // A word: letters, with apostrophes inside ("Jum'at", "today's").
    const size_t b = i;
    char key[16];
    size_t key_len = 0;
    bool known = true;  // only ASCII letters, and short enough
    while (i < n) {
      const unsigned d = s[i];
      if (IsAsciiLetter(d)) {
        if (key_len < sizeof(key)) {
          key[key_len++] = static_cast<char>(d | 0x20);
        } else {
          known = false;
        }
        ++i;
        continue;
      }
      if (IsDigit(d) || (d < 0x80 && d != '\'')) break;
      const size_t alen = ApostropheAt(s, n, i);
      if (alen > 0) {
        const size_t next = i + alen;
        if (next >= n || !IsAsciiLetter(s[next])) break;
        // A final "'s" is a possessive: "today's" reads as "today".
        if ((s[next] | 0x20) == 's' &&
            (next + 1 >= n || !IsAsciiLetter(s[next + 1]))) {
          i = next + 1;
          break;
        }
        i = next;
        continue;
      }
      size_t clen = 1;
      if (Classify(Decode(s, n, i, &clen)) != Glyph::kLetter) break;
      known = false;
      i += clen;
    }
    const LexEntry* lex =
        known ? LookupWord(std::string_view(key, key_len), lang_mask) : nullptr;
    if (lex != nullptr && (lex->flags & kTrigger)) *trigger = true;
    const uint8_t flags = (c >= 'A' && c <= 'Z') ? kCapital : 0;
    emit(Tok{static_cast<uint32_t>(b), static_cast<uint32_t>(i), 0, lex,
             TokType::kWord, flags, 0});
  }
  return count;
}

namespace {

// True when the scanner ends every token at byte `p` of `text` whatever
// precedes and follows: a byte of ASCII punctuation (or an ASCII control
// character or space) on either side. An apostrophe can join two words.
bool HardBoundary(std::string_view text, size_t p) {
  auto punct = [](unsigned c) {
    return c < 0x80 && !IsAsciiLetter(c) && !IsDigit(c) && c != '\'';
  };
  return punct(static_cast<unsigned char>(text[p - 1])) ||
         punct(static_cast<unsigned char>(text[p]));
}

// True when `s` is ASCII digits only.
bool AllDigits(std::string_view s) {
  for (char c : s)
    if (!IsDigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// The pieces from k on that the scanner reads as one run: pieces that
// touch, up to a hard boundary. Returns the index after the run and sets
// *end to its end.
size_t GroupFrom(std::string_view text, std::span<const PreToken> pieces, size_t k,
                 uint32_t* end) {
  uint32_t e = pieces[k].end;
  size_t next = k + 1;
  while (next < pieces.size() && pieces[next].begin == e && !HardBoundary(text, e)) {
    e = pieces[next].end;
    ++next;
  }
  *end = e;
  return next;
}

}  // namespace

size_t TokenizePieces(std::string_view text, std::span<const PreToken> pieces,
                      uint8_t lang_mask, Tok* out, size_t cap, bool* trigger) {
  const size_t n = pieces.size();
  size_t count = 0;
  for (size_t k = 0; k < n;) {
    const uint32_t b = pieces[k].begin;
    uint32_t e;
    const size_t next = GroupFrom(text, pieces, k, &e);
    const std::string_view lower = pieces[k].ascii_lower;
    if (next == k + 1 && !lower.empty()) {
      // A word of ASCII letters, as the scanner would read it.
      const LexEntry* lex = lower.size() <= 16 && MayBeEntry(lower)
                                ? LookupChecked(lower, lang_mask)
                                : nullptr;
      if (lex != nullptr && (lex->flags & kTrigger)) *trigger = true;
      const unsigned c = static_cast<unsigned char>(text[b]);
      const uint8_t flags = (c >= 'A' && c <= 'Z') ? kCapital : 0;
      if (count < cap) out[count] = Tok{b, e, 0, lex, TokType::kWord, flags, 0};
      ++count;
    } else if (const unsigned c = static_cast<unsigned char>(text[b]);
               next == k + 1 && e - b == 1 && c < 0x80 && !IsAsciiLetter(c) &&
               !IsDigit(c)) {
      // One mark of ASCII punctuation, as the scanner reads it.
      if (c > ' ' && c != 0x7F) {
        if (count < cap)
          out[count] = Tok{b, e, static_cast<int32_t>(c), nullptr, TokType::kPunct, 0, 0};
        ++count;
      }
    } else if (next == k + 1 && e > b && AllDigits(text.substr(b, e - b))) {
      // A number of digits only, as the scanner reads it.
      int32_t value = 0;
      unsigned digits = 0;
      for (size_t i = b; i < e; ++i) {
        if (value < 100000000) value = value * 10 + (text[i] - '0');
        if (digits < 255) ++digits;
      }
      *trigger = true;
      if (count < cap)
        out[count] = Tok{b, e, value, nullptr, TokType::kNum, 0, static_cast<uint8_t>(digits)};
      ++count;
    } else {
      const size_t written = count < cap ? count : cap;
      const size_t got = Tokenize(text.substr(b, e - b), lang_mask, out + written,
                                  cap - written, trigger);
      for (size_t t = written; t < cap && t < written + got; ++t) {
        out[t].begin += b;
        out[t].end += b;
      }
      count += got;
    }
    k = next;
  }
  return count;
}

bool PiecesTrigger(std::string_view text, std::span<const PreToken> pieces,
                   uint8_t lang_mask) {
  const size_t n = pieces.size();
  for (size_t k = 0; k < n;) {
    // The groups of TokenizePieces, and what each tells `trigger`.
    const uint32_t b = pieces[k].begin;
    uint32_t e;
    const size_t next = GroupFrom(text, pieces, k, &e);
    const std::string_view lower = pieces[k].ascii_lower;
    if (next == k + 1 && !lower.empty()) {
      if (lower.size() <= 16 && MayBeEntry(lower, kTriggerShapes)) {
        const LexEntry* lex = LookupChecked(lower, lang_mask);
        if (lex != nullptr && (lex->flags & kTrigger)) return true;
      }
    } else {
      const unsigned c = static_cast<unsigned char>(text[b]);
      if (IsDigit(c)) return true;  // a number
      // One mark of ASCII punctuation is a token of its own and no trigger.
      if (e - b == 1 && c < 0x80 && !IsAsciiLetter(c)) {
        k = next;
        continue;
      }
      bool trigger = false;
      Tokenize(text.substr(b, e - b), lang_mask, nullptr, 0, &trigger);
      if (trigger) return true;
    }
    k = next;
  }
  return false;
}

}  // namespace warta::time::internal
