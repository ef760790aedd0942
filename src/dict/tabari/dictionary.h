// TABARI and PETRARCH dictionaries: verbs, actors, agents and discards as
// research groups have written them for twenty years.
//
// A TabariDictionary is read from the files as they are, in either format:
//
//   TabariDictionary d;
//   d.LoadVerbs("CAMEO.2.0.txt", DictFormat::kAuto);
//   d.LoadActors("Phoenix.Countries.actors.txt", DictFormat::kAuto);
//   d.LoadAgents("Phoenix.agents.txt", DictFormat::kAuto);
//   d.LoadDiscards("Phoenix.discards.txt");
//   for (const std::string& w : d.warnings()) std::cerr << w << "\n";
//   d.Finish();  // builds the lookup tables; call once, after loading
//
// Loading never stops at a broken line: the line is skipped and reported in
// warnings() as "file:line: reason". Only a file that cannot be read at all is
// an error (a Status). Both formats share one model:
//
// - A phrase is a list of words. In TABARI a word without a trailing '_' is a
//   stem and matches any text word that starts with it ("ARGENTIN" matches
//   "ARGENTINA"); PETRARCH words match exactly. In verb patterns '_' between
//   two words means "next word at once", a space means "any words between".
// - Verb blocks (PETRARCH "--- NAME [code] ---", TABARI "VERB [code]") hold
//   verbs with their forms ({} irregular forms; regular -S/-ED/-ING forms are
//   generated), a default code and patterns. A pattern's words before '*' are
//   matched leftwards from the verb, the rest rightwards; '+' marks the target,
//   '$' the source, '%' a compound actor, '^' an actor to skip, '&NAME' a
//   synset, '{A | B}' alternatives (TABARI). "---" is a null code: a match that
//   codes nothing.
// - Actors have synonyms ('+' lines) and dated codes ("[HOBGOV 950601-990815]",
//   "[ONO <911226]", "[HOBREB >990816]"), resolved by the date of the text.
// - Agents ("[~GOV]" suffix, "[NGO~]" prefix) with PETRARCH's generated
//   plurals ("{}" turns them off, "{GEESE}" gives irregular ones) and
//   "!PERSON! = MAN, WOMAN" substitution sets.
// - Discards: a sentence (or, with '+', a story) holding the phrase is not
//   coded.
// - PETRARCH2 verb transformations at the end of a verb file
//   ("~ a (a b STRIKE) SAY = a b 015") and its internal coding ontology
//   (LoadPico: "PETR.Internal.Coding.Ontology.txt", CAMEO code to the
//   hexadecimal code PETRARCH2 combines verbs with).
//
// Thread-safety: loading and Finish() need exclusive access; afterwards the
// dictionary is immutable and safe to share across threads.
#ifndef WARTA_DICT_TABARI_DICTIONARY_H_
#define WARTA_DICT_TABARI_DICTIONARY_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "warta/status.h"

