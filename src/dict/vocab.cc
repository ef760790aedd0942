#include "dict/vocab.h"

namespace warta::dict {

WordId Vocab::Intern(std::string_view word) {
  auto it = ids_.find(word);
  if (it != ids_.end()) return it->second;
  words_.emplace_back(word);
  auto id = static_cast<WordId>(words_.size() - 1);
  ids_.emplace(std::string_view(words_.back()), id);
  return id;
}

WordId Vocab::Find(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? kNoWord : it->second;
}

}  // namespace warta::dict
