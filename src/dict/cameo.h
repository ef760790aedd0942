// The CAMEO event code table: names, Goldstein scores and the PLOVER mapping.
//
// Loaded from data/cameo/cameo.tsv (see data/cameo/README.md). Immutable once
// loaded; safe to share across threads.
#ifndef WARTA_DICT_CAMEO_H_
#define WARTA_DICT_CAMEO_H_

#include <filesystem>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "warta/status.h"

namespace warta::dict {

struct CameoCode {
  std::string code;  // "036"
  std::string name;  // "Express intent to meet or negotiate"
  double goldstein = 0;
  std::string plover_type;  // "CONSULT"
  std::string plover_mode;  // "" when the mapping gives none
  std::string_view root() const { return std::string_view(code).substr(0, 2); }
  // 1 verbal cooperation (01-05), 2 material cooperation (06-08),
  // 3 verbal conflict (09-13), 4 material conflict (14-20).
  int quad_class() const;
};

class CameoTable {
 public:
  static Result<CameoTable> Load(const std::filesystem::path& path);
  // nullptr when `code` is not a CAMEO code.
  const CameoCode* Find(std::string_view code) const;
  size_t size() const { return codes_.size(); }

 private:
  absl::flat_hash_map<std::string, CameoCode> codes_;  // built once, then read
};

}  // namespace warta::dict

#endif  // WARTA_DICT_CAMEO_H_
