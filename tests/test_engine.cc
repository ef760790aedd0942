#include "test_engine.h"

#include <cstdio>
#include <filesystem>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace warta::testing {

bool HasGazetteer() {
  return std::filesystem::exists(WARTA_GAZETTEER_TSV);
}

const Engine& TestEngine() {
  static const Engine* engine = [] {
    EngineOptions opts;
    opts.data_dir = std::string(WARTA_SOURCE_DIR) + "/data";
    if (HasGazetteer()) opts.gazetteer = WARTA_GAZETTEER_TSV;
    Result<std::unique_ptr<Engine>> e = Engine::Create(opts);
    if (!e.ok()) {
      std::fprintf(stderr, "cannot load engine: %s\n", e.status().message().c_str());
      std::abort();
    }
    return e.value().release();
  }();
  return *engine;
}

std::vector<Event> CodeText(const std::string& text, const std::string& date,
                            const std::string& now, const std::string& doc_id,
                            bool untargeted_statements, const std::string& lang) {
  Document doc;
  doc.doc_id = doc_id;
  doc.lang = lang;
  doc.text = text;
  if (!date.empty()) doc.date = date;
  doc.now = now;
  std::vector<Event> events;
  DocumentInfo info;
  CodeOptions opts;
  opts.untargeted_statements = untargeted_statements;
  Status s = TestEngine().Code(doc, opts, &events, &info);
  if (!s.ok()) std::fprintf(stderr, "coding failed: %s\n", s.message().c_str());
  return events;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace warta::testing
