#include "extract/tabari/coder.h"

#include "extract/tabari/coder_internal.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace warta::extract::tabari {

using namespace internal;  // NOLINT: helpers of this coder

using dict::tabari::Actor;
using dict::tabari::EventCode;
using dict::tabari::Pattern;
using dict::tabari::PatternItem;
using dict::tabari::VerbForm;
using dict::tabari::Word;
using Tok = TabariScratch::Tok;

namespace {

bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

}  // namespace

CoderOptions TabariDefaults() {
  CoderOptions o;
  o.min_words = 8;
  o.comma_max = o.comma_emax = 10;
  o.sentence_subject = true;
  o.auxiliaries_are_verbs = true;
  o.share_agents_in_compounds = false;
  o.comma_ends_clause = false;
  return o;
}

bool SetCoderOption(std::string_view key, std::string_view value, CoderOptions* opts) {
  std::string k(key);
  for (char& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string v(value);
  for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (k == "require_dyad") {
    if (v == "true") opts->require_dyad = true;
    else if (v == "false") opts->require_dyad = false;
    else return false;
    return true;
  }
  int* target = nullptr;
  if (k == "comma_min") target = &opts->comma_min;
  else if (k == "comma_max") target = &opts->comma_max;
  else if (k == "comma_bmin") target = &opts->comma_bmin;
  else if (k == "comma_bmax") target = &opts->comma_bmax;
  else if (k == "comma_emin") target = &opts->comma_emin;
  else if (k == "comma_emax") target = &opts->comma_emax;
  if (!target) return false;
  int n = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || p != v.data() + v.size()) return false;
  *target = n;
  return true;
}

bool ApplyTabariOption(std::string_view line, CoderOptions* opts) {
  std::string l(line);
  for (char& c : l) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (l.rfind("OPTION:", 0) == 0) l = l.substr(7);
  l.erase(0, l.find_first_not_of(" \t"));
  auto number_after = [&](const std::string& key, int* out) {
    size_t at = l.find(key);
    if (at == std::string::npos) return false;
    at = l.find('=', at + key.size());
    if (at == std::string::npos) return false;
    const char* b = l.c_str() + at + 1;
    while (*b == ' ') ++b;
    int n = 0;
    auto [p, ec] = std::from_chars(b, l.c_str() + l.size(), n);
    if (ec != std::errc()) return false;
    *out = n;
    return true;
  };
  if (l.rfind("SET:", 0) == 0 && l.find("CODE ALL") != std::string::npos) {
    opts->code_by = CoderOptions::CodeBy::kAll;
    return true;
  }
  if (l.rfind("SET:", 0) == 0 && l.find("CODE BY SENTENCE") != std::string::npos) {
    opts->code_by = CoderOptions::CodeBy::kSentence;
    return true;
  }
  if (l.rfind("SET:", 0) == 0 && l.find("CODE BY CLAUSE") != std::string::npos) {
    opts->code_by = CoderOptions::CodeBy::kClause;
    return true;
  }
  if (l.rfind("SET:", 0) == 0 && l.find("MINIMUM WORDS") != std::string::npos) {
    return number_after("MINIMUM WORDS", &opts->min_words);
  }
  if (l.rfind("COMMA:", 0) == 0) {
    if (l.find("OFF") != std::string::npos) {
      opts->comma_max = opts->comma_bmax = opts->comma_emax = 0;
      return true;
    }
    bool any = false;
    // Longest keys first: "EMIN" contains "MIN".
    any |= number_after("BMIN", &opts->comma_bmin);
    any |= number_after("BMAX", &opts->comma_bmax);
    any |= number_after("EMIN", &opts->comma_emin);
    any |= number_after("EMAX", &opts->comma_emax);
    size_t at = l.find(" MIN");
    if (at != std::string::npos) any |= number_after(" MIN", &opts->comma_min);
    at = l.find(" MAX");
    if (at != std::string::npos) any |= number_after(" MAX", &opts->comma_max);
    return any;
  }
  if (l.rfind("DEFAULT:", 0) == 0) {
    if (l.find("OFF") != std::string::npos) {
      opts->default_source.clear();
      opts->default_target.clear();
      return true;
    }
    auto code_after = [&](const std::string& key, std::string* out) {
      size_t at = l.find(key);
      if (at == std::string::npos) return;
      size_t b = l.find('[', at), e = l.find(']', at);
      if (b != std::string::npos && e != std::string::npos && b < e) *out = l.substr(b + 1, e - b - 1);
    };
    code_after("SOURCE", &opts->default_source);
    code_after("TARGET", &opts->default_target);
    return true;
  }
  return false;
}

void TabariCoder::Tokenize(std::string_view text, TabariScratch* s) const {
  s->toks.clear();
  size_t i = 0, n = text.size();
  while (i < n) {
    char c = text[i];
    if (std::isspace(static_cast<unsigned char>(c)) || c == '_' || c == '`') { ++i; continue; }
    Tok t;
    t.begin = static_cast<uint32_t>(i);
    if (IsAlnum(c)) {
      size_t j = i;
      while (j < n) {
        char d = text[j];
        if (IsAlnum(d)) { ++j; continue; }
        if ((d == '.' || d == '-' || d == '\'' || d == '&') && j + 1 < n && IsAlnum(text[j + 1])) {
          // Possessive 's is a token of its own.
          if (d == '\'' && (text[j + 1] == 's' || text[j + 1] == 'S') &&
              (j + 2 >= n || !IsAlnum(text[j + 2]))) break;
          ++j;
          continue;
        }
        if (d == '-' ) { ++j; continue; }  // "anti- Gondor"
        if (d == '.' && j >= 1 && j + 1 <= n) {
          // "U.S." keeps its last dot; a sentence-final dot does not.
          bool initials = j >= 2 && text[j - 2] == '.';
          if (initials) { ++j; continue; }
        }
        break;
      }
      t.end = static_cast<uint32_t>(j);
      t.word = true;
      t.cap = std::isupper(static_cast<unsigned char>(c)) != 0;
      i = j;
    } else if (c == '\'' && i + 1 < n && (text[i + 1] == 's' || text[i + 1] == 'S') &&
               (i + 2 >= n || !IsAlnum(text[i + 2]))) {
      t.end = static_cast<uint32_t>(i + 2);
      t.word = true;
      i += 2;
    } else {
      size_t len = 1;
      if (c & 0x80) {  // one UTF-8 punctuation character
        while (i + len < n && (text[i + len] & 0xC0) == 0x80) ++len;
      }
      t.end = static_cast<uint32_t>(i + len);
      i += len;
    }
    t.up.assign(text.substr(t.begin, t.end - t.begin));
    for (char& ch : t.up) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    s->toks.push_back(std::move(t));
  }
}

