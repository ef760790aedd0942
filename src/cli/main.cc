// warta: codes news articles into political event records.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/code_command.h"

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
  return 2;
}
