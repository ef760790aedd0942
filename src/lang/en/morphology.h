// English morphology: from an inflected word to its candidate lemmas, and
// the voice of a verb form in its context.
//
// English inflection is shallow, so warta needs no lexicon to undo it: a
// word gets every lemma the regular rules allow, and the caller keeps the
// lemmas its patterns name. The regular rules are -s/-es/-ies ("accuses",
// "reaches", "carries"), -ed/-d/-ied with consonant doubling ("attacked",
// "accused", "banned", "carried"), and -ing with e-drop and doubling
// ("accusing", "banning", "lying"). Irregular verbs come from a built-in
// table of about two hundred verbs (said, met, sought, held, struck, ...).
//
// Voice. A past participle after a form of "be" or "get" (adverbs and
// negation may stand between: "was not immediately condemned", "has been
// attacked") is passive; so is a participle followed by "by" ("troops
// backed by Russia") and a participle that cannot be a past tense after a
// noun ("the town taken"). After a form of "have" it is active. A base,
// -s or -ing form after a determiner ("the attack", "its visits", "the
// bombing") is nominal; the
// extractor adds the nominalisations its dictionary lists ("invasion").
//
// Morphology is immutable once built and safe to share across threads.
// Analyze does not allocate when `out` has capacity and every lemma fits
// std::string's small buffer (15 bytes); longer lemmas allocate.
#ifndef WARTA_LANG_EN_MORPHOLOGY_H_
#define WARTA_LANG_EN_MORPHOLOGY_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/voice.h"

namespace warta::lang::en {

// The inflection a word shows. Regular -ed forms are both past and
// participle; irregular ones may be one only ("took" / "taken").
enum class Form : uint8_t {
  kBase,            // "accuse", "attack" (also a noun)
  kS,               // "accuses", "attacks" (also a plural noun)
  kPast,            // "took": past tense only
  kParticiple,      // "taken": past participle only
  kPastParticiple,  // "accused", "held": either
  kIng,             // "accusing"
};

struct Analysis {
  std::string lemma;  // lowercase
  Form form = Form::kBase;
};

// True when the form can be a past participle.
inline bool IsParticiple(Form f) {
  return f == Form::kParticiple || f == Form::kPastParticiple;
}

// The word without a possessive ending: "russia's" -> "russia", "russia’s"
// -> "russia", "protesters'" -> "protesters". Sets *possessive when one was
// removed. A view into `word`; never allocates.
std::string_view StripPossessive(std::string_view word, bool* possessive);

// The plural's singular candidates: "officials" -> "official", "militias" ->
// "militia", "countries" -> "country", "forces" -> "force". Appends views or
// strings to `out` (cleared first); the word itself is not included.
void Singulars(std::string_view word, std::vector<std::string>* out);

class Morphology {
 public:
  Morphology();  // builds the irregular-verb table
  Morphology(const Morphology&) = delete;  // owns its table; share a pointer

  // Longer words (in bytes) get only the bare analysis.
  static constexpr size_t kMaxAnalyzedBytes = 40;

  // Appends to `out` (after clearing it) every lemma the rules allow for the
  // lowercase word `word`: the word itself as kBase first (unless it is only
  // an irregular past form such as "met"), then irregular readings, then the
  // regular ones. Candidates need not be English words ("accused" gives
  // "accus" and "accuse"); the caller keeps those it knows. Returns the
  // number of analyses.
  size_t Analyze(std::string_view word, std::vector<Analysis>* out) const;

  // A past participle that is an adjective before `next` and takes its
  // subject as the doer: "Israel is opposed to", "is committed to".
  static bool IsAdjectivalParticiple(std::string_view w, std::string_view next);
  // The voice of a verb in `form`, read from its context: `left` holds the
  // lowercase words before it, nearest LAST (at most a few are needed);
  // `next` is the lowercase word after it ("" at the end).
  static Voice VoiceInContext(Form form, std::span<const std::string_view> left,
                              std::string_view next);

  // Forms of "be"/"get" that make a passive; forms of "have"; determiners
  // that make a following base form a noun.
  static bool IsPassiveAuxiliary(std::string_view w);
  static bool IsHave(std::string_view w);
  static bool IsDeterminer(std::string_view w);
  // Verbs whose object names the act ("launched an attack on", "paid a
  // visit to", "carried out strikes"): their subject does the act.
  static bool IsLightVerb(std::string_view lemma);

 private:
  struct Irregular {
    std::string_view base;
    Form form;
  };
  std::unordered_map<std::string_view, std::vector<Irregular>> irregular_;
};

}  // namespace warta::lang::en

#endif  // WARTA_LANG_EN_MORPHOLOGY_H_
