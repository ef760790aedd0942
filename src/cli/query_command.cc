// `warta query`, `warta explain` and `warta stats`: reading the event
// database written by `warta ingest` (docs/schema.md).
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/inputs.h"
#include "store/db.h"
#include "store/query.h"

namespace warta::cli {
namespace {

struct QueryArgs {
  std::string db = "warta.db";
  store::QueryFilter filter;
  std::string quad;
  std::string format = "table";
  std::string output;
};

int ExitFor(const Status& s) { return s.code() == StatusCode::kUsage ? 2 : 1; }

// "3", "1,3", "3-4" -> quad classes.
bool ParseQuads(const std::string& s, std::vector<int>* out) {
  size_t i = 0;
  while (i < s.size()) {
    size_t comma = s.find(',', i);
    std::string part = s.substr(i, comma == std::string::npos ? std::string::npos : comma - i);
    i = comma == std::string::npos ? s.size() : comma + 1;
    int a = 0, b = 0;
    if (part.size() == 1 && part[0] >= '1' && part[0] <= '4') {
      a = b = part[0] - '0';
    } else if (part.size() == 3 && part[1] == '-' && part[0] >= '1' && part[0] <= '4' &&
               part[2] >= part[0] && part[2] <= '4') {
      a = part[0] - '0';
      b = part[2] - '0';
    } else {
      return false;
    }
    for (int q = a; q <= b; ++q) out->push_back(q);
  }
  return !out->empty();
}

Result<std::unique_ptr<store::Db>> OpenDb(const std::string& path) {
  return store::Db::Open(path, store::Db::kReadOnly);
}

int RunQueryCommand(QueryArgs& args) {
  if (!args.quad.empty() && !ParseQuads(args.quad, &args.filter.quads)) {
    std::cerr << "warta query: --quad " << args.quad << ": expected 1-4, e.g. 4, 3,4 or 3-4\n";
    return 2;
  }
  Result<store::QueryFormat> format = store::ParseQueryFormat(args.format);
  if (!format.ok()) {
    std::cerr << "warta query: " << format.status().message() << "\n";
    return 2;
  }
  Result<std::unique_ptr<store::Db>> db = OpenDb(args.db);
  if (!db.ok()) {
    std::cerr << "warta: " << db.status().message() << "\n";
    return 2;
  }
  std::ofstream file;
  std::ostream* out = OpenOutput(args.output, &file);
  if (out == nullptr) return 2;
  Status s = store::RunQuery(db->get(), args.filter, *format, out);
  out->flush();
  if (!s.ok()) {
    std::cerr << "warta query: " << s.message() << "\n";
    return ExitFor(s);
  }
  return 0;
}

}  // namespace

void RegisterQueryCommand(CLI::App* app, const GlobalOptions*, int* exit_code) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* c = app->add_subcommand("query", "select events from a database made by warta ingest");
  c->add_option("--db", args->db, "the database file")->capture_default_str();
  c->add_option("--actor", args->filter.actor,
                "source or target code prefix (RUS, RUSGOV) or words of an actor (Putin)");
  c->add_option("--country", args->filter.country, "ISO 3166 alpha-3 country of either side");
  c->add_option("--code", args->filter.code, "CAMEO code prefix: 11 matches 11, 110, 112, 1121...");
  c->add_flag("--root", args->filter.root,
              "match --code's root (first two digits; 1 means 01) exactly");
  c->add_option("--quad", args->quad, "quad class: 1-4, or a list such as 3,4 or 3-4");
  c->add_option("--since", args->filter.since, "events on or after DATE (YYYY[-MM[-DD]])");
  c->add_option("--until", args->filter.until, "events on or before DATE (YYYY[-MM[-DD]])");
  c->add_option("--text", args->filter.text, "words that must all be in a mention's sentence");
  c->add_option("--limit", args->filter.limit,
                "at most N events (default: 100 for table, all for the other formats)");
  c->add_option("--format", args->format, "table, jsonl, csv or gdelt")->capture_default_str();
  c->add_option("-o,--output", args->output, "write here instead of stdout");
  c->callback([args, exit_code] { *exit_code = RunQueryCommand(*args); });
}

void RegisterExplainCommand(CLI::App* app, const GlobalOptions*, int* exit_code) {
  auto db = std::make_shared<std::string>("warta.db");
  auto id = std::make_shared<std::string>();
  CLI::App* c = app->add_subcommand(
      "explain", "show an event with every sentence that reports it and the rules that fired");
  c->add_option("EVENT_ID", *id, "the event number (GLOBALEVENTID) or a mention's event_id")
      ->required();
  c->add_option("--db", *db, "the database file")->capture_default_str();
  c->callback([db, id, exit_code] {
    Result<std::unique_ptr<store::Db>> d = OpenDb(*db);
    if (!d.ok()) {
      std::cerr << "warta: " << d.status().message() << "\n";
      *exit_code = 2;
      return;
    }
    Status s = store::Explain(d->get(), *id, &std::cout);
    if (!s.ok()) std::cerr << "warta explain: " << s.message() << "\n";
    *exit_code = s.ok() ? 0 : 1;
  });
}

void RegisterStatsCommand(CLI::App* app, const GlobalOptions*, int* exit_code) {
  auto db = std::make_shared<std::string>("warta.db");
  auto top = std::make_shared<int>(15);
  CLI::App* c = app->add_subcommand(
      "stats", "counts of articles, events and mentions; top actors; events per root per month");
  c->add_option("--db", *db, "the database file")->capture_default_str();
  c->add_option("--top", *top, "how many actors to list")->capture_default_str();
  c->callback([db, top, exit_code] {
    Result<std::unique_ptr<store::Db>> d = OpenDb(*db);
    if (!d.ok()) {
      std::cerr << "warta: " << d.status().message() << "\n";
      *exit_code = 2;
      return;
    }
    Status s = store::Stats(d->get(), &std::cout, *top);
    if (!s.ok()) std::cerr << "warta stats: " << s.message() << "\n";
    *exit_code = s.ok() ? 0 : 1;
  });
}

}  // namespace warta::cli
