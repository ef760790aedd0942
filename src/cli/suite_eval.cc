#include "cli/suite_eval.h"

#include <iostream>

#include "eval/suite.h"
#include "eval/suite_tabari.h"

namespace warta::cli {

bool AllSuites(const std::vector<std::string>& files) {
  if (files.empty()) return false;
  for (const std::string& f : files) {
    if (!eval::LooksLikeSuite(f)) return false;
  }
  return true;
}

int RunSuiteEval(const SuiteEvalArgs& args) {
  std::error_code ec;
  std::filesystem::path reference = args.reference;
  if (!std::filesystem::is_directory(reference, ec) && args.reference == SuiteEvalArgs().reference) {
    // The default is relative to the checkout; suites in shared/dev/en/
    // have their dictionaries in shared/reference/.
    std::filesystem::path beside = std::filesystem::path(args.files[0]).parent_path() / ".." / ".." / "reference";
    if (std::filesystem::is_directory(beside, ec)) reference = beside;
  }
  if (!std::filesystem::is_directory(reference, ec)) {
    std::cerr << "warta eval: --reference " << reference.string() << " is not a folder\n";
    return 2;
  }
  int rc = 0;
  std::vector<eval::SuiteResult> results;
  eval::TabariSuiteCoder coder(reference);
  for (const std::string& f : args.files) {
    Result<eval::Suite> suite = eval::ReadSuite(f);
    if (!suite.ok()) {
      std::cerr << "warta: " << suite.status().message() << "\n";
      rc = 1;
      continue;
    }
    for (const std::string& e : suite->errors) std::cerr << "warta: " << e << "\n";
    if (!suite->errors.empty()) rc = 1;
    coder.Reset();
    results.push_back(eval::RunSuite(*suite, coder.AsSuiteCoder(), coder.AsControlHandler()));
  }
  if (args.verbose) {
    for (const std::string& p : coder.problems()) std::cerr << "warta: " << p << "\n";
  }
  if (args.json) {
    std::cout << eval::FormatSuiteJson(results);
  } else {
    if (args.verbose) {
      for (const eval::SuiteResult& r : results) std::cout << eval::FormatSuiteFailures(r) << "\n";
    }
    std::cout << eval::FormatSuiteTable(results);
    if (!args.verbose && !coder.problems().empty()) {
      std::cout << coder.problems().size()
                << " dictionary lines or options could not be used (--verbose lists them)\n";
    }
  }
  std::cout.flush();
  return rc;
}

}  // namespace warta::cli