namespace warta::dict::tabari {

enum class DictFormat { kAuto, kTabari, kPetrarch };

// "tabari", "petrarch" or "auto"; nullopt-like kAuto for anything else is
// not silent: returns false.
bool ParseDictFormat(std::string_view name, DictFormat* out);

// Where an entry came from: an index into TabariDictionary::files() and a
// 1-based line.
struct Origin {
  uint16_t file = 0;
  uint32_t line = 0;
};

struct Word {
  std::string text;           // upper case, markers removed
  bool stem = false;          // prefix match (TABARI words without '_')
  bool plural = false;        // also matches the regular plural (TABARI nouns)
  bool adjacent_next = true;  // the next item must follow at once
};

// One element of a verb pattern.
struct PatternItem {
  enum Kind : uint8_t {
    kWord,
    kSynset,        // &NAME: any phrase of synsets()[index]
    kAlternatives,  // {A | B}: any phrase of alternatives[index]
    kSource,        // $
    kTarget,        // +
    kCompound,      // %: a compound actor; source and target both
    kSkipActor,     // ^: any actor, not used
  };
  Kind kind = kWord;
  Word word;           // kWord; adjacent_next for every kind
  uint32_t index = 0;  // kSynset, kAlternatives
  // Inside "(...)": PETRARCH2 reads it as a prepositional phrase; words
  // outside name the head of the verb's object.
  bool in_parens = false;
};

// A CAMEO code as written: "064", "032:033" (paired: the second code is the
// reverse event), "---" (null: match but code nothing), "###" (discard).
struct EventCode {
  std::string forward;  // "" for a null code
  std::string reverse;  // "" unless paired
  // TABARI flags after the code: '?' a weak verb ("SAID [023?]"), coded only
  // when no other verb of the sentence is; '!' a verb whose event replaces
  // the others of its sentence ("ATTEND [031!]").
  bool weak = false;
  bool overrides = false;
  bool discard = false;  // "###": the sentence is not coded
  bool null() const { return forward.empty(); }
};

struct Pattern {
  std::vector<PatternItem> lower;  // before '*', in text order
  std::vector<PatternItem> upper;  // after '*'
  bool verb_adjacent_lower = true;  // last lower item touches the verb
  bool verb_adjacent_upper = true;  // verb touches the first upper item
  EventCode code;
  uint32_t length = 0;  // items, for "longest pattern first"
  Origin origin;
  // In a PETRARCH2 file, a pattern PETRARCH2 cannot match: it names heads
  // of phrases, so a marker ('+', '$', '%', '^') or a preposition outside
  // "(...)" never matches there.
  bool petrarch2_never = false;
};

// One way a verb can appear: its words, with the verb itself at `head`
// ("WIRE_+TAPPED": words WIRE TAPPED, head 1).
struct VerbForm {
  std::vector<Word> words;
  uint32_t head = 0;
  uint32_t verb = 0;  // index into verbs()
};

struct Verb {
  std::string name;   // as written ("BREAK", "WIRE_+TAP")
  EventCode code;     // its own default code, else the block's
  uint32_t block = 0;
  Origin origin;
};

struct VerbBlock {
  std::string name;
  EventCode code;  // default code
  std::vector<Pattern> patterns;  // longest first, then file order
  Origin origin;
};

// A PETRARCH2 verb transformation, "~ a (b . STRIKE) URGE = a b 021": an
// event of a verb with URGE's code and source a whose object is an event of
// a verb with STRIKE's code, source b and any target becomes a -> b, 021.
// Letters are variables; '_' is "no actor", '.' anything. "Q" as the lower
// verb is any verb, and as the result code the lower event's code.
struct Transformation {
  std::string upper_verb, upper_source;
  std::string lower_verb, lower_source, lower_target;
  std::string out_source, out_target, out_code;
  Origin origin;
};

struct DatedCode {
  std::string code;      // "HOBGOV", "---" (null actor)
  int32_t from = 0;      // inclusive, YYYYMMDD
  int32_t to = 99991231;
};

struct Actor {
  std::vector<DatedCode> codes;  // first one whose range holds the date wins;
                                 // undated codes are the fallback
  Origin origin;
  // The code in force on `date` (YYYYMMDD); "" when none.
  const std::string& CodeOn(int32_t date) const;
};

struct Agent {
  std::string code;     // without '~'
  bool prefix = false;  // "[NGO~]": goes before the actor's code
  Origin origin;
};

struct NamedPhrase {
  std::vector<Word> words;
  uint32_t id = 0;  // actor or agent index
};

struct Discard {
  std::vector<Word> words;
  bool story = false;  // '+': the whole story is dropped
  Origin origin;
};

class TabariDictionary {
 public:
  TabariDictionary() = default;
  TabariDictionary(const TabariDictionary&) = delete;  // large; share it
  TabariDictionary(TabariDictionary&&) = default;
  TabariDictionary& operator=(TabariDictionary&&) = default;

  // Each loader reads one file and appends to the dictionary. kAuto looks at
  // the file: PETRARCH verb files have "--- NAME [code] ---" blocks, TABARI
  // ones "<SYNSETS>" sections and "VERB [code]" lines; TABARI files use ';'
  // comments, PETRARCH ones '#'. Errors: NotFound/IoError for the file only.
  Status LoadVerbs(const std::filesystem::path& path, DictFormat format);
  Status LoadActors(const std::filesystem::path& path, DictFormat format);
  Status LoadAgents(const std::filesystem::path& path, DictFormat format);
  Status LoadDiscards(const std::filesystem::path& path, DictFormat format);
  // PETRARCH2's internal coding ontology: "CODE:EXPR" lines, EXPR a sum of
  // hexadecimal numbers ("121:-0xFFFF+0x0070"); '#' starts a comment.
  // LoadVerbs reads the one next to a verb file with transformations
  // ("PETR.Internal.Coding.Ontology.txt") unless one was loaded before.
  Status LoadPico(const std::filesystem::path& path);

  // Builds the lookup tables. REQUIRES: called once, after the loaders.
  void Finish();

  const std::vector<std::string>& warnings() const { return warnings_; }
  const std::vector<std::string>& files() const { return files_; }
  std::string Where(Origin o) const;

