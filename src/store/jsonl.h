// Reading articles from JSON Lines: one article per line,
//
//   {"id": "antara-123", "url": "https://...", "source": "antaranews.com",
//    "title": "...", "date": "2024-06-18", "lang": "id", "text": "..."}
//
// `text` is required (a non-empty string). `id` may be a string or an
// integer; the others are strings or null and may be missing. `date` may be
// a full ISO 8601 time; its first ten characters must be a valid
// YYYY-MM-DD date. Unknown fields are ignored. Parsed with simdjson, which
// also checks that the line is valid UTF-8.
//
// Thread-compatible: one parser per thread; it keeps its buffers between
// lines.
#ifndef WARTA_STORE_JSONL_H_
#define WARTA_STORE_JSONL_H_

#include <memory>
#include <string_view>

#include "store/article.h"
#include "warta/status.h"

namespace simdjson::dom {
class parser;
}

namespace warta::store {

class ArticleJsonParser {
 public:
  ArticleJsonParser();
  ~ArticleJsonParser();
  ArticleJsonParser(const ArticleJsonParser&) = delete;  // owns parser buffers

  // Fills the metadata and text of `a` from one line (without its newline).
  // `a->doc_id` is left empty when the line has no id. On error returns
  // InvalidInput whose message says what is wrong (no file or line: the
  // caller adds them) and leaves `a` unspecified.
  Status Parse(std::string_view line, Article* a);

 private:
  std::unique_ptr<simdjson::dom::parser> parser_;
};

}  // namespace warta::store

#endif  // WARTA_STORE_JSONL_H_
