// Country names from ISO 3166-1, as Debian's iso-codes package ships them
// (/usr/share/iso-codes/json/iso_3166-1.json), for the English actor pack.
//
// Each country gives its short name ("Germany"), its common name ("South
// Korea" for "Korea, Republic of") and its official name ("Federal Republic
// of Germany"), each mapped to its alpha-3 code. Names written in the
// inverted catalogue style ("Iran, Islamic Republic of") are skipped: news
// does not write them. A leading "the" is dropped. Reading is done once,
// when the engine is created.
#ifndef WARTA_DICT_ISO3166_H_
#define WARTA_DICT_ISO3166_H_

#include <filesystem>
#include <string>
#include <vector>

#include "warta/status.h"

namespace warta::dict {

struct CountryName {
  std::string name;  // "South Korea"
  std::string code;  // "KOR"
};

// Errors name the file: NotFound when it is missing, InvalidInput when it
// is not the iso-codes JSON.
Result<std::vector<CountryName>> LoadIso3166(const std::filesystem::path& path);

}  // namespace warta::dict

#endif  // WARTA_DICT_ISO3166_H_
