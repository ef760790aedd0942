#include "dict/vocab.h"

namespace warta::dict {

const Vocab::Slot Vocab::kNoSlots[1] = {};

void Vocab::Place(const Slot& s) {
  size_t i = s.hash & mask_;
  while (slots_[i].hash != 0) i = (i + 1) & mask_;
  slots_[i] = s;
}

WordId Vocab::Intern(std::string_view word) {
  WordId found = Find(word);
  if (found != kNoWord) return found;
  if ((words_.size() + 1) * 2 > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot());
    table_ = slots_.data();
    mask_ = slots_.size() - 1;
    for (const Slot& s : old)
      if (s.hash != 0) Place(s);
  }
  words_.emplace_back(word);
  const std::string& w = words_.back();
  Slot s;
  s.hash = WordHash()(w) | kUsed;
  s.data = w.data();
  s.size = static_cast<uint32_t>(w.size());
  s.id = static_cast<WordId>(words_.size() - 1);
  Place(s);
  return s.id;
}

}  // namespace warta::dict
