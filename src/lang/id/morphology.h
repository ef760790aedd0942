// Indonesian morphology: from an inflected word to its candidate roots.
//
// Indonesian builds verbs and nouns from roots with prefixes (meN-, di-, ber-,
// ter-, per-, memper-, diper-, ke-, peN-, se-), suffixes (-kan, -i, -an),
// confixes (ke-an, peN-an, per-an, ber-an) and clitics (-nya, -lah, -kah,
// -pun, -ku, -mu; ku-, kau-). meN- and peN- change shape before the root and
// drop its first consonant (k, p, t, s): mengecam <- kecam, menyerang <-
// serang, memukul <- pukul, menuduh <- tuduh, mengunjungi <- kunjung.
//
// Snowball's Indonesian stemmer strips these blindly (mengecam -> ecam), so
// warta instead proposes every segmentation the affix rules allow and keeps
// those whose root is in a Lexicon: Debian's hunspell-id word list plus the
// roots that warta's own dictionaries name. The caller picks among the
// candidates (the extractor keeps the roots its patterns use).
//
// Lexicon and Morphology are immutable once built and safe to share across
// threads. Analyze does not allocate when `out` has capacity.
#ifndef WARTA_LANG_ID_MORPHOLOGY_H_
#define WARTA_LANG_ID_MORPHOLOGY_H_

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/voice.h"
#include "warta/status.h"

namespace warta::lang::id {

// The set of known roots (lowercase, UTF-8). Owns its strings.
//
// Contains and Find never allocate. Add allocates; do all adding before the
// lexicon is shared.
class Lexicon {
 public:
  Lexicon();
  ~Lexicon();
  Lexicon(Lexicon&&) noexcept;
  Lexicon& operator=(Lexicon&&) noexcept;
  Lexicon(const Lexicon&) = delete;  // large; share a const pointer instead

  // Reads a hunspell .dic file (first line: count; then word[/FLAGS]). The
  // Debian file is ISO-8859-1; it is converted to UTF-8. Words with capitals
  // (proper names) and multiword entries are skipped (see skipped()); a
  // hyphenated word ("kupu-kupu") is one word. Errors name the file: NotFound
  // when it does not exist, IoError when it cannot be read (a directory),
  // InvalidInput when the first line is not a count or the file is over
  // 64 MiB. Reads the file in one go; the 31k words of hunspell-id load in
  // about 10 ms.
  //
  // The flags do not decide what a word is, but they are kept in summary:
  // id_ID.aff names each affix flag by two letters, the first for the prefix
  // family (M meN-, D di-, B ber-, T ter-, R per-, P peN-/pe-, K ke-, S se-,
  // O ku-/kau-) and the second, mostly, for the suffix (0 none, k -kan, i -i,
  // a -an). Morphology uses that summary only to order analyses: a root
  // whose flags allow the affixes of an analysis comes before one whose
  // flags do not ("mengaku": aku before kaku).
  static Result<Lexicon> LoadHunspell(const std::filesystem::path& path);

