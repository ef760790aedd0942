// `warta code --lang en --verbs F --actors F[,F] ...`: codes English text with
// TABARI or PETRARCH dictionaries (docs/tabari-dictionaries.md).
#ifndef WARTA_CLI_TABARI_CODE_H_
#define WARTA_CLI_TABARI_CODE_H_

#include <string>
#include <vector>

namespace warta::cli {

struct TabariCodeArgs {
  std::vector<std::string> inputs;  // files, directories, or "-" for stdin
  std::string dict_format = "auto";  // tabari, petrarch or auto
  std::string verbs;                 // one verb file
  std::string actor_list;            // actor files, comma-separated
  std::string agents, discards;      // optional
  std::string date;                  // YYYY-MM-DD or YYYYMMDD for dated actor codes ("" = today)
  std::string format = "jsonl";      // jsonl or table
  std::string output;                // "" = stdout
  bool require_dyad = true;
};

// Exit status: 0, 1 when an input failed, 2 on usage errors (a dictionary
// that cannot be read, a bad option).
int RunTabariCode(const TabariCodeArgs& args);

}  // namespace warta::cli

#endif  // WARTA_CLI_TABARI_CODE_H_
