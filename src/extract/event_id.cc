#include "extract/event_id.h"

#include <cstdio>

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

}  // namespace

std::string EventId(std::string_view doc_id, uint32_t evidence_start,
                    uint32_t evidence_end, uint32_t trigger_start,
                    std::string_view code, std::string_view source,
                    std::string_view target) {
  uint64_t h = 1469598103934665603ull;
  Mix(&h, doc_id);
  Mix(&h, std::to_string(evidence_start));
  Mix(&h, std::to_string(evidence_end));
  Mix(&h, std::to_string(trigger_start));
  Mix(&h, code);
  Mix(&h, source);
  Mix(&h, target);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace warta::extract
