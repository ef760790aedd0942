#include "eval/gold.h"

#include <simdjson.h>

#include <utility>

#include "text/file.h"
#include "time/date.h"

namespace warta::eval {
namespace {

namespace od = simdjson::ondemand;

bool IsDigits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Reads one gold file with simdjson On Demand. Every failure becomes an
// InvalidInput Status that says where it is; nothing throws.
class GoldParser {
 public:
  GoldParser(std::string_view json, const std::string& name) : padded_(json), name_(name) {}

  Result<GoldDoc> Parse() {
    od::document doc;
    if (auto err = parser_.iterate(padded_).get(doc)) return Fail(err, nullptr, "not JSON");
    doc_ = &doc;
    od::object top;
    if (auto err = doc.get_object().get(top)) {
      // On Demand reads lazily and may blame the wrong place here (trailing
      // text after the object shows as an unclosed object at byte 0).
      if (Status st = Validate(); !st.ok()) return st;
      return Fail(err, Here(), "the file must hold one JSON object");
    }
    GoldDoc out;
    bool have_doc = false, have_events = false;
    for (auto field_result : top) {
      od::field field;
      if (auto err = std::move(field_result).get(field)) return Fail(err, Here(), "reading a key");
      std::string_view key_view;
      if (auto err = field.unescaped_key().get(key_view)) return Fail(err, Here(), "reading a key");
      std::string key(key_view);
      od::value v = field.value();
      if (key == "doc") {
        const char* at = At(v);
        std::string s;
        if (Status st = String(v, "\"doc\"", &s); !st.ok()) return st;
        if (s.empty()) return Fail(at, "\"doc\" is empty");
        out.doc = std::move(s);
        have_doc = true;
      } else if (key == "pub_date") {
        const char* at = At(v);
        std::optional<std::string> d;
        if (Status st = NullableString(v, "\"pub_date\"", &d); !st.ok()) return st;
        if (d && !time::ParseIsoDate(*d))
          return Fail(at, "\"pub_date\" must be YYYY-MM-DD or null, not \"" + *d + "\"");
        out.pub_date = std::move(d);
      } else if (key == "events") {
        if (Status st = Events(v, &out.events); !st.ok()) return st;
        have_events = true;
      }
      // Other keys ("entities", annotators' notes) are skipped unread.
    }
    // simdjson 3.0 has no document::at_end(): a location past the object
    // means more tokens follow it.
    if (const char* rest = Here(); rest != nullptr)
      return Fail(rest, "trailing content after the object");
    // On Demand skips the values of keys it was not asked for without
    // checking them; the whole file must still be JSON.
    if (Status st = Validate(); !st.ok()) return st;
    if (!have_doc) return Fail(nullptr, "missing \"doc\" (the article's file name)");
    if (!have_events) return Fail(nullptr, "missing \"events\"");
    return out;
  }

 private:
  // Full validation by the DOM parser, which says what but not where.
  Status Validate() const {
    simdjson::dom::parser dom;
    simdjson::dom::element root;
    if (auto err = dom.parse(padded_).get(root))
      return Status::InvalidInput(name_ + ": not valid JSON: " + simdjson::error_message(err));
    return Status::Ok();
  }

  // Where the document iterator stands, or nullptr when simdjson can't say.
  const char* Here() {
    const char* p = nullptr;
    if (doc_ == nullptr || doc_->current_location().get(p)) return nullptr;
    return p;
  }

  // The start of value `v` in the input.
  static const char* At(od::value& v) { return v.raw_json_token().data(); }

