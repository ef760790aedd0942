// Wires the stages together: text -> lang -> dict -> extract (with time).
#include "warta/engine.h"

#include <memory>
#include <mutex>
#include <utility>

#include "dict/dictionary.h"
#include "extract/extractor.h"
#include "lang/detect.h"
#include "lang/en/morphology.h"
#include "lang/id/morphology.h"
#include "place/gazetteer.h"
#include "text/tokenize.h"
#include "text/utf8.h"
#include "time/date.h"

namespace warta {
namespace {

// The English pack: its dictionaries, morphology and extractor.
struct EnglishPack {
  explicit EnglishPack(dict::Dictionary d, const place::Gazetteer* g)
      : dict(std::move(d)), extractor(&dict, &morph, g) {}
  EnglishPack(const EnglishPack&) = delete;  // the extractor points into it
  dict::Dictionary dict;
  lang::en::Morphology morph;
  extract::Extractor extractor;
};

class EngineImpl final : public Engine {
 public:
  EngineImpl(lang::id::Lexicon lexicon, dict::Dictionary dict,
             std::unique_ptr<place::Gazetteer> gazetteer,
             std::optional<dict::Dictionary> english)
      : lexicon_(std::move(lexicon)),
        dict_(std::move(dict)),
        gazetteer_(std::move(gazetteer)),
        morph_(&lexicon_),
        extractor_(&dict_, &morph_, gazetteer_.get()) {
    if (english)
      english_ = std::make_unique<EnglishPack>(std::move(*english), gazetteer_.get());
  }
  EngineImpl(const EngineImpl&) = delete;  // owns compiled dictionaries

  Status Code(const Document& doc, const CodeOptions& options,
              std::vector<Event>* events, DocumentInfo* info) const override {
    std::string_view text = doc.text;
    if (size_t nul = text::FindNul(text); nul != text::kValid)
      return Status::InvalidInput("binary data (NUL byte) at byte " +
                                  std::to_string(nul));
    if (size_t bad = text::FindInvalidUtf8(text); bad != text::kValid)
      return Status::InvalidInput("invalid UTF-8 at byte " + std::to_string(bad));
    std::string_view lang = doc.lang;
    if (lang == "auto") {
      lang = lang::LanguageCode(lang::DetectLanguage(text).lang);
      if (lang.empty() || (lang == "en" && !english_)) lang = "id";
    }
    if (lang != "id" && lang != "en")
      return Status::Usage("language '" + doc.lang + "' is not supported (id, en, auto)");
    if (lang == "en" && !english_)
      return Status::Usage("no English dictionaries (data/en/) were loaded");
    const extract::Extractor& extractor =
        lang == "en" ? english_->extractor : extractor_;

    std::optional<time::Date> date;
    std::optional<time::Date> now = time::ParseIsoDate(doc.now);
    DocumentInfo local;
    DocumentInfo* inf = info ? info : &local;
    inf->lang = std::string(lang);
    if (doc.date) {
      date = time::ParseIsoDate(*doc.date);
      if (!date) return Status::Usage("bad document date '" + *doc.date + "'");
      inf->date_source = "option";
    } else {
      if (!now) return Status::Usage("bad reference date '" + doc.now + "'");
      date = time::FindDocumentDate(text, *now);
      if (date) inf->date_source = "dateline";
    }
    if (date) inf->date = time::FormatDate({*date, time::Precision::kDay});

    const size_t first_event = events->size();
    std::vector<text::Span> lines, sentences;
    text::SplitLines(text, &lines);
    ScratchLease lease(this);
    extract::Scratch& scratch = *lease.scratch;
    extract::DocMemory memory;
    int sentence = 0;
    for (size_t li = 0; li < lines.size(); ++li) {
      text::Span line = lines[li];
      if (line.end - line.begin > options.max_line_bytes) {
        inf->warnings.push_back(
            "line " + std::to_string(li + 1) + " at byte " +
            std::to_string(line.begin) + " is " +
            std::to_string(line.end - line.begin) + " bytes, over the limit of " +
            std::to_string(options.max_line_bytes) + "; skipped");
        continue;
      }
      sentences.clear();
      text::SplitSentences(text, line, &sentences);
      for (text::Span s : sentences) {
        extract::SentenceContext ctx;
        ctx.doc_id = doc.doc_id;
        ctx.text = text;
        ctx.span = s;
        ctx.sentence = sentence++;
        ctx.paragraph = static_cast<int>(li + 1);
        ctx.doc_date = date;
        ctx.now = now ? *now : (date ? *date : time::Date{1970, 1, 1});
        ctx.untargeted_statements = options.untargeted_statements;
        extractor.CodeSentence(ctx, &scratch, &memory, events);
      }
    }
    for (size_t k = first_event; k < events->size(); ++k) {
      (*events)[k].document_date = inf->date;
      (*events)[k].document_date_source = inf->date_source;
      (*events)[k].lang = inf->lang;
    }
    inf->sentences = sentence;
    inf->paragraphs = static_cast<int>(lines.size());
    return Status::Ok();
  }

