#include "store/query.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>

#include "output/json.h"
#include "output/table.h"
#include "store/dedup.h"
#include "store/gdelt.h"
#include "store/schema.h"
#include "warta/event.h"

namespace warta::store {
namespace {

// The columns of kSelect, in order.
enum Col {
  kId,
  kDate,
  kDatePrecision,
  kDateFirst,
  kDateLast,
  kSourceCode,
  kSourceName,
  kSourceCountry,
  kTargetCode,
  kTargetName,
  kTargetCountry,
  kCameoCode,
  kCameoRoot,
  kCameoName,
  kGoldstein,
  kQuadClass,
  kPloverType,
  kPloverMode,
  kLocName,
  kLocCountry,
  kLocAdm1,
  kLocLat,
  kLocLon,
  kLocFeature,
  kLocGeonames,
  kIsRoot,
  kNumMentions,
  kNumSources,
  kNumArticles,
  kFirstSeen,
  kLastSeen,
  kDateAdded,
  kUrl,
  kDocId,
  kEventHash,
  kSentence,
  kParagraph,
  kEvidenceStart,
  kEvidenceEnd,
  kEvidenceText,
  kTriggerStart,
  kTriggerEnd,
  kTriggerText,
  kMSourceText,
  kMSourceStart,
  kMSourceEnd,
  kMSourceVia,
  kMSourceEntry,
  kMTargetText,
  kMTargetStart,
  kMTargetEnd,
  kMTargetVia,
  kMTargetEntry,
  kAttrText,
  kAttrCode,
  kAttrCountry,
  kMLocText,
  kMLocStart,
  kMLocEnd,
  kDateText,
  kDateSource,
  kRule,
  kNotes,
  kFuture,
  kHistorical,
};

// One event with its first mention (the representative one).
constexpr const char* kSelect = R"sql(
SELECT e.id, e.date, e.date_precision, e.date_first, e.date_last,
       e.source_code, e.source_name, e.source_country,
       e.target_code, e.target_name, e.target_country,
       e.cameo_code, e.cameo_root, coalesce(c.name, ''), e.goldstein, e.quad_class,
       e.plover_type, e.plover_mode,
       e.location_name, e.location_country, e.location_adm1, e.location_lat,
       e.location_lon, e.location_feature, e.location_geonames_id,
       e.is_root, e.num_mentions, e.num_sources, e.num_articles,
       e.first_seen, e.last_seen, e.date_added,
       a.url, a.doc_id,
       m.event_hash, m.sentence, m.paragraph, m.evidence_start, m.evidence_end,
       m.evidence_text, m.trigger_start, m.trigger_end, m.trigger_text,
       m.source_text, m.source_start, m.source_end, m.source_via, m.source_entry,
       m.target_text, m.target_start, m.target_end, m.target_via, m.target_entry,
       m.attribution_text, m.attribution_code, m.attribution_country,
       m.location_text, m.location_start, m.location_end,
       m.date_text, m.date_source, m.rule, m.notes, m.future, m.historical
FROM events e
LEFT JOIN cameo_codes c ON c.code = e.cameo_code
LEFT JOIN mentions m ON m.id = (SELECT min(id) FROM mentions WHERE event_id = e.id)
LEFT JOIN articles a ON a.id = m.article_id
)sql";

std::string S(const Stmt& q, int col) { return std::string(q.Text(col)); }

// A column: cut to `width`, padded, then one space.
void Pad(std::string_view s, size_t width, std::string* out) {
  out->append(output::PadRight(output::Truncate(s, width), width));
  out->push_back(' ');
}

std::string Num(double v, const char* fmt = "%g") {
  char buf[48];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

std::vector<std::string> ParseNotes(std::string_view json) {
  std::vector<std::string> notes;
  if (json.empty()) return notes;
  simdjson::dom::parser parser;
  simdjson::dom::array arr;
  if (parser.parse(json.data(), json.size(), true).get(arr) != simdjson::SUCCESS) {
    notes.emplace_back(json);
    return notes;
  }
  for (simdjson::dom::element el : arr) {
    std::string_view s;
    if (el.get(s) == simdjson::SUCCESS) notes.emplace_back(s);
  }
  return notes;
}

std::optional<ActorRef> MentionActor(const Stmt& q, int code, int country, int text, int start,
                                     int end, int via, int entry) {
  if (q.IsNull(code) && q.IsNull(text)) return std::nullopt;
  ActorRef a;
  a.code = S(q, code);
  a.country = S(q, country);
  a.text = S(q, text);
  a.start = static_cast<uint32_t>(q.Int(start));
  a.end = static_cast<uint32_t>(q.Int(end));
  a.via = S(q, via);
  a.entry = S(q, entry);
  return a;
}

// The event as warta code writes it, from the event row and its first
// mention.
Event RowToEvent(const Stmt& q) {
  Event e;
  e.event_id = S(q, kEventHash);
  e.doc_id = S(q, kDocId);
  e.sentence = static_cast<int>(q.Int(kSentence));
  e.paragraph = static_cast<int>(q.Int(kParagraph));
  e.date = S(q, kDate);
  e.date_precision = S(q, kDatePrecision);
  e.date_source = S(q, kDateSource);
  e.date_text = S(q, kDateText);
  e.source = MentionActor(q, kSourceCode, kSourceCountry, kMSourceText, kMSourceStart, kMSourceEnd,
                          kMSourceVia, kMSourceEntry);
  e.target = MentionActor(q, kTargetCode, kTargetCountry, kMTargetText, kMTargetStart, kMTargetEnd,
                          kMTargetVia, kMTargetEntry);
  e.cameo_code = S(q, kCameoCode);
  e.cameo_root = S(q, kCameoRoot);
  e.cameo_name = S(q, kCameoName);
  e.goldstein = q.Double(kGoldstein);
  e.quad_class = static_cast<int>(q.Int(kQuadClass));
  e.plover_type = S(q, kPloverType);
  e.plover_mode = S(q, kPloverMode);
  if (!q.IsNull(kAttrCode) || !q.IsNull(kAttrText)) {
    ActorRef a;
    a.text = S(q, kAttrText);
    a.code = S(q, kAttrCode);
    a.country = S(q, kAttrCountry);
    e.attribution = a;
  }
  if (!q.IsNull(kLocName) || !q.IsNull(kMLocText)) {
    Location l;
    l.text = S(q, kMLocText);
    l.name = S(q, kLocName);
    l.country = S(q, kLocCountry);
    l.adm1 = S(q, kLocAdm1);
    l.lat = q.Double(kLocLat);
    l.lon = q.Double(kLocLon);
    l.feature = S(q, kLocFeature);
    l.geonames_id = q.Int(kLocGeonames);
    l.start = static_cast<uint32_t>(q.Int(kMLocStart));
    l.end = static_cast<uint32_t>(q.Int(kMLocEnd));
    e.location = l;
  }
  e.evidence_start = static_cast<uint32_t>(q.Int(kEvidenceStart));
  e.evidence_end = static_cast<uint32_t>(q.Int(kEvidenceEnd));
  e.evidence_text = S(q, kEvidenceText);
  e.trigger_start = static_cast<uint32_t>(q.Int(kTriggerStart));
  e.trigger_end = static_cast<uint32_t>(q.Int(kTriggerEnd));
  e.trigger_text = S(q, kTriggerText);
  e.rule = S(q, kRule);
  e.notes = ParseNotes(q.Text(kNotes));
  e.future = q.Int(kFuture) != 0;
  e.historical = q.Int(kHistorical) != 0;
  return e;
}

void JsonKey(std::string_view k, std::string* out) {
  out->append(",\"");
  out->append(k);
  out->append("\":");
}

void JsonStrOrNull(std::string_view s, std::string* out) {
  if (s.empty())
    out->append("null");
  else
    output::AppendJsonString(s, out);
}

void AppendJsonl(const Stmt& q, std::string* out) {
  size_t begin = out->size();
  output::AppendEventJson(RowToEvent(q), out);
  // AppendEventJson ends the object with "}\n": reopen it for the event
  // table's own fields.
  while (out->size() > begin && (out->back() == '\n' || out->back() == '}')) {
    bool brace = out->back() == '}';
    out->pop_back();
    if (brace) break;
  }
  bool has_location =
      std::string_view(*out).substr(begin).find("\"location\":") != std::string_view::npos;
  if (!has_location) {
    JsonKey("location", out);
    if (q.IsNull(kLocName) && q.IsNull(kMLocText)) {
      out->append("null");
    } else {
      out->append("{\"text\":");
      JsonStrOrNull(q.Text(kMLocText), out);
      JsonKey("name", out);
      JsonStrOrNull(q.Text(kLocName), out);
      JsonKey("country", out);
      JsonStrOrNull(q.Text(kLocCountry), out);
      JsonKey("geonames_id", out);
      out->append(q.IsNull(kLocGeonames) ? "null" : std::to_string(q.Int(kLocGeonames)));
      JsonKey("lat", out);
      out->append(q.IsNull(kLocLat) ? "null" : Num(q.Double(kLocLat), "%.6g"));
      JsonKey("lon", out);
      out->append(q.IsNull(kLocLon) ? "null" : Num(q.Double(kLocLon), "%.6g"));
      out->append("}");
    }
  }
  JsonKey("global_event_id", out);
  out->append(std::to_string(q.Int(kId)));
  JsonKey("num_mentions", out);
  out->append(std::to_string(q.Int(kNumMentions)));
  JsonKey("num_sources", out);
  out->append(std::to_string(q.Int(kNumSources)));
  JsonKey("num_articles", out);
  out->append(std::to_string(q.Int(kNumArticles)));
  JsonKey("is_root", out);
  out->append(q.Int(kIsRoot) ? "true" : "false");
  JsonKey("first_seen", out);
  JsonStrOrNull(q.Text(kFirstSeen), out);
  JsonKey("last_seen", out);
  JsonStrOrNull(q.Text(kLastSeen), out);
  JsonKey("date_added", out);
  JsonStrOrNull(q.Text(kDateAdded), out);
  JsonKey("source_url", out);
  JsonStrOrNull(q.Text(kUrl), out);
  out->append("}\n");
}

void CsvField(std::string_view s, std::string* out) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void AppendCsv(const Stmt& q, std::string* out) {
  auto text = [&](int col) { return std::string(q.Text(col)); };
  auto real = [&](int col, const char* fmt) {
    return q.IsNull(col) ? std::string() : Num(q.Double(col), fmt);
  };
  auto integer = [&](int col) {
    return q.IsNull(col) ? std::string() : std::to_string(q.Int(col));
  };
  std::string fields[] = {
      integer(kId),      text(kDate),           text(kDatePrecision),   text(kDateFirst),
      text(kDateLast),   text(kSourceCode),     text(kSourceName),      text(kSourceCountry),
      text(kTargetCode), text(kTargetName),     text(kTargetCountry),   text(kCameoCode),
      text(kCameoRoot),  text(kCameoName),      real(kGoldstein, "%g"), integer(kQuadClass),
      text(kPloverType), text(kPloverMode),     text(kLocName),         text(kLocCountry),
      text(kLocAdm1),    real(kLocLat, "%.6g"), real(kLocLon, "%.6g"),  integer(kLocGeonames),
      integer(kIsRoot),  integer(kNumMentions), integer(kNumSources),   integer(kNumArticles),
      text(kFirstSeen),  text(kLastSeen),       text(kDateAdded),       text(kUrl),
      text(kDocId),      text(kEventHash),      text(kTriggerText),     text(kEvidenceText),
      text(kRule)};
  static_assert(std::size(fields) == 37);
  for (size_t i = 0; i < std::size(fields); ++i) {
    if (i) out->push_back(',');
    CsvField(fields[i], out);
  }
  out->append("\r\n");
}

void AppendGdelt(const Stmt& q, std::string* out) {
  GdeltEvent g;
  g.id = q.Int(kId);
  g.date_first = S(q, kDateFirst);
  g.source_code = S(q, kSourceCode);
  g.source_name = S(q, kSourceName);
  g.target_code = S(q, kTargetCode);
  g.target_name = S(q, kTargetName);
  g.is_root = q.Int(kIsRoot) != 0;
  g.cameo_code = S(q, kCameoCode);
  g.cameo_root = S(q, kCameoRoot);
  g.quad_class = static_cast<int>(q.Int(kQuadClass));
  g.goldstein = q.Double(kGoldstein);
  g.num_mentions = q.Int(kNumMentions);
  g.num_sources = q.Int(kNumSources);
  g.num_articles = q.Int(kNumArticles);
  g.has_location = !q.IsNull(kLocName) || !q.IsNull(kLocGeonames);
  g.location_name = S(q, kLocName);
  g.location_country = S(q, kLocCountry);
  g.location_adm1 = S(q, kLocAdm1);
  g.location_feature = S(q, kLocFeature);
  g.has_latlon = !q.IsNull(kLocLat);
  g.lat = q.Double(kLocLat);
  g.lon = q.Double(kLocLon);
  g.geonames_id = q.Int(kLocGeonames);
  g.date_added = S(q, kDateAdded);
  g.source_url = q.IsNull(kUrl) ? S(q, kDocId) : S(q, kUrl);
  AppendGdeltRow(g, out);
}

void TableHeader(std::string* out) {
  Pad("id", 7, out);
  Pad("date", 10, out);
  Pad("source", 10, out);
  Pad("event", 34, out);
  Pad("target", 10, out);
  Pad("ment/art/src", 12, out);
  out->append("trigger\n");
  out->append(std::string(110, '-'));
  out->push_back('\n');
}

void AppendTableRow(const Stmt& q, std::string* out) {
  std::string id = std::to_string(q.Int(kId));
  out->append(std::string(id.size() < 7 ? 7 - id.size() : 0, ' '));
  out->append(id);
  out->push_back(' ');
  Pad(q.Text(kDate), 10, out);
  Pad(q.IsNull(kSourceCode) ? "-" : q.Text(kSourceCode), 10, out);
  Pad(std::string(q.Text(kCameoCode)) + " " + std::string(q.Text(kCameoName)), 34, out);
  Pad(q.IsNull(kTargetCode) ? "-" : q.Text(kTargetCode), 10, out);
  Pad(std::to_string(q.Int(kNumMentions)) + "/" + std::to_string(q.Int(kNumArticles)) + "/" +
          std::to_string(q.Int(kNumSources)),
      12, out);
  out->append(output::Truncate(q.Text(kTriggerText), 30));
  out->push_back('\n');
}

// LIKE pattern escaping with '\'.
std::string LikeEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) words.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return words;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Appends the WHERE clause and its parameters.
Status BuildWhere(const QueryFilter& f, bool fts, int64_t fts_upto, std::string* sql,
                  std::vector<std::string>* params) {
  std::vector<std::string> conds;
  if (!f.actor.empty()) {
    params->push_back(LikeEscape(f.actor) + "%");
    std::string prefix = "?" + std::to_string(params->size());
    params->push_back("%" + LikeEscape(f.actor) + "%");
    std::string words = "?" + std::to_string(params->size());
    conds.push_back("(e.source_code LIKE " + prefix + " ESCAPE '\\' OR e.target_code LIKE " +
                    prefix +
                    " ESCAPE '\\' OR EXISTS (SELECT 1 FROM mentions am WHERE "
                    "am.event_id = e.id AND (am.source_text LIKE " +
                    words + " ESCAPE '\\' OR am.target_text LIKE " + words + " ESCAPE '\\')))");
  }
  if (!f.country.empty()) {
    std::string c = f.country;
    for (char& ch : c)
      if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    params->push_back(c);
    std::string n = "?" + std::to_string(params->size());
    conds.push_back("(e.source_country = " + n + " OR e.target_country = " + n + ")");
  }
  if (f.root && f.code.empty()) return Status::Usage("--root needs --code");
  if (!f.code.empty()) {
    if (!AllDigits(f.code) || f.code.size() > 4)
      return Status::Usage("--code " + f.code + ": expected 1 to 4 digits of a CAMEO code");
    if (f.root) {
      params->push_back(f.code.size() == 1 ? "0" + f.code : f.code.substr(0, 2));
      conds.push_back("e.cameo_root = ?" + std::to_string(params->size()));
    } else {
      params->push_back(f.code + "%");
      conds.push_back("e.cameo_code LIKE ?" + std::to_string(params->size()));
    }
  }
  if (!f.quads.empty()) {
    std::string in;
    for (int qc : f.quads) {
      if (qc < 1 || qc > 4)
        return Status::Usage("--quad " + std::to_string(qc) + ": expected 1, 2, 3 or 4");
      if (!in.empty()) in += ",";
      in += std::to_string(qc);
    }
    conds.push_back("e.quad_class IN (" + in + ")");
  }
  if (!f.since.empty()) {
    DateRange r = ArgumentDateRange(f.since);
    if (r.first.empty())
      return Status::Usage("--since " + f.since + ": expected YYYY, YYYY-MM or YYYY-MM-DD");
    params->push_back(r.first);
    conds.push_back("e.date_last >= ?" + std::to_string(params->size()));
  }
  if (!f.until.empty()) {
    DateRange r = ArgumentDateRange(f.until);
    if (r.last.empty())
      return Status::Usage("--until " + f.until + ": expected YYYY, YYYY-MM or YYYY-MM-DD");
    params->push_back(r.last);
    conds.push_back("e.date_first <= ?" + std::to_string(params->size()));
  }
  if (!f.text.empty()) {
    std::vector<std::string> words = Words(f.text);
    if (words.empty()) return Status::Usage("--text: no words");
    // Mentions up to fts_upto are in the FTS5 index; later ones (of an
    // ingest that was interrupted) are searched with LIKE.
    std::string like =
        "e.id IN (SELECT event_id FROM mentions WHERE id > " + std::to_string(fts_upto);
    for (const std::string& w : words) {
      params->push_back("%" + LikeEscape(w) + "%");
      like += " AND evidence_text LIKE ?" + std::to_string(params->size()) + " ESCAPE '\\'";
    }
    like += ")";
    if (fts) {
      std::string match;
      for (const std::string& w : words) {
        if (!match.empty()) match += " ";
        match += "\"";
        for (char c : w) {
          if (c == '"') match += "\"";
          match += c;
        }
        match += "\"";
      }
      params->push_back(match);
      conds.push_back(
          "(e.id IN (SELECT event_id FROM mentions WHERE id IN "
          "(SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?" +
          std::to_string(params->size()) + ")) OR " + like + ")");
    } else {
      conds.push_back(like);
    }
  }
  if (!conds.empty()) {
    *sql += " WHERE ";
    for (size_t i = 0; i < conds.size(); ++i) {
      if (i) *sql += " AND ";
      *sql += conds[i];
    }
  }
  return Status::Ok();
}

Status Flush(std::string* buf, std::ostream* out) {
  out->write(buf->data(), static_cast<std::streamsize>(buf->size()));
  buf->clear();
  if (!*out) return Status::IoError("write error");
  return Status::Ok();
}

// Marks [[actor|CODE]], «trigger» and {{place}} inside the evidence sentence.
std::string MarkSentence(
    std::string_view sentence, uint32_t base,
    std::vector<std::tuple<uint32_t, uint32_t, std::string, std::string>> spans) {
  std::sort(spans.begin(), spans.end());
  std::string out;
  uint32_t pos = 0;
  for (auto& [start, end, open, close] : spans) {
    if (start < base || end > base + sentence.size() || start >= end) continue;
    uint32_t s = start - base, e = end - base;
    if (s < pos) continue;  // overlaps a span already marked
    out.append(sentence.substr(pos, s - pos));
    out.append(open);
    out.append(sentence.substr(s, e - s));
    out.append(close);
    pos = e;
  }
  out.append(sentence.substr(pos));
  return out;
}

}  // namespace

