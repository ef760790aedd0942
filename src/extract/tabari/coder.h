// A shallow, TABARI-style coder of English sentences over TABARI or PETRARCH
// dictionaries (dict/tabari/dictionary.h). No parser: the coder reads the
// sentence as a list of words.
//
//   TabariCoder coder(&dict);
//   TabariScratch scratch;
//   std::vector<CodedEvent> events;
//   coder.Code(sentence, 20080804, CoderOptions(), &scratch, &events);
//
// How a sentence is coded:
//  1. A sentence holding a discard phrase is not coded.
//  2. Short comma-delimited clauses are removed (comma_* options, PETRARCH's
//     defaults), so that "X, officials said Monday, ..." does not supply
//     actors.
//  3. Actors are found longest match first; agents attach to an actor next
//     to them ("Gondor police", "Gondor's government", "police of Gondor",
//     "MSF Arnor diplomat"), and an agent alone is coded "---" + its code.
//     Actors joined by "and" or commas form a compound.
//  4. Each verb (a form from the verb dictionary that is not a noun: not
//     after a determiner, not capitalised inside the sentence) is matched
//     against its block's patterns, longest first; the first that fits gives
//     the code and may name the source ($), target (+) or a compound (%).
//     Otherwise the verb's default code applies.
//  5. The source defaults to the first actor of the verb's clause (or, for a
//     verb after "and", the previous event's source); the target to the first
//     actor after the verb.
//
// With PETRARCH2's dictionaries (the verb file has transformations and its
// internal coding ontology is loaded: TabariDictionary::has_pico()) steps 2,
// 5 and 6 follow PETRARCH2 instead (petrarch2.cc): no comma clauses are
// removed, the main clause's verbs are coded, and a verb without an object
// combines its code with the clause it governs ("said it would attack X" is
// 015, "wants to help X" 033). Discard phrases count only between blanks, a
// list of actors ends with "and", the later of two actor entries for one
// phrase wins, an agent after "A and B" goes to both, and verb forms used as
// nouns are told by the words before them ("a Westport request").
//
// Thread-safety: a TabariCoder is immutable and can be shared; each thread
// needs its own TabariScratch. The dictionary must outlive the coder.
#ifndef WARTA_EXTRACT_TABARI_CODER_H_
#define WARTA_EXTRACT_TABARI_CODER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dict/tabari/dictionary.h"

namespace warta::extract::tabari {

struct CoderOptions {
  bool require_dyad = true;  // drop events without a source or a target
  // Comma-delimited clauses whose length in words lies in [min, max] are
  // removed before coding: internal ones, the initial one (b*) and the
  // terminal one (e*). max 0 turns a kind off. Defaults are PETRARCH's.
  int comma_min = 2, comma_max = 8;
  int comma_bmin = 0, comma_bmax = 0;
  int comma_emin = 2, comma_emax = 8;
  // Sentences with fewer words are not coded (TABARI's MINIMUM WORDS; its
  // default is 8). 0 codes everything.
  int min_words = 0;
  // TABARI's DEFAULT: codes used when a verb has no source or no target
  // ("" = none).
  std::string default_source, default_target;
  // TABARI's subject: the first actor of the sentence, or of the clause
  // after "but" or ';'. Otherwise (PETRARCH) the first actor of the verb's
  // own clause.
  bool sentence_subject = false;
  // Which verbs are coded. kClause (default): after a verb is coded,
  // further verbs of its clause add nothing, as in TABARI and PETRARCH;
  // kSentence: only the first coded verb; kAll: every verb. TABARI's
  // "SET: CODE BY CLAUSE / CODE BY SENTENCE / CODE ALL".
  enum class CodeBy { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;
  // Clauses end at "and", "but" and ';', and (PETRARCH) at a comma.
  bool comma_ends_clause = true;
  // TABARI codes "should", "will" and "has" as verbs when its dictionary
  // lists them; PETRARCH's parser sees auxiliaries before a verb ("should
  // have acted") and skips them.
  bool auxiliaries_are_verbs = false;
  // PETRARCH gives "ambassadors of A, B and C" the agent for all three;
  // TABARI only for A.
  bool share_agents_in_compounds = true;
  // With a dictionary that has PETRARCH2's internal coding ontology
  // (TabariDictionary::has_pico()), code as PETRARCH2 does: the main
  // clause's verbs, each combined with the clause it governs ("said he would
  // attack" is one event). See CodePetrarch2 in petrarch2.cc.
  bool petrarch2 = true;
};

// TABARI's own defaults and mechanics (CoderOptions() are PETRARCH's):
// sentence subject, auxiliaries as verbs, agents not shared across lists,
// commas do not end clauses, MINIMUM WORDS 8, comma clauses of 2-10 words.
CoderOptions TabariDefaults();

// Sets an option from a PETRARCH config key ("require_dyad", "comma_min"...).
// False when the key is unknown or the value bad.
bool SetCoderOption(std::string_view key, std::string_view value, CoderOptions* opts);

// Applies a TABARI .options line ("SET: MINIMUM WORDS = 5", "COMMA: MIN = 2
// MAX = 10 ...", "COMMA: OFF", "DEFAULT: SOURCE [X] TARGET [Y]",
// "DEFAULT: OFF", "SET: CODE BY CLAUSE|CODE BY SENTENCE|CODE ALL"; an
// "OPTION: " prefix is allowed). False when the line is
// not one of these.
bool ApplyTabariOption(std::string_view line, CoderOptions* opts);

struct CodedEvent {
  std::string source, target, code;
  uint32_t begin = 0, end = 0;  // the verb, as byte offsets into the text
  // Evidence: "file:line" of what fired.
  std::string verb_rule;     // the verb's entry
  std::string pattern_rule;  // the pattern, or "" for the default code
  std::string source_rule, target_rule;  // actor entries ("" when none)
};

// Scratch space reused across sentences.
struct TabariScratch {
  struct Tok {
    uint32_t begin = 0, end = 0;
    std::string up;  // upper case
    bool word = false;
    bool cap = false;  // starts with a capital letter
    bool deleted = false;  // inside a removed comma clause
  };
  struct Mention {
    int b = 0, e = 0;  // tokens [b, e)
    bool agent = false;
    uint32_t phrase = 0;
  };
  struct Np {
    int b = 0, e = 0;
    std::vector<std::string> codes;  // final codes
    std::string rule;
    std::vector<std::string> bases;   // actor codes with prefix agents
    std::vector<std::string> suffix;  // agent codes after them
    bool prep_agent = false;          // "ambassadors of Arnor": shared by a compound
    std::string agent_only;           // an agent without an actor: its code
  };
  struct Group {
    int b = 0, e = 0;
    std::vector<int> nps;
  };
  std::vector<Tok> toks;
  std::vector<int> words;  // indices of live tokens
  std::vector<Mention> mentions;
  std::vector<Np> nps;
  std::vector<Group> groups;
  std::vector<int> group_start, group_end;  // by token: group beginning/ending there, or -1
  std::vector<int> in_group;                // by token
  struct Hit {
    int b = 0, e = 0;   // tokens of the verb form
    uint32_t form = 0;  // index into verb_forms()
  };
  std::vector<Hit> verbs;
  std::vector<bool> verb_at;      // by token: a verb starts here
  std::vector<int> used_targets;  // groups earlier events took as target
  std::vector<CodedEvent> weak;   // events of '?' verbs
  // Candidate entries of one lookup; mutable so that const matching
  // helpers can reuse it.
  mutable std::vector<uint32_t> cand;
};

class TabariCoder {
 public:
  explicit TabariCoder(const dict::tabari::TabariDictionary* dict);

