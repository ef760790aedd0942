#include "eval/report.h"

#include <fmt/format.h>

#include <string_view>

#include "output/json.h"
#include "output/table.h"
#include "text/utf8.h"

namespace warta::eval {
namespace {

std::string Pad(std::string_view s, size_t width) { return output::PadRight(s, width); }

std::string Join(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += sep;
    out += v[i];
  }
  return out;
}

std::string Code(const std::optional<ActorRef>& a) { return a ? a->code : "-"; }

// "PRKGOV -> USAGOV 112 "menolak" 2018-09-29"
std::string EventLine(const Event& e) {
  std::string s = fmt::format("{} -> {} {} \"{}\"", Code(e.source), Code(e.target), e.cameo_code,
                              e.trigger_text);
  s += e.date.empty() ? " undated" : " " + e.date;
  if (!e.date_precision.empty() && e.date_precision != "day") s += " (" + e.date_precision + ")";
  return s;
}

std::string AnnotationLine(const GoldEvent& g) {
  std::string s =
      fmt::format("{}  line {}  {} -> {}{}  roots {}", g.id, g.para, Join(g.src, ","),
                  Join(g.tgt, ","), g.symmetric ? " (symmetric)" : "", Join(g.roots, ","));
  if (!g.date.empty()) s += "  date " + g.date;
  return s;
}

void Key(std::string_view k, std::string* out) {
  output::AppendJsonString(k, out);
  out->push_back(':');
}

// A JSON string; bytes that are not UTF-8 (say, in a file name) become U+FFFD.
void Str(std::string_view s, std::string* out) {
  if (text::FindInvalidUtf8(s) == text::kValid) {
    output::AppendJsonString(s, out);
    return;
  }
  std::string clean;
  while (!s.empty()) {
    size_t bad = text::FindInvalidUtf8(s);
    if (bad == text::kValid) bad = s.size();
    clean.append(s.substr(0, bad));
    if (bad == s.size()) break;
    clean += "\xEF\xBF\xBD";
    s.remove_prefix(bad + 1);
  }
  output::AppendJsonString(clean, out);
}

void NullableStr(std::string_view s, std::string* out) {
  if (s.empty())
    *out += "null";
  else
    Str(s, out);
}

void RatioJson(int num, int den, std::string* out) {
  std::optional<double> r = Ratio(num, den);
  if (r)
    *out += fmt::format("{:.4f}", *r);
  else
    *out += "null";
}

void StrArray(const std::vector<std::string>& v, std::string* out) {
  out->push_back('[');
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out->push_back(',');
    Str(v[i], out);
  }
  out->push_back(']');
}

// The keys shared by the summary and each document (no braces).
void CountsJson(const Counts& c, std::string* out) {
  *out += fmt::format(
      "\"core\":{{\"annotations\":{},\"matched\":{}}},"
      "\"events\":{{\"output\":{},\"matched\":{}}},"
      "\"dates\":{{\"annotations\":{},\"correct\":{}}},",
      c.core, c.core_matched, c.events, c.events_matched, c.dated, c.dated_correct);
  Key("recall", out);
  RatioJson(c.core_matched, c.core, out);
  out->push_back(',');
  Key("precision", out);
  RatioJson(c.events_matched, c.events, out);
  out->push_back(',');
  Key("date_accuracy", out);
  RatioJson(c.dated_correct, c.dated, out);
}

void AnnotationJson(const GoldEvent& g, std::string* out) {
  out->push_back('{');
  Key("id", out);
  Str(g.id, out);
  *out += fmt::format(",\"para\":{},", g.para);
  Key("src", out);
  StrArray(g.src, out);
  out->push_back(',');
  Key("tgt", out);
  StrArray(g.tgt, out);
  out->push_back(',');
  Key("roots", out);
  StrArray(g.roots, out);
  out->push_back(',');
  Key("date", out);
  NullableStr(g.date, out);
  out->push_back(',');
  Key("note", out);
  Str(g.note, out);
  out->push_back('}');
}

void EventJson(const Event& e, std::string* out) {
  out->push_back('{');
  *out += fmt::format("\"para\":{},", e.paragraph);
  Key("source", out);
  NullableStr(e.source ? e.source->code : "", out);
  out->push_back(',');
  Key("target", out);
  NullableStr(e.target ? e.target->code : "", out);
  out->push_back(',');
  Key("code", out);
  Str(e.cameo_code, out);
  out->push_back(',');
  Key("date", out);
  NullableStr(e.date, out);
  out->push_back(',');
  Key("trigger", out);
  Str(e.trigger_text, out);
  out->push_back(',');
  Key("evidence", out);
  Str(e.evidence_text, out);
  out->push_back(',');
  Key("rule", out);
  Str(e.rule, out);
  out->push_back('}');
}

