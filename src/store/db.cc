#include "store/db.h"

#include <sqlite3.h>

#include <mutex>
#include <utility>

namespace warta::store {
namespace {

Status SqliteError(sqlite3* db, std::string_view what) {
  std::string msg = "sqlite: ";
  msg += db ? sqlite3_errmsg(db) : "out of memory";
  if (!what.empty()) {
    msg += " (";
    msg += what.substr(0, 120);
    if (what.size() > 120) msg += "…";
    msg += ")";
  }
  return Status::IoError(std::move(msg));
}

}  // namespace

Stmt::Stmt(Stmt&& other) noexcept : stmt_(std::exchange(other.stmt_, nullptr)), db_(other.db_) {}

Stmt& Stmt::operator=(Stmt&& other) noexcept {
  if (this != &other) {
    if (stmt_) sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    db_ = other.db_;
  }
  return *this;
}

Stmt::~Stmt() {
  if (stmt_) sqlite3_finalize(stmt_);
}

void Stmt::BindInt(int idx, int64_t v) { sqlite3_bind_int64(stmt_, idx, v); }
void Stmt::BindDouble(int idx, double v) { sqlite3_bind_double(stmt_, idx, v); }
void Stmt::BindText(int idx, std::string_view v) {
  sqlite3_bind_text(stmt_, idx, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
}
void Stmt::BindNull(int idx) { sqlite3_bind_null(stmt_, idx); }
void Stmt::BindTextOrNull(int idx, std::string_view v) {
  if (v.empty())
    BindNull(idx);
  else
    BindText(idx, v);
}

Result<bool> Stmt::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Status s = SqliteError(db_, sqlite3_sql(stmt_));
  sqlite3_reset(stmt_);
  return s;
}

Status Stmt::Run() {
  int rc;
  while ((rc = sqlite3_step(stmt_)) == SQLITE_ROW) {
  }
  Status s = rc == SQLITE_DONE ? Status::Ok() : SqliteError(db_, sqlite3_sql(stmt_));
  Reset();
  return s;
}

void Stmt::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int64_t Stmt::Int(int col) const { return sqlite3_column_int64(stmt_, col); }
double Stmt::Double(int col) const { return sqlite3_column_double(stmt_, col); }
std::string_view Stmt::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (!p) return {};
  return {reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, col))};
}
bool Stmt::IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
int Stmt::ColumnCount() const { return sqlite3_column_count(stmt_); }

Result<std::unique_ptr<Db>> Db::Open(const std::filesystem::path& path, Mode mode) {
  // SQLite keeps allocation statistics behind a global mutex by default;
  // warta never reads them, and the writer allocates a lot. This must run
  // before SQLite initialises itself, and only once per process.
  static std::once_flag config_once;
  std::call_once(config_once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  std::error_code ec;
  if (mode == kReadOnly && !std::filesystem::exists(path, ec))
    return Status::NotFound(path.string() + ": no such database (run `warta ingest` first)");
  int flags = mode == kReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  flags |= SQLITE_OPEN_NOMUTEX;  // one thread per connection (see db.h)
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status s = SqliteError(raw, "");
    sqlite3_close(raw);
    return s.Annotate(path.string());
  }
  std::unique_ptr<Db> db(new Db(raw, path));
  sqlite3_busy_timeout(raw, 10000);
  sqlite3_extended_result_codes(raw, 1);
  Status s = db->Exec("PRAGMA temp_store = MEMORY;");
  if (mode == kReadWrite && s.ok())
    s = db->Exec(
        // Takes effect only on a new, empty file: 16 KiB pages make fewer,
        // larger writes when the event tables grow.
        "PRAGMA page_size = 16384;"
        "PRAGMA journal_mode = WAL;"
        "PRAGMA synchronous = NORMAL;"
        "PRAGMA secure_delete = OFF;");
  if (!s.ok()) return s.Annotate(path.string());
  // Touch the schema so that a file that is not a database fails here.
  Result<int64_t> probe = db->QueryInt("SELECT count(*) FROM sqlite_schema");
  if (!probe.ok()) return probe.status().Annotate(path.string());
  // Only now is the page size known; SQLite turns a size in KiB into a
  // number of pages with the page size of the moment.
  if (Status c = db->Exec("PRAGMA cache_size = -32768"); !c.ok())  // KiB: 32 MiB
    return c.Annotate(path.string());
  return db;
}

Db::~Db() { sqlite3_close_v2(db_); }

Status Db::Exec(std::string_view sql) {
  std::string copy(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db_, copy.c_str(), nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string msg = "sqlite: ";
  msg += err ? err : sqlite3_errmsg(db_);
  sqlite3_free(err);
  return Status::IoError(std::move(msg));
}

Result<Stmt> Db::Prepare(std::string_view sql) {
  sqlite3_stmt* s = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &s, nullptr);
  if (rc != SQLITE_OK) return SqliteError(db_, sql);
  return Stmt(s, db_);
}

Result<int64_t> Db::QueryInt(std::string_view sql, int64_t fallback) {
  Result<Stmt> st = Prepare(sql);
  if (!st.ok()) return st.status();
  Result<bool> row = st->Step();
  if (!row.ok()) return row.status();
  return *row ? st->Int(0) : fallback;
}

int64_t Db::LastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }
int Db::Changes() const { return sqlite3_changes(db_); }

Transaction::Transaction(Db* db) : db_(db) {
  begin_ = db_->Exec("BEGIN IMMEDIATE");
  open_ = begin_.ok();
}

Transaction::~Transaction() {
  if (open_) (void)db_->Exec("ROLLBACK");
}

Status Transaction::Commit() {
  if (!open_) return begin_.ok() ? Status::Internal("transaction already ended") : begin_;
  Status s = db_->Exec("COMMIT");
  if (s.ok()) open_ = false;
  return s;
}

}  // namespace warta::store
