// The event database schema (documented table by table in docs/schema.md).
//
// EnsureSchema creates what is missing and is safe to call on every open:
// the tables, indexes, the FTS5 index over evidence sentences (when the
// SQLite library has FTS5) and the views that join codes to names.
#ifndef WARTA_STORE_SCHEMA_H_
#define WARTA_STORE_SCHEMA_H_

#include <filesystem>

#include "store/db.h"
#include "warta/status.h"

namespace warta::store {

inline constexpr int kSchemaVersion = 1;

// Creates the schema when missing. Fails with InvalidInput when the file
// holds a warta schema of another version. `*has_fts` (optional) says
// whether the FTS5 index exists.
Status EnsureSchema(Db* db, bool* has_fts);

// Whether the database has the FTS5 evidence index (meta key "fts").
Result<bool> HasFts(Db* db);

// The FTS5 index over mentions.evidence_text is brought up to date in bulk,
// not row by row (FTS5 is many times faster so): mentions with id <= meta
// 'fts_upto' are indexed, later ones not yet. UpdateTextIndex indexes the
// rest in its own transaction; readers search the rest with LIKE.
Result<int64_t> FtsIndexedUpTo(Db* db);
Status UpdateTextIndex(Db* db);

// Replaces the `cameo_codes` table with data/cameo/cameo.tsv of `data_dir`
// (code, name, goldstein, quad class, PLOVER type and mode). The message
// names the file and line of a malformed row. Runs in the caller's
// transaction, if any.
Status LoadCameoCodes(Db* db, const std::filesystem::path& data_dir);

}  // namespace warta::store

#endif  // WARTA_STORE_SCHEMA_H_
