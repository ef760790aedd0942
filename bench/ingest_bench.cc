// ingest_bench: ingests a JSONL corpus into a fresh database, in process,
// and reports throughput and peak memory. Coding is included: this is the
// whole of `warta ingest` (read, code on worker threads, de-duplicate and
// write on one writer thread), minus the progress line.
//
//   build/bench/corpus_gen --articles 20000 -o /tmp/corpus.jsonl
//   build/bench/ingest_bench /tmp/corpus.jsonl [--db /tmp/bench.db] [--threads N]
//
// Prints one line: articles, events (mentions written), distinct events,
// seconds (wall clock, from opening the database to the last checkpoint),
// articles/s, events/s, MB/s of input, the CPU time of the process (user +
// system; includes loading the dictionaries) and its peak RSS (getrusage).
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>

#include "store/ingest.h"
#include "warta/engine.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: ingest_bench CORPUS.jsonl [--db FILE] [--threads N] [--batch N]\n");
    return 2;
  }
  std::string corpus = argv[1], db = "/tmp/warta_ingest_bench.db";
  int threads = 0, batch = 0;  // 0: the defaults of `warta ingest`
  for (int i = 2; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--db")
      db = argv[i + 1];
    else if (a == "--threads")
      threads = std::atoi(argv[i + 1]);
    else if (a == "--batch")
      batch = std::atoi(argv[i + 1]);
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);

  warta::EngineOptions eopts;
  eopts.data_dir = WARTA_SOURCE_DIR "/data";
  eopts.gazetteer = WARTA_GAZETTEER_TSV;
  auto engine = warta::Engine::Create(eopts);
  if (!engine.ok()) {
    std::fprintf(stderr, "ingest_bench: %s\n", engine.status().message().c_str());
    return 1;
  }
  warta::store::IngestOptions o;
  o.db_path = db;
  o.data_dir = eopts.data_dir;
  o.engine = engine->get();
  o.inputs = {{corpus, "corpus"}};
  o.now = "2025-01-01";
  o.threads = threads;
  if (batch > 0) o.batch_articles = batch;
  o.command = "ingest_bench " + corpus;
  o.on_message = [](const std::string& m) {
    std::fprintf(stderr, "ingest_bench: %s\n", m.c_str());
  };
  auto st = warta::store::Ingest(o);
  if (!st.ok()) {
    std::fprintf(stderr, "ingest_bench: %s\n", st.status().message().c_str());
    return 1;
  }
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  double s = st->seconds;
  double cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec +
               ru.ru_stime.tv_usec / 1e6;
  std::printf(
      "articles %llu  events %llu  distinct events %llu  %.2f s  %.0f articles/s  "
      "%.0f events/s  %.1f MB/s  CPU %.2f s  peak RSS %.1f MB  (coding included, %d coding "
      "threads)\n",
      static_cast<unsigned long long>(st->stored), static_cast<unsigned long long>(st->mentions),
      static_cast<unsigned long long>(st->new_events), s, st->stored / s, st->mentions / s,
      st->bytes / s / 1e6, cpu, ru.ru_maxrss / 1024.0,
      threads > 0 ? threads : static_cast<int>(std::thread::hardware_concurrency()));
  return st->failed > 0 ? 1 : 0;
}
