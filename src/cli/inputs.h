// Reading the articles named on the command line.
#ifndef WARTA_CLI_INPUTS_H_
#define WARTA_CLI_INPUTS_H_

#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>
#include <vector>

#include "warta/status.h"

namespace warta::cli {

struct InputFile {
  std::string path;    // as given, or found under a directory; "-" is stdin
  std::string doc_id;  // the file name without extension; "stdin"
};

// Expands directories (recursively, files in sorted order, hidden files
// skipped). A missing path is returned as an error entry for the caller to
// report, so the other inputs are still coded.
std::vector<InputFile> ExpandInputs(const std::vector<std::string>& args,
                                    std::vector<std::string>* errors);

// Reads a whole file (or stdin for "-"). Errors name the file.
Result<std::string> ReadInput(const InputFile& in);

// Where a command writes: std::cout when `path` is empty, else `*file`
// opened (truncated) on `path`. On failure says so on stderr, naming the
// file, and returns nullptr.
std::ostream* OpenOutput(const std::string& path, std::ofstream* file);

}  // namespace warta::cli

#endif  // WARTA_CLI_INPUTS_H_
