#include "output/json.h"

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace warta::output {
namespace {

// Everything is appended to the caller's string: no formatting calls and no
// temporary strings per field.
void Lit(std::string_view s, std::string* out) { out->append(s); }

void StrOrNull(std::string_view s, std::string* out) {
  if (s.empty()) out->append("null");
  else AppendJsonString(s, out);
}

template <typename T>
void Int(T v, std::string* out) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, static_cast<size_t>(r.ptr - buf));
}

// As printf's "%.10g" (std::to_chars is specified to match it).
void Num(double v, std::string* out) {
  // Goldstein scores are tenths between -10 and 10: the double nearest k/10
  // prints as k/10, written here without the general conversion.
  const double tenths = v * 10;
  if (tenths >= -1000 && tenths <= 1000 && v != 0) {
    const int k = static_cast<int>(tenths < 0 ? tenths - 0.5 : tenths + 0.5);
    if (k / 10.0 == v) {
      if (k < 0) out->push_back('-');
      const int a = k < 0 ? -k : k;
      Int(a / 10, out);
      if (a % 10 != 0) {
        out->push_back('.');
        out->push_back(static_cast<char>('0' + a % 10));
      }
      return;
    }
  }
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 10);
  out->append(buf, static_cast<size_t>(r.ptr - buf));
}

void Actor(const std::optional<ActorRef>& a, bool offsets, std::string* out) {
  if (!a) {
    out->append("null");
    return;
  }
  Lit("{\"text\":", out);
  AppendJsonString(a->text, out);
  Lit(",\"code\":", out);
  AppendJsonString(a->code, out);
  Lit(",\"country\":", out);
  AppendJsonString(a->country, out);
  if (offsets) {
    Lit(",\"start\":", out);
    Int(a->start, out);
    Lit(",\"end\":", out);
    Int(a->end, out);
  }
  if (!a->via.empty()) {
    Lit(",\"via\":", out);
    AppendJsonString(a->via, out);
  }
  if (!a->entry.empty()) {
    Lit(",\"entry\":", out);
    AppendJsonString(a->entry, out);
  }
  out->push_back('}');
}

// True when one of the eight bytes at `p` must be escaped in a JSON string:
// a control character, '"' or '\\'. Each test is exact for any byte value
// (the bit tricks of "Bit Twiddling Hacks": hasless and haszero).
bool AnyToEscape(const char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  uint64_t w;
  std::memcpy(&w, p, 8);
  auto has_zero = [&](uint64_t x) { return ((x - kOnes) & ~x & kHigh) != 0; };
  bool control = ((w - kOnes * 0x20) & ~w & kHigh) != 0;
  return control || has_zero(w ^ (kOnes * '"')) || has_zero(w ^ (kOnes * '\\'));
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  // Runs that need no escaping are appended whole; they are found eight
  // bytes at a time.
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    while (i + 8 <= s.size() && !AnyToEscape(s.data() + i)) i += 8;
    if (i == s.size()) break;
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
  Lit("{\"event_id\":", out);
  AppendJsonString(e.event_id, out);
  Lit(",\"doc_id\":", out);
  AppendJsonString(e.doc_id, out);
  Lit(",\"lang\":", out);
  StrOrNull(e.lang, out);
  Lit(",\"sentence\":", out);
  Int(e.sentence, out);
  Lit(",\"paragraph\":", out);
  Int(e.paragraph, out);
  Lit(",\"date\":", out);
  StrOrNull(e.date, out);
  Lit(",\"date_precision\":", out);
  StrOrNull(e.date_precision, out);
  Lit(",\"date_source\":", out);
  StrOrNull(e.date_source, out);
  Lit(",\"date_text\":", out);
  StrOrNull(e.date_text, out);
  Lit(",\"document_date\":", out);
  StrOrNull(e.document_date, out);
  Lit(",\"document_date_source\":", out);
  StrOrNull(e.document_date_source, out);
  Lit(",\"source\":", out);
  Actor(e.source, true, out);
  Lit(",\"target\":", out);
  Actor(e.target, true, out);
  Lit(",\"cameo\":", out);
  Lit("{\"code\":", out);
  AppendJsonString(e.cameo_code, out);
  Lit(",\"root\":", out);
  AppendJsonString(e.cameo_root, out);
  Lit(",\"name\":", out);
  AppendJsonString(e.cameo_name, out);
  Lit(",\"goldstein\":", out);
  Num(e.goldstein, out);
  Lit(",\"quad_class\":", out);
  Int(e.quad_class, out);
  Lit("},\"plover\":", out);
  if (e.plover_type.empty()) {
    out->append("null");
  } else {
    Lit("{\"event_type\":", out);
    AppendJsonString(e.plover_type, out);
    Lit(",\"mode\":", out);
    StrOrNull(e.plover_mode, out);
    out->push_back('}');
  }
  Lit(",\"attribution\":", out);
  Actor(e.attribution, false, out);
  Lit(",\"location\":", out);
  if (!e.location) {
    out->append("null");
  } else {
    const Location& l = *e.location;
    Lit("{\"text\":", out);
    AppendJsonString(l.text, out);
    Lit(",\"name\":", out);
    AppendJsonString(l.name, out);
    Lit(",\"country\":", out);
    AppendJsonString(l.country, out);
    Lit(",\"adm1\":", out);
    StrOrNull(l.adm1, out);
    Lit(",\"lat\":", out);
    if (l.has_latlon) Num(l.lat, out); else out->append("null");
    Lit(",\"lon\":", out);
    if (l.has_latlon) Num(l.lon, out); else out->append("null");
    Lit(",\"feature\":", out);
    AppendJsonString(l.feature, out);
    Lit(",\"geonames_id\":", out);
    if (l.geonames_id) Int(l.geonames_id, out); else out->append("null");
    Lit(",\"start\":", out);
    Int(l.start, out);
    Lit(",\"end\":", out);
    Int(l.end, out);
    out->push_back('}');
  }
  Lit(",\"evidence\":", out);
  Lit("{\"text\":", out);
  AppendJsonString(e.evidence_text, out);
  Lit(",\"start\":", out);
  Int(e.evidence_start, out);
  Lit(",\"end\":", out);
  Int(e.evidence_end, out);
  Lit("},\"trigger\":", out);
  Lit("{\"text\":", out);
  AppendJsonString(e.trigger_text, out);
  Lit(",\"start\":", out);
  Int(e.trigger_start, out);
  Lit(",\"end\":", out);
  Int(e.trigger_end, out);
  Lit("},\"rule\":", out);
  AppendJsonString(e.rule, out);
  Lit(",\"notes\":", out);
  out->push_back('[');
  for (size_t i = 0; i < e.notes.size(); ++i) {
    if (i) out->push_back(',');
    AppendJsonString(e.notes[i], out);
  }
  out->append("],");
  Lit("\"future\":", out);
  out->append(e.future ? "true" : "false");
  Lit(",\"historical\":", out);
  out->append(e.historical ? "true" : "false");
  out->append("}\n");
}

}  // namespace warta::output
