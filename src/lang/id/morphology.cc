#include "lang/id/morphology.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

namespace warta::lang::id {

// ---------------------------------------------------------------- Lexicon

namespace {

// The affix summary of a root: one bit per (prefix family, suffix slot).
// Families follow the first letter of id_ID.aff's flag names; kBareFamily
// collects the plain suffix flags a0, k0 and i0.
enum Family : int {
  kMFamily,
  kDFamily,
  kBFamily,
  kTFamily,
  kRFamily,
  kPFamily,
  kKFamily,
  kSFamily,
  kOFamily,
  kBareFamily,
  kFamilies
};
enum Slot : int { kSlotNone, kSlotKan, kSlotI, kSlotAn, kSlotOther, kSlots };
static_assert(int{kFamilies} * int{kSlots} <= 64);

constexpr uint64_t kAllAffixes = ~uint64_t{0};

constexpr uint64_t Bit(int family, int slot) {
  return uint64_t{1} << (family * kSlots + slot);
}

int FamilyOfFlag(char c) {
  switch (c) {
    case 'M':
      return kMFamily;
    case 'D':
      return kDFamily;
    case 'B':
      return kBFamily;
    case 'T':
      return kTFamily;
    case 'R':
      return kRFamily;
    case 'P':
      return kPFamily;
    case 'K':
      return kKFamily;
    case 'S':
      return kSFamily;
    case 'O':
      return kOFamily;
    default:
      return -1;
  }
}

// Summarises hunspell flags such as "D0M0MkP0Paa0" (two letters each).
uint64_t SummarizeFlags(std::string_view flags) {
  uint64_t bits = 0;
  for (size_t i = 0; i + 1 < flags.size(); i += 2) {
    char a = flags[i], b = flags[i + 1];
    int family = FamilyOfFlag(a);
    if (family >= 0) {
      int slot = kSlotOther;
      if ((b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z')) slot = kSlotNone;
      if (b == 'k') slot = kSlotKan;
      if (b == 'i') slot = kSlotI;
      if (b == 'a') slot = kSlotAn;
      bits |= Bit(family, slot);
    } else if (b == '0' && (a == 'a' || a == 'k' || a == 'i')) {
      int slot = a == 'a' ? kSlotAn : (a == 'k' ? kSlotKan : kSlotI);
      bits |= Bit(kBareFamily, slot);
    }
  }
  return bits;
}

constexpr uintmax_t kMaxDicBytes = 64 << 20;

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
         c == '\v';
}

// Upper case in ASCII or in ISO-8859-1 (U+00C0..U+00DE but U+00D7).
bool IsLatin1Upper(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

}  // namespace

// An open-addressing hash table of views into arena blocks. The blocks never
// move, so the table's views (and the views Find hands out) stay valid for
// the lexicon's lifetime, moves included. One flat table instead of a node
// per word keeps loading to a few allocations.
struct Lexicon::Impl {
  struct Entry {
    std::string_view word;  // empty: a free slot
    uint64_t affixes = 0;   // the affix summary
  };
  static constexpr size_t kBlockSize = 16 * 1024;

  std::vector<std::unique_ptr<char[]>> blocks;
  char* free_begin = nullptr;  // unused tail of the newest shared block
  size_t free_size = 0;
  std::vector<Entry> table;  // size is a power of two, at most half full
  size_t count = 0;
  size_t skipped = 0;

  // The index of the slot holding `word`, or of the free slot where it
  // would go. REQUIRES: the table is not empty.
  size_t SlotOf(std::string_view word) const {
    size_t mask = table.size() - 1;
    size_t hash = std::hash<std::string_view>{}(word);
    size_t i = hash & mask;
    while (!table[i].word.empty() && table[i].word != word) i = (i + 1) & mask;
    return i;
  }
  const Entry* Lookup(std::string_view word) const {
    if (table.empty() || word.empty()) return nullptr;
    const Entry& e = table[SlotOf(word)];
    return e.word.empty() ? nullptr : &e;
  }

  // Makes room for `n` words in all.
  void Reserve(size_t n) {
    size_t size = 16;
    while (size < 2 * n) size *= 2;
    if (size <= table.size()) return;
    std::vector<Entry> old = std::move(table);
    table.assign(size, Entry{});
    for (const Entry& e : old) {
      if (!e.word.empty()) table[SlotOf(e.word)] = e;
    }
  }

  // Adds `word`, whose bytes must stay where they are, or merges `affixes`
  // into the entry already there.
  void Insert(std::string_view word, uint64_t affixes) {
    Reserve(count + 1);
    Entry& e = table[SlotOf(word)];
    if (e.word.empty()) {
      e.word = word;
      ++count;
    }
    e.affixes |= affixes;
  }

  std::string_view Intern(std::string_view s) {
    if (s.size() > kBlockSize / 4) {  // a block of its own
      blocks.push_back(std::make_unique<char[]>(s.size()));
      std::memcpy(blocks.back().get(), s.data(), s.size());
      return {blocks.back().get(), s.size()};
    }
    if (s.size() > free_size) {
      blocks.push_back(std::make_unique<char[]>(kBlockSize));
      free_begin = blocks.back().get();
      free_size = kBlockSize;
    }
    char* p = free_begin;
    std::memcpy(p, s.data(), s.size());
    free_begin += s.size();
    free_size -= s.size();
    return {p, s.size()};
  }
};

Lexicon::Lexicon() : impl_(std::make_unique<Impl>()) {}
Lexicon::~Lexicon() = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;

Result<Lexicon> Lexicon::LoadHunspell(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::FILE* f = std::fopen(name.c_str(), "rb");
  if (f == nullptr) {
    int err = errno;
    std::string why = std::generic_category().message(err);
    if (err == ENOENT) return Status::NotFound(name + ": " + why);
    return Status::IoError(name + ": " + why);
  }
  std::string raw;
  std::error_code size_error;
  uintmax_t size = std::filesystem::file_size(path, size_error);
  if (!size_error && size > kMaxDicBytes) {
    std::fclose(f);
    return Status::InvalidInput(name + ": " + std::to_string(size) +
                                " bytes, more than the " +
                                std::to_string(kMaxDicBytes) + " allowed");
  }
  if (!size_error) raw.resize(static_cast<size_t>(size));
  size_t got = raw.empty() ? 0 : std::fread(raw.data(), 1, raw.size(), f);
  raw.resize(got);
  char chunk[1 << 14];  // whatever the size did not promise
  size_t n;
  while ((n = std::fread(chunk, 1, sizeof(chunk), f)) > 0 &&
         raw.size() <= kMaxDicBytes) {
    raw.append(chunk, n);
  }
  bool read_error = std::ferror(f) != 0;
  std::fclose(f);
  if (read_error) return Status::IoError(name + ": read failed");
  if (raw.size() > kMaxDicBytes) {
    return Status::InvalidInput(name + ": more than " +
                                std::to_string(kMaxDicBytes) + " bytes");
  }

  // First line: the entry count, used only to size the table.
  size_t pos = 0;
  while (pos < raw.size() && raw[pos] != '\n') ++pos;
  std::string_view first(raw.data(), pos);
  if (first.substr(0, 3) == "\xEF\xBB\xBF") first.remove_prefix(3);  // BOM
  while (!first.empty() && IsSpace(first.back())) first.remove_suffix(1);
  if (first.empty() || first.size() > 9 ||
      first.find_first_not_of("0123456789") != std::string_view::npos) {
    return Status::InvalidInput(name + ":1: expected the entry count, got '" +
                                std::string(first.substr(0, 40)) + "'");
  }
  size_t count = 0;
  for (char c : first) count = count * 10 + static_cast<size_t>(c - '0');

  Lexicon lex;
  Impl& impl = *lex.impl_;
  // One block holds every loaded word: each Latin-1 byte takes at most two
  // UTF-8 bytes.
  impl.blocks.push_back(
      std::make_unique_for_overwrite<char[]>(2 * (raw.size() - pos) + 1));
  char* dst = impl.blocks.back().get();
  impl.Reserve(count < raw.size() / 2 ? count : raw.size() / 2);

  while (pos < raw.size()) {
    size_t begin = pos + 1;
    size_t end = begin;
    while (end < raw.size() && raw[end] != '\n') ++end;
    pos = end;
    std::string_view line(raw.data() + begin, end - begin);
    line = line.substr(0, line.find('\t'));  // morphological fields follow
    std::string_view flags;
    size_t slash = line.find('/');
    if (slash != std::string_view::npos) {
      flags = line.substr(slash + 1);
      line = line.substr(0, slash);
      size_t flag_end = 0;
      while (flag_end < flags.size() && !IsSpace(flags[flag_end])) ++flag_end;
      flags = flags.substr(0, flag_end);
    }
    while (!line.empty() && IsSpace(line.back())) line.remove_suffix(1);
    while (!line.empty() && IsSpace(line.front())) line.remove_prefix(1);
    if (line.empty()) continue;
    bool keep = true;
    for (char c : line) {
      if (IsSpace(c) || IsLatin1Upper(static_cast<unsigned char>(c))) {
        keep = false;
        break;
      }
    }
    if (!keep) {
      ++impl.skipped;
      continue;
    }
    char* word = dst;
    for (char c : line) {
      unsigned char u = static_cast<unsigned char>(c);
      if (u < 0x80) {
        *dst++ = c;
      } else {
        *dst++ = static_cast<char>(0xC0 | (u >> 6));
        *dst++ = static_cast<char>(0x80 | (u & 0x3F));
      }
    }
    // A word listed twice (kaji/M0MkPaT0a0k0, kaji/Pl) gets both summaries.
    impl.Insert(std::string_view(word, static_cast<size_t>(dst - word)),
                SummarizeFlags(flags));
  }
  return lex;
}

void Lexicon::Add(std::string_view root) {
  if (root.empty()) return;
  if (impl_->Lookup(root) != nullptr) {
    impl_->Insert(root, kAllAffixes);  // already interned; marks it
    return;
  }
  impl_->Insert(impl_->Intern(root), kAllAffixes);
}

bool Lexicon::Contains(std::string_view root) const {
  return impl_->Lookup(root) != nullptr;
}

std::string_view Lexicon::Find(std::string_view root) const {
  const Impl::Entry* e = impl_->Lookup(root);
  return e == nullptr ? std::string_view() : e->word;
}

std::string_view Lexicon::Find(std::string_view root, uint64_t* affixes) const {
  const Impl::Entry* e = impl_->Lookup(root);
  if (e == nullptr) return {};
  *affixes = e->affixes;
  return e->word;
}

size_t Lexicon::size() const { return impl_->count; }

size_t Lexicon::skipped() const { return impl_->skipped; }

// ------------------------------------------------------------- Morphology

namespace {

// Costs order the analyses; lower is more plausible. The terms are weighted
// so that each one only breaks ties left by the ones before it.
constexpr int kFirstPartCost = 10000000;  // first part of a reduplication
constexpr int kUnlicensedCost = 1000000;  // hunspell's flags do not allow it
constexpr int kAffixCost = 10000;         // per prefix, suffix or clitic
constexpr int kOddCost = 100;             // per step of allomorph oddness
constexpr int kPrefixRankCost = 10;       // per step of PrefixRank
// SuffixRank adds 1 per step.

// Oddness of allomorphs (times kOddCost).
constexpr int kTieOdd = 1;   // the losing side of a tie rule
constexpr int kRareOdd = 2;  // menge- (one-syllable roots), be- before non-r
constexpr int kKeptOdd = 3;  // k/p/t/s kept after the nasal: mempengaruhi

constexpr size_t kMinRoot = 2;

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}
bool IsConsonant(char c) { return c >= 'a' && c <= 'z' && !IsVowel(c); }
bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() &&
         s.compare(s.size() - p.size(), p.size(), p) == 0;
}
char At(std::string_view s, size_t i) { return i < s.size() ? s[i] : '\0'; }

// How common a prefix is in news text.
int PrefixRank(Prefix p) {
  switch (p) {
    case Prefix::kNone:
    case Prefix::kMeN:
      return 0;
    case Prefix::kDi:
      return 1;
    case Prefix::kBer:
    case Prefix::kPeN:
      return 2;
    case Prefix::kTer:
    case Prefix::kKe:
      return 3;
    case Prefix::kPer:
    case Prefix::kSe:
      return 4;
    case Prefix::kMemper:
    case Prefix::kDiper:
    case Prefix::kPer2:
      return 5;
    case Prefix::kKu:
    case Prefix::kKau:
      return 6;
  }
  return 7;
}

int SuffixRank(Suffix s) {
  switch (s) {
    case Suffix::kNone:
      return 0;
    case Suffix::kAn:
      return 1;
    case Suffix::kKan:
      return 2;
    case Suffix::kI:
      return 3;
  }
  return 4;
}

Voice VoiceOf(Prefix p, Suffix s) {
  switch (p) {
    case Prefix::kNone:
      if (s == Suffix::kNone) return Voice::kBase;
      return s == Suffix::kAn ? Voice::kNominal : Voice::kActive;
    case Prefix::kMeN:
    case Prefix::kMemper:
      return Voice::kActive;
    case Prefix::kDi:
    case Prefix::kDiper:
    case Prefix::kKu:
    case Prefix::kKau:
    case Prefix::kTer:
      return Voice::kPassive;
    case Prefix::kBer:
    case Prefix::kSe:
      return Voice::kMiddle;
    case Prefix::kPer:
      return s == Suffix::kAn ? Voice::kNominal : Voice::kActive;
    case Prefix::kKe:
    case Prefix::kPeN:
    case Prefix::kPer2:
      return Voice::kNominal;
  }
  return Voice::kBase;
}

// Which suffixes a prefix combines with.
bool Combines(Prefix p, Suffix s) {
  if (s == Suffix::kNone) return true;
  switch (p) {
    case Prefix::kNone:
    case Prefix::kPer:
      return true;
    case Prefix::kMeN:
    case Prefix::kMemper:
    case Prefix::kDi:
    case Prefix::kDiper:
    case Prefix::kTer:
    case Prefix::kKu:
    case Prefix::kKau:
      return s == Suffix::kKan || s == Suffix::kI;
    case Prefix::kBer:
      return s == Suffix::kAn || s == Suffix::kKan;
    case Prefix::kKe:
    case Prefix::kPeN:
    case Prefix::kPer2:
    case Prefix::kSe:
      return s == Suffix::kAn;
  }
  return false;
}

// Which prefix may stand before another (keberhasilan, memberhentikan).
bool Stacks(Prefix outer, Prefix inner) {
  switch (outer) {
    case Prefix::kKe:
      return inner == Prefix::kBer || inner == Prefix::kTer ||
             inner == Prefix::kPeN || inner == Prefix::kPer ||
             inner == Prefix::kSe;
    case Prefix::kPeN:
      return inner == Prefix::kBer || inner == Prefix::kPer;
    case Prefix::kBer:
      return inner == Prefix::kKe || inner == Prefix::kPeN ||
             inner == Prefix::kSe;
    case Prefix::kSe:
      return inner == Prefix::kBer || inner == Prefix::kKe ||
             inner == Prefix::kPeN || inner == Prefix::kPer ||
             inner == Prefix::kTer;
    case Prefix::kTer:
      return inner == Prefix::kKe || inner == Prefix::kBer;
    case Prefix::kDi:
      return inner == Prefix::kKe || inner == Prefix::kSe ||
             inner == Prefix::kBer;
    case Prefix::kMeN:
      return inner == Prefix::kBer;
    case Prefix::kKu:
    case Prefix::kKau:
      return inner == Prefix::kPer;
    default:
      return false;
  }
}

// Does a root's affix summary allow `prefix` with `suffix`?
bool Licensed(uint64_t affixes, Prefix prefix, Suffix suffix) {
  int slot = suffix == Suffix::kKan  ? kSlotKan
             : suffix == Suffix::kI  ? kSlotI
             : suffix == Suffix::kAn ? kSlotAn
                                     : kSlotNone;
  int family;
  switch (prefix) {
    case Prefix::kNone:
      if (suffix == Suffix::kNone) return true;
      // A bare -kan/-i/-an form: a0, k0, i0, or any family with the suffix.
      for (int f = 0; f < kFamilies; ++f) {
        if (affixes & Bit(f, slot)) return true;
      }
      return false;
    case Prefix::kMeN:
    case Prefix::kMemper:
      family = kMFamily;
      break;
    case Prefix::kDi:
    case Prefix::kDiper:
      family = kDFamily;
      break;
    case Prefix::kBer:
      family = kBFamily;
      break;
    case Prefix::kTer:
      family = kTFamily;
      break;
    case Prefix::kPer:
      family = kRFamily;
      break;
    case Prefix::kPeN:
    case Prefix::kPer2:
      family = kPFamily;
      break;
    case Prefix::kKe:
      family = kKFamily;
      break;
    case Prefix::kSe:
      family = kSFamily;
      break;
    case Prefix::kKu:
    case Prefix::kKau:
      family = kOFamily;
      break;
    default:
      return false;
  }
  return (affixes & (Bit(family, slot) | Bit(family, kSlotOther))) != 0;
}

// One way to read a prefix off a stem: the root is `restored` (when not
// '\0') followed by `rest`.
struct Reading {
  Prefix prefix;
  char restored;
  std::string_view rest;
  int oddness;
};

// meN- and peN- (`prefix`) on `b`, whose first two letters ("me"/"pe") the
// caller checked. The tie rules are the header's.
template <typename Emit>
void NasalReadings(std::string_view b, Prefix prefix, const Emit& emit) {
  std::string_view r = b.substr(2);
  char r0 = At(r, 0);
  // me-/pe- before l m n r w y (and so ng-, ny-): melarang, menyanyi. Before
  // ny- this loses a tie to meny- + s: menyerang is serang, not *nyerang.
  if (r0 == 'l' || r0 == 'm' || r0 == 'n' || r0 == 'r' || r0 == 'w' ||
      r0 == 'y') {
    emit(Reading{prefix, '\0', r, r0 == 'n' && At(r, 1) == 'y' ? kTieOdd : 0});
  }
  if (r0 == 'm') {  // mem-
    std::string_view s = r.substr(1);
    char s0 = At(s, 0), s1 = At(s, 1);
    if (s0 == 'b' || s0 == 'f' || s0 == 'v') emit(Reading{prefix, '\0', s, 0});
    if (s0 == 'p') {
      emit(Reading{prefix, '\0', s, IsConsonant(s1) ? 0 : kKeptOdd});
    }
    if (IsVowel(s0)) emit(Reading{prefix, 'p', s, kTieOdd});
  } else if (r0 == 'n' && At(r, 1) == 'g') {  // meng-, menge-
    std::string_view s = r.substr(2);
    char s0 = At(s, 0), s1 = At(s, 1);
    if (IsVowel(s0) || s0 == 'g' || s0 == 'h' || s0 == 'q') {
      emit(Reading{prefix, '\0', s, 0});
    }
    if (s0 == 'k') {
      emit(Reading{prefix, '\0', s, IsConsonant(s1) ? 0 : kKeptOdd});
    }
    if (IsVowel(s0)) emit(Reading{prefix, 'k', s, kTieOdd});
    // menge- before one-syllable roots (mengebom), and mengetahui.
    if (s0 == 'e') emit(Reading{prefix, '\0', s.substr(1), kRareOdd});
  } else if (r0 == 'n' && At(r, 1) == 'y') {  // meny-
    std::string_view s = r.substr(2);
    if (IsVowel(At(s, 0))) emit(Reading{prefix, 's', s, 0});
  } else if (r0 == 'n') {  // men-
    std::string_view s = r.substr(1);
    char s0 = At(s, 0), s1 = At(s, 1);
    if (s0 == 'd' || s0 == 'c' || s0 == 'j' || s0 == 'z') {
      emit(Reading{prefix, '\0', s, 0});
    }
    if (s0 == 't') emit(Reading{prefix, '\0', s, s1 == 'r' ? 0 : kKeptOdd});
    if (s0 == 's') {
      emit(Reading{prefix, '\0', s, IsConsonant(s1) ? 0 : kKeptOdd});
    }
    if (IsVowel(s0)) emit(Reading{prefix, 't', s, kTieOdd});
  }
}

// Every prefix reading of `b` (not the bare one).
template <typename Emit>
void PrefixReadings(std::string_view b, const Emit& emit) {
  if (StartsWith(b, "me")) NasalReadings(b, Prefix::kMeN, emit);
  if (StartsWith(b, "pe")) {
    NasalReadings(b, Prefix::kPeN, emit);
    char r0 = At(b, 2);
    if (IsConsonant(r0) && r0 != 'l' && r0 != 'm' && r0 != 'n' && r0 != 'r' &&
        r0 != 'w' && r0 != 'y') {
      emit(Reading{Prefix::kPer2, '\0', b.substr(2), 0});  // petani
    }
  }
  // ber-, per-, ter-, memper-, diper- drop their r before r (berencana,
  // terasa) and become bel-, pel-, mempel-, dipel- before ajar.
  struct RPrefix {
    std::string_view stem;  // without the r
    Prefix prefix;
  };
  static constexpr RPrefix kRPrefixes[] = {
      {"be", Prefix::kBer},     {"pe", Prefix::kPer},
      {"te", Prefix::kTer},     {"mempe", Prefix::kMemper},
      {"dipe", Prefix::kDiper},
  };
  for (const RPrefix& p : kRPrefixes) {
    if (!StartsWith(b, p.stem)) continue;
    std::string_view r = b.substr(p.stem.size());
    if (At(r, 0) == 'r') {
      // ber + vowel root before be + r root: berubah is ubah, not rubah.
      if (At(r, 1) != 'r') emit(Reading{p.prefix, '\0', r.substr(1), 0});
      emit(Reading{p.prefix, '\0', r, kTieOdd});
    } else if (r == "lajar") {
      emit(Reading{p.prefix, '\0', r.substr(1), 0});
    } else if (p.prefix == Prefix::kBer) {
      emit(Reading{p.prefix, '\0', r, kRareOdd});  // bekerja, beternak
    }
  }
  if (StartsWith(b, "di")) emit(Reading{Prefix::kDi, '\0', b.substr(2), 0});
  if (StartsWith(b, "ke")) {
    emit(Reading{Prefix::kKe, '\0', b.substr(2), 0});
    // ketidak-an: ketidakpastian, ketidakpercayaan.
    if (StartsWith(b, "ketidak")) {
      emit(Reading{Prefix::kKe, '\0', b.substr(7), 0});
    }
  }
  if (StartsWith(b, "se")) emit(Reading{Prefix::kSe, '\0', b.substr(2), 0});
  if (StartsWith(b, "kau")) {
    emit(Reading{Prefix::kKau, '\0', b.substr(3), 0});
  } else if (StartsWith(b, "ku")) {
    emit(Reading{Prefix::kKu, '\0', b.substr(2), 0});
  }
}

struct Candidate {
  Analysis analysis;
  int cost;
};

// Gathers the analyses of one word in fixed storage, looking each candidate
// root up as it is proposed.
class Collector {
 public:
  explicit Collector(const Lexicon& lexicon) : lexicon_(lexicon) {}

