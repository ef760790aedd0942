// Event: one coded political event, as warta writes it.
//
// The fields and their JSON form are documented in docs/events.md. An Event
// is a plain value; every string is owned.
#ifndef WARTA_EVENT_H_
#define WARTA_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace warta {

// An actor as it appears in the text, with its CAMEO-style code.
struct ActorRef {
  std::string text;     // the words of the text that name it
  std::string code;     // "RUSGOV", "IGOWST", "PRK"
  std::string country;  // ISO 3166 alpha-3, or IGO/NGO/... for organisations
  uint32_t start = 0;   // byte offsets into the input file
  uint32_t end = 0;
  std::string via;      // "" when named; "memory" when resolved from an
                        // earlier mention ("kedua negara", "-nya")
  std::string entry;    // dictionary entry that gave the code (file:line)
};

// Where an event happened, from the place the sentence ties to it.
struct Location {
  std::string text;     // the words of the text ("di Pyongyang")
  std::string name;     // gazetteer name ("Pyongyang")
  std::string country;  // ISO 3166 alpha-3
  std::string adm1;     // first-level division code, "" when unknown
  double lat = 0, lon = 0;
  bool has_latlon = false;  // cities only: countries and divisions have none
  std::string feature;  // "country" | "adm1" | "city"
  int64_t geonames_id = 0;
  uint32_t start = 0, end = 0;  // byte offsets of `text` in the input
};

struct Event {
  std::string event_id;  // stable hash of doc_id, evidence span and code
  std::string doc_id;
  std::string lang;   // "id" | "en": the language the document was coded as
  int sentence = 0;   // 0-based index of the sentence in the document
  int paragraph = 0;  // 1-based line of the input file

  std::string date;            // "YYYY-MM-DD" | "YYYY-MM" | "YYYY" | ""
  std::string date_precision;  // "day" | "week" | "month" | "year" | ""
  std::string date_source;     // "text" | "document" | ""
  std::string date_text;       // the expression that dated it, if any
  std::string document_date;         // the article's date, "" when unknown
  std::string document_date_source;  // "option" | "dateline" | "" 

  std::optional<ActorRef> source;
  std::optional<ActorRef> target;

  std::string cameo_code;  // "036"
  std::string cameo_root;  // "03"
  std::string cameo_name;
  double goldstein = 0;
  int quad_class = 0;  // 1..4
  std::string plover_type;  // "" when PLOVER has no type for the code
  std::string plover_mode;

  std::optional<ActorRef> attribution;  // who reported or claimed it
  std::optional<Location> location;     // where, when the text says so

  uint32_t evidence_start = 0;  // the sentence, byte offsets into the input
  uint32_t evidence_end = 0;
  std::string evidence_text;
  uint32_t trigger_start = 0;  // the words that matched the pattern
  uint32_t trigger_end = 0;
  std::string trigger_text;

  std::string rule;   // "data/id/verbs.txt:12 +kecam" and the rule that fired
  std::vector<std::string> notes;  // further rules applied (memory, ...)

  bool future = false;      // stated as planned or intended
  bool historical = false;  // dated two or more years before the document
};

}  // namespace warta

#endif  // WARTA_EVENT_H_
