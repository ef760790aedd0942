// A readable table of events for a terminal.
#ifndef WARTA_OUTPUT_TABLE_H_
#define WARTA_OUTPUT_TABLE_H_

#include <string>
#include <vector>

#include "warta/event.h"

namespace warta::output {

// One row per event: date, source, code and name, target, trigger and the
// start of the sentence; columns padded by display width (UTF-8 aware).
std::string FormatTable(const std::vector<Event>& events);

}  // namespace warta::output

#endif  // WARTA_OUTPUT_TABLE_H_
