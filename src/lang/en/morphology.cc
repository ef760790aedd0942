#include "lang/en/morphology.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace warta::lang::en {
namespace {

// Irregular verbs: base, past, participle. Where past and participle are the
// same word the form is kPastParticiple.
struct IrregularVerb {
  std::string_view base, past, participle;
};
constexpr IrregularVerb kIrregular[] = {
    {"arise", "arose", "arisen"},     {"awake", "awoke", "awoken"},
    {"be", "was", "been"},            {"be", "were", "been"},
    {"bear", "bore", "borne"},        {"beat", "beat", "beaten"},
    {"become", "became", "become"},   {"begin", "began", "begun"},
    {"bend", "bent", "bent"},         {"bet", "bet", "bet"},
    {"bid", "bid", "bid"},            {"bind", "bound", "bound"},
    {"bite", "bit", "bitten"},        {"bleed", "bled", "bled"},
    {"blow", "blew", "blown"},        {"break", "broke", "broken"},
    {"breed", "bred", "bred"},        {"bring", "brought", "brought"},
    {"broadcast", "broadcast", "broadcast"},
    {"build", "built", "built"},      {"burn", "burnt", "burnt"},
    {"burst", "burst", "burst"},      {"buy", "bought", "bought"},
    {"cast", "cast", "cast"},         {"catch", "caught", "caught"},
    {"choose", "chose", "chosen"},    {"cling", "clung", "clung"},
    {"come", "came", "come"},         {"cost", "cost", "cost"},
    {"creep", "crept", "crept"},      {"cut", "cut", "cut"},
    {"deal", "dealt", "dealt"},       {"dig", "dug", "dug"},
    {"do", "did", "done"},            {"draw", "drew", "drawn"},
    {"drink", "drank", "drunk"},      {"drive", "drove", "driven"},
    {"eat", "ate", "eaten"},          {"fall", "fell", "fallen"},
    {"feed", "fed", "fed"},           {"feel", "felt", "felt"},
    {"fight", "fought", "fought"},    {"find", "found", "found"},
    {"flee", "fled", "fled"},         {"fly", "flew", "flown"},
    {"forbid", "forbade", "forbidden"}, {"forecast", "forecast", "forecast"},
    {"foresee", "foresaw", "foreseen"}, {"forget", "forgot", "forgotten"},
    {"forgive", "forgave", "forgiven"}, {"freeze", "froze", "frozen"},
    {"get", "got", "gotten"},         {"get", "got", "got"},
    {"give", "gave", "given"},        {"go", "went", "gone"},
    {"grind", "ground", "ground"},    {"grow", "grew", "grown"},
    {"hang", "hung", "hung"},         {"have", "had", "had"},
    {"hear", "heard", "heard"},       {"hide", "hid", "hidden"},
    {"hit", "hit", "hit"},            {"hold", "held", "held"},
    {"hurt", "hurt", "hurt"},         {"keep", "kept", "kept"},
    {"know", "knew", "known"},        {"lay", "laid", "laid"},
    {"lead", "led", "led"},           {"lean", "leant", "leant"},
    {"leave", "left", "left"},        {"lend", "lent", "lent"},
    {"let", "let", "let"},            {"lie", "lay", "lain"},
    {"light", "lit", "lit"},          {"lose", "lost", "lost"},
    {"make", "made", "made"},         {"mean", "meant", "meant"},
    {"meet", "met", "met"},           {"mislead", "misled", "misled"},
    {"offset", "offset", "offset"},   {"outdo", "outdid", "outdone"},
    {"overcome", "overcame", "overcome"}, {"override", "overrode", "overridden"},
    {"overrun", "overran", "overrun"}, {"oversee", "oversaw", "overseen"},
    {"overtake", "overtook", "overtaken"}, {"overthrow", "overthrew", "overthrown"},
    {"pay", "paid", "paid"},          {"prove", "proved", "proven"},
    {"put", "put", "put"},            {"quit", "quit", "quit"},
    {"read", "read", "read"},         {"rebuild", "rebuilt", "rebuilt"},
    {"rend", "rent", "rent"},         {"repay", "repaid", "repaid"},
    {"reset", "reset", "reset"},      {"retake", "retook", "retaken"},
    {"rethink", "rethought", "rethought"}, {"rid", "rid", "rid"},
    {"ride", "rode", "ridden"},       {"ring", "rang", "rung"},
    {"rise", "rose", "risen"},        {"run", "ran", "run"},
    {"say", "said", "said"},          {"see", "saw", "seen"},
    {"seek", "sought", "sought"},     {"sell", "sold", "sold"},
    {"send", "sent", "sent"},         {"set", "set", "set"},
    {"shake", "shook", "shaken"},     {"shed", "shed", "shed"},
    {"shoot", "shot", "shot"},        {"show", "showed", "shown"},
    {"shrink", "shrank", "shrunk"},   {"shut", "shut", "shut"},
    {"sing", "sang", "sung"},         {"sink", "sank", "sunk"},
    {"sit", "sat", "sat"},            {"slay", "slew", "slain"},
    {"sleep", "slept", "slept"},      {"slide", "slid", "slid"},
    {"speak", "spoke", "spoken"},     {"speed", "sped", "sped"},
    {"spend", "spent", "spent"},      {"spin", "spun", "spun"},
    {"split", "split", "split"},      {"spread", "spread", "spread"},
    {"spring", "sprang", "sprung"},   {"stand", "stood", "stood"},
    {"steal", "stole", "stolen"},     {"stick", "stuck", "stuck"},
    {"sting", "stung", "stung"},      {"stride", "strode", "stridden"},
    {"strike", "struck", "struck"},   {"strike", "struck", "stricken"},
    {"strive", "strove", "striven"},  {"swear", "swore", "sworn"},
    {"sweep", "swept", "swept"},      {"swim", "swam", "swum"},
    {"swing", "swung", "swung"},      {"take", "took", "taken"},
    {"teach", "taught", "taught"},    {"tear", "tore", "torn"},
    {"tell", "told", "told"},         {"think", "thought", "thought"},
    {"throw", "threw", "thrown"},     {"thrust", "thrust", "thrust"},
    {"tread", "trod", "trodden"},     {"undergo", "underwent", "undergone"},
    {"understand", "understood", "understood"},
    {"undertake", "undertook", "undertaken"},
    {"undo", "undid", "undone"},      {"uphold", "upheld", "upheld"},
    {"upset", "upset", "upset"},      {"wake", "woke", "woken"},
    {"wear", "wore", "worn"},         {"weave", "wove", "woven"},
    {"weep", "wept", "wept"},         {"win", "won", "won"},
    {"wind", "wound", "wound"},       {"withdraw", "withdrew", "withdrawn"},
    {"withhold", "withheld", "withheld"}, {"withstand", "withstood", "withstood"},
    {"write", "wrote", "written"},    {"mistake", "mistook", "mistaken"},
    {"forsake", "forsook", "forsaken"}, {"outbid", "outbid", "outbid"},
    {"input", "input", "input"},      {"sew", "sewed", "sewn"},
    {"sow", "sowed", "sown"},         {"saw", "sawed", "sawn"},
    {"shear", "sheared", "shorn"},    {"spit", "spat", "spat"},
    {"leap", "leapt", "leapt"},       {"kneel", "knelt", "knelt"},
    {"dream", "dreamt", "dreamt"},    {"spill", "spilt", "spilt"},
    {"spoil", "spoilt", "spoilt"},    {"learn", "learnt", "learnt"},
    {"smell", "smelt", "smelt"},      {"dwell", "dwelt", "dwelt"},
    {"wring", "wrung", "wrung"},      {"string", "strung", "strung"},
    {"fling", "flung", "flung"},      {"slink", "slunk", "slunk"},
    {"stink", "stank", "stunk"},      {"seek", "sought", "sought"},
    {"beset", "beset", "beset"},      {"besiege", "besieged", "besieged"},
    {"overhear", "overheard", "overheard"}, {"withdraw", "withdrew", "withdrawn"},
    {"outlaw", "outlawed", "outlawed"}, {"outrun", "outran", "outrun"},
    {"partake", "partook", "partaken"}, {"reread", "reread", "reread"},
    {"resell", "resold", "resold"},   {"retell", "retold", "retold"},
    {"rewrite", "rewrote", "rewritten"}, {"sunburn", "sunburnt", "sunburnt"},
    {"unwind", "unwound", "unwound"}, {"waylay", "waylaid", "waylaid"},
    {"foretell", "foretold", "foretold"}, {"inlay", "inlaid", "inlaid"},
    {"mislay", "mislaid", "mislaid"}, {"misread", "misread", "misread"},
    {"mishear", "misheard", "misheard"}, {"misunderstand", "misunderstood", "misunderstood"},
    {"outgrow", "outgrew", "outgrown"}, {"overdo", "overdid", "overdone"},
    {"overhang", "overhung", "overhung"}, {"overpay", "overpaid", "overpaid"},
    {"oversleep", "overslept", "overslept"}, {"redo", "redid", "redone"},
    {"remake", "remade", "remade"},   {"resend", "resent", "resent"},
    {"shine", "shone", "shone"},      {"shoe", "shod", "shod"},
    {"slit", "slit", "slit"},         {"speed", "sped", "sped"},
    {"sublet", "sublet", "sublet"},   {"swell", "swelled", "swollen"},
    {"upheave", "upheaved", "upheaved"}, {"strew", "strewed", "strewn"},
    {"hew", "hewed", "hewn"},         {"mow", "mowed", "mown"},
    {"abide", "abode", "abode"},      {"befall", "befell", "befallen"},
    {"beget", "begot", "begotten"},   {"behold", "beheld", "beheld"},
    {"bestride", "bestrode", "bestridden"}, {"forgo", "forwent", "forgone"},
    {"forego", "forewent", "foregone"}, {"undersell", "undersold", "undersold"},
    {"underpay", "underpaid", "underpaid"}, {"underlie", "underlay", "underlain"},
    {"underwrite", "underwrote", "underwritten"}, {"outsell", "outsold", "outsold"},
    {"outshine", "outshone", "outshone"}, {"overfly", "overflew", "overflown"},
    {"overlay", "overlaid", "overlaid"}, {"override", "overrode", "overridden"},
    {"overshoot", "overshot", "overshot"}, {"overspend", "overspent", "overspent"},
    {"upswing", "upswung", "upswung"},
};

// A filter for a list of words: for each length (mod 16), the first bytes
// (mod 64) of the words that long. Most words are in no list, and most of
// them are ruled out by one load and a shift before any comparison.
using WordFilter = std::array<uint64_t, 16>;
template <size_t N>
constexpr WordFilter FilterOf(const std::string_view (&words)[N]) {
  WordFilter f{};
  for (std::string_view w : words)
    f[w.size() & 15] |= uint64_t{1} << (static_cast<unsigned char>(w[0]) & 63);
  return f;
}
template <size_t N>
bool InList(std::string_view w, const std::string_view (&words)[N], const WordFilter& f) {
  if (w.empty() || (f[w.size() & 15] >> (static_cast<unsigned char>(w[0]) & 63) & 1) == 0)
    return false;
  for (std::string_view k : words)
    if (w == k) return true;
  return false;
}

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

bool EndsWith(std::string_view w, std::string_view s) {
  return w.ends_with(s);
}

// True for adverbs and particles that may stand between an auxiliary and
// its participle: "was not immediately", "has also been".
bool IsSkippable(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "not", "n't", "never", "also", "already", "just", "still", "reportedly",
      "allegedly", "apparently", "previously", "recently", "repeatedly",
      "twice", "once", "again", "both", "all", "all", "then", "even",
      "being", "been", "later", "initially", "first", "finally", "formally",
      "officially", "publicly", "jointly"};
  static constexpr WordFilter kFilter = FilterOf(kWords);
  if (InList(w, kWords, kFilter)) return true;
  return w.size() > 4 && EndsWith(w, "ly");
}

