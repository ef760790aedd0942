#include "cli/code_command.h"

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <mutex>
#include <thread>

#include "cli/command.h"
#include "cli/inputs.h"
#include "cli/tabari_code.h"
#include "output/json.h"
#include "output/table.h"
#include "warta/engine.h"

namespace warta::cli {

std::string Today() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

std::unique_ptr<Engine> LoadEngine(const std::filesystem::path& data_dir,
                                   const std::filesystem::path& gazetteer) {
  EngineOptions opts;
  opts.data_dir = data_dir;
  opts.gazetteer = gazetteer;
  Result<std::unique_ptr<Engine>> engine = Engine::Create(opts);
  if (!engine.ok()) {
    std::cerr << "warta: " << engine.status().message() << "\n";
    return nullptr;
  }
  return std::move(engine.value());
}

std::filesystem::path GlobalOptions::GazetteerPath() const {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("WARTA_GAZETTEER"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) exe = fs::absolute(argv0, ec);
  fs::path p = exe.parent_path() / "data" / "gazetteer.tsv";
  return fs::exists(p, ec) ? p : fs::path();
}

std::filesystem::path GlobalOptions::DataDir() const {
  namespace fs = std::filesystem;
  if (!data.empty()) return data;
  if (const char* env = std::getenv("WARTA_DATA"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) exe = fs::absolute(argv0, ec);
  for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path();
       dir = dir.parent_path()) {
    if (fs::exists(dir / "data" / "cameo" / "cameo.tsv")) return dir / "data";
  }
  return "data";
}

namespace {

// What coding one input produced, kept until its turn to be written.
struct Outcome {
  std::string json;           // its events as JSON lines (jsonl)
  std::vector<Event> events;  // its events (table)
  std::string messages;       // for stderr, each naming the file
  bool failed = false;
  bool usage = false;  // a usage error: stop everything
};

Outcome CodeOne(const Engine& engine, const InputFile& in, const CodeArgs& args,
                const CodeOptions& copts) {
  Outcome o;
  auto say = [&](const std::string& m) { o.messages += "warta: " + in.path + ": " + m + "\n"; };
  Result<std::string> text = ReadInput(in);
  if (!text.ok()) {
    o.messages += "warta: " + text.status().message() + "\n";
    o.failed = true;
    return o;
  }
  if (text->empty()) {
    say("empty file, nothing to code");
    return o;
  }
  Document doc;
  doc.doc_id = in.doc_id;
  doc.text = *text;
  doc.lang = args.lang;
  if (!args.date.empty()) doc.date = args.date;
  doc.now = args.now.empty() ? Today() : args.now;
  DocumentInfo info;
  // News runs at about one event per 400 bytes: room for that spares the
  // vector regrowing (each move of an Event copies some thirty strings).
  o.events.reserve(text->size() / 400 + 8);
  Status s = engine.Code(doc, copts, &o.events, &info);
  if (!s.ok()) {
    say(s.message());
    o.failed = true;
    o.usage = s.code() == StatusCode::kUsage;
    o.events.clear();
    return o;
  }
  for (const std::string& w : info.warnings) say(w);
  if (!info.warnings.empty()) o.failed = true;
  if (info.date.empty()) say("no document date (give --date or a dateline); events are undated");
  if (args.format == "jsonl") {
    // An event's line is about 1,200 bytes: room for them all at once.
    o.json.reserve(o.json.size() + o.events.size() * 1280);
    for (const Event& e : o.events) output::AppendEventJson(e, &o.json);
    std::vector<Event>().swap(o.events);  // the outcome may wait in the ring
  }
  return o;
}

}  // namespace

int RunCode(const CodeArgs& args) {
  if (args.lang != "id" && args.lang != "en" && args.lang != "auto") {
    std::cerr << "warta code: --lang " << args.lang << ": must be id, en or auto\n";
    return 2;
  }
  if (args.format != "jsonl" && args.format != "table") {
    std::cerr << "warta code: --format must be jsonl or table\n";
    return 2;
  }
  if (args.jobs < 1) {
    std::cerr << "warta code: -j must be at least 1\n";
    return 2;
  }
  std::unique_ptr<Engine> engine = LoadEngine(args.data_dir, args.gazetteer);
  if (!engine) return 2;
  std::vector<std::string> errors;
  std::vector<InputFile> inputs = ExpandInputs(
      args.inputs.empty() ? std::vector<std::string>{"-"} : args.inputs, &errors);
  int failed = 0;
  for (const std::string& e : errors) {
    std::cerr << "warta: " << e << "\n";
    ++failed;
  }

  std::ofstream file;
  std::ostream* out = OpenOutput(args.output, &file);
  if (out == nullptr) return 2;
  CodeOptions copts;
  copts.max_line_bytes = args.max_line_bytes;
  copts.untargeted_statements = args.statements;
  std::vector<Event> all;

  // Writes one input's outcome; false on a usage error (stop everything).
  auto emit = [&](Outcome& o) {
    std::cerr << o.messages;
    if (o.usage) return false;
    if (o.failed) ++failed;
    out->write(o.json.data(), static_cast<std::streamsize>(o.json.size()));
    all.insert(all.end(), std::make_move_iterator(o.events.begin()),
               std::make_move_iterator(o.events.end()));
    return true;
  };
  const size_t jobs = static_cast<size_t>(args.jobs);
  if (jobs == 1) {
    for (const InputFile& in : inputs) {
      Outcome o = CodeOne(*engine, in, args, copts);
      if (!emit(o)) return 2;
    }
  } else {
    // jobs - 1 workers and this thread take the next input as they come
    // free and leave its outcome in a ring. Between inputs of its own,
    // this thread writes the outcomes that are ready, in input order, and
    // it sleeps only when it may take no more input. So no thread waits
    // for another per document: on a VM each wake-up is an interrupt, and a
    // separate writer thread would preempt a worker for every document. At
    // most `ahead` outcomes wait, so memory stays bounded and the output is
    // the same for any -j.
    const size_t ahead = jobs * 32;
    std::vector<Outcome> ring(ahead);
    std::vector<char> ready(ahead, 0);  // GUARDED_BY(mu)
    std::mutex mu;
    std::condition_variable done_cv, space_cv;
    size_t next = 0, written = 0;  // GUARDED_BY(mu)
    bool stop = false;             // GUARDED_BY(mu)
    bool writer_waits = false;     // GUARDED_BY(mu)
    // Codes input i and leaves its outcome in the ring.
    auto code = [&](size_t i) {
      Outcome o = CodeOne(*engine, inputs[i], args, copts);
      bool wake;
      {
        std::lock_guard lock(mu);
        ring[i % ahead] = std::move(o);
        ready[i % ahead] = 1;
        wake = writer_waits && i == written;
      }
      if (wake) done_cv.notify_one();
    };
    auto work = [&] {
      for (;;) {
        size_t i;
        {
          std::unique_lock lock(mu);
          space_cv.wait(lock, [&] { return stop || next >= inputs.size() || next < written + ahead; });
          if (stop || next >= inputs.size()) return;
          i = next++;
        }
        code(i);
      }
    };
    std::vector<std::thread> threads;
    for (size_t t = 0; t + 1 < std::min(jobs, inputs.size()); ++t) threads.emplace_back(work);
    bool ok = true;
    for (size_t i = 0; i < inputs.size() && ok;) {
      Outcome o;
      size_t mine = inputs.size();  // an input this thread takes, if any
      {
        std::unique_lock lock(mu);
        if (!ready[i % ahead]) {
          if (next < inputs.size() && next < written + ahead) {
            mine = next++;
          } else {
            writer_waits = true;
            done_cv.wait(lock, [&] { return ready[i % ahead] != 0; });
            writer_waits = false;
          }
        }
        if (mine == inputs.size()) {
          o = std::move(ring[i % ahead]);
          ring[i % ahead] = Outcome();
          ready[i % ahead] = 0;
          written = i + 1;
        }
      }
      if (mine != inputs.size()) {
        code(mine);
        continue;
      }
      space_cv.notify_all();
      ok = emit(o);
      ++i;
    }
    {
      std::lock_guard lock(mu);
      stop = true;
    }
    space_cv.notify_all();
    for (std::thread& t : threads) t.join();
    if (!ok) return 2;
  }
  if (args.format == "table") *out << output::FormatTable(all);
  out->flush();
  if (!*out) {
    std::cerr << "warta: write error\n";
    return 1;
  }
  return failed > 0 ? 1 : 0;
}

void RegisterCodeCommand(CLI::App* app, const GlobalOptions* global, int* exit_code) {
  auto args = std::make_shared<CodeArgs>();
  auto tab = std::make_shared<TabariCodeArgs>();
  CLI::App* c = app->add_subcommand("code", "code articles and write their events");
  c->add_option("inputs", args->inputs, "text files, directories, or - for stdin");
  c->add_option("--lang", args->lang,
                "language of the articles: id, en, or auto (detected per article)")
      ->capture_default_str();
  c->add_option("--date", args->date, "publication date YYYY-MM-DD (default: from the dateline)");
  c->add_option("--now", args->now, "reference date for datelines without a year (default: today)");
  c->add_option("--format", args->format, "jsonl or table")->capture_default_str();
  c->add_option("-o,--output", args->output, "write here instead of stdout");
  c->add_option("--max-line-bytes", args->max_line_bytes, "longest line coded")
      ->capture_default_str();
  c->add_option("-j,--jobs", args->jobs, "code this many documents at once (output stays in input order)")
      ->capture_default_str();
  c->add_flag("--statements", args->statements,
              "also emit statements addressed to nobody as 010 events with no target");
  c->add_option("--dict-format", tab->dict_format,
                 "English with TABARI/PETRARCH dictionaries: tabari, petrarch or auto")
      ->capture_default_str();
  c->add_option("--verbs", tab->verbs, "English: a TABARI or PETRARCH verb dictionary");
  c->add_option("--actors", tab->actor_list, "English: actor dictionaries, F[,F]");
  c->add_option("--agents", tab->agents, "English: an agent dictionary");
  c->add_option("--discards", tab->discards, "English: a discard list");
  c->callback([args, tab, global, exit_code] {
    if (!tab->verbs.empty() || !tab->actor_list.empty()) {
      if (args->lang != "en") {
        std::cerr << "warta code: --verbs and --actors code English: add --lang en\n";
        *exit_code = 2;
        return;
      }
      tab->inputs = args->inputs;
      tab->date = args->date;
      tab->format = args->format;
      tab->output = args->output;
      *exit_code = RunTabariCode(*tab);
      return;
    }
    args->data_dir = global->DataDir();
    args->gazetteer = global->GazetteerPath();
    *exit_code = RunCode(*args);
  });
}

}  // namespace warta::cli
