// Dictionary: one language's actors, roles, event patterns and grammatical
// words, parsed from data/<lang>/ and compiled for matching.
//
// The files and their format are described in docs/dictionaries.md. Load
// stops at the first malformed line and names it (file:line); Check (see
// dict/check.h) reports every problem instead.
//
// Phrases are compiled into tries over interned word ids, patterns are
// indexed by their first element, so that matching a sentence costs a few
// hash lookups per token. Immutable once loaded; safe to share across threads.
#ifndef WARTA_DICT_DICTIONARY_H_
#define WARTA_DICT_DICTIONARY_H_

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "dict/cameo.h"
#include "dict/iso3166.h"
#include "dict/vocab.h"
#include "lang/id/morphology.h"
#include "text/tokenize.h"
#include "time/date.h"
#include "warta/status.h"

namespace warta::dict {

// How a dictionary word constrains the case of the text word it matches.
enum class CaseReq : uint8_t { kAny, kInitialUpper, kAllUpper };

// True when a text token of shape `s` satisfies `req`.
bool CaseMatches(CaseReq req, text::Shape s);

struct ActorEntry {
  std::string code;    // "RUSGOV": 3-letter country or organisation + roles
  std::string phrase;  // as written in the file
  std::optional<time::Date> from, to;  // the dates the code holds, inclusive
  std::string section;                 // "countries", "persons", ...
  std::string where;                   // "data/id/actors.txt:12"
  std::vector<CaseReq> cases;          // one per word of the phrase
  // True when the entry holds on `date` (undated entries always hold).
  bool HoldsOn(const std::optional<time::Date>& date) const;
};

struct AgentEntry {
  std::string role;  // "GOV"
  std::string phrase;
  std::string where;
  std::vector<CaseReq> cases;
};

// A phrase that takes a sentence out of scope (sports, metaphor, ...).
struct DiscardEntry {
  std::string phrase;
  std::string section;  // "sports", "metaphor", ...
  std::string where;
  std::vector<CaseReq> cases;
};

enum class ElemKind : uint8_t { kWord, kRoot, kGap };
struct Element {
  ElemKind kind = ElemKind::kWord;
  WordId id = kNoWord;  // the word or the root; unused for kGap
};

struct Pattern {
  std::string code;  // CAMEO event code
  std::vector<Element> elems;
  bool speech = false;
  bool symmetric = false;
  bool notarget = false;
  // With no actor as target, the act falls on a country's own people: the
  // country of the place named, else the source's ("lifted the state of
  // emergency in Darfur").
  bool domestic = false;
  bool inverse = false;      // the subject receives: "menerima bantuan dari X"
  bool demand = false;       // "Y harus ...": a demand of the speaker on Y
  std::string object_code;   // code when an actor is the direct object
  std::string text;   // the pattern as written
  std::string where;  // file:line
};

// Classes of grammatical words (words.txt sections). A word may be in several.
enum WordClass : uint32_t {
  kNegation = 1u << 0,
  kFuture = 1u << 1,
  kCondition = 1u << 2,
  kClause = 1u << 3,      // starts a subordinate clause
  kComplement = 1u << 4,  // bahwa, that
  kRelative = 1u << 5,    // yang
  kCoord = 1u << 6,       // dan, serta
  kTargetPrep = 1u << 7,  // ke, kepada, terhadap ...
  kAgentPrep = 1u << 8,   // oleh, by
  kNpFiller = 1u << 9,    // para, seorang, tinggi ...
  kPronoun = 1u << 10,    // ia, mereka ...
  kDemonstrative = 1u << 11,  // itu, tersebut, ini
  kAnaphorHead = 1u << 12,    // negara, pihak
  kBoth = 1u << 13,           // kedua
  kAccording = 1u << 14,      // menurut
  kAdverb = 1u << 15,  // telah, sudah, juga, pernah: skipped between words
  kModal = 1u << 16,   // ingin, mau: intent
  kRelational = 1u << 17,  // sekutu, mitra: "sekutu X" is not X
  kDiscard = 1u << 18,     // the sentence is off topic (sports, ...)
  kQuestion = 1u << 19,    // apakah
  kPrep = 1u << 20,        // any preposition: di, dari, ke, antara ...
  kIrrealis = 1u << 21,    // harus, perlu: the act after it is not asserted
  kNumeral = 1u << 22,     // satu, dua, puluh, juta: numbers in words
  kHypothetical = 1u << 23,  // dapat, bisa: an ability, not an act
  // Classes English uses (see docs/dictionaries.md).
  kNominal = 1u << 24,    // invasion (of invade): a noun of an act
  kOf = 1u << 25,         // of: "the foreign minister of Russia"
  kBetween = 1u << 26,    // between: "talks between X and Y"
  kFrom = 1u << 27,       // from: "aid from X", "Kozlov from Russia"
  kPurpose = 1u << 28,    // to: "urged X to V"
  kPlacePrep = 1u << 29,  // in, at: "in Geneva" names a place
  kPlaceKind = 1u << 30,  // city, province: "in the city of Aleppo"
};

// A trie over word ids. Node 0 is the root.
class PhraseTrie {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  PhraseTrie() : terminals_(1) {}
  // Adds a path and returns its end node.
  uint32_t Add(std::span<const WordId> words);
  uint32_t Child(uint32_t node, WordId w) const {
    if (node == 0) return w < root_edges_.size() ? root_edges_[w] : kNone;
    auto it = edges_.find((static_cast<uint64_t>(node) << 32) | w);
    return it == edges_.end() ? kNone : it->second;
  }
  void AddTerminal(uint32_t node, uint32_t entry) {
    terminals_[node].push_back(entry);
  }
  const std::vector<uint32_t>& Terminals(uint32_t node) const {
    return terminals_[node];
  }

