// JSON lines output of events (the format is documented in docs/events.md).
//
// Written directly into a caller-owned string: no DOM, no allocation beyond
// the string's growth. Thread-compatible.
#ifndef WARTA_OUTPUT_JSON_H_
#define WARTA_OUTPUT_JSON_H_

#include <string>
#include <string_view>

#include "warta/event.h"

namespace warta::output {

// Appends `s` as a JSON string literal (quotes included), escaping control
// characters, quotes and backslashes. REQUIRES: `s` is valid UTF-8.
void AppendJsonString(std::string_view s, std::string* out);

// Appends one event as a JSON object followed by '\n'.
void AppendEventJson(const Event& e, std::string* out);

}  // namespace warta::output

#endif  // WARTA_OUTPUT_JSON_H_