  // The suffix and clitic split that the next proposals share.
  void SetSplit(Suffix suffix, bool clitic, int base_cost) {
    suffix_ = suffix;
    clitic_ = clitic;
    base_cost_ = base_cost;
  }

  // Proposes the root `restored` + `rest` (no restored letter when '\0'),
  // read with `prefix`, which stands for `prefixes` stacked prefixes.
  void Try(char restored, std::string_view rest, Prefix prefix, int prefixes,
           int oddness) {
    if (!Combines(prefix, suffix_)) return;
    std::string_view root = rest;
    if (restored != '\0') {
      if (rest.empty() || rest.size() + 1 > sizeof(buf_)) return;
      buf_[0] = restored;
      std::memcpy(buf_ + 1, rest.data(), rest.size());
      root = std::string_view(buf_, rest.size() + 1);
    }
    if (root.size() < kMinRoot) return;
    uint64_t affixes = 0;
    std::string_view found = lexicon_.Find(root, &affixes);
    if (found.empty()) return;
    int cost = base_cost_ + prefixes * kAffixCost + oddness * kOddCost +
               PrefixRank(prefix) * kPrefixRankCost + SuffixRank(suffix_);
    if (!Licensed(affixes, prefix, suffix_)) cost += kUnlicensedCost;
    Add(found, prefix, cost);
  }