  // Adds `root` (lowercase) as a root that takes every affix. Adding a word
  // already present marks it so.
  void Add(std::string_view root);
  bool Contains(std::string_view root) const;
  // The lexicon's own copy of `root`, or an empty view when absent. Stable
  // for the lexicon's lifetime, moves included.
  std::string_view Find(std::string_view root) const;
  // Find, also setting `*affixes` to the root's affix summary: an opaque
  // value that Morphology uses to order analyses.
  std::string_view Find(std::string_view root, uint64_t* affixes) const;
  size_t size() const;
  // Entries LoadHunspell skipped because they had capitals or spaces.
  size_t skipped() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Which affixes a segmentation used.
enum class Prefix : uint8_t {
  kNone, kMeN, kDi, kBer, kTer, kPer, kMemper, kDiper, kKe, kPeN, kPer2 /*pe-*/,
  kSe, kKu, kKau,
};
enum class Suffix : uint8_t { kNone, kKan, kI, kAn };

// The grammatical reading that matters to event coding (lang/voice.h):
// kActive for meN-, memper-, and bare -kan/-i verbs; kPassive for di-,
// diper-, ku-, kau-, ter- (accidental/abilitative); kMiddle for ber-, se-;
// kNominal for -an, peN-, peN-an, per-an, ke-an, pe-.
using lang::Voice;

struct Analysis {
  std::string_view root;  // a view into the Lexicon
  Prefix prefix = Prefix::kNone;
  Suffix suffix = Suffix::kNone;
  Voice voice = Voice::kBase;
  bool clitic = false;    // -nya/-lah/-kah/-pun/-ku/-mu was stripped
};

// Proposes the analyses of Indonesian words against a Lexicon.
//
//   Result<Lexicon> lex =
//       Lexicon::LoadHunspell("/usr/share/hunspell/id_ID.dic");
//   if (!lex.ok()) return lex.status();
//   Morphology morph(&*lex);
//   std::vector<Analysis> out;  // reuse across words
//   morph.Analyze("mengecamnya", &out);
//   // out[0]: root "kecam", Prefix::kMeN, Suffix::kNone, kActive, clitic
//
// Segmentations. At most one clitic is stripped first (-nya, -lah, -kah,
// -pun, -ku, -mu, and -nyalah/-nyakah), then at most one suffix (-kan, -i,
// -an), then a prefix with its allomorphs: meN- (me-, mem-, men-, meng-,
// meny-, menge-; the k/p/t/s the nasal replaced is restored), peN- alike,
// pe- before other consonants (Prefix::kPer2: petani), ber-/be-/bel-,
// per-/pe-/pel-, ter-/te-, memper-, diper-, di-, ke-, se-, ku-, kau-. A
// prefix only takes the suffixes Indonesian allows with it (meN- takes -kan
// and -i, not -an; ke- takes -an). Two stacked prefixes are read for the
// common pairs (keber-, keter-, kepeN-, keper-, kese-, pember-, pemer-, berke-,
// berpeN-, berse-, seber-, seke-, sepeN-, seper-, seter-, terke-, terbe-,
// dike-, dise-, diber-, member-, kuper-, kauper-); the Analysis then names
// the outer prefix ("keberhasilan": hasil, kKe, kAn). Infixes (-el-, -em-,
// -er-) are not undone.
//
// Order. The bare word first. Then the analyses whose root's hunspell flags
// allow its affixes (see Lexicon::LoadHunspell; roots given to Add allow
// all), before those whose flags do not: "mengalami" is alam + meN-...-i
// before the flagless entry alami + meN-, and "mengaku" is aku before kaku.
// Within each group, fewer affixes first (a clitic counts; memper-/diper-
// count as one). Then the regular allomorph over the odd one (mengecam:
// kecam before menge- + cam; k/p/t/s kept after the nasal, as in
// "mempengaruhi", is odd but found). Then, where a nasal may have replaced
// k, p or t, the root without it ("mengurus": urus before kurus; "memohon":
// mohon before pohon), but after meny- the s-root ("menyerang": serang);
// where ber-/ter-/per- meet an r, the vowel-initial root ("beradu": adu
// before radu). Then the commoner prefix (meN- before di- before ber-/peN-
// before ter-/ke- before per-/se- before memper-/diper-/pe- before
// ku-/kau-), then the commoner suffix (none, -an, -kan, -i). Ties keep the
// order in which they were found.
//
// Voice. meN-, memper- and a bare root with -kan/-i ("kirimkan") are
// kActive; di-, diper-, ku-, kau-, ter- kPassive; ber-, se- kMiddle; a bare
// root with -an, peN-, pe-, ke- (with or without -an) and per-an kNominal;
// per- without -an ("perkuat") kActive; the bare root kBase.
//
// Input. `word` must already be lowercase: Analyze does not fold case, so
// "Serang" finds nothing unless the lexicon holds it. Any bytes are safe;
// non-ASCII letters simply match no affix. A word longer than
// kMaxAnalyzedBytes gets only the bare analysis.
class Morphology {
 public:
  // REQUIRES: `lexicon` outlives this object.
  explicit Morphology(const Lexicon* lexicon) : lexicon_(lexicon) {}

  // Longer words (in bytes) get only the bare analysis.
  static constexpr size_t kMaxAnalyzedBytes = 64;
  // At most this many analyses are returned.
  static constexpr size_t kMaxAnalyses = 48;

  // Appends to `out` (after clearing it) every analysis of the lowercase word
  // `word` whose root is in the lexicon, most plausible first (see Order
  // above: the bare word itself, when in the lexicon, is an analysis with
  // Prefix::kNone and comes first; then fewest affixes first, the analyses
  // hunspell's flags allow before the rest). Reduplicated forms
  // ("serang-menyerang") analyse their last part. Returns the number of
  // analyses. Does not allocate when `out` has kMaxAnalyses capacity.
  //
  // Reduplication: a hyphenated word that is itself in the lexicon is
  // analysed whole first. Then the part after the last hyphen is analysed,
  // then the part before the first hyphen when it differs ("sebaik-baiknya":
  // baik with the clitic, then se- + baik); each part's analyses keep their
  // own order, and an analysis already found is not repeated.
  size_t Analyze(std::string_view word, std::vector<Analysis>* out) const;

 private:
  const Lexicon* lexicon_;
};

}  // namespace warta::lang::id

#endif  // WARTA_LANG_ID_MORPHOLOGY_H_
