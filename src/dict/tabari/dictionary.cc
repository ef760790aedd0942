#include "dict/tabari/dictionary.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "text/file.h"

namespace warta::dict::tabari {
namespace {

std::string_view TrimView(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

// A file split into lines with comments removed. Tolerates any bytes: the
// reference dictionaries mix ASCII, UTF-8 and Latin-1.
struct SourceLines {
  std::vector<std::pair<uint32_t, std::string>> lines;  // (line number, text)
};

Result<std::string> ReadFile(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return Status::NotFound(path.string() + ": no such dictionary file");
  }
  return text::ReadFile(path.string());
}

// Strips "<!-- -->" blocks (which may span lines) and line comments: ';' in
// TABARI files, '#' (outside brackets) in both.
SourceLines SplitComments(const std::string& content, bool tabari) {
  SourceLines out;
  bool in_block = false;
  uint32_t number = 0;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t end = content.find('\n', pos);
    if (end == std::string::npos) end = content.size();
    std::string_view raw(content.data() + pos, end - pos);
    ++number;
    std::string line;
    for (size_t i = 0; i < raw.size();) {
      if (in_block) {
        size_t close = raw.find("-->", i);
        if (close == std::string_view::npos) { i = raw.size(); break; }
        in_block = false;
        i = close + 3;
        continue;
      }
      if (raw.compare(i, 4, "<!--") == 0 || raw.compare(i, 3, "<! ") == 0) {
        in_block = true;
        i += 2;
        continue;
      }
      line.push_back(raw[i]);
      ++i;
    }
    // Line comments.
    int depth = 0;
    size_t cut = line.size();
    for (size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (c == '[') ++depth;
      if (c == ']' && depth > 0) --depth;
      if ((c == '#' && depth == 0) || (tabari && c == ';')) { cut = i; break; }
    }
    line.resize(cut);
    while (!line.empty() && (line.back() == '\r' || std::isspace(static_cast<unsigned char>(line.back())))) line.pop_back();
    bool blank = TrimView(line).empty();
    if (!blank) out.lines.emplace_back(number, std::move(line));
    else out.lines.emplace_back(number, std::string());  // keeps blank lines: synsets end there
    if (end == content.size()) break;
    pos = end + 1;
  }
  return out;
}

bool LooksTabari(const std::string& content) {
  // TABARI files comment with ';' after an entry, PETRARCH ones with '#'.
  size_t semi = 0, hash = 0;
  for (size_t i = 1; i < content.size(); ++i) {
    if (content[i] == ';' && (content[i - 1] == ' ' || content[i - 1] == ']')) ++semi;
    if (content[i] == '#' && (content[i - 1] == ' ' || content[i - 1] == ']')) ++hash;
  }
  if (content.find("<SYNSETS>") != std::string::npos) return true;
  return semi > hash;
}

// Splits "[...]" groups off the end of a line: "NAME {A B} [X] [Y]" gives
// head "NAME {A B}" and groups {"X", "Y"}. False when a '[' is not closed.
bool SplitBrackets(std::string_view line, std::string_view* head,
                   std::vector<std::string_view>* groups) {
  groups->clear();
  size_t first = line.find('[');
  *head = TrimView(line.substr(0, first == std::string_view::npos ? line.size() : first));
  while (first != std::string_view::npos) {
    size_t close = line.find(']', first);
    if (close == std::string_view::npos) return false;
    groups->push_back(TrimView(line.substr(first + 1, close - first - 1)));
    first = line.find('[', close);
  }
  return true;
}

bool ParseEventCode(std::string_view s, EventCode* out) {
  s = TrimView(s);
  *out = EventCode();
  if (s.empty()) return false;
  if (s == "---") return true;
  size_t colon = s.find(':');
  out->forward = std::string(TrimView(s.substr(0, colon)));
  if (colon != std::string_view::npos) out->reverse = std::string(TrimView(s.substr(colon + 1)));
  while (!out->forward.empty() && (out->forward.back() == '?' || out->forward.back() == '!')) {
    (out->forward.back() == '?' ? out->weak : out->overrides) = true;
    out->forward.pop_back();
  }
  while (!out->reverse.empty() && (out->reverse.back() == '?' || out->reverse.back() == '!')) {
    out->reverse.pop_back();
  }
  if (out->forward == "###") {
    out->discard = true;
    out->forward.clear();
  }
  if (out->forward == "---") out->forward.clear();
  if (out->reverse == "---") out->reverse.clear();
  for (char c : out->forward) {
    if (std::isspace(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// "{A B}" or "{+A_B +C_D}" forms after a verb or agent name.
std::vector<std::string> BraceItems(std::string_view s) {
  std::vector<std::string> out;
  size_t open = s.find('{');
  if (open == std::string_view::npos) return out;
  size_t close = s.find('}', open);
  std::string_view body = s.substr(open + 1, (close == std::string_view::npos ? s.size() : close) - open - 1);
  std::string cur;
  for (char c : body) {
    if (std::isspace(static_cast<unsigned char>(c)) || c == ',') {
      if (!cur.empty()) out.push_back(Upper(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(Upper(cur));
  return out;
}

bool IsWordChar(char c) {
  return !(std::isspace(static_cast<unsigned char>(c)) || c == '_' || c == '=' || c == '~' || c == '*' || c == '+' ||
           c == '$' || c == '%' || c == '^' || c == '&' || c == '{' || c == '}' || c == '(' ||
           c == ')' || c == '|' || c == '[' || c == ']');
}

// A token of a pattern or phrase, with how it joins the one before.
struct RawTok {
  std::string text;      // "*", "+", "$", "%", "^", "&NAME", "{...}" body or a word
  bool group = false;    // "{...}" with '|'
  bool joined = false;   // '_' and no space before it
  bool underscore_after = false;
  bool no_plural = false;  // TABARI "MOUSE=": exactly this word
  bool force_stem = false;  // TABARI "REAL~_PLEASANT": a stem before '_'
  bool in_parens = false;   // PETRARCH2 "(WITH MOBS)": a prepositional phrase
};

std::vector<RawTok> Lex(std::string_view s) {
  std::vector<RawTok> toks;
  bool saw_us = false, saw_space = false;
  int parens = 0;
  auto push = [&](RawTok t) {
    t.in_parens = parens > 0;
    t.joined = !toks.empty() && saw_us && !saw_space;
    if (!toks.empty() && saw_us) toks.back().underscore_after = true;
    saw_us = saw_space = false;
    toks.push_back(std::move(t));
  };
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '_') { saw_us = true; ++i; continue; }
    if (c == '~') {
      if (!toks.empty()) toks.back().force_stem = true;
      ++i;
      continue;
    }
    if (c == '=') {
      saw_us = true;
      if (!toks.empty()) toks.back().no_plural = true;
      ++i;
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(c)) || c == '(' || c == ')') {
      if (c == '(') ++parens;
      if (c == ')' && parens > 0) --parens;
      saw_space = true;
      ++i;
      continue;
    }
    if (c == '*' || c == '+' || c == '$' || c == '%' || c == '^') {
      push(RawTok{std::string(1, c)});
      ++i;
      continue;
    }
    if (c == '&') {
      size_t j = i + 1;
      while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
      push(RawTok{Upper(s.substr(i, j - i))});
      i = j;
      continue;
    }
    if (c == '{') {
      size_t close = s.find('}', i);
      if (close == std::string_view::npos) close = s.size();
      std::string_view body = s.substr(i + 1, close - i - 1);
      if (body.find('|') != std::string_view::npos) {
        RawTok t{std::string(body)};
        t.group = true;
        push(std::move(t));
        i = close + 1;
      } else {
        saw_space = true;  // PETRARCH noun-phrase braces: transparent
        ++i;
      }
      continue;
    }
    if (c == '}' || c == '|' || c == '[' || c == ']') { saw_space = true; ++i; continue; }
    size_t j = i;
    // '&' inside a word is a letter ("AT&T"); at a word's start it names a
    // synset.
    while (j < s.size() && (IsWordChar(s[j]) ||
                            (s[j] == '&' && j + 1 < s.size() && std::isalnum(static_cast<unsigned char>(s[j + 1]))))) {
      ++j;
    }
    push(RawTok{Upper(s.substr(i, j - i))});
    i = j;
  }
  if (!toks.empty() && saw_us) toks.back().underscore_after = true;
  return toks;
}

// Treebank splits "DIDN'T" into "DID N'T"; the coder's tokens keep it whole.
void JoinContractions(std::vector<Word>* words) {
  for (size_t i = 1; i < words->size(); ++i) {
    if ((*words)[i].text == "N'T") {
      (*words)[i - 1].text += "N'T";
      (*words)[i - 1].adjacent_next = (*words)[i].adjacent_next;
      words->erase(words->begin() + static_cast<long>(i));
      --i;
    }
  }
}

bool OneOf(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view x : set) {
    if (w == x) return true;
  }
  return false;
}

std::vector<std::string_view> SplitOn(std::string_view body, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  while (true) {
    size_t e = body.find(sep, b);
    out.push_back(TrimView(body.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b)));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return out;
}

}  // namespace

bool ParseDictFormat(std::string_view name, DictFormat* out) {
  if (name == "tabari") { *out = DictFormat::kTabari; return true; }
  if (name == "petrarch") { *out = DictFormat::kPetrarch; return true; }
  if (name == "auto") { *out = DictFormat::kAuto; return true; }
  return false;
}

std::vector<Word> ParsePhrase(std::string_view phrase, bool stems) {
  std::vector<Word> words;
  std::vector<RawTok> toks = Lex(phrase);
  for (size_t i = 0; i < toks.size(); ++i) {
    const RawTok& t = toks[i];
    if (t.text.empty() || !IsWordChar(t.text[0])) continue;
    Word w;
    w.text = t.text;
    w.stem = stems && (!t.underscore_after || t.force_stem);
    w.plural = stems && t.underscore_after && !t.no_plural;
    w.adjacent_next = i + 1 < toks.size() ? toks[i + 1].joined : true;
    words.push_back(std::move(w));
  }
  JoinContractions(&words);
  return words;
}

std::string RegularPlural(std::string_view noun) {
  std::string n(noun);
  if (n.empty()) return n;
  auto ends = [&](std::string_view suf) {
    return n.size() >= suf.size() && n.compare(n.size() - suf.size(), suf.size(), suf) == 0;
  };
  if (n.size() > 1 && n.back() == 'Y' && !IsVowel(n[n.size() - 2])) {
    return n.substr(0, n.size() - 1) + "IES";
  }
  if (ends("S") || ends("X") || ends("Z") || ends("CH") || ends("SH")) return n + "ES";
  return n + "S";
}

std::vector<std::string> RegularVerbForms(std::string_view verb) {
  std::string v(verb);
  std::vector<std::string> out{v};
  if (v.size() < 2) return out;
  char last = v.back(), prev = v[v.size() - 2];
  auto ends = [&](std::string_view suf) {
    return v.size() >= suf.size() && v.compare(v.size() - suf.size(), suf.size(), suf) == 0;
  };
  // -S
  if (last == 'Y' && !IsVowel(prev)) out.push_back(v.substr(0, v.size() - 1) + "IES");
  else if (ends("S") || ends("X") || ends("Z") || ends("CH") || ends("SH") || ends("O")) out.push_back(v + "ES");
  else out.push_back(v + "S");
  // -ED
  if (last == 'E') out.push_back(v + "D");
  else if (last == 'Y' && !IsVowel(prev)) out.push_back(v.substr(0, v.size() - 1) + "IED");
  else out.push_back(v + "ED");
  // -ING
  if (ends("IE")) out.push_back(v.substr(0, v.size() - 2) + "YING");
  else if (last == 'E' && prev != 'E') out.push_back(v.substr(0, v.size() - 1) + "ING");
  else out.push_back(v + "ING");
  // Doubled final consonant: BAN -> BANNED, STOP -> STOPPING.
  if (v.size() >= 3 && !IsVowel(last) && IsVowel(prev) && !IsVowel(v[v.size() - 3]) &&
      last != 'W' && last != 'X' && last != 'Y') {
    out.push_back(v + last + "ED");
    out.push_back(v + last + "ING");
  }
  return out;
}

bool ParseDictDate(std::string_view s, int32_t* out) {
  s = TrimView(s);
  if (s.size() != 6 && s.size() != 8) return false;
  int32_t v = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    v = v * 10 + (c - '0');
  }
  if (s.size() == 6) {
    int32_t yy = v / 10000;
    v += (yy < 50 ? 20000000 : 19000000);
  }
  int32_t m = v / 100 % 100, d = v % 100;
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  *out = v;
  return true;
}

const std::string& Actor::CodeOn(int32_t date) const {
  static const std::string kNone;
  const DatedCode* fallback = nullptr;
  for (const DatedCode& c : codes) {
    bool undated = c.from == 0 && c.to == 99991231;
    if (undated) {
      if (!fallback) fallback = &c;
      continue;
    }
    if (date >= c.from && date <= c.to) return c.code;
  }
  return fallback ? fallback->code : kNone;
}

uint16_t TabariDictionary::AddFile(const std::filesystem::path& path) {
  files_.push_back(path.filename().string());
  return static_cast<uint16_t>(files_.size() - 1);
}

std::string TabariDictionary::Where(Origin o) const {
  std::string f = o.file < files_.size() ? files_[o.file] : "?";
  return f + ":" + std::to_string(o.line);
}

void TabariDictionary::Warn(Origin o, std::string_view reason) {
  warnings_.push_back(Where(o) + ": " + std::string(reason));
}

// Reads verb files of both formats. A class so that the parsing state (the
// current block, the synset being read) has names.
class VerbReader {
 public:
  VerbReader(TabariDictionary* d, uint16_t file, bool tabari) : d_(d), file_(file), tabari_(tabari) {}

  void Line(uint32_t number, std::string_view text) {
    Origin o{file_, number};
    std::string_view t = TrimView(text);
    if (t.empty()) return;  // a synset runs on over blank lines while lines start with '+'

    if (tabari_ && t.front() == '<') { Section(o, t); return; }
    if (section_ == kSkip) return;
    if (section_ == kTime) {
      TimeDiscard(o, t);
      return;
    }
    if (t.front() == '&') { StartSynset(o, t); return; }
    if (synset_ >= 0 && t.front() == '+' && !(t.size() > 1 && t[1] == '&' && false)) {
      AddSynsetPhrase(o, t.substr(1));
      return;
    }
    synset_ = -1;
    if (section_ == kSynsets) { d_->Warn(o, "line in <SYNSETS> outside a synset"); return; }
    if (t.size() > 3 && t.substr(0, 3) == "---") {
      StartBlock(o, t);  // the closing "---" may have gone with a comment
      return;
    }
    if (t.front() == '-') { AddPattern(o, t.substr(1)); return; }
    if (t.front() == '~' && !tabari_) { AddTransformation(o, t.substr(1)); return; }
    AddVerb(o, t);
  }

  void Finish() {
    for (size_t bi = first_block_; bi < d_->blocks_.size() && petrarch2_; ++bi) {
      // PETRARCH2 stores patterns in a tree: of two identical patterns the
      // later one's code stays.
      auto& ps = d_->blocks_[bi].patterns;
      std::vector<std::string> keys;
      for (const Pattern& p : ps) keys.push_back(PatternKey(p));
      std::vector<Pattern> kept;
      for (size_t i = 0; i < ps.size(); ++i) {
        bool later = false;
        for (size_t j = i + 1; j < ps.size() && !later; ++j) later = keys[j] == keys[i];
        if (!later) kept.push_back(std::move(ps[i]));
      }
      ps = std::move(kept);
    }
    for (VerbBlock& b : d_->blocks_) {
      std::stable_sort(b.patterns.begin(), b.patterns.end(),
                       [](const Pattern& a, const Pattern& c) { return a.length > c.length; });
    }
  }

  // PETRARCH2 files are read with PETRARCH2's rules (see
  // TabariDictionary::petrarch2()).
  void SetPetrarch2(bool on) { petrarch2_ = on; }

 private:
  enum Section { kNone, kSynsets, kSkip, kTime };

  // "KAN_WA_MA_KAN [###]" in <TIME>: a phrase that discards the sentence.
  void TimeDiscard(Origin o, std::string_view t) {
    std::string_view head;
    std::vector<std::string_view> groups;
    if (t.front() == '-' || !SplitBrackets(t, &head, &groups) || groups.empty() || groups[0] != "###") return;
    Discard d;
    d.origin = o;
    d.words = ParsePhrase(head, false);
    for (Word& w : d.words) w.adjacent_next = true;
    if (!d.words.empty()) d_->discards_.push_back(std::move(d));
  }

  void Section(Origin o, std::string_view t) {
    std::string tag = Upper(t);
    if (tag == "<SYNSETS>") section_ = kSynsets;
    else if (tag == "</SYNSETS>") section_ = kNone;
    else if (tag == "<TIME>") {
      section_ = kTime;
      d_->Warn(o, "<TIME> section: time shifts are not supported; only its [###] discards are used");
    } else if (tag.rfind("</", 0) == 0) section_ = kNone;
    else {
      section_ = kSkip;
      d_->Warn(o, "section " + tag + " not used");
    }
    synset_ = -1;
  }

  void StartSynset(Origin o, std::string_view t) {
    std::string name = Upper(TrimView(t));
    while (!name.empty() && (name.back() == '_' || std::isspace(static_cast<unsigned char>(name.back())))) name.pop_back();
    if (name.size() < 2) {
      d_->Warn(o, "synset without a name");
      synset_ = -1;
      return;
    }
    for (char c : name.substr(1)) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') {
        d_->Warn(o, "bad synset name '" + name + "'");
        synset_ = -1;
        return;
      }
    }
    auto [it, added] = d_->synset_ids_.emplace(name, static_cast<uint32_t>(d_->synsets_.size()));
    if (added) d_->synsets_.emplace_back();
    else d_->Warn(o, "synset " + name + " defined again; phrases are added to it");
    synset_ = static_cast<int>(it->second);
  }

  // Expands &NAME inside a phrase (synsets may hold synsets).
  bool Expand(Origin o, std::string_view text, std::vector<std::vector<Word>>* out, int depth = 0) {
    std::vector<RawTok> toks = Lex(text);
    std::vector<std::vector<Word>> acc(1);
    for (size_t i = 0; i < toks.size(); ++i) {
      const RawTok& t = toks[i];
      bool adj_next = i + 1 < toks.size() ? toks[i + 1].joined : true;
      if (!t.text.empty() && t.text[0] == '&') {
        auto it = d_->synset_ids_.find(t.text);
        if (it == d_->synset_ids_.end() || depth > 4) {
          d_->Warn(o, "unknown synset " + t.text);
          return false;
        }
        std::vector<std::vector<Word>> next;
        for (const auto& prefix : acc) {
          for (const auto& ph : d_->synsets_[it->second]) {
            std::vector<Word> w = prefix;
            w.insert(w.end(), ph.begin(), ph.end());
            if (!w.empty()) w.back().adjacent_next = adj_next;
            next.push_back(std::move(w));
          }
        }
        acc = std::move(next);
        continue;
      }
      if (t.text.empty() || !IsWordChar(t.text[0])) {
        d_->Warn(o, "marker '" + t.text + "' not allowed in a phrase");
        return false;
      }
      Word w{t.text, tabari_ && (!t.underscore_after || t.force_stem), false, adj_next};
      for (auto& a : acc) a.push_back(w);
    }
    for (auto& a : acc) {
      JoinContractions(&a);
      if (!a.empty()) out->push_back(std::move(a));
    }
    return true;
  }

  void AddSynsetPhrase(Origin o, std::string_view t) {
    std::vector<std::vector<Word>> phrases;
    if (!Expand(o, t, &phrases)) return;
    for (auto& p : phrases) {
      // PETRARCH synset phrases are consecutive; in TABARI a space lets
      // words in between ("AUSTRIAN FLORIN": "austrian gold florin").
      if (!tabari_) {
        for (Word& w : p) w.adjacent_next = true;
      }
      p.back().adjacent_next = true;
      // PETRARCH2 adds the plural of a one-word synset phrase ("+WEAPON"
      // matches "weapons") unless it ends with '_'.
      if (petrarch2_ && p.size() == 1 && TrimView(t).back() != '_') p[0].plural = true;
      d_->synsets_[synset_].push_back(std::move(p));
    }
  }

  void StartBlock(Origin o, std::string_view t) {
    std::string_view body = TrimView(t.substr(3));
    while (!body.empty() && body.back() == '-') body.remove_suffix(1);
    body = TrimView(body);
    std::string_view head;
    std::vector<std::string_view> groups;
    VerbBlock b;
    b.origin = o;
    if (!SplitBrackets(body, &head, &groups) || groups.empty() ||
        !ParseEventCode(groups[0], &b.code)) {
      d_->Warn(o, "verb block header must read '--- NAME [code] ---'");
      block_ = -1;
      return;
    }
    b.name = Upper(head);
    if (b.name.empty()) d_->Warn(o, "verb block without a name");
    d_->blocks_.push_back(std::move(b));
    block_ = static_cast<int>(d_->blocks_.size() - 1);
  }

  void AddVerb(Origin o, std::string_view t) {
    std::string_view head;
    std::vector<std::string_view> groups;
    if (!SplitBrackets(t, &head, &groups)) { d_->Warn(o, "unclosed '['"); return; }
    EventCode code;
    bool has_code = !groups.empty();
    if (has_code && !ParseEventCode(groups[0], &code)) {
      d_->Warn(o, "bad event code [" + std::string(groups[0]) + "]");
      return;
    }
    size_t brace = head.find('{');
    std::string_view name = TrimView(head.substr(0, brace));
    if (name.empty()) {
      // TABARI: "{ ACTING_ ACTXD_ }" on its own line lists the forms of the
      // verb above.
      if (tabari_ && last_verb_ >= 0 && brace != std::string_view::npos) {
        for (const std::string& f : BraceItems(head)) AddForms(o, f, last_verb_, /*regular=*/false);
        return;
      }
      d_->Warn(o, "verb line without a verb");
      return;
    }
    if (tabari_) {
      // TABARI: "BURN DOWN [222]" and "SHOT_AND_WOUND [223]" are the verb
      // BURN (SHOT) with the pattern "* DOWN" ("*_AND_WOUND").
      // ("CARRIED_OUT [181]", joined by '_', is one multi-word verb.)
      size_t cut = name.find_first_of(" \t");
      if (cut != std::string_view::npos && cut + 1 < name.size()) {
        std::string_view verb_word = name.substr(0, cut);
        std::string key = Upper(verb_word);
        int b = TabariBlock(o, key, EventCode(), /*explicit_code=*/false);
        Pattern p;
        p.origin = o;
        p.code = code;
        std::vector<RawTok> toks = Lex("*" + std::string(name.substr(cut)));
        if (!ToItems(o, toks, 1, toks.size(), &p.upper)) return;
        p.verb_adjacent_upper = toks.size() > 1 ? toks[1].joined : true;
        p.length = static_cast<uint32_t>(p.upper.size());
        d_->blocks_[b].patterns.push_back(std::move(p));
        block_ = b;
        return;
      }
      if (has_code) {
        block_ = TabariBlock(o, Upper(name), code, /*explicit_code=*/true);
        for (const std::string& f : BraceItems(head)) AddForms(o, f, last_verb_, /*regular=*/false);
        return;
      }
    }
    if (block_ < 0) { d_->Warn(o, "verb outside a verb block"); return; }
    NewVerb(o, name, has_code ? code : d_->blocks_[block_].code, head);
  }

  // The block of a TABARI verb, made (with the verb) on first use.
  int TabariBlock(Origin o, const std::string& written, const EventCode& code, bool explicit_code) {
    std::string key = written;
    while (!key.empty() && (key.back() == '_' || key.back() == '=')) key.pop_back();
    auto it = tabari_blocks_.find(key);
    if (it != tabari_blocks_.end()) {
      if (explicit_code) {
        d_->blocks_[it->second].code = code;
        d_->verbs_[tabari_verbs_[key]].code = code;
      }
      return it->second;
    }
    VerbBlock b;
    b.name = key;
    b.code = code;
    b.origin = o;
    d_->blocks_.push_back(std::move(b));
    int id = static_cast<int>(d_->blocks_.size() - 1);
    tabari_blocks_[key] = id;
    block_ = id;
    tabari_verbs_[key] = NewVerb(o, written, code, written);
    return id;
  }

  uint32_t NewVerb(Origin o, std::string_view name, const EventCode& code, std::string_view head) {
    Verb v;
    v.name = Upper(name);
    v.code = code;
    v.block = static_cast<uint32_t>(block_);
    v.origin = o;
    auto [seen, fresh] = seen_.emplace(v.name, o);
    if (!fresh && petrarch2_) {
      // PETRARCH2 keeps a verb's first entry.
      d_->Warn(o, "verb " + v.name + " also at line " + std::to_string(seen->second.line) +
                      "; the first entry is used (PETRARCH2)");
      return seen_vid_[v.name];
    }
    if (!fresh) {
      d_->Warn(o, "verb " + v.name + " also at line " + std::to_string(seen->second.line) +
                      "; this later entry is used");
      seen->second = o;
    }
    uint32_t vid = static_cast<uint32_t>(d_->verbs_.size());
    seen_vid_[v.name] = vid;
    d_->verbs_.push_back(v);
    last_verb_ = static_cast<int>(vid);
    AddForms(o, name, vid, /*regular=*/true);
    for (const std::string& f : BraceItems(head)) AddForms(o, f, vid, /*regular=*/false);
    return vid;
  }

  // "WIRE_+TAP", "+BREAK_DOWN", "ARM_", "ACT" -> forms.
  void AddForms(Origin o, std::string_view written, uint32_t vid, bool regular) {
    std::vector<Word> words;
    int head = -1;
    std::string cur;
    bool cur_head = false;
    std::string w(written);
    while (!w.empty() && w.back() == '=') w.back() = '_';
    bool trailing_us = !w.empty() && w.back() == '_';
    for (size_t i = 0; i <= w.size(); ++i) {
      char c = i < w.size() ? w[i] : '_';
      if (c == '_' || c == ' ') {
        if (!cur.empty()) {
          if (cur_head) head = static_cast<int>(words.size());
          words.push_back(Word{Upper(cur), false, false, true});
        }
        cur.clear();
        cur_head = false;
      } else if (c == '+' && cur.empty()) {
        cur_head = true;
      } else {
        cur.push_back(c);
      }
    }
    if (words.empty()) { d_->Warn(o, "empty verb form"); return; }
    if (head < 0) head = 0;
    if (tabari_ && words.size() == 1 && !trailing_us) {
      words[0].stem = true;  // TABARI: a verb without '_' is a stem
      regular = false;
    }
    std::vector<std::string> heads{words[head].text};
    if (regular) {
      heads = RegularVerbForms(words[head].text);
      if (tabari_) heads.push_back(words[head].text + "ES");
    }
    for (const std::string& h : heads) {
      VerbForm f;
      f.words = words;
      f.words[head].text = h;
      f.head = static_cast<uint32_t>(head);
      f.verb = vid;
      d_->verb_forms_.push_back(std::move(f));
    }
  }

  bool ToItems(Origin o, const std::vector<RawTok>& toks, size_t b, size_t e,
               std::vector<PatternItem>* out) {
    for (size_t i = b; i < e; ++i) {
      const RawTok& t = toks[i];
      PatternItem it;
      it.word.adjacent_next = i + 1 < toks.size() ? toks[i + 1].joined : true;
      it.in_parens = t.in_parens;
      if (t.group) {
        std::vector<std::vector<Word>> alts;
        for (std::string_view a : SplitAlts(t.text)) {
          if (!Expand(o, a, &alts)) return false;
        }
        it.kind = PatternItem::kAlternatives;
        it.index = static_cast<uint32_t>(d_->alternatives_.size());
        d_->alternatives_.push_back(std::move(alts));
      } else if (t.text == "+") it.kind = PatternItem::kTarget;
      else if (t.text == "$") it.kind = PatternItem::kSource;
      else if (t.text == "%") it.kind = PatternItem::kCompound;
      else if (t.text == "^") it.kind = PatternItem::kSkipActor;
      else if (t.text[0] == '&') {
        auto f = d_->synset_ids_.find(t.text);
        if (f == d_->synset_ids_.end()) {
          d_->Warn(o, "unknown synset " + t.text);
          return false;
        }
        it.kind = PatternItem::kSynset;
        it.index = f->second;
      } else {
        it.kind = PatternItem::kWord;
        it.word.text = t.text;
        it.word.stem = tabari_ && (!t.underscore_after || t.force_stem);
        if (it.word.text == "N'T" && !out->empty() && out->back().kind == PatternItem::kWord) {
          out->back().word.text += "N'T";
          out->back().word.adjacent_next = it.word.adjacent_next;
          continue;
        }
      }
      out->push_back(std::move(it));
    }
    return true;
  }

  static std::vector<std::string_view> SplitAlts(std::string_view body) { return SplitOn(body, '|'); }

  // What a pattern matches, without its code: identical keys are the same
  // pattern.
  static std::string PatternKey(const Pattern& p) {
    std::string k;
    auto items = [&](const std::vector<PatternItem>& v) {
      for (const PatternItem& it : v) {
        k += std::to_string(static_cast<int>(it.kind)) + ":" + it.word.text + ":" +
             std::to_string(it.index) + (it.word.adjacent_next ? "_" : " ");
      }
    };
    items(p.lower);
    k += p.verb_adjacent_lower ? "*_" : "* ";
    k += p.verb_adjacent_upper ? "_" : " ";
    items(p.upper);
    return k;
  }

  // "a (a b ATTACK) SAY = a b 015" (after the '~').
  void AddTransformation(Origin o, std::string_view t) {
    size_t eq = t.find('=');
    if (eq == std::string_view::npos) { d_->Warn(o, "transformation without '='"); return; }
    std::vector<std::string> lhs, rhs;
    auto split = [](std::string_view s, std::vector<std::string>* out) {
      std::string cur;
      for (char c : s) {
        if (std::isspace(static_cast<unsigned char>(c)) || c == '(' || c == ')') {
          if (!cur.empty()) out->push_back(cur);
          cur.clear();
        } else {
          cur.push_back(c);
        }
      }
      if (!cur.empty()) out->push_back(cur);
    };
    split(t.substr(0, eq), &lhs);
    split(t.substr(eq + 1), &rhs);
    // One level of nesting: upper-source (lower-source lower-target LOWER) UPPER.
    if (lhs.size() != 5 || rhs.size() != 3) {
      d_->Warn(o, "transformation not supported (only 'a (b c VERB) VERB = x y CODE')");
      return;
    }
    Transformation tr;
    tr.upper_source = lhs[0];
    tr.lower_source = lhs[1];
    tr.lower_target = lhs[2];
    tr.lower_verb = Upper(lhs[3]);
    tr.upper_verb = Upper(lhs[4]);
    tr.out_source = rhs[0];
    tr.out_target = rhs[1];
    tr.out_code = Upper(rhs[2]);
    tr.origin = o;
    d_->transformations_.push_back(std::move(tr));
  }

  void AddPattern(Origin o, std::string_view t) {
    if (block_ < 0) { d_->Warn(o, "pattern outside a verb block"); return; }
    std::string_view head;
    std::vector<std::string_view> groups;
    if (!SplitBrackets(t, &head, &groups) || groups.empty()) {
      d_->Warn(o, "pattern without a [code]");
      return;
    }
    Pattern p;
    p.origin = o;
    if (!ParseEventCode(groups[0], &p.code)) {
      d_->Warn(o, "bad event code [" + std::string(groups[0]) + "]");
      return;
    }
    std::vector<RawTok> toks = Lex(head);
    size_t star = toks.size();
    for (size_t i = 0; i < toks.size(); ++i) {
      if (toks[i].text == "*" && !toks[i].group) {
        if (star != toks.size()) { d_->Warn(o, "pattern with two '*'"); return; }
        star = i;
      }
    }
    if (star == toks.size()) { d_->Warn(o, "pattern without '*' (verb position)"); return; }
    if (!ToItems(o, toks, 0, star, &p.lower) || !ToItems(o, toks, star + 1, toks.size(), &p.upper)) return;
    p.verb_adjacent_lower = toks[star].joined;
    p.verb_adjacent_upper = star + 1 < toks.size() ? toks[star + 1].joined : true;
    if (p.lower.empty() && p.upper.empty()) { d_->Warn(o, "pattern with nothing but '*'"); return; }
    p.length = static_cast<uint32_t>(p.lower.size() + p.upper.size());
    if (petrarch2_) p.petrarch2_never = !Petrarch2CanMatch(head);
    d_->blocks_[block_].patterns.push_back(std::move(p));
  }

  static bool Petrarch2CanMatch(std::string_view head) {
    std::string bare;
    int depth = 0;
    for (char c : head) {
      if (c == '(' || c == '{') ++depth;
      else if ((c == ')' || c == '}') && depth > 0) --depth;
      else if (depth == 0) bare.push_back(c);
    }
    for (const RawTok& t : Lex(bare)) {
      if (t.text == "+" || t.text == "$" || t.text == "%" || t.text == "^") return false;
      if (OneOf(t.text, {"OF", "IN", "FROM", "WITH", "TO", "FOR", "AT", "ON", "BY", "AGAINST", "OVER", "INTO",
                         "NEAR", "TOWARD", "TOWARDS", "ABOUT", "AMONG", "BETWEEN", "ACROSS", "THROUGH",
                         "UNDER", "WITHIN", "WITHOUT", "DURING", "ALONG", "AROUND", "BEHIND", "BEYOND",
                         "UPON", "VIA", "ONTO"})) {
        return false;
      }
    }
    return true;
  }

  TabariDictionary* d_;
  uint16_t file_;
  bool tabari_;
  int block_ = -1;
  int synset_ = -1;
  int last_verb_ = -1;
  std::unordered_map<std::string, int> tabari_blocks_;        // verb -> block
  std::unordered_map<std::string, uint32_t> tabari_verbs_;    // verb -> verb
  std::unordered_map<std::string, Origin> seen_;  // verb names
  std::unordered_map<std::string, uint32_t> seen_vid_;
  enum Section section_ = kNone;
  bool petrarch2_ = false;
  size_t first_block_ = 0;

 public:
  void SetFirstBlock(size_t b) { first_block_ = b; }
};

Status TabariDictionary::LoadVerbs(const std::filesystem::path& path, DictFormat format) {
  Result<std::string> content = ReadFile(path);
  if (!content.ok()) return content.status();
  bool tabari = format == DictFormat::kTabari;
  if (format == DictFormat::kAuto) {
    bool blocks = false;
    std::istringstream in(*content);
    for (std::string l; std::getline(in, l);) {
      std::string_view t = TrimView(l);
      if (t.size() > 6 && t.substr(0, 3) == "---" && t.back() == '-') { blocks = true; break; }
    }
    tabari = !blocks;
  }
  SourceLines lines = SplitComments(*content, tabari);
  VerbReader r(this, AddFile(path), tabari);
  // A PETRARCH2 verb file ends with "~ ..." transformations.
  bool p2 = false;
  for (const auto& [n, text] : lines.lines) {
    std::string_view t = TrimView(text);
    if (!tabari && t.size() > 2 && t[0] == '~' && t.find('=') != std::string_view::npos) { p2 = true; break; }
  }
  r.SetPetrarch2(p2);
  r.SetFirstBlock(blocks_.size());
  petrarch2_ = petrarch2_ || p2;
  for (const auto& [n, text] : lines.lines) r.Line(n, text);
  r.Finish();
  if (p2 && pico_.empty()) {
    // PETRARCH2 combines verbs through its internal coding ontology, which
    // sits next to its verb dictionary.
    std::filesystem::path pico = path.parent_path() / "PETR.Internal.Coding.Ontology.txt";
    std::error_code ec;
    if (std::filesystem::exists(pico, ec)) {
      Status st = LoadPico(pico);
      if (!st.ok()) warnings_.push_back(st.message());
    }
  }
  return Status::Ok();
}

Status TabariDictionary::LoadActors(const std::filesystem::path& path, DictFormat format) {
  Result<std::string> content = ReadFile(path);
  if (!content.ok()) return content.status();
  bool tabari = format == DictFormat::kTabari || (format == DictFormat::kAuto && LooksTabari(*content));
  uint16_t file = AddFile(path);
  SourceLines lines = SplitComments(*content, tabari);
  std::vector<std::vector<Word>> names;  // of the actor being read
  std::vector<DatedCode> codes;
  Origin start;
  bool section = false;  // inside <NOUN>, <ADJECTIVE>
  auto flush = [&]() {
    if (names.empty()) return;
    if (codes.empty()) {
      Warn(start, "actor without a code");
    } else {
      uint32_t id = static_cast<uint32_t>(actors_.size());
      actors_.push_back(Actor{codes, start});
      for (auto& n : names) actor_phrases_.push_back(NamedPhrase{std::move(n), id});
    }
    names.clear();
    codes.clear();
  };
  auto add_codes = [&](Origin o, const std::vector<std::string_view>& groups) {
    for (std::string_view g : groups) {
      DatedCode dc;
      std::string_view s = TrimView(g);
      size_t sp = s.find_first_of(" \t<>");
      std::string_view code = s.substr(0, sp);
      std::string_view date = sp == std::string_view::npos ? std::string_view() : TrimView(s.substr(sp));
      if (code.empty() || std::isdigit(static_cast<unsigned char>(code[0]))) {
        Warn(o, "code block [" + std::string(g) + "] has no actor code");
        continue;
      }
      dc.code = Upper(code);
      if (!date.empty()) {
        bool ok = false;
        if (date[0] == '<') {
          ok = ParseDictDate(date.substr(1), &dc.to);
          dc.to -= 1;
        } else if (date[0] == '>') {
          ok = ParseDictDate(date.substr(1), &dc.from);
          dc.from += 1;
        } else {
          size_t dash = date.find('-');
          ok = dash != std::string_view::npos && ParseDictDate(date.substr(0, dash), &dc.from) &&
               ParseDictDate(date.substr(dash + 1), &dc.to);
        }
        if (!ok) {
          Warn(o, "bad date restriction in [" + std::string(g) + "]");
          continue;
        }
      }
      codes.push_back(std::move(dc));
    }
  };
  for (const auto& [n, text] : lines.lines) {
    Origin o{file, n};
    std::string_view t = TrimView(text);
    if (t.empty()) continue;
    if (t.front() == '<') {
      section = t.size() > 1 && t[1] != '/';
      continue;
    }
    if (section) continue;
    std::string_view head;
    std::vector<std::string_view> groups;
    if (!SplitBrackets(t, &head, &groups)) { Warn(o, "unclosed '['"); continue; }
    if (t.front() == '[') {
      if (names.empty()) { Warn(o, "code without an actor"); continue; }
      add_codes(o, groups);
      continue;
    }
    bool synonym = head.front() == '+';
    if (synonym) head.remove_prefix(1);
    std::vector<Word> words = ParsePhrase(head, tabari);
    if (words.empty()) { Warn(o, "actor line without a name"); continue; }
    // PETRARCH actor words are consecutive; in TABARI a space lets words in
    // between ("ITHILEN TELEVISION": "Ithilen state-run television").
    if (!tabari) {
      for (Word& w : words) w.adjacent_next = true;
    }
    if (!synonym && !(names.size() > 0 && codes.empty())) {
      flush();
      start = o;
    }
    if (synonym && names.empty()) { Warn(o, "synonym without an actor"); continue; }
    names.push_back(std::move(words));
    add_codes(o, groups);
  }
  flush();
  return Status::Ok();
}

Status TabariDictionary::LoadAgents(const std::filesystem::path& path, DictFormat format) {
  Result<std::string> content = ReadFile(path);
  if (!content.ok()) return content.status();
  bool tabari = format == DictFormat::kTabari || (format == DictFormat::kAuto && LooksTabari(*content));
  uint16_t file = AddFile(path);
  SourceLines lines = SplitComments(*content, tabari);
  std::unordered_map<std::string, std::vector<std::string>> subst;
  for (const auto& [n, text] : lines.lines) {
    Origin o{file, n};
    std::string_view t = TrimView(text);
    if (t.empty()) continue;
    size_t eq = t.find('=');
    if (t.front() == '!' && eq != std::string_view::npos) {
      std::string key = Upper(TrimView(t.substr(0, eq)));
      std::vector<std::string> vals;
      for (std::string_view v : SplitOn(t.substr(eq + 1), ',')) {
        if (!v.empty()) vals.push_back(Upper(v));
      }
      subst[key] = std::move(vals);
      continue;
    }
    std::string_view head;
    std::vector<std::string_view> groups;
    if (!SplitBrackets(t, &head, &groups) || groups.empty()) {
      Warn(o, "agent without a [code]");
      continue;
    }
    std::string code(TrimView(groups[0]));
    Agent a;
    a.origin = o;
    if (!code.empty() && code.front() == '~') {
      a.code = code.substr(1);
    } else if (!code.empty() && code.back() == '~') {
      a.code = code.substr(0, code.size() - 1);
      a.prefix = true;
    } else {
      Warn(o, "agent code [" + code + "] has no '~'");
      continue;
    }
    a.code = std::string(TrimView(a.code));
    size_t brace = head.find('{');
    std::string name = Upper(TrimView(head.substr(0, brace)));
    bool no_plural = brace != std::string_view::npos;
    std::vector<std::string> plurals = BraceItems(head);
    // Expand !SET! substitutions.
    std::vector<std::string> names{name};
    for (size_t guard = 0; guard < 4; ++guard) {
      std::vector<std::string> next;
      bool any = false;
      for (const std::string& nm : names) {
        size_t b = nm.find('!');
        size_t e = b == std::string::npos ? b : nm.find('!', b + 1);
        if (e == std::string::npos) { next.push_back(nm); continue; }
        auto it = subst.find(nm.substr(b, e - b + 1));
        if (it == subst.end()) { Warn(o, "unknown substitution set " + nm.substr(b, e - b + 1)); continue; }
        any = true;
        for (const std::string& v : it->second) next.push_back(nm.substr(0, b) + v + nm.substr(e + 1));
      }
      names = std::move(next);
      if (!any) break;
    }
    if (names.empty()) continue;
    uint32_t id = static_cast<uint32_t>(agents_.size());
    agents_.push_back(a);
    auto add = [&](std::string_view written) {
      std::vector<Word> w = ParsePhrase(written, tabari);
      for (Word& x : w) x.adjacent_next = true;
      if (!w.empty()) agent_phrases_.push_back(NamedPhrase{std::move(w), id});
    };
    for (const std::string& nm : names) {
      add(nm);
      if (!no_plural) {
        std::vector<Word> w = ParsePhrase(nm, false);
        if (w.empty()) continue;
        std::string last = w.back().text;
        std::string pl = RegularPlural(last);
        std::string base = nm;
        while (!base.empty() && base.back() == '_') base.pop_back();
        size_t at = base.rfind(last);
        if (at != std::string::npos) add(base.substr(0, at) + pl + (tabari ? "_" : ""));
      }
    }
    for (const std::string& p : plurals) add(p);
  }
  return Status::Ok();
}

Status TabariDictionary::LoadDiscards(const std::filesystem::path& path, DictFormat format) {
  Result<std::string> content = ReadFile(path);
  if (!content.ok()) return content.status();
  bool tabari = format == DictFormat::kTabari;
  uint16_t file = AddFile(path);
  SourceLines lines = SplitComments(*content, tabari);
  for (const auto& [n, text] : lines.lines) {
    Origin o{file, n};
    std::string_view t = TrimView(text);
    if (t.empty()) continue;
    Discard d;
    d.origin = o;
    if (t.front() == '+') {
      d.story = true;
      t.remove_prefix(1);
    }
    d.words = ParsePhrase(t, false);
    for (Word& w : d.words) w.adjacent_next = true;
    if (d.words.empty()) { Warn(o, "empty discard"); continue; }
    discards_.push_back(std::move(d));
  }
  return Status::Ok();
}

Status TabariDictionary::LoadPico(const std::filesystem::path& path) {
  Result<std::string> content = ReadFile(path);
  if (!content.ok()) return content.status();
  uint16_t file = AddFile(path);
  std::istringstream in(*content);
  uint32_t n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    Origin o{file, n};
    std::string_view t = TrimView(std::string_view(line).substr(0, line.find('#')));
    if (t.empty()) continue;
    size_t colon = t.find(':');
    if (colon == std::string_view::npos) { Warn(o, "ontology line must read 'CODE:VALUE'"); continue; }
    std::string code(TrimView(t.substr(0, colon)));
    std::string_view expr = TrimView(t.substr(colon + 1));
    // A sum of hexadecimal (or decimal) terms: "-0xFFFF+0x2040+0x300".
    long value = 0;
    bool ok = !expr.empty() && !code.empty();
    size_t i = 0;
    while (ok && i < expr.size()) {
      int sign = 1;
      while (i < expr.size() && (expr[i] == '+' || expr[i] == '-' || expr[i] == ' ')) {
        if (expr[i] == '-') sign = -sign;
        ++i;
      }
      int base = 10;
      if (i + 1 < expr.size() && expr[i] == '0' && (expr[i + 1] == 'x' || expr[i + 1] == 'X')) {
        base = 16;
        i += 2;
      }
      size_t j = i;
      long term = 0;
      while (j < expr.size() && std::isxdigit(static_cast<unsigned char>(expr[j]))) {
        int d = std::isdigit(static_cast<unsigned char>(expr[j])) ? expr[j] - '0'
                                                                  : std::toupper(expr[j]) - 'A' + 10;
        if (d >= base) break;
        term = term * base + d;
        ++j;
      }
      if (j == i) { ok = false; break; }
      value += sign * term;
      i = j;
    }
    if (!ok) { Warn(o, "bad ontology value '" + std::string(expr) + "'"); continue; }
    pico_[code] = static_cast<int>(value);
    pico_reverse_.emplace(static_cast<int>(value), code);  // the first listed wins
  }
  return Status::Ok();
}

