// Vocab: the interned words of the dictionaries.
//
// Every word a dictionary names (actor phrases, pattern words, roots,
// grammatical words) gets a small integer id, so that matching compares
// integers. Text words that no dictionary names have no id (kNoWord): they can
// match nothing, so there is nothing to intern. Built once at load, then
// immutable and safe to share across threads; Find never allocates.
#ifndef WARTA_DICT_VOCAB_H_
#define WARTA_DICT_VOCAB_H_

#include <cstdint>
#include <cstring>
#include <functional>
#include <deque>
#include <string>
#include <string_view>
#include <vector>


namespace warta::dict {

// A hash for the short strings the hot path looks up (words, mostly under
// 16 bytes): a few fixed-size loads and two multiply-fold mixes, where
// std::hash runs a general loop. Good in every bit, as Swiss tables need;
// unseeded. Always inlined: a call costs about what the hash does.
struct WordHash {
  using is_transparent = void;
  [[gnu::always_inline]] size_t operator()(std::string_view s) const {
    const size_t n = s.size();
    const char* p = s.data();
    uint64_t a, b;
    if (n >= 8) {
      if (n > 16) return std::hash<std::string_view>()(s);
      a = Load<uint64_t>(p);
      b = Load<uint64_t>(p + n - 8);
    } else if (n >= 4) {
      a = Load<uint32_t>(p);
      b = Load<uint32_t>(p + n - 4);
    } else {
      a = n == 0 ? 0 : (static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
                           (static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
                           static_cast<unsigned char>(p[n - 1]);
      b = 0;
    }
    return static_cast<size_t>(
        Mum(Mum(a ^ 0x9E3779B97F4A7C15ull, b ^ 0xBF58476D1CE4E5B9ull) ^ n,
            0x94D049BB133111EBull));
  }

 private:
  // The two halves of the 128-bit product, folded (wyhash's mix).
  static uint64_t Mum(uint64_t x, uint64_t y) {
    const unsigned __int128 m = static_cast<unsigned __int128>(x) * y;
    return static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
  }
  template <typename T>
  static uint64_t Load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
};

using WordId = uint32_t;
inline constexpr WordId kNoWord = 0xFFFFFFFFu;

class Vocab {
 public:
  Vocab() = default;
  Vocab(Vocab&&) = default;
  Vocab& operator=(Vocab&&) = default;
  Vocab(const Vocab&) = delete;  // ids are shared with tries; move it

  WordId Intern(std::string_view word);
  // The id of `word`, or kNoWord. One hash and, mostly, one probe; a word
  // is compared byte by byte only when its whole 64-bit hash matches.
  [[gnu::always_inline]] WordId Find(std::string_view word) const {
    const uint64_t h = WordHash()(word) | kUsed;
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = table_[i];
      if (s.hash == 0) return kNoWord;
      if (s.hash == h && s.size == word.size() && SameBytes(s.data, word.data(), s.size))
        return s.id;
    }
  }
  // The number of slots Find(word) reads (for tests and benchmarks).
  size_t Probes(std::string_view word) const {
    const uint64_t h = WordHash()(word) | kUsed;
    size_t n = 1;
    for (size_t i = h & mask_;; i = (i + 1) & mask_, ++n) {
      const Slot& s = table_[i];
      if (s.hash == 0 || (s.hash == h && s.size == word.size() &&
                          SameBytes(s.data, word.data(), s.size)))
        return n;
    }
  }
  std::string_view Word(WordId id) const { return words_[id]; }
  size_t size() const { return words_.size(); }

 private:
  // Open addressing with linear probing, at most half full. `data` points
  // into words_ (a deque: its strings never move, not even when the Vocab
  // is moved).
  // Set in the hash of every word, so that 0 marks an empty slot. The top
  // bit, not the lowest: the low bits pick the slot, and a bit set there
  // would leave half the slots never a word's first choice.
  static constexpr uint64_t kUsed = uint64_t{1} << 63;
  struct Slot {
    uint64_t hash = 0;  // WordHash | kUsed; 0: empty
    const char* data = nullptr;
    uint32_t size = 0;
    WordId id = kNoWord;
  };
  void Place(const Slot& s);
  // a[0..n) == b[0..n), by fixed-size loads up to 16 bytes (words mostly
  // are shorter), by memcmp beyond.
  static bool SameBytes(const char* a, const char* b, size_t n) {
    if (n >= 8) {
      if (n > 16) return std::memcmp(a, b, n) == 0;
      return ((Load<uint64_t>(a) ^ Load<uint64_t>(b)) |
              (Load<uint64_t>(a + n - 8) ^ Load<uint64_t>(b + n - 8))) == 0;
    }
    if (n >= 4)
      return ((Load<uint32_t>(a) ^ Load<uint32_t>(b)) |
              (Load<uint32_t>(a + n - 4) ^ Load<uint32_t>(b + n - 4))) == 0;
    for (size_t i = 0; i < n; ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  template <typename T>
  static T Load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }

  static const Slot kNoSlots[1];  // the table before the first word: empty

  std::deque<std::string> words_;
  std::vector<Slot> slots_;
  const Slot* table_ = kNoSlots;  // slots_.data() once there are words
  size_t mask_ = 0;
};

}  // namespace warta::dict

#endif  // WARTA_DICT_VOCAB_H_
