// `warta ingest`: codes articles into the event database (docs/ingest.md).
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <mutex>
#include <set>

#include "cli/code_command.h"
#include "cli/command.h"
#include "cli/inputs.h"
#include "store/ingest.h"
#include "time/date.h"
#include "warta/engine.h"

namespace warta::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> inputs;
  std::string db = "warta.db";
  std::string recode;  // "" | "changed" | "all"
  bool quiet = false;
  std::string date;
  std::string now;
  int threads = 0;
  int batch = 1000;
  double progress_every = 10;  // seconds between lines when not on a terminal
};

std::string Thousands(uint64_t v) {
  std::string s = std::to_string(v), out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i && (s.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(s[i]);
  }
  return out;
}

std::string Duration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return "?";
  long s = std::lround(seconds);
  char buf[32];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

// Writes the progress line and the messages to stderr without mixing them.
class ProgressPrinter {
 public:
  ProgressPrinter(bool tty, bool quiet, double every) : tty_(tty), quiet_(quiet), every_(every) {}

  void Message(const std::string& m) {
    std::lock_guard lock(mu_);
    if (line_shown_) std::fputs("\r\x1b[K", stderr);
    line_shown_ = false;
    std::fprintf(stderr, "warta: %s\n", m.c_str());
  }

  void Progress(const store::IngestProgress& p) {
    if (quiet_) return;
    std::lock_guard lock(mu_);
    if (p.final) {
      if (line_shown_) std::fputs("\r\x1b[K", stderr);
      line_shown_ = false;
      return;
    }
    if (!tty_ && p.seconds - last_ < every_) return;
    last_ = p.seconds;
    double secs = p.seconds > 0 ? p.seconds : 1e-9;
    std::string line;
    if (p.bytes_total > 0) {
      double frac = std::min(1.0, static_cast<double>(p.bytes_done) / p.bytes_total);
      if (tty_) {
        int filled = static_cast<int>(frac * 20);
        line += "[" + std::string(filled, '#') + std::string(20 - filled, '.') + "] ";
      }
      char pct[16];
      std::snprintf(pct, sizeof pct, "%3.0f%% ", frac * 100);
      line += pct;
    }
    line += Thousands(p.articles) + " articles (" +
            Thousands(static_cast<uint64_t>(p.articles / secs)) + "/s), " + Thousands(p.mentions) +
            " events (" + Thousands(static_cast<uint64_t>(p.mentions / secs)) + "/s)";
    if (p.bytes_total > 0 && p.bytes_done > 0) {
      double rate = p.bytes_done / secs;
      line += ", ETA " + Duration((p.bytes_total - std::min(p.bytes_done, p.bytes_total)) / rate);
    }
    if (tty_) {
      std::fprintf(stderr, "\r%s\x1b[K", line.c_str());
      line_shown_ = true;
    } else {
      std::fprintf(stderr, "warta ingest: %s\n", line.c_str());
    }
    std::fflush(stderr);
  }

 private:
  std::mutex mu_;
  bool tty_, quiet_;
  double every_;
  double last_ = 0;
  bool line_shown_ = false;  // GUARDED_BY(mu_)
};

// Whether `path`, found under a directory, looks like an article file.
bool IsArticleFile(const std::string& path) {
  for (const char* ext : {".txt", ".jsonl", ".ndjson", ".TXT", ".JSONL"})
    if (path.ends_with(ext)) return true;
  return false;
}

