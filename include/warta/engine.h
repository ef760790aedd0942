// Engine: warta's coding pipeline behind one object.
//
//   warta::EngineOptions opts;
//   opts.data_dir = "data";
//   warta::Result<std::unique_ptr<warta::Engine>> engine =
//       warta::Engine::Create(opts);
//   if (!engine.ok()) { /* engine.status().message() names the file */ }
//   warta::Document doc{.doc_id = "voa", .text = text};
//   std::vector<warta::Event> events;
//   warta::Status s = (*engine)->Code(doc, &events);
//
// An Engine loads the dictionaries once. Code() is const and thread-safe:
// share one Engine between threads; each call uses its own scratch space.
#ifndef WARTA_ENGINE_H_
#define WARTA_ENGINE_H_

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "warta/event.h"
#include "warta/status.h"

namespace warta {

struct EngineOptions {
  // Holds cameo/, id/ and, optionally, en/ (without it, English documents
  // are refused).
  std::filesystem::path data_dir = "data";
  // Root lexicon for Indonesian morphology (Debian package hunspell-id).
  std::filesystem::path hunspell_dic = "/usr/share/hunspell/id_ID.dic";
  // English country names (Debian package iso-codes), added to
  // data/en/actors.txt. Empty: actors.txt alone.
  std::filesystem::path country_names = "/usr/share/iso-codes/json/iso_3166-1.json";
  // The gazetteer the build generates (build/data/gazetteer.tsv). Empty:
  // events get no location.
  std::filesystem::path gazetteer;
};

struct Document {
  std::string doc_id;
  std::string_view text;    // UTF-8; must outlive the call
  // "id", "en", or "auto": detect Indonesian or English from the text's
  // function words (lang/detect.h); a text with too few of either is coded
  // as Indonesian. "en" needs data_dir/en/.
  std::string lang = "auto";
  // The publication date. When unset, warta reads it from the dateline.
  std::optional<std::string> date;  // "YYYY-MM-DD"
  std::string now;  // "YYYY-MM-DD": the latest date a dateline may resolve to
};

// What Code() learned about the document besides its events.
struct DocumentInfo {
  std::string lang;         // "id" | "en": the language the text was coded as
  std::string date;         // "YYYY-MM-DD" or "" when unknown
  std::string date_source;  // "option" | "dateline" | "" (unknown)
  int sentences = 0;
  int paragraphs = 0;
  std::vector<std::string> warnings;  // e.g. a line too long to code
};

struct CodeOptions {
  size_t max_line_bytes = 1 << 20;  // Longer lines are skipped with a warning.
  // Also emit statements addressed to nobody ("X mengatakan bahwa ...") as
  // 010 events with no target. By default a statement is kept only as the
  // attribution of the events it reports, since an untargeted 010 says
  // nothing about who acts on whom.
  bool untargeted_statements = false;
};

class Engine {
 public:
  static Result<std::unique_ptr<Engine>> Create(const EngineOptions& options);
  virtual ~Engine() = default;

  // Codes one document and appends its events to `events` in text order.
  // InvalidInput when the text is not valid UTF-8 or holds NUL bytes (the
  // message gives the byte offset); nothing is appended then.
  virtual Status Code(const Document& doc, const CodeOptions& options,
                      std::vector<Event>* events, DocumentInfo* info) const = 0;

  // A short hash of the dictionaries loaded, for provenance.
  virtual std::string DictionaryHash() const = 0;
};

}  // namespace warta

#endif  // WARTA_ENGINE_H_
