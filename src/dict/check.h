// The dictionary checker behind `warta dict check`.
//
// Loading stops at the first malformed line; the checker goes further and
// reports what loads but is probably a mistake: the same phrase twice (a
// duplicate when the codes agree, a conflict when they differ and their date
// ranges overlap), the same pattern twice, and a phrase that is both an actor
// and a role. Each problem names file:line.
#ifndef WARTA_DICT_CHECK_H_
#define WARTA_DICT_CHECK_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace warta::dict {

struct CheckReport {
  std::vector<std::string> errors;    // the dictionaries do not load
  std::vector<std::string> problems;  // duplicates and conflicts
  size_t actors = 0, agents = 0, patterns = 0;
};

// Checks data_dir/<lang>/ and data_dir/cameo/.
CheckReport CheckDictionaries(const std::filesystem::path& data_dir,
                              std::string_view lang);

}  // namespace warta::dict

#endif  // WARTA_DICT_CHECK_H_
