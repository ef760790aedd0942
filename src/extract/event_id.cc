#include "extract/event_id.h"

#include <charconv>

namespace warta::extract {
namespace {

void Mix(uint64_t* h, std::string_view s) {
  for (unsigned char c : s) {
    *h ^= c;
    *h *= 1099511628211ull;
  }
  *h ^= 0x1f;  // field separator
  *h *= 1099511628211ull;
}

// Mixes the decimal digits of `v`, as Mix(std::to_string(v)) would, without
// a temporary string.
void MixNumber(uint64_t* h, uint32_t v) {
  char buf[10];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  Mix(h, std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
}

}  // namespace

std::string EventId(std::string_view doc_id, uint32_t evidence_start,
                    uint32_t evidence_end, uint32_t trigger_start,
                    std::string_view code, std::string_view source,
                    std::string_view target) {
  uint64_t h = 1469598103934665603ull;
  Mix(&h, doc_id);
  MixNumber(&h, evidence_start);
  MixNumber(&h, evidence_end);
  MixNumber(&h, trigger_start);
  Mix(&h, code);
  Mix(&h, source);
  Mix(&h, target);
  std::string id(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) id[i] = "0123456789abcdef"[h & 0xf];
  return id;
}

}  // namespace warta::extract
