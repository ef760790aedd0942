#include "store/ingest.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <deque>
#include <fstream>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "store/db.h"
#include "store/dedup.h"
#include "store/event_writer.h"
#include "store/jsonl.h"
#include "store/schema.h"
#include "text/file.h"

namespace warta::store {

const char* WartaVersion() { return WARTA_VERSION; }

namespace {

using Clock = std::chrono::steady_clock;

std::string UtcNow() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

bool IsJsonl(const std::string& path) {
  return path.ends_with(".jsonl") || path.ends_with(".ndjson") || path.ends_with(".JSONL");
}

// One article between the reader and the writer.
struct Item {
  CodedArticle coded;
  Status status;  // coding failed when not OK
  std::vector<std::string> warnings;
  std::string stored_date_source;  // --recode: keep how the date was found
  bool done = false;               // GUARDED_BY(Pipeline::mu_)
};

class Pipeline {
 public:
  Pipeline(const IngestOptions& o, Db* db, EventWriter* writer, int64_t run_id, std::string now)
      : o_(o), db_(db), writer_(writer), run_id_(run_id), now_(std::move(now)) {}

  Result<IngestStats> Run(uint64_t bytes_total, bool precheck);

 private:
  void Message(const std::string& m) {
    if (o_.on_message) o_.on_message(m);
  }
  // Reader side (the calling thread).
  Status ReadInputs();
  Status ReadText(const IngestInput& in);
  Status ReadJsonl(const IngestInput& in);
  Status ReadRecode();
  // Hands an article to the workers; false when the pipeline was aborted.
  bool Submit(std::unique_ptr<Item> item);
  // Whether the database already holds the article (before coding it).
  bool KnownBefore(const Article& a);
  void ReaderSkip(uint64_t bytes, bool failed) {
    reader_bytes_ += bytes;
    (failed ? reader_failed_ : reader_duplicates_)++;
  }

  void Worker();
  void Writer();
  Status WriteItem(Item* item);
  void Progress(bool final);

  const IngestOptions& o_;
  Db* db_;
  EventWriter* writer_;
  int64_t run_id_;
  std::string now_;
  std::unique_ptr<Db> check_db_;  // reader's own connection
  Stmt check_id_, check_hash_;
  bool precheck_ = false;

  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_, space_cv_;
  std::deque<std::unique_ptr<Item>> in_flight_;  // GUARDED_BY(mu_), input order
  std::deque<Item*> jobs_;                       // GUARDED_BY(mu_)
  std::vector<std::unique_ptr<Item>> garbage_;   // GUARDED_BY(mu_), written items
  size_t in_flight_bytes_ = 0;                   // GUARDED_BY(mu_)
  bool input_done_ = false;                      // GUARDED_BY(mu_)
  bool abort_ = false;                           // GUARDED_BY(mu_)
  bool reader_waiting_ = false;                  // GUARDED_BY(mu_)
  // Who sleeps on a condition variable: a wake-up is a system call, so each
  // side signals only when the other is waiting.
  int idle_workers_ = 0;         // GUARDED_BY(mu_)
  bool writer_waiting_ = false;  // GUARDED_BY(mu_)
  Status writer_status_;