  std::string DictionaryHash() const override {
    return english_ ? dict_.hash() + "+" + english_->dict.hash() : dict_.hash();
  }

 private:
  // Scratch space is reused across documents (its buffers and its cache of
  // analysed words survive), one per concurrent Code() call: a call takes
  // one from the pool and gives it back.
  struct ScratchLease {
    explicit ScratchLease(const EngineImpl* e) : engine(e) {
      std::lock_guard<std::mutex> lock(e->pool_mu_);
      if (!e->pool_.empty()) {
        scratch = std::move(e->pool_.back());
        e->pool_.pop_back();
      }
      if (!scratch) scratch = std::make_unique<extract::Scratch>();
    }
    ~ScratchLease() {
      std::lock_guard<std::mutex> lock(engine->pool_mu_);
      engine->pool_.push_back(std::move(scratch));
    }
    const EngineImpl* engine;
    std::unique_ptr<extract::Scratch> scratch;
  };

  lang::id::Lexicon lexicon_;
  dict::Dictionary dict_;
  std::unique_ptr<place::Gazetteer> gazetteer_;  // null: no locations
  lang::id::Morphology morph_;
  extract::Extractor extractor_;
  std::unique_ptr<EnglishPack> english_;  // null: no data/en/
  mutable std::mutex pool_mu_;
  mutable std::vector<std::unique_ptr<extract::Scratch>> pool_;  // guarded by pool_mu_
};

}  // namespace

Result<std::unique_ptr<Engine>> Engine::Create(const EngineOptions& options) {
  Result<lang::id::Lexicon> lexicon =
      lang::id::Lexicon::LoadHunspell(options.hunspell_dic);
  if (!lexicon.ok())
    return lexicon.status().Annotate(
        "loading the Indonesian root lexicon (Debian package hunspell-id)");
  Result<dict::Dictionary> dict =
      dict::Dictionary::Load(options.data_dir, "id", &lexicon.value());
  if (!dict.ok()) return dict.status().Annotate("loading dictionaries");
  // English is optional: a data folder without en/ codes Indonesian only.
  std::optional<dict::Dictionary> english;
  if (std::filesystem::exists(options.data_dir / "en")) {
    std::vector<dict::CountryName> countries;
    if (!options.country_names.empty()) {
      Result<std::vector<dict::CountryName>> c = dict::LoadIso3166(options.country_names);
      if (!c.ok()) return c.status().Annotate("loading English country names");
      countries = std::move(c.value());
    }
    Result<dict::Dictionary> en =
        dict::Dictionary::Load(options.data_dir, "en", nullptr, &countries);
    if (!en.ok()) return en.status().Annotate("loading English dictionaries");
    english = std::move(en.value());
  }
  std::unique_ptr<place::Gazetteer> gazetteer;
  if (!options.gazetteer.empty()) {
    Result<place::Gazetteer> g = place::Gazetteer::Load(options.gazetteer);
    if (!g.ok()) return g.status().Annotate("loading the gazetteer");
    gazetteer = std::make_unique<place::Gazetteer>(std::move(g.value()));
  }
  return std::unique_ptr<Engine>(new EngineImpl(
      std::move(lexicon.value()), std::move(dict.value()), std::move(gazetteer),
      std::move(english)));
}

}  // namespace warta
