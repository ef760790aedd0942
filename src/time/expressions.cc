// FindTimeExpressions and FindDocumentDate: a hand-written recursive
// descent over the tokens of one sentence.
//
// Each Parse* function tries one shape of expression at a token and, on
// success, fills a Parsed with its token span and resolved value. The
// scanner tries them at every token left to right and keeps the first that
// matches, then joins two points linked by "hingga", "to" or a dash into a
// range.
#include <array>
#include <cassert>
#include <cstdint>
#include <optional>
#include <vector>

#include "time/date.h"
#include "time/tokens.h"

namespace warta::time {
namespace {

using internal::Cls;
using internal::LexEntry;
using internal::Tok;
using internal::TokType;
using internal::Unit;
using internal::W;

// Which occurrence of a day, weekday or month a phrase means, relative to
// the anchor.
enum class Dir : uint8_t {
  kPast,    // the latest on or before the anchor (its day, week or month)
  kFuture,  // the earliest on or after the anchor
  kBefore,  // strictly before: "Selasa lalu", "last September"
  kAfter,   // strictly after: "Selasa depan", "next September"
  kThis,    // in the anchor's own week or year: "September ini"
};

// ---------------------------------------------------------------------------
// Calendar helpers.

Date AddDays(const Date& d, int64_t n) { return FromDays(ToDays(d) + n); }
Date MondayOf(const Date& d) { return AddDays(d, -Weekday(d)); }

DateValue DayValue(const Date& d) { return {d, Precision::kDay}; }
DateValue WeekValue(const Date& d) { return {MondayOf(d), Precision::kWeek}; }
DateValue MonthValue(int year, int month) {
  return {{year, month, 0}, Precision::kMonth};
}
DateValue YearValue(int year) { return {{year, 0, 0}, Precision::kYear}; }

DateValue MonthsFrom(const Date& d, int n) {
  const int index = d.year * 12 + (d.month - 1) + n;
  const int year = index >= 0 ? index / 12 : (index - 11) / 12;
  return MonthValue(year, index - year * 12 + 1);
}

// The day, week, month or year `n` units from `anchor`. Hours and minutes
// resolve to the anchor's day.
DateValue Shift(const Date& anchor, Unit unit, int n) {
  switch (unit) {
    case Unit::kDay:
    case Unit::kNight:
      return DayValue(AddDays(anchor, n));
    case Unit::kWeek:
      return WeekValue(AddDays(anchor, 7 * static_cast<int64_t>(n)));
    case Unit::kMonth:
      return MonthsFrom(anchor, n);
    case Unit::kYear:
      return YearValue(anchor.year + n);
    case Unit::kDecade:
      return YearValue(anchor.year + 10 * n);
    case Unit::kCentury:
      return YearValue(anchor.year + 100 * n);
    default:
      return DayValue(anchor);
  }
}

// The week whose weekend "akhir pekan" / "the weekend" means: the one just
// past, unless the anchor is in a weekend or the clause is about the future.
Date WeekendWeek(const Date& anchor, bool future) {
  const Date monday = MondayOf(anchor);
  if (future || Weekday(anchor) >= 5) return monday;
  return AddDays(monday, -7);
}

Date ResolveWeekday(const Date& anchor, int wd, Dir dir) {
  const int current = Weekday(anchor);
  const int back = (current - wd + 7) % 7;
  const int forward = (wd - current + 7) % 7;
  switch (dir) {
    case Dir::kPast:
      return AddDays(anchor, -back);
    case Dir::kBefore:
      return AddDays(anchor, back == 0 ? -7 : -back);
    case Dir::kFuture:
      return AddDays(anchor, forward);
    case Dir::kAfter:
      return AddDays(anchor, forward == 0 ? 7 : forward);
    case Dir::kThis:
      return AddDays(MondayOf(anchor), wd);
  }
  return anchor;
}

int ResolveMonthYear(const Date& anchor, int month, Dir dir) {
  switch (dir) {
    case Dir::kPast:
      return month <= anchor.month ? anchor.year : anchor.year - 1;
    case Dir::kBefore:
      return month < anchor.month ? anchor.year : anchor.year - 1;
    case Dir::kFuture:
      return month >= anchor.month ? anchor.year : anchor.year + 1;
    case Dir::kAfter:
      return month > anchor.month ? anchor.year : anchor.year + 1;
    case Dir::kThis:
      return anchor.year;
  }
  return anchor.year;
}

bool Satisfies(const Date& d, const Date& anchor, Dir dir) {
  switch (dir) {
    case Dir::kPast:
      return d <= anchor;
    case Dir::kBefore:
      return d < anchor;
    case Dir::kFuture:
      return d >= anchor;
    case Dir::kAfter:
      return d > anchor;
    case Dir::kThis:
      return true;
  }
  return true;
}

// Words that qualify the expression after them: "awal", "late", "end of".
bool IsModifier(W w) {
  switch (w) {
    case W::kAwal:
    case W::kAkhir:
    case W::kPertengahan:
    case W::kEarly:
    case W::kLate:
    case W::kMid:
    case W::kEnd:
    case W::kBeginning:
    case W::kStart:
    case W::kMiddle:
    case W::kEarlier:
    case W::kLater:
      return true;
    default:
      return false;
  }
}

bool Backward(Dir dir) { return dir == Dir::kPast || dir == Dir::kBefore; }

// The occurrence of day/month nearest the anchor in direction `dir`
// (kThis: in the anchor's year). Nine years cover 29 February across 2100.
std::optional<Date> ResolveDayMonth(const Date& anchor, int day, int month,
                                    Dir dir) {
  for (int k = 0; k <= 8; ++k) {
    const int year = dir == Dir::kThis ? anchor.year
                     : Backward(dir)   ? anchor.year - k
                                       : anchor.year + k;
    const Date d{year, month, day};
    if (IsValid(d) && Satisfies(d, anchor, dir)) return d;
    if (dir == Dir::kThis) break;
  }
  return std::nullopt;
}

// A day of the month alone ("tanggal 17"): in the anchor's month or the
// nearest month in direction `dir` that has that day.
std::optional<Date> ResolveDay(const Date& anchor, int day, Dir dir) {
  for (int k = 0; k <= 12; ++k) {
    const DateValue m = MonthsFrom(anchor, Backward(dir) ? -k : k);
    const Date d{m.date.year, m.date.month, day};
    if (IsValid(d) && Satisfies(d, anchor, dir)) return d;
  }
  return std::nullopt;
}

// The latest year not after the anchor's (earliest not before, if `future`)
// in which day/month falls on weekday `wd`. The calendar repeats within 28
// years except across a skipped leap day.
std::optional<Date> FitWeekday(const Date& anchor, int day, int month, int wd,
                               bool future) {
  for (int k = 0; k <= 28; ++k) {
    const Date d{future ? anchor.year + k : anchor.year - k, month, day};
    if (IsValid(d) && Weekday(d) == wd) return d;
  }
  return std::nullopt;
}

// Whether day/month can exist (in year `year`, or in some year when 0).
bool ValidDayMonth(int day, int month, int year) {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= DaysInMonth(year != 0 ? year : 2000, month);
}

// ---------------------------------------------------------------------------
// Tokens.

// Tokens on the stack for ordinary sentences; the heap only for very long
// texts.
class TokenBuffer {
 public:
  TokenBuffer() = default;
  TokenBuffer(const TokenBuffer&) = delete;  // points into itself