bool TabariCoder::Discarded(std::string_view text, bool whole_words, TabariScratch* s) const {
  // PETRARCH2 looks for discard phrases among the sentence's
  // blank-separated words: "ago," is not "AGO", and a phrase must have a
  // blank after it.
  auto blank = [&](size_t at) { return at < text.size() && std::isspace(static_cast<unsigned char>(text[at])); };
  for (int i = 0; i < static_cast<int>(s->toks.size()); ++i) {
    if (!s->toks[i].word) continue;
    dict_->DiscardCandidates(s->toks[i].up, &s->cand);
    for (uint32_t c : s->cand) {
      const auto& words = dict_->discards()[c].words;
      if (!MatchWords(words, *s, i)) continue;
      if (whole_words) {
        bool ok = s->toks[i].begin == 0 || blank(s->toks[i].begin - 1);
        for (size_t k = 0; k < words.size() && ok; ++k) ok = blank(s->toks[i + k].end);
        if (!ok) continue;
      }
      return true;
    }
  }
  return false;
}

void TabariCoder::RemoveCommaClauses(const CoderOptions& o, TabariScratch* s) const {
  std::vector<int> commas;
  for (int i = 0; i < static_cast<int>(s->toks.size()); ++i) {
    if (s->toks[i].up == ",") commas.push_back(i);
  }
  if (commas.empty()) return;
  auto words = [&](int b, int e) {
    int n = 0;
    for (int i = b; i < e; ++i) n += s->toks[i].word ? 1 : 0;
    return n;
  };
  auto del = [&](int b, int e) {
    for (int i = b; i < e; ++i) s->toks[i].deleted = true;
  };
  int last = static_cast<int>(s->toks.size());
  while (last > 0 && !s->toks[last - 1].word) --last;  // sentence-final stop
  // A clause is only removed when a verb stays outside it.
  auto has_verb = [&](int b, int e) {
    uint32_t form = 0;
    for (int i = b; i < e; ++i) {
      if (!s->toks[i].deleted && s->toks[i].word && MatchVerb(*s, i, &form) > 0) return true;
    }
    return false;
  };
  // Terminal clause.
  int tb = commas.back();
  int tn = words(tb + 1, last);
  // ", that X attacked Y" is the object of the verb before it, not a clause
  // to drop.
  bool complement = tb + 1 < last && s->toks[tb + 1].up == "THAT";
  if (o.comma_emax > 0 && tn >= o.comma_emin && tn <= o.comma_emax && !complement && has_verb(0, tb)) {
    del(tb, last);
  }
  // Initial clause.
  int bn = words(0, commas.front());
  // An opening clause with a verb of its own is the main clause
  // ("Arnor is about to restore complete, full ties").
  if (o.comma_bmax > 0 && bn >= o.comma_bmin && bn <= o.comma_bmax && !has_verb(0, commas.front()) &&
      has_verb(commas.front(), last)) {
    del(0, commas.front() + 1);
  }
  // Internal clauses.
  for (size_t k = 0; k + 1 < commas.size(); ++k) {
    int n = words(commas[k] + 1, commas[k + 1]);
    if (o.comma_max > 0 && n >= o.comma_min && n <= o.comma_max) {
      // A list of actors ("Mordor, the Shire, Fornost and Bree") is no clause.
      bool has_and = false;
      for (int i = commas[k] + 1; i < commas[k + 1]; ++i) has_and |= s->toks[i].up == "AND";
      if (n <= 3 && !has_and) continue;
      del(commas[k], commas[k + 1]);
    }
  }
  s->toks.erase(std::remove_if(s->toks.begin(), s->toks.end(), [](const Tok& t) { return t.deleted; }),
                s->toks.end());
}

bool TabariCoder::WordMatches(const Word& w, const Tok& t) const {
  if (!t.word) return false;
  const std::string& x = w.text;
  if (w.stem) return t.up.compare(0, x.size(), x) == 0;
  if (t.up == x) return true;
  // TABARI nouns take their regular plural: "Estonias", "radios".
  return w.plural && t.up.size() > x.size() && t.up.compare(0, x.size(), x) == 0 &&
         (t.up.compare(x.size(), std::string::npos, "S") == 0 ||
          t.up.compare(x.size(), std::string::npos, "ES") == 0);
}

bool TabariCoder::MatchWords(const std::vector<Word>& w, const TabariScratch& s, int at) const {
  if (at < 0 || at + static_cast<int>(w.size()) > static_cast<int>(s.toks.size())) return false;
  for (size_t k = 0; k < w.size(); ++k) {
    if (!WordMatches(w[k], s.toks[at + k])) return false;
  }
  return true;
}