 private:
  // Every token is looked up at the root: those edges are an array indexed
  // by word (kNone where there is none), the deeper ones a hash map.
  std::vector<uint32_t> root_edges_;
  absl::flat_hash_map<uint64_t, uint32_t> edges_;  // (node << 32 | word) -> node
  std::vector<std::vector<uint32_t>> terminals_;
};

class Dictionary {
 public:
  // Loads data_dir/<lang>/{actors,agents,verbs,words}.txt and
  // data_dir/cameo/cameo.tsv. Roots of `+root` pattern elements are added to
  // `lexicon`, so morphology proposes them even when hunspell lacks them.
  // `lexicon` may be null for a language whose morphology needs none (en).
  //
  // `countries` adds packaged country names (see dict/iso3166.h) after
  // actors.txt, in the section "countries", as undated entries; a phrase
  // actors.txt already has keeps its entry.
  static Result<Dictionary> Load(const std::filesystem::path& data_dir,
                                 std::string_view lang,
                                 lang::id::Lexicon* lexicon,
                                 const std::vector<CountryName>* countries = nullptr);

  Dictionary(Dictionary&&) = default;
  Dictionary& operator=(Dictionary&&) = default;
  Dictionary(const Dictionary&) = delete;  // large; share a const pointer

  const Vocab& vocab() const { return vocab_; }
  const CameoTable& cameo() const { return cameo_; }
  const PhraseTrie& actor_trie() const { return actor_trie_; }
  const PhraseTrie& agent_trie() const { return agent_trie_; }
  const std::vector<ActorEntry>& actors() const { return actors_; }
  const std::vector<AgentEntry>& agents() const { return agents_; }
  const PhraseTrie& discard_trie() const { return discard_trie_; }
  const std::vector<DiscardEntry>& discards() const { return discards_; }
  const std::vector<Pattern>& patterns() const { return patterns_; }

  // Patterns whose first element is the word or root `id`, in file order.
  std::span<const uint32_t> PatternsStartingWith(WordId id) const;

  uint32_t Classes(WordId id) const {
    return id < classes_.size() ? classes_[id] : 0;
  }
  bool Is(WordId id, WordClass c) const { return (Classes(id) & c) != 0; }
  // True when `id` is a root named by some pattern (worth analysing for).
  bool IsPatternRoot(WordId id) const {
    return id < is_root_.size() && is_root_[id];
  }
  // The verb root a listed nominalisation names ("invasion" -> "invade",
  // from `[nominal] invasion:invade`), or kNoWord.
  WordId NominalRoot(WordId id) const {
    auto it = nominal_root_.find(id);
    return it == nominal_root_.end() ? kNoWord : it->second;
  }
  // A short content hash of the files loaded, for provenance.
  const std::string& hash() const { return hash_; }

 private:
  Dictionary() = default;
  friend class DictionaryLoader;

  Vocab vocab_;
  CameoTable cameo_;
  PhraseTrie actor_trie_;
  PhraseTrie agent_trie_;
  std::vector<ActorEntry> actors_;
  std::vector<AgentEntry> agents_;
  PhraseTrie discard_trie_;
  std::vector<DiscardEntry> discards_;
  std::vector<Pattern> patterns_;
  std::vector<std::vector<uint32_t>> by_first_;  // indexed by word id
  std::vector<uint32_t> classes_;
  std::vector<bool> is_root_;
  std::unordered_map<WordId, WordId> nominal_root_;
  std::string hash_;
};

// Parsing helpers shared with the checker. Each returns an error message
// (without the file:line prefix) or "" on success.
std::string ParseActorCode(std::string_view code);
std::string ParseRole(std::string_view role);
std::string ParseDateRange(std::string_view s, std::optional<time::Date>* from,
                           std::optional<time::Date>* to);

}  // namespace warta::dict

#endif  // WARTA_DICT_DICTIONARY_H_
