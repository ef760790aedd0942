#include "store/event_writer.h"

#include <algorithm>
#include <vector>

#include "output/json.h"
#include "store/dedup.h"

namespace warta::store {

std::string SourceKey(std::string_view source, std::string_view url) {
  std::string_view key = source;
  if (key.empty() && !url.empty()) {
    std::string_view host = url;
    if (size_t scheme = host.find("://"); scheme != std::string_view::npos)
      host = host.substr(scheme + 3);
    host = host.substr(0, host.find_first_of("/?#"));
    if (size_t at = host.rfind('@'); at != std::string_view::npos) host = host.substr(at + 1);
    host = host.substr(0, host.find(':'));
    if (host.starts_with("www.")) host.remove_prefix(4);
    key = host;
  }
  std::string out(key);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

void PrepareForWriting(CodedArticle* a) {
  a->keys.clear();
  a->key_hashes.clear();
  a->notes_json.clear();
  for (const Event& e : a->events) {
    a->keys.push_back(DedupKey(e));
    a->key_hashes.push_back(Fnv1a64(a->keys.back()));
    std::string& notes = a->notes_json.emplace_back();
    if (e.notes.empty()) continue;
    notes.push_back('[');
    for (size_t i = 0; i < e.notes.size(); ++i) {
      if (i) notes.push_back(',');
      output::AppendJsonString(e.notes[i], &notes);
    }
    notes.push_back(']');
  }
}

Result<std::unique_ptr<EventWriter>> EventWriter::Create(Db* db, bool fts) {
  std::unique_ptr<EventWriter> w(new EventWriter(db, fts));
  if (Status s = w->Prepare(); !s.ok()) return s;
  return w;
}

Status EventWriter::Prepare() {
  struct Item {
    Stmt* stmt;
    const char* sql;
  };
  std::vector<Item> items = {
      {&find_id_, "SELECT id, text_hash FROM articles WHERE doc_id = ?"},
      {&find_hash_, "SELECT doc_id FROM articles WHERE text_hash = ?"},
      {&insert_article_,
       "INSERT INTO articles(doc_id, url, source, source_key, title, date, date_source, lang, "
       "text_hash, text, origin, run_id, num_events) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"},
      {&update_article_,
       "UPDATE articles SET date = ?2, date_source = ?3, run_id = ?4, num_events = ?5 "
       "WHERE id = ?1"},
      {&find_event_, "SELECT id FROM events WHERE key_hash = ?1 AND dedup_key = ?2"},
      {&insert_event_,
       "INSERT INTO events(key_hash, dedup_key, date, date_precision, date_first, date_last, "
       "source_code, source_name, source_country, target_code, target_name, target_country, "
       "cameo_code, cameo_root, goldstein, quad_class, plover_type, plover_mode, "
       "location_name, location_country, location_adm1, location_lat, location_lon, "
       "location_feature, location_geonames_id, is_root, num_mentions, num_sources, "
       "num_articles, first_seen, last_seen, date_added, first_article_id) "
       "VALUES (?29, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
       "?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, 1, 1, 1, ?26, ?26, ?27, ?28)"},
      {&update_event_,
       "UPDATE events SET "
       "num_mentions = num_mentions + ?2, "
       "num_articles = num_articles + ?3, "
       "num_sources = num_sources + ?4, "
       "is_root = max(is_root, ?5), "
       "first_seen = CASE WHEN first_seen IS NULL OR ?6 < first_seen THEN ?6 "
       "ELSE first_seen END, "
       "last_seen = CASE WHEN last_seen IS NULL OR ?7 > last_seen THEN ?7 "
       "ELSE last_seen END "
       "WHERE id = ?1"},
      {&insert_source_, "INSERT OR IGNORE INTO event_sources(event_id, source) VALUES (?, ?)"},
      {&insert_mention_,
       "INSERT INTO mentions(event_id, article_id, event_hash, sentence, paragraph, "
       "evidence_start, evidence_end, evidence_text, trigger_start, trigger_end, trigger_text, "
       "source_text, source_start, source_end, source_via, source_entry, "
       "target_text, target_start, target_end, target_via, target_entry, "
       "attribution_text, attribution_code, attribution_country, "
       "location_text, location_start, location_end, date_text, date_source, "
       "rule, notes, future, historical) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
       "?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33)"},
      {&touched_events_, "SELECT DISTINCT event_id FROM mentions WHERE article_id = ?"},
      {&delete_mentions_, "DELETE FROM mentions WHERE article_id = ?"},
      {&recount_clear_sources_, "DELETE FROM event_sources WHERE event_id = ?"},
      {&recount_sources_,
       "INSERT OR IGNORE INTO event_sources(event_id, source) "
       "SELECT DISTINCT ?1, a.source_key FROM mentions m JOIN articles a ON a.id = m.article_id "
       "WHERE m.event_id = ?1"},
      {&recount_event_,
       "UPDATE events SET "
       "num_mentions = (SELECT count(*) FROM mentions WHERE event_id = ?1), "
       "num_articles = (SELECT count(DISTINCT article_id) FROM mentions WHERE event_id = ?1), "
       "num_sources = (SELECT count(*) FROM event_sources WHERE event_id = ?1), "
       "is_root = coalesce((SELECT max(paragraph = 1) FROM mentions WHERE event_id = ?1), 0), "
       "first_seen = (SELECT min(a.date) FROM mentions m JOIN articles a ON a.id = m.article_id "
       "WHERE m.event_id = ?1), "
       "last_seen = (SELECT max(a.date) FROM mentions m JOIN articles a ON a.id = m.article_id "
       "WHERE m.event_id = ?1), "
       "first_article_id = (SELECT article_id FROM mentions WHERE event_id = ?1 "
       "ORDER BY id LIMIT 1) "
       "WHERE id = ?1"},
      {&delete_empty_event_, "DELETE FROM events WHERE id = ? AND num_mentions = 0"},
  };
  if (fts_) {
    // Only sentences already in the index (see UpdateTextIndex) leave it.
    items.push_back(
        {&delete_fts_,
         "INSERT INTO mentions_fts(mentions_fts, rowid, evidence_text) "
         "SELECT 'delete', id, evidence_text FROM mentions WHERE article_id = ?1 AND id <= "
         "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_upto')"});
  }
  for (Item& it : items) {
    Result<Stmt> st = db_->Prepare(it.sql);
    if (!st.ok()) return st.status();
    *it.stmt = std::move(*st);
  }
  return Status::Ok();
}

Result<EventWriter::WriteResult> EventWriter::Write(const CodedArticle& a, int64_t run_id,
                                                    std::string_view now) {
  WriteResult result;
  const Article& art = a.article;
  int64_t article_id = a.recode_id;
  int num_events = static_cast<int>(a.events.size());
  if (article_id == 0) {
    // Idempotency: the same id, or the same text, is already stored.
    find_id_.BindText(1, art.doc_id);
    Result<bool> row = find_id_.Step();
    if (!row.ok()) return row.status();
    if (*row) {
      if (find_id_.Text(1) != art.text_hash)
        result.warning = "id '" + art.doc_id + "' is already stored with a different text";
      find_id_.Reset();
      result.outcome = Outcome::kDuplicate;
      return result;
    }
    find_id_.Reset();
    find_hash_.BindText(1, art.text_hash);
    row = find_hash_.Step();
    if (!row.ok()) return row.status();
    find_hash_.Reset();
    if (*row) {
      result.outcome = Outcome::kDuplicate;
      return result;
    }
    source_key_ = SourceKey(art.source, art.url);
    InternSource();
    Stmt& ins = insert_article_;
    ins.BindText(1, art.doc_id);
    ins.BindTextOrNull(2, art.url);
    ins.BindTextOrNull(3, art.source);
    ins.BindText(4, source_key_);
    ins.BindTextOrNull(5, art.title);
    ins.BindTextOrNull(6, a.date_used);
    ins.BindTextOrNull(7, a.date_source);
    ins.BindText(8, art.lang);
    ins.BindText(9, art.text_hash);
    ins.BindText(10, art.text);
    ins.BindText(11, art.origin);
    ins.BindInt(12, run_id);
    ins.BindInt(13, num_events);
    if (Status s = ins.Run(); !s.ok()) return s.Annotate(art.origin);
    article_id = db_->LastInsertRowid();
    if (Status s = InsertEvents(a, article_id, now, &result.new_events); !s.ok()) return s;
    return result;
  }

  // --recode: drop the article's mentions, write the new ones, recount.
  result.outcome = Outcome::kRecoded;
  std::vector<int64_t> touched;
  touched_events_.BindInt(1, article_id);
  for (;;) {
    Result<bool> row = touched_events_.Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    touched.push_back(touched_events_.Int(0));
  }
  touched_events_.Reset();
  if (fts_) {
    delete_fts_.BindInt(1, article_id);
    if (Status s = delete_fts_.Run(); !s.ok()) return s;
  }
  delete_mentions_.BindInt(1, article_id);
  if (Status s = delete_mentions_.Run(); !s.ok()) return s;
  update_article_.BindInt(1, article_id);
  update_article_.BindTextOrNull(2, a.date_used);
  update_article_.BindTextOrNull(3, a.date_source);
  update_article_.BindInt(4, run_id);
  update_article_.BindInt(5, num_events);
  if (Status s = update_article_.Run(); !s.ok()) return s;
  // The source key of a stored article is in the table; read it back.
  {
    Result<Stmt> q = db_->Prepare("SELECT source_key FROM articles WHERE id = ?");
    if (!q.ok()) return q.status();
    q->BindInt(1, article_id);
    Result<bool> row = q->Step();
    if (!row.ok()) return row.status();
    source_key_ = *row ? std::string(q->Text(0)) : std::string();
    InternSource();
  }
  if (Status s = InsertEvents(a, article_id, now, &result.new_events); !s.ok()) return s;
  // Recount sets absolute values: apply the deltas first. Events it deletes
  // must not stay in the cache.
  if (Status s = Flush(); !s.ok()) return s;
  for (int64_t id : touched)
    if (Status s = Recount(id); !s.ok()) return s;
  event_ids_.clear();
  known_sources_.clear();
  source_ids_.clear();
  return result;
}

Status EventWriter::InsertEvents(const CodedArticle& a, int64_t article_id, std::string_view now,
                                 int* new_events) {
  keys_in_article_.clear();

  const std::string& seen = a.date_used;
  if (a.keys.size() != a.events.size() || a.key_hashes.size() != a.events.size() ||
      a.notes_json.size() != a.events.size())
    return Status::Internal(a.article.origin + ": PrepareForWriting was not called");
  for (size_t ei = 0; ei < a.events.size(); ++ei) {
    const Event& e = a.events[ei];
    const std::string& key_ = a.keys[ei];
    uint64_t hash = a.key_hashes[ei];
    int64_t key_hash = static_cast<int64_t>(hash);
    // Within one article, equal 64-bit hashes are taken for equal keys.
    bool new_in_article = keys_in_article_.insert(hash).second;
    int64_t event_id = 0;
    if (auto it = event_ids_.find(hash); it != event_ids_.end() && it->second.key == key_) {
      event_id = it->second.id;
    } else {
      find_event_.BindInt(1, key_hash);
      find_event_.BindText(2, key_);
      Result<bool> row = find_event_.Step();
      if (!row.ok()) return row.status();
      if (*row) event_id = find_event_.Int(0);
      find_event_.Reset();
    }
    if (event_id == 0) {
      DateRange range = EventDateRange(e.date, e.date_precision);
      Stmt& ins = insert_event_;
      ins.BindText(1, key_);
      ins.BindTextOrNull(2, e.date);
      ins.BindTextOrNull(3, e.date_precision);
      ins.BindTextOrNull(4, range.first);
      ins.BindTextOrNull(5, range.last);
      if (e.source) {
        ins.BindText(6, e.source->code);
        ins.BindText(7, e.source->text);
        ins.BindTextOrNull(8, e.source->country);
      }
      if (e.target) {
        ins.BindText(9, e.target->code);
        ins.BindText(10, e.target->text);
        ins.BindTextOrNull(11, e.target->country);
      }
      ins.BindText(12, e.cameo_code);
      ins.BindText(13, e.cameo_root);
      ins.BindDouble(14, e.goldstein);
      ins.BindInt(15, e.quad_class);
      ins.BindTextOrNull(16, e.plover_type);
      ins.BindTextOrNull(17, e.plover_mode);
      if (e.location) {
        const Location& l = *e.location;
        ins.BindTextOrNull(18, l.name.empty() ? l.text : l.name);
        ins.BindTextOrNull(19, l.country);
        ins.BindTextOrNull(20, l.adm1);
        if (l.lat != 0 || l.lon != 0) {
          ins.BindDouble(21, l.lat);
          ins.BindDouble(22, l.lon);
        }
        ins.BindTextOrNull(23, l.feature);
        if (l.geonames_id != 0) ins.BindInt(24, l.geonames_id);
      }
      ins.BindInt(25, e.paragraph == 1 ? 1 : 0);
      ins.BindTextOrNull(26, seen);
      ins.BindText(27, now);
      ins.BindInt(28, article_id);
      ins.BindInt(29, key_hash);
      if (Status s = ins.Run(); !s.ok()) return s;
      event_id = db_->LastInsertRowid();
      ++*new_events;
      insert_source_.BindInt(1, event_id);
      insert_source_.BindText(2, source_key_);
      if (Status s = insert_source_.Run(); !s.ok()) return s;
      if (known_sources_.size() >= kMaxCachedEvents) known_sources_.clear();
      known_sources_.insert(SourcePair(event_id));
    } else {
      Delta& d = pending_[event_id];
      ++d.mentions;
      if (e.paragraph == 1) d.is_root = true;
      if (!seen.empty()) {
        if (d.first_seen.empty() || seen < d.first_seen) d.first_seen = seen;
        if (d.last_seen.empty() || seen > d.last_seen) d.last_seen = seen;
      }
      if (new_in_article) {
        ++d.articles;
        uint64_t pair = SourcePair(event_id);
        if (!known_sources_.contains(pair)) {
          insert_source_.BindInt(1, event_id);
          insert_source_.BindText(2, source_key_);
          if (Status s = insert_source_.Run(); !s.ok()) return s;
          if (db_->Changes() == 1) ++d.sources;
          if (known_sources_.size() >= kMaxCachedEvents) known_sources_.clear();
          known_sources_.insert(pair);
        }
      }
    }
    if (event_ids_.size() >= kMaxCachedEvents) event_ids_.clear();
    event_ids_.try_emplace(hash, CachedEvent{event_id, key_});

    Stmt& m = insert_mention_;
    m.BindInt(1, event_id);
    m.BindInt(2, article_id);
    m.BindText(3, e.event_id);
    m.BindInt(4, e.sentence);
    m.BindInt(5, e.paragraph);
    m.BindInt(6, e.evidence_start);
    m.BindInt(7, e.evidence_end);
    m.BindText(8, e.evidence_text);
    m.BindInt(9, e.trigger_start);
    m.BindInt(10, e.trigger_end);
    m.BindText(11, e.trigger_text);
    if (e.source) {
      m.BindText(12, e.source->text);
      m.BindInt(13, e.source->start);
      m.BindInt(14, e.source->end);
      m.BindTextOrNull(15, e.source->via);
      m.BindTextOrNull(16, e.source->entry);
    }
    if (e.target) {
      m.BindText(17, e.target->text);
      m.BindInt(18, e.target->start);
      m.BindInt(19, e.target->end);
      m.BindTextOrNull(20, e.target->via);
      m.BindTextOrNull(21, e.target->entry);
    }
    if (e.attribution) {
      m.BindText(22, e.attribution->text);
      m.BindText(23, e.attribution->code);
      m.BindTextOrNull(24, e.attribution->country);
    }
    if (e.location) {
      m.BindTextOrNull(25, e.location->text);
      m.BindInt(26, e.location->start);
      m.BindInt(27, e.location->end);
    }
    m.BindTextOrNull(28, e.date_text);
    m.BindTextOrNull(29, e.date_source);
    m.BindText(30, e.rule);
    m.BindTextOrNull(31, a.notes_json[ei]);
    m.BindInt(32, e.future ? 1 : 0);
    m.BindInt(33, e.historical ? 1 : 0);
    if (Status s = m.Run(); !s.ok()) return s;
    ++mentions_written_;
  }
  return Status::Ok();
}

Status EventWriter::Flush() {
  // In id order: neighbouring rows share B-tree pages.
  flush_order_.clear();
  for (auto& [id, d] : pending_) flush_order_.push_back(id);
  std::sort(flush_order_.begin(), flush_order_.end());
  for (int64_t id : flush_order_) {
    const Delta& d = pending_[id];
    Stmt& up = update_event_;
    up.BindInt(1, id);
    up.BindInt(2, d.mentions);
    up.BindInt(3, d.articles);
    up.BindInt(4, d.sources);
    up.BindInt(5, d.is_root ? 1 : 0);
    up.BindTextOrNull(6, d.first_seen);
    up.BindTextOrNull(7, d.last_seen);
    if (Status s = up.Run(); !s.ok()) return s;
  }
  pending_.clear();
  return Status::Ok();
}

void EventWriter::InternSource() {
  auto [it, added] = source_ids_.try_emplace(source_key_, source_ids_.size());
  if (added && source_ids_.size() > kMaxSources) {
    // Too many outlets to number: start again (the pairs used the old numbers).
    source_ids_.clear();
    known_sources_.clear();
    it = source_ids_.try_emplace(source_key_, 0).first;
  }
  source_index_ = it->second;
}

Status EventWriter::Begin() {
  Result<int64_t> v = db_->QueryInt("PRAGMA data_version", 0);
  if (!v.ok()) return v.status();
  if (*v != data_version_) {
    event_ids_.clear();
    known_sources_.clear();
    source_ids_.clear();
    data_version_ = *v;
  }
  return Status::Ok();
}

void EventWriter::Forget() {
  pending_.clear();
  event_ids_.clear();
  known_sources_.clear();
  source_ids_.clear();
}

Status EventWriter::Recount(int64_t event_id) {
  for (Stmt* st :
       {&recount_clear_sources_, &recount_sources_, &recount_event_, &delete_empty_event_}) {
    st->BindInt(1, event_id);
    if (Status s = st->Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace warta::store
