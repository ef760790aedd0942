#include "extract/extractor.h"

#include <algorithm>
#include <bitset>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <span>
#include <type_traits>
#include <unordered_map>

#include "absl/container/flat_hash_map.h"
#include "absl/hash/hash.h"
#include "extract/event_id.h"

namespace warta::extract {

using dict::WordId;
using lang::id::Voice;

namespace {

struct RootHit {
  WordId root;
  Voice voice;
  uint8_t form = 0;  // English: the lang::en::Form; voice is read in context
  bool voice_known = true;  // English: false until read (see RootVoice)
};

struct TokInfo {
  WordId word = dict::kNoWord;
  uint32_t cls = 0;
  uint32_t roots_begin = 0, roots_end = 0;  // into Impl::roots
  int mention = -1;  // the mention covering this token
  int time = -1;     // the time expression covering this token
  int clause = 0;
  bool trigger = false;
  bool name = false;   // a capitalised word no lexicon knows: part of a name
  bool agent = false;  // part of a role phrase ("diplomat"): a pattern may use it
  bool vetoed = false;  // inside a [veto] phrase: starts no trigger
  bool possessive = false;  // English "Russia's": `word` is "russia"
};

struct Mention {
  uint32_t tb = 0, te = 0;  // token range
  std::string code;         // "" when unresolved
  TextView entry;           // the dictionary's "file:line"
  TextView via;
  TextView text;            // the document's words
  uint32_t start = 0, end = 0;
  bool person = false;
  bool referential = true;  // false: "sekutu X" names an ally, not X
  bool possessive = false;  // "pemerintahnya": country of the last agent
  std::string role;         // the role of a role-only mention ("demonstran")
  int group = -1;
  bool adjectival = false;  // English: ends in a demonym or possessive
  bool role_after_actor = false;  // English: "British activists"
};

enum class ClauseKind : uint8_t {
  kMain, kComplement, kRelative, kSubordinate, kCoordVP, kAfterComma,
  kCondition,
};

struct Clause {
  uint32_t tb = 0, te = 0;
  ClauseKind kind = ClauseKind::kMain;
  bool has_verb = false;
};

struct Trigger {
  uint32_t tb = 0, te = 0;
  uint32_t pattern = 0;
  Voice voice = Voice::kActive;
  bool negated = false;
  bool refused = false;  // "tidak akan V", "enggan V": a refusal, not a non-event
  bool future = false;
  bool modal = false;
  bool announced = false;  // after a word both future and modal ("will")
  int clause = 0;
  // Filled by role assignment.
  std::vector<int> sources, targets;
  std::string rule;
  bool inverted = false;  // ", kata X": the speaker follows the verb
  bool reciprocal = false;
  int coordinated_with = -1;  // "X mengecam ..., dan mendesak": that trigger
  int gap_mention = -1;       // an actor inside the pattern's ".." gap
  int governor = -1;          // the trigger whose content this one is
  bool dropped = false;       // folded into another trigger
  bool irrealis = false;      // "harus V": not asserted
  bool hypothetical = false;  // "dapat V": an ability, not an act
  std::string code;           // the code to emit ("" = the pattern's)
  std::string note;           // why the code changed
  bool guest = false;         // English: the hosted object also visits (042)
};

// A speech verb's speaker reports the events after it (or, when it follows
// the quote, the events before it).
struct Speech {
  uint32_t tb;
  std::vector<int> who;
  bool after;
  int clause;

  bool Covers(const Trigger& t) const { return after ? tb > t.tb : tb < t.tb; }
};

// The first speech with a speaker that covers t, or null.
const Speech* FirstSpeaker(const std::vector<Speech>& speeches, const Trigger& t) {
  for (const Speech& s : speeches)
    if (!s.who.empty() && s.Covers(t)) return &s;
  return nullptr;
}

bool IsVerbal(Voice v) { return v != Voice::kNominal; }

// A dictionary phrase, role, name or anaphor found in a sentence: the
// pieces that mentions are built from.
struct MentionItem {
  uint32_t tb, te;
  enum Kind { kActor, kAgent, kName, kAnaphor } kind;
  int entry = -1;          // actors() or agents() index
  bool possessive = false; // "pemerintahnya"
};

const char* VoiceName(Voice v) {
  switch (v) {
    case Voice::kActive: return "active";
    case Voice::kPassive: return "passive";
    case Voice::kMiddle: return "middle";
    case Voice::kNominal: return "nominal";
    case Voice::kBase: return "base";
  }
  return "?";
}

}  // namespace

static_assert(!std::is_constructible_v<TextView, std::string>,
              "a view of a temporary string would dangle");

struct Scratch::Impl {
  std::vector<TokInfo> info;
  std::vector<RootHit> roots;
  std::vector<Mention> mentions;
  std::vector<MentionItem> items;
  std::vector<std::vector<int>> groups;
  std::vector<Trigger> triggers;
  std::vector<Clause> clauses;
  std::vector<time::TimeExpr> times_future;  // resolved forward, on demand
  std::vector<time::PreToken> time_tokens;    // the sentence's tokens, for time
  // Pattern roots of words already analysed by this thread: a word is
  // analysed once, not at every occurrence. Bounded; cleared when full.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view v) const { return dict::WordHash()(v); }
  };
  struct Eq {  // std::equal_to<> compares out of line
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const {
      return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size()) == 0;
    }
  };
  absl::flat_hash_map<std::string, std::pair<uint32_t, uint32_t>, Hash, Eq> morph_cache;
  std::vector<RootHit> cached_roots;
  // The dictionary whose word ids the cache holds: a scratch codes Indonesian
  // and English documents in turn, and their ids differ.
  const dict::Dictionary* cache_dict = nullptr;
  // Indonesian analyses of words already analysed by this thread, for the
  // rules that read a word's affixes: ranges of cached_analyses. Bounded;
  // cleared when full.
  absl::flat_hash_map<std::string, std::pair<uint32_t, uint32_t>, Hash, Eq> analysis_cache;
  std::vector<lang::id::Analysis> cached_analyses;  // roots view the lexicon
};

Scratch::Scratch() : impl(new Impl) {}
Scratch::~Scratch() { delete impl; }

namespace {

// All per-sentence work, over the caller's scratch.
class SentenceCoder {
 public:
  SentenceCoder(const dict::Dictionary& d, const lang::id::Morphology* m,
                const lang::en::Morphology* en, const place::Gazetteer* g,
                const SentenceContext& ctx, Scratch* s, DocMemory* mem)
      : d_(d), m_(m), en_(en), g_(g), ctx_(ctx), s_(s), x_(*s->impl), mem_(mem),
        toks_(s->tokens.tokens) {}

  void Run(std::vector<Event>* out) {
    s_->tokens.Clear();
    text::Tokenize(ctx_.text, ctx_.span, &s_->tokens);
    toks_ = s_->tokens.tokens;
    x_.info.assign(toks_.size(), TokInfo());
    x_.roots.clear();
    x_.mentions.clear();
    x_.groups.clear();
    x_.triggers.clear();
    x_.clauses.clear();
    x_.times_future.clear();
    if (toks_.empty()) return;
    OwnMorphCache();
    for (size_t i = 0; i < toks_.size(); ++i) {
      x_.info[i].word = d_.vocab().Find(Norm(i));
      if (en_) EnglishWord(i);
      x_.info[i].cls = d_.Classes(x_.info[i].word);
    }
    FindTimes();
    FindDiscard();
    FindMentions();
    if (en_) AnalyseEnglish();
    else Analyse();
    FindTriggers();
    TrimMentionsInTriggers();
    FindClauses();
    if (en_) ResolveEnglishPronouns();
    for (size_t k = 0; k < x_.triggers.size(); ++k) {
      AssignRoles(&x_.triggers[k]);
      ResolvePossessives(k);
    }
    if (FirstPersonIsSpeaker()) ReassignRoles();
    ShareCoordinatedTargets();
    ContrastAddressees();
    GovernedClauses();
    if (en_) ReasonGerunds();
    if (en_) WeaponAgents();
    static const bool debug = std::getenv("WARTA_DEBUG") != nullptr;
    if (debug) Debug();
    Emit(out);
    Remember();
  }

 private:
  std::string_view Norm(size_t i) const { return s_->tokens.Norm(toks_[i]); }

  // The Indonesian analyses of token i (lang::id::Morphology::Analyze),
  // computed once per word and thread. The span is valid until the next
  // call.
  std::span<const lang::id::Analysis> Analyses(size_t i) const {
    std::string_view n = Norm(i);
    auto it = x_.analysis_cache.find(n);
    if (it == x_.analysis_cache.end()) {
      if (x_.analysis_cache.size() > 200000) {
        x_.analysis_cache.clear();
        x_.cached_analyses.clear();
      }
      m_->Analyze(n, &s_->analyses);
      auto b = static_cast<uint32_t>(x_.cached_analyses.size());
      x_.cached_analyses.insert(x_.cached_analyses.end(), s_->analyses.begin(),
                                s_->analyses.end());
      it = x_.analysis_cache
               .emplace(std::string(n),
                        std::make_pair(b, static_cast<uint32_t>(x_.cached_analyses.size())))
               .first;
    }
    auto [b, e] = it->second;
    return std::span<const lang::id::Analysis>(x_.cached_analyses.data() + b, e - b);
  }
  time::Lang TimeLang() const { return en_ ? time::Lang::kEn : time::Lang::kId; }

  // English: "Russia's" is "Russia" owned, "officials" is "official" when
  // the dictionaries list only the singular. Words of grammar keep their
  // form ("that's" is not "that", "news" is not "new").
  void EnglishWord(size_t i) {
    TokInfo& ti = x_.info[i];
    if (toks_[i].kind != text::TokenKind::kWord) return;
    bool pos = false;
    // Only a word ending in s, ' or ’ can be possessive or plural; most words
    // are neither and skip the suffix tests.
    std::string_view base = Norm(i);
    const char last = base.back();
    if (last == 's' || last == '\'' || last == '\x99') base = lang::en::StripPossessive(base, &pos);
    if (pos) {
      WordId w = d_.vocab().Find(base);
      if (w != dict::kNoWord && (d_.Classes(w) & ~(dict::kAnaphorHead | dict::kNominal)) == 0) {
        ti.word = w;
        ti.possessive = true;
      }
    }
    if (ti.word != dict::kNoWord || base.empty() || base.back() != 's') return;
    lang::en::Singulars(base, &s_->singulars);
    for (const std::string& sg : s_->singulars) {
      WordId w = d_.vocab().Find(sg);
      if (w != dict::kNoWord && (d_.Classes(w) & ~(dict::kAnaphorHead | dict::kNominal)) == 0) {
        ti.word = w;
        return;
      }
    }
  }
  std::string_view Surface(uint32_t b, uint32_t e) const {
    return ctx_.text.substr(b, e - b);
  }
  bool Is(size_t i, dict::WordClass c) const {
    return i < toks_.size() && (x_.info[i].cls & c) != 0;
  }
  bool IsPunct(size_t i, std::string_view p) const {
    return i < toks_.size() && toks_[i].kind == text::TokenKind::kPunct &&
           Norm(i) == p;
  }
  bool IsNumber(size_t i) const {
    return i < toks_.size() &&
           (toks_[i].kind == text::TokenKind::kNumber || Is(i, dict::kNumeral));
  }
  bool IsAnyPunct(size_t i) const {
    return i < toks_.size() && toks_[i].kind == text::TokenKind::kPunct;
  }
  bool IsQuote(size_t i) const {
    if (!IsAnyPunct(i)) return false;
    std::string_view n = Norm(i);
    if (n.size() == 1) return n[0] == '"' || n[0] == '\'';
    return n.size() == 3 && (n == "\u201c" || n == "\u201d" || n == "\u2018" || n == "\u2019");
  }

  // ---- time ----
  void FindTimes() {
    s_->times.clear();
    std::string_view sent = Surface(ctx_.span.begin, ctx_.span.end);
    // Without a document date only an expression that names its year
    // ("Juni 2017") can be dated; the others still mark their words as time.
    x_.time_tokens.resize(toks_.size());
    for (size_t k = 0; k < toks_.size(); ++k) {
      const text::Token& t = toks_[k];
      x_.time_tokens[k] = {t.begin - ctx_.span.begin, t.end - ctx_.span.begin,
                           t.ascii_letters ? s_->tokens.Norm(t) : std::string_view()};
    }
    time::FindTimeExpressions(sent, x_.time_tokens, TimeLang(),
                              ctx_.doc_date ? *ctx_.doc_date : ctx_.now, {},
                              &s_->times);
    if (!ctx_.doc_date) {
      for (time::TimeExpr& te : s_->times)
        if (!te.explicit_year) te.value.precision = time::Precision::kNone;
    }
    // Tokens are in order and do not overlap: those inside an expression
    // are the run from the first that starts in it to the first that ends
    // past it.
    for (size_t k = 0; k < s_->times.size(); ++k) {
      uint32_t b = ctx_.span.begin + s_->times[k].begin;
      uint32_t e = ctx_.span.begin + s_->times[k].end;
      auto first = std::lower_bound(toks_.begin(), toks_.end(), b,
                                    [](const text::Token& t, uint32_t v) { return t.begin < v; });
      for (size_t i = static_cast<size_t>(first - toks_.begin());
           i < toks_.size() && toks_[i].end <= e; ++i)
        x_.info[i].time = static_cast<int>(k);
    }
  }

  // ---- actors ----
  using Item = MentionItem;

  // English "iSrael", "cHina": a name typed with a capital inside it
  // rather than first is still the name (a common word never carries one).
  bool OddCaseName(dict::CaseReq req, size_t k) const {
    if (!en_ || req != dict::CaseReq::kInitialUpper) return false;
    std::string_view w = Surface(toks_[k].begin, toks_[k].end);
    for (size_t c = 1; c < w.size(); ++c)
      if (w[c] >= 'A' && w[c] <= 'Z') return true;
    // "President obama": a lowercase name right after a capitalised title
    // (not a grammatical word: "President will").
    return toks_[k].shape == text::Shape::kLower && k > 0 && x_.info[k - 1].agent &&
           toks_[k - 1].shape == text::Shape::kInitialUpper && x_.info[k].cls == 0;
  }

  // Longest dictionary phrase starting at token i in `trie`; returns its
  // length and the chosen entry, 0 when none.
  template <typename Entries, typename Pick>
  uint32_t Longest(const dict::PhraseTrie& trie, const Entries& entries,
                   size_t i, Pick pick, int* entry) const {
    uint32_t node = 0, best = 0;
    for (size_t j = i; j < toks_.size(); ++j) {
      if (x_.info[j].word == dict::kNoWord || x_.info[j].time >= 0) break;
      node = trie.Child(node, x_.info[j].word);
      if (node == dict::PhraseTrie::kNone) break;
      int chosen = -1;
      for (uint32_t e : trie.Terminals(node)) {
        const auto& en = entries[e];
        bool cases = true;
        for (size_t k = 0; k < en.cases.size() && cases; ++k)
          cases = dict::CaseMatches(en.cases[k], toks_[i + k].shape) ||
                  OddCaseName(en.cases[k], i + k);
        if (cases && pick(en, chosen < 0 ? nullptr : &entries[chosen]))
          chosen = static_cast<int>(e);
      }
      if (chosen >= 0) {
        best = static_cast<uint32_t>(j - i + 1);
        *entry = chosen;
      }
    }
    return best;
  }

  bool KnownWord(size_t i) {
    std::string_view n = Norm(i);
    if (en_) {
      // English has no lexicon: a word is known when a lemma of it is in
      // the dictionaries ("Attacks" at the start of a sentence).
      if (x_.info[i].word != dict::kNoWord) return true;
      en_->Analyze(n, &s_->en_analyses);
      for (const auto& a : s_->en_analyses)
        if (d_.vocab().Find(a.lemma) != dict::kNoWord) return true;
      return false;
    }
    return !Analyses(i).empty() || x_.info[i].word != dict::kNoWord;
  }

  // English possessive determiners before a role: "its government".
  bool PossessivePronoun(size_t i) const {
    std::string_view n = Norm(i);
    return n == "its" || n == "their" || n == "his" || n == "her";
  }