  // Codes `text` (one sentence) as of `date` (YYYYMMDD) and appends the
  // events to `out`, without duplicate (source, target, code) triples.
  // Returns false when a discard phrase stopped coding.
  bool Code(std::string_view text, int32_t date, const CoderOptions& opts,
            TabariScratch* scratch, std::vector<CodedEvent>* out) const;

 private:
  struct Binding;
  void Tokenize(std::string_view text, TabariScratch* s) const;
  // Whether a discard phrase is in the sentence; with `whole_words`, only as
  // PETRARCH2 finds them (see coder.cc).
  bool Discarded(std::string_view text, bool whole_words, TabariScratch* s) const;
  void RemoveCommaClauses(const CoderOptions& opts, TabariScratch* s) const;
  void FindActors(int32_t date, const CoderOptions& opts, TabariScratch* s) const;
  // Words that a space (not '_') joins may have up to kMaxGap tokens
  // between them.
  static constexpr int kMaxGap = 4;
  bool WordMatches(const dict::tabari::Word& w, const TabariScratch::Tok& t) const;
  bool MatchWords(const std::vector<dict::tabari::Word>& w, const TabariScratch& s, int at) const;
  // End (exclusive) of the phrase starting at token `at`, or -1.
  int PhraseEnd(const std::vector<dict::tabari::Word>& w, const TabariScratch& s, int at) const;
  int MatchVerb(const TabariScratch& s, int i, uint32_t* form) const;
  // PETRARCH2 mechanics: whether the verb form whose verb word is at token
  // `head` is a noun ("a Westport request", "two border raids").
  bool Petrarch2Noun(const TabariScratch& s, int head, const dict::tabari::VerbForm& f,
                     const std::vector<bool>& verb_end_at) const;
  bool MatchItemsForward(const std::vector<dict::tabari::PatternItem>& items, size_t k, int pos,
                         bool open, const TabariScratch& s, Binding* b) const;
  bool MatchItemsBackward(const std::vector<dict::tabari::PatternItem>& items, size_t k, int pos,
                          bool open, const TabariScratch& s, Binding* b) const;
  int MatchItemAt(const dict::tabari::PatternItem& it, int p, bool forward, const TabariScratch& s,
                  Binding* b) const;

  // PETRARCH2's mechanics (petrarch2.cc): used instead of the TABARI-style
  // assembly of events when the dictionary has an ontology.
  // False when a discard code fired.
  bool CodePetrarch2(const CoderOptions& opts, TabariScratch* s, std::vector<CodedEvent>* out) const;

  const dict::tabari::TabariDictionary* dict_;
  // Transformations with their verbs' internal codes (lower_any: "Q").
  struct Transform {
    int upper = 0, lower = 0;
    bool lower_any = false;
    const dict::tabari::Transformation* rule = nullptr;
  };
  std::vector<Transform> transforms_;
};

}  // namespace warta::extract::tabari

#endif  // WARTA_EXTRACT_TABARI_CODER_H_
