#include "output/table.h"

#include <fmt/format.h>

#include <string_view>

namespace warta::output {
namespace {

// Display width of UTF-8 text, counting code points (enough for the Latin
// scripts of the languages warta codes).
size_t Width(std::string_view s) {
  size_t w = 0;
  for (unsigned char c : s) w += (c & 0xC0) != 0x80;
  return w;
}

std::string Cut(std::string_view s, size_t max) {
  if (Width(s) <= max) return std::string(s);
  std::string out;
  size_t w = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {
      if (w + 1 >= max) break;
      ++w;
    }
    out.push_back(s[i]);
  }
  // Drop a partial trailing sequence.
  while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0xC0)
    out.pop_back();
  return out + "…";
}

std::string Pad(std::string_view s, size_t width) {
  std::string out(s);
  for (size_t w = Width(s); w < width; ++w) out.push_back(' ');
  return out;
}

}  // namespace

std::string FormatTable(const std::vector<Event>& events) {
  std::string out;
  out += fmt::format("{} {} {} {} {} {}\n", Pad("date", 10), Pad("source", 8),
                     Pad("event", 34), Pad("target", 8), Pad("trigger", 18),
                     "attributed to");
  out += std::string(100, '-') + "\n";
  for (const Event& e : events) {
    std::string ev = e.cameo_code + " " + e.cameo_name;
    std::string attr = e.attribution ? e.attribution->code : "";
    out += fmt::format("{} {} {} {} {} {}\n",
                       Pad(e.date.empty() ? "?" : e.date, 10),
                       Pad(e.source ? e.source->code : "-", 8),
                       Pad(Cut(ev, 34), 34),
                       Pad(e.target ? e.target->code : "-", 8),
                       Pad(Cut(e.trigger_text, 18), 18), attr);
  }
  out += fmt::format("{} event{}\n", events.size(), events.size() == 1 ? "" : "s");
  return out;
}

}  // namespace warta::output
