// A readable table of events for a terminal.
#ifndef WARTA_OUTPUT_TABLE_H_
#define WARTA_OUTPUT_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "warta/event.h"

namespace warta::output {

// One row per event: date, source, code and name, target, trigger and the
// start of the sentence; columns padded by display width (UTF-8 aware).
std::string FormatTable(const std::vector<Event>& events);

// Helpers for any table warta prints. Widths count code points, enough for
// the Latin scripts warta codes.
size_t DisplayWidth(std::string_view s);
// `s` cut to at most `max` columns, ending in "…" when cut.
std::string Truncate(std::string_view s, size_t max);
// `s` followed by spaces up to `width` columns (never cut).
std::string PadRight(std::string_view s, size_t width);

}  // namespace warta::output

#endif  // WARTA_OUTPUT_TABLE_H_