  // Tokenizes `text`. False when nothing in it can head a time expression,
  // and then the tokens are not to be read.
  bool Fill(std::string_view text, uint8_t lang_mask) {
    bool trigger = false;
    size_ = internal::Tokenize(text, lang_mask, inline_.data(), inline_.size(),
                               &trigger);
    data_ = inline_.data();
    if (!trigger) return false;
    if (size_ > inline_.size()) {
      heap_.resize(size_);
      internal::Tokenize(text, lang_mask, heap_.data(), heap_.size(), &trigger);
      data_ = heap_.data();
    }
    return true;
  }
  // As Fill, over the caller's tokens of `text`.
  bool Fill(std::string_view text, std::span<const PreToken> tokens,
            uint8_t lang_mask) {
    data_ = inline_.data();
    size_ = 0;
    // Most sentences hold no time expression: say so before cutting them.
    if (!internal::PiecesTrigger(text, tokens, lang_mask)) return false;
    bool trigger = false;
    size_ = internal::TokenizePieces(text, tokens, lang_mask, inline_.data(),
                                     inline_.size(), &trigger);
    data_ = inline_.data();
    if (!trigger) return false;
    if (size_ > inline_.size()) {
      heap_.resize(size_);
      internal::TokenizePieces(text, tokens, lang_mask, heap_.data(), heap_.size(),
                               &trigger);
      data_ = heap_.data();
    }
    return true;
  }
  const Tok* data() const { return data_; }
  size_t size() const { return size_; }

 private:
  std::array<Tok, 256> inline_;
  std::vector<Tok> heap_;
  const Tok* data_ = nullptr;
  size_t size_ = 0;
};

// ---------------------------------------------------------------------------
// The parser.

// What a parsed expression named, kept to resolve ranges.
enum class Shape : uint8_t {
  kOther,     // relative: "kemarin", "pekan lalu", "in 2019"
  kWeekday,   // "Selasa", "last Tuesday"
  kDayMonth,  // "17 November", "(17/11)", "Jumat (17/11)"
  kMonth,     // "September", "November 2023"
  kDay,       // "tanggal 17"
  kYear,      // "tahun 2019"
};

struct Parsed {
  size_t begin = 0;  // token span [begin, end)
  size_t end = 0;
  TimeKind kind = TimeKind::kPoint;
  DateValue value;
  DateValue end_value;
  bool explicit_year = false;
  bool prep = false;          // begins with pada / on / in / tanggal
  bool weekday_date = false;  // a weekday with its day and month
  bool directed = false;      // the text fixed the direction: "Selasa lalu"
  Shape shape = Shape::kOther;
  int wd = -1;  // the named parts; 0 / -1 when not named
  int day = 0;
  int month = 0;
  int year = 0;
};

// What the words before a token imply for it.
struct Ctx {
  bool cue = false;       // a preposition precedes: a bare year is a date
  bool prep = false;      // "pada", "on", "in" precede
  bool hari = false;      // "hari" precedes: "Minggu" is Sunday
  bool duration = false;  // "selama", "for" precede: "semalam" is a duration
  bool day_only = false;  // "tanggal" precedes: "17" alone is a day
};

class Parser {
 public:
  Parser(std::string_view text, const Tok* toks, size_t n, const Date& anchor,
         bool future, uint8_t langs)
      : text_(text),
        toks_(toks),
        n_(n),
        anchor_(anchor),
        future_(future),
        langs_(langs) {}

  // Tries every shape of expression at token i. On success p->end > i.
  bool ParseAt(size_t i, Parsed* p) const;
  // Joins a and b when only a range connective lies between them.
  bool Merge(const Parsed& a, const Parsed& b, Parsed* r) const;

  TimeExpr ToExpr(const Parsed& p) const {
    TimeExpr e;
    e.begin = toks_[p.begin].begin;
    e.end = toks_[p.end - 1].end;
    e.kind = p.kind;
    if (p.kind != TimeKind::kDuration) e.value = p.value;
    if (p.kind == TimeKind::kRange) e.end_value = p.end_value;
    e.explicit_year = p.explicit_year;
    return e;
  }

 private:
  // Token predicates; all are false past the end.
  const LexEntry* Lex(size_t i) const {
    return i < n_ && toks_[i].type == TokType::kWord ? toks_[i].lex : nullptr;
  }
  W WordAt(size_t i) const {
    const LexEntry* e = Lex(i);
    return e != nullptr ? e->w : W::kNone;
  }
  bool Is(size_t i, W w) const { return WordAt(i) == w; }
  bool IsCls(size_t i, Cls c) const {
    const LexEntry* e = Lex(i);
    return e != nullptr && e->cls == c;
  }
  bool Punct(size_t i, char c) const {
    return i < n_ && toks_[i].type == TokType::kPunct && toks_[i].num == c;
  }
  bool Num(size_t i) const { return i < n_ && toks_[i].type == TokType::kNum; }
  bool PlainNum(size_t i) const { return Num(i) && toks_[i].flags == 0; }
  bool Cap(size_t i) const {
    return i < n_ && (toks_[i].flags & internal::kCapital) != 0;
  }
  // Tokens i and i + 1 touch, with no space between.
  bool Glued(size_t i) const {
    return i + 1 < n_ && toks_[i].end == toks_[i + 1].begin;
  }
  // The word at i is exactly `lower`, in any case.
  bool Raw(size_t i, std::string_view lower) const;
  bool En() const { return (langs_ & internal::kLangEn) != 0; }
  Dir Bare() const { return future_ ? Dir::kFuture : Dir::kPast; }
  Unit UnitAt(size_t i) const;
  bool MonthAt(size_t i) const;

  // A number glued to what precedes it belongs to something else: "No.17",
  // "Rp2", "3,17".
  bool GluedBefore(size_t i) const;
  bool YearAt(size_t i, int* year) const;
  bool IsYearCue(size_t i) const;
  bool IsMonthCue(size_t i) const;
  bool LawNumberBefore(size_t tahun) const;
  // Length of the range connective at i ("-", "hingga", "sampai dengan",
  // "s/d", "to", "until"; "dan"/"and" if `allow_and`), or 0.
  size_t Connector(size_t i, bool allow_and) const;
  // Length of a direction after a unit ("lalu", "yang lalu", "ini",
  // "depan"...), or 0; sets *offset to -1, 0 or +1.
  size_t RelWord(size_t i, int* offset) const;
  size_t SkipPartOfDay(size_t i) const;

  bool ParseCore(size_t i, const Ctx& ctx, Parsed* p) const;
  bool ParseNumber(size_t i, const Ctx& ctx, Parsed* p) const;
  bool ParseNumericDate(size_t i, const Ctx& ctx, Parsed* p) const;
  bool ParseDayMonthTail(size_t begin, size_t month_tok, int day, int day2,
                         Parsed* p) const;
  bool ParseYear(size_t i, bool need_range, Parsed* p) const;
  bool ParseNumberQuantity(size_t i, const Ctx& ctx, Parsed* p) const;
  bool ParseQuantity(size_t i, const Ctx& ctx, Parsed* p) const;
  bool ParseQuantityTail(size_t begin, Unit unit, size_t k, int count,
                         const Ctx& ctx, Parsed* p) const;
  bool ParseParen(size_t i, const Ctx& ctx, Parsed* p) const;
  bool ParseDateWithDay(size_t i, const Ctx& ctx, Parsed* p) const;
  bool ParseMonth(size_t i, const Ctx& ctx, Parsed* p) const;
  bool ParseWeekday(size_t i, const Ctx& ctx, Parsed* p) const;
  bool ParseHari(size_t i, const Ctx& ctx, Parsed* p) const;
  bool ParseUnit(size_t i, const Ctx& ctx, Parsed* p) const;
  bool ParseRelDay(size_t i, Parsed* p) const;
  bool ParsePartOfDay(size_t i, Parsed* p) const;
  bool ParseDirection(size_t i, const Ctx& ctx, Parsed* p) const;
  bool ParseModified(size_t i, Parsed* p) const;
  bool ParseThe(size_t i, const Ctx& ctx, Parsed* p) const;

  // A point at the anchor's day plus `offset` days, ending before token end.
  bool Day(size_t begin, size_t end, int offset, Parsed* p) const {
    *p = Parsed();
    p->begin = begin;
    p->end = end;
    p->value = DayValue(AddDays(anchor_, offset));
    return true;
  }
  bool Value(size_t begin, size_t end, const DateValue& v, Parsed* p) const {
    *p = Parsed();
    p->begin = begin;
    p->end = end;
    p->value = v;
    return true;
  }

