// Running an evaluation: gold files in, scored documents out.
//
//   eval::EvalOptions opts;
//   opts.now = "2018-10-01";
//   std::vector<std::string> errors;
//   std::vector<std::filesystem::path> golds = eval::ExpandGoldArgs({"dev/id"}, &errors);
//   eval::EvalSummary sum = eval::EvaluateAll(engine, golds, opts);
//   // sum.total.core_matched / sum.total.core is the recall.
//
// Each gold file names its article ("doc", a path relative to the gold
// file's folder). The article is coded with the Engine, dated by the gold
// "pub_date" when it has one, else by the engine's reading of the dateline
// with `now` as the reference date, and scored by score.h. A gold file or
// article that cannot be read or parsed is recorded as an error naming the
// file and skipped; the others are still scored.
//
// Thread-safety: the functions are reentrant; the Engine is shared const.
// Cost: one Engine::Code() per gold file; the articles are read whole.
#ifndef WARTA_EVAL_RUN_H_
#define WARTA_EVAL_RUN_H_

#include <filesystem>
#include <string>
#include <vector>

#include "eval/gold.h"
#include "eval/score.h"
#include "warta/engine.h"
#include "warta/status.h"

namespace warta::eval {

struct EvalOptions {
  // "YYYY-MM-DD": the latest date a dateline may resolve to. No default
  // here; the command line gives today.
  std::string now;
  CodeOptions code;  // passed to Engine::Code()
};

// One gold file, coded and scored.
struct DocumentEval {
  std::filesystem::path gold_path;
  std::filesystem::path article_path;
  std::string name;  // the article's file name without extension
  GoldDoc gold;
  std::vector<Event> events;  // what warta produced, in text order
  DocumentInfo info;          // info.date is the document date used
  std::string date_source;    // "gold" (pub_date) | "dateline" | "" (none)
  DocScore score;
};

// A gold file or article that could not be scored.
struct EvalError {
  std::string file;     // the gold file as given
  std::string message;  // names the file at fault, and the line or offset
};

struct EvalSummary {
  std::vector<DocumentEval> documents;  // in the order given
  std::vector<EvalError> errors;
  Counts total;  // summed over `documents`
};

// Gold file arguments: a file is taken as given; a directory gives its
// *.gold.json files (not recursive), sorted by name. A path that does not
// exist, or a directory without gold files, is appended to `errors` as a
// message naming it.
std::vector<std::filesystem::path> ExpandGoldArgs(const std::vector<std::string>& args,
                                                  std::vector<std::string>* errors);

// Reads `gold_path` and its article, codes the article and scores it.
// Errors: NotFound/IoError for unreadable files, InvalidInput for a bad gold
// file or article (bad UTF-8, NUL bytes), each naming the file; Usage when
// the engine rejects the options (e.g. a malformed `now`).
Result<DocumentEval> EvaluateGoldFile(const Engine& engine, const std::filesystem::path& gold_path,
                                      const EvalOptions& options);

// EvaluateGoldFile() over `gold_paths`, errors collected in the summary.
EvalSummary EvaluateAll(const Engine& engine, const std::vector<std::filesystem::path>& gold_paths,
                        const EvalOptions& options);

}  // namespace warta::eval

#endif  // WARTA_EVAL_RUN_H_
