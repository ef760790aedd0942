#include "text/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace warta::text {
namespace {

// Closes the descriptor when the read is over, on every path.
class FdCloser {
 public:
  explicit FdCloser(int fd) : fd_(fd) {}
  FdCloser(const FdCloser&) = delete;
  FdCloser& operator=(const FdCloser&) = delete;
  ~FdCloser() { ::close(fd_); }

 private:
  int fd_;
};

Result<std::string> ReadAll(int fd, const std::string& name, size_t size_hint) {
  std::string out;
  // Room for the whole of a regular file, plus one byte so that the read
  // which finds the end does not have to grow the string; pipes and special
  // files start with a block and grow.
  out.resize(size_hint > 0 ? size_hint + 1 : 16384);
  size_t used = 0;
  for (;;) {
    if (used == out.size()) out.resize(out.size() * 2);
    ssize_t n = ::read(fd, out.data() + used, out.size() - used);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(name + ": read error: " + std::strerror(errno));
    }
    used += static_cast<size_t>(n);
  }
  out.resize(used);
  return out;
}

}  // namespace

Result<std::string> ReadFile(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  }
  FdCloser closer(fd);
  struct stat st;
  size_t size_hint = 0;
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) return Status::IoError(path + ": is a directory");
    if (S_ISREG(st.st_mode) && st.st_size > 0) size_hint = static_cast<size_t>(st.st_size);
  }
  return ReadAll(fd, path, size_hint);
}

Result<std::string> ReadDescriptor(int fd, const std::string& name) {
  return ReadAll(fd, name, 0);
}

}  // namespace warta::text
