#include "cli/suite_eval.h"

#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include "cli/command.h"
#include "dict/cameo.h"
#include "eval/suite.h"
#include "eval/suite_tabari.h"
#include "warta/engine.h"

namespace warta::cli {
namespace {

// The dictionaries PETRARCH2 codes news with (its default configuration).
const std::map<std::string, std::string>& PhoenixDictionaries() {
  static const std::map<std::string, std::string> d = {
      {"Verbfile", "CAMEO.2.0.txt"},
      {"Actorfile",
       "Phoenix.Countries.actors.txt,Phoenix.International.actors.txt,Phoenix.MilNonState.actors.txt"},
      {"Agentfile", "Phoenix.agents.txt"},
      {"Discardfile", "Phoenix.discards.txt"}};
  return d;
}

bool IsPlover(const eval::Suite& s) {
  for (const eval::SuiteRecord& r : s.records)
    if (!r.plover_type.empty()) return true;
  return false;
}

// Records coded with PETRARCH2's news dictionaries.
bool UsesPhoenix(const eval::Suite& s) {
  for (const eval::SuiteRecord& r : s.records) {
    auto it = r.dictionaries.find("Verbfile");
    if (it != r.dictionaries.end() && it->second == PhoenixDictionaries().at("Verbfile")) return true;
  }
  return false;
}

std::string Country(const std::optional<ActorRef>& a) {
  if (!a) return "---";
  return a->code.size() >= 3 ? a->code.substr(0, 3) : a->code;
}

// "20080804" or "2008-08-04" -> "2008-08-04"; "" when neither.
std::string IsoDate(const std::string& d) {
  if (d.size() == 8 && d.find('-') == std::string::npos)
    return d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
  if (d.size() == 10 && d[4] == '-' && d[7] == '-') return d;
  return "";
}

// Codes a record with warta's own English pack. CAMEO suites compare
// (source code, target code, CAMEO code); PLOVER records (source country,
// target country, PLOVER type).
std::vector<eval::Triple> CodeWithPack(const Engine& engine, const eval::SuiteRecord& r) {
  Document doc;
  doc.doc_id = r.id;
  doc.text = r.text;
  doc.lang = "en";
  std::string date = IsoDate(r.date);
  if (!date.empty()) {
    doc.date = date;
    doc.now = date;
  }
  std::vector<Event> events;
  DocumentInfo info;
  if (!engine.Code(doc, CodeOptions{}, &events, &info).ok()) return {};
  std::vector<eval::Triple> out;
  for (const Event& e : events) {
    if (!r.plover_type.empty()) {
      if (!e.plover_type.empty()) out.push_back({Country(e.source), Country(e.target), e.plover_type});
    } else {
      out.push_back({e.source ? e.source->code : "---", e.target ? e.target->code : "---", e.cameo_code});
    }
  }
  return out;
}

}  // namespace

bool AllSuites(const std::vector<std::string>& files) {
  if (files.empty()) return false;
  for (const std::string& f : files) {
    if (!eval::LooksLikeSuite(f)) return false;
  }
  return true;
}

int RunSuiteEval(const SuiteEvalArgs& args) {
  std::error_code ec;
  std::filesystem::path reference = args.reference;
  if (!std::filesystem::is_directory(reference, ec) && args.reference == SuiteEvalArgs().reference) {
    // The default is relative to the checkout; suites in shared/dev/en/
    // have their dictionaries in shared/reference/.
    std::filesystem::path beside = std::filesystem::path(args.files[0]).parent_path() / ".." / ".." / "reference";
    if (std::filesystem::is_directory(beside, ec)) reference = beside;
  }
  if (!std::filesystem::is_directory(reference, ec)) {
    std::cerr << "warta eval: --reference " << reference.string() << " is not a folder\n";
    return 2;
  }
  int rc = 0;
  std::vector<eval::SuiteResult> results;
  eval::TabariSuiteCoder coder(reference);
  std::unique_ptr<Engine> engine;             // warta's own pack, when needed
  std::unique_ptr<dict::CameoTable> cameo;  // CAMEO -> PLOVER, when needed
  for (const std::string& f : args.files) {
    Result<eval::Suite> suite = eval::ReadSuite(f);
    if (!suite.ok()) {
      std::cerr << "warta: " << suite.status().message() << "\n";
      rc = 1;
      continue;
    }
    for (const std::string& e : suite->errors) std::cerr << "warta: " << e << "\n";
    if (!suite->errors.empty()) rc = 1;
    coder.Reset();
    const bool plover = IsPlover(*suite);
    const bool real_news = plover || UsesPhoenix(*suite);
    if (plover) {
      // PLOVER gold names no dictionaries: code it with PETRARCH2's, and
      // read the PLOVER type of each CAMEO code from warta's code table.
      if (!cameo) {
        Result<dict::CameoTable> t = dict::CameoTable::Load(args.data_dir / "cameo" / "cameo.tsv");
        if (!t.ok()) {
          std::cerr << "warta: " << t.status().message() << "\n";
          return 2;
        }
        cameo = std::make_unique<dict::CameoTable>(std::move(*t));
      }
      eval::Suite phoenix = *suite;
      for (eval::SuiteRecord& r : phoenix.records)
        if (r.dictionaries.empty()) r.dictionaries = PhoenixDictionaries();
      eval::SuiteResult res = eval::RunSuite(phoenix, [&](const eval::SuiteRecord& r) {
        std::vector<eval::Triple> out;
        for (const eval::Triple& t : coder.Code(r)) {
          const dict::CameoCode* c = cameo->Find(t.code);
          if (c == nullptr || c->plover_type.empty()) continue;
          out.push_back({t.source.substr(0, 3), t.target.substr(0, 3), c->plover_type});
        }
        return out;
      });
      res.name += "/phoenix";
      results.push_back(std::move(res));
    } else {
      eval::SuiteResult res = eval::RunSuite(*suite, coder.AsSuiteCoder(), coder.AsControlHandler());
      if (real_news) res.name += "/phoenix";
      results.push_back(std::move(res));
    }
    if (real_news) {
      if (!engine) {
        engine = LoadEngine(args.data_dir, args.gazetteer);
        if (!engine) return 2;
      }
      eval::SuiteResult res = eval::RunSuite(
          *suite, [&](const eval::SuiteRecord& r) { return CodeWithPack(*engine, r); });
      res.name += "/warta";
      results.push_back(std::move(res));
    }
  }
  if (args.verbose) {
    for (const std::string& p : coder.problems()) std::cerr << "warta: " << p << "\n";
  }
  if (args.json) {
    std::cout << eval::FormatSuiteJson(results);
  } else {
    if (args.verbose) {
      for (const eval::SuiteResult& r : results) std::cout << eval::FormatSuiteFailures(r) << "\n";
    }
    std::cout << eval::FormatSuiteTable(results);
    if (!args.verbose && !coder.problems().empty()) {
      std::cout << coder.problems().size()
                << " dictionary lines or options could not be used (--verbose lists them)\n";
    }
  }
  std::cout.flush();
  return rc;
}

}  // namespace warta::cli
