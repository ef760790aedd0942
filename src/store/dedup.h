// De-duplication of events reported by several articles.
//
// Two coded events are the same real-world event, and share one row of the
// `events` table, when they have the same
//
//   1. date, at its precision ("2024-06-18/day" differs from
//      "2024-06-17/week", the week of that Monday, and from "2024-06/month");
//      undated events share the empty date,
//   2. source actor code ("" when none),
//   3. target actor code ("" when none),
//   4. CAMEO event code, and
//   5. location: "gn:<geonames id>" when the gazetteer gave one, else
//      "name:<place name, ASCII-lowercased>", else "" (no location).
//
// DedupKey() joins them with '|' in that order, e.g.
// "2024-06-18/day|RUSGOV|PRKGOV|042|gn:2013345". Everything else (the
// actors' words, the trigger, the attribution, the article) belongs to the
// mention, not the event. All functions here are pure and thread-safe.
#ifndef WARTA_STORE_DEDUP_H_
#define WARTA_STORE_DEDUP_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "warta/event.h"

namespace warta::store {

// The key described above.
std::string DedupKey(const Event& e);

// The location part of the key: "gn:ID", "name:..." or "".
std::string LocationKey(const Event& e);

// The days an event date covers, both ends inclusive, as "YYYY-MM-DD".
// "2024-06-18"/day -> 2024-06-18..2024-06-18; "2024-06-17"/week ->
// 2024-06-17..2024-06-23; "2024-06"/month -> 2024-06-01..2024-06-30;
// "2024"/year -> 2024-01-01..2024-12-31. Empty strings when the date is
// empty or malformed. A "YYYY-MM-DD" date without a precision is a day.
struct DateRange {
  std::string first;
  std::string last;
};
DateRange EventDateRange(std::string_view date, std::string_view precision);

// The same for a --since/--until argument ("2024", "2024-06", "2024-06-18"):
// the range of days it names. Empty strings when malformed.
DateRange ArgumentDateRange(std::string_view date);

// 64-bit FNV-1a of `s`. Not cryptographic; used to recognise an article
// whose text was stored before.
uint64_t Fnv1a64(std::string_view s);
// Fnv1a64 as 16 lower-case hex digits.
std::string TextHash(std::string_view text);

}  // namespace warta::store

#endif  // WARTA_STORE_DEDUP_H_
