// Shared set-up of the cross-stage tests: one Engine over the project's data.
#ifndef WARTA_TESTS_TEST_ENGINE_H_
#define WARTA_TESTS_TEST_ENGINE_H_

#include <string>
#include <vector>

#include "warta/engine.h"

namespace warta::testing {

// True when the build generated the gazetteer (it needs the npm registry;
// without it warta codes events without places).
bool HasGazetteer();

// The engine over data/ and the gazetteer when there is one (loaded once;
// aborts the test binary if it fails).
const Engine& TestEngine();

// Codes `text` as one document dated `date` (YYYY-MM-DD, or "" to read the
// dateline with `now`) in `lang` ("id", "en" or "auto").
std::vector<Event> CodeText(const std::string& text, const std::string& date,
                            const std::string& now = "2026-11-28",
                            const std::string& doc_id = "test",
                            bool untargeted_statements = false,
                            const std::string& lang = "id");

// Reads a file; "" if it cannot be read.
std::string ReadFile(const std::string& path);

}  // namespace warta::testing

#endif  // WARTA_TESTS_TEST_ENGINE_H_
