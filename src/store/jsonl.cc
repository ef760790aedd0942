#include "store/jsonl.h"

#include <simdjson.h>

#include "time/date.h"

namespace warta::store {
namespace {

// Reads an optional string field: missing and null give "".
Status OptionalString(simdjson::dom::object obj, std::string_view key, std::string* out) {
  out->clear();
  simdjson::dom::element v;
  if (obj[key].get(v) != simdjson::SUCCESS) return Status::Ok();
  if (v.is_null()) return Status::Ok();
  std::string_view s;
  if (v.get(s) != simdjson::SUCCESS)
    return Status::InvalidInput("field \"" + std::string(key) + "\" is not a string");
  out->assign(s);
  return Status::Ok();
}

}  // namespace

ArticleJsonParser::ArticleJsonParser() : parser_(std::make_unique<simdjson::dom::parser>()) {}
ArticleJsonParser::~ArticleJsonParser() = default;

Status ArticleJsonParser::Parse(std::string_view line, Article* a) {
  simdjson::dom::element doc;
  simdjson::error_code err = parser_->parse(line.data(), line.size(), true).get(doc);
  if (err != simdjson::SUCCESS)
    return Status::InvalidInput(std::string("malformed JSON: ") + simdjson::error_message(err));
  simdjson::dom::object obj;
  if (doc.get(obj) != simdjson::SUCCESS) return Status::InvalidInput("expected a JSON object");

  a->doc_id.clear();
  simdjson::dom::element id;
  if (obj["id"].get(id) == simdjson::SUCCESS && !id.is_null()) {
    std::string_view s;
    int64_t n;
    uint64_t u;
    if (id.get(s) == simdjson::SUCCESS)
      a->doc_id.assign(s);
    else if (id.get(n) == simdjson::SUCCESS)
      a->doc_id = std::to_string(n);
    else if (id.get(u) == simdjson::SUCCESS)
      a->doc_id = std::to_string(u);
    else
      return Status::InvalidInput("field \"id\" is neither a string nor an integer");
  }
  for (auto [key, field] : {std::pair<std::string_view, std::string*>{"url", &a->url},
                            {"source", &a->source},
                            {"title", &a->title},
                            {"date", &a->date},
                            {"lang", &a->lang},
                            {"text", &a->text}}) {
    if (Status s = OptionalString(obj, key, field); !s.ok()) return s;
  }
  if (a->text.empty()) {
    simdjson::dom::element t;
    return Status::InvalidInput(obj["text"].get(t) == simdjson::SUCCESS ? "field \"text\" is empty"
                                                                        : "no \"text\" field");
  }
  if (!a->date.empty()) {
    std::string_view day = std::string_view(a->date).substr(0, 10);
    bool ok =
        a->date.size() == 10 || (a->date.size() > 10 && (a->date[10] == 'T' || a->date[10] == ' '));
    if (!ok || !time::ParseIsoDate(day))
      return Status::InvalidInput("field \"date\" is not a YYYY-MM-DD date: '" + a->date + "'");
    a->date.resize(10);
  }
  for (char& c : a->lang)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (a->lang == "ind" || a->lang == "in") a->lang = "id";
  if (a->lang == "eng") a->lang = "en";
  if (a->lang.empty()) a->lang = "auto";
  return Status::Ok();
}

}  // namespace warta::store