void DocumentJson(const DocumentEval& d, bool details, std::string* out) {
  out->push_back('{');
  Key("name", out);
  Str(d.name, out);
  out->push_back(',');
  Key("gold", out);
  Str(d.gold_path.string(), out);
  out->push_back(',');
  Key("article", out);
  Str(d.article_path.string(), out);
  out->push_back(',');
  Key("date", out);
  NullableStr(d.info.date, out);
  out->push_back(',');
  Key("date_source", out);
  NullableStr(d.date_source, out);
  out->push_back(',');
  CountsJson(d.score.counts, out);
  if (details) {
    *out += ",\"missed\":[";
    for (size_t i = 0; i < d.score.missed.size(); ++i) {
      if (i) out->push_back(',');
      AnnotationJson(d.gold.events[d.score.missed[i]], out);
    }
    *out += "],\"misdated\":[";
    for (size_t i = 0; i < d.score.misdated.size(); ++i) {
      if (i) out->push_back(',');
      AnnotationJson(d.gold.events[d.score.misdated[i]], out);
    }
    *out += "],\"spurious\":[";
    for (size_t i = 0; i < d.score.spurious.size(); ++i) {
      if (i) out->push_back(',');
      EventJson(d.events[d.score.spurious[i]], out);
    }
    out->push_back(']');
  }
  out->push_back('}');
}

}  // namespace

std::string FormatRatio(int num, int den) {
  std::optional<double> r = Ratio(num, den);
  if (!r) return fmt::format("- ({}/{})", num, den);
  return fmt::format("{:.2f} ({}/{})", *r, num, den);
}

std::string FormatTable(const EvalSummary& sum) {
  size_t name_w = 24;
  for (const DocumentEval& d : sum.documents) name_w = std::max(name_w, output::DisplayWidth(d.name));
  for (const EvalError& e : sum.errors) name_w = std::max(name_w, output::DisplayWidth(e.file));
  std::string out = fmt::format("{}  {}  {}  {}  {}\n", Pad("document", name_w), Pad("date", 10),
                                Pad("recall (core)", 16), Pad("precision", 16), "date accuracy");
  out += std::string(name_w + 2 + 10 + 2 + 16 + 2 + 16 + 2 + 16, '-') + "\n";
  for (const DocumentEval& d : sum.documents) {
    const Counts& c = d.score.counts;
    out += fmt::format("{}  {}  {}  {}  {}\n", Pad(d.name, name_w),
                       Pad(d.info.date.empty() ? "none" : d.info.date, 10),
                       Pad(FormatRatio(c.core_matched, c.core), 16),
                       Pad(FormatRatio(c.events_matched, c.events), 16),
                       FormatRatio(c.dated_correct, c.dated));
  }
  for (const EvalError& e : sum.errors)
    out += fmt::format("{}  FAILED (not scored)\n", Pad(e.file, name_w));
  const Counts& t = sum.total;
  std::string total = fmt::format("TOTAL ({} document{})", sum.documents.size(),
                                  sum.documents.size() == 1 ? "" : "s");
  out += fmt::format("{}  {}  {}  {}  {}\n", Pad(total, name_w), Pad("", 10),
                     Pad(FormatRatio(t.core_matched, t.core), 16),
                     Pad(FormatRatio(t.events_matched, t.events), 16),
                     FormatRatio(t.dated_correct, t.dated));
  if (!sum.errors.empty())
    out += fmt::format("{} gold file{} failed; see the messages above\n", sum.errors.size(),
                       sum.errors.size() == 1 ? "" : "s");
  return out;
}

std::string FormatDetails(const DocumentEval& d) {
  std::string out = fmt::format("== {} ({}; document date {}{})\n", d.name, d.gold_path.string(),
                                d.info.date.empty() ? "none" : d.info.date,
                                d.date_source.empty() ? "" : ", from " + d.date_source);
  auto on_line = [&](int para) {
    std::string s;
    for (const Event& e : d.events)
      if (e.paragraph == para) s += "      warta: " + EventLine(e) + "\n";
    return s.empty() ? std::string("      warta: nothing on this line\n") : s;
  };
  for (size_t a : d.score.missed) {
    const GoldEvent& g = d.gold.events[a];
    out += "  missed    " + AnnotationLine(g) + "\n";
    if (!g.note.empty()) out += "      note: " + g.note + "\n";
    out += on_line(g.para);
  }
  for (size_t a : d.score.misdated) {
    const GoldEvent& g = d.gold.events[a];
    out += "  misdated  " + AnnotationLine(g) + "\n";
    for (size_t i : d.score.matches[a]) out += "      warta: " + EventLine(d.events[i]) + "\n";
  }
  for (size_t i : d.score.spurious) {
    const Event& e = d.events[i];
    out += fmt::format("  spurious  line {}  {}\n", e.paragraph, EventLine(e));
    out += "      evidence: " + e.evidence_text + "\n";
    out += "      rule: " + e.rule + "\n";
  }
  if (d.score.missed.empty() && d.score.misdated.empty() && d.score.spurious.empty())
    out += "  nothing missed, misdated or spurious\n";
  return out;
}

std::string FormatJson(const EvalSummary& sum, bool details) {
  std::string out;
  out += fmt::format("{{\"documents\":{},\"failed\":{},", sum.documents.size(), sum.errors.size());
  CountsJson(sum.total, &out);
  out += ",\"per_document\":[";
  for (size_t i = 0; i < sum.documents.size(); ++i) {
    if (i) out.push_back(',');
    DocumentJson(sum.documents[i], details, &out);
  }
  out += "],\"errors\":[";
  for (size_t i = 0; i < sum.errors.size(); ++i) {
    if (i) out.push_back(',');
    out += "{\"file\":";
    Str(sum.errors[i].file, &out);
    out += ",\"message\":";
    Str(sum.errors[i].message, &out);
    out.push_back('}');
  }
  out += "]}\n";
  return out;
}

}  // namespace warta::eval