Result<QueryFormat> ParseQueryFormat(std::string_view s) {
  if (s == "table") return QueryFormat::kTable;
  if (s == "jsonl") return QueryFormat::kJsonl;
  if (s == "csv") return QueryFormat::kCsv;
  if (s == "gdelt") return QueryFormat::kGdelt;
  return Status::Usage("--format " + std::string(s) + ": expected table, jsonl, csv or gdelt");
}

const std::vector<std::string>& CsvColumns() {
  static const std::vector<std::string> kColumns = {"global_event_id",
                                                    "date",
                                                    "date_precision",
                                                    "date_first",
                                                    "date_last",
                                                    "source_code",
                                                    "source_name",
                                                    "source_country",
                                                    "target_code",
                                                    "target_name",
                                                    "target_country",
                                                    "cameo_code",
                                                    "cameo_root",
                                                    "cameo_name",
                                                    "goldstein",
                                                    "quad_class",
                                                    "plover_type",
                                                    "plover_mode",
                                                    "location_name",
                                                    "location_country",
                                                    "location_adm1",
                                                    "location_lat",
                                                    "location_lon",
                                                    "location_geonames_id",
                                                    "is_root",
                                                    "num_mentions",
                                                    "num_sources",
                                                    "num_articles",
                                                    "first_seen",
                                                    "last_seen",
                                                    "date_added",
                                                    "source_url",
                                                    "doc_id",
                                                    "event_hash",
                                                    "trigger",
                                                    "evidence",
                                                    "rule"};
  return kColumns;
}

