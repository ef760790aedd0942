#include "eval/suite.h"

#include <simdjson.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "output/json.h"

namespace warta::eval {
namespace {

namespace dom = simdjson::dom;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A JSON value as the suites write it: strings, booleans ("true" and true
// alike) and numbers all become text.
std::string AsText(dom::element e) {
  switch (e.type()) {
    case dom::element_type::STRING: return std::string(std::string_view(e.get_string()));
    case dom::element_type::BOOL: return bool(e.get_bool()) ? "true" : "false";
    case dom::element_type::INT64: return std::to_string(int64_t(e.get_int64()));
    case dom::element_type::UINT64: return std::to_string(uint64_t(e.get_uint64()));
    case dom::element_type::DOUBLE: return fmt::format("{}", double(e.get_double()));
    default: return "";
  }
}

bool Truthy(dom::element obj, const char* key) {
  dom::element v;
  if (obj[key].get(v)) return false;
  std::string t = Lower(AsText(v));
  return t == "true" || t == "1";
}

Status ParseRecord(dom::element obj, SuiteRecord* r) {
  if (!obj.is_object()) return Status::InvalidInput("record is not a JSON object");
  dom::element v;
  if (obj["id"].get(v)) return Status::InvalidInput("record has no \"id\"");
  r->id = AsText(v);
  if (obj["text"].get(v) || !v.is_string()) return Status::InvalidInput("record " + r->id + " has no \"text\"");
  r->text = AsText(v);
  if (!obj["date"].get(v)) {
    r->date = AsText(v);
    r->date.erase(std::remove(r->date.begin(), r->date.end(), '-'), r->date.end());
  }
  if (!obj["category"].get(v)) r->category = AsText(v);
  if (r->category.empty()) r->category = r->id.substr(0, r->id.find('-'));
  if (!obj["source_file"].get(v)) r->source_file = AsText(v);
  r->control = Truthy(obj, "control_record");
  r->expect_no_event = Truthy(obj, "expect_no_event");
  dom::array arr;
  if (!obj["expected"].get(arr)) {
    for (dom::element e : arr) {
      Triple t;
      dom::element f;
      if (!e["source"].get(f)) t.source = AsText(f);
      if (!e["target"].get(f)) t.target = AsText(f);
      if (!e["code"].get(f)) t.code = AsText(f);
      if (t.code.empty()) return Status::InvalidInput("record " + r->id + ": expected event without a code");
      r->expected.push_back(std::move(t));
    }
  } else if (!obj["event_plover2021"].get(v)) {
    r->plover_type = AsText(v);
    if (r->plover_type.empty()) return Status::InvalidInput("record " + r->id + ": empty event_plover2021");
    for (auto [key, out] : {std::pair{"source", &r->plover_sources}, std::pair{"target", &r->plover_targets}}) {
      if (obj[key].get(arr)) continue;
      for (dom::element e : arr) {
        dom::element f;
        if (e["code"].get(f)) continue;
        std::string code = AsText(f);
        if (code.size() >= 3) out->push_back(code.substr(0, 3));
      }
    }
    r->category = r->plover_type;  // per-type rates
  } else if (!r->control) {
    return Status::InvalidInput("record " + r->id + " has no \"expected\" list");
  }
  if (!obj["options"].get(arr)) {
    for (dom::element e : arr) r->options.push_back(AsText(e));
  }
  if (!obj["dict_notes"].get(arr)) {
    for (dom::element e : arr) r->notes.push_back(AsText(e));
  }
  dom::object o;
  if (!obj["config"].get(o)) {
    for (auto [k, val] : o) r->config[std::string(k)] = AsText(val);
  }
  if (!obj["dictionaries"].get(o)) {
    for (auto [k, val] : o) r->dictionaries[std::string(k)] = AsText(val);
  }
  // Scope: features their own notes call unimplemented, records after the
  // suite's end marker, records marked not to be evaluated.
  for (const std::string& n : r->notes) {
    std::string l = Lower(n);
    if (l.find("not implemented") != std::string::npos && l.find("currently") != std::string::npos) {
      r->skip_reason = "notes: " + n;
    }
  }
  if (Truthy(obj, "after_end_marker")) r->skip_reason = "after the suite's end marker";
  // Records that test how the original program reports malformed parse-tree
  // input: warta reads plain text, so there is nothing to test.
  if (!obj["expect_error"].get(arr)) {
    for (dom::element e : arr) {
      if (AsText(e) == "bad_input_parse") r->skip_reason = "tests malformed parser input, which warta does not read";
    }
  }
  if (!obj["evaluate"].get(v) && Lower(AsText(v)) == "false") r->skip_reason = "marked evaluate=false";
  return Status::Ok();
}

std::string Normalise(std::string code) {
  if (!code.empty() && code[0] == '~') return "---" + code.substr(1);
  return code;
}

std::string FormatTriples(const std::vector<Triple>& ts) {
  if (ts.empty()) return "(none)";
  std::string out;
  for (const Triple& t : ts) {
    if (!out.empty()) out += " ";
    out += t.source + ">" + t.target + ":" + t.code;
  }
  return out;
}

}  // namespace

double SuiteResult::Rate() const {
  int scored = total.records - total.skipped;
  return scored > 0 ? static_cast<double>(total.passed) / scored : 0.0;
}

bool LooksLikeSuite(const std::filesystem::path& path) {
  if (path.extension() != ".jsonl") return false;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    return line.find("\"text\"") != std::string::npos &&
           (line.find("\"expected\"") != std::string::npos ||
            line.find("\"event_plover2021\"") != std::string::npos);
  }
  return false;
}

Result<Suite> ReadSuite(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return Status::NotFound(path.string() + ": no such suite file");
    return Status::IoError(path.string() + ": cannot open");
  }
  Suite s;
  s.path = path;
  s.name = path.filename().string();
  for (std::string_view suffix : {".dev.jsonl", ".jsonl"}) {
    if (s.name.size() > suffix.size() && s.name.compare(s.name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      s.name.resize(s.name.size() - suffix.size());
      break;
    }
  }
  dom::parser parser;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::string where = path.string() + ":" + std::to_string(number);
    dom::element doc;
    if (auto err = parser.parse(line).get(doc)) {
      s.errors.push_back(where + ": not valid JSON: " + simdjson::error_message(err));
      continue;
    }
    SuiteRecord r;
    r.line = number;
    if (Status st = ParseRecord(doc, &r); !st.ok()) {
      s.errors.push_back(where + ": " + st.message());
      continue;
    }
    s.records.push_back(std::move(r));
  }
  if (in.bad()) return Status::IoError(path.string() + ": read error");
  return s;
}

