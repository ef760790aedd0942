// Calendar arithmetic, ISO dates and their formatting. The temporal
// expression scanner lives in expressions.cc.
#include "time/date.h"

#include <cstdio>

namespace warta::time {

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static constexpr int8_t kDays[12] = {31, 28, 31, 30, 31, 30,
                                       31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

bool IsValid(const Date& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= DaysInMonth(d.year, d.month);
}

// Howard Hinnant's days_from_civil and civil_from_days: exact for the whole
// proleptic Gregorian calendar, negative years included.
int64_t ToDays(const Date& d) {
  const int64_t y = static_cast<int64_t>(d.year) - (d.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (d.month + 9) % 12;  // March = 0
  const int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date FromDays(int64_t days) {
  const int64_t z = days + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t day = doy - (153 * mp + 2) / 5 + 1;
  const int64_t month = mp < 10 ? mp + 3 : mp - 9;
  const int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return Date{static_cast<int>(year), static_cast<int>(month),
              static_cast<int>(day)};
}

int Weekday(const Date& d) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  int64_t w = (ToDays(d) + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w);
}

std::optional<Date> ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int fields[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8};
  const size_t lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (size_t k = 0; k < lengths[f]; ++k) {
      const char c = s[starts[f] + k];
      if (c < '0' || c > '9') return std::nullopt;
      fields[f] = fields[f] * 10 + (c - '0');
    }
  }
  const Date d{fields[0], fields[1], fields[2]};
  if (!IsValid(d)) return std::nullopt;
  return d;
}

std::string FormatDate(const DateValue& v) {
  const Date& d = v.date;
  if (v.precision != Precision::kNone && d.year >= 0 && d.year <= 9999 &&
      d.month >= 0 && d.month <= 99 && d.day >= 0 && d.day <= 99) {
    // The common case without snprintf: YYYY, YYYY-MM or YYYY-MM-DD.
    char buf[10];
    auto put = [&](char* at, int value, int digits) {
      for (int k = digits - 1; k >= 0; --k, value /= 10) at[k] = static_cast<char>('0' + value % 10);
    };
    put(buf, d.year, 4);
    put(buf + 5, d.month, 2);
    put(buf + 8, d.day, 2);
    buf[4] = buf[7] = '-';
    size_t n = v.precision == Precision::kYear ? 4 : v.precision == Precision::kMonth ? 7 : 10;
    return std::string(buf, n);
  }
  char buf[48];
  int n = 0;
  switch (v.precision) {
    case Precision::kNone:
      return std::string();
    case Precision::kDay:
    case Precision::kWeek:
      n = std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", v.date.year,
                        v.date.month, v.date.day);
      break;
    case Precision::kMonth:
      n = std::snprintf(buf, sizeof(buf), "%04d-%02d", v.date.year,
                        v.date.month);
      break;
    case Precision::kYear:
      n = std::snprintf(buf, sizeof(buf), "%04d", v.date.year);
      break;
  }
  return std::string(buf, n > 0 ? static_cast<size_t>(n) : 0);
}

const char* PrecisionName(Precision p) {
  switch (p) {
    case Precision::kNone:
      return "";
    case Precision::kDay:
      return "day";
    case Precision::kWeek:
      return "week";
    case Precision::kMonth:
      return "month";
    case Precision::kYear:
      return "year";
  }
  return "";
}

}  // namespace warta::time
