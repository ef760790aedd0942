// Stable event ids: the same input gives the same id on every run.
#ifndef WARTA_EXTRACT_EVENT_ID_H_
#define WARTA_EXTRACT_EVENT_ID_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace warta::extract {

// 16 hex digits of a 64-bit FNV-1a hash over the document id, the evidence
// span, the trigger offset, the CAMEO code and the actor codes.
std::string EventId(std::string_view doc_id, uint32_t evidence_start,
                    uint32_t evidence_end, uint32_t trigger_start,
                    std::string_view code, std::string_view source,
                    std::string_view target);

}  // namespace warta::extract

#endif  // WARTA_EXTRACT_EVENT_ID_H_
