#include "eval/suite_tabari.h"

#include <algorithm>
#include <fstream>
#include <set>

namespace warta::eval {
namespace {

using dict::tabari::DictFormat;

std::vector<std::string> SplitList(const std::string& s) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= s.size()) {
    size_t e = s.find(',', b);
    if (e == std::string::npos) e = s.size();
    std::string part = s.substr(b, e - b);
    part.erase(0, part.find_first_not_of(" \t"));
    part.erase(part.find_last_not_of(" \t") + 1);
    if (!part.empty()) out.push_back(part);
    b = e + 1;
  }
  return out;
}

// "<tag> value" lines of a TABARI .project file.
std::map<std::string, std::string> ReadProject(const std::filesystem::path& p) {
  std::map<std::string, std::string> out;
  std::ifstream in(p);
  for (std::string line; std::getline(in, line);) {
    if (line.size() < 3 || line[0] != '<') continue;
    size_t close = line.find('>');
    if (close == std::string::npos) continue;
    std::string tag = line.substr(1, close - 1);
    std::string value = line.substr(close + 1);
    value.erase(0, value.find_first_not_of(" \t"));
    value.erase(value.find_last_not_of(" \t\r") + 1);
    if (!value.empty() && value.find('<') == std::string::npos) out[tag] = value;
  }
  return out;
}

}  // namespace

TabariSuiteCoder::TabariSuiteCoder(std::filesystem::path reference_dir)
    : reference_(std::move(reference_dir)) {}

void TabariSuiteCoder::Problem(const std::string& p) {
  if (std::find(problems_.begin(), problems_.end(), p) == problems_.end()) problems_.push_back(p);
}

std::filesystem::path TabariSuiteCoder::Find(const std::string& name) {
  std::error_code ec;
  for (const std::filesystem::path& dir : {reference_, reference_ / "petrarch2", reference_ / "tabari"}) {
    if (std::filesystem::exists(dir / name, ec)) return dir / name;
  }
  return {};
}

bool TabariSuiteCoder::Resolve(const SuiteRecord& r, Files* f) {
  auto add = [&](const std::string& list, std::vector<std::filesystem::path>* out) {
    for (const std::string& name : SplitList(list)) {
      std::filesystem::path p = Find(name);
      if (p.empty()) {
        Problem(reference_.string() + ": dictionary " + name + " not found");
        return false;
      }
      out->push_back(p);
    }
    return true;
  };
  if (!r.dictionaries.empty()) {
    auto get = [&](const char* k) {
      auto it = r.dictionaries.find(k);
      return it == r.dictionaries.end() ? std::string() : it->second;
    };
    std::vector<std::filesystem::path> pico;
    if (!add(get("PICOfile"), &pico)) return false;
    if (!pico.empty()) f->pico = pico.front();
    return add(get("Verbfile"), &f->verbs) && add(get("Actorfile"), &f->actors) &&
           add(get("Agentfile"), &f->agents) && add(get("Discardfile"), &f->discards);
  }
  // A TABARI project whose text file is the record's source.
  std::string source = r.source_file.substr(r.source_file.find_last_of(' ') + 1);
  std::error_code ec;
  for (const std::filesystem::path& dir : {reference_, reference_ / "tabari"}) {
    if (!std::filesystem::is_directory(dir, ec)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
      if (entry.path().extension() != ".project") continue;
      std::map<std::string, std::string> proj = ReadProject(entry.path());
      if (source.empty() || proj["textfile"] != source) continue;
      if (!proj["optionsfile"].empty()) f->options = Find(proj["optionsfile"]);
      return add(proj["verbsfile"], &f->verbs) && add(proj["actorsfile"], &f->actors) &&
             add(proj["agentsfile"], &f->agents);
    }
  }
  Problem("record " + r.id + ": no dictionaries named and no .project for '" + r.source_file + "'");
  return false;
}

TabariSuiteCoder::Loaded* TabariSuiteCoder::Load(const Files& f) {
  std::string key;
  for (const auto* list : {&f.verbs, &f.actors, &f.agents, &f.discards}) {
    for (const auto& p : *list) key += p.string() + "|";
    key += ";";
  }
  key += f.options.string() + ";" + f.pico.string();
  auto& slot = loaded_[key];
  if (slot) return slot.get();
  slot = std::make_unique<Loaded>();
  Loaded* l = slot.get();
  l->ok = true;
  auto check = [&](Status s) {
    if (!s.ok()) {
      Problem(s.message());
      l->ok = false;
    }
  };
  if (!f.pico.empty()) check(l->dict.LoadPico(f.pico));
  for (const auto& p : f.verbs) check(l->dict.LoadVerbs(p, DictFormat::kAuto));
  for (const auto& p : f.actors) check(l->dict.LoadActors(p, DictFormat::kAuto));
  for (const auto& p : f.agents) check(l->dict.LoadAgents(p, DictFormat::kAuto));
  for (const auto& p : f.discards) check(l->dict.LoadDiscards(p, DictFormat::kAuto));
  l->dict.Finish();
  for (const std::string& w : l->dict.warnings()) Problem(w);
  l->coder = std::make_unique<extract::tabari::TabariCoder>(&l->dict);
  if (!f.options.empty()) {
    // TABARI's defaults, then the project's .options file.
    l->options = extract::tabari::TabariDefaults();
    std::ifstream in(f.options);
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("//", 0) == 0) continue;
      (void)extract::tabari::ApplyTabariOption(line, &l->options);
    }
  }
  return l;
}

void TabariSuiteCoder::Control(const SuiteRecord& r) {
  for (const std::string& o : r.options) {
    extract::tabari::CoderOptions probe;
    if (extract::tabari::ApplyTabariOption(o, &probe)) {
      control_lines_.push_back(o);
    } else {
      Problem("record " + r.id + ": option not supported, ignored: " + o);
    }
  }
}

std::vector<Triple> TabariSuiteCoder::Code(const SuiteRecord& r) {
  std::vector<Triple> out;
  Files f;
  if (!Resolve(r, &f)) return out;
  Loaded* l = Load(f);
  if (!l->ok) return out;
  extract::tabari::CoderOptions opts = l->options;
  for (const std::string& line : control_lines_) (void)extract::tabari::ApplyTabariOption(line, &opts);
  for (const auto& [k, v] : r.config) {
    if (!extract::tabari::SetCoderOption(k, v, &opts)) {
      if (k != "stop_on_error" && k != "new_actor_length") {
        Problem("record " + r.id + ": config " + k + "=" + v + " not supported");
      }
    }
  }
  int32_t date = 0;
  for (char c : r.date) {
    if (c >= '0' && c <= '9') date = date * 10 + (c - '0');
  }
  std::vector<extract::tabari::CodedEvent> events;
  l->coder->Code(r.text, date, opts, &scratch_, &events);
  for (auto& e : events) out.push_back({e.source, e.target, e.code});
  return out;
}

}  // namespace warta::eval
