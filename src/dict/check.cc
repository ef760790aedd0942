#include "dict/check.h"

#include <map>
#include <utility>

#include "dict/dictionary.h"

namespace warta::dict {
namespace {

std::string Lower(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  return out;
}

bool Overlap(const ActorEntry& a, const ActorEntry& b) {
  time::Date lo_a = a.from.value_or(time::Date{0, 1, 1});
  time::Date hi_a = a.to.value_or(time::Date{9999, 12, 31});
  time::Date lo_b = b.from.value_or(time::Date{0, 1, 1});
  time::Date hi_b = b.to.value_or(time::Date{9999, 12, 31});
  bool undated_a = !a.from && !a.to, undated_b = !b.from && !b.to;
  if (undated_a != undated_b) return false;  // undated is the fallback
  return !(hi_a < lo_b || hi_b < lo_a);
}

}  // namespace

CheckReport CheckDictionaries(const std::filesystem::path& data_dir,
                              std::string_view lang) {
  CheckReport r;
  lang::id::Lexicon lexicon;
  Result<Dictionary> d = Dictionary::Load(data_dir, lang, &lexicon);
  if (!d.ok()) {
    r.errors.push_back(d.status().message());
    return r;
  }
  r.actors = d->actors().size();
  r.agents = d->agents().size();
  r.patterns = d->patterns().size();

  // Phrases are compared exactly as written (case matters for matching).
  std::map<std::string, std::vector<const ActorEntry*>> actors;
  for (const ActorEntry& a : d->actors()) actors[a.phrase].push_back(&a);
  for (const auto& [phrase, list] : actors) {
    for (size_t i = 0; i < list.size(); ++i) {
      for (size_t j = i + 1; j < list.size(); ++j) {
        if (!Overlap(*list[i], *list[j])) continue;
        bool same = list[i]->code == list[j]->code;
        r.problems.push_back(list[j]->where + ": " +
                             (same ? "duplicate" : "conflicting") + " actor '" +
                             phrase + "' (" + list[j]->code + "), also at " +
                             list[i]->where + " (" + list[i]->code + ")");
      }
    }
  }
  std::map<std::string, const AgentEntry*> agents;
  for (const AgentEntry& a : d->agents()) {
    auto [it, fresh] = agents.emplace(Lower(a.phrase), &a);
    if (fresh) continue;
    bool same = it->second->role == a.role;
    r.problems.push_back(a.where + ": " + (same ? "duplicate" : "conflicting") +
                         " role '" + a.phrase + "' (" + a.role + "), also at " +
                         it->second->where + " (" + it->second->role + ")");
  }
  for (const auto& [phrase, list] : actors) {
    auto it = agents.find(Lower(phrase));
    if (it != agents.end())
      r.problems.push_back(it->second->where + ": role '" + it->second->phrase +
                           "' is also an actor at " + list[0]->where);
  }
  std::map<std::string, const Pattern*> patterns;
  for (const Pattern& p : d->patterns()) {
    auto [it, fresh] = patterns.emplace(Lower(p.text), &p);
    if (fresh) continue;
    bool same = it->second->code == p.code;
    r.problems.push_back(p.where + ": " + (same ? "duplicate" : "conflicting") +
                         " pattern '" + p.text + "' (" + p.code + "), also at " +
                         it->second->where + " (" + it->second->code + ")");
  }
  return r;
}

}  // namespace warta::dict
