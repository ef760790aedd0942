// How the warta subcommands plug into the one CLI.
//
// Each command lives in its own NAME_command.cc and exposes one Register
// function that adds its subcommand (options, help, callback) to the app.
// The callback runs after parsing and stores the exit status: 0 success,
// 1 some inputs failed, 2 usage error.
#ifndef WARTA_CLI_COMMAND_H_
#define WARTA_CLI_COMMAND_H_

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <string>

#include "warta/engine.h"

namespace warta::cli {

struct GlobalOptions {
  std::string data;            // --data
  const char* argv0 = "warta";
  // The data directory: --data, else $WARTA_DATA, else data/ beside the
  // executable's checkout, else ./data.
  std::filesystem::path DataDir() const;
  // The generated gazetteer: $WARTA_GAZETTEER, else data/gazetteer.tsv
  // beside the executable (build/data/), else "" (no locations).
  std::filesystem::path GazetteerPath() const;
};

// Loads the dictionaries (and the gazetteer when `gazetteer` is not empty);
// on failure says why on stderr and returns nullptr (exit status 2).
std::unique_ptr<Engine> LoadEngine(const std::filesystem::path& data_dir,
                                   const std::filesystem::path& gazetteer);

void RegisterCodeCommand(CLI::App* app, const GlobalOptions* global, int* exit_code);
void RegisterDictCommand(CLI::App* app, const GlobalOptions* global, int* exit_code);
void RegisterEvalCommand(CLI::App* app, const GlobalOptions* global, int* exit_code);
void RegisterIngestCommand(CLI::App* app, const GlobalOptions* global, int* exit_code);
void RegisterQueryCommand(CLI::App* app, const GlobalOptions* global, int* exit_code);
void RegisterExplainCommand(CLI::App* app, const GlobalOptions* global, int* exit_code);
void RegisterStatsCommand(CLI::App* app, const GlobalOptions* global, int* exit_code);

}  // namespace warta::cli

#endif  // WARTA_CLI_COMMAND_H_