int TabariCoder::PhraseEnd(const std::vector<Word>& w, const TabariScratch& s, int at) const {
  const int n = static_cast<int>(s.toks.size());
  int pos = at;
  for (size_t k = 0; k < w.size(); ++k) {
    bool open = k > 0 && !w[k - 1].adjacent_next;
    int last = open ? std::min(n - 1, pos + kMaxGap) : pos;
    int found = -1;
    for (int q = pos; q <= last && q < n; ++q) {
      if (WordMatches(w[k], s.toks[q])) {
        found = q;
        break;
      }
    }
    if (found < 0) return -1;
    pos = found + 1;
  }
  return pos;
}

void TabariCoder::FindActors(int32_t date, const CoderOptions& opts, TabariScratch* s) const {
  const bool share_agents = opts.share_agents_in_compounds;
  const bool p2 = opts.petrarch2 && dict_->has_pico() && !opts.sentence_subject;
  s->mentions.clear();
  s->nps.clear();
  s->groups.clear();
  const int n = static_cast<int>(s->toks.size());
  // 1. Longest actor or agent phrase at each position.
  for (int i = 0; i < n;) {
    if (!s->toks[i].word) { ++i; continue; }
    int best = 0;
    TabariScratch::Mention m;
    dict_->ActorCandidates(s->toks[i].up, &s->cand);
    for (uint32_t c : s->cand) {
      int end = PhraseEnd(dict_->actor_phrases()[c].words, *s, i);
      // Of two phrases alike, the later entry: PETRARCH2's actor tree keeps
      // the last code stored for a phrase (the newer of two office
      // holders of one name).
      if (end - i > best || (p2 && end - i == best && best > 0 && c > m.phrase)) {
        best = end - i;
        m = {i, end, false, c};
      }
    }
    dict_->AgentCandidates(s->toks[i].up, &s->cand);
    for (uint32_t c : s->cand) {
      int end = PhraseEnd(dict_->agent_phrases()[c].words, *s, i);
      if (end - i > best) {
        best = end - i;
        m = {i, end, true, c};
      }
    }
    if (best == 0) { ++i; continue; }
    s->mentions.push_back(m);
    i += best;
  }
  // 2. Noun phrases: an actor with the agents around it.
  const auto& mentions = s->mentions;
  std::vector<bool> used(mentions.size(), false);
  auto agent_of = [&](size_t k) -> const dict::tabari::Agent& {
    return dict_->agents()[dict_->agent_phrases()[mentions[k].phrase].id];
  };
  auto gap_ok = [&](int e, int b, bool allow_prep) {
    // Tokens between two mentions that still let them form one phrase.
    int words = 0;
    for (int i = e; i < b; ++i) {
      const std::string& w = s->toks[i].up;
      if (w == "'S" || w == "'") continue;
      if (allow_prep && (w == "OF" || w == "IN" || w == "FROM" || w == "THE")) { ++words; continue; }
      return false;
    }
    return words <= 2;
  };
  for (size_t k = 0; k < mentions.size(); ++k) {
    if (mentions[k].agent) continue;
    const Actor& actor = dict_->actors()[dict_->actor_phrases()[mentions[k].phrase].id];
    std::string code = actor.CodeOn(date);
    TabariScratch::Np np;
    np.b = mentions[k].b;
    np.e = mentions[k].e;
    np.rule = dict_->Where(actor.origin);
    std::string prefix;
    // Agents before: "MSF Arnor", "police of Gondor", "activists in Arnor".
    for (size_t j = k; j-- > 0;) {
      if (!mentions[j].agent || used[j]) break;
      int next_b = j + 1 == k ? np.b : mentions[j + 1].b;
      if (!gap_ok(mentions[j].e, next_b, true)) break;
      if (mentions[j].e != next_b) np.prep_agent = true;
      used[j] = true;
      np.b = mentions[j].b;
      const auto& a = agent_of(j);
      if (a.prefix) prefix = a.code + prefix;
      else np.suffix.insert(np.suffix.begin(), a.code);
    }
    // Agents after: "Gondor police", "Gondor's main opposition group".
    for (size_t j = k + 1; j < mentions.size(); ++j) {
      if (!mentions[j].agent) break;
      if (!gap_ok(np.e, mentions[j].b, false)) break;
      used[j] = true;
      np.e = mentions[j].e;
      const auto& a = agent_of(j);
      if (a.prefix) prefix = a.code + prefix;
      else np.suffix.push_back(a.code);
    }
    used[k] = true;
    if (code == "---" && np.suffix.empty() && prefix.empty()) continue;  // a null actor
    size_t start = 0;
    while (start <= code.size()) {  // "FRO/BIL/SAM" is three actors
      size_t slash = code.find('/', start);
      std::string one = code.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
      if (!one.empty()) np.bases.push_back(one.rfind(prefix, 0) == 0 ? one : prefix + one);
      if (slash == std::string::npos) break;
      start = slash + 1;
    }
    s->nps.push_back(std::move(np));
  }
  // Agents on their own.
  for (size_t k = 0; k < mentions.size(); ++k) {
    if (used[k]) continue;
    TabariScratch::Np np;
    np.b = mentions[k].b;
    np.e = mentions[k].e;
    const auto& a = agent_of(k);
    np.rule = dict_->Where(a.origin);
    np.agent_only = a.code;
    s->nps.push_back(std::move(np));
  }
  std::sort(s->nps.begin(), s->nps.end(),
            [](const TabariScratch::Np& a, const TabariScratch::Np& b) { return a.b < b.b; });
  // 3. Compounds: phrases joined by "and" or commas.
  for (int k = 0; k < static_cast<int>(s->nps.size()); ++k) {
    TabariScratch::Group g;
    g.b = s->nps[k].b;
    g.e = s->nps[k].e;
    g.nps.push_back(k);
    while (k + 1 < static_cast<int>(s->nps.size())) {
      const auto& next = s->nps[k + 1];
      bool conj = false, ok = true;
      int words = 0;
      for (int i = g.e; i < next.b && ok; ++i) {
        const std::string& w = s->toks[i].up;
        if (IsConjunction(w)) { conj = true; continue; }
        if (w == "'S") continue;
        if (!s->toks[i].word || !conj) { ok = false; break; }
        uint32_t form = 0;
        if (MatchVerb(*s, i, &form) > 0) { ok = false; break; }  // "X, criticized Y" is no list
        ++words;
      }
      if (!ok || !conj || words > 3) break;
      ++k;
      g.nps.push_back(k);
      g.e = next.e;
    }
    bool and_joined = false;
    for (int i = g.b; i < g.e && !and_joined; ++i) and_joined = s->toks[i].up == "AND" || s->toks[i].up == "&";
    if (p2 && g.nps.size() > 1 && !and_joined) {
      // PETRARCH2: a list ends with "and" ("A, B and C"); "Eastwood,
      // Northmark met ..." is two phrases.
      for (int np : g.nps) {
        TabariScratch::Group one;
        one.b = s->nps[np].b;
        one.e = s->nps[np].e;
        one.nps.push_back(np);
        s->groups.push_back(std::move(one));
      }
      continue;
    }
    s->groups.push_back(std::move(g));
  }
  // 4. Agents shared in a compound, then the final codes.
  auto compose = [](const std::string& base, const std::vector<std::string>& suffix) {
    std::string c = base;
    for (const std::string& x : suffix) AppendAgent(&c, x);
    return c;
  };
  for (const auto& g : s->groups) {
    if (p2 && g.nps.size() > 1) {
      // "Northmark and Southland students": PETRARCH2 gives a noun phrase's agent
      // to each of its actors.
      const auto& last = s->nps[g.nps.back()];
      bool bare = !last.bases.empty() && !last.suffix.empty() && !last.prep_agent;
      for (size_t i = 0; i + 1 < g.nps.size() && bare; ++i) {
        const auto& np = s->nps[g.nps[i]];
        bare = !np.bases.empty() && np.suffix.empty() && np.e - np.b == 1;
      }
      for (size_t i = 0; i + 1 < g.nps.size() && bare; ++i) s->nps[g.nps[i]].suffix = last.suffix;
    }
    // "ambassadors of Arnor, Osgiliath and Gondor": the agent goes to all.
    for (size_t i = 0; i < g.nps.size() && share_agents; ++i) {
      const auto& from = s->nps[g.nps[i]];
      if (!from.prep_agent) continue;
      for (size_t j = i + 1; j < g.nps.size(); ++j) {
        auto& to = s->nps[g.nps[j]];
        if (!to.bases.empty() && to.suffix.empty()) to.suffix = from.suffix;
      }
    }
    for (size_t i = 0; i < g.nps.size(); ++i) {
      auto& np = s->nps[g.nps[i]];
      if (!np.bases.empty()) {
        for (const std::string& b : np.bases) np.codes.push_back(compose(b, np.suffix));
        continue;
      }
      // An agent alone: "Danish media and government" takes the actor on
      // its left; "Lawmakers and officials in Fornost and Gondor" all of
      // the compound's actors; else it is "---" and the agent.
      const TabariScratch::Np* left = nullptr;
      for (size_t j = i; j-- > 0;) {
        if (!s->nps[g.nps[j]].bases.empty()) { left = &s->nps[g.nps[j]]; break; }
      }
      if (left) {
        std::vector<std::string> sfx = left->suffix;
        if (!sfx.empty()) sfx.pop_back();
        sfx.push_back(np.agent_only);
        for (const std::string& b : left->bases) np.codes.push_back(compose(b, sfx));
      } else {
        for (size_t j = i + 1; j < g.nps.size(); ++j) {
          const auto& right = s->nps[g.nps[j]];
          for (const std::string& b : right.bases) np.codes.push_back(compose(b, {np.agent_only}));
        }
      }
      if (np.codes.empty()) np.codes.push_back("---" + np.agent_only);
    }
  }
  s->group_start.assign(n + 1, -1);
  s->group_end.assign(n + 1, -1);
  s->in_group.assign(n + 1, -1);
  for (int gi = 0; gi < static_cast<int>(s->groups.size()); ++gi) {
    const auto& g = s->groups[gi];
    s->group_start[g.b] = gi;
    s->group_end[g.e - 1] = gi;
    for (int i = g.b; i < g.e; ++i) s->in_group[i] = gi;
  }
}

