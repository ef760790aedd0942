// Status and Result<T>: how warta reports errors.
//
// Nothing in warta throws across its API. A function that can fail returns a
// Status, or a Result<T> holding either a value or a Status. The message names
// the file, line or byte offset and the value that was wrong, so that it can be
// shown to a user as it is.
//
//   Result<Dictionary> d = Dictionary::Load(dir);
//   if (!d.ok()) return d.status().Annotate("loading dictionaries");
//
// Both types are cheap to move and safe to share once built.
#ifndef WARTA_STATUS_H_
#define WARTA_STATUS_H_

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace warta {

enum class StatusCode {
  kOk = 0,
  kInvalidInput,  // The input (text, dictionary, query) is malformed.
  kNotFound,      // A file, id or entry does not exist.
  kIoError,       // Reading or writing failed.
  kUsage,         // The caller asked for something that makes no sense.
  kInternal,      // A bug in warta.
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK.
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string msg) {
    return Status(StatusCode::kInvalidInput, std::move(msg));
  }
  static Status NotFound(std::string msg) {
    return Status(StatusCode::kNotFound, std::move(msg));
  }
  static Status IoError(std::string msg) {
    return Status(StatusCode::kIoError, std::move(msg));
  }
  static Status Usage(std::string msg) {
    return Status(StatusCode::kUsage, std::move(msg));
  }
  static Status Internal(std::string msg) {
    return Status(StatusCode::kInternal, std::move(msg));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is "context: message". OK stays OK.
  Status Annotate(const std::string& context) const {
    if (ok()) return *this;
    return Status(code_, context + ": " + message_);
  }

 private:
  Status(StatusCode code, std::string msg)
      : code_(code), message_(std::move(msg)) {}

  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Holds a T or a non-OK Status. REQUIRES: ok() before value().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(v_).ok() && "Result from an OK Status");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  Status status() const {
    return ok() ? Status::Ok() : std::get<Status>(v_);
  }
  T& value() & { assert(ok()); return std::get<T>(v_); }
  const T& value() const& { assert(ok()); return std::get<T>(v_); }
  T&& value() && { assert(ok()); return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace warta

#endif  // WARTA_STATUS_H_