Status RunQuery(Db* db, const QueryFilter& filter, QueryFormat format, std::ostream* out,
                int64_t* rows) {
  Result<bool> fts = HasFts(db);
  if (!fts.ok()) return fts.status().Annotate(db->path().string() + ": not a warta database");
  std::string sql = kSelect;
  std::vector<std::string> params;
  int64_t fts_upto = 0;
  if (*fts) {
    Result<int64_t> upto = FtsIndexedUpTo(db);
    if (!upto.ok()) return upto.status();
    fts_upto = *upto;
  }
  if (Status s = BuildWhere(filter, *fts, fts_upto, &sql, &params); !s.ok()) return s;
  sql += " ORDER BY e.id";
  int64_t limit = filter.limit;
  if (limit < 0 && format == QueryFormat::kTable) limit = 100;
  if (limit >= 0) sql += " LIMIT " + std::to_string(limit);
  Result<Stmt> q = db->Prepare(sql);
  if (!q.ok()) return q.status();
  for (size_t i = 0; i < params.size(); ++i) q->BindText(static_cast<int>(i + 1), params[i]);

  std::string buf;
  if (format == QueryFormat::kTable) TableHeader(&buf);
  if (format == QueryFormat::kCsv) {
    const std::vector<std::string>& cols = CsvColumns();
    for (size_t i = 0; i < cols.size(); ++i) {
      if (i) buf.push_back(',');
      buf.append(cols[i]);
    }
    buf.append("\r\n");
  }
  int64_t n = 0;
  for (;;) {
    Result<bool> row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    ++n;
    switch (format) {
      case QueryFormat::kTable:
        AppendTableRow(*q, &buf);
        break;
      case QueryFormat::kJsonl:
        AppendJsonl(*q, &buf);
        break;
      case QueryFormat::kCsv:
        AppendCsv(*q, &buf);
        break;
      case QueryFormat::kGdelt:
        AppendGdelt(*q, &buf);
        break;
    }
    if (buf.size() > (1 << 16))
      if (Status s = Flush(&buf, out); !s.ok()) return s;
  }
  if (format == QueryFormat::kTable) {
    buf += std::to_string(n) + (n == 1 ? " event" : " events");
    if (limit >= 0 && n == limit)
      buf += " (--limit " + std::to_string(limit) + "; there may be more)";
    buf += "\n";
  }
  if (rows) *rows = n;
  return Flush(&buf, out);
}

