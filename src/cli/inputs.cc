#include "cli/inputs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>

namespace warta::cli {

std::vector<InputFile> ExpandInputs(const std::vector<std::string>& args,
                                    std::vector<std::string>* errors) {
  namespace fs = std::filesystem;
  std::vector<InputFile> out;
  for (const std::string& a : args) {
    if (a == "-") {
      out.push_back({"-", "stdin"});
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(a, ec);
    if (ec || !fs::exists(st)) {
      errors->push_back(a + ": no such file or directory");
      continue;
    }
    if (fs::is_directory(st)) {
      // Plain strings: an fs::path also keeps a list of its components, and
      // for a corpus of 100,000 files that list alone was tens of megabytes.
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(
               a, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const fs::path& p = it->path();
        if (p.filename().string().starts_with(".")) {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file()) found.push_back(p.string());
      }
      if (ec) errors->push_back(a + ": " + ec.message());
      std::sort(found.begin(), found.end());
      out.reserve(out.size() + found.size());
      for (std::string& p : found) {
        std::string stem = fs::path(p).stem().string();
        out.push_back({std::move(p), std::move(stem)});
      }
      continue;
    }
    out.push_back({a, fs::path(a).stem().string()});
  }
  return out;
}

std::ostream* OpenOutput(const std::string& path, std::ofstream* file) {
  if (path.empty()) return &std::cout;
  file->open(path, std::ios::binary | std::ios::trunc);
  if (!*file) {
    std::cerr << "warta: " << path << ": cannot open for writing\n";
    return nullptr;
  }
  return file;
}

Result<std::string> ReadInput(const InputFile& in) {
  if (in.path == "-") {
    std::string s((std::istreambuf_iterator<char>(std::cin)),
                  std::istreambuf_iterator<char>());
    return s;
  }
  // One open and reads straight into the string, sized from fstat: no
  // stream buffers and no copy of the text.
  int fd = ::open(in.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IoError("cannot open for reading");
  std::string s;
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
    s.resize(static_cast<size_t>(st.st_size));
  size_t used = 0;
  ssize_t n;
  do {
    if (used < s.size()) {
      n = ::read(fd, s.data() + used, s.size() - used);
    } else {  // past the size fstat gave (or none): read on in blocks
      char block[1 << 14];
      n = ::read(fd, block, sizeof block);
      if (n > 0) s.append(block, static_cast<size_t>(n));
    }
    if (n > 0) used += static_cast<size_t>(n);
  } while (n > 0 || (n < 0 && errno == EINTR));
  ::close(fd);
  if (n < 0) return Status::IoError("read error");
  s.resize(used);
  return s;
}

}  // namespace warta::cli