void Add(std::vector<Analysis>* out, std::string_view lemma, Form form) {
  if (lemma.size() < 2) return;
  for (const Analysis& a : *out)
    if (a.form == form && a.lemma == lemma) return;
  Analysis a;
  a.lemma.assign(lemma);
  a.form = form;
  out->push_back(std::move(a));
}

// "acc-us-ed": the stem before a suffix, as each regular rule reads it.
void AddRegularStems(std::string_view stem, Form form, std::vector<Analysis>* out) {
  if (stem.size() < 2) return;
  Add(out, stem, form);  // attack-ed, accus-ing
  std::string buf;
  buf.reserve(stem.size() + 1);
  buf.assign(stem);
  buf.push_back('e');  // accus-ed -> accuse; accus-ing -> accuse
  Add(out, buf, form);
  size_t n = stem.size();
  // Doubled final consonant: bann-ed -> ban, committ-ing -> commit.
  if (n >= 3 && stem[n - 1] == stem[n - 2] && !IsVowel(stem[n - 1]) &&
      stem[n - 1] != 's' && stem[n - 1] != 'l')
    Add(out, stem.substr(0, n - 1), form);
  // A doubled l is British: cancell-ed -> cancel, but kill-ed -> kill.
  if (n >= 4 && stem[n - 1] == 'l' && stem[n - 2] == 'l' && IsVowel(stem[n - 3]))
    Add(out, stem.substr(0, n - 1), form);
}

}  // namespace

