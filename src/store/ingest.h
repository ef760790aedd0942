// Ingest: codes articles and stores them, with their events, in the event
// database (schema in docs/schema.md, usage in docs/ingest.md).
//
//   IngestOptions opts;
//   opts.db_path = "warta.db";
//   opts.data_dir = "data";
//   opts.engine = engine.get();
//   opts.inputs = {{"corpus.jsonl", "corpus"}};
//   Result<IngestStats> st = Ingest(opts);
//
// A pipeline of three kinds of threads: the calling thread reads the
// inputs (a JSONL file line by line, a text file whole), `threads` workers
// code the articles with the shared Engine, and one writer puts them into
// SQLite in input order, in transactions of `batch_articles` articles (or
// whatever arrived within `batch_seconds`). At most `max_in_flight`
// articles and `max_in_flight_bytes` of text are between the reader and the
// writer at any time, so memory stays flat however large the corpus is.
//
// Atomicity: an article and all its events are written in one transaction.
// A killed process loses at most the transaction in progress; the database
// then holds every article of every committed batch with all its events,
// and nothing of the others. Running the same ingest again adds what is
// missing: an article whose id or text hash is stored is a duplicate and is
// skipped (before coding, when the database already held it).
//
// Errors: a malformed input (a JSONL line, a text that is not UTF-8) is
// reported through on_message as "path:line: message" (or "path: message")
// and counted as failed; the others go in. A database error stops the
// ingest and is returned; what was committed stays.
#ifndef WARTA_STORE_INGEST_H_
#define WARTA_STORE_INGEST_H_

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "warta/engine.h"
#include "warta/status.h"

namespace warta::store {

// One input: a text file (one article), a JSON Lines file (*.jsonl,
// *.ndjson: one article per line, see store/jsonl.h) or "-" for standard
// input (one text article).
struct IngestInput {
  std::string path;
  std::string doc_id;  // id of a text article; JSONL lines carry their own
};

// Which stored articles --recode codes again.
enum class Recode {
  kNone,
  kChanged,  // those coded with another dictionary hash (--recode)
  kAll,      // all of them (--recode=all)
};

struct IngestProgress {
  uint64_t articles = 0;  // read so far: stored + duplicates + failed + recoded
  uint64_t stored = 0;
  uint64_t duplicates = 0;
  uint64_t failed = 0;
  uint64_t recoded = 0;
  uint64_t mentions = 0;     // events written (one mention each)
  uint64_t bytes_done = 0;   // input bytes consumed
  uint64_t bytes_total = 0;  // 0 when unknown (stdin, --recode)
  double seconds = 0;        // since the start
  bool final = false;        // the last call
};

struct IngestStats {
  uint64_t stored = 0;      // new articles
  uint64_t duplicates = 0;  // skipped: id or text already stored
  uint64_t failed = 0;      // malformed or not codable
  uint64_t recoded = 0;     // stored articles whose events were replaced
  uint64_t mentions = 0;    // events written
  uint64_t new_events = 0;  // rows added to `events` (after de-duplication)
  uint64_t bytes = 0;
  double seconds = 0;
  int64_t run_id = 0;
};

struct IngestOptions {
  std::filesystem::path db_path = "warta.db";  // created when missing
  std::filesystem::path data_dir = "data";     // cameo/cameo.tsv -> cameo_codes
  const Engine* engine = nullptr;              // REQUIRED; not owned
  std::vector<IngestInput> inputs;
  Recode recode = Recode::kNone;
  std::string date;            // document date when an article has none ("" = dateline)
  std::string now;             // "YYYY-MM-DD" for datelines without a year; REQUIRED
  int threads = 0;             // coding threads; 0 = one per core
  int batch_articles = 1000;   // articles per transaction
  double batch_seconds = 2.0;  // or fewer, when they took longer than this
  size_t max_in_flight = 512;  // articles between reader and writer
  size_t max_in_flight_bytes = size_t{64} << 20;  // of article text
  std::string command;                            // the command line, recorded in `runs`
  std::string version = "";                       // warta version for `runs` ("" = built-in)

  // Called from the writer thread at most every 100 ms, and once at the end
  // with final = true. May be empty.
  std::function<void(const IngestProgress&)> on_progress;
  // Problems with inputs. Called from any of the pipeline's threads, so it
  // must be thread-safe. May be empty (the problems are still counted).
  std::function<void(const std::string&)> on_message;
};

Result<IngestStats> Ingest(const IngestOptions& options);

// The warta version compiled in ("0.1.0").
const char* WartaVersion();

}  // namespace warta::store

#endif  // WARTA_STORE_INGEST_H_
