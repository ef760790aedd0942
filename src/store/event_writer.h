// EventWriter: puts coded articles into the event database.
//
// One writer per ingest, on the thread that owns the Db. It holds the
// prepared statements, so that writing an event is a handful of B-tree
// operations: a lookup of its de-duplication key (see store/dedup.h) and an
// insert into `events` when it is new, and one row in `mentions`. The FTS5
// index over the evidence is not fed here but in bulk (UpdateTextIndex,
// store/schema.h).
//
// Counters are kept incrementally: NumMentions grows by one per mention,
// NumArticles by one for the first mention of an event in an article, and
// NumSources by one when `event_sources` gains a new (event, source) pair.
// The increments of a transaction are summed in memory and written by
// Flush(), one UPDATE per event touched, so an event reported by many
// articles of a batch costs one row update, not one per mention. Replacing
// an article's events (--recode) recounts the events it touched from
// `mentions`, and deletes events left without mentions.
//
// Caches map de-duplication keys to event ids and remember which (event,
// source) pairs are stored (each at most kMaxCachedEvents entries, emptied
// when full), so a known event costs no index lookup.
//
// REQUIRES: every Write() call happens inside a transaction opened by the
// caller; Begin() is called after it opens and Flush() before it commits.
// The writer never commits, so an article and all its events land in the
// same transaction. If the transaction rolls back, call Forget().
//
// Thread-compatible: one thread at a time, the one that uses the Db.
#ifndef WARTA_STORE_EVENT_WRITER_H_
#define WARTA_STORE_EVENT_WRITER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "store/article.h"
#include "store/db.h"
#include "warta/status.h"

namespace warta::store {

class EventWriter {
 public:
  // `db` must outlive the writer; `fts` says whether to feed mentions_fts.
  static Result<std::unique_ptr<EventWriter>> Create(Db* db, bool fts);
  EventWriter(const EventWriter&) = delete;  // owns prepared statements

  enum class Outcome {
    kStored,     // a new article with its events
    kDuplicate,  // its id or its text is already stored; nothing written
    kRecoded,    // a stored article's events were replaced
  };
  struct WriteResult {
    Outcome outcome = Outcome::kStored;
    // Set for a duplicate whose id is stored with a different text: the
    // caller should warn, since the new text is not stored.
    std::string warning;
    int new_events = 0;  // rows added to `events`
  };

  // Stores `a` (or replaces the events of a.recode_id) for coding run
  // `run_id`. `now` is the ISO 8601 time written to events.date_added.
  // REQUIRES: PrepareForWriting(&a) (store/article.h) was called.
  Result<WriteResult> Write(const CodedArticle& a, int64_t run_id, std::string_view now);

  // Call right after opening each transaction: when another connection has
  // committed since ours did, the caches may be stale and are dropped.
  Status Begin();
  // Writes the summed counter increments. Call before every commit.
  Status Flush();
  // Drops the increments and the cache, after a rollback.
  void Forget();

  static constexpr size_t kMaxCachedEvents = size_t{1} << 16;

  // Mentions written so far (to decide when to update the text index).
  uint64_t mentions_written() const { return mentions_written_; }

 private:
  explicit EventWriter(Db* db, bool fts) : db_(db), fts_(fts) {}
  Status Prepare();
  Status InsertEvents(const CodedArticle& a, int64_t article_id, std::string_view now,
                      int* new_events);
  Status Recount(int64_t event_id);

  Db* db_;
  bool fts_;
  Stmt find_id_, find_hash_, insert_article_, update_article_;
  Stmt find_event_, insert_event_, update_event_, insert_source_, insert_mention_;
  Stmt touched_events_, delete_fts_, delete_mentions_;
  Stmt recount_clear_sources_, recount_sources_, recount_event_, delete_empty_event_;
  struct Delta {
    int64_t mentions = 0, articles = 0, sources = 0;
    bool is_root = false;
    std::string first_seen, last_seen;
  };
  absl::flat_hash_map<int64_t, Delta> pending_;  // per transaction
  std::vector<int64_t> flush_order_;
  struct CachedEvent {
    int64_t id;
    std::string key;  // to tell apart keys whose hashes collide
  };
  absl::flat_hash_map<uint64_t, CachedEvent> event_ids_;  // key hash -> event
  // (event id, source number) pairs known to be in `event_sources`, and the
  // numbers given to source keys (at most kMaxSources).
  static constexpr size_t kMaxSources = size_t{1} << 20;
  uint64_t SourcePair(int64_t event_id) const {
    return (static_cast<uint64_t>(event_id) << 20) | source_index_;
  }
  void InternSource();  // sets source_index_ for source_key_
  absl::flat_hash_set<uint64_t> known_sources_;
  std::unordered_map<std::string, uint32_t> source_ids_;
  uint32_t source_index_ = 0;
  uint64_t mentions_written_ = 0;
  int64_t data_version_ = -1;
  // Scratch, reused across articles.
  absl::flat_hash_set<uint64_t> keys_in_article_;  // key hashes
  std::string source_key_;
};

}  // namespace warta::store

#endif  // WARTA_STORE_EVENT_WRITER_H_