bool TabariCoder::Petrarch2Noun(const TabariScratch& s, int head, const VerbForm& f,
                                const std::vector<bool>& verb_end_at) const {
  // PETRARCH2 reads verbs off a parse and its dictionaries count on that;
  // warta tells a verb form used as a noun by the words before it.
  const std::string& w = s.toks[head].up;
  std::string base = dict_->verbs()[f.verb].name;
  base.erase(std::remove(base.begin(), base.end(), '+'), base.end());
  base = base.substr(0, base.find_first_of("_ "));
  const bool ing = EndsWith(w, "ING");
  const bool third = EndsWith(w, "S") && !EndsWith(w, "SS");
  // A past form after a noun is a verb ("the plan gained", "a study
  // published Monday").
  const bool past = EndsWith(w, "ED") || (w != base && !third && !ing);
  auto number = [](const std::string& t) {
    return std::isdigit(static_cast<unsigned char>(t[0])) ||
           OneOf(t, {"TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "DOZENS",
                     "HUNDREDS", "THOUSANDS", "SEVERAL", "MANY", "FEW"});
  };
  int j = head - 1;
  // "according to": a preposition.
  if (w == "ACCORDING" && head + 1 < static_cast<int>(s.toks.size()) && s.toks[head + 1].up == "TO") return true;
  if (j < 0) return false;
  // "two border raids", "the three jailed editors".
  if (number(s.toks[j].up) && !ing) return true;
  // "yielded to pressures": after "to" an infinitive has its base form.
  if (s.toks[j].up == "TO" && (third || EndsWith(w, "ED"))) return true;
  // "holding naval drills": the head of the verb's object (but
  // "said Westport attacked", "said Westport attacks").
  if (int g = s.in_group[j]; g >= 0 && s.groups[g].b > 0 && verb_end_at[s.groups[g].b - 1] && !past) {
    const auto& grp = s.groups[g];
    bool agent_only = grp.nps.size() == 1 && s.nps[grp.nps[0]].bases.empty();
    if (!third || agent_only) return true;
  }
  int plain = 0;  // modifiers that are no actor
  for (int modifiers = 0; j >= 0 && modifiers <= 3; ++modifiers) {
    const Tok& t = s.toks[j];
    if (!t.word) return false;
    if (int g = s.in_group[j]; g >= 0) {
      // "The UN inspectors want": a plural actor is the subject; "the
      // Westport council meets": so is one before a verb in -S.
      const std::string& last = s.toks[s.groups[g].e - 1].up;
      if ((EndsWith(last, "S") && !EndsWith(last, "SS")) || third || past) return false;
      j = s.groups[g].b - 1;
      continue;
    }
    if (t.up == "THAT" || t.up == "WHICH" || t.up == "WHO") return false;
    // "an attack", "their first meeting": a determiner.
    if (IsDeterminer(t.up)) return !(past && modifiers > 0);
    // "warned against travel", "kept to earlier trade deals"; a gerund
    // after a preposition stays a verb, and so does an infinitive.
    // "The visit of the mayor came": a past form after a noun with its
    // own preposition is a verb.
    if (IsPreposition(t.up)) return !ing && (t.up != "TO" || modifiers > 0) && !(past && modifiers > 0);
    // "staged two border raids": after a verb and its object's first words,
    // the object's head.
    if (verb_end_at[j]) return modifiers > 0 && !past;
    // "mines, shells and rocket fire": the last of a list of nouns.
    if ((t.up == "AND" || t.up == "OR") && plain > 0 && !past && !third) return true;
    if (IsAuxiliary(t.up) || OneOf(t.up, {"AND", "OR", "BUT", "TO"})) return false;
    ++plain;
    --j;
  }
  return false;
}