SuiteResult RunSuite(const Suite& suite, const SuiteCoder& coder, const ControlHandler& on_control) {
  SuiteResult res;
  res.name = suite.name;
  res.errors = suite.errors;
  for (const SuiteRecord& r : suite.records) {
    if (r.control) {
      ++res.controls;
      if (on_control) on_control(r);
      continue;
    }
    CategoryStats& cat = res.categories[r.category];
    ++res.total.records;
    ++cat.records;
    if (!r.skip_reason.empty()) {
      ++res.total.skipped;
      ++cat.skipped;
      res.skipped.emplace_back(r.id, r.skip_reason);
      continue;
    }
    auto t0 = std::chrono::steady_clock::now();
    std::vector<Triple> got = coder(r);
    res.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!r.plover_type.empty()) {
      res.plover = true;
      auto in = [](const std::vector<std::string>& allowed, const std::string& c) {
        return allowed.empty() || std::find(allowed.begin(), allowed.end(), c) != allowed.end();
      };
      bool type = false, pass = false;
      for (const Triple& t : got) {
        if (t.code != r.plover_type) continue;
        type = true;
        if (in(r.plover_sources, t.source) && in(r.plover_targets, t.target)) pass = true;
      }
      if (type) ++res.type_passed;
      if (pass) {
        ++res.total.passed;
        ++cat.passed;
      } else {
        std::vector<Triple> want;
        for (const std::string& s : r.plover_sources.empty() ? std::vector<std::string>{"*"} : r.plover_sources)
          for (const std::string& t : r.plover_targets.empty() ? std::vector<std::string>{"*"} : r.plover_targets)
            want.push_back({s, t, r.plover_type});
        res.failures.push_back({r.id, r.category, r.text, want, got});
      }
      continue;
    }
    std::set<Triple> want, have(got.begin(), got.end());
    for (Triple t : r.expected) {
      t.source = Normalise(t.source);
      t.target = Normalise(t.target);
      want.insert(std::move(t));
    }
    if (want == have) {
      ++res.total.passed;
      ++cat.passed;
    } else {
      res.failures.push_back({r.id, r.category, r.text, {want.begin(), want.end()}, {have.begin(), have.end()}});
    }
  }
  return res;
}

