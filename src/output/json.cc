#include "output/json.h"

#include <cstdio>

namespace warta::output {
namespace {

void Key(std::string_view k, std::string* out) {
  out->push_back('"');
  out->append(k);
  out->append("\":");
}

void StrOrNull(std::string_view s, std::string* out) {
  if (s.empty()) out->append("null");
  else AppendJsonString(s, out);
}

void Num(double v, std::string* out) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  out->append(buf);
}

void Actor(const std::optional<ActorRef>& a, bool offsets, std::string* out) {
  if (!a) {
    out->append("null");
    return;
  }
  out->append("{");
  Key("text", out);
  AppendJsonString(a->text, out);
  out->append(",");
  Key("code", out);
  AppendJsonString(a->code, out);
  out->append(",");
  Key("country", out);
  AppendJsonString(a->country, out);
  if (offsets) {
    out->append(",");
    Key("start", out);
    out->append(std::to_string(a->start));
    out->append(",");
    Key("end", out);
    out->append(std::to_string(a->end));
  }
  if (!a->via.empty()) {
    out->append(",");
    Key("via", out);
    AppendJsonString(a->via, out);
  }
  if (!a->entry.empty()) {
    out->append(",");
    Key("entry", out);
    AppendJsonString(a->entry, out);
  }
  out->append("}");
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  // Runs that need no escaping are appended whole.
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out->append(buf);
      }
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void AppendEventJson(const Event& e, std::string* out) {
  out->append("{");
  Key("event_id", out);
  AppendJsonString(e.event_id, out);
  out->append(",");
  Key("doc_id", out);
  AppendJsonString(e.doc_id, out);
  out->append(",");
  Key("lang", out);
  StrOrNull(e.lang, out);
  out->append(",");
  Key("sentence", out);
  out->append(std::to_string(e.sentence));
  out->append(",");
  Key("paragraph", out);
  out->append(std::to_string(e.paragraph));
  out->append(",");
  Key("date", out);
  StrOrNull(e.date, out);
  out->append(",");
  Key("date_precision", out);
  StrOrNull(e.date_precision, out);
  out->append(",");
  Key("date_source", out);
  StrOrNull(e.date_source, out);
  out->append(",");
  Key("date_text", out);
  StrOrNull(e.date_text, out);
  out->append(",");
  Key("document_date", out);
  StrOrNull(e.document_date, out);
  out->append(",");
  Key("document_date_source", out);
  StrOrNull(e.document_date_source, out);
  out->append(",");
  Key("source", out);
  Actor(e.source, true, out);
  out->append(",");
  Key("target", out);
  Actor(e.target, true, out);
  out->append(",");
  Key("cameo", out);
  out->append("{");
  Key("code", out);
  AppendJsonString(e.cameo_code, out);
  out->append(",");
  Key("root", out);
  AppendJsonString(e.cameo_root, out);
  out->append(",");
  Key("name", out);
  AppendJsonString(e.cameo_name, out);
  out->append(",");
  Key("goldstein", out);
  Num(e.goldstein, out);
  out->append(",");
  Key("quad_class", out);
  out->append(std::to_string(e.quad_class));
  out->append("},");
  Key("plover", out);
  if (e.plover_type.empty()) {
    out->append("null");
  } else {
    out->append("{");
    Key("event_type", out);
    AppendJsonString(e.plover_type, out);
    out->append(",");
    Key("mode", out);
    StrOrNull(e.plover_mode, out);
    out->append("}");
  }
  out->append(",");
  Key("attribution", out);
  Actor(e.attribution, false, out);
  out->append(",");
  Key("location", out);
  if (!e.location) {
    out->append("null");
  } else {
    const Location& l = *e.location;
    out->append("{");
    Key("text", out);
    AppendJsonString(l.text, out);
    out->append(",");
    Key("name", out);
    AppendJsonString(l.name, out);
    out->append(",");
    Key("country", out);
    AppendJsonString(l.country, out);
    out->append(",");
    Key("adm1", out);
    StrOrNull(l.adm1, out);
    out->append(",");
    Key("lat", out);
    if (l.has_latlon) Num(l.lat, out); else out->append("null");
    out->append(",");
    Key("lon", out);
    if (l.has_latlon) Num(l.lon, out); else out->append("null");
    out->append(",");
    Key("feature", out);
    AppendJsonString(l.feature, out);
    out->append(",");
    Key("geonames_id", out);
    if (l.geonames_id) out->append(std::to_string(l.geonames_id)); else out->append("null");
    out->append(",");
    Key("start", out);
    out->append(std::to_string(l.start));
    out->append(",");
    Key("end", out);
    out->append(std::to_string(l.end));
    out->append("}");
  }
  out->append(",");
  Key("evidence", out);
  out->append("{");
  Key("text", out);
  AppendJsonString(e.evidence_text, out);
  out->append(",");
  Key("start", out);
  out->append(std::to_string(e.evidence_start));
  out->append(",");
  Key("end", out);
  out->append(std::to_string(e.evidence_end));
  out->append("},");
  Key("trigger", out);
  out->append("{");
  Key("text", out);
  AppendJsonString(e.trigger_text, out);
  out->append(",");
  Key("start", out);
  out->append(std::to_string(e.trigger_start));
  out->append(",");
  Key("end", out);
  out->append(std::to_string(e.trigger_end));
  out->append("},");
  Key("rule", out);
  AppendJsonString(e.rule, out);
  out->append(",");
  Key("notes", out);
  out->append("[");
  for (size_t i = 0; i < e.notes.size(); ++i) {
    if (i) out->append(",");
    AppendJsonString(e.notes[i], out);
  }
  out->append("],");
  Key("future", out);
  out->append(e.future ? "true" : "false");
  out->append(",");
  Key("historical", out);
  out->append(e.historical ? "true" : "false");
  out->append("}\n");
}

}  // namespace warta::output