  std::string_view text_;
  const Tok* toks_;
  size_t n_;
  Date anchor_;
  bool future_;
  uint8_t langs_;
};

bool Parser::Raw(size_t i, std::string_view lower) const {
  if (i >= n_ || toks_[i].type != TokType::kWord) return false;
  const Tok& t = toks_[i];
  if (t.end - t.begin != lower.size()) return false;
  for (size_t k = 0; k < lower.size(); ++k) {
    if ((text_[t.begin + k] | 0x20) != lower[k]) return false;
  }
  return true;
}

Unit Parser::UnitAt(size_t i) const {
  const LexEntry* e = Lex(i);
  if (e == nullptr) return Unit::kNone;
  if (e->w == W::kMinggu) return Unit::kWeek;
  return e->cls == Cls::kUnit ? static_cast<Unit>(e->val) : Unit::kNone;
}

bool Parser::MonthAt(size_t i) const {
  const LexEntry* e = Lex(i);
  return e != nullptr && e->cls == Cls::kMonth &&
         ((e->flags & internal::kNeedsCue) == 0 || Cap(i));
}

bool Parser::GluedBefore(size_t i) const {
  if (i == 0 || toks_[i - 1].end != toks_[i].begin) return false;
  const Tok& t = toks_[i - 1];
  if (t.type != TokType::kPunct) return true;
  return t.num == '.' || t.num == ',' || t.num == '/' || t.num == ':';
}

bool Parser::YearAt(size_t i, int* year) const {
  if (!PlainNum(i) || toks_[i].digits != 4) return false;
  const int y = toks_[i].num;
  if (y < 1000 || y > 2999 || GluedBefore(i)) return false;
  if (Glued(i) && i + 1 < n_ && toks_[i + 1].type == TokType::kPunct) {
    const char c = static_cast<char>(toks_[i + 1].num);
    // "1990-an" is a decade; "2019.5", "2019/2020" are other numbers.
    if (c == '-' && Glued(i + 1) && Raw(i + 2, "an")) return false;
    if ((c == '.' || c == ',' || c == '/') && Glued(i + 1) && Num(i + 2)) {
      return false;
    }
  }
  *year = y;
  return true;
}

bool Parser::LawNumberBefore(size_t tahun) const {
  // "UU Nomor 17 Tahun 2003", "PP No. 5 Tahun 2021": a statute, not a date.
  if (tahun < 2 || !Num(tahun - 1)) return false;
  if (Is(tahun - 2, W::kNomor)) return true;
  return tahun >= 3 && Punct(tahun - 2, '.') && Is(tahun - 3, W::kNomor);
}

bool Parser::IsYearCue(size_t i) const {
  switch (WordAt(i)) {
    case W::kPada:
    case W::kIn:
    case W::kSejak:
    case W::kSince:
    case W::kHingga:
    case W::kSampai:
    case W::kUntil:
    case W::kThrough:
    case W::kBy:
    case W::kDuring:
    case W::kSelama:
    case W::kSebelum:
    case W::kSetelah:
    case W::kBefore:
    case W::kAfter:
      return true;
    default:
      return false;
  }
}

bool Parser::IsMonthCue(size_t i) const {
  if (IsYearCue(i)) return true;
  switch (WordAt(i)) {
    case W::kOn:
    case W::kFrom:
    case W::kTo:
    case W::kOf:
    case W::kBetween:
    case W::kAnd:
      return true;
    default:
      return false;
  }
}

size_t Parser::Connector(size_t i, bool allow_and) const {
  if (Punct(i, '-')) return 1;
  switch (WordAt(i)) {
    case W::kHingga:
    case W::kTo:
    case W::kUntil:
    case W::kThrough:
      return 1;
    case W::kSampai:
      return Is(i + 1, W::kDengan) ? 2 : 1;
    case W::kDan:
    case W::kAnd:
      return allow_and ? 1 : 0;
    default:
      break;
  }
  if (Raw(i, "s") && Glued(i) && Punct(i + 1, '/') && Glued(i + 1) &&
      Raw(i + 2, "d")) {
    return 3;
  }
  return 0;
}

size_t Parser::RelWord(size_t i, int* offset) const {
  switch (WordAt(i)) {
    case W::kLalu:
    case W::kSilam:
    case W::kKemarin:
      *offset = -1;
      return 1;
    case W::kYang:
      if (Is(i + 1, W::kLalu) || Is(i + 1, W::kSilam)) {
        *offset = -1;
        return 2;
      }
      return 0;
    case W::kIni:
      *offset = 0;
      return 1;
    case W::kDepan:
    case W::kMendatang:
      *offset = 1;
      return 1;
    default:
      return 0;
  }
}

size_t Parser::SkipPartOfDay(size_t i) const {
  const W w = WordAt(i);
  if (w == W::kPartOfDay || w == W::kMalam || w == W::kNight) return i + 1;
  if (w == W::kDini && Is(i + 1, W::kHari)) return i + 2;
  return i;
}

bool Parser::ParseAt(size_t i, Parsed* p) const {
  Ctx ctx;
  const W w = WordAt(i);
  if (w == W::kPada || w == W::kOn || w == W::kIn || w == W::kTanggal) {
    size_t j = i + 1;
    if (w == W::kPada && Is(j, W::kTanggal)) ++j;
    ctx.cue = true;
    ctx.prep = true;
    ctx.day_only = Is(j - 1, W::kTanggal);
    if (!ParseCore(j, ctx, p)) return false;
    p->begin = i;
    p->prep = true;
    return true;
  }
  if (w == W::kSelama || w == W::kDalam || w == W::kFor || w == W::kOver ||
      w == W::kWithin || w == W::kDuring) {
    ctx.duration = true;
    ctx.cue = w == W::kSelama || w == W::kDuring;
    if (!ParseCore(i + 1, ctx, p)) return false;
    // "selama dua tahun" keeps its preposition; "selama 2023" is a year.
    if (p->kind == TimeKind::kDuration) p->begin = i;
    return true;
  }
  ctx.cue = i > 0 && IsYearCue(i - 1);
  return ParseCore(i, ctx, p);
}

bool Parser::ParseCore(size_t i, const Ctx& ctx, Parsed* p) const {
  if (i >= n_) return false;
  const Tok& t = toks_[i];
  if (t.type == TokType::kNum) return ParseNumber(i, ctx, p);
  if (t.type == TokType::kPunct) return t.num == '(' && ParseParen(i, ctx, p);
  const LexEntry* e = t.lex;
  if (e == nullptr) return false;
  switch (e->cls) {
    case Cls::kMonth:
      return ParseMonth(i, ctx, p);
    case Cls::kWeekday:
      // "minggu" is also "week": "minggu lalu" is last week unless "hari"
      // or a capitalised "pada Minggu" says Sunday.
      if (e->w == W::kMinggu && !ctx.hari && !(ctx.prep && Cap(i)) &&
          ParseUnit(i, ctx, p)) {
        return true;
      }
      return ParseWeekday(i, ctx, p);
    case Cls::kNumber:
    case Cls::kVague:
    case Cls::kOneUnit:
      return ParseQuantity(i, ctx, p);
    default:
      break;
  }
  if (IsModifier(e->w)) return ParseModified(i, p);
  switch (e->w) {
    case W::kHari:
      return ParseHari(i, ctx, p);
    case W::kPekan:
    case W::kBulan:
    case W::kTahun:
      return ParseUnit(i, ctx, p);
    case W::kKemarin:
    case W::kBesok:
    case W::kEsok:
    case W::kLusa:
    case W::kToday:
    case W::kYesterday:
    case W::kTomorrow:
    case W::kTonight:
      return ParseRelDay(i, p);
    case W::kTadi:
    case W::kPartOfDay:
    case W::kMalam:
    case W::kDini:
      return ParsePartOfDay(i, p);
    case W::kSemalam:
      if (ctx.duration) {
        *p = Parsed();
        p->begin = i;
        p->end = i + 1;
        p->kind = TimeKind::kDuration;
        return true;
      }
      return Day(i, i + 1, -1, p);
    case W::kLast:
    case W::kNext:
    case W::kThis:
    case W::kPast:
    case W::kComing:
      return ParseDirection(i, ctx, p);
    case W::kThe:
      return ParseThe(i, ctx, p);
    case W::kA:
      return ParseQuantity(i, ctx, p);
    case W::kWeekend:
      return Value(i, i + 1, WeekValue(WeekendWeek(anchor_, future_)), p);
    default:
      return false;
  }
}

// ----- Numbers --------------------------------------------------------------

bool Parser::ParseNumber(size_t i, const Ctx& ctx, Parsed* p) const {
  const Tok& t = toks_[i];
  if ((t.flags & internal::kSuffixed) || GluedBefore(i)) return false;
  // "Nomor 17", "No. 17": a number that names, not counts.
  if (i > 0 && (Is(i - 1, W::kNomor) ||
                (Punct(i - 1, '.') && i > 1 && Is(i - 2, W::kNomor)))) {
    return false;
  }
  const bool ordinal = (t.flags & internal::kOrdinal) != 0;
  if (!ordinal && Glued(i) &&
      (Punct(i + 1, '/') || Punct(i + 1, '-') || Punct(i + 1, '.')) &&
      ParseNumericDate(i, ctx, p)) {
    return true;
  }
  const int v = t.num;
  const bool day_like = t.digits <= 2 && v >= 1 && v <= 31;
  if (day_like) {
    // "17-19 November", "17 hingga 19 November"
    const size_t c = Connector(i + 1, /*allow_and=*/true);
    if (c > 0 && Num(i + 1 + c) &&
        (toks_[i + 1 + c].flags & internal::kSuffixed) == 0 &&
        toks_[i + 1 + c].digits <= 2 && toks_[i + 1 + c].num > v) {
      size_t m = i + 2 + c;
      if (Is(m, W::kOf)) ++m;
      if (MonthAt(m) && ParseDayMonthTail(i, m, v, toks_[i + 1 + c].num, p)) {
        return true;
      }
    }
    // "17 November 2023", "17th of November"
    size_t m = i + 1;
    if (Is(m, W::kOf)) ++m;
    if (MonthAt(m) && ParseDayMonthTail(i, m, v, 0, p)) return true;
  }
  if (!ordinal && ParseNumberQuantity(i, ctx, p)) return true;
  if (t.digits == 4 && !ordinal) {
    if (ctx.cue || Is(i + 1, W::kLalu) || Is(i + 1, W::kSilam)) {
      return ParseYear(i, /*need_range=*/false, p);
    }
    // "dari 2019 hingga 2021", "between 2019 and 2021"
    if (i > 0 && (Is(i - 1, W::kDari) || Is(i - 1, W::kFrom) ||
                  Is(i - 1, W::kAntara) || Is(i - 1, W::kBetween))) {
      return ParseYear(i, /*need_range=*/true, p);
    }
  }
  if (ctx.day_only && day_like) {
    const std::optional<Date> d = ResolveDay(anchor_, v, Bare());
    if (!d) return false;
    Value(i, i + 1, DayValue(*d), p);
    p->shape = Shape::kDay;
    p->day = v;
    return true;
  }
  return false;
}

// "17/11", "17/11/2023", "17/11/23", "2023-11-17", "17-11-2023", "17.11.2023".
bool Parser::ParseNumericDate(size_t i, const Ctx& ctx, Parsed* p) const {
  const char sep = static_cast<char>(toks_[i + 1].num);
  if (!Glued(i + 1) || !PlainNum(i + 2)) return false;
  const Tok& a = toks_[i];
  const Tok& b = toks_[i + 2];
  const Tok* c = nullptr;
  size_t end = i + 3;
  if (Glued(i + 2) && Punct(i + 3, sep) && Glued(i + 3) && PlainNum(i + 4)) {
    c = &toks_[i + 4];
    end = i + 5;
  }
  // Nothing may continue the number: "17/11/2023/5", "1.2.3.4", "3/4/5".
  if (end < n_ && Glued(end - 1)) {
    const Tok& f = toks_[end];
    if (f.type != TokType::kPunct || f.num == '/') return false;
    if ((f.num == '.' || f.num == ',' || f.num == sep) && Glued(end) &&
        Num(end + 1)) {
      return false;
    }
  }
  int day = 0, month = 0, year = 0;
  if (a.digits == 4 && c != nullptr && (sep == '-' || sep == '/') &&
      b.digits <= 2 && c->digits <= 2) {
    year = a.num;
    month = b.num;
    day = c->num;
  } else if (a.digits <= 2 && b.digits <= 2) {
    day = a.num;
    month = b.num;
    if (c != nullptr) {
      if (c->digits == 4) {
        year = c->num;
      } else if (c->digits == 2 && sep == '/') {
        year = c->num < 70 ? 2000 + c->num : 1900 + c->num;
      } else {
        return false;
      }
    } else {
      // "17.11" is a time and "17-19" a span of numbers; only the slash
      // writes a day and month without a year.
      if (sep != '/') return false;
      const bool cued = ctx.cue || (i > 0 && Punct(i - 1, '('));
      if (!cued && a.digits == 1 && b.digits == 1) return false;  // "1/2"
      if (day == 24 && month == 7) return false;                  // "24/7"
    }
    // English may write month/day: "11/17".
    if (!ValidDayMonth(day, month, year) && En() &&
        ValidDayMonth(month, day, year)) {
      std::swap(day, month);
    }
  } else {
    return false;
  }
  if (!ValidDayMonth(day, month, year)) return false;
  Date d{year, month, day};
  if (year == 0) {
    const std::optional<Date> r = ResolveDayMonth(anchor_, day, month, Bare());
    if (!r) return false;
    d = *r;
  }
  if (Is(end, W::kLalu) || Is(end, W::kSilam)) ++end;  // "(29/2) lalu"
  Value(i, end, DayValue(d), p);
  p->shape = Shape::kDayMonth;
  p->day = day;
  p->month = month;
  p->year = year;
  p->explicit_year = year != 0;
  return true;
}

// The rest of "17 November [2023] [lalu]" or "17-19 November [2023]" from the
// month token on. `day2` is the end of a range, or 0.
bool Parser::ParseDayMonthTail(size_t begin, size_t month_tok, int day,
                               int day2, Parsed* p) const {
  const LexEntry* e = Lex(month_tok);
  const int month = e->val;
  size_t k = month_tok + 1;
  if ((e->flags & internal::kAbbr) && Punct(k, '.') && Glued(month_tok)) ++k;
  int year = 0;
  size_t yk = Punct(k, ',') ? k + 1 : k;
  if (YearAt(yk, &year)) k = yk + 1;
  if (!ValidDayMonth(day, month, year) ||
      (day2 != 0 && !ValidDayMonth(day2, month, year))) {
    return false;
  }
  Dir dir = Bare();
  bool directed = false;
  const W w = WordAt(k);
  if (w == W::kLalu || w == W::kSilam || w == W::kKemarin) {
    dir = Dir::kPast;
    directed = true;
    ++k;
  } else if (year == 0 &&
             (w == W::kMendatang || w == W::kNanti || w == W::kDepan)) {
    dir = Dir::kFuture;
    directed = true;
    ++k;
  }
  Date start{year, month, day};
  if (year == 0) {
    const std::optional<Date> r = ResolveDayMonth(anchor_, day, month, dir);
    if (!r) return false;
    start = *r;
  }
  Value(begin, k, DayValue(start), p);
  p->shape = Shape::kDayMonth;
  p->day = day;
  p->month = month;
  p->year = year;
  p->explicit_year = year != 0;
  p->directed = directed;
  if (day2 != 0) {
    p->kind = TimeKind::kRange;
    p->end_value = DayValue(Date{start.year, month, day2});
  }
  return true;
}

bool Parser::ParseYear(size_t i, bool need_range, Parsed* p) const {
  int year = 0;
  if (!YearAt(i, &year)) return false;
  Value(i, i + 1, YearValue(year), p);
  p->shape = Shape::kYear;
  p->year = year;
  p->explicit_year = true;
  const size_t c = Connector(i + 1, /*allow_and=*/need_range);
  int year2 = 0;
  if (c > 0 && YearAt(i + 1 + c, &year2) && year2 >= year) {
    p->kind = TimeKind::kRange;
    p->end_value = YearValue(year2);
    p->end = i + 2 + c;
    return true;
  }
  if (need_range) return false;
  if (Is(p->end, W::kLalu) || Is(p->end, W::kSilam)) ++p->end;
  return true;
}

// ----- Quantities -----------------------------------------------------------

// "10 tahun", "2,5 tahun", "2-3 hari", "70-year-old".
bool Parser::ParseNumberQuantity(size_t i, const Ctx& ctx, Parsed* p) const {
  int count = toks_[i].num;
  size_t j = i + 1;
  if ((Punct(j, ',') || Punct(j, '.')) && Glued(i) && Glued(j) && Num(j + 1)) {
    count = -1;  // a fraction: a duration only
    j += 2;
  } else if (Punct(j, '-') && PlainNum(j + 1) && UnitAt(j + 2) != Unit::kNone) {
    count = -1;
    j += 2;
  }
  if (Punct(j, '-') && Glued(j - 1) && Glued(j) &&
      UnitAt(j + 1) != Unit::kNone) {
    ++j;
  }
  const Unit unit = UnitAt(j);
  if (unit == Unit::kNone) return false;
  return ParseQuantityTail(i, unit, j + 1, count, ctx, p);
}

// "dua hari", "dua puluh lima tahun", "sepekan", "beberapa hari",
// "a year", "a few days", "twenty-five years".
bool Parser::ParseQuantity(size_t i, const Ctx& ctx, Parsed* p) const {
  const LexEntry* e = Lex(i);
  if (e->cls == Cls::kOneUnit) {
    return ParseQuantityTail(i, static_cast<Unit>(e->val), i + 1, 1, ctx, p);
  }
  auto digit_word = [&](size_t k) {
    return IsCls(k, Cls::kNumber) && Lex(k)->val < 10;
  };
  int count = -1;
  size_t j = i + 1;
  if (e->w == W::kA) {
    if (IsCls(j, Cls::kVague)) {
      ++j;
      if (Is(j, W::kOf)) ++j;
    } else {
      count = 1;
    }
  } else if (e->cls == Cls::kVague) {
    if (Is(j, W::kOf)) ++j;
  } else if (e->cls == Cls::kNumber) {
    count = e->val;
    if (Is(j, W::kBelas)) {
      count += 10;
      ++j;
    } else if (Is(j, W::kPuluh)) {
      count *= 10;
      ++j;
      if (digit_word(j)) count += Lex(j++)->val;
    } else if (Is(j, W::kRatus) || Is(j, W::kHundred)) {
      count *= 100;
      ++j;
    } else if (e->flags & internal::kTens) {
      if (Punct(j, '-') && Glued(j - 1) && Glued(j) && digit_word(j + 1)) {
        count += Lex(j + 1)->val;
        j += 2;
      } else if (digit_word(j)) {
        count += Lex(j++)->val;
      }
    }
    if (Is(j, W::kSetengah)) {  // "dua setengah tahun"
      count = -1;
      ++j;
    }
  } else {
    return false;
  }
  if (Punct(j, '-') && Glued(j - 1) && Glued(j) &&
      UnitAt(j + 1) != Unit::kNone) {
    ++j;  // "two-day"
  }
  const Unit unit = UnitAt(j);
  if (unit == Unit::kNone) return false;
  return ParseQuantityTail(i, unit, j + 1, count, ctx, p);
}

// After "<count> <unit>" (k is the token after the unit): "lalu", "ago" and
// "lagi" make a point; anything else is a duration. A vague count
// ("beberapa hari lalu") stays a duration: it names no date.
bool Parser::ParseQuantityTail(size_t begin, Unit unit, size_t k, int count,
                               const Ctx& ctx, Parsed* p) const {
  // Counts past 9999 ("300000000 tahun lalu") name no calendar date.
  if (count >= 0 && count <= 9999 && !ctx.duration) {
    int sign = 0;
    size_t e = k;
    const W w = WordAt(k);
    if (w == W::kLalu || w == W::kSilam || w == W::kAgo) {
      sign = -1;
      e = k + 1;
    } else if (w == W::kYang && (Is(k + 1, W::kLalu) || Is(k + 1, W::kSilam))) {
      sign = -1;
      e = k + 2;
    } else if (w == W::kLagi) {
      sign = 1;
      e = k + 1;
    } else if (w == W::kFrom && Is(k + 1, W::kNow)) {
      sign = 1;
      e = k + 2;
    }
    if (sign != 0)
      return Value(begin, e, Shift(anchor_, unit, sign * count), p);
  }
  const W w = WordAt(k);
  if (w == W::kTerakhir || w == W::kBelakangan || w == W::kMendatang) {
    ++k;  // "10 tahun terakhir"
  } else if (w == W::kKe && Is(k + 1, W::kDepan)) {
    k += 2;  // "lima tahun ke depan"
  } else if (Punct(k, '-') && Glued(k - 1) && Glued(k) && Is(k + 1, W::kOld)) {
    k += 2;  // "70-year-old"
  } else if (w == W::kOld) {
    ++k;  // "70 years old"
  }
  *p = Parsed();
  p->begin = begin;
  p->end = k;
  p->kind = TimeKind::kDuration;
  return true;
}

// ----- Days and months ------------------------------------------------------

// "(17/11)", "(17 November 2023)", "(Nov. 17)".
bool Parser::ParseParen(size_t i, const Ctx& ctx, Parsed* p) const {
  if (Punct(i + 1, '(')) return false;  // no nesting: bounded recursion
  Ctx inner = ctx;
  inner.cue = true;
  if (!ParseDateWithDay(i + 1, inner, p) || !Punct(p->end, ')')) return false;
  p->begin = i;
  ++p->end;
  return true;
}

// A date that names its day and month, in any of the written forms.
bool Parser::ParseDateWithDay(size_t i, const Ctx& ctx, Parsed* p) const {
  if (i >= n_) return false;
  bool ok = false;
  if (Punct(i, '(')) {
    ok = ParseParen(i, ctx, p);
  } else if (Num(i)) {
    ok = ParseNumber(i, ctx, p);
  } else if (IsCls(i, Cls::kMonth)) {
    ok = ParseMonth(i, ctx, p);
  }
  return ok && p->kind == TimeKind::kPoint && p->shape == Shape::kDayMonth;
}

bool Parser::ParseMonth(size_t i, const Ctx& ctx, Parsed* p) const {
  const LexEntry* e = Lex(i);
  const int month = e->val;
  const bool abbr = (e->flags & internal::kAbbr) != 0;
  const bool needs_cue = (e->flags & internal::kNeedsCue) != 0;
  if (needs_cue && !Cap(i)) return false;  // "may", "march"
  size_t j = i + 1;
  if (abbr && Punct(j, '.') && Glued(i)) ++j;

  // English order: "November 17", "Nov. 17, 2023", "November 17th",
  // "Nov 17-19".
  if (En() && Num(j) && (toks_[j].flags & internal::kSuffixed) == 0 &&
      toks_[j].digits <= 2 && toks_[j].num >= 1 && toks_[j].num <= 31) {
    const bool glued_on =
        Glued(j) && (Punct(j + 1, '/') || Punct(j + 1, ':') ||
                     ((Punct(j + 1, '.') || Punct(j + 1, ',')) &&
                      Glued(j + 1) && Num(j + 2)));
    if (!glued_on) {
      const int day = toks_[j].num;
      int day2 = 0;
      size_t k = j + 1;
      const size_t c = Connector(k, /*allow_and=*/false);
      if (c > 0 && Num(k + c) && toks_[k + c].digits <= 2 &&
          (toks_[k + c].flags & internal::kSuffixed) == 0 &&
          toks_[k + c].num > day) {
        day2 = toks_[k + c].num;
        k += c + 1;
      }
      int year = 0;
      const size_t yk = Punct(k, ',') ? k + 1 : k;
      if (YearAt(yk, &year)) k = yk + 1;
      if (ValidDayMonth(day, month, year) &&
          (day2 == 0 || ValidDayMonth(day2, month, year))) {
        Date start{year, month, day};
        if (year == 0) {
          const std::optional<Date> r =
              ResolveDayMonth(anchor_, day, month, Bare());
          if (!r) return false;
          start = *r;
        }
        Value(i, k, DayValue(start), p);
        p->shape = Shape::kDayMonth;
        p->day = day;
        p->month = month;
        p->year = year;
        p->explicit_year = year != 0;
        if (day2 != 0) {
          p->kind = TimeKind::kRange;
          p->end_value = DayValue(Date{start.year, month, day2});
        }
        return true;
      }
    }
  }

  // "November 2023", "Nov. 2023", "November, 2023"
  {
    const size_t k = (En() && Punct(j, ',')) ? j + 1 : j;
    int year = 0;
    if (YearAt(k, &year)) {
      Value(i, k + 1, MonthValue(year, month), p);
      p->shape = Shape::kMonth;
      p->month = month;
      p->year = year;
      p->explicit_year = true;
      if (Is(p->end, W::kLalu) || Is(p->end, W::kSilam)) ++p->end;
      return true;
    }
  }

  // A month alone: "September", "September lalu", "last September".
  if (abbr) return false;
  if (needs_cue && !ctx.cue && !(i > 0 && IsMonthCue(i - 1))) return false;
  size_t k = j;
  const W w = WordAt(k);
  // "September tahun lalu", "September last year"
  int offset = 0;
  size_t c = 0;
  if (w == W::kTahun) {
    c = RelWord(k + 1, &offset);
  } else if ((w == W::kLast || w == W::kThis || w == W::kNext) &&
             Is(k + 1, W::kYear)) {
    offset = w == W::kLast ? -1 : w == W::kNext ? 1 : 0;
    c = 1;
  }
  if (c > 0) {
    Value(i, k + 1 + c, MonthValue(anchor_.year + offset, month), p);
    p->shape = Shape::kMonth;
    p->month = month;
    p->directed = true;
    return true;
  }
  Dir dir = Bare();
  bool directed = true;
  if (w == W::kLalu || w == W::kSilam || w == W::kKemarin) {
    dir = Dir::kBefore;
    ++k;
  } else if (w == W::kYang && Is(k + 1, W::kLalu)) {
    dir = Dir::kBefore;
    k += 2;
  } else if (w == W::kDepan) {
    dir = Dir::kAfter;
    ++k;
  } else if (w == W::kMendatang || w == W::kNanti) {
    dir = Dir::kFuture;
    ++k;
  } else if (w == W::kIni) {
    dir = Dir::kThis;
    ++k;
  } else {
    directed = false;
  }
  Value(i, k, MonthValue(ResolveMonthYear(anchor_, month, dir), month), p);
  p->shape = Shape::kMonth;
  p->month = month;
  p->directed = directed;
  return true;
}

bool Parser::ParseWeekday(size_t i, const Ctx& ctx, Parsed* p) const {
  const int wd = Lex(i)->val;
  const bool minggu = Is(i, W::kMinggu);
  const size_t j = i + 1;

  // With its date: "Jumat (17/11)", "Jumat, 17 November 2023",
  // "Friday, Nov. 17".
  {
    Ctx inner;
    inner.cue = true;
    const size_t k = Punct(j, ',') ? j + 1 : j;
    if (ParseDateWithDay(k, inner, p)) {
      const int year = p->year;
      if (year == 0) {
        const std::optional<Date> fit =
            FitWeekday(anchor_, p->day, p->month, wd, future_);
        if (fit) p->value = DayValue(*fit);
      }
      p->begin = i;
      p->end = SkipPartOfDay(p->end);
      p->weekday_date = true;
      p->wd = wd;
      return true;
    }
  }

  size_t k = SkipPartOfDay(j);
  bool part = k != j;
  Dir dir = Bare();
  bool directed = false;
  bool in_week = false;  // "Selasa pekan lalu": a weekday of a named week
  int week = 0;
  const W w = WordAt(k);
  if (w == W::kPekan || w == W::kMinggu) {
    const size_t c = RelWord(k + 1, &week);
    if (c > 0) {
      in_week = true;
      k += 1 + c;
    }
  } else if ((w == W::kLast || w == W::kThis || w == W::kNext) &&
             Is(k + 1, W::kWeek)) {
    in_week = true;
    week = w == W::kLast ? -1 : w == W::kNext ? 1 : 0;
    k += 2;
  } else if (w == W::kLalu || w == W::kSilam || w == W::kKemarin) {
    dir = Dir::kBefore;
    directed = true;
    ++k;
  } else if (w == W::kYang && Is(k + 1, W::kLalu)) {
    dir = Dir::kBefore;
    directed = true;
    k += 2;
  } else if (w == W::kDepan || w == W::kMendatang || w == W::kNanti) {
    dir = Dir::kAfter;
    directed = true;
    ++k;
  } else if (w == W::kIni) {
    ++k;
  }
  if (!part) {
    const size_t k2 = SkipPartOfDay(k);
    part = k2 != k;
    k = k2;
  }
  // A lowercase "minggu" on its own is the noun "week".
  if (minggu && !ctx.hari && !Cap(i) && !part && !in_week) return false;
  Date d;
  if (in_week) {
    d = AddDays(MondayOf(anchor_), 7 * week + wd);
    directed = true;
  } else {
    d = ResolveWeekday(anchor_, wd, dir);
  }
  Value(i, k, DayValue(d), p);
  p->shape = Shape::kWeekday;
  p->wd = wd;
  p->directed = directed;
  return true;
}

// "hari ini", "hari Jumat", "hari kemarin".
bool Parser::ParseHari(size_t i, const Ctx& ctx, Parsed* p) const {
  const size_t j = i + 1;
  if (Is(j, W::kIni)) return Day(i, j + 1, 0, p);
  if (IsCls(j, Cls::kWeekday)) {
    Ctx inner = ctx;
    inner.hari = true;
    inner.cue = true;
    if (!ParseWeekday(j, inner, p)) return false;
    p->begin = i;
    return true;
  }
  const W w = WordAt(j);
  if (w == W::kKemarin || w == W::kBesok || w == W::kEsok || w == W::kLusa) {
    if (!ParseRelDay(j, p)) return false;
    p->begin = i;
    return true;
  }
  return false;
}

// "pekan lalu", "bulan depan", "tahun ini", "bulan September",
// "tahun 2019".
bool Parser::ParseUnit(size_t i, const Ctx& ctx, Parsed* p) const {
  const W w = WordAt(i);
  const Unit unit = (w == W::kPekan || w == W::kMinggu) ? Unit::kWeek
                    : w == W::kBulan                    ? Unit::kMonth
                                                        : Unit::kYear;
  const size_t j = i + 1;
  int offset = 0;
  const size_t c = RelWord(j, &offset);
  if (c > 0) return Value(i, j + c, Shift(anchor_, unit, offset), p);
  if (unit == Unit::kMonth && IsCls(j, Cls::kMonth)) {
    Ctx inner = ctx;
    inner.cue = true;
    if (!ParseMonth(j, inner, p)) return false;
    p->begin = i;
    return true;
  }
  if (unit == Unit::kYear && Num(j) && !LawNumberBefore(i)) {
    if (!ParseYear(j, /*need_range=*/false, p)) return false;
    p->begin = i;
    return true;
  }
  return false;
}

bool Parser::ParseRelDay(size_t i, Parsed* p) const {
  int offset = 0;
  size_t j = i + 1;
  switch (WordAt(i)) {
    case W::kKemarin:
      offset = -1;
      if (Is(j, W::kLusa)) {  // "kemarin lusa": the day before yesterday
        offset = -2;
        ++j;
      }
      break;
    case W::kEsok:
      if (Is(j, W::kHari)) ++j;  // "esok hari"
      [[fallthrough]];
    case W::kBesok:
      offset = 1;
      if (Is(j, W::kLusa)) {  // "besok lusa"
        offset = 2;
        ++j;
      }
      break;
    case W::kLusa:
      offset = 2;
      break;
    case W::kYesterday:
      offset = -1;
      break;
    case W::kTomorrow:
      offset = 1;
      break;
    default:  // today, tonight
      break;
  }
  return Day(i, SkipPartOfDay(j), offset, p);
}

// "tadi malam" (the night before the anchor), "tadi pagi", "malam ini",
// "pagi tadi", "malam tadi", "dini hari tadi".
bool Parser::ParsePartOfDay(size_t i, Parsed* p) const {
  const size_t j = i + 1;
  if (Is(i, W::kTadi)) {
    if (Is(j, W::kMalam)) return Day(i, j + 1, -1, p);
    if (Is(j, W::kPartOfDay)) return Day(i, j + 1, 0, p);
    if (Is(j, W::kDini) && Is(j + 1, W::kHari)) return Day(i, j + 2, 0, p);
    return false;
  }
  size_t k = j;
  if (Is(i, W::kDini)) {  // "dini hari tadi", "dini hari ini"
    if (!Is(j, W::kHari)) return false;
    ++k;
  }
  if (Is(k, W::kIni)) return Day(i, k + 1, 0, p);
  if (Is(k, W::kTadi)) return Day(i, k + 1, Is(i, W::kMalam) ? -1 : 0, p);
  return false;
}

// English "last", "next", "this", "past", "coming" + what they qualify.
bool Parser::ParseDirection(size_t i, const Ctx& ctx, Parsed* p) const {
  const W w = WordAt(i);
  const size_t j = i + 1;
  const W x = WordAt(j);
  const int offset = w == W::kLast                        ? -1
                     : (w == W::kNext || w == W::kComing) ? 1
                                                          : 0;
  if (w == W::kLast && x == W::kNight) return Day(i, j + 1, -1, p);
  if (w == W::kThis && x == W::kPartOfDay) return Day(i, j + 1, 0, p);
  if (w != W::kPast) {
    if (x == W::kWeekend) {
      return Value(i, j + 1, WeekValue(AddDays(anchor_, 7 * offset)), p);
    }
    if (x == W::kWeek || x == W::kMonth || x == W::kYear) {
      const Unit unit = x == W::kWeek    ? Unit::kWeek
                        : x == W::kMonth ? Unit::kMonth
                                         : Unit::kYear;
      return Value(i, j + 1, Shift(anchor_, unit, offset), p);
    }
    if (IsCls(j, Cls::kWeekday)) {
      const Dir dir = w == W::kLast   ? Dir::kBefore
                      : w == W::kThis ? Bare()
                                      : Dir::kAfter;
      Value(i, SkipPartOfDay(j + 1),
            DayValue(ResolveWeekday(anchor_, Lex(j)->val, dir)), p);
      p->shape = Shape::kWeekday;
      p->wd = Lex(j)->val;
      p->directed = w != W::kThis;
      return true;
    }
    if (MonthAt(j) && !(Lex(j)->flags & internal::kAbbr)) {
      const Dir dir = w == W::kLast   ? Dir::kBefore
                      : w == W::kThis ? Dir::kThis
                      : w == W::kNext ? Dir::kAfter
                                      : Dir::kFuture;
      const int month = Lex(j)->val;
      Value(i, j + 1, MonthValue(ResolveMonthYear(anchor_, month, dir), month),
            p);
      p->shape = Shape::kMonth;
      p->month = month;
      p->directed = true;
      return true;
    }
  }
  const Unit unit = UnitAt(j);
  if ((w == W::kPast && unit != Unit::kNone) ||
      (w == W::kLast && (unit == Unit::kDecade || unit == Unit::kCentury))) {
    *p = Parsed();  // "the past week", "the last decade": not a date
    p->begin = i;
    p->end = j + 1;
    p->kind = TimeKind::kDuration;
    return true;
  }
  // "the past two years", "last few days", "next three months"
  Ctx inner = ctx;
  inner.duration = true;
  bool ok = false;
  if (Num(j)) {
    ok = ParseNumber(j, inner, p);
  } else if (IsCls(j, Cls::kNumber) || IsCls(j, Cls::kVague) || Is(j, W::kA)) {
    ok = ParseQuantity(j, inner, p);
  }
  if (!ok || p->kind != TimeKind::kDuration) return false;
  p->begin = i;
  return true;
}

// "awal 2023", "akhir pekan", "pertengahan Oktober", "early 2023",
// "end of 2022", "mid-October", "later this month".
bool Parser::ParseModified(size_t i, Parsed* p) const {
  const W w = WordAt(i);
  size_t j = i + 1;
  const bool of_form =
      w == W::kEnd || w == W::kBeginning || w == W::kStart || w == W::kMiddle;
  if (of_form) {
    if (!Is(j, W::kOf)) return false;
    ++j;
    if (Is(j, W::kThe)) ++j;
  }
  if (w == W::kMid && Punct(j, '-') && Glued(i) && Glued(j)) ++j;
  if (IsModifier(WordAt(j))) return false;  // bounded recursion
  Ctx inner;
  inner.cue = true;
  if (ParseCore(j, inner, p) && p->kind != TimeKind::kDuration) {
    p->begin = i;
    return true;
  }
  // A bare unit: "awal bulan", "akhir tahun", "end of the month".
  const W u = WordAt(j);
  Unit unit = Unit::kNone;
  if (u == W::kPekan || u == W::kMinggu || (of_form && u == W::kWeek)) {
    unit = Unit::kWeek;
  } else if (u == W::kBulan || (of_form && u == W::kMonth)) {
    unit = Unit::kMonth;
  } else if (u == W::kTahun || (of_form && u == W::kYear)) {
    unit = Unit::kYear;
  }
  if (unit == Unit::kNone) return false;
  if (w == W::kAkhir && unit == Unit::kWeek) {  // "akhir pekan": the weekend
    return Value(i, j + 1, WeekValue(WeekendWeek(anchor_, future_)), p);
  }
  return Value(i, j + 1, Shift(anchor_, unit, 0), p);
}

// "the day before yesterday", "the past two years", "the weekend",
// "the 17th", "the 17th of November".
bool Parser::ParseThe(size_t i, const Ctx& ctx, Parsed* p) const {
  const size_t j = i + 1;
  const W x = WordAt(j);
  if (x == W::kDay && Is(j + 1, W::kBefore) && Is(j + 2, W::kYesterday)) {
    return Day(i, j + 3, -2, p);
  }
  if (x == W::kDay && Is(j + 1, W::kAfter) && Is(j + 2, W::kTomorrow)) {
    return Day(i, j + 3, 2, p);
  }
  if (x == W::kPast || x == W::kLast || x == W::kComing || x == W::kNext) {
    if (!ParseDirection(j, ctx, p)) return false;
    p->begin = i;
    return true;
  }
  if (x == W::kWeekend) {
    return Value(i, j + 1, WeekValue(WeekendWeek(anchor_, future_)), p);
  }
  if (Num(j) && (toks_[j].flags & internal::kOrdinal) && toks_[j].num >= 1 &&
      toks_[j].num <= 31) {
    const int day = toks_[j].num;
    if (Is(j + 1, W::kOf) && MonthAt(j + 2)) {
      if (!ParseDayMonthTail(j, j + 2, day, 0, p)) return false;
      p->begin = i;
      return true;
    }
    const std::optional<Date> d = ResolveDay(anchor_, day, Bare());
    if (!d) return false;
    Value(i, j + 1, DayValue(*d), p);
    p->shape = Shape::kDay;
    p->day = day;
    return true;
  }
  return false;
}

// ----- Ranges ---------------------------------------------------------------

bool Parser::Merge(const Parsed& a, const Parsed& b, Parsed* r) const {
  if (a.kind != TimeKind::kPoint || b.kind != TimeKind::kPoint) return false;
  if (a.value.precision == Precision::kNone ||
      b.value.precision == Precision::kNone || b.prep) {
    return false;
  }
  if (b.begin <= a.end) return false;
  const bool between = a.begin > 0 && (Is(a.begin - 1, W::kAntara) ||
                                       Is(a.begin - 1, W::kBetween));
  if (Connector(a.end, between) != b.begin - a.end) return false;

  DateValue start = a.value;
  DateValue end = b.value;
  // The end is the first such day or month after the start: "Selasa hingga
  // Kamis", "Desember hingga Februari".
  if (start.precision == Precision::kDay && !b.directed) {
    if (b.shape == Shape::kWeekday) {
      int gap = (b.wd - Weekday(start.date) + 7) % 7;
      if (gap == 0) gap = 7;
      end = DayValue(AddDays(start.date, gap));
    } else if (b.shape == Shape::kDayMonth && b.year == 0 && !b.weekday_date) {
      const std::optional<Date> e =
          ResolveDayMonth(start.date, b.day, b.month, Dir::kFuture);
      if (e) end = DayValue(*e);
    }
  }
  if (start.precision == Precision::kMonth && b.shape == Shape::kMonth &&
      b.year == 0 && !b.directed) {
    const int y =
        b.month < start.date.month ? start.date.year + 1 : start.date.year;
    end = MonthValue(y, b.month);
  }
  // A year written only at the end holds for the start too: "17 Oktober -
  // 2 November 2023", "Desember 2022 - Maret 2023" needs nothing.
  if (b.year != 0 && a.year == 0 && !a.directed && !a.weekday_date) {
    if (a.shape == Shape::kDayMonth && end.precision == Precision::kDay) {
      const std::optional<Date> s =
          ResolveDayMonth(end.date, a.day, a.month, Dir::kPast);
      if (s) start = DayValue(*s);
    } else if (a.shape == Shape::kMonth) {
      const int y =
          a.month > end.date.month ? end.date.year - 1 : end.date.year;
      start = MonthValue(y, a.month);
    } else if (a.shape == Shape::kWeekday && end.precision == Precision::kDay) {
      start = DayValue(ResolveWeekday(end.date, a.wd, Dir::kPast));
    }
  }
  *r = a;
  r->end = b.end;
  r->kind = TimeKind::kRange;
  r->value = start;
  r->end_value = end;
  r->explicit_year = a.explicit_year || b.explicit_year;
  return true;
}

// ----- Datelines ------------------------------------------------------------

// Whether the text from the start of the line up to `begin` looks like the
// place of a dateline: empty, or a few capitalised words ending in a comma
// or all in capitals ("JAKARTA, ", "Jakarta, ", "WASHINGTON ").
bool LooksLikeDatelinePrefix(std::string_view text, size_t begin) {
  size_t start = begin;
  while (start > 0 && text[start - 1] != '\n') --start;
  if (begin - start > 64) return false;
  int words = 0;
  bool in_word = false;
  bool all_caps = true;
  char last = 0;
  for (size_t k = start; k < begin; ++k) {
    const auto c = static_cast<unsigned char>(text[k]);
    const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (letter) {
      if (!in_word) {
        if (c < 'A' || c > 'Z') return false;
        ++words;
      }
      if (c >= 'a') all_caps = false;
      in_word = true;
      last = static_cast<char>(c);
      continue;
    }
    if (c >= 0x80) {  // a letter or dash outside ASCII
      in_word = true;
      continue;
    }
    in_word = false;
    if (c == ' ' || c == '\t' || c == '\r') continue;
    if (c == ',' || c == '.' || c == '(' || c == ')' || c == '-' || c == '/' ||
        c == ':' || c == '\'' || c == '"') {
      last = static_cast<char>(c);
      continue;
    }
    return false;  // digits and other marks
  }
  if (words == 0) return true;
  if (words > 5) return false;
  return all_caps || last == ',' || last == '(' || last == '-' || last == ':';
}

}  // namespace

namespace {

// Parses the tokens of `text` left to right, keeping the first expression
// that matches at each position and joining ranges.
void ScanExpressions(std::string_view text, const TokenBuffer& tokens,
                     const Date& anchor, const ResolveOptions& opts, uint8_t mask,
                     std::vector<TimeExpr>* out) {
  const Parser parser(text, tokens.data(), tokens.size(), anchor, opts.future,
                      mask);
  Parsed last, current, merged;
  bool has_last = false;
  const Tok* toks = tokens.data();
  for (size_t i = 0; i < tokens.size();) {
    // Most tokens are words the lexicon does not know, or punctuation
    // other than "(": no parse starts there (ParseAt looks at the token
    // itself first and fails on them), so they are passed over at once.
    const Tok& t = toks[i];
    const bool cannot_start =
        t.type == TokType::kWord ? t.lex == nullptr : t.type == TokType::kPunct && t.num != '(';
    if (cannot_start || !parser.ParseAt(i, &current)) {
      ++i;
      continue;
    }
    assert(current.end > i && current.begin >= i);
    if (has_last && parser.Merge(last, current, &merged)) {
      last = merged;
      out->back() = parser.ToExpr(last);
    } else {
      last = current;
      has_last = true;
      out->push_back(parser.ToExpr(current));
    }
    i = current.end;
  }
}

uint8_t MaskOf(Lang lang) {
  return lang == Lang::kId ? internal::kLangId : internal::kLangEn;
}

}  // namespace

void FindTimeExpressions(std::string_view text, Lang lang, const Date& anchor,
                         const ResolveOptions& opts,
                         std::vector<TimeExpr>* out) {
  if (text.size() > UINT32_MAX) text = text.substr(0, UINT32_MAX);
  TokenBuffer tokens;
  if (!tokens.Fill(text, MaskOf(lang))) return;
  ScanExpressions(text, tokens, anchor, opts, MaskOf(lang), out);
}

void FindTimeExpressions(std::string_view text, std::span<const PreToken> pre,
                         Lang lang, const Date& anchor, const ResolveOptions& opts,
                         std::vector<TimeExpr>* out) {
  if (text.size() > UINT32_MAX) return FindTimeExpressions(text, lang, anchor, opts, out);
  TokenBuffer tokens;
  if (!tokens.Fill(text, pre, MaskOf(lang))) return;
  ScanExpressions(text, tokens, anchor, opts, MaskOf(lang), out);
}

std::optional<Date> FindDocumentDate(std::string_view text, const Date& now,
                                     size_t max_bytes) {
  if (text.size() > max_bytes) text = text.substr(0, max_bytes);
  if (text.size() > UINT32_MAX) text = text.substr(0, UINT32_MAX);
  TokenBuffer tokens;
  if (!tokens.Fill(text, internal::kLangBoth)) return std::nullopt;
  const Parser parser(text, tokens.data(), tokens.size(), now,
                      /*future=*/false, internal::kLangBoth);
  std::optional<Date> first_pair;
  Parsed p;
  for (size_t i = 0; i < tokens.size();) {
    if (!parser.ParseAt(i, &p)) {
      ++i;
      continue;
    }
    i = p.end;
    if (p.kind != TimeKind::kPoint || p.shape != Shape::kDayMonth) continue;
    if (!p.prep &&
        LooksLikeDatelinePrefix(text, tokens.data()[p.begin].begin)) {
      return p.value.date;
    }
    if (p.weekday_date && !first_pair) first_pair = p.value.date;
  }
  return first_pair;
}

}  // namespace warta::time
