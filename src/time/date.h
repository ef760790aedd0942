// Calendar dates, temporal expressions and their resolution.
//
// warta dates an event by the temporal expression that governs its trigger
// ("pada Selasa", "bulan September", "pekan lalu", "last Tuesday"), resolved
// against the document date. This header is the contract of the time stage:
// it knows nothing of actors or events, only of text and calendars.
//
// All functions are pure and thread-safe. They never allocate per byte
// scanned; FindTimeExpressions appends to a caller-owned vector.
#ifndef WARTA_TIME_DATE_H_
#define WARTA_TIME_DATE_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace warta::time {

// A proleptic Gregorian date. month 1..12, day 1..31. Value type.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

enum class Precision : uint8_t { kNone, kDay, kWeek, kMonth, kYear };

// A date at a precision. For kWeek, `date` is the Monday of the week; for
// kMonth the day is 0; for kYear month and day are 0.
struct DateValue {
  Date date;
  Precision precision = Precision::kNone;
  friend bool operator==(const DateValue&, const DateValue&) = default;
};

enum class Lang : uint8_t { kId, kEn };

// What an expression denotes.
enum class TimeKind : uint8_t {
  kPoint,     // a date: "pada Selasa", "17 November 2023", "pekan lalu"
  kRange,     // "Selasa hingga Kamis": value is the start, `end` the end
  kDuration,  // "selama dua tahun", "dua hari": not a date; value unset
};

struct TimeExpr {
  uint32_t begin = 0;  // byte offsets into the text passed in
  uint32_t end = 0;
  TimeKind kind = TimeKind::kPoint;
  DateValue value;     // resolved; precision kNone for durations
  DateValue end_value; // for kRange
  bool explicit_year = false;  // the text named the year ("17 November 2023")
};

// Validity and arithmetic.
bool IsLeapYear(int year);
int DaysInMonth(int year, int month);
bool IsValid(const Date& d);
int64_t ToDays(const Date& d);       // days since 1970-01-01
Date FromDays(int64_t days);
int Weekday(const Date& d);          // 0 = Monday ... 6 = Sunday

// "YYYY-MM-DD" -> Date; nullopt if malformed or impossible (2023-02-30).
std::optional<Date> ParseIsoDate(std::string_view s);

// "2023-11-17" (day, and week: the Monday), "2023-11" (month), "2023" (year),
// "" for kNone.
std::string FormatDate(const DateValue& v);
// "day" | "week" | "month" | "year" | "" (kNone).
const char* PrecisionName(Precision p);

// Options of the resolver. `future` says the clause is about the future
// ("akan ... pada Desember"): a month or weekday named without a year then
// resolves forward from the anchor instead of backward.
struct ResolveOptions {
  bool future = false;
};

// Finds the temporal expressions of one sentence (or any span of text) and
// resolves them against `anchor` (the document date). Appends to `out` in text
// order; does not clear it. Unrecognised text is skipped silently.
void FindTimeExpressions(std::string_view text, Lang lang, const Date& anchor,
                         const ResolveOptions& opts, std::vector<TimeExpr>* out);

// A token of the text as the caller's tokenizer already cut it (text/
// tokenize.h), so that FindTimeExpressions need not scan the text again.
struct PreToken {
  uint32_t begin = 0;  // byte offsets into the text passed in
  uint32_t end = 0;
  // The token's lowercase form when it is ASCII letters only ("Rusia" ->
  // "rusia"); empty otherwise ("Jong-un", "17/11", "“").
  std::string_view ascii_lower;
};

// As above, over `tokens` of `text`: the same expressions, found without a
// second tokenisation where the tokens allow it (a word of ASCII letters is
// looked up from its lowercase form; anything else is rescanned on its own,
// joined with the tokens it touches unless ASCII punctuation separates them).
// REQUIRES: `tokens` are in text order, do not overlap, and only white space
// (ASCII, U+00A0, U+2009, U+200B, U+202F, U+3000, U+FEFF) lies outside them.
void FindTimeExpressions(std::string_view text, std::span<const PreToken> tokens,
                         Lang lang, const Date& anchor, const ResolveOptions& opts,
                         std::vector<TimeExpr>* out);

