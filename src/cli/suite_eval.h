// `warta eval SUITE.jsonl...`: runs validation suites (eval/suite.h) with the
// TABARI-style coder and prints per-suite and per-category pass rates.
#ifndef WARTA_CLI_SUITE_EVAL_H_
#define WARTA_CLI_SUITE_EVAL_H_

#include <string>
#include <vector>

namespace warta::cli {

struct SuiteEvalArgs {
  std::vector<std::string> files;
  std::string reference = "../shared/reference";  // dictionaries' folder
  bool verbose = false;  // list failures, skipped records, dictionary problems
  bool json = false;     // one summary line
};

// True when every argument is a suite file (.jsonl with suite records).
bool AllSuites(const std::vector<std::string>& files);

// Exit status: 0, 1 when a file could not be read, 2 on usage errors.
int RunSuiteEval(const SuiteEvalArgs& args);

}  // namespace warta::cli

#endif  // WARTA_CLI_SUITE_EVAL_H_
