#include "output/table.h"

#include <fmt/format.h>

#include <string_view>

namespace warta::output {
size_t DisplayWidth(std::string_view s) {
  size_t w = 0;
  for (unsigned char c : s) w += (c & 0xC0) != 0x80;
  return w;
}

std::string Truncate(std::string_view s, size_t max) {
  if (DisplayWidth(s) <= max) return std::string(s);
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

std::string PadRight(std::string_view s, size_t width) {
  std::string out(s);
  for (size_t w = DisplayWidth(s); w < width; ++w) out.push_back(' ');
  return out;
}

std::string FormatTable(const std::vector<Event>& events) {
  std::string out;
  out += fmt::format("{} {} {} {} {} {}\n", PadRight("date", 10), PadRight("source", 8),
                     PadRight("event", 34), PadRight("target", 8), PadRight("trigger", 18),
                     "attributed to");
  out += std::string(100, '-') + "\n";
  for (const Event& e : events) {
    std::string ev = e.cameo_code + " " + e.cameo_name;
    std::string attr = e.attribution ? e.attribution->code : "";
    out += fmt::format("{} {} {} {} {} {}\n",
                       PadRight(e.date.empty() ? "?" : e.date, 10),
                       PadRight(e.source ? e.source->code : "-", 8),
                       PadRight(Truncate(ev, 34), 34),
                       PadRight(e.target ? e.target->code : "-", 8),
                       PadRight(Truncate(e.trigger_text, 18), 18), attr);
  }
  out += fmt::format("{} event{}\n", events.size(), events.size() == 1 ? "" : "s");
  return out;
}

}  // namespace warta::output
