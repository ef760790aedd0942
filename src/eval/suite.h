// Validation suites: JSON lines of sentences with the events they must give.
//
// Each line of a suite file is one record (../shared/dev/README.md):
//   {"id": ..., "text": ..., "date": "YYYYMMDD", "category": ...,
//    "expected": [{"source": ..., "target": ..., "code": ...}],
//    "expect_no_event": bool, "config": {...}, "dictionaries": {...},
//    "control_record": bool, "options": [...], "dict_notes": [...]}
// A record passes when the coder's set of (source, target, code) triples
// equals the expected set. PLOVER gold records ({"event_plover2021": TYPE,
// "source": [{"code": ...}], "target": [...]}) pass when some event has the
// type and the actors' countries (see SuiteRecord::plover_type). Control records (option changes, comments) are
// not tests: they are handed, in file order, to a ControlHandler.
//
// The coder is a callback, so the same runner scores any coder:
//
//   Result<Suite> suite = ReadSuite("tabari.dev.jsonl");
//   SuiteResult r = RunSuite(*suite, [&](const SuiteRecord& rec) {
//     return MyCoder(rec.text, rec.date);
//   });
//   std::cout << FormatSuiteTable({r});
//
// Records are skipped (counted, never silently dropped) when their notes say
// the feature is not implemented, or when they follow a suite's end marker.
// A malformed line is reported as "file:line: reason" in Suite::errors and
// reading goes on. Thread-compatible; nothing is shared between calls.
#ifndef WARTA_EVAL_SUITE_H_
#define WARTA_EVAL_SUITE_H_

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "warta/status.h"

namespace warta::eval {

struct Triple {
  std::string source, target, code;
  bool operator<(const Triple& o) const {
    return std::tie(source, target, code) < std::tie(o.source, o.target, o.code);
  }
  bool operator==(const Triple& o) const {
    return source == o.source && target == o.target && code == o.code;
  }
};

struct SuiteRecord {
  int line = 0;  // 1-based line in the suite file
  std::string id, text, date, category;
  std::vector<Triple> expected;
  bool expect_no_event = false;
  bool control = false;
  std::vector<std::string> options;              // control records' option lines
  std::map<std::string, std::string> config;     // options in force for this record
  std::map<std::string, std::string> dictionaries;  // "Verbfile" -> "CAMEO.2.0.txt"
  std::vector<std::string> notes;                // dict_notes
  std::string source_file;
  std::string skip_reason;  // non-empty: not scored
  // PLOVER gold records: the event type and the countries (first three
  // letters of each actor code) of the sources and targets. Such a record
  // passes when one event has that type, a source among `plover_sources`
  // and a target among `plover_targets` (an empty list matches anything);
  // the coder then returns (source country, target country, PLOVER type).
  std::string plover_type;
  std::vector<std::string> plover_sources, plover_targets;
};

struct Suite {
  std::string name;  // file name without ".dev.jsonl" / ".jsonl"
  std::filesystem::path path;
  std::vector<SuiteRecord> records;
  std::vector<std::string> errors;  // "file:line: reason"
};

// Reads a suite. NotFound/IoError only for the file; bad lines go to errors.
Result<Suite> ReadSuite(const std::filesystem::path& path);

// True when the file looks like a suite: ends in .jsonl and its first record
// has "text" and "expected".
bool LooksLikeSuite(const std::filesystem::path& path);

using SuiteCoder = std::function<std::vector<Triple>(const SuiteRecord&)>;
using ControlHandler = std::function<void(const SuiteRecord&)>;

struct CategoryStats {
  int records = 0, passed = 0, skipped = 0;
};

struct SuiteFailure {
  std::string id, category, text;
  std::vector<Triple> expected, got;
};

struct SuiteResult {
  std::string name;
  CategoryStats total;
  // PLOVER suites: records where some event had the right type, whatever
  // its actors.
  int type_passed = 0;
  bool plover = false;
  std::map<std::string, CategoryStats> categories;
  std::vector<SuiteFailure> failures;
  std::vector<std::pair<std::string, std::string>> skipped;  // (id, reason)
  std::vector<std::string> errors;
  int controls = 0;
  double seconds = 0;  // time spent in the coder
  // passed / (records - skipped); 0 when nothing was scored.
  double Rate() const;
};

// Runs `coder` on every test record, `on_control` (may be empty) on every
// control record, in file order. Expected "~XXX" (an agent without an actor,
// TABARI's spelling) is compared as "---XXX".
SuiteResult RunSuite(const Suite& suite, const SuiteCoder& coder,
                     const ControlHandler& on_control = nullptr);

// Per-suite and per-category tables.
std::string FormatSuiteTable(const std::vector<SuiteResult>& results);
// Each failure: id, text, expected and got triples.
std::string FormatSuiteFailures(const SuiteResult& result);
// {"suites": {NAME: {"records": N, "passed": N, "skipped": N, "rate": R,
//  "categories": {...}}}, "records": N, "passed": N, "skipped": N}
std::string FormatSuiteJson(const std::vector<SuiteResult>& results);

}  // namespace warta::eval

#endif  // WARTA_EVAL_SUITE_H_