  std::string Where(const char* at) const {
    const char* base = padded_.data();
    if (at == nullptr || at < base || at > base + padded_.size()) return name_ + ": ";
    size_t offset = static_cast<size_t>(at - base);
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < offset; ++i) {
      if (base[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    }
    return name_ + ":" + std::to_string(line) + ":" + std::to_string(offset - line_start + 1) +
           " (byte " + std::to_string(offset) + "): ";
  }

  Status Fail(const char* at, const std::string& what) const {
    return Status::InvalidInput(Where(at) + what);
  }
  Status Fail(simdjson::error_code err, const char* at, const std::string& what) const {
    return Status::InvalidInput(Where(at) + what + ": " + simdjson::error_message(err));
  }

  Status String(od::value& v, const std::string& what, std::string* out) {
    const char* at = At(v);
    std::string_view s;
    if (auto err = v.get_string().get(s)) return Fail(err, at, what + " must be a string");
    out->assign(s);
    return Status::Ok();
  }

  Status NullableString(od::value& v, const std::string& what, std::optional<std::string>* out) {
    const char* at = At(v);
    bool is_null = false;
    if (auto err = v.is_null().get(is_null)) return Fail(err, at, what);
    if (is_null) {
      out->reset();
      return Status::Ok();
    }
    std::string s;
    if (Status st = String(v, what + " (or null)", &s); !st.ok()) return st;
    *out = std::move(s);
    return Status::Ok();
  }

  Status Bool(od::value& v, const std::string& what, bool* out) {
    const char* at = At(v);
    if (auto err = v.get_bool().get(*out)) return Fail(err, at, what + " must be true or false");
    return Status::Ok();
  }

  // A non-empty array of non-empty strings.
  Status Strings(od::value& v, const std::string& what, std::vector<std::string>* out) {
    const char* at = At(v);
    od::array arr;
    if (auto err = v.get_array().get(arr))
      return Fail(err, at, what + " must be an array of strings");
    out->clear();
    for (auto el : arr) {
      od::value item;
      if (auto err = std::move(el).get(item)) return Fail(err, Here(), what);
      const char* item_at = At(item);
      std::string s;
      if (Status st = String(item, what + " items", &s); !st.ok()) return st;
      if (s.empty()) return Fail(item_at, what + " holds an empty string");
      out->push_back(std::move(s));
    }
    if (out->empty()) return Fail(at, what + " is empty (use [\"*\"] for any)");
    return Status::Ok();
  }

  Status Events(od::value& v, std::vector<GoldEvent>* out) {
    const char* at = At(v);
    od::array arr;
    if (auto err = v.get_array().get(arr)) return Fail(err, at, "\"events\" must be an array");
    for (auto el : arr) {
      od::value item;
      if (auto err = std::move(el).get(item)) return Fail(err, Here(), "\"events\"");
      GoldEvent g;
      if (Status st = Event(item, out->size() + 1, &g); !st.ok()) return st;
      out->push_back(std::move(g));
    }
    return Status::Ok();
  }

  Status Event(od::value& v, size_t n, GoldEvent* g) {
    const std::string ctx = "event " + std::to_string(n);
    const char* at = At(v);
    od::object obj;
    if (auto err = v.get_object().get(obj)) return Fail(err, at, ctx + " must be an object");
    bool have_para = false, have_src = false, have_tgt = false, have_roots = false,
         have_core = false;
    for (auto field_result : obj) {
      od::field field;
      if (auto err = std::move(field_result).get(field)) return Fail(err, Here(), ctx);
      std::string_view key_view;
      if (auto err = field.unescaped_key().get(key_view)) return Fail(err, Here(), ctx);
      std::string key(key_view);
      od::value fv = field.value();
      const char* fat = At(fv);
      const std::string what = ctx + " \"" + key + "\"";
      Status st;
      if (key == "id") {
        st = String(fv, what, &g->id);
      } else if (key == "para") {
        int64_t para = 0;
        if (auto err = fv.get_int64().get(para))
          return Fail(err, fat, what + " must be an integer");
        if (para < 1 || para > 1000000) return Fail(fat, what + " must be a line number >= 1");
        g->para = static_cast<int>(para);
        have_para = true;
      } else if (key == "src") {
        st = Strings(fv, what, &g->src);
        have_src = true;
      } else if (key == "tgt") {
        st = Strings(fv, what, &g->tgt);
        have_tgt = true;
      } else if (key == "roots") {
        st = Strings(fv, what, &g->roots);
        if (st.ok()) {
          for (const std::string& r : g->roots)
            if (r.size() != 2 || !IsDigits(r) || r < "01" || r > "20")
              return Fail(fat, what + ": \"" + r + "\" is not a CAMEO root (\"01\".. \"20\")");
        }
        have_roots = true;
      } else if (key == "date") {
        std::optional<std::string> d;
        st = NullableString(fv, what, &d);
        if (st.ok() && d) {
          if (!IsGoldDate(*d))
            return Fail(fat,
                        what + " must be YYYY, YYYY-MM, YYYY-MM-DD or null, not \"" + *d + "\"");
          g->date = *d;
        }
      } else if (key == "core") {
        st = Bool(fv, what, &g->core);
        have_core = true;
      } else if (key == "symmetric") {
        st = Bool(fv, what, &g->symmetric);
      } else if (key == "note") {
        std::optional<std::string> note;
        st = NullableString(fv, what, &note);
        if (note) g->note = *note;
      }
      if (!st.ok()) return st;
    }
    const char* missing = !have_para    ? "para"
                          : !have_src   ? "src"
                          : !have_tgt   ? "tgt"
                          : !have_roots ? "roots"
                          : !have_core  ? "core"
                                        : nullptr;
    if (missing != nullptr) return Fail(at, ctx + " lacks \"" + missing + "\"");
    if (g->id.empty()) g->id = "#" + std::to_string(n);
    return Status::Ok();
  }

  simdjson::padded_string padded_;
  std::string name_;
  od::parser parser_;
  od::document* doc_ = nullptr;
};

}  // namespace

bool IsGoldDate(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!IsDigits(s.substr(0, 4))) return false;
  if (s.size() >= 7) {
    std::string_view m = s.substr(5, 2);
    if (s[4] != '-' || !IsDigits(m) || m < "01" || m > "12") return false;
  }
  if (s.size() == 10) {
    std::string_view d = s.substr(8, 2);
    if (s[7] != '-' || !IsDigits(d) || d < "01" || d > "31") return false;
  }
  return true;
}

Result<GoldDoc> ParseGold(std::string_view json, const std::string& name) {
  GoldParser parser(json, name);
  return parser.Parse();
}

Result<GoldDoc> LoadGold(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::NotFound(path.string() + ": no such file");
  if (std::filesystem::is_directory(path, ec))
    return Status::InvalidInput(path.string() + ": is a directory");
  Result<std::string> json = text::ReadFile(path.string());
  if (!json.ok()) return json.status();
  return ParseGold(json.value(), path.string());
}

}  // namespace warta::eval