Status Explain(Db* db, std::string_view id, std::ostream* out) {
  int64_t event_id = 0;
  if (AllDigits(id) && id.size() < 18) {
    event_id = std::stoll(std::string(id));
  } else {
    Result<Stmt> q = db->Prepare("SELECT event_id FROM mentions WHERE event_hash = ? LIMIT 1");
    if (!q.ok()) return q.status();
    q->BindText(1, id);
    Result<bool> row = q->Step();
    if (!row.ok()) return row.status();
    if (*row) event_id = q->Int(0);
  }
  Result<Stmt> ev = db->Prepare(std::string(kSelect) + " WHERE e.id = ?");
  if (!ev.ok()) return ev.status();
  ev->BindInt(1, event_id);
  Result<bool> found = ev->Step();
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound("no event " + std::string(id));
  const Stmt& e = *ev;
  std::string buf;
  auto actor = [&](int code) { return e.IsNull(code) ? std::string("-") : S(e, code); };
  buf +=
      "event " + std::to_string(e.Int(kId)) + "  " +
      (e.IsNull(kDate) ? std::string("undated") : S(e, kDate) + " (" + S(e, kDatePrecision) + ")") +
      "  " + actor(kSourceCode) + " -> " + actor(kTargetCode) + "  " + S(e, kCameoCode) + " " +
      S(e, kCameoName) + "\n";
  buf += "  quad class " + std::to_string(e.Int(kQuadClass)) + ", Goldstein " +
         Num(e.Double(kGoldstein)) +
         (e.IsNull(kPloverType) ? ""
                                : ", PLOVER " + S(e, kPloverType) +
                                      (e.IsNull(kPloverMode) ? "" : "/" + S(e, kPloverMode))) +
         "\n";
  if (!e.IsNull(kLocName)) {
    buf += "  location " + S(e, kLocName);
    if (!e.IsNull(kLocCountry)) buf += " (" + S(e, kLocCountry) + ")";
    if (!e.IsNull(kLocGeonames)) buf += " geonames " + std::to_string(e.Int(kLocGeonames));
    buf += "\n";
  }
  auto count = [](int64_t n, const char* what) {
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
  };
  buf += "  " + count(e.Int(kNumMentions), "mention") + " in " +
         count(e.Int(kNumArticles), "article") + " from " + count(e.Int(kNumSources), "source");
  if (!e.IsNull(kFirstSeen))
    buf += "; first seen " + S(e, kFirstSeen) + ", last seen " + S(e, kLastSeen);
  buf += "\n  key ";
  {
    Result<Stmt> k = db->Prepare("SELECT dedup_key FROM events WHERE id = ?");
    if (!k.ok()) return k.status();
    k->BindInt(1, event_id);
    if (Result<bool> r = k->Step(); r.ok() && *r) buf += S(*k, 0);
  }
  buf += "\n";

  Result<Stmt> m = db->Prepare(
      "SELECT a.doc_id, a.source, a.date, a.url, m.sentence, m.paragraph, "
      "m.evidence_start, m.evidence_text, m.trigger_start, m.trigger_end, m.trigger_text, "
      "m.source_text, e.source_code, m.source_start, m.source_end, m.source_via, "
      "m.target_text, e.target_code, m.target_start, m.target_end, m.target_via, "
      "m.attribution_text, m.attribution_code, m.location_text, m.location_start, "
      "m.location_end, m.date_text, m.date_source, m.rule, m.notes, m.event_hash, "
      "m.future, m.historical, m.source_entry, m.target_entry "
      "FROM mentions m JOIN articles a ON a.id = m.article_id "
      "JOIN events e ON e.id = m.event_id WHERE m.event_id = ? ORDER BY m.id");
  if (!m.ok()) return m.status();
  m->BindInt(1, event_id);
  int n = 0;
  int64_t total = e.Int(kNumMentions);
  for (;;) {
    Result<bool> row = m->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    const Stmt& r = *m;
    ++n;
    buf += "\nmention " + std::to_string(n) + " of " + std::to_string(total) + " (" + S(r, 30) +
           "): article " + S(r, 0);
    std::string meta;
    if (!r.IsNull(1)) meta += S(r, 1);
    if (!r.IsNull(2)) meta += (meta.empty() ? "" : ", ") + S(r, 2);
    if (!meta.empty()) buf += " (" + meta + ")";
    if (!r.IsNull(3)) buf += " " + S(r, 3);
    buf += "\n  sentence " + std::to_string(r.Int(4)) + ", paragraph " + std::to_string(r.Int(5)) +
           ":\n    ";
    std::vector<std::tuple<uint32_t, uint32_t, std::string, std::string>> spans;
    auto u = [&](int col) { return static_cast<uint32_t>(r.Int(col)); };
    spans.emplace_back(u(8), u(9), "«", "»");
    if (!r.IsNull(12)) spans.emplace_back(u(13), u(14), "[[", "|" + S(r, 12) + "]]");
    if (!r.IsNull(17)) spans.emplace_back(u(18), u(19), "[[", "|" + S(r, 17) + "]]");
    if (!r.IsNull(23)) spans.emplace_back(u(24), u(25), "{{", "}}");
    buf += MarkSentence(r.Text(7), u(6), std::move(spans)) + "\n";
    buf += "  trigger  «" + S(r, 10) + "»\n";
    auto actor_line = [&](const char* role, int text, int code, int via, int entry) {
      if (r.IsNull(code)) {
        buf += std::string("  ") + role + "   -\n";
        return;
      }
      buf += std::string("  ") + role + "   " + S(r, code) + " \"" + S(r, text) + "\"";
      if (!r.IsNull(via)) buf += " via " + S(r, via);
      if (!r.IsNull(entry)) buf += " (" + S(r, entry) + ")";
      buf += "\n";
    };
    actor_line("source", 11, 12, 15, 33);
    actor_line("target", 16, 17, 20, 34);
    if (!r.IsNull(22)) buf += "  attributed to " + S(r, 22) + " \"" + S(r, 21) + "\"\n";
    if (!r.IsNull(26))
      buf += "  dated by \"" + S(r, 26) + "\" (" + S(r, 27) + ")\n";
    else if (!r.IsNull(27))
      buf += "  dated by the " + S(r, 27) + "\n";
    if (r.Int(31)) buf += "  future (planned or intended)\n";
    if (r.Int(32)) buf += "  historical\n";
    buf += "  rule     " + S(r, 28) + "\n";
    for (const std::string& note : ParseNotes(r.Text(29))) buf += "  note     " + note + "\n";
  }
  return Flush(&buf, out);
}

