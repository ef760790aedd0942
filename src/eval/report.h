// Showing an evaluation: a table for people, one JSON line for programs.
//
// The JSON summary (documented in docs/eval.md) is one object on one line:
//
//   {"documents":11,"failed":0,"core":{"annotations":38,"matched":13},
//    "events":{"output":80,"matched":30},"dates":{"annotations":3,"correct":1},
//    "recall":0.342,"precision":0.375,"date_accuracy":0.333,
//    "per_document":[{...the same counts and ratios, with "name", "gold",
//                     "article", "date", "date_source"...}],
//    "errors":[{"file":"...","message":"..."}]}
//
// A ratio whose denominator is 0 is null. Readers must ignore keys they do
// not know: further suites (English validation sets) are to be added under a
// "suites" key without changing the keys above.
//
// All functions are pure and thread-safe.
#ifndef WARTA_EVAL_REPORT_H_
#define WARTA_EVAL_REPORT_H_

#include <optional>
#include <string>

#include "eval/run.h"

namespace warta::eval {

// "0.62 (13/21)", or "- (0/0)" when there is nothing to measure.
std::string FormatRatio(int num, int den);

// One row per document (date used, recall, precision, date accuracy, each
// with its counts), failed files marked, and a TOTAL row.
std::string FormatTable(const EvalSummary& sum);

// For one document: each missed core annotation (id, line, src -> tgt,
// roots, note, and the events warta produced on that line), each matched
// annotation with the wrong date, and each spurious event (line,
// source -> target, code, trigger, evidence sentence, rule).
std::string FormatDetails(const DocumentEval& d);

// The JSON summary line, '\n'-terminated. With `details`, each per-document
// entry also lists "missed", "misdated" and "spurious".
std::string FormatJson(const EvalSummary& sum, bool details);

}  // namespace warta::eval

#endif  // WARTA_EVAL_REPORT_H_
