// warta: codes news articles into political event records.
#include <CLI/CLI.hpp>

#include "cli/command.h"

int main(int argc, char** argv) {
  CLI::App app{"warta: code news articles into dated, sourced political events (CAMEO, PLOVER)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "warta 0.1.0");
  warta::cli::GlobalOptions global;
  global.argv0 = argv[0];
  app.add_option("--data", global.data, "dictionary folder (default: data/ of the checkout)");

  int exit_code = 2;
  warta::cli::RegisterCodeCommand(&app, &global, &exit_code);
  warta::cli::RegisterDictCommand(&app, &global, &exit_code);
  warta::cli::RegisterEvalCommand(&app, &global, &exit_code);
  warta::cli::RegisterIngestCommand(&app, &global, &exit_code);
  warta::cli::RegisterQueryCommand(&app, &global, &exit_code);
  warta::cli::RegisterExplainCommand(&app, &global, &exit_code);
  warta::cli::RegisterStatsCommand(&app, &global, &exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  return exit_code;
}