int TabariCoder::MatchVerb(const TabariScratch& s, int i, uint32_t* form) const {
  int best = 0;
  dict_->VerbFormCandidates(s.toks[i].up, &s.cand);
  for (uint32_t c : s.cand) {
    const VerbForm& f = dict_->verb_forms()[c];
    int len = static_cast<int>(f.words.size());
    // A verb defined twice: the later entry wins, as in PETRARCH.
    if ((len > best || (len == best && c > *form)) && MatchWords(f.words, s, i)) {
      best = len;
      *form = c;
    }
  }
  return best;
}

// Matches item `it` at token p. Forward: the item starts at p; returns its
// end (exclusive). Backward: it ends at p; returns its start. -1: no match.
int TabariCoder::MatchItemAt(const PatternItem& it, int p, bool forward, const TabariScratch& s,
                             Binding* b) const {
  const int n = static_cast<int>(s.toks.size());
  if (p < 0 || p >= n || p >= b->limit || p < b->floor) return -1;
  if (forward && !it.in_parens && p >= b->object_limit) return -1;
  // A phrase from `start`; words joined by a space may have others between
  // them (up to kGap). Returns the end, or -1.
  constexpr int kGap = 4;
  auto phrase_from = [&](const std::vector<Word>& ph, int start) -> int {
    int at = start;
    for (size_t k = 0; k < ph.size(); ++k) {
      bool open = k > 0 && !ph[k - 1].adjacent_next;
      int last = open ? std::min(n - 1, at + kGap) : at;
      int found = -1;
      for (int q = at; q <= last && q < n; ++q) {
        if (WordMatches(ph[k], s.toks[q])) { found = q; break; }
      }
      if (found < 0) return -1;
      at = found + 1;
    }
    return at;
  };
  auto phrases = [&](const std::vector<std::vector<Word>>& list) -> int {
    int best = -1, best_len = 0;
    for (const auto& ph : list) {
      int len = static_cast<int>(ph.size());
      if (len <= best_len) continue;
      if (forward) {
        int e = phrase_from(ph, p);
        if (e >= 0 && e <= b->limit && (it.in_parens || e <= b->object_limit)) {
          best_len = len;
          best = e;
        }
        continue;
      }
      for (int start = p - len + 1; start >= b->floor && start >= p - len + 1 - kGap; --start) {
        if (phrase_from(ph, start) == p + 1) {
          best_len = len;
          best = start;
          break;
        }
      }
    }
    return best;
  };
  switch (it.kind) {
    case PatternItem::kWord: {
      const Tok& t = s.toks[p];
      if (!t.word) return -1;
      bool ok = it.word.stem ? t.up.compare(0, it.word.text.size(), it.word.text) == 0
                             : t.up == it.word.text;
      if (!ok) return -1;
      b->Mark(p, p + 1);
      return forward ? p + 1 : p;
    }
    case PatternItem::kSynset:
    case PatternItem::kAlternatives: {
      int r = phrases(it.kind == PatternItem::kSynset ? dict_->synsets()[it.index]
                                                      : dict_->alternatives()[it.index]);
      if (r >= 0) {
        if (forward) b->Mark(p, r);
        else b->Mark(r, p + 1);
      }
      return r;
    }
    default: {
      int g = forward ? s.group_start[p] : s.group_end[p];
      if (g < 0) return -1;
      const auto& grp = s.groups[g];
      if (it.kind == PatternItem::kCompound && grp.nps.size() < 2) return -1;
      if (grp.e > b->limit || grp.b < b->floor) return -1;
      if (it.kind == PatternItem::kSource) b->source = g;
      if (it.kind == PatternItem::kTarget) b->target = g;
      if (it.kind == PatternItem::kCompound) b->compound = g;
      return forward ? grp.e : grp.b;
    }
  }
}