std::string_view StripPossessive(std::string_view w, bool* possessive) {
  *possessive = false;
  if (w.size() > 2 && EndsWith(w, "'s")) {
    *possessive = true;
    return w.substr(0, w.size() - 2);
  }
  if (w.size() > 4 && EndsWith(w, "\u2019s")) {
    *possessive = true;
    return w.substr(0, w.size() - 4);
  }
  if (w.size() > 2 && (EndsWith(w, "s'"))) {
    *possessive = true;
    return w.substr(0, w.size() - 1);
  }
  if (w.size() > 4 && EndsWith(w, "s\u2019")) {
    *possessive = true;
    return w.substr(0, w.size() - 3);
  }
  return w;
}

void Singulars(std::string_view w, std::vector<std::string>* out) {
  out->clear();
  if (w.size() < 4 || !EndsWith(w, "s") || EndsWith(w, "ss") ||
      EndsWith(w, "us") || EndsWith(w, "is"))
    return;
  if (EndsWith(w, "ies")) {
    out->emplace_back(w.substr(0, w.size() - 3));
    out->back().push_back('y');
  }
  if (EndsWith(w, "es")) out->emplace_back(w.substr(0, w.size() - 2));
  out->emplace_back(w.substr(0, w.size() - 1));
}

Morphology::Morphology() {
  for (const IrregularVerb& v : kIrregular) {
    auto add = [&](std::string_view form, Form f) {
      std::vector<Irregular>& list = irregular_[form];
      for (Irregular& i : list) {
        if (i.base != v.base) continue;
        // A word that is both the past and the participle of one verb.
        if (i.form != f) i.form = Form::kPastParticiple;
        return;
      }
      list.push_back({v.base, f});
    };
    if (v.past == v.participle) {
      add(v.past, Form::kPastParticiple);
    } else {
      add(v.past, Form::kPast);
      add(v.participle, Form::kParticiple);
    }
  }
}

