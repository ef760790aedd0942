// Per-stage micro-benchmarks: where coding time goes.
//
//   build/bench/stage_bench
//
// Each benchmark runs one stage over the sentences of the bundled example
// articles (dictionaries loaded once, outside the timed loops) and reports
// items per second: tokens for tokenising and morphology, sentences for the
// rest, events for JSON output.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dict/dictionary.h"
#include "extract/extractor.h"
#include "lang/id/morphology.h"
#include "example_corpus.h"
#include "output/json.h"
#include "text/tokenize.h"
#include "time/date.h"
#include "warta/engine.h"

namespace {


std::vector<warta::text::Span> Sentences(const std::string& text) {
  std::vector<warta::text::Span> lines, out;
  warta::text::SplitLines(text, &lines);
  for (warta::text::Span l : lines) warta::text::SplitSentences(text, l, &out);
  return out;
}

// Loaded once for every benchmark below.
struct Stages {
  std::string text = warta::bench::ExampleCorpus();
  std::vector<warta::text::Span> sentences = Sentences(text);
  warta::lang::id::Lexicon lexicon;
  std::unique_ptr<warta::dict::Dictionary> dict;
  std::unique_ptr<warta::lang::id::Morphology> morph;
  Stages() {
    auto lex = warta::lang::id::Lexicon::LoadHunspell("/usr/share/hunspell/id_ID.dic");
    if (lex.ok()) lexicon = std::move(lex.value());
    auto d = warta::dict::Dictionary::Load(std::string(WARTA_SOURCE_DIR) + "/data", "id",
                                           &lexicon);
    if (d.ok()) dict = std::make_unique<warta::dict::Dictionary>(std::move(d.value()));
    morph = std::make_unique<warta::lang::id::Morphology>(&lexicon);
  }
};

Stages& S() {
  static Stages* s = new Stages();  // benchmark fixture, built once
  return *s;
}

void BM_Tokenize(benchmark::State& state) {
  warta::text::TokenBuffer buf;
  int64_t tokens = 0;
  for (auto _ : state) {
    for (warta::text::Span sp : S().sentences) {
      buf.Clear();
      warta::text::Tokenize(S().text, sp, &buf);
      tokens += static_cast<int64_t>(buf.tokens.size());
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tokenize);

void BM_Morphology(benchmark::State& state) {
  warta::text::TokenBuffer buf;
  std::vector<warta::lang::id::Analysis> an;
  an.reserve(64);
  std::vector<std::string> words;
  for (warta::text::Span sp : S().sentences) {
    buf.Clear();
    warta::text::Tokenize(S().text, sp, &buf);
    for (const auto& t : buf.tokens)
      if (t.kind == warta::text::TokenKind::kWord) words.emplace_back(buf.Norm(t));
  }
  int64_t n = 0;
  for (auto _ : state) {
    for (const std::string& w : words) {
      S().morph->Analyze(w, &an);
      benchmark::DoNotOptimize(an.data());
    }
    n += static_cast<int64_t>(words.size());
  }
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(n),
                                                 benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Morphology);

void BM_ActorLookup(benchmark::State& state) {
  // Longest actor phrase at every token: the trie walk the extractor does.
  const warta::dict::Dictionary& d = *S().dict;
  warta::text::TokenBuffer buf;
  std::vector<std::vector<warta::dict::WordId>> ids;
  for (warta::text::Span sp : S().sentences) {
    buf.Clear();
    warta::text::Tokenize(S().text, sp, &buf);
    ids.emplace_back();
    for (const auto& t : buf.tokens) ids.back().push_back(d.vocab().Find(buf.Norm(t)));
  }
  int64_t n = 0;
  for (auto _ : state) {
    for (const auto& sent : ids) {
      for (size_t i = 0; i < sent.size(); ++i) {
        uint32_t node = 0;
        for (size_t j = i; j < sent.size() && sent[j] != warta::dict::kNoWord; ++j) {
          node = d.actor_trie().Child(node, sent[j]);
          if (node == warta::dict::PhraseTrie::kNone) break;
          benchmark::DoNotOptimize(d.actor_trie().Terminals(node).size());
        }
      }
    }
    n += static_cast<int64_t>(ids.size());
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(n),
                                                     benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ActorLookup);

void BM_TriggerLookup(benchmark::State& state) {
  // Patterns indexed by the first word or root of every token.
  const warta::dict::Dictionary& d = *S().dict;
  warta::text::TokenBuffer buf;
  std::vector<warta::lang::id::Analysis> an;
  std::vector<std::vector<warta::dict::WordId>> keys;
  for (warta::text::Span sp : S().sentences) {
    buf.Clear();
    warta::text::Tokenize(S().text, sp, &buf);
    keys.emplace_back();
    for (const auto& t : buf.tokens) {
      keys.back().push_back(d.vocab().Find(buf.Norm(t)));
      S().morph->Analyze(buf.Norm(t), &an);
      for (const auto& a : an) keys.back().push_back(d.vocab().Find(a.root));
    }
  }
  int64_t n = 0;
  for (auto _ : state) {
    for (const auto& sent : keys)
      for (warta::dict::WordId k : sent)
        if (k != warta::dict::kNoWord) benchmark::DoNotOptimize(d.PatternsStartingWith(k).size());
    n += static_cast<int64_t>(keys.size());
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(n),
                                                     benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TriggerLookup);

void BM_DateResolution(benchmark::State& state) {
  std::vector<warta::time::TimeExpr> out;
  const warta::time::Date anchor{2024, 6, 20};
  int64_t n = 0;
  for (auto _ : state) {
    for (warta::text::Span sp : S().sentences) {
      out.clear();
      warta::time::FindTimeExpressions(
          std::string_view(S().text).substr(sp.begin, sp.end - sp.begin),
          warta::time::Lang::kId, anchor, {}, &out);
      benchmark::DoNotOptimize(out.data());
    }
    n += static_cast<int64_t>(S().sentences.size());
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(n),
                                                     benchmark::Counter::kIsRate);
}
BENCHMARK(BM_DateResolution);

// As coding runs it: over the tokens Tokenize cut (cut once, outside the
// timed loop), most sentences holding nothing to date.
void BM_DateResolutionWithTokens(benchmark::State& state) {
  struct Sentence {
    std::string_view text;
    std::vector<warta::time::PreToken> tokens;
  };
  std::vector<Sentence> sentences;
  std::vector<warta::text::TokenBuffer> buffers(S().sentences.size());
  for (size_t k = 0; k < S().sentences.size(); ++k) {
    const warta::text::Span sp = S().sentences[k];
    warta::text::TokenBuffer& buf = buffers[k];
    warta::text::Tokenize(S().text, sp, &buf);
    Sentence s;
    s.text = std::string_view(S().text).substr(sp.begin, sp.end - sp.begin);
    for (const warta::text::Token& t : buf.tokens)
      s.tokens.push_back({t.begin - sp.begin, t.end - sp.begin,
                          t.ascii_letters ? buf.Norm(t) : std::string_view()});
    sentences.push_back(std::move(s));
  }
  std::vector<warta::time::TimeExpr> out;
  const warta::time::Date anchor{2024, 6, 20};
  int64_t n = 0;
  for (auto _ : state) {
    for (const Sentence& s : sentences) {
      out.clear();
      warta::time::FindTimeExpressions(s.text, s.tokens, warta::time::Lang::kId, anchor, {},
                                       &out);
      benchmark::DoNotOptimize(out.data());
    }
    n += static_cast<int64_t>(sentences.size());
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(n),
                                                     benchmark::Counter::kIsRate);
}
BENCHMARK(BM_DateResolutionWithTokens);

void BM_SplitSentences(benchmark::State& state) {
  std::vector<warta::text::Span> lines, out;
  warta::text::SplitLines(S().text, &lines);
  int64_t bytes = 0;
  for (auto _ : state) {
    for (warta::text::Span l : lines) {
      out.clear();
      warta::text::SplitSentences(S().text, l, &out);
      benchmark::DoNotOptimize(out.data());
    }
    bytes += static_cast<int64_t>(S().text.size());
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_SplitSentences);

void BM_Extract(benchmark::State& state) {
  // Everything the extractor does per sentence, with memory per document.
  warta::extract::Extractor ex(S().dict.get(), S().morph.get());
  warta::extract::Scratch scratch;
  std::vector<warta::Event> events;
  int64_t n = 0;
  for (auto _ : state) {
    warta::extract::DocMemory memory;
    events.clear();
    int i = 0;
    for (warta::text::Span sp : S().sentences) {
      warta::extract::SentenceContext ctx;
      ctx.doc_id = "bench";
      ctx.text = S().text;
      ctx.span = sp;
      ctx.sentence = i++;
      ctx.doc_date = warta::time::Date{2024, 6, 20};
      ctx.now = *ctx.doc_date;
      ex.CodeSentence(ctx, &scratch, &memory, &events);
    }
    n += static_cast<int64_t>(S().sentences.size());
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(n),
                                                     benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Extract);

void BM_JsonOutput(benchmark::State& state) {
  warta::extract::Extractor ex(S().dict.get(), S().morph.get());
  warta::extract::Scratch scratch;
  warta::extract::DocMemory memory;
  std::vector<warta::Event> events;
  int i = 0;
  for (warta::text::Span sp : S().sentences) {
    warta::extract::SentenceContext ctx;
    ctx.text = S().text;
    ctx.span = sp;
    ctx.sentence = i++;
    ctx.doc_date = warta::time::Date{2024, 6, 20};
    ctx.now = *ctx.doc_date;
    ex.CodeSentence(ctx, &scratch, &memory, &events);
  }
  std::string json;
  int64_t n = 0;
  for (auto _ : state) {
    json.clear();
    for (const warta::Event& e : events) warta::output::AppendEventJson(e, &json);
    benchmark::DoNotOptimize(json.data());
    n += static_cast<int64_t>(events.size());
  }
  state.counters["events/s"] = benchmark::Counter(static_cast<double>(n),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_JsonOutput);

}  // namespace

BENCHMARK_MAIN();
