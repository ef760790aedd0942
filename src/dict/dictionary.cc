#include "dict/dictionary.h"

#include <cstdio>
#include <utility>

#include "dict/line_reader.h"
#include "text/utf8.h"

namespace warta::dict {

bool CaseMatches(CaseReq req, text::Shape s) {
  switch (req) {
    case CaseReq::kAny:
      return true;
    case CaseReq::kInitialUpper:
      return s != text::Shape::kLower;
    case CaseReq::kAllUpper:
      return s == text::Shape::kAllUpper;
  }
  return false;
}

bool ActorEntry::HoldsOn(const std::optional<time::Date>& date) const {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && *date < *from) return false;
  if (to && *date > *to) return false;
  return true;
}

uint32_t PhraseTrie::Add(std::span<const WordId> words) {
  uint32_t node = 0;
  for (WordId w : words) {
    uint32_t child = Child(node, w);
    if (child != kNone) {
      node = child;
      continue;
    }
    auto next = static_cast<uint32_t>(terminals_.size());
    terminals_.emplace_back();
    if (node == 0) {
      if (root_edges_.size() <= w) root_edges_.resize(w + 1, kNone);
      root_edges_[w] = next;
    } else {
      edges_.emplace((static_cast<uint64_t>(node) << 32) | w, next);
    }
    node = next;
  }
  return node;
}

std::string ParseActorCode(std::string_view code) {
  if (code.size() < 3 || code.size() > 18 || code.size() % 3 != 0)
    return "actor code '" + std::string(code) +
           "' must be 3-letter groups (RUS, RUSGOV, IGOWSTNAT)";
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
      return "actor code '" + std::string(code) +
             "' may hold only capital letters and digits";
  }
  return "";
}

std::string ParseRole(std::string_view role) {
  std::string err = ParseActorCode(role);
  if (!err.empty()) return "role " + err.substr(err.find('\''));
  return "";
}

std::string ParseDateRange(std::string_view s, std::optional<time::Date>* from,
                           std::optional<time::Date>* to) {
  size_t dots = s.find("..");
  if (dots == std::string_view::npos)
    return "date range '" + std::string(s) + "' must be FROM..TO";
  std::string_view a = s.substr(0, dots), b = s.substr(dots + 2);
  if (!a.empty()) {
    *from = time::ParseIsoDate(a);
    if (!*from) return "bad date '" + std::string(a) + "' (want YYYY-MM-DD)";
  }
  if (!b.empty()) {
    *to = time::ParseIsoDate(b);
    if (!*to) return "bad date '" + std::string(b) + "' (want YYYY-MM-DD)";
  }
  if (*from && *to && **to < **from)
    return "date range '" + std::string(s) + "' ends before it starts";
  return "";
}

// Builds a Dictionary file by file. Friend of Dictionary.
class DictionaryLoader {
 public:
  DictionaryLoader(Dictionary* d, lang::id::Lexicon* lexicon,
                   const std::vector<CountryName>* countries)
      : d_(d), lexicon_(lexicon), countries_(countries) {}

