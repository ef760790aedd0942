#include "dict/iso3166.h"

#include <simdjson.h>

namespace warta::dict {

Result<std::vector<CountryName>> LoadIso3166(const std::filesystem::path& path) {
  if (!std::filesystem::exists(path))
    return Status::NotFound(path.string() + ": no such file (Debian package iso-codes)");
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (auto err = parser.load(path.string()).get(doc); err)
    return Status::InvalidInput(path.string() + ": " + simdjson::error_message(err));
  simdjson::dom::array list;
  if (doc["3166-1"].get_array().get(list))
    return Status::InvalidInput(path.string() + ": no \"3166-1\" array");
  std::vector<CountryName> out;
  for (simdjson::dom::element e : list) {
    std::string_view code;
    if (e["alpha_3"].get_string().get(code) || code.size() != 3) continue;
    for (const char* key : {"name", "common_name", "official_name"}) {
      std::string_view name;
      if (e[key].get_string().get(name)) continue;
      if (name.find(',') != std::string_view::npos) continue;
      if (name.starts_with("the ")) name.remove_prefix(4);
      bool dup = false;
      for (size_t k = out.size(); k-- > 0 && out[k].code == code;)
        dup |= out[k].name == name;
      if (!dup) out.push_back({std::string(name), std::string(code)});
    }
  }
  if (out.empty()) return Status::InvalidInput(path.string() + ": no countries");
  return out;
}

}  // namespace warta::dict
