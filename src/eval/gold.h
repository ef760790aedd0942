// Gold annotation files: what a person says an article's events are.
//
// A gold file is one JSON object naming an article (one paragraph per line)
// and the events an annotator found in it. The format is documented in
// docs/eval.md:
//
//   {"doc": "NAME.txt", "pub_date": "2018-09-29" | null,
//    "events": [{"id": "p3-visit", "para": 3, "src": ["TUR"], "tgt": ["DEU"],
//                "roots": ["04"], "date": "2018-09" | null, "core": true,
//                "symmetric": false, "note": "..."}]}
//
// Keys not listed here ("entities", "review", ...) are read past and ignored,
// so annotators may keep their own notes in the file.
//
// ParseGold() is a pure function of its input; GoldDoc is a plain value.
#ifndef WARTA_EVAL_GOLD_H_
#define WARTA_EVAL_GOLD_H_

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "warta/status.h"

namespace warta::eval {

// One annotated event. An output event matches it by the rules in score.h.
struct GoldEvent {
  std::string id;                  // the annotator's name for it; "#N" (1-based) when absent
  int para = 0;                    // 1-based line of the article
  std::vector<std::string> src;    // source countries; "*" matches anything
  std::vector<std::string> tgt;    // target countries; "*" also matches none
  std::vector<std::string> roots;  // CAMEO roots, two digits: "04"
  std::string date;                // "YYYY-MM-DD" | "YYYY-MM" | "YYYY" | "" (not dated)
  bool core = false;               // counted by recall; optional ones only excuse
                                   // output events from being counted as spurious
  bool symmetric = false;          // either direction matches
  std::string note;
};

struct GoldDoc {
  std::string doc;  // the article's file name, relative to the gold file
  // "YYYY-MM-DD", a real calendar date; nullopt: the engine reads the
  // document date from the text (the dateline).
  std::optional<std::string> pub_date;
  std::vector<GoldEvent> events;
};

// Parses the text of a gold file. `name` is used in messages only. On error,
// the InvalidInput message starts with "NAME:LINE:COLUMN (byte N): " when
// simdjson tells where the problem is, "NAME: " otherwise, and names the
// key or value that was wrong.
Result<GoldDoc> ParseGold(std::string_view json, const std::string& name);

// Reads and parses a gold file. NotFound / IoError name the path.
Result<GoldDoc> LoadGold(const std::filesystem::path& path);

// Whether `s` is "YYYY", "YYYY-MM" or "YYYY-MM-DD" (digits in place, month
// 01..12, day 01..31).
bool IsGoldDate(std::string_view s);

}  // namespace warta::eval

#endif  // WARTA_EVAL_GOLD_H_