  void FindMentions() {
    std::vector<Item>& items = x_.items;
    items.clear();
    const auto& actors = d_.actors();
    auto pick_actor = [&](const dict::ActorEntry& e, const dict::ActorEntry* cur) {
      if (!cur) return true;
      if (!ctx_.doc_date) {
        // Undated document: the latest role (open-ended first).
        if (!e.to) return static_cast<bool>(cur->to);
        return cur->to && *cur->to < *e.to;
      }
      bool holds = e.HoldsOn(ctx_.doc_date);
      bool cur_holds = cur->HoldsOn(ctx_.doc_date);
      if (holds != cur_holds) return holds;
      // Both hold (or neither): a dated entry is more specific.
      return (e.from || e.to) && !(cur->from || cur->to);
    };
    auto pick_agent = [](const dict::AgentEntry&, const dict::AgentEntry* cur) {
      return cur == nullptr;
    };
    for (size_t i = 0; i < toks_.size();) {
      if (toks_[i].kind == text::TokenKind::kPunct || x_.info[i].time >= 0) {
        ++i;
        continue;
      }
      // Most words start nothing below: lowercase, of no class that starts
      // an anaphor, at the root of neither phrase trie, without the clitic
      // "-nya".
      constexpr uint32_t kAnaphoric =
          dict::kPronoun | dict::kDemonstrative | dict::kAnaphorHead | dict::kBoth;
      if ((x_.info[i].cls & kAnaphoric) == 0 && toks_[i].shape == text::Shape::kLower &&
          (x_.info[i].word == dict::kNoWord ||
           (d_.actor_trie().Child(0, x_.info[i].word) == dict::PhraseTrie::kNone &&
            d_.agent_trie().Child(0, x_.info[i].word) == dict::PhraseTrie::kNone))) {
        std::string_view n = Norm(i);
        if (!(n.size() > 5 && n.ends_with("nya")) && !(en_ && n == "the")) {
          ++i;
          continue;
        }
      }
      int ae = -1, ge = -1;
      uint32_t al = Longest(d_.actor_trie(), actors, i, pick_actor, &ae);
      uint32_t gl = Longest(d_.agent_trie(), d_.agents(), i, pick_agent, &ge);
      if (al > 0 && al >= gl) {
        items.push_back({uint32_t(i), uint32_t(i + al), Item::kActor, ae});
        i += al;
        continue;
      }
      if (gl > 0) {
        // English "its government", "the country's army": the role of the
        // country talked about, as Indonesian "pemerintahnya".
        bool owned = en_ && i > 0 &&
                     (PossessivePronoun(i - 1) ||
                      (x_.info[i - 1].possessive && Is(i - 1, dict::kAnaphorHead)));
        items.push_back({uint32_t(i), uint32_t(i + gl), Item::kAgent, ge, owned});
        for (size_t k = i; k < i + gl; ++k) x_.info[k].agent = true;
        i += gl;
        continue;
      }
      // "pemerintahnya": a role word with the possessive clitic.
      std::string_view n = Norm(i);
      if (n.size() > 5 && n.ends_with("nya")) {
        WordId stem = d_.vocab().Find(n.substr(0, n.size() - 3));
        if (stem != dict::kNoWord) {
          uint32_t node = d_.agent_trie().Child(0, stem);
          if (node != dict::PhraseTrie::kNone &&
              !d_.agent_trie().Terminals(node).empty()) {
            items.push_back({uint32_t(i), uint32_t(i + 1), Item::kAgent,
                             int(d_.agent_trie().Terminals(node)[0]), true});
            x_.info[i].agent = true;
            ++i;
            continue;
          }
        }
      }
      // English "the country", "that country"; "the country's army" is
      // the role above.
      if (en_ && (Norm(i) == "the" || Is(i, dict::kDemonstrative)) &&
          Is(i + 1, dict::kAnaphorHead) && !Is(i + 1, dict::kBoth)) {
        if (!x_.info[i + 1].possessive)
          items.push_back({uint32_t(i), uint32_t(i + 2), Item::kAnaphor, 1});
        i += 2;
        continue;
      }
      // "kedua negara", "negara itu", "pihak tersebut", "ia", "mereka".
      if (Is(i, dict::kBoth) && Is(i + 1, dict::kAnaphorHead) &&
          !Is(i + 1, dict::kBoth)) {
        items.push_back({uint32_t(i), uint32_t(i + 2), Item::kAnaphor, 2});
        i += 2;
        continue;
      }
      if (Is(i, dict::kAnaphorHead) && Is(i + 1, dict::kDemonstrative)) {
        items.push_back({uint32_t(i), uint32_t(i + 2), Item::kAnaphor, 1});
        i += 2;
        continue;
      }
      if (Is(i, dict::kPronoun)) {
        items.push_back({uint32_t(i), uint32_t(i + 1), Item::kAnaphor, 0});
        ++i;
        continue;
      }
      // A capitalised word no dictionary or lexicon knows: part of a name.
      // Mid-sentence, a capitalised word the dictionaries do not know is a
      // proper name even when it is also a common word ("Ri", "Moon").
      auto mid = [&] { return i > 0 && !IsQuote(i - 1) && !IsPunct(i - 1, "("); };
      if (toks_[i].kind == text::TokenKind::kWord &&
          toks_[i].shape == text::Shape::kInitialUpper && !Allegiance(i) &&
          (mid() ? x_.info[i].word == dict::kNoWord || x_.info[i].cls == 0
                 : !KnownWord(i))) {
        size_t j = i + 1;
        while (j < toks_.size() && toks_[j].kind == text::TokenKind::kWord &&
               toks_[j].shape != text::Shape::kLower && x_.info[j].time < 0 &&
               x_.info[j].word == dict::kNoWord && j - i < 4)
          ++j;
        items.push_back({uint32_t(i), uint32_t(j), Item::kName});
        for (size_t k = i; k < j; ++k) x_.info[k].name = true;
        i = j;
        continue;
      }
      ++i;
    }
    BuildMentions(items);
  }

  // Tokens between two items that may sit inside one actor phrase.
  bool Joinable(const Item& a, const Item& b, bool has_agent) const {
    if (b.tb < a.te || b.tb - a.te > 4) return false;
    for (uint32_t k = a.te; k < b.tb; ++k) {
      if (x_.info[k].time >= 0) return false;
      if (Is(k, dict::kNpFiller)) continue;
      // English "the foreign minister of Russia".
      if (Is(k, dict::kOf) && a.kind == Item::kAgent && b.kind == Item::kActor &&
          k == a.te)
        continue;
      // Title words in capitals between a role and a country:
      // "Menteri Sumber Daya Alam Rusia".
      if (has_agent && toks_[k].kind == text::TokenKind::kWord &&
          toks_[k].shape != text::Shape::kLower && x_.info[k].cls == 0)
        continue;
      return false;
    }
    return true;
  }

  static bool IsCountryCode(std::string_view code) {
    if (code.size() < 3) return false;
    auto is = [&](const char* p) {
      return code[0] == p[0] && code[1] == p[1] && code[2] == p[2];
    };
    return !is("IGO") && !is("NGO") && !is("IMG") && !is("MNC");
  }

  const DocMemory::Seen* LastCountry(std::string* country) const {
    for (auto it = mem_->mentions.rbegin(); it != mem_->mentions.rend(); ++it) {
      if (it->code.size() >= 3) {
        *country = it->code.substr(0, 3);
        return &*it;
      }
    }
    return nullptr;
  }

  void BuildMentions(const std::vector<Item>& items) {
    auto& ms = x_.mentions;
    const auto& actors = d_.actors();
    const auto& agents = d_.agents();
    for (size_t a = 0; a < items.size();) {
      const Item& first = items[a];
      if (first.kind == Item::kAnaphor) {
        ResolveAnaphor(first);
        ++a;
        continue;
      }
      // Grow a chunk: roles, at most one country or organisation, a person
      // or a name.
      size_t b = a + 1;
      bool has_agent = first.kind == Item::kAgent;
      bool has_actor = first.kind == Item::kActor;
      while (b < items.size() && items[b].kind != Item::kAnaphor &&
             Joinable(items[b - 1], items[b], has_agent || has_actor)) {
        const Item& it = items[b];
        if (it.kind == Item::kActor && has_actor &&
            actors[it.entry].section != "persons") {
          // A second country starts a new chunk unless the first was a
          // role-less name: "Kota Perm, Rusia" is handled elsewhere.
          break;
        }
        if (it.kind == Item::kAgent && has_actor && !has_agent && !en_) {
          // "Rusia pemerintah" is not a phrase; a role follows a country
          // only as a new chunk. (English puts it there: "Russian troops".)
          break;
        }
        has_agent |= it.kind == Item::kAgent;
        has_actor |= it.kind == Item::kActor;
        ++b;
      }
      Mention& m = ms.emplace_back();  // built in place
      m.tb = first.tb;
      m.te = items[b - 1].te;
      std::string role;
      std::string_view entry;
      bool possessive = false;
      const dict::ActorEntry* actor = nullptr;
      const dict::ActorEntry* person = nullptr;
      bool name = false;
      for (size_t k = a; k < b; ++k) {
        const Item& it = items[k];
        if (it.kind == Item::kAgent) {
          if (role.empty()) role = agents[it.entry].role;
          if (entry.empty()) entry = agents[it.entry].where;
          possessive |= it.possessive;
        } else if (it.kind == Item::kActor) {
          const auto& e = actors[it.entry];
          if (e.section == "persons") person = &e;
          else if (!actor) actor = &e;
        } else if (it.kind == Item::kName) {
          name = true;
        }
      }
      if (person) {
        m.code = !ctx_.doc_date || person->HoldsOn(ctx_.doc_date)
                     ? person->code
                     : person->code.substr(0, 3);
        // English "Iran's foreign minister Abbas Araghchi" before he held
        // the post: the role the text gives.
        if (en_ && ctx_.doc_date && !person->HoldsOn(ctx_.doc_date) && !role.empty() &&
            actor && IsCountryCode(actor->code) && actor->code.size() == 3)
          m.code = actor->code + role;
        m.entry = person->where;
        m.person = true;
      } else if (actor) {
        m.code = actor->code;
        if (m.code.size() == 3 && IsCountryCode(m.code) && !role.empty())
          m.code += role;
        m.entry = actor->where;
      } else if (possessive) {
        // Provisional: the last country named. Once the roles of the verbs
        // before it are known, the agent of the last one wins (see Run).
        std::string country = TopicCountry();
        if (country.empty()) country = SentenceCountryBefore(m.tb);
        if (country.empty()) LastCountry(&country);
        if (!country.empty()) {
          m.code = country + role;
          m.via = "memory";
        }
        m.possessive = true;
        m.entry = entry;
      } else if (!role.empty() && Is(m.te, dict::kDemonstrative)) {
        // "delegasi tersebut": the last actor in that role.
        for (auto it = mem_->mentions.rbegin(); it != mem_->mentions.rend(); ++it) {
          if (it->code.size() >= 6 && it->code.substr(3, 3) == role) {
            m.code = it->code;
            m.via = "memory";
            break;
          }
        }
        m.te += 1;
        m.entry = entry;
        if (m.code.empty()) m.role = role;
      } else if (name) {
        // A name alone: known from an earlier apposition in the document?
        std::string_view last = Norm(m.te - 1);
        const bool keyed = !last.empty() && last.find(' ') == std::string_view::npos;
        const uint64_t key = keyed ? NameKey(last) : 0;
        for (auto it = mem_->mentions.rbegin(); it != mem_->mentions.rend(); ++it) {
          if (it->person && (!keyed || (it->name_keys & key) != 0) &&
              HasWord(it->text, last)) {
            m.code = it->code;
            m.via = "memory";
            m.entry = it->entry;
            break;
          }
        }
        m.person = true;
        // "jaksa khusus Ana Lima": a role and a name with no country is a
        // role-only actor (see StateRoleCountry). Not in English, where a
        // name before a role noun names a thing or place ("the Al-Aqsa
        // mosque"); but a title before the name is its role ("President
        // John Smith", "Judge Ana Lima").
        if (m.code.empty() && (m_ != nullptr || first.kind == Item::kAgent)) {
          m.role = role;
          if (m.entry.empty()) m.entry = entry;
        }
      } else {
        m.entry = entry;
        // A role named before in full ("Dewan Keamanan" after "Dewan
        // Keamanan PBB"): that actor. Else it takes the other actor's
        // country when it codes (see Emit).
        std::string_view words = Surface(toks_[m.tb].begin, toks_[m.te - 1].end);
        for (auto it = mem_->mentions.rbegin(); it != mem_->mentions.rend(); ++it) {
          if (it->code.size() >= 3 && it->text.size() > words.size() &&
              ContainsWords(it->text, words)) {
            m.code = it->code;
            m.via = "memory";
            break;
          }
        }
        if (m.code.empty()) m.role = role;
      }
      if (name && !m.code.empty() && !person) m.person = true;
      if (en_) {
        m.role_after_actor = actor && !role.empty() && first.kind == Item::kActor;
        const Item& last = items[b - 1];
        m.adjectival = x_.info[last.te - 1].possessive ||
                       (last.kind == Item::kActor && actors[last.entry].section == "demonyms");
      }
      m.start = toks_[m.tb].begin;
      m.end = toks_[m.te - 1].end;
      m.text = Surface(m.start, m.end);
      if (m.tb > 0 && Is(m.tb - 1, dict::kRelational)) m.referential = false;
      a = b;
    }
    JoinAppositions();
    for (size_t k = 0; k < ms.size(); ++k)
      for (uint32_t t = ms[k].tb; t < ms[k].te && t < toks_.size(); ++t)
        if (x_.info[t].mention < 0) x_.info[t].mention = static_cast<int>(k);
    BuildGroups();
  }

