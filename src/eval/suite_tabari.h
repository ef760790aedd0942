// Runs the validation suites with the TABARI-style coder and the suites' own
// dictionaries.
//
// Each record names its dictionaries: PETRARCH suites in a "dictionaries"
// field ({"Verbfile": ..., "Actorfile": "A,B", "Agentfile": ...,
// "Discardfile": ...}); TABARI suites through the .project file whose
// <textfile> is the record's source file. Names are resolved against the
// reference folder and its petrarch2/ and tabari/ subfolders, and each set
// of files is loaded once. A "PICOfile" (PETRARCH2's internal coding
// ontology) makes the coder combine verbs as PETRARCH2 does. A record's "config" (require_dyad, comma_*) sets
// the coder's options for that record.
//
// Thread-compatible: one TabariSuiteCoder per thread.
#ifndef WARTA_EVAL_SUITE_TABARI_H_
#define WARTA_EVAL_SUITE_TABARI_H_

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "dict/tabari/dictionary.h"
#include "eval/suite.h"
#include "extract/tabari/coder.h"

namespace warta::eval {

class TabariSuiteCoder {
 public:
  explicit TabariSuiteCoder(std::filesystem::path reference_dir);
  TabariSuiteCoder(const TabariSuiteCoder&) = delete;  // owns loaded dictionaries

  // The events of one record; none when its dictionaries cannot be loaded
  // (the reason is in problems()).
  std::vector<Triple> Code(const SuiteRecord& record);
  // Applies a control record's option lines ("OPTION: SET: ...") to the
  // records after it, until Reset().
  void Control(const SuiteRecord& record);
  // Forgets control records' options: call between suites.
  void Reset() { control_lines_.clear(); }

  // Missing files, dictionary lines that could not be used (file:line:
  // reason) and options that are not supported; each reported once.
  const std::vector<std::string>& problems() const { return problems_; }

  SuiteCoder AsSuiteCoder() {
    return [this](const SuiteRecord& r) { return Code(r); };
  }
  ControlHandler AsControlHandler() {
    return [this](const SuiteRecord& r) { Control(r); };
  }

 private:
  struct Loaded {
    dict::tabari::TabariDictionary dict;
    std::unique_ptr<extract::tabari::TabariCoder> coder;
    extract::tabari::CoderOptions options;  // the project's, else PETRARCH's defaults
    bool ok = false;
  };
  struct Files {
    std::vector<std::filesystem::path> verbs, actors, agents, discards;
    std::filesystem::path pico;     // PETRARCH2's internal coding ontology
    std::filesystem::path options;  // a TABARI .options file
  };
  bool Resolve(const SuiteRecord& r, Files* f);
  std::filesystem::path Find(const std::string& name);
  Loaded* Load(const Files& f);
  void Problem(const std::string& p);

  std::filesystem::path reference_;
  std::map<std::string, std::unique_ptr<Loaded>> loaded_;
  std::vector<std::string> problems_;
  std::vector<std::string> control_lines_;
  extract::tabari::TabariScratch scratch_;
};

}  // namespace warta::eval

#endif  // WARTA_EVAL_SUITE_TABARI_H_
