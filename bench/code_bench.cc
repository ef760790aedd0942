// Coding throughput on the bundled example articles (Indonesian) and on the
// English sentence table (tests/en/sentences.tsv, one paragraph per row).
//
//   build/bench/code_bench
//
// Reports bytes/s and sentences/s of Engine::Code (dictionaries loaded once,
// outside the timed loop), and the time to load the dictionaries.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "example_corpus.h"
#include "output/json.h"
#include "warta/engine.h"

namespace {


std::unique_ptr<warta::Engine> MakeEngine() {
  warta::EngineOptions opts;
  opts.data_dir = std::string(WARTA_SOURCE_DIR) + "/data";
  opts.gazetteer = WARTA_GAZETTEER_TSV;
  auto e = warta::Engine::Create(opts);
  if (!e.ok()) return nullptr;
  return std::move(e.value());
}

void BM_LoadDictionaries(benchmark::State& state) {
  for (auto _ : state) {
    auto e = MakeEngine();
    benchmark::DoNotOptimize(e);
  }
}
BENCHMARK(BM_LoadDictionaries)->Unit(benchmark::kMillisecond);

// Codes `text` as one document per iteration and writes its events as JSON.
void CodeDocument(benchmark::State& state, const std::string& text, const char* lang,
                  const char* date) {
  auto engine = MakeEngine();
  if (!engine) {
    state.SkipWithError("cannot load dictionaries");
    return;
  }
  warta::Document doc;
  doc.doc_id = std::string("bench-") + lang;
  doc.text = text;
  doc.date = date;
  doc.lang = lang;
  std::vector<warta::Event> events;
  std::string json;
  int sentences = 0;
  for (auto _ : state) {
    events.clear();
    warta::DocumentInfo info;
    warta::Status s = engine->Code(doc, warta::CodeOptions(), &events, &info);
    benchmark::DoNotOptimize(s);
    json.clear();
    for (const auto& e : events) warta::output::AppendEventJson(e, &json);
    sentences = info.sentences;
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(sentences) * state.iterations(), benchmark::Counter::kIsRate);
}

void BM_Code(benchmark::State& state) {
  CodeDocument(state, warta::bench::ExampleCorpus(), "id", "2024-06-20");
}
BENCHMARK(BM_Code)->Unit(benchmark::kMillisecond);

// The English rows of the sentence table, as one document.
std::string EnglishCorpus() {
  std::ifstream in(std::string(WARTA_SOURCE_DIR) + "/tests/en/sentences.tsv");
  std::string line, text;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::string row = line.substr(0, line.find('\t'));
    for (size_t p = row.find(" // "); p != std::string::npos; p = row.find(" // "))
      row.replace(p, 4, "\n");
    text += row + "\n";
  }
  return text;
}

void BM_CodeEnglish(benchmark::State& state) {
  CodeDocument(state, EnglishCorpus(), "en", "2024-03-15");
}
BENCHMARK(BM_CodeEnglish)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
