#include "dict/cameo.h"

#include <charconv>
#include <fstream>
#include <sstream>
#include <vector>

#include "dict/line_reader.h"

namespace warta::dict {

int CameoCode::quad_class() const {
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

Result<CameoTable> CameoTable::Load(const std::filesystem::path& path) {
  Result<LineReader> reader = LineReader::Open(path);
  if (!reader.ok()) return reader.status();
  CameoTable table;
  Line line;
  while (reader->Next(&line)) {
    if (line.text.empty()) continue;
    std::vector<std::string_view> cols;
    size_t b = 0;
    while (true) {
      size_t e = line.text.find('\t', b);
      cols.push_back(line.text.substr(b, e == std::string_view::npos ? e : e - b));
      if (e == std::string_view::npos) break;
      b = e + 1;
    }
    if (cols.size() < 3) {
      return Status::InvalidInput(reader->Where(line) +
                                  ": expected code, name, goldstein[, plover type, mode]");
    }
    CameoCode c;
    c.code = std::string(cols[0]);
    bool digits = c.code.size() >= 2 && c.code.size() <= 4;
    for (char ch : c.code) digits = digits && ch >= '0' && ch <= '9';
    if (!digits) {
      return Status::InvalidInput(reader->Where(line) + ": bad CAMEO code '" +
                                  c.code + "'");
    }
    c.name = std::string(cols[1]);
    std::string g(cols[2]);
    char* end = nullptr;
    c.goldstein = std::strtod(g.c_str(), &end);
    if (g.empty() || end == nullptr || *end != '\0') {
      return Status::InvalidInput(reader->Where(line) + ": bad Goldstein value '" +
                                  g + "'");
    }
    if (cols.size() > 3) c.plover_type = std::string(cols[3]);
    if (cols.size() > 4) c.plover_mode = std::string(cols[4]);
    std::string key = c.code;
    table.codes_[key] = std::move(c);
  }
  if (table.codes_.empty())
    return Status::InvalidInput(path.string() + ": no CAMEO codes");
  return table;
}

const CameoCode* CameoTable::Find(std::string_view code) const {
  // absl::string_view, which Debian builds Abseil with, is not std::string_view.
  auto it = codes_.find(absl::string_view(code.data(), code.size()));
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace warta::dict