int RunIngest(const IngestArgs& args, const std::filesystem::path& data_dir,
              const std::filesystem::path& gazetteer) {
  store::IngestOptions o;
  if (args.recode == "changed")
    o.recode = store::Recode::kChanged;
  else if (args.recode == "all")
    o.recode = store::Recode::kAll;
  else if (!args.recode.empty()) {
    std::cerr << "warta ingest: --recode=" << args.recode
              << ": expected --recode or --recode=all\n";
    return 2;
  }
  if (!args.date.empty() && !time::ParseIsoDate(args.date)) {
    std::cerr << "warta ingest: --date " << args.date << ": expected YYYY-MM-DD\n";
    return 2;
  }
  if (!args.now.empty() && !time::ParseIsoDate(args.now)) {
    std::cerr << "warta ingest: --now " << args.now << ": expected YYYY-MM-DD\n";
    return 2;
  }
  std::unique_ptr<Engine> engine = LoadEngine(data_dir, gazetteer);
  if (!engine) return 2;

  bool tty = ::isatty(STDERR_FILENO) == 1;
  auto printer = std::make_shared<ProgressPrinter>(tty, args.quiet, args.progress_every);
  int failed_inputs = 0;
  std::vector<std::string> errors;
  std::vector<std::string> given = args.inputs;
  if (given.empty() && o.recode == store::Recode::kNone) given.push_back("-");
  // Files named on the command line are always read; under a directory only
  // *.txt, *.jsonl and *.ndjson (a README is not an article).
  std::set<std::string> named(given.begin(), given.end());
  size_t not_articles = 0;
  for (const InputFile& in : ExpandInputs(given, &errors)) {
    if (!named.count(in.path) && !IsArticleFile(in.path)) {
      ++not_articles;
      continue;
    }
    o.inputs.push_back({in.path, in.doc_id});
  }
  if (not_articles > 0 && !args.quiet)
    printer->Message("ignored " + std::to_string(not_articles) +
                     " files under the directories given that are not .txt, .jsonl or .ndjson");
  for (const std::string& e : errors) {
    printer->Message(e);
    ++failed_inputs;
  }

  o.db_path = args.db;
  o.data_dir = data_dir;
  o.engine = engine.get();
  o.date = args.date;
  o.now = args.now.empty() ? Today() : args.now;
  o.threads = args.threads;
  o.batch_articles = args.batch;
  o.command = "warta ingest";
  for (const std::string& in : args.inputs) o.command += " " + in;
  o.command += " --db " + args.db;
  if (!args.recode.empty()) o.command += " --recode=" + args.recode;
  if (!args.date.empty()) o.command += " --date " + args.date;
  o.on_message = [printer](const std::string& m) { printer->Message(m); };
  o.on_progress = [printer](const store::IngestProgress& p) { printer->Progress(p); };

  Result<store::IngestStats> st = store::Ingest(o);
  if (!st.ok()) {
    printer->Message(args.db + ": " + st.status().message());
    return st.status().code() == StatusCode::kUsage ? 2 : 1;
  }
  uint64_t failed = st->failed + failed_inputs;
  if (!args.quiet) {
    double secs = st->seconds > 0 ? st->seconds : 1e-9;
    uint64_t done = st->stored + st->recoded;
    std::string s = "warta ingest: stored " + Thousands(st->stored) + " articles";
    if (o.recode != store::Recode::kNone) s += ", recoded " + Thousands(st->recoded);
    s += " (" + Thousands(st->mentions) + " events, " + Thousands(st->new_events) +
         " new after de-duplication), skipped " + Thousands(st->duplicates) +
         " duplicates, failed " + Thousands(failed) + "; " + Duration(st->seconds) + ", " +
         Thousands(static_cast<uint64_t>(done / secs)) + " articles/s, " +
         Thousands(static_cast<uint64_t>(st->mentions / secs)) + " events/s -> " + args.db;
    std::fprintf(stderr, "%s\n", s.c_str());
  }
  return failed > 0 ? 1 : 0;
}

}  // namespace

void RegisterIngestCommand(CLI::App* app, const GlobalOptions* global, int* exit_code) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* c = app->add_subcommand(
      "ingest", "code articles and store them with their events in an SQLite database");
  c->add_option("inputs", args->inputs,
                "text files, *.jsonl article files, directories, or - for stdin");
  c->add_option("--db", args->db, "the database file (created when missing)")
      ->capture_default_str();
  c->add_flag("--recode{changed}", args->recode,
              "code stored articles again: those coded with another dictionary hash "
              "(--recode) or all of them (--recode=all)");
  c->add_flag("-q,--quiet", args->quiet, "no progress and no summary (errors still)");
  c->add_option("--date", args->date,
                "publication date YYYY-MM-DD for articles without one (default: dateline)");
  c->add_option("--now", args->now, "reference date for datelines without a year (default: today)");
  c->add_option("--threads", args->threads, "coding threads (default: one per core)");
  c->add_option("--batch", args->batch, "articles per transaction")->capture_default_str();
  c->add_option("--progress-every", args->progress_every,
                "seconds between progress lines when stderr is not a terminal")
      ->capture_default_str();
  c->callback([args, global, exit_code] {
    *exit_code = RunIngest(*args, global->DataDir(), global->GazetteerPath());
  });
}

}  // namespace warta::cli