  Status LoadAll(const std::filesystem::path& dir, std::string_view lang) {
    std::error_code ec;
    std::filesystem::path abs = std::filesystem::absolute(dir, ec).lexically_normal();
    if (abs.filename().empty()) abs = abs.parent_path();
    if (!ec) base_ = abs.parent_path();
    Result<CameoTable> cameo = CameoTable::Load(dir / "cameo" / "cameo.tsv");
    if (!cameo.ok()) return cameo.status();
    d_->cameo_ = std::move(cameo.value());
    std::filesystem::path ld = dir / std::string(lang);
    // words.txt first: the other files' phrases may use its words.
    if (Status s = LoadWords(ld / "words.txt"); !s.ok()) return s;
    if (Status s = LoadActors(ld / "actors.txt"); !s.ok()) return s;
    if (countries_) AddCountries(*countries_);
    if (Status s = LoadAgents(ld / "agents.txt"); !s.ok()) return s;
    if (Status s = LoadVerbs(ld / "verbs.txt"); !s.ok()) return s;
    // discards.txt is optional: a pack may have no false friends listed.
    if (std::filesystem::exists(ld / "discards.txt")) {
      if (Status s = LoadDiscards(ld / "discards.txt"); !s.ok()) return s;
    }
    d_->classes_.resize(d_->vocab_.size(), 0);
    d_->is_root_.resize(d_->vocab_.size(), false);
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx",
                  static_cast<unsigned long long>(hash_));
    d_->hash_ = buf;
    return Status::Ok();
  }

 private:
  // Paths in messages and rules read "data/id/verbs.txt", relative to the
  // folder that holds the data folder.
  Result<LineReader> Open(const std::filesystem::path& path) {
    Result<LineReader> r = LineReader::Open(path);
    if (r.ok() && !base_.empty()) {
      // base_ is absolute: compare it with the absolute path, or a data
      // folder given as "data" would show as "" instead of "data/id/...".
      std::error_code ec;
      std::filesystem::path abs = std::filesystem::absolute(path, ec).lexically_normal();
      std::filesystem::path rel = ec ? path : abs.lexically_relative(base_);
      r->set_display_path(rel.empty() ? path.string() : rel.string());
    }
    if (r.ok()) {
      for (unsigned char c : r->content()) {  // FNV-1a over every file
        hash_ ^= c;
        hash_ *= 1099511628211ull;
      }
    }
    return r;
  }

  // Tokenises a phrase into word ids and case requirements.
  std::string Phrase(std::string_view phrase, std::vector<WordId>* ids,
                     std::vector<CaseReq>* cases) {
    text::TokenBuffer buf;
    text::Tokenize(phrase, {0, static_cast<uint32_t>(phrase.size())}, &buf);
    if (buf.tokens.empty()) return "empty phrase";
    for (const text::Token& t : buf.tokens) {
      ids->push_back(d_->vocab_.Intern(buf.Norm(t)));
      CaseReq req = CaseReq::kAny;
      if (t.shape == text::Shape::kAllUpper && t.end - t.begin > 1)
        req = CaseReq::kAllUpper;
      else if (t.shape != text::Shape::kLower)
        req = CaseReq::kInitialUpper;
      cases->push_back(req);
    }
    return "";
  }

  // Compiles entry.phrase into `trie` and appends the entry to `entries`.
  template <typename Entry>
  std::string AddPhrase(PhraseTrie* trie, std::vector<Entry>* entries, Entry entry) {
    std::vector<WordId> ids;
    if (std::string err = Phrase(entry.phrase, &ids, &entry.cases); !err.empty())
      return err;
    trie->AddTerminal(trie->Add(ids), static_cast<uint32_t>(entries->size()));
    entries->push_back(std::move(entry));
    return "";
  }

  static bool Section(std::string_view line, std::string* name) {
    if (line.size() < 3 || line.front() != '[' || line.back() != ']') return false;
    *name = std::string(Trim(line.substr(1, line.size() - 2)));
    return true;
  }

  // Calls entry(line, section, where) for every line that is not a
  // [section] header; a non-empty message it returns fails the load with
  // file:line in front.
  template <typename F>
  Status ForEachEntry(const std::filesystem::path& path, F entry) {
    Result<LineReader> r = Open(path);
    if (!r.ok()) return r.status();
    Line line;
    std::string section;
    while (r->Next(&line)) {
      if (Section(line.text, &section)) continue;
      std::string err = entry(line, section, r->Where(line));
      if (!err.empty()) return Status::InvalidInput(r->Where(line) + ": " + err);
    }
    return Status::Ok();
  }

  Status LoadActors(const std::filesystem::path& path) {
    return ForEachEntry(path, [&](const Line& line, const std::string& section,
                                  const std::string& where) -> std::string {
      size_t arrow = line.text.find("=>");
      if (arrow == std::string_view::npos)
        return "expected 'PHRASE [| PHRASE] => CODE [FROM..TO]'";
      std::vector<std::string_view> rhs =
          SplitTrim(Trim(line.text.substr(arrow + 2)), " ");
      std::erase(rhs, std::string_view());
      if (rhs.empty() || rhs.size() > 2) return "expected 'CODE [FROM..TO]' after =>";
      if (std::string e = ParseActorCode(rhs[0]); !e.empty()) return e;
      std::optional<time::Date> from, to;
      if (rhs.size() == 2) {
        if (std::string e = ParseDateRange(rhs[1], &from, &to); !e.empty()) return e;
      }
      for (std::string_view p : SplitTrim(line.text.substr(0, arrow), "|")) {
        ActorEntry e;
        e.code = std::string(rhs[0]);
        e.phrase = std::string(p);
        e.from = from;
        e.to = to;
        e.section = section;
        e.where = where;
        if (std::string err = AddPhrase(&d_->actor_trie_, &d_->actors_, std::move(e));
            !err.empty())
          return err;
      }
      return "";
    });
  }

  void AddCountries(const std::vector<CountryName>& countries) {
    for (const CountryName& c : countries) {
      std::vector<WordId> ids;
      std::vector<CaseReq> cases;
      if (!Phrase(c.name, &ids, &cases).empty()) continue;
      uint32_t node = d_->actor_trie_.Add(ids);
      if (!d_->actor_trie_.Terminals(node).empty()) continue;  // actors.txt has it
      ActorEntry e;
      e.code = c.code;
      e.phrase = c.name;
      e.section = "countries";
      e.where = "iso_3166-1.json";
      e.cases = std::move(cases);
      d_->actor_trie_.AddTerminal(node, static_cast<uint32_t>(d_->actors_.size()));
      d_->actors_.push_back(std::move(e));
      for (char ch : c.name + c.code) {  // the names are part of the pack's hash
        hash_ ^= static_cast<unsigned char>(ch);
        hash_ *= 1099511628211ull;
      }
    }
  }

  Status LoadAgents(const std::filesystem::path& path) {
    return ForEachEntry(path, [&](const Line& line, const std::string&,
                                  const std::string& where) -> std::string {
      size_t arrow = line.text.find("=>");
      if (arrow == std::string_view::npos) return "expected 'PHRASE [| PHRASE] => ROLE'";
      std::string_view role = Trim(line.text.substr(arrow + 2));
      if (std::string e = ParseRole(role); !e.empty()) return e;
      for (std::string_view p : SplitTrim(line.text.substr(0, arrow), "|")) {
        AgentEntry e;
        e.role = std::string(role);
        e.phrase = std::string(p);
        e.where = where;
        if (std::string err = AddPhrase(&d_->agent_trie_, &d_->agents_, std::move(e));
            !err.empty())
          return err;
      }
      return "";
    });
  }

  Status LoadDiscards(const std::filesystem::path& path) {
    return ForEachEntry(path, [&](const Line& line, const std::string& section,
                                  const std::string& where) -> std::string {
      DiscardEntry e;
      e.phrase = std::string(line.text);
      e.section = section;
      e.where = where;
      return AddPhrase(&d_->discard_trie_, &d_->discards_, std::move(e));
    });
  }

  Status LoadVerbs(const std::filesystem::path& path) {
    return ForEachEntry(path, [&](const Line& line, const std::string&,
                                  const std::string& where) -> std::string {
      std::vector<std::string_view> parts = SplitTrim(line.text, ";");
      std::string_view body = parts[0];
      size_t sp = body.find_first_of(" \t");
      if (sp == std::string_view::npos) return "expected 'CODE PATTERN [; OPTION]'";
      Pattern p;
      p.code = std::string(body.substr(0, sp));
      if (d_->cameo_.Find(p.code) == nullptr)
        return "unknown CAMEO event code '" + p.code + "'";
      p.text = std::string(Trim(body.substr(sp)));
      p.where = where;
      for (size_t i = 1; i < parts.size(); ++i) {
        if (parts[i] == "speech") p.speech = true;
        else if (parts[i] == "symmetric") p.symmetric = true;
        else if (parts[i] == "notarget") p.notarget = true;
        else if (parts[i] == "domestic") p.domestic = true;
        else if (parts[i] == "inverse") p.inverse = true;
        else if (parts[i] == "demand") p.demand = true;
        else if (parts[i].starts_with("object=")) {
          p.object_code = std::string(parts[i].substr(7));
          if (d_->cameo_.Find(p.object_code) == nullptr)
            return "unknown CAMEO event code '" + p.object_code + "' in " +
                   std::string(parts[i]);
        }
        else return "unknown option '" + std::string(parts[i]) +
                    "' (speech, symmetric, notarget, domestic, inverse, demand, object=CODE)";
      }
      for (std::string_view el : SplitTrim(p.text, " ")) {
        if (el.empty()) continue;
        Element e;
        if (el == "..") {
          if (p.elems.empty()) return "a pattern cannot start with '..'";
          e.kind = ElemKind::kGap;
        } else {
          bool root = el.front() == '+';
          if (root) el.remove_prefix(1);
          if (el.empty()) return "empty pattern element";
          std::string low;
          text::AppendLower(el, &low);
          e.kind = root ? ElemKind::kRoot : ElemKind::kWord;
          e.id = d_->vocab_.Intern(low);
          if (root) {
            if (lexicon_) lexicon_->Add(low);
            if (d_->is_root_.size() <= e.id) d_->is_root_.resize(e.id + 1, false);
            d_->is_root_[e.id] = true;
          }
        }
        p.elems.push_back(e);
      }
      if (p.elems.empty()) return "empty pattern";
      if (p.elems.back().kind == ElemKind::kGap)
        return "a pattern cannot end with '..'";
      auto idx = static_cast<uint32_t>(d_->patterns_.size());
      WordId first = p.elems[0].id;
      if (d_->by_first_.size() <= first) d_->by_first_.resize(first + 1);
      d_->by_first_[first].push_back(idx);
      d_->patterns_.push_back(std::move(p));
      return "";
    });
  }

  Status LoadWords(const std::filesystem::path& path) {
    static const std::pair<std::string_view, WordClass> kSections[] = {
        {"negation", kNegation},     {"future", kFuture},
        {"condition", kCondition},   {"clause", kClause},
        {"complement", kComplement}, {"relative", kRelative},
        {"coord", kCoord},           {"target", kTargetPrep},
        {"agent", kAgentPrep},       {"np-filler", kNpFiller},
        {"pronoun", kPronoun},       {"demonstrative", kDemonstrative},
        {"anaphor-head", kAnaphorHead}, {"both", kBoth},
        {"according", kAccording},   {"adverb", kAdverb},
        {"modal", kModal},           {"relational", kRelational},
        {"discard", kDiscard},       {"question", kQuestion},
        {"preposition", kPrep},      {"irrealis", kIrrealis},
        {"numeral", kNumeral},       {"hypothetical", kHypothetical},
        {"nominal", kNominal},       {"of", kOf},
        {"between", kBetween},       {"from", kFrom},
        {"purpose", kPurpose},       {"place-preposition", kPlacePrep},
        {"place-kind", kPlaceKind},
    };
    Result<LineReader> r = Open(path);
    if (!r.ok()) return r.status();
    Line line;
    std::string section;
    uint32_t cls = 0;
    while (r->Next(&line)) {
      if (Section(line.text, &section)) {
        cls = 0;
        for (const auto& [name, c] : kSections)
          if (name == section) cls = c;
        if (cls == 0)
          return Status::InvalidInput(r->Where(line) + ": unknown word class [" +
                                      section + "]");
        continue;
      }
      if (cls == 0)
        return Status::InvalidInput(r->Where(line) +
                                    ": words before the first [section]");
      std::string norm(line.text);
      for (char& c : norm)
        if (c == ',') c = ' ';
      for (std::string_view w : SplitTrim(norm, " ")) {
        if (w.empty()) continue;
        // "invasion:invade": a nominalisation and the verb root it names.
        if (size_t colon = w.find(':'); cls == kNominal && colon != std::string_view::npos) {
          std::string root;
          text::AppendLower(w.substr(colon + 1), &root);
          if (root.empty() || colon == 0)
            return Status::InvalidInput(r->Where(line) + ": expected NOUN:VERB, got '" +
                                        std::string(w) + "'");
          w = w.substr(0, colon);
          std::string noun;
          text::AppendLower(w, &noun);
          d_->nominal_root_[d_->vocab_.Intern(noun)] = d_->vocab_.Intern(root);
        }
        std::string low;
        text::AppendLower(w, &low);
        WordId id = d_->vocab_.Intern(low);
        if (d_->classes_.size() <= id) d_->classes_.resize(id + 1, 0);
        d_->classes_[id] |= cls;
      }
    }
    return Status::Ok();
  }

  Dictionary* d_;
  lang::id::Lexicon* lexicon_;
  const std::vector<CountryName>* countries_;
  std::filesystem::path base_;
  uint64_t hash_ = 1469598103934665603ull;
};

Result<Dictionary> Dictionary::Load(const std::filesystem::path& data_dir,
                                    std::string_view lang,
                                    lang::id::Lexicon* lexicon,
                                    const std::vector<CountryName>* countries) {
  Dictionary d;
  DictionaryLoader loader(&d, lexicon, countries);
  if (Status s = loader.LoadAll(data_dir, lang); !s.ok()) return s;
  return d;
}

std::span<const uint32_t> Dictionary::PatternsStartingWith(WordId id) const {
  if (id >= by_first_.size()) return {};
  return by_first_[id];
}

}  // namespace warta::dict