  // ASCII case folding, as the document memory compares names.
  static char FoldAscii(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  // True when text[p, p + w.size()) is `w`, folding the case of both (or,
  // with `fold_w` false, of `text` only).
  static bool FoldedAt(std::string_view text, size_t p, std::string_view w, bool fold_w) {
    for (size_t k = 0; k < w.size(); ++k)
      if (FoldAscii(text[p + k]) != (fold_w ? FoldAscii(w[k]) : w[k])) return false;
    return true;
  }

  // The start of the word after the one at p (after the next space), or
  // npos. Matches must start a word, so only these positions are tried.
  static size_t NextWordStart(std::string_view text, size_t p) {
    size_t space = text.find(' ', p);
    return space == std::string_view::npos ? space : space + 1;
  }

  // True when `words` stands in `text` as whole words, ignoring case.
  static bool ContainsWords(std::string_view text, std::string_view words) {
    for (size_t p = 0; p != std::string_view::npos && p + words.size() <= text.size();
         p = NextWordStart(text, p)) {
      if (!FoldedAt(text, p, words, true)) continue;
      size_t e = p + words.size();
      if (e == text.size() || text[e] == ' ') return true;
    }
    return false;
  }

  // A bit for a word, from its length and its first and last bytes: equal
  // (case-folded) words have the same bit.
  static uint64_t NameKey(std::string_view w) {
    unsigned h = static_cast<unsigned>(w.size()) * 31u +
                 static_cast<unsigned char>(FoldAscii(w.front())) * 7u +
                 static_cast<unsigned char>(FoldAscii(w.back()));
    return uint64_t{1} << (h % 64);
  }
  // The bits of every word HasWord(text, word) finds: each word after a
  // space, whole or up to a hyphen in it.
  static uint64_t NameKeys(std::string_view text) {
    uint64_t keys = 0;
    for (size_t p = 0; p != std::string_view::npos && p < text.size();
         p = NextWordStart(text, p)) {
      size_t e = std::min(text.find(' ', p), text.size());
      for (size_t q = p; q < e; ++q)
        if (text[q] == '-' && q > p) keys |= NameKey(text.substr(p, q - p));
      if (e > p) keys |= NameKey(text.substr(p, e - p));
    }
    return keys;
  }

  // True when `word` (lowercase) is one of the words of `text`.
  static bool HasWord(std::string_view text, std::string_view word) {
    for (size_t p = 0; p != std::string_view::npos && p + word.size() <= text.size();
         p = NextWordStart(text, p)) {
      if (!FoldedAt(text, p, word, false)) continue;
      size_t e = p + word.size();
      if (e == text.size() || text[e] == ' ' || text[e] == '-') return true;
    }
    return false;
  }

  std::string TopicCountry() const {
    return mem_->topic && mem_->topic->code.size() >= 3
               ? mem_->topic->code.substr(0, 3)
               : "";
  }

  std::string SentenceCountryBefore(uint32_t tb) const {
    for (auto it = x_.mentions.rbegin(); it != x_.mentions.rend(); ++it)
      if (it->tb < tb && it->code.size() >= 3) return it->code.substr(0, 3);
    return "";
  }

  // "Alexander Kozlov, Menteri ... Rusia, mengatakan": a name followed by a
  // comma and a coded role phrase takes that code; "Kozlov dari Rusia" takes
  // the country's code.
  void JoinAppositions() {
    auto& ms = x_.mentions;
    for (size_t k = 0; k + 1 < ms.size(); ++k) {
      Mention& a = ms[k];
      Mention& b = ms[k + 1];
      // English "dissidents from Myanmar", "police in Nairobi", "rebels in
      // the Ivory Coast": a role takes the country named right after it.
      if (en_ && a.code.empty() && !a.role.empty() && !b.person && !b.adjectival && b.code.size() >= 3 &&
          IsCountryCode(b.code) && (Is(a.te, dict::kFrom) || Is(a.te, dict::kPlacePrep))) {
        uint32_t j = a.te + 1;
        while (j < b.tb && Is(j, dict::kNpFiller)) ++j;
        if (j == b.tb) {
          a.code = b.code.substr(0, 3) + a.role;
          a.role.clear();
          a.via = "place";
          a.te = b.te;
          a.end = b.end;
          a.text = Surface(a.start, a.end);
          ms.erase(ms.begin() + static_cast<long>(k) + 1);
          continue;
        }
      }
      if (!a.code.empty() || !a.person) continue;
      bool comma = b.tb == a.te + 1 && IsPunct(a.te, ",");
      bool dari = b.tb == a.te + 1 && (Norm(a.te) == "dari" || Is(a.te, dict::kFrom));
      if ((comma || dari) && !b.code.empty()) {
        a.code = b.code;
        a.entry = b.entry;
        a.via = comma ? "apposition" : "dari";
        if (dari) {  // one mention: "Kozlov dari Rusia"
          a.te = b.te;
          a.end = b.end;
          a.text = Surface(a.start, a.end);
          ms.erase(ms.begin() + static_cast<long>(k) + 1);
        }
      }
    }
  }

  void ResolveAnaphor(const Item& it) {
    Mention m;
    m.tb = it.tb;
    m.te = it.te;
    m.start = toks_[it.tb].begin;
    m.end = toks_[it.te - 1].end;
    m.text = Surface(m.start, m.end);
    m.via = "memory";
    if (it.entry == 2) {  // "kedua negara": the last two countries named
      std::vector<std::string> seen;
      auto add = [&](const std::string& code) {
        if (code.size() < 3) return;
        for (const auto& s : seen)
          if (s.substr(0, 3) == code.substr(0, 3)) return;
        seen.push_back(code);
      };
      // The last pair named together in this sentence or before, else the
      // last two countries named.
      for (auto g = x_.groups.rbegin(); g != x_.groups.rend() && seen.empty(); ++g) {
        if (x_.mentions[(*g)[0]].tb >= m.tb) continue;
        for (int k : *g) add(x_.mentions[k].code);
        if (seen.size() != 2) seen.clear();
      }
      if (seen.empty() && !mem_->pairs.empty()) {
        add(mem_->pairs.back().first);
        add(mem_->pairs.back().second);
      }
      for (auto r = x_.mentions.rbegin(); r != x_.mentions.rend() && seen.size() < 2; ++r)
        add(r->code);
      for (auto r = mem_->mentions.rbegin(); r != mem_->mentions.rend() && seen.size() < 2; ++r)
        add(r->code);
      if (seen.size() == 2) {
        int g = static_cast<int>(x_.groups.size());
        x_.groups.emplace_back();
        for (const auto& code : seen) {
          Mention c = m;
          c.code = code.substr(0, 3);
          c.group = g;
          x_.groups[g].push_back(static_cast<int>(x_.mentions.size()));
          x_.mentions.push_back(std::move(c));
        }
        return;
      }
    } else if (it.entry == 1) {
      // "negara itu": the agent of the last sentence, else the last country.
      std::string country = TopicCountry();
      if (country.empty()) country = SentenceCountryBefore(m.tb);
      if (country.empty()) LastCountry(&country);
      m.code = country;
    } else if (en_ && (Norm(it.tb) == "it" || Norm(it.tb) == "they")) {
      // English "X said it would ...": the nearest actor named before it in
      // the sentence, else the last agent.
      for (auto r = x_.mentions.rbegin(); r != x_.mentions.rend(); ++r)
        if (!r->code.empty() && r->referential && r->te <= m.tb && !PrepBefore(r->tb)) {
          m.code = r->code;
          break;
        }
      if (m.code.empty() && mem_->topic) m.code = mem_->topic->code;
    } else {
      // A pronoun: a person of this sentence, else the last agent, else the
      // last person named.
      for (auto r = x_.mentions.rbegin(); r != x_.mentions.rend(); ++r)
        if (r->person && !r->code.empty()) { m.code = r->code; break; }
      if (m.code.empty() && mem_->topic) m.code = mem_->topic->code;
      for (auto r = mem_->mentions.rbegin(); m.code.empty() && r != mem_->mentions.rend(); ++r)
        if (r->person) m.code = r->code;
    }
    x_.mentions.push_back(std::move(m));
  }

  // "Rusia dan Korea Utara", "Mesir, Yordania, dan Qatar": one group. A
  // run of actors joined by commas becomes a group only when a "dan" or
  // "serta" joins its last member.
  void BuildGroups() {
    auto& ms = x_.mentions;
    size_t a = 0;
    while (a < ms.size()) {
      size_t b = a;
      bool coord = false;
      // Extend the run while the next mention follows a separator.
      while (b + 1 < ms.size()) {
        uint32_t k = ms[b].te;
        bool comma = IsPunct(k, ",");
        if (comma) ++k;
        bool and_ = Is(k, dict::kCoord) && Norm(k) != "lalu" && Norm(k) != "kemudian";
        if (and_) ++k;
        // English "Japan and the Philippines".
        while (en_ && (comma || and_) && k < ms[b + 1].tb && Is(k, dict::kNpFiller)) ++k;
        if ((!comma && !and_) || ms[b + 1].tb != k || ms[b + 1].group >= 0 ||
            !ms[b + 1].referential)
          break;
        // English "... to Fiji and they condemned ...": a pronoun after
        // "and" starts a clause, not a pair.
        if (en_ && ms[b + 1].te == ms[b + 1].tb + 1 && Is(ms[b + 1].tb, dict::kPronoun)) break;
        if (and_) coord = true;
        ++b;
        if (and_) break;  // "A, B dan C" ends at C
      }
      if (coord && b > a && ms[a].group < 0) {
        // English "US and British activists": the role of the last member
        // is every bare country's.
        if (en_ && ms[b].role_after_actor && ms[b].code.size() > 3) {
          for (size_t k = a; k < b; ++k)
            if (ms[k].code.size() == 3 && IsCountryCode(ms[k].code) && !ms[k].person)
              ms[k].code += ms[b].code.substr(3);
        }
        int g = static_cast<int>(x_.groups.size());
        x_.groups.emplace_back();
        for (size_t k = a; k <= b; ++k) {
          ms[k].group = g;
          x_.groups[g].push_back(static_cast<int>(k));
        }
      }
      a = b + 1;
    }
  }

  // A sentence that holds a discard phrase (sports, metaphor, ...) codes
  // nothing.
  // A [veto] phrase only keeps its own words from triggering ("tembakan
  // pembukaan persaingan dagang" is an opening move, not shooting).
  void FindDiscard() {
    discard_ = -1;
    const dict::PhraseTrie& trie = d_.discard_trie();
    for (size_t i = 0; i < toks_.size() && discard_ < 0; ++i) {
      // Most words start no such phrase.
      if (x_.info[i].word == dict::kNoWord ||
          trie.Child(0, x_.info[i].word) == dict::PhraseTrie::kNone)
        continue;
      uint32_t node = 0;
      for (size_t j = i; j < toks_.size(); ++j) {
        if (x_.info[j].word == dict::kNoWord) break;
        node = trie.Child(node, x_.info[j].word);
        if (node == dict::PhraseTrie::kNone) break;
        for (uint32_t e : trie.Terminals(node)) {
          const auto& en = d_.discards()[e];
          bool cases = true;
          for (size_t k = 0; k < en.cases.size() && cases; ++k)
            cases = dict::CaseMatches(en.cases[k], toks_[i + k].shape);
          if (!cases) continue;
          if (en.section == "veto") {
            for (size_t k = i; k <= j; ++k) x_.info[k].vetoed = true;
          } else {
            discard_ = static_cast<int>(e);
          }
        }
        if (discard_ >= 0) break;
      }
    }
  }

  // ---- morphology and triggers ----
  // Called once per sentence, before any cached word is read.
  void OwnMorphCache() {
    if (x_.cache_dict == &d_) return;
    x_.morph_cache.clear();
    x_.cached_roots.clear();
    x_.analysis_cache.clear();
    x_.cached_analyses.clear();
    x_.cache_dict = &d_;
  }

  void Analyse() {
    for (size_t i = 0; i < toks_.size(); ++i) {
      TokInfo& ti = x_.info[i];
      ti.roots_begin = ti.roots_end = static_cast<uint32_t>(x_.roots.size());
      if (toks_[i].kind != text::TokenKind::kWord ||
          (ti.mention >= 0 && !ti.agent) || ti.time >= 0 || ti.cls != 0)
        continue;
      std::string_view n = Norm(i);
      if (n.size() < 3) continue;
      if (auto it = x_.morph_cache.find(n); it != x_.morph_cache.end()) {
        auto [b, e] = it->second;
        x_.roots.insert(x_.roots.end(), x_.cached_roots.begin() + b,
                        x_.cached_roots.begin() + e);
        ti.roots_end = static_cast<uint32_t>(x_.roots.size());
        continue;
      }
      for (const auto& a : Analyses(i)) {
        // peN- without -an names the doer, not the act: "pembantu",
        // "penyerang", "pengunjung", "pendukung" are people.
        if ((a.prefix == lang::id::Prefix::kPeN || a.prefix == lang::id::Prefix::kPer2) &&
            a.suffix == lang::id::Suffix::kNone)
          continue;
        WordId r = d_.vocab().Find(a.root);
        if (r == dict::kNoWord || !d_.IsPatternRoot(r)) continue;
        bool dup = false;
        for (uint32_t k = ti.roots_begin; k < x_.roots.size(); ++k)
          dup |= x_.roots[k].root == r;
        if (!dup) x_.roots.push_back({r, a.voice});
      }
      ti.roots_end = static_cast<uint32_t>(x_.roots.size());
      if (x_.morph_cache.size() > 200000) {
        x_.morph_cache.clear();
        x_.cached_roots.clear();
      }
      auto b = static_cast<uint32_t>(x_.cached_roots.size());
      x_.cached_roots.insert(x_.cached_roots.end(), x_.roots.begin() + ti.roots_begin,
                             x_.roots.end());
      x_.morph_cache.emplace(std::string(n),
                             std::make_pair(b, static_cast<uint32_t>(x_.cached_roots.size())));
    }
  }

  // English: lemmas of the pattern roots, with their voice read in context
  // ("was condemned by" passive, "the attack on" nominal), and the
  // nominalisations words.txt lists ("invasion" of invade).
  void AnalyseEnglish() {
    for (size_t i = 0; i < toks_.size(); ++i) {
      TokInfo& ti = x_.info[i];
      ti.roots_begin = ti.roots_end = static_cast<uint32_t>(x_.roots.size());
      if (toks_[i].kind != text::TokenKind::kWord ||
          (ti.mention >= 0 && !ti.agent) || ti.time >= 0 ||
          (ti.cls & ~(dict::kNominal | dict::kAnaphorHead)) != 0)
        continue;
      WordId nominal = d_.NominalRoot(ti.word);
      if (nominal != dict::kNoWord && d_.IsPatternRoot(nominal))
        x_.roots.push_back({nominal, Voice::kNominal});
      std::string_view n = Norm(i);
      if (n.size() < 2) {
        ti.roots_end = static_cast<uint32_t>(x_.roots.size());
        continue;
      }
      uint32_t from = static_cast<uint32_t>(x_.roots.size());
      if (auto it = x_.morph_cache.find(n); it != x_.morph_cache.end()) {
        auto [b, e] = it->second;
        x_.roots.insert(x_.roots.end(), x_.cached_roots.begin() + b,
                        x_.cached_roots.begin() + e);
      } else {
        en_->Analyze(n, &s_->en_analyses);
        for (const auto& a : s_->en_analyses) {
          WordId r = d_.vocab().Find(a.lemma);
          if (r == dict::kNoWord || !d_.IsPatternRoot(r)) continue;
          bool dup = false;
          for (uint32_t k = from; k < x_.roots.size(); ++k)
            dup |= x_.roots[k].root == r;
          // The voice in context is read when a pattern asks for it
          // (RootVoice): most roots never start a match. Cached unread.
          if (!dup) x_.roots.push_back({r, Voice::kActive, static_cast<uint8_t>(a.form), false});
        }
        if (x_.morph_cache.size() > 200000) {
          x_.morph_cache.clear();
          x_.cached_roots.clear();
        }
        auto b = static_cast<uint32_t>(x_.cached_roots.size());
        x_.cached_roots.insert(x_.cached_roots.end(), x_.roots.begin() + from,
                               x_.roots.end());
        x_.morph_cache.emplace(std::string(n),
                               std::make_pair(b, static_cast<uint32_t>(x_.cached_roots.size())));
      }
      ti.roots_end = static_cast<uint32_t>(x_.roots.size());
    }
  }

  // The voice of the English verb form at token i (see
  // lang::en::Morphology::VoiceInContext). A base or -s form right after a
  // demonym or possessive ("Russian attacks", "Russia's attack"), or after
  // a preposition other than "to" ("after talks"), is a noun.
  Voice EnglishVoice(size_t i, lang::en::Form form) const {
    std::string_view left[4];
    size_t n = 0;
    for (size_t k = i; k > 0 && n < 4; --k) {
      if (IsAnyPunct(k - 1)) break;
      left[3 - n++] = Norm(k - 1);
    }
    std::string_view next = i + 1 < toks_.size() ? Norm(i + 1) : std::string_view();
    // "Israel is opposed to ...": an adjective, its subject the doer.
    if (form == lang::en::Form::kPastParticiple &&
        lang::en::Morphology::IsAdjectivalParticiple(Norm(i), next))
      return Voice::kActive;
    Voice v = lang::en::Morphology::VoiceInContext(
        form, std::span<const std::string_view>(left + 4 - n, n), next);
    if (v == Voice::kActive && i > 0 &&
        (form == lang::en::Form::kBase || form == lang::en::Form::kS ||
         form == lang::en::Form::kIng)) {
      int mi = x_.info[i - 1].mention;
      if (mi >= 0 && x_.mentions[mi].te == i && x_.mentions[mi].adjectival)
        return Voice::kNominal;
      if (Is(i - 1, dict::kPrep) && !Is(i - 1, dict::kPurpose) && form != lang::en::Form::kIng)
        return Voice::kNominal;
    }
    return v;
  }

  // Matches pattern elements [e, end) at token j; returns the end token or
  // -1. `voice` gets the voice of the first root element. Later elements may
  // use the words of a role phrase ("mengusir diplomat", "mengerahkan
  // pasukan"); a ".." gap may hold one actor ("mengancam Israel dengan
  // pembalasan"), reported in `gap_mention`.
  int MatchFrom(const dict::Pattern& p, size_t e, size_t j, Voice* voice,
                bool* voice_set, int* gap_mention) const {
    if (e == p.elems.size()) return static_cast<int>(j);
    const dict::Element& el = p.elems[e];
    if (el.kind == dict::ElemKind::kGap) {
      int in_gap = -1;
      for (size_t unit = 0; unit <= 3; ++unit) {
        int r = MatchFrom(p, e + 1, j, voice, voice_set, gap_mention);
        if (r >= 0) {
          if (in_gap >= 0) *gap_mention = in_gap;
          return r;
        }
        if (j >= toks_.size() || toks_[j].kind == text::TokenKind::kPunct ||
            x_.info[j].trigger)
          break;
        int mi = x_.info[j].mention;
        if (mi >= 0) {
          // The rest of a role phrase whose words the pattern used
          // ("menarik duta besar Jepang dari"): the country is in the gap.
          bool rest = x_.mentions[mi].tb < j && x_.info[j - 1].mention == mi;
          if (in_gap >= 0 || (x_.mentions[mi].tb != j && !rest)) break;
          in_gap = mi;
          j = x_.mentions[mi].te;
        } else {
          ++j;
        }
      }
      return -1;
    }
    if (j >= toks_.size()) return -1;
    if (x_.info[j].mention >= 0 && (e == 0 || !x_.info[j].agent)) return -1;
    if (el.kind == dict::ElemKind::kWord) {
      // "menarik pasukannya": a pattern word also matches with -nya.
      if (x_.info[j].word != el.id && !(e > 0 && StemIs(j, el.id))) return -1;
    } else {
      const TokInfo& ti = x_.info[j];
      bool hit = false;
      for (uint32_t k = ti.roots_begin; k < ti.roots_end && !hit; ++k) {
        if (x_.roots[k].root != el.id) continue;
        hit = true;
        if (!*voice_set) {
          *voice = RootVoice(j, k);
          *voice_set = true;
        }
      }
      if (!hit) return -1;
    }
    return MatchFrom(p, e + 1, j + 1, voice, voice_set, gap_mention);
  }

  // The voice of root hit k of token j. English reads it in context the
  // first time it is asked for; the tokens' mentions and classes it reads
  // do not change before the triggers are found.
  Voice RootVoice(size_t j, uint32_t k) const {
    RootHit& r = x_.roots[k];
    if (!r.voice_known) {
      r.voice = EnglishVoice(j, static_cast<lang::en::Form>(r.form));
      r.voice_known = true;
    }
    return r.voice;
  }

  bool StemIs(size_t j, WordId id) const {
    std::string_view n = Norm(j);
    return n.size() > 5 && n.ends_with("nya") &&
           d_.vocab().Find(n.substr(0, n.size() - 3)) == id;
  }

  void FindTriggers() {
    // The words, -nya stems and roots of the sentence, hashed into a bit set:
    // a pattern with a word or root that no token has cannot match (see
    // MatchFrom), so it is not tried.
    std::bitset<2048> present;
    auto mark = [&](WordId w) { present.set(w % present.size()); };
    for (size_t j = 0; j < toks_.size(); ++j) {
      mark(x_.info[j].word);
      std::string_view n = Norm(j);
      if (n.size() > 5 && n.ends_with("nya"))
        mark(d_.vocab().Find(n.substr(0, n.size() - 3)));
    }
    for (const RootHit& r : x_.roots) mark(r.root);
    auto possible = [&](const dict::Pattern& p) {
      for (size_t e = 1; e < p.elems.size(); ++e)
        if (p.elems[e].kind != dict::ElemKind::kGap &&
            !present.test(p.elems[e].id % present.size()))
          return false;
      return true;
    };
    for (size_t i = 0; i < toks_.size();) {
      const TokInfo& ti = x_.info[i];
      if (ti.mention >= 0 || ti.time >= 0 || ti.vetoed ||
          toks_[i].kind != text::TokenKind::kWord) {
        ++i;
        continue;
      }
      int best_end = -1, best_gap = -1;
      uint32_t best_p = 0;
      Voice best_voice = Voice::kActive;
      auto try_key = [&](WordId key) {
        if (key == dict::kNoWord) return;
        for (uint32_t pi : d_.PatternsStartingWith(key)) {
          if (!possible(d_.patterns()[pi])) continue;
          Voice v = Voice::kActive;
          bool set = false;
          int gap = -1;
          int e = MatchFrom(d_.patterns()[pi], 0, i, &v, &set, &gap);
          if (e > best_end || (e == best_end && e >= 0 && pi < best_p)) {
            best_end = e;
            best_p = pi;
            best_gap = gap;
            best_voice = set ? v : WordVoice(i);
          }
        }
      };
      try_key(ti.word);
      for (uint32_t k = ti.roots_begin; k < ti.roots_end; ++k)
        try_key(x_.roots[k].root);
      if (best_end < 0) {
        ++i;
        continue;
      }
      Trigger t;
      t.tb = static_cast<uint32_t>(i);
      t.te = static_cast<uint32_t>(best_end);
      t.pattern = best_p;
      t.gap_mention = best_gap;
      t.voice = best_voice == Voice::kBase ? Voice::kActive : best_voice;
      if (best_voice == Voice::kBase) t.rule = "base";
      for (uint32_t k = t.tb; k < t.te; ++k)
        if (best_gap < 0 || k < x_.mentions[best_gap].tb || k >= x_.mentions[best_gap].te)
          x_.info[k].trigger = true;
      x_.triggers.push_back(std::move(t));
      i = static_cast<size_t>(best_end);
    }
  }

  // A role phrase whose words a pattern used ("mengusir diplomat Korea
  // Utara") keeps only what follows the pattern; one used up entirely is no
  // longer an actor.
  void TrimMentionsInTriggers() {
    for (const Trigger& t : x_.triggers) {
      for (size_t k = 0; k < x_.mentions.size(); ++k) {
        Mention& m = x_.mentions[k];
        if (static_cast<int>(k) == t.gap_mention) continue;
        if (m.tb < t.tb || m.tb >= t.te || m.te <= m.tb) continue;
        for (uint32_t i = m.tb; i < std::min(m.te, t.te); ++i) x_.info[i].mention = -1;
        if (m.te <= t.te) {
          m.referential = false;
          m.code.clear();
          m.role.clear();
          m.te = m.tb;
          continue;
        }
        m.tb = t.te;
        m.start = toks_[m.tb].begin;
        m.text = Surface(m.start, m.end);
      }
    }
  }

  // The voice of an exact pattern word, from its morphology.
  Voice WordVoice(size_t i) const {
    if (en_) {
      if (Is(i, dict::kNominal)) return Voice::kNominal;
      std::vector<lang::en::Analysis> an;
      en_->Analyze(Norm(i), &an);
      lang::en::Form form = lang::en::Form::kBase;
      for (const auto& a : an)
        if (a.form != lang::en::Form::kBase) {
          form = a.form;
          break;
        }
      return EnglishVoice(i, form);
    }
    std::span<const lang::id::Analysis> an = Analyses(i);
    for (const auto& a : an)
      if (a.prefix != lang::id::Prefix::kNone) return a.voice;
    return an.empty() ? Voice::kActive : an[0].voice == Voice::kBase
                                             ? Voice::kActive
                                             : an[0].voice;
  }

  // ---- clauses ----
  bool StartsVerbSoon(size_t i) const {
    // A verb trigger at i, possibly after adverbs, negation or modals.
    for (size_t k = i; k < toks_.size() && k < i + 4; ++k) {
      if (x_.info[k].trigger) {
        for (const Trigger& t : x_.triggers)
          if (t.tb == k) return IsVerbal(t.voice);
        return false;
      }
      if (!(Is(k, dict::kAdverb) || Is(k, dict::kNegation) ||
            Is(k, dict::kFuture) || Is(k, dict::kModal)))
        return false;
    }
    return false;
  }

  // English "the summit ended as Chile announced ...": "as" before an actor
  // and its verb starts a clause; "as a gesture to X", "served as Russia's
  // envoy" stay prepositional phrases.
  bool AsOpensClause(size_t i) const {
    size_t k = i + 1;
    while (k < toks_.size() && Is(k, dict::kNpFiller) && x_.info[k].mention < 0) ++k;
    if (k >= toks_.size() || x_.info[k].mention < 0) return false;
    while (k < toks_.size() && (x_.info[k].mention >= 0 || Is(k, dict::kCoord))) ++k;
    return StartsVerbSoon(k);
  }

  void FindClauses() {
    auto& cs = x_.clauses;
    cs.push_back({0, 0, ClauseKind::kMain});
    for (size_t i = 0; i < toks_.size(); ++i) {
      ClauseKind kind;
      bool boundary = false;
      if (x_.info[i].time >= 0) continue;  // "pekan lalu" is no "lalu" clause
      // A pattern is one unit: "belum melihat respons yang memadai dari X" is
      // not cut at its "yang".
      if (i > 0 && x_.info[i].trigger && x_.info[i - 1].trigger) continue;
      // Only words of a grammatical class and punctuation open a clause.
      if (x_.info[i].cls == 0 && toks_[i].kind != text::TokenKind::kPunct) continue;
      if (i > 0 && Is(i, dict::kComplement)) {
        kind = ClauseKind::kComplement;
        boundary = true;
      } else if (Is(i, dict::kRelative)) {
        kind = ClauseKind::kRelative;
        boundary = true;
      } else if (Is(i, dict::kCondition)) {
        kind = ClauseKind::kCondition;
        boundary = true;
      } else if (i > 0 && Is(i, dict::kClause) && x_.info[i].mention < 0 &&
                 !IsNumber(i - 1) && !IsNumber(i + 1)) {
        kind = ClauseKind::kSubordinate;
        boundary = true;
      } else if (en_ && i > 0 && Norm(i) == "as" && AsOpensClause(i)) {
        kind = ClauseKind::kSubordinate;
        boundary = true;
      } else if (Is(i, dict::kCoord) && StartsVerbSoon(i + 1)) {
        kind = ClauseKind::kCoordVP;
        boundary = true;
      } else if (IsAnyPunct(i) && x_.info[i].mention < 0 && x_.info[i].time < 0) {
        // Quotes are not clause boundaries: "ingin “memperkuat ...” dengan
        // X" is one clause.
        std::string_view n = Norm(i);
        if (n.size() == 1 ? n[0] == ',' || n[0] == ';' || n[0] == ':' || n[0] == '(' ||
                                n[0] == ')'
                          : n == "\u2013" || n == "\u2014") {
          kind = ClauseKind::kAfterComma;
          if (n == "," && Is(i + 1, dict::kCoord) && StartsVerbSoon(i + 2))
            kind = ClauseKind::kCoordVP;
          else if (n == "," && StartsVerbSoon(i + 1))
            kind = ClauseKind::kCoordVP;
          boundary = true;
        }
      }
      if (boundary && i > 0) {
        cs.back().te = static_cast<uint32_t>(i);
        cs.push_back({static_cast<uint32_t>(i), 0, kind});
      } else if (boundary) {
        cs.back().kind = kind;
      }
    }
    cs.back().te = static_cast<uint32_t>(toks_.size());
    for (size_t c = 0; c < cs.size(); ++c)
      for (uint32_t i = cs[c].tb; i < cs[c].te; ++i)
        x_.info[i].clause = static_cast<int>(c);
    for (Trigger& t : x_.triggers) {
      t.clause = x_.info[t.tb].clause;
      if (IsVerbal(t.voice)) cs[t.clause].has_verb = true;
    }
  }

  // English "it" and "they", once clauses are known: "ended as Chile
  // announced it would ..." is Chile (a subordinating "as" is no
  // preposition), and "Ghana and Togo said they would ..." is both.
  void ResolveEnglishPronouns() {
    auto& ms = x_.mentions;
    for (size_t k = 0; k < ms.size(); ++k) {
      if (ms[k].te != ms[k].tb + 1 || ms[k].via != "memory" || ms[k].group >= 0) continue;
      std::string_view w = Norm(ms[k].tb);
      if (w != "it" && w != "they") continue;
      int r = -1;
      for (size_t q = k; q-- > 0;)
        if (!ms[q].code.empty() && ms[q].referential && ms[q].te <= ms[k].tb &&
            !PrepBefore(ms[q].tb)) {
          r = static_cast<int>(q);
          break;
        }
      if (r < 0) continue;
      ms[k].code = ms[r].code;
      if (w != "they" || ms[r].group < 0) continue;
      // One copy per member, right after the pronoun, in one group.
      std::vector<std::string> codes;
      for (int q : x_.groups[ms[r].group]) {
        if (ms[q].code.empty()) continue;
        bool seen = false;
        for (const auto& c : codes) seen = seen || c == ms[q].code;
        if (!seen) codes.push_back(ms[q].code);
      }
      if (codes.size() < 2) continue;
      int at = static_cast<int>(k) + 1, n = static_cast<int>(codes.size()) - 1;
      for (TokInfo& ti : x_.info)
        if (ti.mention >= at) ti.mention += n;
      for (auto& g : x_.groups)
        for (int& q : g)
          if (q >= at) q += n;
      for (Trigger& t : x_.triggers)
        if (t.gap_mention >= at) t.gap_mention += n;
      int g = static_cast<int>(x_.groups.size());
      x_.groups.emplace_back();
      Mention copy = ms[k];
      ms[k].code = codes[0];
      ms[k].group = g;
      x_.groups[g].push_back(static_cast<int>(k));
      for (int c = 1; c <= n; ++c) {
        copy.code = codes[c];
        copy.group = g;
        ms.insert(ms.begin() + at + c - 1, copy);
        x_.groups[g].push_back(at + c - 1);
      }
      k += n;
    }
  }

  // ---- roles ----
  // A mention that can be a participant: coded, or a role whose country
  // the other participant gives ("Polisi Indonesia menangkap demonstran").
  static bool Usable(const Mention& m) {
    return m.referential && (!m.code.empty() || !m.role.empty());
  }

  // The mention that starts at or covers token i, as a list (its group).
  std::vector<int> GroupOf(int m) const {
    if (m < 0) return {};
    const Mention& mm = x_.mentions[m];
    if (mm.group >= 0) return x_.groups[mm.group];
    return {m};
  }

  // A preposition right before the mention (skipping fillers); for a member
  // of "X dan Y", before the first member.
  bool PrepBefore(uint32_t tb) const {
    int mi = tb < toks_.size() ? x_.info[tb].mention : -1;
    if (mi >= 0 && x_.mentions[mi].group >= 0)
      tb = std::min(tb, x_.mentions[x_.groups[x_.mentions[mi].group][0]].tb);
    int k = static_cast<int>(tb) - 1;
    while (k >= 0 && Is(k, dict::kNpFiller)) --k;
    // English "hundreds of X", "a group of X": X heads the phrase.
    if (en_ && k > 0 && Is(k, dict::kOf) && IsNumber(k - 1)) return false;
    // English "ended as (after) Chile announced ...": a word that opens a
    // subordinate clause is a conjunction there, and X its subject. Not
    // "before" or "until", whose clause need not have happened ("before
    // the minister flies to Nairobi").
    auto may_not_have_happened = [&](int w) { return Norm(w) == "before" || Norm(w) == "until"; };
    if (en_ && k > 0 && !x_.clauses.empty()) {
      const Clause& c = x_.clauses[x_.info[k].clause];
      if (c.tb == static_cast<uint32_t>(k) && c.kind == ClauseKind::kSubordinate &&
          !may_not_have_happened(k))
        return false;
    }
    // The same at the start of a sentence: "As Russia attacked Ukraine, ...".
    if (en_ && k == 0 && (Is(0, dict::kClause) || Norm(0) == "as") &&
        !may_not_have_happened(0) && AsOpensClause(0))
      return false;
    return k >= 0 && Is(k, dict::kPrep);
  }

  // Subject: the actor before the verb, found as the grammar of the clause
  // allows. Returns mention indices (a group) or empty.
  std::vector<int> FindSubject(const Trigger& t, std::string* how,
                               int* coordinated_with = nullptr) const {
    const auto& cs = x_.clauses;
    int c = t.clause;
    // 1. In the trigger's own clause, the nearest actor before it.
    for (int k = static_cast<int>(x_.mentions.size()) - 1; k >= 0; --k) {
      const Mention& m = x_.mentions[k];
      if (m.te > t.tb || m.tb < cs[c].tb) continue;
      if (!m.referential || PrepBefore(m.tb)) continue;
      *how = "subject";
      if (!Usable(m)) return {};
      return GroupOf(k);
    }
    // 2. By the kind of clause.
    switch (cs[c].kind) {
      case ClauseKind::kRelative: {  // "X yang memimpin": X
        uint32_t before = cs[c].tb;
        for (int k = static_cast<int>(x_.mentions.size()) - 1; k >= 0; --k) {
          const Mention& m = x_.mentions[k];
          if (m.te == before || (m.te + 1 == before && IsAnyPunct(m.te))) {
            *how = "relative-head";
            return Usable(m) ? GroupOf(k) : std::vector<int>{};
          }
        }
        if (int owner = ReasonOwner(before); owner >= 0) {
          *how = "reason-owner";
          return GroupOf(owner);
        }
        // "tuduhan yang dibantah oleh X": the head is an act; the one who
        // did it (the accuser) is the actor this clause is about.
        uint32_t h = before;
        if (h > 0 && IsAnyPunct(h - 1)) --h;
        if (h == 0) return {};
        for (size_t k = 0; k < x_.triggers.size(); ++k) {
          const Trigger& head = x_.triggers[k];
          if (head.te != h || &head == &t) continue;
          if (!head.sources.empty()) {
            *how = "relative-head-act";
            return head.sources;
          }
          std::string_view root = CodeOf(head).substr(0, 2);
          for (size_t q = k; q-- > 0;) {
            if (CodeOf(x_.triggers[q]).substr(0, 2) == root &&
                !x_.triggers[q].sources.empty()) {
              *how = "relative-head-act";
              return x_.triggers[q].sources;
            }
          }
        }
        return {};
      }
      case ClauseKind::kCoordVP: {  // "X mengecam ..., dan mendesak": X
        for (int k = static_cast<int>(x_.triggers.size()) - 1; k >= 0; --k) {
          const Trigger& p = x_.triggers[k];
          if (p.tb >= t.tb || !IsVerbal(p.voice) || p.sources.empty()) continue;
          ClauseKind pk = cs[p.clause].kind;
          if (pk == ClauseKind::kComplement || pk == ClauseKind::kRelative)
            continue;
          *how = "coordinated-subject";
          if (coordinated_with) *coordinated_with = k;
          return p.voice == Voice::kPassive ? p.targets : p.sources;
        }
        [[fallthrough]];
      }
      case ClauseKind::kAfterComma: {
        // After an apposition or relative clause set off by commas: the
        // earliest actor of the run of verb-less clauses before this one.
        std::vector<int> found;
        for (int p = c - 1; p >= 0; --p) {
          if (cs[p].kind == ClauseKind::kComplement ||
              cs[p].kind == ClauseKind::kSubordinate ||
              cs[p].kind == ClauseKind::kCondition)
            break;
          if (cs[p].has_verb && cs[p].kind != ClauseKind::kRelative) break;
          if (cs[p].kind == ClauseKind::kRelative) continue;
          if (FrontedAdverbial(cs[p])) continue;
          for (size_t k = 0; k < x_.mentions.size(); ++k) {
            const Mention& m = x_.mentions[k];
            if (m.tb >= cs[p].tb && m.te <= cs[p].te && m.referential &&
                !PrepBefore(m.tb) && !m.code.empty()) {
              found = GroupOf(static_cast<int>(k));
              *how = "apposed-subject";
              break;
            }
          }
        }
        return found;
      }
      case ClauseKind::kSubordinate: {
        // "X ..., setelah menuduh Y": a clause opened right before its verb
        // has the main clause's subject.
        uint32_t k = cs[c].tb + 1;
        while (k < t.tb && (Is(k, dict::kAdverb) || Is(k, dict::kNegation))) ++k;
        if (k != t.tb) return {};
        for (size_t mi = 0; mi < x_.mentions.size(); ++mi) {
          const Mention& m = x_.mentions[mi];
          if (m.te > cs[c].tb) break;
          if (x_.info[m.tb].clause != 0 || !Usable(m) || PrepBefore(m.tb)) continue;
          *how = "main-subject";
          return GroupOf(static_cast<int>(mi));
        }
        return {};
      }
      default:
        return {};
    }
  }

  // "Dalam sidang ASEAN, Presiden Filipina ...", "Kemarin di Jakarta, ...": a
  // prepositional phrase fronted before the subject, after any time words.
  // The actors inside it are not the subject.
  bool FrontedAdverbial(const Clause& c) const {
    uint32_t k = c.tb;
    while (k < c.te && (x_.info[k].time >= 0 || IsAnyPunct(k))) ++k;
    return k < c.te && Is(k, dict::kPrep);
  }

  // "mengecam X atas kebijakan yang ...", "memanggil pulang dubes dari X
  // karena langkah yang ...": a reason phrase after an actor names that actor's
  // act, so the actor is the subject of a relative clause on it. Returns the
  // mention before "atas"/"karena" when only the head noun (with
  // adjectives and quotes) stands between it and the clause at `before`.
  int ReasonOwner(uint32_t before) const {
    int k = static_cast<int>(before) - 1;
    int nouns = 0;
    while (k >= 0 && (IsQuote(k) || Is(k, dict::kNpFiller) ||
                      (toks_[k].kind == text::TokenKind::kWord && x_.info[k].cls == 0 &&
                       x_.info[k].mention < 0 && ++nouns <= 3)))
      --k;
    if (nouns == 0 || k < 1 || (Norm(k) != "atas" && Norm(k) != "karena")) return -1;
    int mi = x_.info[k - 1].mention;
    if (mi < 0 || x_.mentions[mi].te != static_cast<uint32_t>(k) ||
        !Usable(x_.mentions[mi]))
      return -1;
    return mi;
  }

  // Object or prepositional target after the trigger, within its clause
  // (an apposition after a relational noun may cross one comma).
  std::vector<int> FindTarget(const Trigger& t, bool after_prep_only,
                              std::string* how) const {
    const Clause& c = x_.clauses[t.clause];
    uint32_t end = c.te;
    uint32_t limit = std::min<uint32_t>(static_cast<uint32_t>(toks_.size()), t.te + 16);
    bool crossed = false;
    for (uint32_t i = t.te; i < limit; ++i) {
      // "menyodorkan proposal yang adil soal air kepada Y": a relative clause
      // with no verb only describes the object; the target may follow.
      if (i == end && x_.info[i].clause >= 0 && Verbless(x_.clauses[x_.info[i].clause]))
        end = x_.clauses[x_.info[i].clause].te;
      if (i >= end && !crossed) {
        // Cross a comma only into an apposition: "sekutu X, Y,".
        if (IsPunct(i, ",") && i + 1 < toks_.size() && x_.info[i + 1].mention >= 0 &&
            i > 0 && x_.info[i - 1].mention >= 0 &&
            !x_.mentions[x_.info[i - 1].mention].referential) {
          crossed = true;
          continue;
        }
        break;
      }
      if (crossed && (IsPunct(i, ",") || Is(i, dict::kComplement))) break;
      // English "to discuss efforts to counter X": an infinitive starts an
      // act of its own; X is not this verb's object.
      if (en_ && i > t.te && Is(i, dict::kPurpose) && i + 1 < toks_.size() &&
          x_.info[i + 1].mention < 0 && !Is(i + 1, dict::kNpFiller) &&
          toks_[i + 1].kind == text::TokenKind::kWord && !x_.info[i + 1].trigger)
        break;
      if (x_.info[i].trigger && i > t.te) {
        for (const Trigger& o : x_.triggers)
          if (o.tb == i && IsVerbal(o.voice)) return {};
      }
      int mi = x_.info[i].mention;
      if (mi < 0) continue;
      const Mention& m = x_.mentions[mi];
      if (m.tb != i) continue;
      if (!m.referential || PossessorPronoun(m, t)) {
        i = m.te - 1;
        continue;
      }
      bool prep = PrepBefore(m.tb);
      int k = static_cast<int>(m.tb) - 1;
      while (k >= 0 && Is(k, dict::kNpFiller)) --k;
      // English "of" after a capitalised word is part of a place name:
      // "drills in the Sea of Japan", "the Gulf of Mexico".
      bool target_prep = k >= 0 && Is(k, dict::kTargetPrep) &&
                         !(en_ && Is(k, dict::kOf) && k > 0 &&
                           toks_[k - 1].kind == text::TokenKind::kWord &&
                           toks_[k - 1].shape != text::Shape::kLower &&
                           (x_.info[k - 1].mention < 0 ||
                            (x_.mentions[x_.info[k - 1].mention].code.empty() &&
                             x_.mentions[x_.info[k - 1].mention].role.empty())));
      bool antara = k >= 0 && (Norm(k) == "antara" || Is(k, dict::kBetween));
      // English "condemned the attack by X", "rejected calls by X": the
      // doer of the act named as object is the target; also right after a
      // pattern that ends in the act's noun ("investigated abuses by X").
      if (en_ && (k > static_cast<int>(t.te) || (k == static_cast<int>(t.te) && t.te > t.tb + 1)) &&
          Is(k, dict::kAgentPrep) &&
          t.voice != Voice::kPassive && t.voice != Voice::kNominal && !after_prep_only)
        target_prep = true;
      if (after_prep_only && !target_prep && !antara) {
        i = m.te - 1;
        continue;
      }
      // A place ("di Seoul", "dari Moskow") is not a target, unless the
      // pattern itself ends in the preposition ("tiba di"; English also
      // over an article: "bowed to demands from the opposition").
      bool pattern_prep = en_ && k + 1 == static_cast<int>(t.te) && k >= static_cast<int>(t.tb);
      if (prep && !target_prep && !antara && m.tb != t.te && !pattern_prep) {
        i = m.te - 1;
        continue;
      }
      // English: an unknown name after a preposition is a place or a
      // thing ("the shelling of Donetsk by Ukraine"), not the object.
      if (en_ && !Usable(m) && m.code.empty() && m.role.empty() && prep) {
        i = m.te - 1;
        continue;
      }
      if (!Usable(m)) return {};
      *how = antara ? "antara" : (target_prep ? "prep-target" : "object");
      return GroupOf(mi);
    }
    return {};
  }

  // "siaran di stasiun televisi milik mereka": a pronoun after a common
  // noun owns that noun, and when a place preposition opens the noun phrase
  // the pronoun is part of a place, not the verb's object ("mengecam
  // kebijakan kami" keeps its target).
  bool PossessorPronoun(const Mention& m, const Trigger& t) const {
    if (m.te != m.tb + 1 || !Is(m.tb, dict::kPronoun) || m.tb <= t.te) return false;
    uint32_t k = m.tb;
    int nouns = 0;
    auto noun = [&](uint32_t j) {
      int mi = x_.info[j].mention;
      if (mi >= 0) return x_.mentions[mi].code.empty();  // "media", a role
      return x_.info[j].cls == 0 && !x_.info[j].trigger;
    };
    while (k > t.te && toks_[k - 1].kind == text::TokenKind::kWord && noun(k - 1) &&
           nouns < 3) {
      --k;
      ++nouns;
    }
    return nouns > 0 && k > t.te && Is(k - 1, dict::kPrep) && !Is(k - 1, dict::kTargetPrep);
  }

  // A relative clause of adjectives ("yang adil dan wajar"): up to
  // its first actor, no trigger and no word that morphology reads as a verb.
  bool Verbless(const Clause& c) const {
    if (c.kind != ClauseKind::kRelative || c.has_verb || m_ == nullptr) return false;
    for (uint32_t k = c.tb; k < c.te; ++k) {
      if (x_.info[k].trigger) return false;
      if (x_.info[k].mention >= 0) break;
      if (toks_[k].kind != text::TokenKind::kWord || x_.info[k].cls != 0) continue;
      for (const auto& a : Analyses(k))
        if (a.voice != Voice::kNominal && a.prefix != lang::id::Prefix::kNone &&
            a.prefix != lang::id::Prefix::kSe && a.prefix != lang::id::Prefix::kKe)
          return false;
    }
    return true;
  }

  // Source after a nominal trigger: "kunjungan delegasi X ke Y".
  std::vector<int> FindPossessor(const Trigger& t) const {
    for (uint32_t i = t.te; i < toks_.size() && i < t.te + 7; ++i) {
      if (x_.info[i].time >= 0 || Is(i, dict::kNpFiller) ||
          Is(i, dict::kDemonstrative))
        continue;
      int mi = x_.info[i].mention;
      if (mi >= 0 && x_.mentions[mi].tb == i) {
        if (PrepBefore(i) || !Usable(x_.mentions[mi])) return {};
        return GroupOf(mi);
      }
      if (toks_[i].kind == text::TokenKind::kWord && x_.info[i].cls == 0 &&
          !x_.info[i].trigger)
        continue;  // adjectives and nouns: "puncak", "terbaru"
      return {};
    }
    return {};
  }

  // English: a bare country or territory named after a place preposition
  // ("in the West Bank") after trigger t in its clause, or -1.
  int PlaceActor(const Trigger& t) const {
    const Clause& c = x_.clauses[t.clause];
    for (uint32_t i = t.te; i + 1 < c.te; ++i) {
      if (!Is(i, dict::kPlacePrep)) continue;
      uint32_t j = i + 1;
      if (Norm(j) == "the" && j + 1 < c.te) ++j;
      int mi = x_.info[j].mention;
      if (mi >= 0 && x_.mentions[mi].tb == j && x_.mentions[mi].code.size() == 3 &&
          IsCountryCode(x_.mentions[mi].code))
        return mi;
    }
    return -1;
  }

  // English "pro-Russia", "anti-government": an allegiance, not a name or
  // a country; "pro-Russia rebels" are rebels of no known country.
  bool Allegiance(size_t i) const {
    if (!en_) return false;
    std::string_view n = Norm(i);
    return n.size() > 4 && (n.starts_with("pro-") || n.starts_with("anti-"));
  }

  std::vector<int> FindAgentAfter(const Trigger& t) const {
    const Clause& c = x_.clauses[t.clause];
    // (English "was urged by Japan to help Y": the agent may stand in the
    // trigger's gap.)
    for (uint32_t i = en_ ? t.tb + 1 : t.te; i < c.te; ++i) {
      if (Is(i, dict::kAgentPrep) && i + 1 < toks_.size()) {
        uint32_t j = i + 1;
        // English "by the United Nations": the article is no part of it.
        while (en_ && j + 1 < c.te && x_.info[j].mention < 0 &&
               (Is(j, dict::kNpFiller) || Allegiance(j)))
          ++j;
        int mi = x_.info[j].mention;
        if (mi >= 0 && Usable(x_.mentions[mi])) return GroupOf(mi);
      }
    }
    // "dikecam Rusia": the actor right after the passive verb. (English
    // names the agent only after "by".)
    if (t.te < toks_.size() && !en_) {
      int mi = x_.info[t.te].mention;
      if (mi >= 0 && Usable(x_.mentions[mi])) return GroupOf(mi);
    }
    return {};
  }

  // English: token k is the determiner of a nominal trigger or the one verb
  // whose object it is ("would not provide support", "did not give any
  // permission"): the negation or modal before that verb applies to the
  // act the noun names.
  bool NominalObjectOf(int k, int* verbs) const {
    if (Is(k, dict::kNpFiller) || lang::en::Morphology::IsDeterminer(Norm(k))) return true;
    if (*verbs > 0 || toks_[k].kind != text::TokenKind::kWord || x_.info[k].cls != 0 ||
        x_.info[k].mention >= 0 || x_.info[k].trigger)
      return false;
    ++*verbs;
    return true;
  }

  void AssignRoles(Trigger* t) {
    const dict::Pattern& p = d_.patterns()[t->pattern];
    std::string show, thow;
    int object_verbs = 0;  // see NominalObjectOf
    // Negation, modality and future: look back over adverbs.
    for (int k = static_cast<int>(t->tb) - 1, n = 0; k >= 0 && n < 5; --k, ++n) {
      if (IsQuote(k)) continue;
      if (Is(k, dict::kNegation)) {
        t->negated = true;
        std::string_view n = Norm(k);
        if (n == "enggan" || n == "ogah") t->refused = true;
      }
      else if (Is(k, dict::kIrrealis)) t->irrealis = true;
      else if (Is(k, dict::kHypothetical)) t->hypothetical = true;
      else if (Is(k, dict::kFuture)) {
        t->future = true;
        // A word of both classes ("will"): a commitment when a verb of
        // saying reports it (see Emit).
        if (Is(k, dict::kModal)) t->announced = true;
      }
      else if (Is(k, dict::kModal)) t->modal = true;
      else if (en_ && Is(k, dict::kPurpose)) {
        // "wants Putin to attack", "expects Iran to comply": an act asked
        // of someone is not asserted (a verb of appeal that codes is
        // handled as its content, see GovernedClauses).
        if (k > 0 && x_.info[k - 1].mention >= 0) {
          const Mention& m = x_.mentions[x_.info[k - 1].mention];
          if (m.tb > 0 && toks_[m.tb - 1].kind == text::TokenKind::kWord &&
              x_.info[m.tb - 1].mention < 0 && !x_.info[m.tb - 1].trigger &&
              !Is(m.tb - 1, dict::kPrep))
            t->irrealis = true;
          break;
        }
        continue;  // "wants to V"
      }
      else if (en_ && t->voice == Voice::kNominal && NominalObjectOf(k, &object_verbs)) continue;
      else if (!Is(k, dict::kAdverb)) break;
    }
    // "Y harus ...": what a speaker says Y must do (see Emit).
    if (p.demand) t->irrealis = true;
    // "tidak akan V", "tidak mau V": the negation of a will is a refusal.
    if (t->negated && (t->future || t->modal)) t->refused = true;
    // ", kata X" / "..., katanya": the speaker follows the verb.
    if (p.speech && t->tb > 0 && (IsAnyPunct(t->tb - 1)) && !AfterApposition(*t) &&
        (t->voice == Voice::kActive || t->voice == Voice::kMiddle ||
         t->rule == "base" || ClitikNya(t->te - 1))) {
      std::vector<int> after;
      if (t->te < toks_.size() && x_.info[t->te].mention >= 0)
        after = GroupOf(x_.info[t->te].mention);
      const std::optional<DocMemory::Seen>& who =
          mem_->speaker ? mem_->speaker : mem_->topic;
      if (after.empty() && ClitikNya(t->te - 1) && who) {
        // "katanya": the speaker named before, else the last agent.
        Mention m;
        m.tb = t->tb;
        m.te = t->te;
        m.code = who->code;
        m.text = who->text;
        m.start = who->start;
        m.end = who->end;
        m.entry = who->entry;
        m.via = "memory";
        after.push_back(static_cast<int>(x_.mentions.size()));
        x_.mentions.push_back(std::move(m));
      }
      if (!after.empty() || ClitikNya(t->te - 1)) {
        t->inverted = true;
        t->sources = after;
        t->rule = "speech-after";
        return;
      }
    }
    // English ", X said." and "“...” X said": a statement that ends the
    // sentence reports what came before it.
    if (en_ && p.speech && ReportsBefore(*t)) {
      std::string how;
      std::vector<int> who = FindSubject(*t, &how);
      if (!who.empty()) {
        t->inverted = true;
        t->sources = who;
        t->rule = "speech-after";
        return;
      }
    }
    if (t->voice == Voice::kPassive) {
      t->targets = FindSubject(*t, &thow);
      t->sources = FindAgentAfter(*t);
      show = "passive-agent";
      thow.insert(0, "passive-");
    } else if (t->voice == Voice::kNominal && en_) {
      // "Russia's invasion of Ukraine", "the Russian attack on", "the
      // invasion of Ukraine by Russia", "X launched an attack on Y".
      t->sources = FindPossessorBefore(*t);
      show = "nominal-possessor";
      if (t->sources.empty()) {
        t->sources = FindByAgent(*t);
        show = "nominal-by";
      }
      if (t->sources.empty() && LightVerbBefore(t->tb)) {
        t->sources = FindSubject(*t, &show);
        show.insert(0, "nominal-object-");
      }
      t->targets = FindTarget(*t, /*after_prep_only=*/true, &thow);
    } else if (t->voice == Voice::kNominal) {
      t->sources = FindPossessor(*t);
      show = "nominal-possessor";
      if (t->sources.empty() && ClitikNya(t->te - 1)) {
        // "invasinya": its owner is the last actor named.
        t->sources = LastSingleBefore(t->tb);
        show = "nominal-nya";
      } else if (t->sources.empty() && AfterVerb(t->tb)) {
        // "melakukan kunjungan ke Y": the subject of the light verb.
        t->sources = FindSubject(*t, &show);
        show.insert(0, "nominal-object-");
      }
      t->targets = FindTarget(*t, /*after_prep_only=*/true, &thow);
    } else {
      t->sources = FindSubject(*t, &show, &t->coordinated_with);
      // A statement's target is only whom it is addressed to ("kepada X");
      // the actors of what was said are not.
      t->targets = FindTarget(*t, /*after_prep_only=*/p.speech, &thow);
    }
    // English "demanded that Y ...", "urged that Y ...": a demand or an
    // appeal is aimed at the subject of what it asks.
    if (en_ && t->targets.empty() && t->voice != Voice::kPassive &&
        (CodeOf(*t).starts_with("02") || CodeOf(*t).starts_with("10")) &&
        t->te + 1 < toks_.size() && Is(t->te, dict::kComplement)) {
      uint32_t j = t->te + 1;
      while (j < toks_.size() && x_.info[j].mention < 0 && Is(j, dict::kNpFiller)) ++j;
      if (j < toks_.size() && x_.info[j].mention >= 0 && Usable(x_.mentions[x_.info[j].mention])) {
        t->targets = GroupOf(x_.info[j].mention);
        thow = "subject of its complement";
      }
    }
    // English "urged Israel to allow aid into Gaza": an actor right after
    // the verb, inside the pattern, is its object.
    if (en_ && t->gap_mention >= 0 && x_.mentions[t->gap_mention].tb == t->tb + 1 &&
        Usable(x_.mentions[t->gap_mention]) && t->voice != Voice::kPassive &&
        t->voice != Voice::kNominal)
      t->targets.clear();
    if (t->targets.empty() && t->gap_mention >= 0 &&
        Usable(x_.mentions[t->gap_mention])) {
      t->targets = GroupOf(t->gap_mention);
      thow = "inside-pattern";
    }
    // "antara X dan Y" or "X dan Y sepakat" with no target: reciprocal.
    if (thow == "antara" && t->targets.size() >= 2 && t->sources.empty()) {
      t->sources = t->targets;
      t->reciprocal = true;
    } else if (t->targets.empty() && t->sources.size() >= 2 && !p.speech &&
               (!en_ || p.symmetric)) {
      // (English: only a mutual act; "US and British activists staged a
      // protest" is not a protest against each other.)
      t->targets = t->sources;
      t->reciprocal = true;
    }
    // "menerima bantuan dari X": the subject receives, X gives.
    if (p.inverse && t->voice != Voice::kPassive) {
      std::vector<int> giver;
      for (uint32_t i = t->te; i < x_.clauses[t->clause].te; ++i) {
        if (!(Norm(i) == "dari" || Is(i, dict::kFrom))) continue;
        uint32_t j = i + 1;
        // English "from the Georgian government": over the determiner.
        while (en_ && j < toks_.size() && Is(j, dict::kNpFiller)) ++j;
        if (j < toks_.size() && x_.info[j].mention >= 0 &&
            Usable(x_.mentions[x_.info[j].mention])) {
          giver = GroupOf(x_.info[j].mention);
          break;
        }
      }
      if (!giver.empty()) {
        t->targets = t->sources;
        t->sources = giver;
        show = "giver after 'dari'";
        thow = "receiver (subject)";
      } else {
        t->sources.clear();
      }
    }
    // "mengakui Beijing": with an actor as direct object the verb means
    // something else than with a clause ("mengakui bahwa ...").
    // English: the object may follow a determiner ("received the Kenyan
    // minister"), but not as the demonym of another noun ("welcomed the
    // Kenyan decision").
    uint32_t obj = t->te;
    while (en_ && obj < toks_.size() && Is(obj, dict::kNpFiller)) ++obj;
    if (obj != t->te && obj < toks_.size() && x_.info[obj].mention >= 0 &&
        x_.mentions[x_.info[obj].mention].adjectival)
      obj = t->te;
    bool has_object = obj < toks_.size() && x_.info[obj].mention >= 0 &&
                      Usable(x_.mentions[x_.info[obj].mention]);
    if (!p.object_code.empty() && has_object) {
      t->code = p.object_code;
      t->targets = GroupOf(x_.info[obj].mention);
      thow = "direct object";
      t->note = "direct object: " + p.object_code + " instead of " + p.code;
    } else if (en_ && !p.object_code.empty() && p.object_code == p.code) {
      // English "043 +receive ; object=043": the act only with its object.
      t->sources.clear();
    }
    // English: a host's guest named as object ("received the Kenyan
    // minister") makes the visit it hosts (042 back); troops are based,
    // not received.
    if (en_ && has_object && (t->code.empty() ? p.code : t->code) == "043" &&
        t->voice == Voice::kActive &&
        x_.mentions[x_.info[obj].mention].code.find("MIL") == std::string::npos &&
        x_.mentions[x_.info[obj].mention].role != "MIL")
      t->guest = true;
    std::string_view voice = VoiceName(t->voice);
    std::string& rule = t->rule;
    rule.clear();
    rule.reserve(voice.size() + show.size() + thow.size() + 40);
    rule.append(voice).append(": source=").append(show);
    if (!t->targets.empty()) rule.append(", target=").append(thow);
    if (t->reciprocal) rule.append(", reciprocal");
  }

  // "Kenji Sato, utusan dagang Jepang, menegaskan Seoul ...": a prefixed
  // verb of saying after a comma that closes no quotation continues the
  // subject before the apposition; only ", kata X", "..., katanya" and
  // '"...," mengatakan X' name the speaker after the verb.
  bool AfterApposition(const Trigger& t) const {
    if (t.rule == "base" || ClitikNya(t.te - 1) || !IsPunct(t.tb - 1, ",")) return false;
    if (t.tb >= 2 && IsQuote(t.tb - 2)) return false;
    for (uint32_t k = 0; k + 1 < t.tb; ++k)
      if (IsQuote(k)) return false;
    return true;
  }

  // '"Kami belum melihat ...," kata X', 'X mengatakan: "Kami ..."': the
  // exclusive "kami" of a quotation is its speaker. Returns true when a
  // "kami" of this sentence took the speaker's code or role.
  bool FirstPersonIsSpeaker() {
    const Mention* speaker = nullptr;
    for (const Trigger& t : x_.triggers)
      if (d_.patterns()[t.pattern].speech && !t.sources.empty()) {
        speaker = &x_.mentions[t.sources[0]];
        break;
      }
    if (speaker == nullptr || (speaker->code.empty() && speaker->role.empty())) return false;
    Mention who = *speaker;
    bool changed = false;
    for (Mention& m : x_.mentions) {
      if (m.te != m.tb + 1 || Norm(m.tb) != "kami" || &m == speaker) continue;
      m.code = who.code;
      m.role = who.role;
      m.entry = who.entry;
      m.via = "memory";
      changed = true;
    }
    return changed;
  }

  // Roles again, once a mention's code has changed.
  void ReassignRoles() {
    for (size_t k = 0; k < x_.triggers.size(); ++k) {
      Trigger& t = x_.triggers[k];
      if (d_.patterns()[t.pattern].speech) continue;
      t.sources.clear();
      t.targets.clear();
      t.reciprocal = false;
      t.code.clear();
      t.note.clear();
      AssignRoles(&t);
    }
  }

  // English: the statement at t ends its sentence (nothing but a time, a
  // place or whom it was told to follows), and an event stands before it.
  bool ReportsBefore(const Trigger& t) const {
    bool before = false;
    for (const Trigger& o : x_.triggers) {
      if (&o == &t) continue;
      if (o.tb >= t.te) return false;
      if (!d_.patterns()[o.pattern].speech) before = true;
    }
    if (!before) return false;
    for (size_t i = t.te; i < toks_.size(); ++i) {
      if (Is(i, dict::kComplement) || Is(i, dict::kCondition)) return false;
      // "refuse to recognise Macedonia": an object, not a report.
      int mi = x_.info[i].mention;
      if (mi >= 0 && !x_.mentions[mi].code.empty()) return false;
    }
    return true;
  }

  // English: the actor that owns a nominal trigger, right before it
  // ("Russia's invasion", "the Russian attack", "U.S. sanctions"), with at
  // most two modifiers between ("Russia's full-scale invasion").
  std::vector<int> FindPossessorBefore(const Trigger& t) const {
    int words = 0;
    for (int k = static_cast<int>(t.tb) - 1; k >= 0; --k) {
      int mi = x_.info[k].mention;
      if (mi >= 0) {
        const Mention& m = x_.mentions[mi];
        if (m.te != static_cast<uint32_t>(k) + 1 || !Usable(m)) return {};
        if (!m.adjectival && words > 0) return {};
        if (PrepBefore(m.tb)) return {};
        return GroupOf(mi);
      }
      if (Is(k, dict::kNpFiller)) continue;
      if (toks_[k].kind == text::TokenKind::kWord && x_.info[k].cls == 0 &&
          !x_.info[k].trigger && ++words <= 2)
        continue;
      return {};
    }
    return {};
  }

  // English: "by X" after the trigger, in its clause.
  std::vector<int> FindByAgent(const Trigger& t) const {
    const Clause& c = x_.clauses[t.clause];
    for (uint32_t i = t.te; i + 1 < c.te; ++i) {
      if (!Is(i, dict::kAgentPrep)) continue;
      uint32_t j = i + 1;
      while (j + 1 < c.te && x_.info[j].mention < 0 && Is(j, dict::kNpFiller)) ++j;
      int mi = x_.info[j].mention;
      if (mi >= 0 && Usable(x_.mentions[mi])) return GroupOf(mi);
    }
    return {};
  }

  // English: a light verb before the noun ("launched an attack", "paid a
  // visit", "carried out strikes"), over determiners and modifiers.
  bool LightVerbBefore(uint32_t tb) const {
    int words = 0;
    for (int k = static_cast<int>(tb) - 1; k >= 0; --k) {
      std::string_view n = Norm(k);
      if (n == "out" || n == "up" || lang::en::Morphology::IsDeterminer(n) ||
          Is(k, dict::kNpFiller))
        continue;
      if (toks_[k].kind != text::TokenKind::kWord || x_.info[k].mention >= 0)
        return false;
      std::vector<lang::en::Analysis> an;
      en_->Analyze(n, &an);
      for (const auto& a : an)
        if (a.form != lang::en::Form::kBase && lang::en::Morphology::IsLightVerb(a.lemma))
          return true;
      for (const auto& a : an)
        if (lang::en::Morphology::IsLightVerb(a.lemma) && k > 0 &&
            (Is(k - 1, dict::kFuture) || Is(k - 1, dict::kPurpose) || Is(k - 1, dict::kModal)))
          return true;
      if (x_.info[k].cls == 0 && !x_.info[k].trigger && ++words <= 2) continue;
      return false;
    }
    return false;
  }

  std::vector<int> LastSingleBefore(uint32_t tb) const {
    for (int k = static_cast<int>(x_.mentions.size()) - 1; k >= 0; --k)
      if (x_.mentions[k].te <= tb && !x_.mentions[k].code.empty() &&
          x_.mentions[k].referential)
        return {k};
    return {};
  }

  // True when a verb (meN-, ber-, memper- form) stands right before token i.
  bool AfterVerb(uint32_t i) const {
    if (i == 0) return false;
    size_t k = i - 1;
    // "terlibat dalam perang dagang": the verb may govern through "dalam".
    if (k > 0 && Norm(k) == "dalam") --k;
    if (toks_[k].kind != text::TokenKind::kWord || x_.info[k].mention >= 0 ||
        x_.info[k].cls != 0)
      return false;
    for (const auto& a : Analyses(k))
      if (a.prefix == lang::id::Prefix::kMeN || a.prefix == lang::id::Prefix::kMemper ||
          a.prefix == lang::id::Prefix::kBer || a.prefix == lang::id::Prefix::kTer)
        return true;
    return false;
  }

  // "Moskow ingin ... setelah kunjungan delegasi pemerintahnya": "-nya"
  // refers to the agent of the verb before it, not to the nearest name.
  void ResolvePossessives(size_t k) {
    const Trigger& t = x_.triggers[k];
    if (t.sources.empty()) return;
    const std::string& code = x_.mentions[t.sources[0]].code;
    if (code.size() < 3) return;
    uint32_t next = k + 1 < x_.triggers.size() ? x_.triggers[k + 1].tb
                                               : static_cast<uint32_t>(toks_.size());
    for (Mention& m : x_.mentions) {
      if (!m.possessive || m.tb <= t.tb || m.tb > next + 8) continue;
      std::string role = m.code.size() >= 6 ? m.code.substr(3) : "";
      m.code = code.substr(0, 3) + role;
    }
  }

  bool ClitikNya(size_t i) const {
    return i < toks_.size() && Norm(i).ends_with("nya");
  }

  // CAMEO's code for wishing, promising or agreeing to do an act: "siap
  // berunding" is 036, not 046; "berjanji memberikan bantuan ekonomi" is
  // 0331. Returns "" when CAMEO has no intent code for the act.
  std::string IntentCode(std::string_view code) const {
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    std::string_view c3 = code.substr(0, std::min<size_t>(3, code.size()));
    auto pick = [&](std::initializer_list<std::pair<std::string_view, const char*>> m,
                    const char* fallback) -> std::string {
      for (const auto& [from, to] : m)
        if (c3 == from) return to;
      return fallback;
    };
    std::string r;
    switch (root) {
      case 4: r = "036"; break;
      case 5: r = "032"; break;
      case 6: r = pick({{"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}}, "031"); break;
      case 7: r = pick({{"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}}, "033"); break;
      case 8: r = pick({{"081", "0351"}, {"082", "0352"}, {"084", "0353"}, {"085", "0354"},
                        {"086", "0355"}, {"087", "0356"}}, "035"); break;
      case 14: r = "133"; break;
      case 16: r = pick({{"161", "1313"}, {"162", "1311"}, {"163", "1312"}}, "131"); break;
      case 15: case 18: case 19: case 20: r = "138"; break;
      case 17:
        // "prepared to impose martial law": a threat of administrative
        // sanctions (132x) or, for other repression, 137.
        if (!en_) return "";
        r = c3 == "172" ? "132" + std::string(code.substr(3)) : "137";
        break;
      default: return "";
    }
    return d_.cameo().Find(r) ? r : "";
  }

  // CAMEO's refusal code for a negated act of cooperation: "tidak akan
  // melucuti senjata" is 1246 (refuse to de-escalate), "menolak bertemu"
  // style negations of meetings 125. A refused act of diplomatic
  // cooperation (05x: "will not support", "will not recognise") is CAMEO's
  // 120, which has no narrower code for it, save agreements (127).
  // Negated conflict acts code nothing.
  std::string RefusalCode(const Trigger& t) const {
    std::string_view code = CodeOf(t);
    std::string_view c3 = code.substr(0, std::min<size_t>(3, code.size()));
    std::string_view root = code.substr(0, 2);
    std::string r;
    if (root == "04") r = "125";
    else if (c3 == "057") r = "127";
    else if (root == "05") r = "120";
    else if (c3 == "061") r = "1211";
    else if (c3 == "062") r = "1212";
    else if (root == "06") r = "121";
    else if (root == "07") r = "122";
    else if (c3 == "081") r = "1241";
    else if (c3 == "082") r = "1242";
    else if (c3 == "083") r = "1244";
    else if (c3 == "084") r = "1243";
    else if (c3 == "086") r = "1245";
    else if (c3 == "087") r = "1246";
    else if (root == "08") r = "124";
    else return "";
    return d_.cameo().Find(r) ? r : "";
  }

  std::string_view CodeOf(const Trigger& t) const {
    return t.code.empty() ? std::string_view(d_.patterns()[t.pattern].code)
                          : std::string_view(t.code);
  }

  // True when trigger t sits in the object of trigger p ("mendesak X untuk
  // V", "menuduh X telah V", "sepakat untuk V"): nothing but p's object,
  // "untuk"/"agar"/"supaya" and adverbs stands between them.
  bool Governs(const Trigger& p, const Trigger& t) const {
    if (p.te > t.tb || t.tb - p.te > 12) return false;
    if (ClosesRelative(p, t)) return false;
    int nouns = 0;
    for (uint32_t k = p.te; k < t.tb; ++k) {
      if (x_.info[k].mention >= 0 || Is(k, dict::kAdverb) || Is(k, dict::kFuture) ||
          Is(k, dict::kModal) || Is(k, dict::kNpFiller) || IsPunct(k, ",") || IsQuote(k))
        continue;
      // A short object noun phrase: "menolak seruan untuk V".
      if (toks_[k].kind == text::TokenKind::kWord && x_.info[k].cls == 0 &&
          !x_.info[k].trigger && ++nouns <= 2)
        continue;
      if (Is(k, dict::kCoord) && k > p.te && x_.info[k - 1].mention >= 0) continue;
      std::string_view n = Norm(k);
      if (n == "untuk" || n == "agar" || n == "supaya" || n == "guna") continue;
      if (Is(k, dict::kPurpose)) continue;  // English "urged X to V"
      if (Is(k, dict::kOf)) continue;       // English "accused X of V-ing"
      if (en_ && Is(k, dict::kComplement)) continue;  // "demanded that Y V"
      if (en_ && (n == "by" || n == "from")) continue;  // "was urged by X to V"
      if (n == "dalam" && k == p.te) continue;  // "terlibat dalam V-an"

      return false;
    }
    return true;
  }

  // "Presiden Prancis, yang mengecam Iran secara keras, memuji Arab Saudi":
  // a relative clause set off by commas ends at its closing comma, and the
  // verb after it is the main clause's, not the content of the verb inside
  // it.
  bool ClosesRelative(const Trigger& p, const Trigger& t) const {
    if (x_.clauses[p.clause].kind != ClauseKind::kRelative || t.clause == p.clause)
      return false;
    for (uint32_t k = p.te; k < t.tb; ++k)
      if (IsPunct(k, ",")) return true;
    return false;
  }

  // "PM Jepang tidak menyebutkan kunjungan ke Tiongkok": what a speaker
  // did not mention is asserted by no one. Drops t and returns true when it
  // is the object of negated verb of saying p.
  bool NotMentioned(const Trigger& p, Trigger& t) const {
    if (!d_.patterns()[p.pattern].speech || !p.negated || !Governs(p, t)) return false;
    t.dropped = true;
    t.note = "not asserted: object of a negated verb of saying";
    return true;
  }

  // Acts that are only asked for, alleged, refused or threatened are not
  // coded as having happened; acts agreed to or wished for take CAMEO's
  // intent codes.
  void GovernedClauses() {
    auto& ts = x_.triggers;
    for (size_t k = 0; k < ts.size(); ++k) {
      Trigger& t = ts[k];
      // (English: a verb of saying with an actor object, "recognise
      // Macedonia", is an act and may be refused.)
      if (d_.patterns()[t.pattern].speech && !(en_ && !t.code.empty())) continue;
      if (t.modal && !t.negated) {
        std::string ic = IntentCode(CodeOf(t));
        if (!ic.empty()) {
          t.code = ic;
          t.note = "intent: after a modal word";
        }
      }
      if (k == 0) continue;
      Trigger& p = ts[k - 1];
      if (NotMentioned(p, t)) continue;
      if (d_.patterns()[p.pattern].speech || !Governs(p, t)) continue;
      if (p.dropped) {
        // "menolak seruan untuk melonggarkan sanksi": content of content
        // belongs to the first verb, which takes its target.
        if (p.governor < 0) continue;
        Trigger& root = ts[p.governor];
        t.dropped = true;
        t.governor = p.governor;
        t.note = "content of " + std::string(CodeOf(root));
        if (root.targets.empty() && !t.targets.empty()) {
          root.targets = t.targets;
          root.rule += ", target from its content";
        }
        continue;
      }
      std::string_view proot = CodeOf(p).substr(0, 2);
      // 016: "membantah terlibat dalam serangan" denies the attack.
      // (English: what is permitted, "gave Russia permission to help
      // Israel", is not asserted either.)
      if (proot == "02" || proot == "10" || proot == "11" || proot == "12" ||
          proot == "13" || CodeOf(p) == "016" || (en_ && proot == "08")) {
        t.dropped = true;
        t.governor = static_cast<int>(k - 1);
        t.note = "content of " + std::string(CodeOf(p)) + " '" +
                 std::string(Surface(toks_[p.tb].begin, toks_[p.te - 1].end)) + "'";
        // English "claimed that ISIL had attacked Iraq": an accusation is
        // aimed at the doer of what it reports; "claimed that they had
        // attacked Iraq", the speaker's own act, claims responsibility.
        if (en_ && proot == "11" && !t.sources.empty() && !p.sources.empty() &&
            (p.targets.empty() || p.targets == t.sources)) {
          const std::string& own = x_.mentions[p.sources[0]].code;
          const std::string& doer = x_.mentions[t.sources[0]].code;
          if (own.size() >= 3 && doer.size() >= 3 && SameActor(own, doer)) {
            if (!t.targets.empty() && CodeOf(t).substr(0, 2) >= "14") {
              p.code = "015";
              p.targets = t.targets;
              p.rule += ", responsibility for its content";
            }
          } else {
            p.targets = t.sources;
            p.rule += ", target the doer of its content";
          }
        }
        // "menolak seruan untuk melonggarkan sanksi pada Korea Utara": the
        // refusal is aimed at whom the content names.
        if (p.targets.empty() && !t.targets.empty()) {
          p.targets = t.targets;
          p.rule += ", target from its content";
        }
      } else if (proot == "03") {
        // English "invited Uganda's president to visit": what the object
        // is asked to do is no intent of its own; the invitation is the
        // event, aimed at the object.
        if (en_ && !p.targets.empty() && p.targets == t.sources &&
            p.rule.find("target=object") != std::string::npos) {
          t.dropped = true;
          t.governor = static_cast<int>(k - 1);
          t.note = "content of " + std::string(CodeOf(p));
          continue;
        }
        std::string ic = CodeOf(t).starts_with("03") ? std::string(CodeOf(t))
                                                     : IntentCode(CodeOf(t));
        if (ic.empty()) continue;
        t.code = ic;
        t.note = "intent: agreed or promised by '" +
                 std::string(Surface(toks_[p.tb].begin, toks_[p.te - 1].end)) + "'";
        if (t.sources.empty()) t.sources = p.sources;
        if (t.targets.empty()) {
          t.targets = p.targets;
          t.reciprocal = p.reciprocal;
        }
        p.dropped = true;
      }
    }
  }

  // English "the convoy was destroyed by a rocket attack", "the jet was
  // blown up by a surface-to-air missile fired by X": a weapon named as
  // the agent of a passive attack is its means, and CAMEO codes an attack
  // by its means (19x). The act takes the weapon's code; the weapon is no
  // event of its own. Determiners, modifiers and a model name ("a Scud
  // missile") may stand between "by" and the weapon.
  void WeaponAgents() {
    auto& ts = x_.triggers;
    for (Trigger& t : ts) {
      if (t.dropped || t.voice != Voice::kPassive) continue;
      std::string_view root = CodeOf(t).substr(0, 2);
      if (root != "17" && root != "18" && root != "19") continue;
      const Clause& c = x_.clauses[t.clause];
      uint32_t k = t.te;
      while (k < c.te && !Is(k, dict::kAgentPrep) && !IsAnyPunct(k) && k < t.te + 5) ++k;
      if (k >= c.te || !Is(k, dict::kAgentPrep)) continue;
      uint32_t w = k + 1, skipped = 0;
      while (w < c.te && !x_.info[w].trigger && skipped < 4) {
        int mi = x_.info[w].mention;
        bool filler = Is(w, dict::kNpFiller) ||
                      (mi < 0 && toks_[w].kind == text::TokenKind::kWord && x_.info[w].cls == 0) ||
                      (mi >= 0 && x_.mentions[mi].code.empty() && x_.mentions[mi].role.empty());
        if (!filler) break;
        ++w;
        ++skipped;
      }
      if (w >= c.te || !x_.info[w].trigger) continue;
      for (Trigger& weapon : ts) {
        if (&weapon == &t || weapon.tb != w || weapon.dropped) continue;
        std::string_view wc = CodeOf(weapon);
        if (!wc.starts_with("19")) break;
        t.code = std::string(wc);
        t.note = "means: the weapon after 'by' (" + TriggerText(weapon) + ")";
        weapon.dropped = true;
        break;
      }
    }
  }

  // English "jailed a student for helping militants", "praised Chile for
  // hosting the talks": the act after "for" is the reason the text gives
  // for an act coded before it, not reported as an event of its own.
  void ReasonGerunds() {
    auto& ts = x_.triggers;
    for (size_t k = 1; k < ts.size(); ++k) {
      Trigger& t = ts[k];
      if (t.dropped || t.tb == 0 || Norm(t.tb - 1) != "for" || !Norm(t.tb).ends_with("ing"))
        continue;
      bool before = false;
      for (size_t j = 0; j < k; ++j)
        before |= !ts[j].dropped && ts[j].te < t.tb && !d_.patterns()[ts[j].pattern].speech;
      if (!before) continue;
      t.dropped = true;
      t.note = "reason for an earlier act";
      // and what it governs ("for helping militants attack Y")
      for (size_t j = k + 1; j < ts.size() && Governs(ts[j - 1], ts[j]); ++j) {
        ts[j].dropped = true;
        ts[j].note = "content of a reason";
      }
    }
  }

  // "X mengecam ..., dan mendesak Y": a verb of the same subject with no
  // actor object shares the object of its coordinated verb.
  void ShareCoordinatedTargets() {
    auto& ts = x_.triggers;
    for (size_t a = 0; a < ts.size(); ++a) {
      if (!ts[a].targets.empty() || ts[a].sources.empty() ||
          d_.patterns()[ts[a].pattern].speech || !IsVerbal(ts[a].voice))
        continue;
      // Only a verb with a non-actor noun object ("mengecam transfer
      // senjata"), not one with a clause ("memperingatkan bahwa").
      uint32_t nx = ts[a].te;
      if (nx >= toks_.size() || toks_[nx].kind != text::TokenKind::kWord ||
          x_.info[nx].cls != 0 || x_.info[nx].mention >= 0)
        continue;
      for (size_t b = a + 1; b < ts.size(); ++b) {
        if (x_.clauses[ts[b].clause].kind != ClauseKind::kCoordVP) continue;
        if (ts[b].sources != ts[a].sources || ts[b].targets.empty()) continue;
        ts[a].targets = ts[b].targets;
        ts[a].rule += ", target shared with coordinated verb";
        break;
      }
    }
  }

  // "Iran menuntut pencabutan sanksi, tetapi Prancis mengatakan ...": a
  // demand or appeal aimed at no one named is aimed at the actor who answers
  // it in the contrasting clause after it (tetapi, tapi, namun).
  void ContrastAddressees() {
    for (Trigger& t : x_.triggers) {
      std::string_view root = CodeOf(t).substr(0, 2);
      if ((root != "10" && root != "02") || t.sources.empty() || !t.targets.empty() ||
          d_.patterns()[t.pattern].speech || t.negated)
        continue;
      const std::string& own = x_.mentions[t.sources[0]].code;
      for (size_t c = t.clause + 1; c < x_.clauses.size(); ++c) {
        const Clause& cl = x_.clauses[c];
        std::string_view w = Norm(cl.tb);
        if (IsAnyPunct(cl.tb) && cl.tb + 1 < cl.te) w = Norm(cl.tb + 1);
        if (cl.kind != ClauseKind::kSubordinate && cl.kind != ClauseKind::kAfterComma) break;
        if (w != "tetapi" && w != "tapi" && w != "namun") continue;
        for (size_t k = 0; k < x_.mentions.size(); ++k) {
          const Mention& m = x_.mentions[k];
          if (m.tb < cl.tb || m.te > cl.te) continue;
          if (!Usable(m) || m.code.size() < 3 || PrepBefore(m.tb) ||
              (own.size() >= 3 && own.compare(0, 3, m.code, 0, 3) == 0))
            break;
          t.targets = GroupOf(static_cast<int>(k));
          t.rule += ", target answers in a contrasting clause";
          break;
        }
        break;
      }
    }
  }

  // ---- place ----
  // The place a sentence ties to trigger t: a capitalised name after "di"
  // or "ke" ("tiba di Pyongyang", "ke Kota Perm, Rusia") in the trigger's
  // clause, at most eight words away, the nearest first. Homonyms are resolved by the
  // event's actors' countries, then Indonesia (the news is Indonesian), then
  // population. No such phrase, no location: warta does not guess.
  std::optional<Location> FindLocation(const Trigger& t,
                                       std::span<const std::string_view> countries) const {
    if (g_ == nullptr) return std::nullopt;
    std::optional<Location> best;
    long best_d = 1L << 30;
    std::string key;
    // Only a preposition within eight words of the trigger can qualify.
    const size_t first = t.tb > 8 ? t.tb - 8 : 0, last = size_t{t.te} + 8;
    for (size_t i = first; i + 1 < toks_.size() && i <= last; ++i) {
      std::string_view n = Norm(i);
      if (en_ ? !Is(i, dict::kPlacePrep) : (n != "di" && n != "ke")) continue;
      // Same clause, and near: "tiba di X", "kunjungan ... ke X"; a place
      // further off belongs to another part of the sentence.
      long d = i >= t.te ? static_cast<long>(i - t.te) : static_cast<long>(t.tb - i);
      if (x_.info[i].clause != t.clause || d > 8) continue;
      size_t b = i + 1;
      // "di kota Perm", "ke Provinsi Aceh": skip the kind of place.
      std::string_view nb = Norm(b);
      if ((nb == "kota" || nb == "provinsi" || nb == "wilayah" || nb == "negara" ||
           nb == "kawasan" || nb == "pulau" || nb == "kabupaten" || nb == "bandara") &&
          b + 1 < toks_.size() && toks_[b + 1].shape != text::Shape::kLower)
        ++b;
      // English "in the city of Aleppo", "in the capital Kyiv".
      if (en_) {
        if (b + 1 < toks_.size() && Norm(b) == "the") ++b;
        if (Is(b, dict::kPlaceKind) && b + 1 < toks_.size()) {
          ++b;
          if (Is(b, dict::kOf) && b + 1 < toks_.size()) ++b;
        }
      }
      if (b >= toks_.size()) continue;
      if (toks_[b].kind != text::TokenKind::kWord || toks_[b].shape == text::Shape::kLower)
        continue;
      // Longest capitalised run that the gazetteer knows.
      size_t max_e = b;
      while (max_e < toks_.size() && max_e - b < static_cast<size_t>(g_->max_key_words()) &&
             toks_[max_e].kind == text::TokenKind::kWord &&
             toks_[max_e].shape != text::Shape::kLower)
        ++max_e;
      for (size_t e = max_e; e > b; --e) {
        // English "North Waziristan": "North" alone is no place.
        if (en_ && e == b + 1 && Is(b, dict::kNpFiller)) break;
        // English "at a Kenya Airways jet": a place name inside a
        // longer name of a company or body is no place ("the Gaza Strip"
        // still places Gaza).
        if (en_ && x_.info[e - 1].mention >= 0 &&
            x_.mentions[x_.info[e - 1].mention].te > e &&
            x_.mentions[x_.info[e - 1].mention].code.size() > 3)
          continue;
        key.clear();
        place::Gazetteer::AppendKey(
            Surface(toks_[b].begin, toks_[e - 1].end), &key);
        // "Perm, Rusia": a country named right after narrows the choice.
        std::string_view prefer[4];
        size_t np = 0;
        if (e + 1 < toks_.size() && IsPunct(e, ",") && x_.info[e + 1].mention >= 0)
          prefer[np++] = std::string_view(x_.mentions[x_.info[e + 1].mention].code).substr(0, 3);
        for (size_t c = 0; c < countries.size() && c < 2; ++c) prefer[np++] = countries[c];
        if (!en_) prefer[np++] = "IDN";
        const place::Place* p =
            g_->Resolve(key, std::span<const std::string_view>(prefer, np));
        if (p == nullptr) continue;
        if (d < best_d) {
          best_d = d;
          Location loc;
          loc.text = std::string(Surface(toks_[i].begin, toks_[e - 1].end));
          loc.name = std::string(p->name);
          loc.country = std::string(p->country);
          loc.adm1 = std::string(p->adm1);
          if (p->has_latlon) {
            loc.lat = p->lat;
            loc.lon = p->lon;
            loc.has_latlon = true;
          }
          loc.feature = std::string(place::FeatureName(p->feature));
          loc.geonames_id = p->geonames_id;
          loc.start = toks_[b].begin;
          loc.end = toks_[e - 1].end;
          best = std::move(loc);
        }
        break;
      }
    }
    return best;
  }

  // Prints the sentence's analysis to stderr (WARTA_DEBUG=1).
  void Debug() const {
    std::fprintf(stderr, "--- sentence %d\n", ctx_.sentence);
    for (size_t i = 0; i < toks_.size(); ++i) {
      const TokInfo& ti = x_.info[i];
      std::string roots;
      for (uint32_t k = ti.roots_begin; k < ti.roots_end; ++k)
        roots += std::string(d_.vocab().Word(x_.roots[k].root)) + "/" +
                 VoiceName(RootVoice(i, k)) + " ";
      std::fprintf(stderr, "  %2zu %-16.*s cls=%06x m=%d t=%d c=%d %s%s\n", i,
                   static_cast<int>(Norm(i).size()), Norm(i).data(), ti.cls,
                   ti.mention, ti.time, ti.clause, ti.trigger ? "TRIG " : "",
                   roots.c_str());
    }
    for (const Mention& m : x_.mentions)
      std::fprintf(stderr, "  mention [%u,%u) %s '%s' via=%s group=%d ref=%d\n",
                   m.tb, m.te, m.code.c_str(), std::string(m.text).c_str(),
                   std::string(m.via).c_str(),
                   m.group, m.referential);
    for (const Clause& c : x_.clauses)
      std::fprintf(stderr, "  clause [%u,%u) kind=%d verb=%d\n", c.tb, c.te,
                   static_cast<int>(c.kind), c.has_verb);
    for (const Trigger& t : x_.triggers)
      std::fprintf(stderr, "  trigger [%u,%u) %s src=%zu tgt=%zu neg=%d %s\n",
                   t.tb, t.te, d_.patterns()[t.pattern].text.c_str(),
                   t.sources.size(), t.targets.size(), t.negated, t.rule.c_str());
  }

  // Roles of a state's own society, which a state actor acting on them
  // shares its country with.
  static bool DomesticRole(std::string_view role) {
    static constexpr std::string_view kRoles[] = {"OPP", "CVL", "LAB", "EDU", "MED",
                                                  "BUS", "PTY", "CRM", "HLH", "AGR"};
    for (std::string_view r : kRoles)
      if (role.substr(0, 3) == r) return true;
    return false;
  }

  // "Juru bicara pemerintah menegaskan", "Pejabat kementerian memanggil
  // pulang dubes": an organ of a state named without its state is the state
  // the document is about, the agent of the last sentence that coded one.
  // Only the state's own organs; a role of society ("demonstran") is not.
  std::string StateRoleCountry(const Mention& m) const {
    if (DomesticRole(m.role) || m.role.substr(0, 3) == "REF") return "";
    std::string country = TopicCountry();
    if (!IsCountryCode(country)) return "";
    return country;
  }

  // English: "Insurgents shelled Aleppo", "Congress pressed the President":
  // rebels or a legislature that no country, place or topic places is
  // still the actor, coded with CAMEO's unknown country "---",
  // when the other side is known. Roles of society stay uncoded.
  static void StatelessRole(Event* ev, const Mention& sm, const Mention& tm) {
    auto stateless = [](std::string_view role) {
      role = role.substr(0, 3);
      return role == "REB" || role == "LEG";
    };
    ActorRef& s = *ev->source;
    ActorRef& t = *ev->target;
    if (s.code.empty() && !t.code.empty() && stateless(sm.role)) {
      s.code = "---" + sm.role;
      ev->notes.push_back("source of no known country");
    } else if (t.code.empty() && !s.code.empty() && stateless(tm.role)) {
      t.code = "---" + tm.role;
      ev->notes.push_back("target of no known country");
    }
  }

  // RUSGOV and RUS name the same actor at two grains; IDNGOV and IDNOPP
  // are two actors of one country (a domestic event).
  static bool SameActor(const std::string& a, const std::string& b) {
    if (a == b) return true;
    if (a.size() < 3 || b.size() < 3 || a.compare(0, 3, b, 0, 3) != 0) return false;
    return a.size() == 3 || b.size() == 3;
  }

  // ---- output ----
  ActorRef Ref(int mi) const {
    ActorRef r;
    RefInto(mi, &r);
    return r;
  }
  // Ref(mi), written into `r` (whose strings keep their buffers).
  void RefInto(int mi, ActorRef* out) const {
    const Mention& m = x_.mentions[mi];
    ActorRef& r = *out;
    r.text = m.text;
    r.code = m.code;
    r.country.assign(m.code, 0, 3);
    r.start = m.start;
    r.end = m.end;
    r.via = m.via;
    r.entry = m.entry;
  }

  // The time expression governing trigger t: same clause, nearest; then the
  // clause of the speech verb that reports it; then the sentence.
  // The expression tk as the trigger's tense reads it: "akan ... pada
  // Desember" is the coming December, not the last one.
  const time::TimeExpr& TimeFor(const Trigger& t, int tk) {
    if (!t.future || !ctx_.doc_date) return s_->times[tk];
    if (x_.times_future.empty()) {
      std::string_view sent = Surface(ctx_.span.begin, ctx_.span.end);
      time::ResolveOptions future;
      future.future = true;
      time::FindTimeExpressions(sent, x_.time_tokens, TimeLang(), *ctx_.doc_date,
                                future, &x_.times_future);
    }
    for (const time::TimeExpr& te : x_.times_future)
      if (te.begin == s_->times[tk].begin) return te;
    return s_->times[tk];
  }

  int GoverningTime(const Trigger& t, int speech_clause) const {
    const auto& times = s_->times;
    if (times.empty()) return -1;
    auto pick = [&](auto in_scope) {
      int best = -1;
      long best_d = 1L << 30;
      for (size_t k = 0; k < times.size(); ++k) {
        if (times[k].kind == time::TimeKind::kDuration ||
            times[k].value.precision == time::Precision::kNone)
          continue;
        uint32_t b = ctx_.span.begin + times[k].begin;
        // The first token at or after b (tokens are in text order).
        size_t tok = static_cast<size_t>(
            std::partition_point(toks_.begin(), toks_.end(),
                                 [b](const text::Token& x) { return x.begin < b; }) -
            toks_.begin());
        if (!in_scope(tok)) continue;
        long d = std::labs(static_cast<long>(tok) - static_cast<long>(t.tb));
        if (d < best_d) {
          best_d = d;
          best = static_cast<int>(k);
        }
      }
      return best;
    };
    int r = pick([&](size_t tok) {
      return tok < toks_.size() && x_.info[tok].clause == t.clause;
    });
    if (r >= 0) return r;
    // "X pekan lalu mengecam ..., dan mendesak": the date of the first verb.
    for (int c = t.coordinated_with; c >= 0; c = x_.triggers[c].coordinated_with) {
      int clause = x_.triggers[c].clause;
      r = pick([&](size_t tok) {
        return tok < toks_.size() && x_.info[tok].clause == clause;
      });
      if (r >= 0) return r;
    }
    if (speech_clause >= 0) {
      r = pick([&](size_t tok) {
        return tok < toks_.size() && x_.info[tok].clause == speech_clause;
      });
      if (r >= 0) return r;
    }
    // Elsewhere in the sentence, but not inside another subordinate clause
    // ("X terjadi setelah Y pada September" does not date X).
    return pick([&](size_t tok) {
      return tok < toks_.size() &&
             x_.clauses[x_.info[tok].clause].kind != ClauseKind::kSubordinate;
    });
  }

  // '"Y terus menolak usulan damai dan menjatuhkan sanksi," ujar X': a
  // speaker who reports another state's political hostility aimed at no one named
  // (rejecting, threatening, sanctioning, coercing) is accusing that state.
  // The act has no target of its own, so without this nothing is coded.
  // Reported force (18-20) is left to its own event: "Kyiv mengatakan
  // pasukan Rusia menembaki Kharkiv" reports a shelling, not a complaint.
  void ReportedHostility(const std::vector<Speech>& speeches) {
    for (Trigger& t : x_.triggers) {
      const dict::Pattern& p = d_.patterns()[t.pattern];
      if (p.speech || t.dropped || t.negated || t.irrealis || t.hypothetical ||
          t.future || t.modal || t.sources.empty() || !t.targets.empty())
        continue;
      std::string_view code = CodeOf(t);
      int root = (code[0] - '0') * 10 + (code[1] - '0');
      if (root != 12 && root != 13 && root != 16 && root != 17) continue;
      const Mention& src = x_.mentions[t.sources[0]];
      if (src.code.size() < 3 || !IsCountryCode(src.code)) continue;
      const Speech* s = FirstSpeaker(speeches, t);
      if (!s) continue;
      const Mention& who = x_.mentions[s->who[0]];
      if (who.code.size() < 3 || who.code.compare(0, 3, src.code, 0, 3) == 0) continue;
      t.targets = t.sources;
      t.sources = s->who;
      t.code = "112";
      t.note = "accusation: the speaker reports '" + TriggerText(t) + "' by the target";
    }
  }

  // The words of trigger t, as written.
  std::string TriggerText(const Trigger& t) const {
    return std::string(Surface(toks_[t.tb].begin, toks_[t.te - 1].end));
  }

  // "di tengah kabar bahwa ia akan mundur": a future act known only from a
  // report, rumour or speculation named by a noun is not asserted by anyone.
  bool Rumoured(const Trigger& t) const {
    if (!t.future) return false;
    const Clause& c = x_.clauses[t.clause];
    if (c.kind != ClauseKind::kComplement || c.tb == 0) return false;
    std::string_view n = Norm(c.tb - 1);
    return n == "laporan" || n == "kabar" || n == "rumor" || n == "isu" ||
           n == "spekulasi" || n == "desas-desus" || n == "dugaan";
  }

  void Emit(std::vector<Event>* out) {
    const size_t first_out = out->size();
    if (discard_ >= 0) return;  // sports, metaphor, ...: nothing to code
    if (x_.triggers.empty()) return;
    bool question = false, condition = false;
    for (size_t i = 0; i < toks_.size(); ++i) {
      question |= Is(i, dict::kQuestion) ||
                  (toks_[i].kind == text::TokenKind::kPunct && Norm(i) == "?");
      condition |= Is(i, dict::kCondition);
    }
    // Attribution: the speeches of the sentence.
    std::vector<Speech> speeches;
    for (const Trigger& t : x_.triggers) {
      if (!d_.patterns()[t.pattern].speech) continue;
      speeches.push_back({t.tb, t.sources, t.inverted, t.clause});
    }
    // "X mengatakan Y harus V": what Y must do is X's demand on Y. So is
    // "tuntutan X bahwa Y wajib V": a demand (10) or appeal (02) says it too.
    std::vector<Speech> demanders = speeches;
    for (const Trigger& t : x_.triggers) {
      std::string_view root = CodeOf(t).substr(0, 2);
      if ((root == "10" || root == "02") && !t.sources.empty())
        demanders.push_back({t.tb, t.sources, false, t.clause});
    }
    for (Trigger& t : x_.triggers) {
      if (!t.irrealis || t.dropped || t.sources.empty() ||
          d_.patterns()[t.pattern].speech)
        continue;
      // "gagasan mengenai Hungaria dan Slovakia yang wajib menampung
      // pengungsi": "wajib" said of the head of a relative clause describes
      // that head (what the idea says); it is not the speaker's demand.
      if (x_.clauses[t.clause].kind == ClauseKind::kRelative &&
          t.rule.find("source=relative-head") != std::string::npos)
        continue;
      const Speech* s = FirstSpeaker(demanders, t);
      if (!s) continue;
      t.targets = t.sources;
      t.sources = s->who;
      t.code = "100";
      t.note = "demand: '" + TriggerText(t) + "' is what the speaker says the target must do";
      // "X menegaskan Y merugikan nelayan Z": a charge read the same way is
      // X's accusation of Y, with the pattern's own code.
      if (const dict::Pattern& dp = d_.patterns()[t.pattern]; dp.demand && dp.code != "100") {
        t.code = dp.code;
        t.note = "accusation: '" + TriggerText(t) + "' is what the speaker says the target did";
      }
      t.irrealis = false;
      t.reciprocal = false;
    }
    ReportedHostility(speeches);
    int according = -1;
    for (size_t i = 0; i + 1 < toks_.size(); ++i) {
      if (!Is(i, dict::kAccording)) continue;
      if (Is(i, dict::kAccording) && x_.info[i + 1].mention >= 0)
        according = x_.info[i + 1].mention;
      // English "according to X".
      if (en_ && Is(i, dict::kAccording) && i + 2 < toks_.size() &&
          Is(i + 1, dict::kPrep) && x_.info[i + 2].mention >= 0)
        according = x_.info[i + 2].mention;
    }

    for (const Trigger& t : x_.triggers) {
      const dict::Pattern& p = d_.patterns()[t.pattern];
      // Negated, asked, or only a condition ("jika X menyerang, Y akan
      // membalas"): nothing happened.
      // English "will impose sanctions unless ...", "said it would lift
      // them if ...": an act announced on a condition is a threat or an
      // offer, what CAMEO's 13 and 03 codes are (not a prediction).
      std::string_view committed = CodeOf(t).substr(0, 2);
      bool commitment =
          en_ && condition && !p.speech && !t.negated &&
          x_.clauses[t.clause].kind != ClauseKind::kCondition &&
          ((!t.code.empty() && (committed == "13" || committed == "03")) ||
           (t.announced && !IntentCode(CodeOf(t)).empty()));
      bool conditional =
          condition && !p.speech && !commitment &&
          (x_.clauses[t.clause].kind == ClauseKind::kCondition || t.future ||
           (t.modal && !en_));  // English "is ready to help if ...": an offer
      if (t.dropped || t.hypothetical || question || conditional) continue;
      if (t.irrealis || Rumoured(t)) continue;
      if (t.negated && (!t.refused || RefusalCode(t).empty())) continue;
      if (t.sources.empty()) continue;
      // "menyatakan keprihatinan": the noun after the verb of saying is the
      // event; the statement adds nothing.
      if (p.speech && t.te < toks_.size() && x_.info[t.te].trigger) continue;
      const std::vector<int>& targets = t.targets;
      bool allow_empty = (p.speech && ctx_.untargeted_statements) || p.notarget || p.domestic;
      if (targets.empty() && !allow_empty) continue;

      // Attribution and the clause of the speech verb that reports this:
      // the last speech that covers it, its speaker built once.
      std::optional<ActorRef> attribution;
      int speech_clause = -1;
      if (!p.speech) {
        int speaker = -1;         // the last covering speaker's mention
        bool remembered = false;  // or the speaker in memory
        for (const Speech& s : speeches) {
          if (s.who.empty() && !s.after) continue;
          if (!s.Covers(t)) continue;
          if (!s.who.empty()) {
            speaker = s.who[0];
            remembered = false;
          } else if (mem_->speaker) {
            speaker = -1;
            remembered = true;
          }
          speech_clause = s.clause;
        }
        if (speaker >= 0) {
          attribution = Ref(speaker);
        } else if (remembered) {
          ActorRef r;
          r.text = mem_->speaker->text;
          r.code = mem_->speaker->code;
          r.country = r.code.substr(0, 3);
          r.via = "memory";
          attribution = r;
        }
        if (!attribution && according >= 0) attribution = Ref(according);
      }

      std::vector<std::pair<int, int>> pairs;
      for (int s : t.sources) {
        if (targets.empty()) {
          pairs.push_back({s, -1});
          continue;
        }
        for (int g : targets) {
          if (s == g || (!x_.mentions[s].code.empty() &&
                         SameActor(x_.mentions[s].code, x_.mentions[g].code)))
            continue;
          pairs.push_back({s, g});
          // A mutual act is coded both ways, but not an intent to do it
          // ("Moskow siap berunding dengan Kyiv" is Moscow's intent).
          if (p.symmetric && !t.reciprocal && t.code.empty() && !t.negated)
            pairs.push_back({g, s});
        }
      }
      // English: an act that needs no target whose only target is the
      // source's own ("Syria offered its troops"): coded with none.
      if (en_ && pairs.empty() && allow_empty)
        for (int s : t.sources) pairs.push_back({s, -1});
      // Speech with a source but no target: a statement to nobody named.
      std::sort(pairs.begin(), pairs.end());
      pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
      std::string event_code = t.negated ? RefusalCode(t) : std::string(CodeOf(t));
      // "X said it will withdraw its inspectors": an act its actor announces
      // is an intent (CAMEO 03, or a threat); "X will visit Y" reports a
      // plan and keeps the act's code.
      if (t.announced && !t.negated && !p.speech &&
          (attribution || speech_clause >= 0 || commitment))
        if (std::string ic = IntentCode(event_code); !ic.empty()) event_code = ic;
      // The guest's visit: (target, source) pairs after this mark take 042.
      size_t hosted = pairs.size();
      if (t.guest && event_code == "043") {
        for (size_t k = 0; k < hosted; ++k)
          if (pairs[k].second >= 0) pairs.push_back({pairs[k].second, pairs[k].first});
      }
      const std::string host_code = event_code;
      for (size_t pk = 0; pk < pairs.size(); ++pk) {
        auto [s, g] = pairs[pk];
        if (pk >= hosted) event_code = "042";  // (else still host_code)
        // Built in place in `out` (an Event is large and costly to move);
        // taken back out unless it is kept.
        struct Keep {
          std::vector<Event>* out;
          bool kept = false;
          ~Keep() {
            if (!kept) out->pop_back();
          }
        } keep{out};
        Event& ev = out->emplace_back();
        RefInto(s, &ev.source.emplace());
        if (g >= 0) RefInto(g, &ev.target.emplace());
        // Where it happened, from the actors' countries known so far.
        {
          std::string_view cs[2] = {ev.source->country,
                                    ev.target ? std::string_view(ev.target->country)
                                              : std::string_view()};
          ev.location = FindLocation(t, std::span<const std::string_view>(cs, ev.target ? 2 : 1));
        }
        // A role with no country ("demonstran", "pengungsi") takes the
        // country of the place the sentence names, else, for people of a
        // state's own society (protesters, activists, journalists...), the
        // country of the state actor acting on them: a domestic event.
        auto fill = [&](ActorRef* side, const Mention& m, const ActorRef& other,
                        const char* which) {
          if (!side->code.empty() || m.role.empty()) return;
          // English "rebels fired rockets at Kenya": the place that is the
          // other side itself does not make the rebels Kenyan.
          bool other_place = en_ && ev.location && other.code.size() == 3 &&
                             ev.location->start < other.end && other.start < ev.location->end;
          if (ev.location && !other_place) {
            side->code = ev.location->country + m.role;
            ev.notes.push_back(std::string(which) + " country from the place");
          } else if (!other.code.empty() && DomesticRole(m.role)) {
            side->code = other.code.substr(0, 3) + m.role;
            ev.notes.push_back(std::string(which) + " country from the other actor");
          } else if (std::string c = StateRoleCountry(m); !c.empty()) {
            side->code = c + m.role;
            ev.notes.push_back(std::string(which) + " country from the document's topic");
          }
        };
        if (ev.target) {
          fill(&*ev.source, x_.mentions[s], *ev.target, "source");
          fill(&*ev.target, x_.mentions[g], *ev.source, "target");
        } else if (en_ && ev.source->code.empty() && ev.location &&
                   ev.location->country.size() == 3 && !x_.mentions[s].role.empty()) {
          // English, no target: "demonstrators protesting in Monrovia".
          ev.source->code = ev.location->country + x_.mentions[s].role;
          ev.notes.push_back("source country from the place");
        }
        // English: a target of no known country ("will release Prime
        // Minister X") is dropped from an act that needs none.
        if (en_ && allow_empty && ev.target && ev.target->code.empty() &&
            !ev.source->code.empty()) {
          ev.target.reset();
          ev.notes.push_back("target of no known country left out");
        }
        // A domestic act with no actor as target ("lifted the state of
        // emergency in Darfur") falls on the country where it happens.
        bool domestic = false;
        if (!ev.target && p.domestic && ev.source->code.size() >= 3) {
          ActorRef where;
          if (ev.location && ev.location->country.size() == 3) {
            where.code = ev.location->country;
            where.text = ev.location->text;
            where.start = ev.location->start;
            where.end = ev.location->end;
            where.via = "place";
          } else if (int pm = en_ ? PlaceActor(t) : -1; pm >= 0) {
            // English "in the West Bank": a country or territory the
            // actors list names where the gazetteer knows no place.
            const Mention& pl = x_.mentions[pm];
            where.code = pl.code;
            where.text = pl.text;
            where.start = pl.start;
            where.end = pl.end;
            where.via = "place";
          } else if (en_ && event_code == "018") {
            continue;  // English condolences: to the place of the tragedy only
          } else {
            where.code = ev.source->code.substr(0, 3);
            where.text = ev.source->text;
            where.start = ev.source->start;
            where.end = ev.source->end;
            where.via = "source";
          }
          ev.target = where;
          ev.notes.push_back("domestic act: the target is the country of the " + where.via);
          domestic = true;
        }
        if (en_ && ev.target) StatelessRole(&ev, x_.mentions[s], x_.mentions[g]);
        if (ev.source->code.empty() || (ev.target && ev.target->code.empty())) continue;
        ev.source->country = ev.source->code.substr(0, 3);
        if (ev.target) {
          ev.target->country = ev.target->code.substr(0, 3);
          if (!domestic && SameActor(ev.source->code, ev.target->code)) continue;
        }
        // One sentence that states an event twice states one event: known
        // before the rest of the event is built.
        bool dup = false;
        for (size_t k = first_out; k + 1 < out->size() && !dup; ++k) {
          const Event& o = (*out)[k];
          dup = o.cameo_code == event_code && o.source->code == ev.source->code &&
                (o.target ? std::string_view(o.target->code) : std::string_view()) ==
                    (ev.target ? std::string_view(ev.target->code) : std::string_view());
        }
        if (dup) continue;
        const Mention& sm = x_.mentions[s];
        ev.doc_id = std::string(ctx_.doc_id);
        ev.sentence = ctx_.sentence;
        ev.paragraph = ctx_.paragraph;
        const dict::CameoCode* code = d_.cameo().Find(event_code);
        ev.cameo_code = event_code;
        ev.cameo_root.assign(event_code, 0, 2);
        if (!t.note.empty()) ev.notes.push_back(t.note);
        if (t.negated)
          ev.notes.push_back("refusal: negated '" + std::string(CodeOf(t)) + "'");
        if (code) {
          ev.cameo_name = code->name;
          ev.goldstein = code->goldstein;
          ev.quad_class = code->quad_class();
          if (code->plover_type != "dropped") {
            ev.plover_type = code->plover_type;
            ev.plover_mode = code->plover_mode;
          }
        }
        ev.attribution = attribution;
        ev.evidence_start = ctx_.span.begin;
        ev.evidence_end = ctx_.span.end;
        ev.evidence_text = std::string(Surface(ctx_.span.begin, ctx_.span.end));
        ev.trigger_start = toks_[t.tb].begin;
        ev.trigger_end = toks_[t.te - 1].end;
        ev.trigger_text = std::string(Surface(ev.trigger_start, ev.trigger_end));
        ev.rule.reserve(p.where.size() + p.text.size() + t.rule.size() + 4);
        ev.rule.append(p.where).append(" ").append(p.text).append(" (").append(t.rule).append(")");
        if (sm.via == "memory") ev.notes.push_back("source from document memory");
        if (g >= 0 && x_.mentions[g].via == "memory")
          ev.notes.push_back("target from document memory");
        if (!sm.via.empty() && sm.via != "memory")
          ev.notes.push_back(std::string("source code by ").append(sm.via));
        ev.future = t.future || t.modal;
        int tk = GoverningTime(t, speech_clause);
        if (tk >= 0) {
          const time::TimeExpr& te = TimeFor(t, tk);
          ev.date = time::FormatDate(te.value);
          ev.date_precision = time::PrecisionName(te.value.precision);
          ev.date_source = "text";
          ev.date_text = std::string(Surface(ctx_.span.begin + te.begin,
                                             ctx_.span.begin + te.end));
          if (te.explicit_year && ctx_.doc_date &&
              te.value.date.year <= ctx_.doc_date->year - 2)
            ev.historical = true;
        } else if (ctx_.doc_date) {
          ev.date = time::FormatDate({*ctx_.doc_date, time::Precision::kDay});
          ev.date_precision = "day";
          ev.date_source = "document";
        }
        ev.event_id = EventId(ev.doc_id, ev.evidence_start, ev.evidence_end,
                              ev.trigger_start, ev.cameo_code,
                              ev.source->code,
                              ev.target ? std::string_view(ev.target->code) : std::string_view());
        keep.kept = true;
      }
    }
  }

  void Remember() {
    auto pair = [&](const std::string& a, const std::string& b) {
      if (a.size() < 3 || b.size() < 3 || a.substr(0, 3) == b.substr(0, 3)) return;
      mem_->pairs.emplace_back(a.substr(0, 3), b.substr(0, 3));
    };
    for (const auto& g : x_.groups)
      if (g.size() == 2) pair(x_.mentions[g[0]].code, x_.mentions[g[1]].code);
    for (const Trigger& t : x_.triggers)
      if (!t.sources.empty() && !t.targets.empty() && !t.reciprocal &&
          d_.patterns()[t.pattern].symmetric)
        pair(x_.mentions[t.sources[0]].code, x_.mentions[t.targets[0]].code);
    while (mem_->pairs.size() > 16) mem_->pairs.pop_front();
    for (const Trigger& t : x_.triggers) {
      if (t.dropped || t.sources.empty()) continue;
      const Mention& m = x_.mentions[t.sources[0]];
      if (m.code.empty()) continue;
      mem_->topic = DocMemory::Seen{m.code, m.text, m.start, m.end, m.entry, m.person};
      break;
    }
    for (const Trigger& t : x_.triggers) {
      if (d_.patterns()[t.pattern].speech && !t.sources.empty()) {
        const Mention& m = x_.mentions[t.sources[0]];
        mem_->speaker = DocMemory::Seen{m.code, m.text, m.start, m.end, m.entry, m.person};
      }
    }
    // Last, as the sentence's mentions are done with: their strings move.
    for (Mention& m : x_.mentions) {
      if (m.code.empty() || !m.referential) continue;
      mem_->mentions.push_back({std::move(m.code), std::move(m.text), m.start, m.end,
                                std::move(m.entry), m.person,
                                m.person ? NameKeys(m.text) : 0});
    }
    while (mem_->mentions.size() > 64) mem_->mentions.pop_front();
  }

  const dict::Dictionary& d_;
  const lang::id::Morphology* m_;   // Indonesian; null for English
  const lang::en::Morphology* en_;  // English; null for Indonesian
  const place::Gazetteer* g_;
  const SentenceContext& ctx_;
  Scratch* s_;
  Scratch::Impl& x_;
  DocMemory* mem_;
  // The sentence's tokens, set once they are made. A span: its size is a
  // stored count, not a division by the size of a Token.
  std::span<const text::Token> toks_;
  int discard_ = -1;  // the discard entry found in the sentence, or -1
};

}  // namespace

void Extractor::CodeSentence(const SentenceContext& ctx, Scratch* scratch,
                             DocMemory* memory, std::vector<Event>* out) const {
  SentenceCoder(*dict_, morph_, en_morph_, gazetteer_, ctx, scratch, memory).Run(out);
}

}  // namespace warta::extract
