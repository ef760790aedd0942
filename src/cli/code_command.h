// `warta code`: reads articles and writes their events.
#ifndef WARTA_CLI_CODE_COMMAND_H_
#define WARTA_CLI_CODE_COMMAND_H_

#include <filesystem>
#include <string>
#include <vector>

namespace warta::cli {

struct CodeArgs {
  std::vector<std::string> inputs;  // files, directories, or "-" for stdin
  std::string lang = "auto";
  std::string date;  // "" = from the dateline
  std::string now;   // "" = today
  std::string format = "jsonl";
  std::string output;  // "" = stdout
  std::filesystem::path data_dir;
  std::filesystem::path gazetteer;  // "" = no locations
  size_t max_line_bytes = 1 << 20;
  bool statements = false;
  int jobs = 1;
};

// Returns the exit status: 0 when every input was coded, 1 when some failed,
// 2 for usage errors. Messages go to stderr, naming the file.
int RunCode(const CodeArgs& args);

// Today's date, "YYYY-MM-DD", in UTC.
std::string Today();

}  // namespace warta::cli

#endif  // WARTA_CLI_CODE_COMMAND_H_