bool TabariDictionary::PicoOf(std::string_view cameo, int* out) const {
  if (cameo.empty() || cameo == "---") {
    *out = 0;
    return true;
  }
  auto it = pico_.find(std::string(cameo));
  if (it == pico_.end() && cameo.size() >= 2) it = pico_.find(std::string(cameo.substr(0, 2)) + "0");
  if (it == pico_.end()) return false;
  *out = it->second;
  return true;
}

std::string TabariDictionary::CameoOf(int pico) const {
  auto it = pico_reverse_.find(pico);
  return it == pico_reverse_.end() ? std::string() : it->second;
}

void TabariDictionary::FirstWordIndex::Add(const Word& w, uint32_t id) {
  if (w.stem) {
    stem[w.text].push_back(id);
    max_stem = std::max(max_stem, w.text.size());
  } else {
    exact[w.text].push_back(id);
  }
}

void TabariDictionary::FirstWordIndex::Find(std::string_view word, std::vector<uint32_t>* out) const {
  out->clear();
  if (auto it = exact.find(word); it != exact.end()) {
    out->insert(out->end(), it->second.begin(), it->second.end());
  }
  // TABARI nouns also match their regular plural ("ESTONIAS"); the caller
  // checks Word::plural.
  for (size_t cut : {size_t{1}, size_t{2}}) {
    if (word.size() <= cut + 1 || word.back() != 'S') continue;
    if (cut == 2 && word[word.size() - 2] != 'E') continue;
    if (auto it = exact.find(word.substr(0, word.size() - cut)); it != exact.end()) {
      out->insert(out->end(), it->second.begin(), it->second.end());
    }
  }
  if (stem.empty()) return;
  for (size_t n = 1; n <= word.size() && n <= max_stem; ++n) {
    if (auto it = stem.find(word.substr(0, n)); it != stem.end()) {
      out->insert(out->end(), it->second.begin(), it->second.end());
    }
  }
}

void TabariDictionary::Finish() {
  for (uint32_t i = 0; i < actor_phrases_.size(); ++i) actor_index_.Add(actor_phrases_[i].words[0], i);
  for (uint32_t i = 0; i < agent_phrases_.size(); ++i) agent_index_.Add(agent_phrases_[i].words[0], i);
  for (uint32_t i = 0; i < verb_forms_.size(); ++i) verb_index_.Add(verb_forms_[i].words[0], i);
  for (uint32_t i = 0; i < discards_.size(); ++i) discard_index_.Add(discards_[i].words[0], i);
}

void TabariDictionary::ActorCandidates(std::string_view word, std::vector<uint32_t>* out) const {
  actor_index_.Find(word, out);
}
void TabariDictionary::AgentCandidates(std::string_view word, std::vector<uint32_t>* out) const {
  agent_index_.Find(word, out);
}
void TabariDictionary::DiscardCandidates(std::string_view word, std::vector<uint32_t>* out) const {
  discard_index_.Find(word, out);
}
void TabariDictionary::VerbFormCandidates(std::string_view word, std::vector<uint32_t>* out) const {
  verb_index_.Find(word, out);
}

}  // namespace warta::dict::tabari
