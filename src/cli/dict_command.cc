// `warta dict check`: reports problems in the dictionaries by file:line.
#include <iostream>

#include "cli/command.h"
#include "dict/check.h"

namespace warta::cli {

void RegisterDictCommand(CLI::App* app, const GlobalOptions* global, int* exit_code) {
  CLI::App* dict = app->add_subcommand("dict", "work with the dictionaries");
  dict->require_subcommand(1);
  auto lang = std::make_shared<std::string>("id");
  CLI::App* check = dict->add_subcommand(
      "check", "report malformed lines, unknown codes, duplicates and conflicts");
  check->add_option("--lang", *lang, "language pack to check")->capture_default_str();
  check->callback([global, exit_code, lang] {
    std::filesystem::path dir = global->DataDir();
    dict::CheckReport r = dict::CheckDictionaries(dir, *lang);
    for (const std::string& e : r.errors) std::cerr << e << "\n";
    for (const std::string& p : r.problems) std::cout << p << "\n";
    if (r.errors.empty())
      std::cout << dir.string() << "/" << *lang << ": " << r.actors << " actor phrases, "
                << r.agents << " role phrases, " << r.patterns << " patterns, "
                << r.problems.size() << " problem" << (r.problems.size() == 1 ? "" : "s")
                << "\n";
    *exit_code = r.errors.empty() && r.problems.empty() ? 0 : 1;
  });
}

}  // namespace warta::cli