  const std::vector<Verb>& verbs() const { return verbs_; }
  const std::vector<VerbBlock>& blocks() const { return blocks_; }
  const std::vector<VerbForm>& verb_forms() const { return verb_forms_; }
  const std::vector<Actor>& actors() const { return actors_; }
  const std::vector<Agent>& agents() const { return agents_; }
  const std::vector<NamedPhrase>& actor_phrases() const { return actor_phrases_; }
  const std::vector<NamedPhrase>& agent_phrases() const { return agent_phrases_; }
  const std::vector<Discard>& discards() const { return discards_; }
  const std::vector<std::vector<std::vector<Word>>>& synsets() const { return synsets_; }
  const std::vector<std::vector<std::vector<Word>>>& alternatives() const {
    return alternatives_;
  }
  const std::vector<Transformation>& transformations() const { return transformations_; }

  // A verb file written for PETRARCH2: it has a transformations section.
  // Such files keep a verb's first entry (PETRARCH2 stores verbs with
  // setdefault) and, of two identical patterns in a block, the later one.
  bool petrarch2() const { return petrarch2_; }
  // An ontology was loaded: the coder combines verbs as PETRARCH2 does.
  bool has_pico() const { return !pico_.empty(); }
  // The internal code of a CAMEO code; codes it does not list fall back to
  // their two-digit root + "0" ("1234" -> "120"), as PETRARCH2 does. "" and
  // "---" are 0. False when neither is listed.
  bool PicoOf(std::string_view cameo, int* out) const;
  // The CAMEO code of an internal code (the first listed), "" when none.
  std::string CameoOf(int pico) const;

  // Phrases whose first word can match `word` (exact first words and stems
  // that are a prefix of it), in no particular order. Built by Finish().
  void ActorCandidates(std::string_view word, std::vector<uint32_t>* out) const;
  void AgentCandidates(std::string_view word, std::vector<uint32_t>* out) const;
  void VerbFormCandidates(std::string_view word, std::vector<uint32_t>* out) const;
  void DiscardCandidates(std::string_view word, std::vector<uint32_t>* out) const;

 private:
  // Looked up with string_view keys: no string is built per token.
  struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using ViewMap = std::unordered_map<std::string, std::vector<uint32_t>, ViewHash, std::equal_to<>>;
  struct FirstWordIndex {
    ViewMap exact;
    ViewMap stem;  // by stem text
    size_t max_stem = 0;
    void Add(const Word& w, uint32_t id);
    void Find(std::string_view word, std::vector<uint32_t>* out) const;
  };

  uint16_t AddFile(const std::filesystem::path& path);
  void Warn(Origin o, std::string_view reason);

  std::vector<std::string> files_;
  std::vector<std::string> warnings_;
  std::vector<Verb> verbs_;
  std::vector<VerbBlock> blocks_;
  std::vector<VerbForm> verb_forms_;
  std::vector<Actor> actors_;
  std::vector<Agent> agents_;
  std::vector<NamedPhrase> actor_phrases_;
  std::vector<NamedPhrase> agent_phrases_;
  std::vector<Discard> discards_;
  std::vector<std::vector<std::vector<Word>>> synsets_;
  std::unordered_map<std::string, uint32_t> synset_ids_;
  std::vector<std::vector<std::vector<Word>>> alternatives_;
  std::vector<Transformation> transformations_;
  bool petrarch2_ = false;
  std::unordered_map<std::string, int> pico_;
  std::unordered_map<int, std::string> pico_reverse_;
  FirstWordIndex actor_index_, agent_index_, verb_index_, discard_index_;

  friend class VerbReader;
};

// Splits a dictionary phrase ("SUGGESTED_+ * DEMAND_&GENINT") into words,
// recording '_' adjacency and, when `stems` (TABARI), stem matching. Exposed
// for tests.
std::vector<Word> ParsePhrase(std::string_view phrase, bool stems);

// Regular forms of a verb: base, -S/-ES, -ED/-D, -ING (with the usual spelling
// changes). Exposed for tests.
std::vector<std::string> RegularVerbForms(std::string_view verb);
// Regular plural of a noun: -S, -ES, -IES.
std::string RegularPlural(std::string_view noun);

// Parses "950601", "19950601" into YYYYMMDD (two-digit years below 50 are
// 20xx). False on anything else.
bool ParseDictDate(std::string_view s, int32_t* out);

}  // namespace warta::dict::tabari

#endif  // WARTA_DICT_TABARI_DICTIONARY_H_