  std::atomic<uint64_t> reader_bytes_{0}, reader_failed_{0}, reader_duplicates_{0};
  // Owned by the writer thread.
  IngestStats stats_;
  uint64_t mentions_indexed_ = 0;
  static constexpr uint64_t kIndexEvery = 200000;
  uint64_t bytes_total_ = 0;
  Clock::time_point start_ = Clock::now(), last_progress_{};
};

bool Pipeline::Submit(std::unique_ptr<Item> item) {
  std::vector<std::unique_ptr<Item>> garbage;
  std::unique_lock lock(mu_);
  garbage.swap(garbage_);
  if (!garbage.empty()) {
    lock.unlock();
    garbage.clear();
    lock.lock();
  }
  size_t bytes = item->coded.article.text.size();
  auto has_space = [&] {
    return abort_ || in_flight_.empty() ||
           (in_flight_.size() < o_.max_in_flight &&
            in_flight_bytes_ + bytes <= o_.max_in_flight_bytes);
  };
  while (!has_space()) {
    reader_waiting_ = true;
    space_cv_.wait(lock);
  }
  reader_waiting_ = false;
  if (abort_) return false;
  in_flight_bytes_ += bytes;
  jobs_.push_back(item.get());
  in_flight_.push_back(std::move(item));
  bool wake = idle_workers_ > 0;
  lock.unlock();
  if (wake) work_cv_.notify_one();
  return true;
}

bool Pipeline::KnownBefore(const Article& a) {
  if (!precheck_) return false;
  bool known = false;
  check_id_.BindText(1, a.doc_id);
  Result<bool> row = check_id_.Step();
  if (row.ok() && *row) {
    known = true;
    if (check_id_.Text(0) != a.text_hash)
      Message(a.origin + ": id '" + a.doc_id +
              "' is already stored with a different text; skipped");
  }
  check_id_.Reset();
  if (!known) {
    check_hash_.BindText(1, a.text_hash);
    row = check_hash_.Step();
    known = row.ok() && *row;
    check_hash_.Reset();
  }
  return known;
}

Status Pipeline::ReadText(const IngestInput& in) {
  auto item = std::make_unique<Item>();
  Article& a = item->coded.article;
  Result<std::string> text = in.path == "-" ? text::ReadDescriptor(0, "stdin")
                                             : text::ReadFile(in.path);
  if (!text.ok()) {
    Message(text.status().message());
    ReaderSkip(0, true);
    return Status::Ok();
  }
  a.text = std::move(text).value();
  item->coded.input_bytes = a.text.size();
  if (a.text.empty()) {
    Message(in.path + ": empty file, nothing to store");
    ReaderSkip(0, true);
    return Status::Ok();
  }
  a.doc_id = in.doc_id;
  a.origin = in.path == "-" ? "stdin" : in.path;
  a.text_hash = TextHash(a.text);
  if (KnownBefore(a)) {
    ReaderSkip(a.text.size(), false);
    return Status::Ok();
  }
  Submit(std::move(item));
  return Status::Ok();
}

Status Pipeline::ReadJsonl(const IngestInput& in) {
  std::ifstream f(in.path, std::ios::binary);
  if (!f) {
    Message(in.path + ": cannot open for reading");
    ReaderSkip(0, true);
    return Status::Ok();
  }
  ArticleJsonParser parser;
  std::string line;
  std::string stem = std::filesystem::path(in.path).stem().string();
  for (uint64_t lineno = 1; std::getline(f, line); ++lineno) {
    uint64_t bytes = line.size() + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      reader_bytes_ += bytes;
      continue;
    }
    auto item = std::make_unique<Item>();
    Article& a = item->coded.article;
    std::string where = in.path + ":" + std::to_string(lineno);
    if (Status s = parser.Parse(line, &a); !s.ok()) {
      Message(where + ": " + s.message() + "; skipped");
      ReaderSkip(bytes, true);
      continue;
    }
    if (a.doc_id.empty()) a.doc_id = stem + ":" + std::to_string(lineno);
    a.origin = std::move(where);
    a.text_hash = TextHash(a.text);
    item->coded.input_bytes = bytes;
    if (KnownBefore(a)) {
      ReaderSkip(bytes, false);
      continue;
    }
    if (!Submit(std::move(item))) return Status::Ok();
  }
  if (f.bad()) {
    Message(in.path + ": read error");
    ReaderSkip(0, true);
  }
  return Status::Ok();
}

Status Pipeline::ReadRecode() {
  std::string sql =
      "SELECT a.id, a.doc_id, a.url, a.source, a.title, a.date, a.date_source, a.lang, "
      "a.text, a.text_hash, a.origin FROM articles a JOIN runs r ON r.id = a.run_id "
      "WHERE a.id > ?1 AND a.run_id != ?2";
  if (o_.recode == Recode::kChanged) sql += " AND r.dictionary_hash != ?3";
  sql += " ORDER BY a.id LIMIT 256";
  Result<Stmt> q = check_db_->Prepare(sql);
  if (!q.ok()) return q.status();
  std::string hash = o_.engine->DictionaryHash();
  int64_t last = 0;
  for (;;) {
    // Short read transactions, so the WAL can be checkpointed meanwhile.
    std::vector<std::unique_ptr<Item>> chunk;
    q->BindInt(1, last);
    q->BindInt(2, run_id_);
    if (o_.recode == Recode::kChanged) q->BindText(3, hash);
    for (;;) {
      Result<bool> row = q->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      auto item = std::make_unique<Item>();
      CodedArticle& c = item->coded;
      c.recode_id = last = q->Int(0);
      c.article.doc_id = q->Text(1);
      c.article.url = q->Text(2);
      c.article.source = q->Text(3);
      c.article.title = q->Text(4);
      c.article.date = q->Text(5);
      item->stored_date_source = q->Text(6);
      c.article.lang = q->Text(7);
      c.article.text = q->Text(8);
      c.article.text_hash = q->Text(9);
      c.article.origin = q->Text(10);
      chunk.push_back(std::move(item));
    }
    q->Reset();
    if (chunk.empty()) return Status::Ok();
    for (auto& item : chunk)
      if (!Submit(std::move(item))) return Status::Ok();
  }
}

Status Pipeline::ReadInputs() {
  for (const IngestInput& in : o_.inputs) {
    {
      std::lock_guard lock(mu_);
      if (abort_) return Status::Ok();
    }
    Status s = IsJsonl(in.path) ? ReadJsonl(in) : ReadText(in);
    if (!s.ok()) return s;
  }
  if (o_.recode != Recode::kNone) return ReadRecode();
  return Status::Ok();
}

void Pipeline::Worker() {
  CodeOptions copts;
  for (;;) {
    Item* item;
    {
      std::unique_lock lock(mu_);
      while (!(abort_ || !jobs_.empty() || input_done_)) {
        ++idle_workers_;
        work_cv_.wait(lock);
        --idle_workers_;
      }
      if (abort_ || jobs_.empty()) return;
      item = jobs_.front();
      jobs_.pop_front();
    }
    CodedArticle& c = item->coded;
    Document doc;
    doc.doc_id = c.article.doc_id;
    doc.text = c.article.text;
    doc.lang = c.article.lang;
    if (!c.article.date.empty())
      doc.date = c.article.date;
    else if (!o_.date.empty())
      doc.date = o_.date;
    doc.now = o_.now;
    DocumentInfo info;
    item->status = o_.engine->Code(doc, copts, &c.events, &info);
    if (c.article.lang == "auto" && !info.lang.empty()) c.article.lang = info.lang;
    c.date_used = info.date;
    c.date_source =
        c.recode_id != 0 && !c.article.date.empty() ? item->stored_date_source : info.date_source;
    item->warnings = std::move(info.warnings);
    if (item->status.ok()) PrepareForWriting(&c);
    bool wake;
    {
      std::lock_guard lock(mu_);
      item->done = true;
      // The writer waits for the oldest article only.
      wake = writer_waiting_ && in_flight_.front().get() == item;
    }
    if (wake) done_cv_.notify_one();
  }
}

Status Pipeline::WriteItem(Item* item) {
  CodedArticle& c = item->coded;
  stats_.bytes += c.input_bytes;
  if (!item->status.ok()) {
    Message(c.article.origin + ": " + item->status.message() + "; skipped");
    ++stats_.failed;
    return Status::Ok();
  }
  for (const std::string& w : item->warnings) Message(c.article.origin + ": " + w);
  Result<EventWriter::WriteResult> r = writer_->Write(c, run_id_, now_);
  if (!r.ok()) return r.status().Annotate(c.article.origin);
  switch (r->outcome) {
    case EventWriter::Outcome::kStored:
      ++stats_.stored;
      break;
    case EventWriter::Outcome::kDuplicate:
      ++stats_.duplicates;
      if (!r->warning.empty()) Message(c.article.origin + ": " + r->warning + "; skipped");
      return Status::Ok();
    case EventWriter::Outcome::kRecoded:
      ++stats_.recoded;
      break;
  }
  stats_.mentions += c.events.size();
  stats_.new_events += r->new_events;
  return Status::Ok();
}

void Pipeline::Progress(bool final) {
  if (!o_.on_progress) return;
  Clock::time_point now = Clock::now();
  if (!final && now - last_progress_ < std::chrono::milliseconds(100)) return;
  last_progress_ = now;
  IngestProgress p;
  p.stored = stats_.stored;
  p.duplicates = stats_.duplicates + reader_duplicates_.load();
  p.failed = stats_.failed + reader_failed_.load();
  p.recoded = stats_.recoded;
  p.articles = p.stored + p.duplicates + p.failed + p.recoded;
  p.mentions = stats_.mentions;
  p.bytes_done = stats_.bytes + reader_bytes_.load();
  p.bytes_total = bytes_total_;
  p.seconds = std::chrono::duration<double>(now - start_).count();
  p.final = final;
  o_.on_progress(p);
}

void Pipeline::Writer() {
  std::optional<Transaction> tx;
  int in_batch = 0;
  Clock::time_point batch_start;
  auto commit = [&]() -> Status {
    if (!tx) return Status::Ok();
    if (Status s = writer_->Flush(); !s.ok()) return s;
    Status s = tx->Commit();
    tx.reset();
    in_batch = 0;
    return s;
  };
  auto fail = [&](Status s) {
    tx.reset();  // rolls back the batch in progress
    writer_->Forget();
    std::lock_guard lock(mu_);
    writer_status_ = std::move(s);
    abort_ = true;
    work_cv_.notify_all();
    space_cv_.notify_all();
  };
  // Commits the batch, and now and then indexes the new evidence for --text
  // in bulk.
  auto end_batch = [&]() -> Status {
    if (Status s = commit(); !s.ok()) return s;
    if (writer_->mentions_written() - mentions_indexed_ >= kIndexEvery) {
      if (Status s = UpdateTextIndex(db_); !s.ok()) return s;
      mentions_indexed_ = writer_->mentions_written();
    }
    return Status::Ok();
  };
  const auto batch_time = std::chrono::duration<double>(o_.batch_seconds);
  std::vector<std::unique_ptr<Item>> ready;  // coded, in input order
  for (;;) {
    bool finished = false;
    {
      // Take every coded article at the front in one go: one lock and at
      // most one wake-up of the reader for many articles.
      std::unique_lock lock(mu_);
      auto front_done = [&] {
        return abort_ || (!in_flight_.empty() && in_flight_.front()->done) ||
               (input_done_ && in_flight_.empty());
      };
      if (!front_done()) {
        writer_waiting_ = true;
        done_cv_.wait_for(lock, std::chrono::milliseconds(100), front_done);
        writer_waiting_ = false;
      }
      if (abort_) {
        finished = true;  // commit what is complete; the rest is dropped
      } else {
        while (!in_flight_.empty() && in_flight_.front()->done) {
          in_flight_bytes_ -= in_flight_.front()->coded.article.text.size();
          ready.push_back(std::move(in_flight_.front()));
          in_flight_.pop_front();
        }
        if (ready.empty() && input_done_ && in_flight_.empty()) finished = true;
        if (!ready.empty() && reader_waiting_) space_cv_.notify_one();
      }
    }
    if (finished) break;
    for (std::unique_ptr<Item>& item : ready) {
      if (!tx) {
        tx.emplace(db_);
        if (!tx->status().ok()) return fail(tx->status());
        if (Status s = writer_->Begin(); !s.ok()) return fail(s);
        batch_start = Clock::now();
      }
      if (Status s = WriteItem(item.get()); !s.ok()) return fail(s);
      ++in_batch;
      if (in_batch >= o_.batch_articles) {
        if (Status s = end_batch(); !s.ok()) return fail(s);
      }
    }
    if (!ready.empty()) {
      // Freeing articles and their events is left to the reader thread,
      // which has time to spare; the writer is the bottleneck.
      std::lock_guard lock(mu_);
      for (std::unique_ptr<Item>& item : ready) garbage_.push_back(std::move(item));
    }
    ready.clear();
    if (tx && Clock::now() - batch_start >= batch_time) {
      if (Status s = end_batch(); !s.ok()) return fail(s);
    }
    Progress(false);
  }
  if (Status s = commit(); !s.ok()) return fail(s);
}

Result<IngestStats> Pipeline::Run(uint64_t bytes_total, bool precheck) {
  bytes_total_ = bytes_total;
  Result<std::unique_ptr<Db>> check = Db::Open(db_->path(), Db::kReadWrite);
  if (!check.ok()) return check.status();
  check_db_ = std::move(*check);
  // The reader's lookups touch two small indexes of `articles`; a page cache
  // as large as the writer's would only add to the peak memory.
  if (Status s = check_db_->Exec("PRAGMA cache_size = -2048"); !s.ok()) return s;
  precheck_ = precheck;
  if (precheck_) {
    Result<Stmt> a = check_db_->Prepare("SELECT text_hash FROM articles WHERE doc_id = ?");
    Result<Stmt> b = check_db_->Prepare("SELECT 1 FROM articles WHERE text_hash = ?");
    if (!a.ok()) return a.status();
    if (!b.ok()) return b.status();
    check_id_ = std::move(*a);
    check_hash_ = std::move(*b);
  }

  int threads = o_.threads > 0
                    ? o_.threads
                    : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::thread> workers;
  for (int i = 0; i < threads; ++i) workers.emplace_back([this] { Worker(); });
  std::thread writer([this] { Writer(); });

  Status read_status = ReadInputs();
  {
    std::lock_guard lock(mu_);
    input_done_ = true;
    if (!read_status.ok()) abort_ = true;
  }
  work_cv_.notify_all();
  done_cv_.notify_all();
  for (std::thread& t : workers) t.join();
  writer.join();
  check_id_ = Stmt();
  check_hash_ = Stmt();
  check_db_.reset();

  if (!read_status.ok()) return read_status;
  if (!writer_status_.ok()) return writer_status_;
  stats_.duplicates += reader_duplicates_.load();
  stats_.failed += reader_failed_.load();
  stats_.bytes += reader_bytes_.load();
  stats_.seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  stats_.run_id = run_id_;
  Progress(true);
  return stats_;
}

}  // namespace