size_t Morphology::Analyze(std::string_view w, std::vector<Analysis>* out) const {
  out->clear();
  auto irr = irregular_.find(w);
  bool only_irregular_form = false;
  if (irr != irregular_.end()) {
    only_irregular_form = true;
    for (const Irregular& i : irr->second)
      if (i.base == w) only_irregular_form = false;  // "cut", "read", "come"
  }
  if (!only_irregular_form) Add(out, w, Form::kBase);
  if (irr != irregular_.end())
    for (const Irregular& i : irr->second) Add(out, i.base, i.form);
  if (w.size() > kMaxAnalyzedBytes) return out->size();
  // Irregular verbs also take -s and -ing regularly ("holds", "holding"),
  // which the rules below find.
  size_t n = w.size();
  if (n >= 4 && EndsWith(w, "ies")) {
    std::string y(w.substr(0, n - 3));
    y.push_back('y');
    Add(out, y, Form::kS);  // carries -> carry
  }
  if (n >= 4 && EndsWith(w, "es")) Add(out, w.substr(0, n - 2), Form::kS);
  if (n >= 3 && EndsWith(w, "s") && !EndsWith(w, "ss"))
    Add(out, w.substr(0, n - 1), Form::kS);
  if (n >= 5 && EndsWith(w, "ied")) {
    std::string y(w.substr(0, n - 3));
    y.push_back('y');
    Add(out, y, Form::kPastParticiple);  // carried -> carry
  } else if (n >= 4 && EndsWith(w, "ed")) {
    AddRegularStems(w.substr(0, n - 2), Form::kPastParticiple, out);
  }
  if (n >= 5 && EndsWith(w, "ying") && !IsVowel(w[n - 5])) {
    std::string ie(w.substr(0, n - 4));
    ie += "ie";
    Add(out, ie, Form::kIng);  // lying -> lie
  }
  if (n >= 5 && EndsWith(w, "ing")) AddRegularStems(w.substr(0, n - 3), Form::kIng, out);
  return out->size();
}

