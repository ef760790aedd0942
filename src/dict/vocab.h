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
#include <deque>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"

namespace warta::dict {

using WordId = uint32_t;
inline constexpr WordId kNoWord = 0xFFFFFFFFu;

class Vocab {
 public:
  Vocab() = default;
  Vocab(Vocab&&) = default;
  Vocab& operator=(Vocab&&) = default;
  Vocab(const Vocab&) = delete;  // ids are shared with tries; move it

  WordId Intern(std::string_view word);
  WordId Find(std::string_view word) const;
  std::string_view Word(WordId id) const { return words_[id]; }
  size_t size() const { return words_.size(); }

 private:
  std::deque<std::string> words_;  // deque: views into it stay valid
  absl::flat_hash_map<std::string_view, WordId> ids_;  // views into words_
};

}  // namespace warta::dict

#endif  // WARTA_DICT_VOCAB_H_
