// warta: codes news articles into political event records.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/code_command.h"
#include "dict/check.h"

int main(int argc, char** argv) {
  CLI::App app{"warta: code news articles into dated, sourced political events (CAMEO, PLOVER)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "warta 0.1.0");
  std::string data;
  app.add_option("--data", data, "dictionary folder (default: data/ of the checkout)");

  warta::cli::CodeArgs code;
  CLI::App* c = app.add_subcommand("code", "code articles and write their events");
  c->add_option("inputs", code.inputs, "text files, directories, or - for stdin");
  c->add_option("--lang", code.lang, "language of the articles: id or auto")
      ->capture_default_str();
  c->add_option("--date", code.date, "publication date YYYY-MM-DD (default: from the dateline)");
  c->add_option("--now", code.now, "reference date for datelines without a year (default: today)");
  c->add_option("--format", code.format, "jsonl or table")->capture_default_str();
  c->add_option("-o,--output", code.output, "write here instead of stdout");
  c->add_option("--max-line-bytes", code.max_line_bytes, "longest line coded")
      ->capture_default_str();

  CLI::App* dict = app.add_subcommand("dict", "work with the dictionaries");
  dict->require_subcommand(1);
  std::string check_lang = "id";
  CLI::App* check = dict->add_subcommand(
      "check", "report malformed lines, unknown codes, duplicates and conflicts");
  check->add_option("--lang", check_lang, "language pack to check")->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  std::filesystem::path dir = warta::cli::FindDataDir(data, argv[0]);
  if (c->parsed()) {
    code.data_dir = dir;
    return warta::cli::RunCode(code);
  }
  if (check->parsed()) {
    warta::dict::CheckReport r = warta::dict::CheckDictionaries(dir, check_lang);
    for (const std::string& e : r.errors) std::cerr << e << "\n";
    for (const std::string& p : r.problems) std::cout << p << "\n";
    if (r.errors.empty())
      std::cout << dir.string() << "/" << check_lang << ": " << r.actors << " actor phrases, "
                << r.agents << " role phrases, " << r.patterns << " patterns, "
                << r.problems.size() << " problem" << (r.problems.size() == 1 ? "" : "s")
                << "\n";
    return r.errors.empty() && r.problems.empty() ? 0 : 1;
  }
  return 2;
}
