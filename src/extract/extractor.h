// Extractor: from one sentence's tokens to candidate events.
//
// The extractor is a shallow, rule-based coder. For each sentence it
//  1. finds actor mentions (dictionary phrases, roles joined to countries,
//     anaphors such as "kedua negara" resolved from the document's memory),
//  2. finds event triggers (verb patterns, matched through morphology),
//  3. cuts the sentence into clauses (bahwa, yang, setelah, commas, "dan" +
//     verb) and assigns each trigger a source and a target by voice:
//     active "X mengecam Y", passive "Y dikecam oleh X", nominal
//     "kecaman X terhadap Y", coordination "X dan Y", "antara X dan Y",
//  4. applies negation, condition, question and future rules,
//  5. attaches attribution ("X mengatakan bahwa ...", "..., kata X") and the
//     date of the temporal expression that governs the trigger.
// Every rule that fires is named in the event, so that a user can see why.
//
// The same stages code English when the extractor is built with English
// morphology: the grammar that differs (voice from auxiliaries, roles before
// and after countries, possessives, nominal sources before the noun,
// statements that close a sentence) is switched by language, and the words
// each rule needs come from data/<lang>/words.txt.
//
// Extractor is immutable and thread-safe; all mutable state lives in the
// caller's Scratch (per thread) and DocMemory (per document).
#ifndef WARTA_EXTRACT_EXTRACTOR_H_
#define WARTA_EXTRACT_EXTRACTOR_H_

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "lang/en/morphology.h"
#include "lang/id/morphology.h"
#include "place/gazetteer.h"
#include "text/tokenize.h"
#include "time/date.h"
#include "warta/event.h"

namespace warta::extract {

// Words of the document or a dictionary's "file:line", without a copy. It
// cannot be made from a temporary std::string, which would leave it
// dangling.
struct TextView : std::string_view {
  TextView() = default;
  TextView(std::string_view v) : std::string_view(v) {}
  TextView(const char* s) : std::string_view(s) {}
  TextView(const std::string& s) : std::string_view(s) {}
  TextView(std::string&&) = delete;
};

// What the document has said so far, for anaphora ("kedua negara",
// "negara itu", "pemerintahnya", "katanya", "delegasi tersebut").
// Its texts are views of the document and its entries views of the
// dictionaries: a DocMemory serves one document, and no longer.
struct DocMemory {
  struct Seen {
    std::string code;
    TextView text;
    uint32_t start = 0, end = 0;
    TextView entry;
    bool person = false;
    // A filter over the words of a person's name (see the extractor's
    // NameKeys): a word whose bit is clear is not one of them.
    uint64_t name_keys = 0;
  };
  // Most recent last; capped. A deque: dropping the oldest does not move
  // the rest.
  std::deque<Seen> mentions;
  std::optional<Seen> speaker;
  // The agent of the last sentence that coded one: what "negara itu",
  // "pemerintahnya", "ia" and "katanya" refer to when nothing nearer does.
  std::optional<Seen> topic;
  // Pairs of countries named together ("antara X dan Y", an event's source
  // and target), most recent last: what "kedua negara" refers to.
  std::deque<std::pair<std::string, std::string>> pairs;
  void Clear() {
    mentions.clear();
    pairs.clear();
    topic.reset();
    speaker.reset();
  }
};

// Per-thread scratch space, reused across sentences.
struct Scratch {
  text::TokenBuffer tokens;
  std::vector<lang::id::Analysis> analyses;
  std::vector<lang::en::Analysis> en_analyses;
  std::vector<std::string> singulars;
  std::vector<time::TimeExpr> times;
  // Further buffers are private to the extractor.
  struct Impl;
  Impl* impl = nullptr;
  Scratch();
  ~Scratch();
  Scratch(const Scratch&) = delete;  // owns buffers
  Scratch& operator=(const Scratch&) = delete;
};

struct SentenceContext {
  std::string_view doc_id;
  std::string_view text;  // the whole document
  text::Span span;        // this sentence
  int sentence = 0;       // 0-based index in the document
  int paragraph = 0;      // 1-based line
  std::optional<time::Date> doc_date;
  time::Date now;  // reference date: resolves explicit years when undated
  bool untargeted_statements = false;  // see CodeOptions
};

class Extractor {
 public:
  // REQUIRES: all outlive the extractor. `gazetteer` may be null: events
  // then have no location.
  Extractor(const dict::Dictionary* dict, const lang::id::Morphology* morph,
            const place::Gazetteer* gazetteer = nullptr)
      : dict_(dict), morph_(morph), gazetteer_(gazetteer) {}
  // An English extractor: `dict` holds data/en/. The grammar differs where
  // English differs: lemmas and voice from lang::en::Morphology (passive
  // "was condemned by", nominal "the invasion of"), roles before countries
  // and after them ("Russian officials", "the foreign minister of Russia",
  // "Russia's army"), nominal sources before the noun ("Russia's invasion
  // of Ukraine"), and statements that follow what they report (", X said").
  Extractor(const dict::Dictionary* dict, const lang::en::Morphology* morph,
            const place::Gazetteer* gazetteer = nullptr)
      : dict_(dict), en_morph_(morph), gazetteer_(gazetteer) {}

  // Codes one sentence and appends its events to `out`.
  void CodeSentence(const SentenceContext& ctx, Scratch* scratch,
                    DocMemory* memory, std::vector<Event>* out) const;

 private:
  const dict::Dictionary* dict_;
  const lang::id::Morphology* morph_ = nullptr;
  const lang::en::Morphology* en_morph_ = nullptr;
  const place::Gazetteer* gazetteer_;
};

}  // namespace warta::extract

#endif  // WARTA_EXTRACT_EXTRACTOR_H_
