#include "dict/line_reader.h"

#include <utility>

#include "text/file.h"
#include "text/utf8.h"

namespace warta::dict {

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return s.substr(b, e - b);
}

std::vector<std::string_view> SplitTrim(std::string_view s, std::string_view sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  while (true) {
    size_t e = s.find(sep, b);
    if (e == std::string_view::npos) {
      out.push_back(Trim(s.substr(b)));
      return out;
    }
    out.push_back(Trim(s.substr(b, e - b)));
    b = e + sep.size();
  }
}

Result<LineReader> LineReader::Open(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    return Status::NotFound(path.string() + ": no such file");
  Result<std::string> content = text::ReadFile(path.string());
  if (!content.ok()) return content.status();
  LineReader r;
  r.path_ = path.string();
  r.content_ = std::move(content).value();
  text::SplitLines(r.content_, &r.lines_);
  size_t bad = text::FindInvalidUtf8(r.content_);
  if (bad != text::kValid) {
    int line = 1;
    for (size_t i = 0; i < bad; ++i) line += r.content_[i] == '\n';
    return Status::InvalidInput(r.path_ + ":" + std::to_string(line) +
                                ": invalid UTF-8 at byte " + std::to_string(bad));
  }
  return r;
}

bool LineReader::Next(Line* line) {
  while (next_ < lines_.size()) {
    text::Span s = lines_[next_++];
    std::string_view t(content_.data() + s.begin, s.end - s.begin);
    size_t hash = t.find('#');
    if (hash != std::string_view::npos) t = t.substr(0, hash);
    t = Trim(t);
    if (t.empty()) continue;
    line->number = static_cast<int>(next_);
    line->text = t;
    return true;
  }
  return false;
}

std::string LineReader::Where(const Line& line) const {
  return path_ + ":" + std::to_string(line.number);
}

}  // namespace warta::dict