bool TabariCoder::MatchItemsForward(const std::vector<PatternItem>& items, size_t k, int pos,
                                    bool open, const TabariScratch& s, Binding* b) const {
  if (k == items.size()) {
    b->hi = std::max(b->hi, pos - 1);
    return true;
  }
  const int n = static_cast<int>(s.toks.size());
  int last = std::min(open ? n - 1 : pos, b->limit - 1);
  for (int p = pos; p <= last; ++p) {
    Binding saved = *b;
    int e = MatchItemAt(items[k], p, true, s, b);
    if (e >= 0 && MatchItemsForward(items, k + 1, e, !items[k].word.adjacent_next, s, b)) return true;
    *b = saved;
  }
  return false;
}

bool TabariCoder::MatchItemsBackward(const std::vector<PatternItem>& items, size_t k, int pos,
                                     bool open, const TabariScratch& s, Binding* b) const {
  if (k == 0) {
    b->lo = std::min(b->lo, pos + 1);
    return true;
  }
  const PatternItem& it = items[k - 1];
  int first = std::max(open ? 0 : pos, b->floor);
  for (int p = pos; p >= first; --p) {
    Binding saved = *b;
    int st = MatchItemAt(it, p, false, s, b);
    bool adj = k >= 2 ? items[k - 2].word.adjacent_next : true;
    if (st >= 0 && MatchItemsBackward(items, k - 1, st - 1, !adj, s, b)) return true;
    *b = saved;
  }
  return false;
}

