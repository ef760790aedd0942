// Reading a whole file into memory, with errors a user can act on.
//
// Every reader in warta (inputs, dictionaries, gold files, suites) takes a
// file whole. `std::ifstream` hides read errors: `ss << in.rdbuf()` stops at
// the first failed read and looks like the end of the file, so a disk error
// or an unreadable special file came out as a short or empty text. These
// functions read with the system calls and say what failed.
//
//   Result<std::string> text = text::ReadFile("data/id/verbs.txt");
//   if (!text.ok()) return text.status();   // "data/id/verbs.txt: cannot
//                                           //  open: No such file or directory"
#ifndef WARTA_TEXT_FILE_H_
#define WARTA_TEXT_FILE_H_

#include <string>

#include "warta/status.h"

namespace warta::text {

// The bytes of the file at `path`. Errors are kIoError with the message
// "PATH: cannot open: REASON", "PATH: is a directory" or
// "PATH: read error: REASON".
Result<std::string> ReadFile(const std::string& path);

// The bytes of an open descriptor up to its end (standard input is 0). `name`
// is used in error messages. The descriptor is not closed.
Result<std::string> ReadDescriptor(int fd, const std::string& name);

}  // namespace warta::text

#endif  // WARTA_TEXT_FILE_H_
