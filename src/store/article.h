// An article on its way into the event database, and the events coded from
// it. Plain values; every string is owned.
#ifndef WARTA_STORE_ARTICLE_H_
#define WARTA_STORE_ARTICLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "warta/event.h"

namespace warta::store {

struct Article {
  std::string doc_id;  // unique in the database: JSONL "id", or the file name
  std::string url;     // "" when unknown (the same for the fields below)
  std::string source;  // the outlet, e.g. "antaranews.com"
  std::string title;
  std::string date;  // publication date "YYYY-MM-DD" as given
  std::string lang = "auto";  // "id", "en", or "auto": detected when coded
  std::string text;       // UTF-8, exactly as read (event offsets index it)
  std::string text_hash;  // TextHash(text), see store/dedup.h
  std::string origin;     // where it was read: "path" or "path:line"
};

// What the writer stores for one article.
struct CodedArticle {
  Article article;
  std::string date_used;    // document date the coder used, "" when none
  std::string date_source;  // "option" | "dateline" | "" (see DocumentInfo)
  std::vector<Event> events;
  // Per event, filled by PrepareForWriting() on a coding thread so that the
  // writer thread has less to do: DedupKey() and the notes as a JSON array
  // ("" when none).
  std::vector<std::string> keys;
  std::vector<uint64_t> key_hashes;  // Fnv1a64 of each key
  std::vector<std::string> notes_json;
  int64_t recode_id = 0;     // > 0: replace the events of this stored article
  uint64_t input_bytes = 0;  // bytes of input it came from (for progress)
};

// Fills `keys` and `notes_json` from `events`.
void PrepareForWriting(CodedArticle* a);

// The source that NumSources counts distinct: `source`, else the host of
// `url` (without "www."), else "" (all articles without either count as one
// unknown source). ASCII-lowercased.
std::string SourceKey(std::string_view source, std::string_view url);

}  // namespace warta::store

#endif  // WARTA_STORE_ARTICLE_H_
