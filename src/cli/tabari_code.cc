#include "cli/tabari_code.h"

#include <iostream>

#include <fmt/format.h>

#include "cli/code_command.h"
#include "cli/inputs.h"
#include "dict/tabari/dictionary.h"
#include "extract/tabari/coder.h"
#include "output/json.h"
#include "text/tokenize.h"

namespace warta::cli {

namespace tb = dict::tabari;

int RunTabariCode(const TabariCodeArgs& args) {
  tb::DictFormat format;
  if (!tb::ParseDictFormat(args.dict_format, &format)) {
    std::cerr << "warta code: --dict-format must be tabari, petrarch or auto, not '" << args.dict_format
              << "'\n";
    return 2;
  }
  std::vector<std::string> actors;
  for (size_t b = 0; b < args.actor_list.size();) {
    size_t e = args.actor_list.find(',', b);
    if (e == std::string::npos) e = args.actor_list.size();
    if (e > b) actors.push_back(args.actor_list.substr(b, e - b));
    b = e + 1;
  }
  if (actors.empty()) {
    std::cerr << "warta code: --verbs needs --actors\n";
    return 2;
  }
  if (args.format != "jsonl" && args.format != "table") {
    std::cerr << "warta code: --format must be jsonl or table\n";
    return 2;
  }
  std::string date_text = args.date.empty() ? Today() : args.date;
  int32_t date = 0;
  int digits = 0;
  for (char c : date_text) {
    if (c >= '0' && c <= '9') { date = date * 10 + (c - '0'); ++digits; }
    else if (c != '-') digits = -100;
  }
  if (digits != 8) {
    std::cerr << "warta code: --date must be YYYY-MM-DD, not '" << args.date << "'\n";
    return 2;
  }
  tb::TabariDictionary dict;
  std::vector<Status> loads;
  loads.push_back(dict.LoadVerbs(args.verbs, format));
  for (const std::string& a : actors) loads.push_back(dict.LoadActors(a, format));
  if (!args.agents.empty()) loads.push_back(dict.LoadAgents(args.agents, format));
  if (!args.discards.empty()) loads.push_back(dict.LoadDiscards(args.discards, format));
  for (const Status& s : loads) {
    if (!s.ok()) {
      std::cerr << "warta: " << s.message() << "\n";
      return 2;
    }
  }
  dict.Finish();
  for (const std::string& w : dict.warnings()) std::cerr << "warta: " << w << "\n";

  std::ofstream file;
  std::ostream* out = OpenOutput(args.output, &file);
  if (!out) return 1;
  std::vector<std::string> errors;
  std::vector<InputFile> inputs = ExpandInputs(args.inputs.empty() ? std::vector<std::string>{"-"} : args.inputs, &errors);
  int rc = 0;
  for (const std::string& e : errors) {
    std::cerr << "warta: " << e << "\n";
    rc = 1;
  }
  extract::tabari::TabariCoder coder(&dict);
  // TABARI dictionaries are coded with TABARI's mechanics.
  extract::tabari::CoderOptions opts =
      format == tb::DictFormat::kTabari ? extract::tabari::TabariDefaults() : extract::tabari::CoderOptions();
  opts.require_dyad = args.require_dyad;
  extract::tabari::TabariScratch scratch;
  std::vector<text::Span> lines, sentences;
  std::vector<extract::tabari::CodedEvent> events;
  if (args.format == "table") {
    *out << fmt::format("{:<8} {:<4} {:<14} {:<14} {:<6} {}\n", "doc", "line", "source", "target", "code",
                        "evidence");
  }
  for (const InputFile& in : inputs) {
    Result<std::string> text = ReadInput(in);
    if (!text.ok()) {
      std::cerr << "warta: " << text.status().message() << "\n";
      rc = 1;
      continue;
    }
    lines.clear();
    text::SplitLines(*text, &lines);
    for (size_t li = 0; li < lines.size(); ++li) {
      sentences.clear();
      text::SplitSentences(*text, lines[li], &sentences);
      for (const text::Span& sp : sentences) {
        std::string_view sentence(text->data() + sp.begin, sp.end - sp.begin);
        events.clear();
        coder.Code(sentence, date, opts, &scratch, &events);
        for (const auto& e : events) {
          std::string_view verb = sentence.substr(e.begin, e.end - e.begin);
          if (args.format == "table") {
            *out << fmt::format("{:<8} {:<4} {:<14} {:<14} {:<6} {} [{}{}]\n", in.doc_id, li + 1, e.source,
                                e.target, e.code, verb, e.pattern_rule.empty() ? e.verb_rule : e.pattern_rule,
                                e.pattern_rule.empty() ? " default" : "");
            continue;
          }
          std::string j = "{\"doc\": ";
          output::AppendJsonString(in.doc_id, &j);
          j += fmt::format(", \"line\": {}, \"source\": ", li + 1);
          output::AppendJsonString(e.source, &j);
          j += ", \"target\": ";
          output::AppendJsonString(e.target, &j);
          j += ", \"code\": ";
          output::AppendJsonString(e.code, &j);
          j += fmt::format(", \"begin\": {}, \"end\": {}, \"verb\": ", sp.begin + e.begin, sp.begin + e.end);
          output::AppendJsonString(verb, &j);
          j += ", \"evidence\": {\"verb\": ";
          output::AppendJsonString(e.verb_rule, &j);
          j += ", \"pattern\": ";
          output::AppendJsonString(e.pattern_rule, &j);
          j += ", \"source\": ";
          output::AppendJsonString(e.source_rule, &j);
          j += ", \"target\": ";
          output::AppendJsonString(e.target_rule, &j);
          j += "}}\n";
          *out << j;
        }
      }
    }
  }
  out->flush();
  if (!*out) {
    std::cerr << "warta: write error\n";
    return 1;
  }
  return rc;
}

}  // namespace warta::cli
