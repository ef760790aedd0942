#include "cli/code_command.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "cli/inputs.h"
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

int RunCode(const CodeArgs& args) {
  if (args.lang != "id" && args.lang != "auto") {
    std::cerr << "warta code: --lang " << args.lang
              << ": only Indonesian (id) dictionaries are available\n";
    return 2;
  }
  if (args.format != "jsonl" && args.format != "table") {
    std::cerr << "warta code: --format must be jsonl or table\n";
    return 2;
  }
  EngineOptions eopts;
  eopts.data_dir = args.data_dir;
  eopts.gazetteer = args.gazetteer;
  Result<std::unique_ptr<Engine>> engine = Engine::Create(eopts);
  if (!engine.ok()) {
    std::cerr << "warta: " << engine.status().message() << "\n";
    return 2;
  }
  std::vector<std::string> errors;
  std::vector<InputFile> inputs = ExpandInputs(
      args.inputs.empty() ? std::vector<std::string>{"-"} : args.inputs, &errors);
  int failed = 0;
  for (const std::string& e : errors) {
    std::cerr << "warta: " << e << "\n";
    ++failed;
  }

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!args.output.empty()) {
    file.open(args.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "warta: " << args.output << ": cannot open for writing\n";
      return 2;
    }
    out = &file;
  }
  CodeOptions copts;
  copts.max_line_bytes = args.max_line_bytes;
  copts.untargeted_statements = args.statements;
  std::vector<Event> events, all;
  std::string buf;
  size_t coded = 0;
  for (const InputFile& in : inputs) {
    Result<std::string> text = ReadInput(in);
    if (!text.ok()) {
      std::cerr << "warta: " << in.path << ": " << text.status().message() << "\n";
      ++failed;
      continue;
    }
    if (text->empty()) {
      std::cerr << "warta: " << in.path << ": empty file, nothing to code\n";
      ++coded;
      continue;
    }
    Document doc;
    doc.doc_id = in.doc_id;
    doc.text = *text;
    doc.lang = "id";
    if (!args.date.empty()) doc.date = args.date;
    doc.now = args.now.empty() ? Today() : args.now;
    DocumentInfo info;
    events.clear();
    Status s = (*engine)->Code(doc, copts, &events, &info);
    if (!s.ok()) {
      std::cerr << "warta: " << in.path << ": " << s.message() << "\n";
      if (s.code() == StatusCode::kUsage) return 2;
      ++failed;
      continue;
    }
    for (const std::string& w : info.warnings)
      std::cerr << "warta: " << in.path << ": " << w << "\n";
    if (!info.warnings.empty()) ++failed;
    else ++coded;
    if (info.date.empty())
      std::cerr << "warta: " << in.path
                << ": no document date (give --date or a dateline); events are undated\n";
    if (args.format == "jsonl") {
      buf.clear();
      for (const Event& e : events) output::AppendEventJson(e, &buf);
      out->write(buf.data(), static_cast<std::streamsize>(buf.size()));
    } else {
      all.insert(all.end(), events.begin(), events.end());
    }
  }
  if (args.format == "table") *out << output::FormatTable(all);
  out->flush();
  if (!*out) {
    std::cerr << "warta: write error\n";
    return 1;
  }
  (void)coded;
  return failed > 0 ? 1 : 0;
}

void RegisterCodeCommand(CLI::App* app, const GlobalOptions* global, int* exit_code) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* c = app->add_subcommand("code", "code articles and write their events");
  c->add_option("inputs", args->inputs, "text files, directories, or - for stdin");
  c->add_option("--lang", args->lang, "language of the articles: id or auto")
      ->capture_default_str();
  c->add_option("--date", args->date, "publication date YYYY-MM-DD (default: from the dateline)");
  c->add_option("--now", args->now, "reference date for datelines without a year (default: today)");
  c->add_option("--format", args->format, "jsonl or table")->capture_default_str();
  c->add_option("-o,--output", args->output, "write here instead of stdout");
  c->add_option("--max-line-bytes", args->max_line_bytes, "longest line coded")
      ->capture_default_str();
  c->add_flag("--statements", args->statements,
              "also emit statements addressed to nobody as 010 events with no target");
  c->callback([args, global, exit_code] {
    args->data_dir = global->DataDir();
    args->gazetteer = global->GazetteerPath();
    *exit_code = RunCode(*args);
  });
}

}  // namespace warta::cli
