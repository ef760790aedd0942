// GDELT 2.0 event table rows from warta's events.
//
// `warta query --format gdelt` writes the 61 tab-separated columns of the
// GDELT 2.0 event table (codebook V2.0, 2015), in GDELT's order, with no
// header, one event per line. Columns warta has no value for are empty;
// docs/schema.md lists which. Pure functions; thread-safe.
#ifndef WARTA_STORE_GDELT_H_
#define WARTA_STORE_GDELT_H_

#include <array>
#include <string>
#include <string_view>

namespace warta::store {

// The 61 column names, in order (GLOBALEVENTID ... SOURCEURL).
inline constexpr int kGdeltColumns = 61;
const std::array<const char*, kGdeltColumns>& GdeltColumnNames();

// A CAMEO actor code broken into GDELT's actor fields. The code is read in
// groups of three letters: a leading IGO/NGO/IMG/MNC/NGM is a type, any
// other leading group is the country (ISO 3166 alpha-3 or a CAMEO region);
// later groups are role types (GOV, MIL, REB, ...) filling Type1..Type3,
// religions (MUS, CHR, ...) filling Religion1..2, region groups are
// skipped, and the first other group is the known group (UNO, NAT, EEC).
// "RUSGOV" -> country RUS, type1 GOV; "IGOWSTNAT" -> type1 IGO, known NAT;
// "IMGMUSALQ" -> type1 IMG, religion1 MUS, known ALQ.
struct ActorCodeParts {
  std::string country, known_group, ethnic, religion1, religion2, type1, type2, type3;
};
ActorCodeParts SplitActorCode(std::string_view code);

// What a GDELT row needs from an event (filled by the query code).
struct GdeltEvent {
  int64_t id = 0;
  std::string date_first;  // "YYYY-MM-DD" or ""
  std::string source_code, source_name, target_code, target_name;
  bool is_root = false;
  std::string cameo_code, cameo_root;
  int quad_class = 0;
  double goldstein = 0;
  int64_t num_mentions = 0, num_sources = 0, num_articles = 0;
  bool has_location = false;
  std::string location_name, location_country, location_adm1, location_feature;
  double lat = 0, lon = 0;
  bool has_latlon = false;
  int64_t geonames_id = 0;
  std::string date_added;  // ISO 8601 "YYYY-MM-DDTHH:MM:SSZ"
  std::string source_url;  // URL of the first mention's article, else its id
};

// Appends one row (61 fields, tabs between, '\n' at the end). Tabs and
// line breaks inside values become spaces.
void AppendGdeltRow(const GdeltEvent& e, std::string* out);

}  // namespace warta::store

#endif  // WARTA_STORE_GDELT_H_
