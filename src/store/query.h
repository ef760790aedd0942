// Reading the event database: `warta query`, `warta explain`, `warta stats`.
//
// Each function opens nothing itself: it reads through the caller's Db
// (open it read-only) and streams what it finds to `out`, so exporting a
// database of millions of events holds one row in memory at a time.
// Thread-compatible.
#ifndef WARTA_STORE_QUERY_H_
#define WARTA_STORE_QUERY_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "store/db.h"
#include "warta/status.h"

namespace warta::store {

// Filters combine with AND. Every field's empty value means "no filter".
struct QueryFilter {
  // Source or target code starting with `actor` (ASCII case-insensitive),
  // or the words of any mention's source or target containing it.
  std::string actor;
  std::string country;     // ISO 3166 alpha-3 of either side ("RUS")
  std::string code;        // CAMEO code prefix: "11" -> 11, 110, 111, 1121...
  bool root = false;       // compare --code's root (first two digits,
                           // "1" -> "01") to EventRootCode exactly
  std::vector<int> quads;  // quad classes, 1..4
  std::string since;       // YYYY | YYYY-MM | YYYY-MM-DD: events that may
  std::string until;       // have happened in the range (dated events only)
  std::string text;        // words that must all be in a mention's sentence
  int64_t limit = -1;      // rows; < 0 for all
};

enum class QueryFormat {
  kTable,  // readable, for a terminal
  kJsonl,  // docs/events.md fields of the first mention, plus the counts
  kCsv,    // RFC 4180, with a header row
  kGdelt,  // GDELT 2.0 event table: 61 tab-separated columns, no header
};

// Parses "table" | "jsonl" | "csv" | "gdelt".
Result<QueryFormat> ParseQueryFormat(std::string_view s);

// Writes the events that pass `filter`, in event id order. Usage errors
// (a malformed date or code) name the option and value. Returns the number
// of rows through `rows` when it is not null.
Status RunQuery(Db* db, const QueryFilter& filter, QueryFormat format, std::ostream* out,
                int64_t* rows = nullptr);

// The CSV columns, in order.
const std::vector<std::string>& CsvColumns();

// `warta explain`: the event (by its number, or by the 16-hex event_id of
// any of its mentions), then every mention's sentence with the actors marked
// [[words|CODE]] and the trigger «words», the rule that fired and the notes.
// NotFound when no event has that id.
Status Explain(Db* db, std::string_view id, std::ostream* out);

// `warta stats`: counts of articles, events and mentions, the runs, the
// most frequent actors and events per CAMEO root per month.
Status Stats(Db* db, std::ostream* out, int top_actors = 15);

}  // namespace warta::store

#endif  // WARTA_STORE_QUERY_H_