  size_t size() const { return n_; }
  const Analysis& operator[](size_t i) const { return items_[i].analysis; }

  // Stable insertion sort by cost; there are few candidates.
  void Sort() {
    for (size_t i = 1; i < n_; ++i) {
      Candidate c = items_[i];
      size_t j = i;
      while (j > 0 && items_[j - 1].cost > c.cost) {
        items_[j] = items_[j - 1];
        --j;
      }
      items_[j] = c;
    }
  }

 private:
  void Add(std::string_view root, Prefix prefix, int cost) {
    for (size_t i = 0; i < n_; ++i) {
      const Analysis& a = items_[i].analysis;
      if (a.root.data() == root.data() && a.prefix == prefix &&
          a.suffix == suffix_ && a.clitic == clitic_) {
        if (cost < items_[i].cost) items_[i].cost = cost;
        return;
      }
    }
    if (n_ == Morphology::kMaxAnalyses) return;
    Analysis& a = items_[n_].analysis;
    a.root = root;
    a.prefix = prefix;
    a.suffix = suffix_;
    a.voice = VoiceOf(prefix, suffix_);
    a.clitic = clitic_;
    items_[n_].cost = cost;
    ++n_;
  }

  const Lexicon& lexicon_;
  Suffix suffix_ = Suffix::kNone;
  bool clitic_ = false;
  int base_cost_ = 0;
  size_t n_ = 0;
  Candidate items_[Morphology::kMaxAnalyses];
  char buf_[Morphology::kMaxAnalyzedBytes + 2];
};

// Every prefix reading of `b`, which carries the current split, including
// two stacked prefixes.
void ProposePrefixes(std::string_view b, Collector* c) {
  c->Try('\0', b, Prefix::kNone, 0, 0);
  PrefixReadings(b, [c](const Reading& outer) {
    c->Try(outer.restored, outer.rest, outer.prefix, 1, outer.oddness);
    if (outer.restored != '\0') return;
    PrefixReadings(outer.rest, [c, &outer](const Reading& inner) {
      if (!Stacks(outer.prefix, inner.prefix)) return;
      c->Try(inner.restored, inner.rest, outer.prefix, 2,
             outer.oddness + inner.oddness);
    });
  });
}

struct Clitic {
  std::string_view text;
  int affixes;
  int rank;
};
constexpr Clitic kClitics[] = {
    {"nya", 1, 0}, {"lah", 1, 1}, {"pun", 1, 1},    {"kah", 1, 2},
    {"ku", 1, 2},  {"mu", 1, 2},  {"nyalah", 2, 0}, {"nyakah", 2, 0},
};

// Every analysis of `w`, a word without hyphens or a lexicon entry with them.
void AnalyzePart(std::string_view w, int base_cost, Collector* c) {
  for (int ci = -1; ci < static_cast<int>(std::size(kClitics)); ++ci) {
    std::string_view s = w;
    int cost = base_cost;
    if (ci >= 0) {
      const Clitic& clitic = kClitics[ci];
      if (!EndsWith(w, clitic.text) ||
          w.size() < clitic.text.size() + kMinRoot) {
        continue;
      }
      s = w.substr(0, w.size() - clitic.text.size());
      cost += clitic.affixes * kAffixCost + clitic.rank;
    }
    c->SetSplit(Suffix::kNone, ci >= 0, cost);
    ProposePrefixes(s, c);
    if (EndsWith(s, "kan")) {
      c->SetSplit(Suffix::kKan, ci >= 0, cost + kAffixCost);
      ProposePrefixes(s.substr(0, s.size() - 3), c);
    }
    if (EndsWith(s, "an")) {
      c->SetSplit(Suffix::kAn, ci >= 0, cost + kAffixCost);
      ProposePrefixes(s.substr(0, s.size() - 2), c);
    }
    if (EndsWith(s, "i")) {
      c->SetSplit(Suffix::kI, ci >= 0, cost + kAffixCost);
      ProposePrefixes(s.substr(0, s.size() - 1), c);
    }
  }
}

}  // namespace

size_t Morphology::Analyze(std::string_view word,
                           std::vector<Analysis>* out) const {
  out->clear();
  if (word.empty()) return 0;
  Collector c(*lexicon_);
  if (word.size() > kMaxAnalyzedBytes) {
    c.SetSplit(Suffix::kNone, false, 0);
    c.Try('\0', word, Prefix::kNone, 0, 0);
  } else {
    size_t first_hyphen = word.find('-');
    if (first_hyphen == std::string_view::npos || lexicon_->Contains(word)) {
      AnalyzePart(word, 0, &c);
    }
    if (first_hyphen != std::string_view::npos) {
      std::string_view last = word.substr(word.rfind('-') + 1);
      std::string_view first = word.substr(0, first_hyphen);
      if (!last.empty()) AnalyzePart(last, 0, &c);
      if (!first.empty() && first != last) {
        AnalyzePart(first, kFirstPartCost, &c);
      }
    }
  }
  c.Sort();
  for (size_t i = 0; i < c.size(); ++i) out->push_back(c[i]);
  return out->size();
}

}  // namespace warta::lang::id