Status Stats(Db* db, std::ostream* out, int top_actors) {
  std::string buf;
  auto count = [&](const char* sql) -> Result<int64_t> { return db->QueryInt(sql); };
  Result<int64_t> articles = count("SELECT count(*) FROM articles");
  if (!articles.ok())
    return articles.status().Annotate(db->path().string() + ": not a warta database");
  Result<int64_t> events = count("SELECT count(*) FROM events");
  Result<int64_t> mentions = count("SELECT count(*) FROM mentions");
  Result<int64_t> runs = count("SELECT count(*) FROM runs");
  Result<int64_t> undated = count("SELECT count(*) FROM events WHERE date_first IS NULL");
  for (auto* r : {&events, &mentions, &runs, &undated})
    if (!r->ok()) return r->status();
  buf += "database " + db->path().string() + "\n";
  buf += "  articles " + std::to_string(*articles) + "\n";
  buf += "  events   " + std::to_string(*events) + " (" + std::to_string(*undated) + " undated)\n";
  buf += "  mentions " + std::to_string(*mentions) + "\n";
  buf += "  runs     " + std::to_string(*runs) + "\n";
  {
    Result<Stmt> q = db->Prepare(
        "SELECT r.dictionary_hash, r.warta_version, count(a.id) FROM runs r "
        "JOIN articles a ON a.run_id = r.id GROUP BY 1, 2 ORDER BY 3 DESC");
    if (!q.ok()) return q.status();
    buf += "\ncoded with (dictionary hash, warta version: articles)\n";
    for (;;) {
      Result<bool> row = q->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      buf += "  " + S(*q, 0) + "  " + S(*q, 1) + ": " + std::to_string(q->Int(2)) + "\n";
    }
  }
  {
    Result<Stmt> q = db->Prepare(
        "SELECT code, count(*), sum(num_mentions) FROM ("
        "SELECT source_code AS code, num_mentions FROM events WHERE source_code IS NOT NULL "
        "UNION ALL SELECT target_code, num_mentions FROM events WHERE target_code IS NOT NULL) "
        "GROUP BY code ORDER BY 2 DESC, code LIMIT ?");
    if (!q.ok()) return q.status();
    q->BindInt(1, top_actors);
    buf += "\ntop actors (events as source or target, mentions)\n";
    for (;;) {
      Result<bool> row = q->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      std::string line = "  ";
      Pad(q->Text(0), 12, &line);
      std::string ev = std::to_string(q->Int(1));
      line += std::string(ev.size() < 8 ? 8 - ev.size() : 0, ' ') + ev + "  " +
              std::to_string(q->Int(2)) + "\n";
      buf += line;
    }
  }
  {
    Result<Stmt> q = db->Prepare(
        "SELECT coalesce(substr(date_first, 1, 7), 'undated'), cameo_root, count(*) "
        "FROM events GROUP BY 1, 2 ORDER BY (date_first IS NULL), 1, 2");
    if (!q.ok()) return q.status();
    std::map<std::string, std::map<std::string, int64_t>> months;
    std::vector<std::string> order;
    for (;;) {
      Result<bool> row = q->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      std::string month = S(*q, 0);
      if (!months.count(month)) order.push_back(month);
      months[month][S(*q, 1)] = q->Int(2);
    }
    buf += "\nevents per CAMEO root per month\n";
    std::string head = "  ";
    Pad("month", 8, &head);
    for (int r = 1; r <= 20; ++r) {
      char b[8];
      std::snprintf(b, sizeof b, "%5.2d", r);
      head += b;
    }
    buf += head + "  total\n";
    for (const std::string& month : order) {
      std::string line = "  ";
      Pad(month, 8, &line);
      int64_t total = 0;
      for (int r = 1; r <= 20; ++r) {
        char root[4];
        std::snprintf(root, sizeof root, "%02d", r);
        auto it = months[month].find(root);
        int64_t v = it == months[month].end() ? 0 : it->second;
        total += v;
        char b[16];
        std::snprintf(b, sizeof b, "%5lld", static_cast<long long>(v));
        line += v ? b : "    .";
      }
      buf += line + "  " + std::to_string(total) + "\n";
    }
  }
  return Flush(&buf, out);
}

}  // namespace warta::store
