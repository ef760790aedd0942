// Db and Stmt: small RAII wrappers over the SQLite C API.
//
// warta's event database is SQLite (see docs/schema.md). These two classes
// are the only place that touches sqlite3.h; everything above them speaks
// Status and Result. Neither throws.
//
//   Result<std::unique_ptr<Db>> db = Db::Open("warta.db", Db::kReadWrite);
//   if (!db.ok()) return db.status();
//   Result<Stmt> q = (*db)->Prepare("SELECT count(*) FROM events WHERE quad_class = ?");
//   q->BindInt(1, 4);
//   Result<bool> row = q->Step();       // true: a row is ready
//   if (row.ok() && *row) n = q->Int(0);
//
// Thread-safety: a Db (one connection) and its statements belong to one
// thread at a time. Open one Db per thread; in WAL mode readers on other
// connections see the last committed transaction while a writer works.
#ifndef WARTA_STORE_DB_H_
#define WARTA_STORE_DB_H_

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "warta/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace warta::store {

class Db;

// A prepared statement. Move-only: it owns the sqlite3_stmt.
//
// Bind* indices are 1-based, column indices 0-based. Text bound with
// BindText is NOT copied: it must stay alive until the statement is reset
// (Run() resets it; after Step() call Reset()).
class Stmt {
 public:
  Stmt() = default;
  Stmt(Stmt&& other) noexcept;
  Stmt& operator=(Stmt&& other) noexcept;
  Stmt(const Stmt&) = delete;  // owns the sqlite3_stmt
  ~Stmt();

  void BindInt(int idx, int64_t v);
  void BindDouble(int idx, double v);
  void BindText(int idx, std::string_view v);  // not copied; see above
  void BindNull(int idx);
  // Binds NULL when `v` is empty, else the text.
  void BindTextOrNull(int idx, std::string_view v);

  // Steps once: true when a row is ready, false when done.
  Result<bool> Step();
  // Steps to the end (for INSERT/UPDATE/DELETE), then resets and clears the
  // bindings.
  Status Run();
  void Reset();  // resets and clears the bindings

  int64_t Int(int col) const;
  double Double(int col) const;
  std::string_view Text(int col) const;  // "" for NULL; valid until next Step
  bool IsNull(int col) const;
  int ColumnCount() const;

  bool valid() const { return stmt_ != nullptr; }

 private:
  friend class Db;
  Stmt(sqlite3_stmt* s, sqlite3* db) : stmt_(s), db_(db) {}
  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
};

// One connection. Opening applies warta's pragmas: WAL journal,
// synchronous=NORMAL (a committed transaction survives a killed process; a
// power cut may lose the last ones, never corrupt the file), 16 KiB pages
// for a new file, a 32 MiB page cache and a busy timeout of 10 s.
class Db {
 public:
  enum Mode {
    kReadOnly,   // fails with NotFound when the file does not exist
    kReadWrite,  // creates the file when missing
  };
  static Result<std::unique_ptr<Db>> Open(const std::filesystem::path& path, Mode mode);
  Db(const Db&) = delete;  // owns the connection
  ~Db();

  // Runs one or more statements that return no rows.
  Status Exec(std::string_view sql);
  Result<Stmt> Prepare(std::string_view sql);
  // Runs a query that returns one integer (count(*) and the like); `fallback`
  // when it returns no row.
  Result<int64_t> QueryInt(std::string_view sql, int64_t fallback = 0);

  int64_t LastInsertRowid() const;
  int Changes() const;

  const std::filesystem::path& path() const { return path_; }

 private:
  Db(sqlite3* db, std::filesystem::path path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::filesystem::path path_;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless Commit()
// succeeded. REQUIRES: no transaction is open on `db`.
class Transaction {
 public:
  explicit Transaction(Db* db);
  Transaction(const Transaction&) = delete;  // ends exactly one transaction
  ~Transaction();
  const Status& status() const { return begin_; }  // whether BEGIN worked
  Status Commit();

 private:
  Db* db_;
  Status begin_;
  bool open_ = false;
};

}  // namespace warta::store

#endif  // WARTA_STORE_DB_H_
