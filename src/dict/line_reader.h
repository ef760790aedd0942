// LineReader: reads a dictionary file line by line, stripping comments.
//
// Every dictionary message names "file:line", so the reader keeps both. A
// file must be valid UTF-8; the first bad byte is reported with its line.
#ifndef WARTA_DICT_LINE_READER_H_
#define WARTA_DICT_LINE_READER_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenize.h"
#include "warta/status.h"

namespace warta::dict {

struct Line {
  int number = 0;         // 1-based
  std::string_view text;  // without comment and surrounding white space
};

class LineReader {
 public:
  // Reads the whole file. NotFound / IoError / InvalidInput (bad UTF-8, with
  // file:line) name the file.
  static Result<LineReader> Open(const std::filesystem::path& path);

  // Next line that is not blank after removing a # comment. False at the end.
  bool Next(Line* line);
  // "data/id/verbs.txt:12"
  std::string Where(const Line& line) const;
  const std::string& path() const { return path_; }
  // The whole file as read, comments included.
  const std::string& content() const { return content_; }
  // The name messages use for the file (default: the path as opened).
  void set_display_path(std::string p) { path_ = std::move(p); }

 private:
  std::string path_;
  std::string content_;
  std::vector<text::Span> lines_;
  size_t next_ = 0;
};

// Splits `s` on `sep`, trimming white space around each part.
std::vector<std::string_view> SplitTrim(std::string_view s, std::string_view sep);
std::string_view Trim(std::string_view s);

}  // namespace warta::dict

#endif  // WARTA_DICT_LINE_READER_H_
