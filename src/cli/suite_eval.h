// `warta eval SUITE.jsonl...`: runs validation suites (eval/suite.h) and
// prints per-suite and per-category pass rates. Suites that name their own
// dictionaries run with them through the TABARI-style coder. The real-news
// suites (records coded with the Phoenix dictionaries, and PLOVER gold
// records, which get the Phoenix dictionaries too) run a second time with
// warta's own English pack, as "NAME/warta".
#ifndef WARTA_CLI_SUITE_EVAL_H_
#define WARTA_CLI_SUITE_EVAL_H_

#include <filesystem>
#include <string>
#include <vector>

namespace warta::cli {

struct SuiteEvalArgs {
  std::vector<std::string> files;
  std::string reference = "../shared/reference";  // dictionaries' folder
  bool verbose = false;  // list failures, skipped records, dictionary problems
  bool json = false;     // one summary line
  // warta's own pack, for the real-news suites' second run.
  std::filesystem::path data_dir;
  std::filesystem::path gazetteer;
};

// True when every argument is a suite file (.jsonl with suite records).
bool AllSuites(const std::vector<std::string>& files);

// Exit status: 0, 1 when a file could not be read, 2 on usage errors.
int RunSuiteEval(const SuiteEvalArgs& args);

}  // namespace warta::cli

#endif  // WARTA_CLI_SUITE_EVAL_H_
