#include "store/gdelt.h"

#include <cstdio>
#include <initializer_list>
#include <optional>

#include "time/date.h"

namespace warta::store {
namespace {

bool In(std::string_view g, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (s == g) return true;
  return false;
}

bool IsLeadingType(std::string_view g) { return In(g, {"IGO", "NGO", "IMG", "MNC", "NGM"}); }

bool IsRole(std::string_view g) {
  return In(
      g, {"COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
          "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD",
          "RAD", "AMN", "IRC", "GRP", "IGO", "NGO", "IMG", "MNC", "NGM", "SET", "REL"});
}

bool IsReligion(std::string_view g) {
  return In(g, {"ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "ENG",
                "EVA", "HIN", "HSD", "ITH", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "MUS",
                "OST", "PRO", "SFI", "SHI", "SHN", "SIK", "SUN", "TAO", "UDX", "ZRO"});
}

bool IsRegion(std::string_view g) {
  return In(g, {"AFR", "ASA", "BLK", "CAF", "CAS", "CAU", "CRB", "EAF", "EEU",
                "EIN", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SAF",
                "SAM", "SAS", "SCN", "SEA", "WAF", "WST", "WEU", "NAM", "AUS"});
}

void Field(std::string_view s, std::string* out) {
  for (char c : s) out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

void Tab(std::string* out) { out->push_back('\t'); }

void Actor(std::string_view code, std::string_view name, std::string* out) {
  ActorCodeParts p = SplitActorCode(code);
  Field(code, out);
  Tab(out);
  Field(name, out);
  for (const std::string* f : {&p.country, &p.known_group, &p.ethnic, &p.religion1, &p.religion2,
                               &p.type1, &p.type2, &p.type3}) {
    Tab(out);
    Field(*f, out);
  }
}

// GDELT's geographic type: 1 country, 2 US state, 3 US city, 4 world city,
// 5 world state (first-level division).
int GeoType(std::string_view feature, std::string_view country) {
  bool us = country == "USA";
  if (feature == "country") return 1;
  if (feature == "adm1") return us ? 2 : 5;
  if (feature == "city") return us ? 3 : 4;
  return 0;
}

}  // namespace

const std::array<const char*, kGdeltColumns>& GdeltColumnNames() {
  static const std::array<const char*, kGdeltColumns> kNames = {"GLOBALEVENTID",
                                                                "SQLDATE",
                                                                "MonthYear",
                                                                "Year",
                                                                "FractionDate",
                                                                "Actor1Code",
                                                                "Actor1Name",
                                                                "Actor1CountryCode",
                                                                "Actor1KnownGroupCode",
                                                                "Actor1EthnicCode",
                                                                "Actor1Religion1Code",
                                                                "Actor1Religion2Code",
                                                                "Actor1Type1Code",
                                                                "Actor1Type2Code",
                                                                "Actor1Type3Code",
                                                                "Actor2Code",
                                                                "Actor2Name",
                                                                "Actor2CountryCode",
                                                                "Actor2KnownGroupCode",
                                                                "Actor2EthnicCode",
                                                                "Actor2Religion1Code",
                                                                "Actor2Religion2Code",
                                                                "Actor2Type1Code",
                                                                "Actor2Type2Code",
                                                                "Actor2Type3Code",
                                                                "IsRootEvent",
                                                                "EventCode",
                                                                "EventBaseCode",
                                                                "EventRootCode",
                                                                "QuadClass",
                                                                "GoldsteinScale",
                                                                "NumMentions",
                                                                "NumSources",
                                                                "NumArticles",
                                                                "AvgTone",
                                                                "Actor1Geo_Type",
                                                                "Actor1Geo_FullName",
                                                                "Actor1Geo_CountryCode",
                                                                "Actor1Geo_ADM1Code",
                                                                "Actor1Geo_ADM2Code",
                                                                "Actor1Geo_Lat",
                                                                "Actor1Geo_Long",
                                                                "Actor1Geo_FeatureID",
                                                                "Actor2Geo_Type",
                                                                "Actor2Geo_FullName",
                                                                "Actor2Geo_CountryCode",
                                                                "Actor2Geo_ADM1Code",
                                                                "Actor2Geo_ADM2Code",
                                                                "Actor2Geo_Lat",
                                                                "Actor2Geo_Long",
                                                                "Actor2Geo_FeatureID",
                                                                "ActionGeo_Type",
                                                                "ActionGeo_FullName",
                                                                "ActionGeo_CountryCode",
                                                                "ActionGeo_ADM1Code",
                                                                "ActionGeo_ADM2Code",
                                                                "ActionGeo_Lat",
                                                                "ActionGeo_Long",
                                                                "ActionGeo_FeatureID",
                                                                "DATEADDED",
                                                                "SOURCEURL"};
  return kNames;
}

ActorCodeParts SplitActorCode(std::string_view code) {
  ActorCodeParts p;
  std::string* types[] = {&p.type1, &p.type2, &p.type3};
  std::string* religions[] = {&p.religion1, &p.religion2};
  int ntypes = 0, nreligions = 0;
  for (size_t i = 0; i + 3 <= code.size(); i += 3) {
    std::string_view g = code.substr(i, 3);
    if (i == 0 && !IsLeadingType(g)) {
      p.country = g;
    } else if (IsRole(g)) {
      if (ntypes < 3) *types[ntypes++] = g;
    } else if (IsReligion(g)) {
      if (nreligions < 2) *religions[nreligions++] = g;
    } else if (IsRegion(g)) {
      // A region inside an organisation's code ("IGOEUREEC"): not a field.
    } else if (p.known_group.empty()) {
      p.known_group = g;
    }
  }
  return p;
}

void AppendGdeltRow(const GdeltEvent& e, std::string* out) {
  char buf[64];
  // 1-5: the date.
  out->append(std::to_string(e.id));
  Tab(out);
  std::optional<time::Date> d = time::ParseIsoDate(e.date_first);
  if (d) {
    std::snprintf(buf, sizeof buf, "%04d%02d%02d\t%04d%02d\t%04d\t", d->year, d->month, d->day,
                  d->year, d->month, d->year);
    out->append(buf);
    // The share of the year completed by that day, as GDELT writes it.
    int64_t doy = time::ToDays(*d) - time::ToDays({d->year, 1, 1}) + 1;
    std::snprintf(buf, sizeof buf, "%.4f", d->year + static_cast<double>(doy) / 365.0);
    out->append(buf);
  } else {
    out->append("\t\t\t");
  }
  Tab(out);
  // 6-25: the actors.
  Actor(e.source_code, e.source_name, out);
  Tab(out);
  Actor(e.target_code, e.target_name, out);
  Tab(out);
  // 26-35: the action.
  out->append(e.is_root ? "1" : "0");
  Tab(out);
  Field(e.cameo_code, out);
  Tab(out);
  Field(std::string_view(e.cameo_code).substr(0, 3), out);
  Tab(out);
  Field(e.cameo_root, out);
  Tab(out);
  out->append(std::to_string(e.quad_class));
  Tab(out);
  std::snprintf(buf, sizeof buf, "%.1f", e.goldstein);
  out->append(buf);
  Tab(out);
  out->append(std::to_string(e.num_mentions));
  Tab(out);
  out->append(std::to_string(e.num_sources));
  Tab(out);
  out->append(std::to_string(e.num_articles));
  Tab(out);
  // 35: AvgTone, empty (warta does not score tone). 36-51: Actor1Geo_* and
  // Actor2Geo_*, empty (warta places the action only).
  for (int i = 35; i <= 51; ++i) Tab(out);
  // 52-59: ActionGeo_*.
  if (e.has_location) {
    int type = GeoType(e.location_feature, e.location_country);
    if (type) out->append(std::to_string(type));
    Tab(out);
    Field(e.location_name, out);
    Tab(out);
    Field(e.location_country, out);
    Tab(out);
    Field(e.location_adm1, out);
    Tab(out);  // ADM2: empty
    Tab(out);
    if (e.has_latlon) {
      std::snprintf(buf, sizeof buf, "%.4f\t%.4f", e.lat, e.lon);
      out->append(buf);
    } else {
      Tab(out);
    }
    Tab(out);
    if (e.geonames_id) out->append(std::to_string(e.geonames_id));
  } else {
    for (int i = 0; i < 7; ++i) Tab(out);
  }
  Tab(out);
  // 60-61.
  for (char c : e.date_added)
    if (c >= '0' && c <= '9') out->push_back(c);
  Tab(out);
  Field(e.source_url, out);
  out->push_back('\n');
}

}  // namespace warta::store
