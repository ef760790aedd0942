// Voice: the grammatical reading of a trigger word that decides who acts on
// whom. Shared by every language's morphology; each language says how its
// forms map to these (see lang/id/morphology.h, lang/en/morphology.h).
#ifndef WARTA_LANG_VOICE_H_
#define WARTA_LANG_VOICE_H_

#include <cstdint>

namespace warta::lang {

enum class Voice : uint8_t {
  kBase,      // the bare root, as in "kami serang" (colloquial, imperative)
  kActive,    // the subject acts: "mengecam", "condemned"
  kPassive,   // the subject undergoes: "dikecam", "was condemned"
  kMiddle,    // the subject acts, usually without an object: "bertemu"
  kNominal,   // a noun of the act: "kecaman", "condemnation"
};

}  // namespace warta::lang

#endif  // WARTA_LANG_VOICE_H_
