// Scoring warta's events against a gold annotation.
//
// The rules (docs/eval.md; they are those of the project's dev gold data):
//
// - An output event belongs to the line (1-based) that holds the start of its
//   evidence: Event::paragraph.
// - It matches an annotation when it is on the annotation's line, its source
//   country is in `src` and its target country in `tgt` (or, for a
//   `symmetric` annotation, source in `tgt` and target in `src`), and its
//   CAMEO root is in `roots`. A country is ActorRef::country. "*" matches any
//   country and also a missing actor; nothing else matches a missing actor.
// - Recall: core annotations matched by at least one event.
// - Precision: output events matching at least one annotation, core or not.
// - Date accuracy: of the matched core annotations that have a date, those
//   with a matching event whose date starts with the gold date at the same or
//   a finer precision (year < month < week < day). A week-precision event
//   ("2018-09-24", the Monday) thus satisfies "2018-09" but not "2018-09-24".
//
// Everything here is a pure function of its arguments and thread-safe.
#ifndef WARTA_EVAL_SCORE_H_
#define WARTA_EVAL_SCORE_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "eval/gold.h"
#include "warta/event.h"

namespace warta::eval {

// Whether `e` matches annotation `g` (line, countries, root).
bool Matches(const Event& e, const GoldEvent& g);

// Whether an event dated `date` at `precision` ("day" | "week" | "month" |
// "year"; "" = read from the length of `date`) satisfies gold date
// `gold_date`. False when either date is empty.
bool DateMatches(std::string_view date, std::string_view precision, std::string_view gold_date);

// Numerators and denominators, summable over documents.
struct Counts {
  int core = 0;            // core annotations
  int core_matched = 0;    // ... matched by some event (recall)
  int events = 0;          // output events
  int events_matched = 0;  // ... matching some annotation (precision)
  int dated = 0;           // matched core annotations that have a date
  int dated_correct = 0;   // ... with a matching event at the right date

  Counts& operator+=(const Counts& o);
};

// num/den, or nullopt when den is 0 (nothing to measure).
std::optional<double> Ratio(int num, int den);

// The score of one document, with what went wrong. Indices point into the
// annotations and events that were scored.
struct DocScore {
  Counts counts;
  std::vector<size_t> missed;    // core annotations no event matches
  std::vector<size_t> misdated;  // matched, dated core annotations whose
                                 // matching events all have another date
  std::vector<size_t> spurious;  // events that match no annotation
  // For each annotation, the events that match it.
  std::vector<std::vector<size_t>> matches;
};

DocScore Score(const std::vector<GoldEvent>& gold, const std::vector<Event>& events);

}  // namespace warta::eval

#endif  // WARTA_EVAL_SCORE_H_