// How FindTimeExpressions resolves what the text leaves open:
//
//   - A bare weekday ("Selasa", "on Tuesday") is the latest such day on or
//     before the anchor, the anchor itself included; with opts.future, the
//     earliest on or after it. "Selasa lalu" / "last Tuesday" is strictly
//     before the anchor, "Selasa depan" / "next Tuesday" strictly after.
//     "Selasa pekan lalu" / "Tuesday last week" is the Tuesday of that week.
//   - A weekday with its day and month ("Jumat (17/11)") takes the latest year
//     not after the anchor's (the earliest not before it, with opts.future) in
//     which that day is that weekday, looking 28 years away at most; if none
//     fits, the weekday is ignored.
//   - A month without a year is the latest such month not after the anchor's
//     month, the anchor's month included (opts.future: the earliest not
//     before it). "lalu" / "last" means strictly before, "depan" / "next"
//     strictly after, "mendatang" / "nanti" / "coming" on or after, "ini" /
//     "this" the anchor's year.
//   - A day and month without a year is the latest such date not after the
//     anchor (opts.future: the earliest not before it). A day alone
//     ("tanggal 17", "the 17th") is found the same way, month by month.
//   - Weeks are reported by their Monday. "akhir pekan" / "the weekend" is
//     the anchor's week if the anchor is a Saturday or Sunday or opts.future
//     is set, else the week before. "tadi malam", "semalam" and "last night"
//     are the day before the anchor.
//   - "dua hari lalu", "three days ago" and "dua hari lagi" are points; a
//     count with no such word ("dua hari", "selama dua tahun", "in two
//     weeks"), or a vague one ("beberapa hari lalu"), is a duration.
//   - "Minggu" is Sunday after "hari", with its date, with a part of the day,
//     or capitalised on its own; followed by "lalu", "ini" or "depan" it is
//     the week, unless "pada Minggu" (capitalised) says Sunday.
//   - Two points joined by "hingga", "sampai", "s/d", "to", "until",
//     "through", a dash, or "dan" / "and" after "antara" / "between", make a
//     range. Its end is the first such weekday, date or month on or after its
//     start; a year written only at the end applies to the start as well.
//   - English numeric dates are read day/month first, and month/day when only
//     that order is a valid date ("11/17").
//
// Cost: one pass over the text when it holds no digit and no date word;
// otherwise a second pass over at most a few tokens per position. Nothing is
// allocated (beyond growing `out`) for texts of up to 256 tokens. An invalid
// anchor (Date{}) gives well-formed but meaningless dates.

// The document date stated in a dateline near the start of an article,
// that is a date with its day and month preceded on its line by nothing or by
// a place name ("JAKARTA, ", "Jakarta, ", "WASHINGTON "):
// "JAKARTA, Jumat (17/11)", "Jumat (17/11/2023)", "17 November 2023",
// "WASHINGTON (Nov. 17) -", "Friday, November 17, 2023". Looks only at the
// first `max_bytes` of `text`. A weekday with day/month and no year gets the
// latest year not after `now` in which that day falls on that weekday; a
// day/month with no weekday and no year gets the latest such date not after
// `now`. Without a dateline, the first weekday with its day and month
// anywhere in those bytes ("... mengatakan pada Jumat (17/11) bahwa ...") is
// taken; nullopt when there is neither. Allocates only for texts of more than
// 256 tokens.
std::optional<Date> FindDocumentDate(std::string_view text, const Date& now,
                                     size_t max_bytes = 4096);

}  // namespace warta::time

#endif  // WARTA_TIME_DATE_H_