bool TabariCoder::Code(std::string_view text, int32_t date, const CoderOptions& opts,
                       TabariScratch* s, std::vector<CodedEvent>* out) const {
  Tokenize(text, s);
  const bool p2 = opts.petrarch2 && dict_->has_pico() && !opts.sentence_subject;
  if (Discarded(text, p2, s)) return false;
  int words = 0;
  for (const Tok& t : s->toks) words += t.word ? 1 : 0;
  if (words < opts.min_words) return true;
  // In an all-capitals sentence capitals say nothing about nouns.
  bool all_caps = true;
  for (size_t i = 0; i < text.size() && all_caps; ++i) all_caps = !(text[i] >= 'a' && text[i] <= 'z');
  // PETRARCH2 reads commas from its parse and removes no clauses.
  if (!p2) RemoveCommaClauses(opts, s);
  FindActors(date, opts, s);
  const int n = static_cast<int>(s->toks.size());
  for (const auto& np : s->nps) {
    for (const std::string& c : np.codes) {
      if (c == "###") return false;  // TABARI's discard code on an actor
    }
  }

  using Hit = TabariScratch::Hit;
  std::vector<Hit>& verbs = s->verbs;
  verbs.clear();
  std::vector<bool>& verb_end_at = s->verb_at;  // by token: a verb ends here
  verb_end_at.assign(n + 1, false);
  for (int i = 0; i < n; ++i) {
    if (!s->toks[i].word || s->in_group[i] >= 0) continue;
    uint32_t form = 0;
    int len = MatchVerb(*s, i, &form);
    if (len == 0) continue;
    const VerbForm& f = dict_->verb_forms()[form];
    int head = i + static_cast<int>(f.head);
    bool noun = head > 0 && s->toks[head].cap && !all_caps;
    if (p2) {
      noun = noun || Petrarch2Noun(*s, head, f, verb_end_at);
    } else {
      // "an attack", "a brief private visit": a determiner before the verb,
      // perhaps with adjectives between, makes it a noun.
      for (int j = head - 1, adjectives = 0; j >= 0 && !noun && adjectives <= 2; --j, ++adjectives) {
        const Tok& t = s->toks[j];
        if (IsArticle(t.up)) noun = true;
        if (!t.word || t.cap || s->in_group[j] >= 0 || IsAuxiliary(t.up) || t.up == "TO" || t.up == "AND" ||
            t.up == "OR") {
          break;
        }
      }
    }
    if (!noun) {
      verbs.push_back({i, i + len, form});
      verb_end_at[i + len - 1] = true;
    }
    i += len - 1;
  }
  if (p2) {
    // Two verb forms in a row: one is a noun. "ship arms", "pledge
    // support": the second; "Northmarkian units raid": the first, a plural
    // before a base form.
    auto head_word = [&](const Hit& h) -> const std::string& {
      return s->toks[h.b + static_cast<int>(dict_->verb_forms()[h.form].head)].up;
    };
    auto plural = [](const std::string& w) { return EndsWith(w, "S") && !EndsWith(w, "SS"); };
    std::vector<bool> drop(verbs.size(), false);
    for (size_t k = 0; k + 1 < verbs.size(); ++k) {
      if (drop[k] || verbs[k].e != verbs[k + 1].b) continue;
      const std::string& a = head_word(verbs[k]);
      const std::string& b = head_word(verbs[k + 1]);
      bool b_base = !plural(b) && !EndsWith(b, "ED") && !EndsWith(b, "ING");
      // A plural after a nationality ("Northmarkian units") is a noun.
      const Tok& before = s->toks[verbs[k].b > 0 ? verbs[k].b - 1 : 0];
      bool demonym = verbs[k].b > 0 && s->in_group[verbs[k].b - 1] >= 0 &&
                     (EndsWith(before.up, "IAN") || EndsWith(before.up, "ESE") || EndsWith(before.up, "ISH") ||
                      EndsWith(before.up, "ICAN") || EndsWith(before.up, "I") || EndsWith(before.up, "CH"));
      bool b_past = EndsWith(b, "ED") || OneOf(b, {"SAID", "TOLD", "MET", "SAW", "TOOK", "GAVE", "WENT", "CAME"});
      if (plural(a) && ((b_base && demonym) || b_past)) drop[k] = true;
      else drop[k + 1] = true;
    }
    size_t w = 0;
    for (size_t k = 0; k < verbs.size(); ++k) {
      if (!drop[k]) verbs[w++] = verbs[k];
    }
    verbs.resize(w);
  }
  // "should have acted": a modal or auxiliary with a verb close after it is
  // no verb of its own.
  std::vector<bool>& verb_at = s->verb_at;
  verb_at.assign(n + 1, false);
  for (const Hit& h : verbs) verb_at[h.b] = true;
  verbs.erase(std::remove_if(verbs.begin(), verbs.end(),
                             [&](const Hit& h) {
                               if (opts.auxiliaries_are_verbs || h.e - h.b != 1 ||
                                   !IsAuxiliary(s->toks[h.b].up)) {
                                 return false;
                               }
                               for (int j = h.e; j < n && j <= h.e + 3; ++j) {
                                 if (verb_at[j]) return true;
                                 if (!s->toks[j].word) break;
                               }
                               return false;
                             }),
               verbs.end());
  for (const Hit& h : verbs) verb_at[h.b] = true;
  if (p2) {
    return CodePetrarch2(opts, s, out);
  }

  size_t first_out = out->size();
  auto emit = [&](const std::string& src, const std::string& tgt, const std::string& code,
                  const Hit& h, const std::string& verb_rule, const std::string& pattern_rule,
                  const std::string& src_rule, const std::string& tgt_rule) {
    if (code.empty()) return;
    if (src == tgt && src != "---") return;
    for (size_t k = first_out; k < out->size(); ++k) {
      const CodedEvent& e = (*out)[k];
      if (e.source == src && e.target == tgt && e.code == code) return;
    }
    CodedEvent e;
    e.source = src;
    e.target = tgt;
    e.code = code;
    e.begin = s->toks[h.b].begin;
    e.end = s->toks[h.e - 1].end;
    e.verb_rule = verb_rule;
    e.pattern_rule = pattern_rule;
    e.source_rule = src_rule;
    e.target_rule = tgt_rule;
    out->push_back(std::move(e));
  };

  int covered_until = -1;
  int prev_source = -1;
  int prev_verb_end = 0;
  int coded_end = -1;  // end of the last verb that gave an event
  std::vector<int>& used_targets = s->used_targets;
  used_targets.clear();
  std::vector<CodedEvent>& weak = s->weak;  // used if nothing else is coded
  weak.clear();
  for (const Hit& h : verbs) {
    if (h.b <= covered_until) continue;
    if (opts.code_by == CoderOptions::CodeBy::kSentence && coded_end >= 0) break;
    if (opts.code_by == CoderOptions::CodeBy::kClause && coded_end >= 0) {
      bool boundary = false;
      for (int i = coded_end; i < h.b && !boundary; ++i) {
        const std::string& w = s->toks[i].up;
        boundary = w == "AND" || w == "BUT" || w == ";" || (w == "," && opts.comma_ends_clause);
      }
      if (!boundary) continue;
    }
    const VerbForm& f = dict_->verb_forms()[h.form];
    const auto& verb = dict_->verbs()[f.verb];
    const auto& block = dict_->blocks()[verb.block];
    Binding bind;
    const Pattern* matched = nullptr;
    for (const Pattern& p : block.patterns) {
      Binding b;
      bool ok = MatchItemsBackward(p.lower, p.lower.size(), h.b - 1, !p.verb_adjacent_lower, *s, &b) &&
                MatchItemsForward(p.upper, 0, h.e, !p.verb_adjacent_upper, *s, &b);
      if (ok) {
        matched = &p;
        bind = b;
        break;
      }
    }
    EventCode code = matched ? matched->code : verb.code;
    if (code.discard) {
      out->resize(first_out);
      return false;
    }
    std::string verb_rule = dict_->Where(verb.origin);
    std::string pattern_rule = matched ? dict_->Where(matched->origin) : "";
    if (matched) covered_until = std::max(covered_until, bind.hi);
    int src = bind.source;
    if (src < 0 && bind.compound < 0 && prev_source >= 0) {
      // A verb conjoined to the one before shares its subject, and so does
      // an infinitive ("left for X to attend").
      int i = h.b - 1;
      while (i >= 0 && IsAuxiliary(s->toks[i].up)) --i;
      if (i >= 0 && OneOf(s->toks[i].up, {"AND", "BUT", "TO"})) src = prev_source;
    }
    if (src < 0 && bind.compound < 0) {
      // Else the first actor of the clause, looking back to the previous
      // verb or clause word.
      int stop = prev_verb_end;
      for (int i = h.b - 1; i >= prev_verb_end; --i) {
        if (IsClauseStop(s->toks[i])) { stop = i + 1; break; }
      }
      // "Before leaving for Beijing, Bush ...": an opening subordinate
      // clause holds no subject.
      if (!s->toks.empty() && OneOf(s->toks[0].up, {"BEFORE", "AFTER", "WHILE", "WHEN", "ALTHOUGH", "IF",
                                                    "SINCE", "DESPITE", "AMID", "FOLLOWING", "UNLESS"})) {
        for (int i = 1; i < h.b; ++i) {
          if (s->toks[i].up == ",") {
            stop = std::max(stop, i + 1);
            break;
          }
        }
      }
      if (opts.sentence_subject) {
        stop = 0;
        for (int i = h.b - 1; i >= 0; --i) {
          if (s->toks[i].up == "BUT" || s->toks[i].up == ";") { stop = i + 1; break; }
        }
      }
      for (int i = stop; i < h.b; ++i) {
        if (s->group_start[i] >= 0) { src = s->group_start[i]; break; }
      }
      // PETRARCH: an actor inside an earlier verb's object ("restore ties
      // with X, years after X crowds burned ...") is no new subject.
      if (src >= 0 && !opts.sentence_subject &&
          std::find(used_targets.begin(), used_targets.end(), src) != used_targets.end()) {
        src = -1;
      }
    }
    if (src >= 0 && src == bind.target) {
      // "+ WAS * DEAD IN": the actor before the verb is the target, so the
      // source is the first actor after it.
      src = -1;
      for (int i = h.e; i < n; ++i) {
        if (s->group_start[i] >= 0 && s->group_start[i] != bind.target) { src = s->group_start[i]; break; }
      }
    }
    int tgt = bind.target;
    int self_compound = -1;  // "A, B and C met": the compound with itself
    if (tgt < 0 && bind.compound < 0) {
      // Words a pattern matched after the verb ("conducting military
      // exercises") are not its target.
      int covered = matched ? bind.hi : -1;
      for (int i = h.e; i < n; ++i) {
        int g = s->group_start[i];
        bool agent_word = g >= 0 && i <= covered && s->groups[g].nps.size() == 1 &&
                          s->nps[s->groups[g].nps[0]].bases.empty();
        if (g >= 0 && g != src && !agent_word) { tgt = g; break; }
        if (s->toks[i].up == ";") break;
        if (s->toks[i].up == "," && i + 1 < n) {
          // "complete, full ties with X" goes on; ", a senior official said"
          // or ", Gondor ..." starts something else.
          const Tok& next = s->toks[i + 1];
          if (!next.word || next.cap || IsDeterminer(next.up) || IsPronoun(next.up)) break;
        }
      }
    }
    if (tgt < 0 && bind.compound < 0 && !matched && src >= 0 && s->groups[src].nps.size() > 1 &&
        !opts.sentence_subject) {
      self_compound = src;
    }
    // Passive voice: "X was opposed by Y" codes Y against X.
    if (bind.source < 0 && bind.target < 0 && bind.compound < 0) {
      int j = h.b - 1;
      while (j >= 0 && s->toks[j].up.size() > 2 &&
             s->toks[j].up.compare(s->toks[j].up.size() - 2, 2, "LY") == 0) --j;
      bool be = j >= 0 && OneOf(s->toks[j].up, {"WAS", "WERE", "BEEN", "BE", "IS", "ARE", "BEING"});
      for (int i = h.e; be && i < n && i <= h.e + 3; ++i) {
        if (s->toks[i].up != "BY") continue;
        int k = i + 1;
        if (k < n && IsArticle(s->toks[k].up)) ++k;
        if (k < n && s->group_start[k] >= 0) {
          tgt = src;
          src = s->group_start[k];
        }
        break;
      }
    }
    if (src >= 0) prev_source = src;
    if (code.null()) continue;
    // A weak verb ("said") leaves the clause open for the verb after it.
    if (!code.weak) prev_verb_end = h.e;
    size_t before = out->size();
    if (bind.compound >= 0 || self_compound >= 0) {
      const auto& g = s->groups[bind.compound >= 0 ? bind.compound : self_compound];
      // Each pair of the compound; a paired code ("044:045") gives the
      // first-named the forward code and the other the reverse.
      for (int a : g.nps) {
        for (int c : g.nps) {
          if (a == c || (!code.reverse.empty() && c < a)) continue;
          for (const std::string& x : s->nps[a].codes) {
            for (const std::string& y : s->nps[c].codes) {
              emit(x, y, code.forward, h, verb_rule, pattern_rule, s->nps[a].rule, s->nps[c].rule);
              if (!code.reverse.empty()) {
                emit(y, x, code.reverse, h, verb_rule, pattern_rule, s->nps[c].rule, s->nps[a].rule);
              }
            }
          }
        }
      }
    } else {
      std::vector<std::pair<std::string, std::string>> sources, targets;  // (code, rule)
      if (src >= 0) {
        for (int k : s->groups[src].nps) {
          for (const std::string& c : s->nps[k].codes) sources.emplace_back(c, s->nps[k].rule);
        }
      } else if (!opts.default_source.empty()) {
        sources.emplace_back(opts.default_source, "default source");
      }
      if (tgt >= 0) {
        for (int k : s->groups[tgt].nps) {
          for (const std::string& c : s->nps[k].codes) targets.emplace_back(c, s->nps[k].rule);
        }
      } else if (!opts.default_target.empty()) {
        targets.emplace_back(opts.default_target, "default target");
      }
      bool dyad = !sources.empty() && !targets.empty();
      if (!dyad && (opts.require_dyad || (sources.empty() && targets.empty()))) continue;
      if (sources.empty()) sources.emplace_back("---", "");
      if (targets.empty()) targets.emplace_back("---", "");
      for (const auto& [sc, sr] : sources) {
        for (const auto& [tc, tr] : targets) {
          emit(sc, tc, code.forward, h, verb_rule, pattern_rule, sr, tr);
          if (!code.reverse.empty()) emit(tc, sc, code.reverse, h, verb_rule, pattern_rule, tr, sr);
        }
      }
    }
    if (!code.weak && out->size() > before) {
      coded_end = h.e;
      if (tgt >= 0) used_targets.push_back(tgt);
    }
    if (code.weak) {
      weak.insert(weak.end(), out->begin() + static_cast<long>(before), out->end());
      out->resize(before);
    } else if (code.overrides && out->size() > before) {
      out->erase(out->begin() + static_cast<long>(first_out), out->begin() + static_cast<long>(before));
    }
  }
  if (out->size() == first_out) out->insert(out->end(), weak.begin(), weak.end());
  return true;
}

}  // namespace warta::extract::tabari
