#include "store/dedup.h"

#include <cstdio>

#include "time/date.h"

namespace warta::store {
namespace {

std::string Iso(const time::Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

bool AllDigits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::string LocationKey(const Event& e) {
  if (!e.location) return "";
  if (e.location->geonames_id != 0) return "gn:" + std::to_string(e.location->geonames_id);
  const std::string& name = e.location->name.empty() ? e.location->text : e.location->name;
  if (name.empty()) return "";
  std::string key = "name:";
  for (char c : name) key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  return key;
}

std::string DedupKey(const Event& e) {
  std::string key;
  key.reserve(64);
  if (!e.date.empty()) {
    key += e.date;
    key += '/';
    key += e.date_precision.empty() ? (e.date.size() == 10 ? "day" : "") : e.date_precision;
  }
  key += '|';
  if (e.source) key += e.source->code;
  key += '|';
  if (e.target) key += e.target->code;
  key += '|';
  key += e.cameo_code;
  key += '|';
  key += LocationKey(e);
  return key;
}

DateRange ArgumentDateRange(std::string_view d) {
  if (d.size() == 4 && AllDigits(d)) {
    return {std::string(d) + "-01-01", std::string(d) + "-12-31"};
  }
  if (d.size() == 7 && d[4] == '-' && AllDigits(d.substr(0, 4)) && AllDigits(d.substr(5, 2))) {
    int y = ToInt(d.substr(0, 4)), m = ToInt(d.substr(5, 2));
    if (m < 1 || m > 12) return {};
    return {Iso({y, m, 1}), Iso({y, m, time::DaysInMonth(y, m)})};
  }
  if (std::optional<time::Date> day = time::ParseIsoDate(d)) return {Iso(*day), Iso(*day)};
  return {};
}

DateRange EventDateRange(std::string_view date, std::string_view precision) {
  if (date.empty()) return {};
  if (precision == "week") {
    std::optional<time::Date> monday = time::ParseIsoDate(date);
    if (!monday) return {};
    return {Iso(*monday), Iso(time::FromDays(time::ToDays(*monday) + 6))};
  }
  DateRange r = ArgumentDateRange(date);
  // A precision that contradicts the shape of the date is malformed.
  if (precision == "day" && date.size() != 10) return {};
  if (precision == "month" && date.size() != 7) return {};
  if (precision == "year" && date.size() != 4) return {};
  return r;
}

uint64_t Fnv1a64(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string TextHash(std::string_view text) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(Fnv1a64(text)));
  return buf;
}

}  // namespace warta::store
