#include "eval/score.h"

#include <algorithm>
#include <string>

namespace warta::eval {
namespace {

// "*" matches anything, a missing actor included.
bool CountryIn(const std::vector<std::string>& codes, const std::optional<ActorRef>& actor) {
  for (const std::string& c : codes) {
    if (c == "*") return true;
    if (actor && !actor->country.empty() && actor->country == c) return true;
  }
  return false;
}

// Coarse to fine; 0 for an unknown precision.
int PrecisionRank(std::string_view precision) {
  if (precision == "year") return 1;
  if (precision == "month") return 2;
  if (precision == "week") return 3;
  if (precision == "day") return 4;
  return 0;
}

int RankOfLength(size_t n) { return n == 4 ? 1 : n == 7 ? 2 : n == 10 ? 4 : 0; }

}  // namespace

bool Matches(const Event& e, const GoldEvent& g) {
  if (e.paragraph != g.para) return false;
  std::string_view root = e.cameo_root;
  if (root.empty()) root = std::string_view(e.cameo_code).substr(0, 2);
  if (std::find(g.roots.begin(), g.roots.end(), root) == g.roots.end()) return false;
  if (CountryIn(g.src, e.source) && CountryIn(g.tgt, e.target)) return true;
  return g.symmetric && CountryIn(g.src, e.target) && CountryIn(g.tgt, e.source);
}

bool DateMatches(std::string_view date, std::string_view precision, std::string_view gold_date) {
  if (date.empty() || gold_date.empty()) return false;
  if (date.substr(0, gold_date.size()) != gold_date) return false;
  int have = precision.empty() ? RankOfLength(date.size()) : PrecisionRank(precision);
  int want = RankOfLength(gold_date.size());
  return want > 0 && have >= want;
}

Counts& Counts::operator+=(const Counts& o) {
  core += o.core;
  core_matched += o.core_matched;
  events += o.events;
  events_matched += o.events_matched;
  dated += o.dated;
  dated_correct += o.dated_correct;
  return *this;
}

std::optional<double> Ratio(int num, int den) {
  if (den <= 0) return std::nullopt;
  return static_cast<double>(num) / den;
}

DocScore Score(const std::vector<GoldEvent>& gold, const std::vector<Event>& events) {
  DocScore s;
  s.matches.resize(gold.size());
  std::vector<bool> event_matched(events.size(), false);
  for (size_t a = 0; a < gold.size(); ++a) {
    for (size_t i = 0; i < events.size(); ++i) {
      if (!Matches(events[i], gold[a])) continue;
      s.matches[a].push_back(i);
      event_matched[i] = true;
    }
  }
  s.counts.events = static_cast<int>(events.size());
  for (size_t i = 0; i < events.size(); ++i) {
    if (event_matched[i])
      ++s.counts.events_matched;
    else
      s.spurious.push_back(i);
  }
  for (size_t a = 0; a < gold.size(); ++a) {
    const GoldEvent& g = gold[a];
    if (!g.core) continue;
    ++s.counts.core;
    if (s.matches[a].empty()) {
      s.missed.push_back(a);
      continue;
    }
    ++s.counts.core_matched;
    if (g.date.empty()) continue;
    ++s.counts.dated;
    bool right = std::any_of(s.matches[a].begin(), s.matches[a].end(), [&](size_t i) {
      return DateMatches(events[i].date, events[i].date_precision, g.date);
    });
    if (right)
      ++s.counts.dated_correct;
    else
      s.misdated.push_back(a);
  }
  return s;
}

}  // namespace warta::eval