Result<IngestStats> Ingest(const IngestOptions& o) {
  Clock::time_point started = Clock::now();
  if (o.engine == nullptr) return Status::Usage("Ingest: no engine");
  if (o.batch_articles < 1) return Status::Usage("--batch must be at least 1");
  Result<std::unique_ptr<Db>> opened = Db::Open(o.db_path, Db::kReadWrite);
  if (!opened.ok()) return opened.status();
  Db* db = opened->get();
  bool fts = false;
  if (Status s = EnsureSchema(db, &fts); !s.ok()) return s;
  // Checkpoint every 64 MiB of WAL rather than every 1000 pages: a page the
  // batches keep changing (an index, a busy event) is copied back less often.
  if (Status s = db->Exec("PRAGMA wal_autocheckpoint = 16384"); !s.ok()) return s;

  std::string now = UtcNow();
  int64_t run_id = 0;
  bool precheck = false;
  {
    Transaction tx(db);
    if (!tx.status().ok()) return tx.status();
    if (Status s = LoadCameoCodes(db, o.data_dir); !s.ok()) return s;
    Result<Stmt> ins = db->Prepare(
        "INSERT INTO runs(started_at, warta_version, dictionary_hash, command) "
        "VALUES (?, ?, ?, ?)");
    if (!ins.ok()) return ins.status();
    std::string hash = o.engine->DictionaryHash();
    ins->BindText(1, now);
    ins->BindText(2, o.version.empty() ? WartaVersion() : o.version);
    ins->BindText(3, hash);
    ins->BindTextOrNull(4, o.command);
    if (Status s = ins->Run(); !s.ok()) return s;
    run_id = db->LastInsertRowid();
    Result<int64_t> any = db->QueryInt("SELECT count(*) FROM (SELECT 1 FROM articles LIMIT 1)");
    if (!any.ok()) return any.status();
    precheck = *any > 0;
    if (Status s = tx.Commit(); !s.ok()) return s;
  }

  uint64_t bytes_total = 0;
  for (const IngestInput& in : o.inputs) {
    std::error_code ec;
    uintmax_t size = in.path == "-" ? 0 : std::filesystem::file_size(in.path, ec);
    if (in.path == "-" || ec) {
      bytes_total = 0;  // unknown
      break;
    }
    bytes_total += size;
  }
  if (o.recode != Recode::kNone) bytes_total = 0;

  Result<std::unique_ptr<EventWriter>> writer = EventWriter::Create(db, fts);
  if (!writer.ok()) return writer.status();
  Pipeline pipeline(o, db, writer->get(), run_id, now);
  Result<IngestStats> stats = pipeline.Run(bytes_total, precheck);
  writer->reset();

  Result<Stmt> fin = db->Prepare(
      "UPDATE runs SET finished_at = ?2, stored = ?3, duplicates = ?4, failed = ?5, "
      "recoded = ?6 WHERE id = ?1");
  if (!fin.ok()) return fin.status();
  std::string finished = UtcNow();
  fin->BindInt(1, run_id);
  fin->BindText(2, finished);
  if (stats.ok()) {
    fin->BindInt(3, static_cast<int64_t>(stats->stored));
    fin->BindInt(4, static_cast<int64_t>(stats->duplicates));
    fin->BindInt(5, static_cast<int64_t>(stats->failed));
    fin->BindInt(6, static_cast<int64_t>(stats->recoded));
  }
  if (Status s = fin->Run(); !s.ok() && stats.ok()) return s;
  if (Status s = UpdateTextIndex(db); !s.ok() && stats.ok()) return s;
  // Fold the WAL back into the database so readers start small.
  (void)db->Exec("PRAGMA wal_checkpoint(TRUNCATE)");
  if (stats.ok()) stats->seconds = std::chrono::duration<double>(Clock::now() - started).count();
  return stats;
}

}  // namespace warta::store
