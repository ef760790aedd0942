#include "store/schema.h"

#include <fstream>
#include <string>
#include <vector>

namespace warta::store {
namespace {

// Tables and indexes. Every statement is idempotent.
constexpr const char* kTables = R"sql(
CREATE TABLE IF NOT EXISTS meta(
  key   TEXT PRIMARY KEY,
  value TEXT
);
CREATE TABLE IF NOT EXISTS runs(
  id              INTEGER PRIMARY KEY,
  started_at      TEXT NOT NULL,
  finished_at     TEXT,
  warta_version   TEXT NOT NULL,
  dictionary_hash TEXT NOT NULL,
  command         TEXT,
  stored          INTEGER NOT NULL DEFAULT 0,
  duplicates      INTEGER NOT NULL DEFAULT 0,
  failed          INTEGER NOT NULL DEFAULT 0,
  recoded         INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS articles(
  id          INTEGER PRIMARY KEY,
  doc_id      TEXT NOT NULL UNIQUE,
  url         TEXT,
  source      TEXT,
  source_key  TEXT NOT NULL,
  title       TEXT,
  date        TEXT,
  date_source TEXT,
  lang        TEXT NOT NULL,
  text_hash   TEXT NOT NULL UNIQUE,
  text        TEXT NOT NULL,
  origin      TEXT NOT NULL,
  run_id      INTEGER NOT NULL REFERENCES runs(id),
  num_events  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS events(
  id                   INTEGER PRIMARY KEY AUTOINCREMENT,
  dedup_key            TEXT NOT NULL,
  key_hash             INTEGER NOT NULL,
  date                 TEXT,
  date_precision       TEXT,
  date_first           TEXT,
  date_last            TEXT,
  source_code          TEXT,
  source_name          TEXT,
  source_country       TEXT,
  target_code          TEXT,
  target_name          TEXT,
  target_country       TEXT,
  cameo_code           TEXT NOT NULL,
  cameo_root           TEXT NOT NULL,
  goldstein            REAL,
  quad_class           INTEGER,
  plover_type          TEXT,
  plover_mode          TEXT,
  location_name        TEXT,
  location_country     TEXT,
  location_adm1        TEXT,
  location_lat         REAL,
  location_lon         REAL,
  location_feature     TEXT,
  location_geonames_id INTEGER,
  is_root              INTEGER NOT NULL DEFAULT 0,
  num_mentions         INTEGER NOT NULL,
  num_sources          INTEGER NOT NULL,
  num_articles         INTEGER NOT NULL,
  first_seen           TEXT,
  last_seen            TEXT,
  date_added           TEXT NOT NULL,
  first_article_id     INTEGER REFERENCES articles(id)
);
CREATE INDEX IF NOT EXISTS events_key ON events(key_hash);
CREATE INDEX IF NOT EXISTS events_date ON events(date_first);
CREATE TABLE IF NOT EXISTS mentions(
  id               INTEGER PRIMARY KEY,
  event_id         INTEGER NOT NULL REFERENCES events(id),
  article_id       INTEGER NOT NULL REFERENCES articles(id),
  event_hash       TEXT NOT NULL,
  sentence         INTEGER NOT NULL,
  paragraph        INTEGER NOT NULL,
  evidence_start   INTEGER NOT NULL,
  evidence_end     INTEGER NOT NULL,
  evidence_text    TEXT NOT NULL,
  trigger_start    INTEGER NOT NULL,
  trigger_end      INTEGER NOT NULL,
  trigger_text     TEXT NOT NULL,
  source_text      TEXT,
  source_start     INTEGER,
  source_end       INTEGER,
  source_via       TEXT,
  source_entry     TEXT,
  target_text      TEXT,
  target_start     INTEGER,
  target_end       INTEGER,
  target_via       TEXT,
  target_entry     TEXT,
  attribution_text    TEXT,
  attribution_code    TEXT,
  attribution_country TEXT,
  location_text    TEXT,
  location_start   INTEGER,
  location_end     INTEGER,
  date_text        TEXT,
  date_source      TEXT,
  rule             TEXT NOT NULL,
  notes            TEXT,
  future           INTEGER NOT NULL,
  historical       INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event_id);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE TABLE IF NOT EXISTS event_sources(
  event_id INTEGER NOT NULL,
  source   TEXT NOT NULL,
  PRIMARY KEY(event_id, source)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS cameo_codes(
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  goldstein   REAL,
  quad_class  INTEGER,
  plover_type TEXT,
  plover_mode TEXT
);
)sql";

constexpr const char* kFts = R"sql(
CREATE VIRTUAL TABLE IF NOT EXISTS mentions_fts USING fts5(
  evidence_text, content='mentions', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
)sql";

// Views for sqlite3, pandas.read_sql and R DBI users.
constexpr const char* kViews = R"sql(
CREATE VIEW IF NOT EXISTS events_named AS
SELECT e.id, e.date, e.date_precision, e.date_first, e.date_last,
       e.source_code, e.source_name, e.source_country,
       e.target_code, e.target_name, e.target_country,
       e.cameo_code, c.name AS cameo_name, e.cameo_root, r.name AS root_name,
       e.goldstein, e.quad_class,
       CASE e.quad_class WHEN 1 THEN 'Verbal cooperation'
                         WHEN 2 THEN 'Material cooperation'
                         WHEN 3 THEN 'Verbal conflict'
                         WHEN 4 THEN 'Material conflict' END AS quad_name,
       e.plover_type, e.plover_mode,
       e.location_name, e.location_country, e.location_lat, e.location_lon,
       e.location_geonames_id, e.is_root,
       e.num_mentions, e.num_sources, e.num_articles,
       e.first_seen, e.last_seen, e.date_added,
       a.url AS source_url
FROM events e
LEFT JOIN cameo_codes c ON c.code = e.cameo_code
LEFT JOIN cameo_codes r ON r.code = e.cameo_root
LEFT JOIN articles a ON a.id = e.first_article_id;

CREATE VIEW IF NOT EXISTS mentions_named AS
SELECT m.id, m.event_id, e.cameo_code, c.name AS cameo_name,
       e.source_code, m.source_text, e.target_code, m.target_text,
       e.date AS event_date, m.date_text, m.date_source,
       a.doc_id, a.url, a.source AS article_source, a.date AS article_date,
       m.sentence, m.paragraph, m.evidence_text, m.trigger_text,
       m.attribution_code, m.attribution_text, m.location_text,
       m.rule, m.notes, m.future, m.historical, m.event_hash
FROM mentions m
JOIN events e ON e.id = m.event_id
JOIN articles a ON a.id = m.article_id
LEFT JOIN cameo_codes c ON c.code = e.cameo_code;

CREATE VIEW IF NOT EXISTS events_per_root_month AS
SELECT substr(e.date_first, 1, 7) AS month, e.cameo_root, r.name AS root_name,
       count(*) AS events, sum(e.num_mentions) AS mentions
FROM events e LEFT JOIN cameo_codes r ON r.code = e.cameo_root
WHERE e.date_first IS NOT NULL
GROUP BY 1, 2 ORDER BY 1, 2;

CREATE VIEW IF NOT EXISTS actors_ranked AS
SELECT code, count(*) AS events, sum(num_mentions) AS mentions FROM (
  SELECT source_code AS code, num_mentions FROM events WHERE source_code IS NOT NULL
  UNION ALL
  SELECT target_code, num_mentions FROM events WHERE target_code IS NOT NULL)
GROUP BY code ORDER BY events DESC, code;
)sql";

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

int QuadOfRoot(int root) {
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return 0;
}

}  // namespace

Result<bool> HasFts(Db* db) {
  Result<int64_t> v = db->QueryInt("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts'", 0);
  if (!v.ok()) return v.status();
  return *v == 1;
}

Result<int64_t> FtsIndexedUpTo(Db* db) {
  return db->QueryInt("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_upto'", 0);
}

Status UpdateTextIndex(Db* db) {
  Result<bool> fts = HasFts(db);
  if (!fts.ok()) return fts.status();
  if (!*fts) return Status::Ok();
  Transaction tx(db);
  if (!tx.status().ok()) return tx.status();
  Result<int64_t> upto = FtsIndexedUpTo(db);
  if (!upto.ok()) return upto.status();
  Result<int64_t> last = db->QueryInt("SELECT coalesce(max(id), 0) FROM mentions");
  if (!last.ok()) return last.status();
  if (*last <= *upto) return Status::Ok();
  std::string n = std::to_string(*upto), m = std::to_string(*last);
  Status s = db->Exec(
      "INSERT INTO mentions_fts(rowid, evidence_text) "
      "SELECT id, evidence_text FROM mentions "
      "WHERE id > " +
      n + " AND id <= " + m +
      ";"
      "UPDATE meta SET value = '" +
      m + "' WHERE key = 'fts_upto';");
  if (!s.ok()) return s;
  return tx.Commit();
}

Status EnsureSchema(Db* db, bool* has_fts) {
  Result<int64_t> tables =
      db->QueryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'");
  if (!tables.ok()) return tables.status();
  if (*tables == 1) {
    Result<int64_t> version =
        db->QueryInt("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema_version'", -1);
    if (!version.ok()) return version.status();
    if (*version != kSchemaVersion)
      return Status::InvalidInput(db->path().string() + ": schema version " +
                                  std::to_string(*version) + ", this warta writes version " +
                                  std::to_string(kSchemaVersion));
    if (has_fts) {
      Result<bool> fts = HasFts(db);
      if (!fts.ok()) return fts.status();
      *has_fts = *fts;
    }
    return Status::Ok();
  }
  Transaction tx(db);
  if (!tx.status().ok()) return tx.status();
  if (Status s = db->Exec(kTables); !s.ok()) return s;
  // FTS5 is compiled into Debian's SQLite; fall back to LIKE where it is not.
  bool fts = db->Exec(kFts).ok();
  if (Status s = db->Exec(kViews); !s.ok()) return s;
  std::string meta = "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', '" +
                     std::to_string(kSchemaVersion) + "'), ('fts', '" + (fts ? "1" : "0") +
                     "'), ('fts_upto', '0'), ('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))";
  if (Status s = db->Exec(meta); !s.ok()) return s;
  if (Status s = tx.Commit(); !s.ok()) return s;
  if (has_fts) *has_fts = fts;
  return Status::Ok();
}

Status LoadCameoCodes(Db* db, const std::filesystem::path& data_dir) {
  std::filesystem::path path = data_dir / "cameo" / "cameo.tsv";
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path.string() + ": cannot open for reading");
  if (Status s = db->Exec("DELETE FROM cameo_codes"); !s.ok()) return s;
  Result<Stmt> ins = db->Prepare(
      "INSERT OR REPLACE INTO cameo_codes(code, name, goldstein, quad_class, plover_type, "
      "plover_mode) VALUES (?, ?, ?, ?, ?, ?)");
  if (!ins.ok()) return ins.status();
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = SplitTabs(line);
    std::string where = path.string() + ":" + std::to_string(lineno);
    if (f.size() < 3)
      return Status::InvalidInput(where + ": expected at least 3 tab-separated fields");
    std::string_view code = f[0];
    if (code.size() < 2 || code.size() > 4)
      return Status::InvalidInput(where + ": bad CAMEO code '" + std::string(code) + "'");
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    char* end = nullptr;
    std::string g(f[2]);
    double goldstein = std::strtod(g.c_str(), &end);
    if (end == g.c_str()) return Status::InvalidInput(where + ": bad Goldstein value '" + g + "'");
    std::string_view plover_type = f.size() > 3 ? f[3] : "";
    if (plover_type == "dropped") plover_type = "";
    ins->BindText(1, code);
    ins->BindText(2, f[1]);
    ins->BindDouble(3, goldstein);
    ins->BindInt(4, QuadOfRoot(root));
    ins->BindTextOrNull(5, plover_type);
    ins->BindTextOrNull(6, f.size() > 4 ? f[4] : "");
    if (Status s = ins->Run(); !s.ok()) return s.Annotate(where);
  }
  return Status::Ok();
}

}  // namespace warta::store