std::string FormatSuiteTable(const std::vector<SuiteResult>& results) {
  std::string out;
  out += fmt::format("{:<28} {:>8} {:>8} {:>8} {:>7}\n", "suite / category", "records", "passed",
                     "skipped", "rate");
  auto row = [&](const std::string& name, const CategoryStats& c) {
    int scored = c.records - c.skipped;
    std::string rate = scored > 0 ? fmt::format("{:.1f}%", 100.0 * c.passed / scored) : "-";
    out += fmt::format("{:<28} {:>8} {:>8} {:>8} {:>7}\n", name, c.records, c.passed, c.skipped, rate);
  };
  for (const SuiteResult& r : results) {
    row(r.name, r.total);
    if (r.plover) {
      int scored = r.total.records - r.total.skipped;
      out += fmt::format("  event type right (actors aside): {} of {} ({:.1f}%)\n", r.type_passed,
                         scored, scored > 0 ? 100.0 * r.type_passed / scored : 0.0);
    }
    for (const auto& [name, c] : r.categories) row("  " + name, c);
    if (!r.errors.empty()) out += fmt::format("  ({} unreadable lines)\n", r.errors.size());
    int coded = r.total.records - r.total.skipped;
    if (coded > 0) {
      out += fmt::format("  (coded {} records in {:.1f} ms, {} control records)\n", coded, r.seconds * 1000,
                         r.controls);
    }
  }
  return out;
}

std::string FormatSuiteFailures(const SuiteResult& r) {
  std::string out;
  for (const SuiteFailure& f : r.failures) {
    out += fmt::format("{} {} [{}]\n  text:     {}\n  expected: {}\n  got:      {}\n", r.name, f.id,
                       f.category, f.text, FormatTriples(f.expected), FormatTriples(f.got));
  }
  for (const auto& [id, why] : r.skipped) out += fmt::format("{} {} skipped: {}\n", r.name, id, why);
  for (const std::string& e : r.errors) out += e + "\n";
  return out;
}

std::string FormatSuiteJson(const std::vector<SuiteResult>& results) {
  std::string out = "{\"suites\": {";
  CategoryStats all;
  auto stats = [&](const CategoryStats& c) {
    int scored = c.records - c.skipped;
    double rate = scored > 0 ? static_cast<double>(c.passed) / scored : 0.0;
    return fmt::format("\"records\": {}, \"passed\": {}, \"skipped\": {}, \"rate\": {:.4f}", c.records,
                       c.passed, c.skipped, rate);
  };
  for (size_t i = 0; i < results.size(); ++i) {
    const SuiteResult& r = results[i];
    if (i) out += ", ";
    output::AppendJsonString(r.name, &out);
    out += ": {" + stats(r.total) + ", \"categories\": {";
    bool first = true;
    for (const auto& [name, c] : r.categories) {
      if (!first) out += ", ";
      first = false;
      output::AppendJsonString(name, &out);
      out += ": {" + stats(c) + "}";
    }
    out += "}";
    if (r.plover) {
      int scored = r.total.records - r.total.skipped;
      out += fmt::format(", \"type_passed\": {}, \"type_rate\": {:.4f}", r.type_passed,
                         scored > 0 ? static_cast<double>(r.type_passed) / scored : 0.0);
    }
    out += "}";
    all.records += r.total.records;
    all.passed += r.total.passed;
    all.skipped += r.total.skipped;
  }
  out += "}, " + stats(all) + "}\n";
  return out;
}

}  // namespace warta::eval