bool Morphology::IsPassiveAuxiliary(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "be", "is", "are", "was", "were", "been", "being", "am", "'s", "get",
      "gets", "got", "gotten", "getting", "become", "became", "becomes"};
  static constexpr WordFilter kFilter = FilterOf(kWords);
  return InList(w, kWords, kFilter);
}

bool Morphology::IsLightVerb(std::string_view lemma) {
  static constexpr std::string_view kWords[] = {
      "launch", "carry", "conduct", "stage", "make", "pay", "hold", "mount",
      "begin", "continue", "resume", "step", "intensify", "escalate",
      "undertake", "perform", "execute", "order", "wage", "unleash",
      "deliver", "issue", "lodge", "file", "lead", "start", "renew",
      "organize", "organise", "call", "declare", "announce", "join",
      "speed", "accelerate", "hasten", "complete"};
  static constexpr WordFilter kFilter = FilterOf(kWords);
  return InList(lemma, kWords, kFilter);
}

bool Morphology::IsAdjectivalParticiple(std::string_view w, std::string_view next) {
  static constexpr std::string_view kWords[] = {"opposed", "committed", "dedicated",
                                                "determined", "resolved"};
  if (next != "to") return false;
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

bool Morphology::IsHave(std::string_view w) {
  return w == "have" || w == "has" || w == "had" || w == "having" || w == "'ve" ||
         w == "\u2019ve";
}

bool Morphology::IsDeterminer(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "the", "a", "an", "its", "their", "his", "her", "our", "this", "these",
      "those", "any", "no", "another", "every", "each", "such", "new",
      "fresh", "further", "recent", "latest", "first", "second", "planned",
      "proposed", "possible", "alleged", "joint", "official", "formal",
      "surprise", "rare", "historic", "separate", "several", "many", "more",
      "two", "three", "its", "my", "your"};
  static constexpr WordFilter kFilter = FilterOf(kWords);
  return InList(w, kWords, kFilter);
}

Voice Morphology::VoiceInContext(Form form, std::span<const std::string_view> left,
                                 std::string_view next) {
  if (IsParticiple(form)) {
    for (size_t k = left.size(); k-- > 0;) {
      std::string_view w = left[k];
      if (w == "been" || w == "being") return Voice::kPassive;
      if (IsPassiveAuxiliary(w)) return Voice::kPassive;
      if (IsHave(w)) return Voice::kActive;
      if (!IsSkippable(w)) break;
    }
    if (next == "by") return Voice::kPassive;
    if (form == Form::kParticiple) return Voice::kPassive;
    return Voice::kActive;
  }
  if (form == Form::kBase || form == Form::kS || form == Form::kIng) {
    if (!left.empty() && IsDeterminer(left.back())) return Voice::kNominal;
  }
  return Voice::kActive;
}

}  // namespace warta::lang::en
