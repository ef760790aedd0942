// `warta eval GOLD...`: scores warta against gold annotation files
// (docs/eval.md).
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/code_command.h"
#include "cli/command.h"
#include "cli/suite_eval.h"
#include "eval/report.h"
#include "eval/run.h"
#include "time/date.h"
#include "warta/engine.h"

namespace warta::cli {
namespace {

struct EvalArgs {
  std::vector<std::string> gold;  // gold files or folders of *.gold.json
  std::string now;                // "" = today
  bool verbose = false;
  bool json = false;
  size_t max_line_bytes = 1 << 20;
  std::string reference = "../shared/reference";  // suites' dictionaries
};

int RunEval(const EvalArgs& args, const std::filesystem::path& data_dir,
            const std::filesystem::path& gazetteer) {
  eval::EvalOptions opts;
  opts.now = args.now.empty() ? Today() : args.now;
  if (!time::ParseIsoDate(opts.now)) {
    std::cerr << "warta eval: --now must be YYYY-MM-DD, not '" << args.now << "'\n";
    return 2;
  }
  opts.code.max_line_bytes = args.max_line_bytes;
  std::unique_ptr<Engine> engine = LoadEngine(data_dir, gazetteer);
  if (!engine) return 2;

  eval::EvalSummary sum;
  std::vector<std::string> arg_errors;
  std::vector<std::filesystem::path> golds = eval::ExpandGoldArgs(args.gold, &arg_errors);
  for (const std::string& e : arg_errors) {
    std::cerr << "warta: " << e << "\n";
    sum.errors.push_back({e.substr(0, e.find(": ")), e});
  }
  bool warned = false;
  for (const std::filesystem::path& p : golds) {
    Result<eval::DocumentEval> d = eval::EvaluateGoldFile(*engine, p, opts);
    if (!d.ok()) {
      std::cerr << "warta: " << d.status().message() << "\n";
      if (d.status().code() == StatusCode::kUsage) return 2;
      sum.errors.push_back({p.string(), d.status().message()});
      continue;
    }
    for (const std::string& w : d->info.warnings) {
      std::cerr << "warta: " << d->article_path.string() << ": " << w << "\n";
      warned = true;
    }
    sum.total += d->score.counts;
    sum.documents.push_back(std::move(d).value());
  }

  if (args.json) {
    std::cout << eval::FormatJson(sum, args.verbose);
  } else {
    if (args.verbose) {
      for (const eval::DocumentEval& d : sum.documents) std::cout << eval::FormatDetails(d) << "\n";
    }
    std::cout << eval::FormatTable(sum);
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "warta: write error\n";
    return 1;
  }
  return sum.errors.empty() && !warned ? 0 : 1;
}

}  // namespace

void RegisterEvalCommand(CLI::App* app, const GlobalOptions* global, int* exit_code) {
  auto args = std::make_shared<EvalArgs>();
  CLI::App* c = app->add_subcommand(
      "eval", "score warta against gold annotation files (recall, precision, date accuracy) or validation suites (*.jsonl)");
  c->add_option("gold", args->gold, "gold files (NAME.gold.json) or folders holding them")
      ->required();
  c->add_option("--now", args->now, "reference date for datelines without a year (default: today)");
  c->add_flag("-v,--verbose", args->verbose,
              "list each missed core annotation, misdated one and spurious event");
  c->add_flag("--json", args->json, "print one JSON summary line instead of the table");
  c->add_option("--max-line-bytes", args->max_line_bytes, "longest line coded")
      ->capture_default_str();
  c->add_option("--reference", args->reference,
                 "validation suites (*.jsonl): folder of their dictionaries (searches petrarch2/, tabari/)")
      ->capture_default_str();
  c->callback([args, global, exit_code] {
    if (AllSuites(args->gold)) {
      *exit_code = RunSuiteEval({args->gold, args->reference, args->verbose, args->json,
                                 global->DataDir(), global->GazetteerPath()});
      return;
    }
    *exit_code = RunEval(*args, global->DataDir(), global->GazetteerPath());
  });
}

}  // namespace warta::cli
