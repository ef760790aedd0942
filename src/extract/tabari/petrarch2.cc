// PETRARCH2's mechanics over warta's shallow reading of a sentence, used
// when the dictionary has PETRARCH2's internal coding ontology.
//
// PETRARCH2 codes the verb phrase of a sentence's main clause from a
// constituency parse: a verb with an object codes (subject, object, code); a
// verb without one takes the events of the clauses it governs and combines
// them with its own code through the ontology (PETR.Internal.Coding.
// Ontology.txt: a CAMEO code as a sum of hexadecimal parts, "Appeal" 0x2000 +
// "Aid" 0x0040 = 0x2040 = 023 "appeal for aid"), and through the verb
// dictionary's transformations ("~ a (a b STRIKE) SAY = a b 015": a
// speaker's own strike is a claim of responsibility). warta has
// no parse: it finds the clauses by closed-class words. Each verb of the
// sentence is a node:
//
//   - its verb group: auxiliaries, "to", "not" and adverbs before it;
//   - the word that opens its clause (a marker: "that", "who", "as",
//     "and", a comma) and its subject (an actor phrase, a pronoun or any
//     noun phrase) between that word and the verb group;
//   - its relation to the verb before it: the main verb of the sentence or
//     of a coordinated clause, a complement ("said [he would attack]",
//     "wants [to help]", "asked [Westport to help]"), an adverbial clause
//     ("came [as Northmark announced ...]", ", [wounding] two"), a verb
//     conjoined to the one before ("shelled Westport and [seized] its port"), or a
//     verb that is not coded: of a relative clause, of a sentence-initial
//     adverbial clause, a participle or gerund inside a noun phrase ("crimes
//     [carried out] by ..."), a parenthetical ", aides [said],";
//   - its scope: the words up to the next verb's clause, where its object
//     and pattern words are looked for.
//
// Forms of BE and HAVE with no verb after them ("it has strong evidence",
// "he was not aware") are nodes without a code: they still make a clause.
//
// Patterns match as in PETRARCH2, where they name heads of phrases: words
// before '*' the head of the subject ("dozens of guards": dozens) or,
// for a passive verb, of its "by" phrase; words outside "(...)" the verb's
// object, before the first preposition after it; "(...)" a prepositional
// phrase. Longest patterns first; of equal ones the one nearer the verb, and
// at the same place the later one (PETRARCH2's pattern tree keeps the last).
// The head of an actor phrase a pattern matched is no target.
//
// The meaning of a node follows PETRARCH2's VerbPhrase.get_meaning():
//   - passive ("was burned by a mob", and a participle after its noun,
//     "there were guards wounded in Westport"): the actors after "by", "from" and
//     "in" act on the subject;
//   - an object: (subject, object, code), and the reverse event of a paired
//     code ("[175:145]");
//   - else the events of the clauses it governs: an event without a source
//     takes the verb's subject and the combined code; an event with a source
//     nests in (subject, event, code) and is resolved by the transformations
//     or, when the inner verb is not a top-level one (its code is below
//     0x1000), becomes (subject, inner source, combined code). A pronoun
//     subject is the governing clause's subject.
// "not" before a verb subtracts 0xFFFF (so "not provide aid" is 121). At the
// end, codes the ontology does not list are dropped, and so are nested events
// nothing resolved. Where warta departs from PETRARCH2's code, the comment
// says why: a rejecting verb adds to the one it governs (Combine), what one
// says one will do is an intent (transform), and a combined appeal, intent,
// demand or threat the ontology lacks takes its category's code
// (CategoryCode).
#include <algorithm>
#include <cctype>
#include <functional>
#include <memory>

#include "extract/tabari/coder.h"
#include "extract/tabari/coder_internal.h"

namespace warta::extract::tabari {

using namespace internal;  // NOLINT: helpers of this coder

using dict::tabari::EventCode;
using dict::tabari::Pattern;
using dict::tabari::PatternItem;
using dict::tabari::VerbForm;

namespace {

constexpr int kNegation = 0xFFFF;

bool IsSubordinator(std::string_view w) {
  return OneOf(w, {"AS", "WHEN", "WHILE", "AFTER", "BEFORE", "BECAUSE", "SINCE", "IF", "ALTHOUGH",
                   "THOUGH", "UNLESS", "WHEREAS", "UNTIL", "ONCE", "WHETHER"});
}

bool IsRelativeWord(std::string_view w) { return OneOf(w, {"WHO", "WHICH", "WHOM", "WHOSE", "WHERE"}); }

bool IsBe(std::string_view w) {
  return OneOf(w, {"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM"});
}

bool IsNegation(std::string_view w) {
  return w == "NOT" || w == "NEVER" || w == "CANNOT" ||
         (w.size() > 3 && w.compare(w.size() - 3, 3, "N'T") == 0);
}

bool IsAdverb(std::string_view w) {
  if (w.size() > 4 && w.compare(w.size() - 2, 2, "LY") == 0) return true;
  return OneOf(w, {"ALSO", "STILL", "JUST", "NOW", "THEN", "EVEN", "ALREADY", "AGAIN", "LATER", "SOON",
                   "YET", "ONLY", "FIRST", "NEVER", "NOT", "EVER"});
}

// Words of a verb group before the verb: "would not", "has already", "to".
bool IsVerbGroupWord(std::string_view w) {
  return IsAuxiliary(w) || IsBe(w) || IsNegation(w) || IsAdverb(w) || w == "TO" || w == "HAVING" ||
         w == "GOING";
}

bool IsMarker(std::string_view w) {
  return w == "THAT" || IsRelativeWord(w) || IsSubordinator(w) || w == "AND" || w == "OR" || w == "BUT" ||
         w == "NOR" || w == "," || w == ";" || w == ":" || w == "--";
}

// PETRARCH2's utilities.combine_code: the code of a verb (self) governing a
// verb (add).
int Combine(int self, int add) {
  if (add < 0) return add + self;
  // A rejecting verb over another ("declined to answer"): PETRARCH2 returns
  // the inner code here, dropping the rejection; the ontology means their
  // sum (-0xFFFF + 0x0070, "refuse material cooperation", is 121).
  if (self < 0) return self + add;
  if (self >= 0x1000 && add >= 0x1000) return add;  // both top-level: the inner one
  if (add >= self) return add;
  return self + add;
}

struct Actor2 {
  std::string code, rule;
};

// An event as PETRARCH2 builds it: a target or a nested event.
struct Ev {
  std::vector<Actor2> src;
  Actor2 tgt;                        // code "" for none
  bool passive_target = false;       // PETRARCH2's 'passive' placeholder
  std::shared_ptr<const Ev> lower;   // nested: the event this one governs
  int code = 0;
  // The code as the dictionary wrote it ("141", which the ontology reads
  // as 140), while the event's code is still cameo_code.
  std::string cameo;
  int cameo_code = -1;
  int node = -1;                     // whose verb is the evidence
  bool future = false;               // its verb had "will" or "would"
  std::string pattern_rule;
};

bool SameActors(const std::vector<Actor2>& a, const std::vector<Actor2>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].code != b[i].code) return false;
  }
  return true;
}

struct Node {
  int b = 0, e = 0;  // the verb's tokens
  int hit = -1;      // index into TabariScratch::verbs; -1 for BE/HAVE without a verb
  int pre = 0;       // first token of its verb group
  bool to = false, neg = false, be = false, aux = false, ing = false;
  bool future = false;  // "will", "would"
  int marker = -1;               // token that opened its clause
  int subj_b = -1, subj_e = -1;  // subject span
  int subj_group = -1;           // an actor phrase as subject
  bool pronoun = false;
  enum Rel { kMain, kConj, kComp, kAdjunct, kDropped } rel = kMain;
  int parent = -1;  // kComp/kAdjunct: the governing node; kConj: the node before
  int head = -1;    // kConj: first node of the conjunction
  int scope_e = 0;  // its object and pattern words lie in [e, scope_e)
  bool passive = false;
  bool relative = false;     // dropped as a relative clause
  bool transparent = false;  // dropped, but part of the phrase before it: ends no scope
  bool finite() const { return !to && (aux || !ing); }
  int clause_b() const { return marker >= 0 ? marker : subj_b >= 0 ? subj_b : pre; }
};

}  // namespace

TabariCoder::TabariCoder(const dict::tabari::TabariDictionary* dict) : dict_(dict) {
  if (!dict_->has_pico()) return;
  // Transformations name verbs ("SAY", "WILL_ATTACK"): their codes are the
  // sum of the verbs' codes, as PETRARCH2 reads them.
  auto verb_code = [&](const std::string& name, int* out) {
    *out = 0;
    size_t b = 0;
    while (b <= name.size()) {
      size_t e = name.find('_', b);
      std::string part = name.substr(b, e == std::string::npos ? std::string::npos : e - b);
      bool found = false;
      for (const auto& v : dict_->verbs()) {
        if (v.name != part) continue;
        int c = 0;
        if (!dict_->PicoOf(v.code.forward, &c)) return false;
        *out += c;
        found = true;
        break;
      }
      if (!found) return false;
      if (e == std::string::npos) break;
      b = e + 1;
    }
    return true;
  };
  for (const auto& t : dict_->transformations()) {
    Transform x;
    x.rule = &t;
    if (!verb_code(t.upper_verb, &x.upper)) continue;
    if (t.lower_verb == "Q") {
      x.lower_any = true;
    } else if (!verb_code(t.lower_verb, &x.lower)) {
      continue;
    }
    transforms_.push_back(x);
  }
}

bool TabariCoder::CodePetrarch2(const CoderOptions& opts, TabariScratch* s, std::vector<CodedEvent>* out) const {
  const auto& toks = s->toks;
  const int n = static_cast<int>(toks.size());
  const auto& verbs = s->verbs;

  // 1. Nodes: the verbs, and BE/HAVE standing alone.
  std::vector<Node> nodes;
  std::vector<bool> in_verb(n + 1, false);
  for (size_t h = 0; h < verbs.size(); ++h) {
    for (int i = verbs[h].b; i < verbs[h].e; ++i) in_verb[i] = true;
  }
  size_t next_hit = 0;
  for (int i = 0; i < n; ++i) {
    if (next_hit < verbs.size() && verbs[next_hit].b == i) {
      Node nd;
      nd.b = verbs[next_hit].b;
      nd.e = verbs[next_hit].e;
      nd.hit = static_cast<int>(next_hit);
      nodes.push_back(nd);
      i = nd.e - 1;
      ++next_hit;
      continue;
    }
    const Tok& t = toks[i];
    if (!t.word || s->in_group[i] >= 0 || in_verb[i]) continue;
    if (!OneOf(t.up, {"IS", "ARE", "WAS", "WERE", "AM", "HAS", "HAVE", "HAD"})) continue;
    if (i > 0 && toks[i - 1].up == "THERE") continue;  // existential: the verb after it counts
    // An auxiliary: a verb follows its group.
    int j = i + 1;
    while (j < n && toks[j].word && s->in_group[j] < 0 && !in_verb[j] && IsVerbGroupWord(toks[j].up)) ++j;
    if (j < n && in_verb[j]) continue;
    Node nd;
    nd.b = i;
    nd.e = i + 1;
    nodes.push_back(nd);
  }
  if (nodes.empty()) return true;
  const int nn = static_cast<int>(nodes.size());

  // 2. Verb groups.
  for (int k = 0; k < nn; ++k) {
    Node& nd = nodes[k];
    int floor = k > 0 ? nodes[k - 1].e : 0;
    int j = nd.b - 1;
    while (j >= floor && toks[j].word && s->in_group[j] < 0 && IsVerbGroupWord(toks[j].up)) --j;
    nd.pre = j + 1;
    for (int i = nd.pre; i < nd.b; ++i) {
      const std::string& w = toks[i].up;
      if (w == "TO") {
        nd.to = true;
        nd.be = false;  // "is to visit": no passive
        continue;
      }
      if (IsNegation(w)) nd.neg = true;
      if (OneOf(w, {"WILL", "WOULD", "SHALL", "'LL"})) nd.future = true;
      if (IsBe(w)) nd.be = true;
      if (IsAuxiliary(w) && !IsAdverb(w)) nd.aux = true;
    }
    const std::string& head = toks[nd.hit >= 0 ? nd.b + dict_->verb_forms()[verbs[nd.hit].form].head : nd.b].up;
    nd.ing = EndsWith(head, "ING");
    nd.passive = nd.hit >= 0 && nd.be && !nd.ing;
  }

  // 3. Clauses: the marker and subject of each node, and its relation to the
  // node before it.
  auto group_in = [&](int b, int e) {
    for (int i = b; i < e; ++i) {
      if (s->group_start[i] >= 0 && s->groups[s->group_start[i]].e <= e) return s->group_start[i];
    }
    return -1;
  };
  auto past_form = [&](const Node& nd) {
    const std::string& w = toks[nd.e - 1].up;
    return EndsWith(w, "ED") || EndsWith(w, "EN") || EndsWith(w, "WN");
  };
  // Verbs that take a clause without "that": "said he would", "believes
  // Westport has".
  auto TakesClause = [&](const Node& v) {
    if (v.hit < 0) return false;
    const auto& verb = dict_->verbs()[dict_->verb_forms()[verbs[v.hit].form].verb];
    int c = 0;
    if (dict_->PicoOf(verb.code.forward, &c) && c >= 0x1000 && c < 0x2000) return true;  // say
    return OneOf(verb.name, {"SAY", "TELL", "CLAIM", "ALLEGE", "ANNOUNCE", "BELIEVE", "THINK", "KNOW", "DENY",
                             "HOPE", "FEAR", "EXPECT", "ADMIT", "WARN", "INSIST", "ARGUE", "SUGGEST", "REPORT",
                             "STATE", "DECLARE", "CONFIRM", "ACKNOWLEDGE", "ASSERT", "PROMISE", "VOW",
                             "INDICATE", "REVEAL", "NOTE", "ADD", "EXPLAIN", "CONCLUDE", "REITERATE", "DECIDE",
                             "ESTIMATE", "PREDICT", "SUSPECT", "UNDERSTAND", "FEEL", "RECALL", "WANT", "ASSUME",
                             "AGREE"});
  };
  int main_node = -1;  // the main verb of the clause being read
  for (int k = 0; k < nn; ++k) {
    Node& nd = nodes[k];
    int floor = k > 0 ? nodes[k - 1].e : 0;
    for (int j = nd.pre - 1; j >= floor; --j) {
      if (s->in_group[j] >= 0) continue;
      if (IsMarker(toks[j].up)) {
        nd.marker = j;
        break;
      }
    }
    int span_b = nd.marker >= 0 ? nd.marker + 1 : floor;
    if (span_b < nd.pre) {
      nd.subj_b = span_b;
      nd.subj_e = nd.pre;
      if (nd.pre - span_b == 1 && IsPronoun(toks[span_b].up)) nd.pronoun = true;
      nd.subj_group = group_in(span_b, nd.pre);
    }
    const std::string marker = nd.marker >= 0 ? toks[nd.marker].up : std::string();
    Node* prev = k > 0 ? &nodes[k - 1] : nullptr;
    int last_live = -1;  // the nearest node before that is coded
    for (int j = k - 1; j >= 0 && last_live < 0; --j) {
      if (nodes[j].rel != Node::kDropped) last_live = j;
    }
    bool has_subject = true;  // whether the span before the verb is its subject
    auto conj_to = [&](int p) {
      nd.rel = Node::kConj;
      nd.parent = p;
      nd.head = nodes[p].rel == Node::kConj ? nodes[p].head : p;
      has_subject = false;
    };
    auto dropped = [&](bool keep_subject) {
      nd.rel = Node::kDropped;
      has_subject = keep_subject;
    };
    // A participle or gerund inside the phrase before it ("raids
    // carried out by border units"): its words belong to that phrase.
    auto inside = [&]() {
      dropped(false);
      nd.transparent = true;
    };
    bool span_starts_with_prep = nd.subj_b >= 0 && IsPreposition(toks[nd.subj_b].up);
    bool span_ends_with_prep = nd.subj_b >= 0 && IsPreposition(toks[nd.subj_e - 1].up);
    if (!prev && marker == "," && (nd.subj_b < 0 || nd.subj_group < 0) && nd.finite() &&
        !IsSubordinator(toks[0].up) && !IsPreposition(toks[0].up)) {
      // "Westport's mayor, Ann Lee, opened ...": a name in apposition;
      // the subject starts the sentence.
      nd.marker = -1;
      nd.subj_b = 0;
      nd.subj_e = nd.pre;
      nd.pronoun = false;
      nd.subj_group = group_in(0, nd.pre);
    }
    const bool participle_by = !nd.aux && past_form(nd) && nd.e < n && toks[nd.e].up == "BY";
    // "The visit of X, who had been ill, came as ...": the verb after
    // a relative clause between commas is that of the noun before it.
    int relative_marker = -1;
    for (int j = k - 1; j >= 0 && prev && prev->rel == Node::kDropped; --j) {
      if (nodes[j].relative) { relative_marker = nodes[j].marker; break; }
      if (nodes[j].rel != Node::kDropped) break;
    }
    if (relative_marker >= 0 && marker == "," && nd.subj_b < 0 && nd.finite() && !nd.ing &&
        (main_node < 0 || main_node < k)) {
      int b = 0;
      for (int i = relative_marker - 1; i >= 0; --i) {
        if (toks[i].up == ";" || (main_node >= 0 && i < nodes[main_node].e)) { b = i + 1; break; }
      }
      if (relative_marker > b && toks[relative_marker - 1].up == ",") {
        nd.marker = -1;
        nd.subj_b = b;
        nd.subj_e = nd.pre;
        nd.subj_group = group_in(b, relative_marker);
        nd.rel = Node::kMain;
        main_node = k;
        continue;
      }
    }
    if (!prev || main_node < 0) {
      // The first clause: an opening adverbial clause ("Before flying to
      // Westport, ...") is not coded.
      bool opening = (nd.marker >= 0 && (IsSubordinator(marker) || IsRelativeWord(marker) || marker == "THAT")) ||
                     (nd.marker < 0 && nd.pre == 0 && nd.ing) ||
                     (nd.subj_b == 0 && (IsSubordinator(toks[0].up) || IsPreposition(toks[0].up)) && nd.ing);
      if (nd.marker >= 0 && !opening && (marker == "," || marker == ";") && nd.subj_b < 0) opening = true;
      if (opening || (prev && prev->rel == Node::kDropped && nd.subj_b < 0)) {
        dropped(true);
        nd.relative = nd.marker >= 0 && IsRelativeWord(marker);
      } else {
        nd.rel = Node::kMain;
        main_node = k;
      }
    } else if (IsRelativeWord(marker) || (marker == "THAT" && nd.subj_b < 0)) {
      dropped(true);  // a relative clause
      nd.relative = true;
    } else if (marker == "THAT") {
      // "claimed that ...": a complement when "that" follows the verb (and
      // its adverbs or a time word); after a noun it is the noun's.
      bool right_after = true;
      for (int i = prev->e; i < nd.marker; ++i) {
        const std::string& w = toks[i].up;
        if (!(IsAdverb(w) || OneOf(w, {"ON", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                                        "SATURDAY", "SUNDAY", "TODAY", "YESTERDAY"}))) {
          right_after = false;
        }
      }
      if (right_after && prev->rel != Node::kDropped) {
        nd.rel = Node::kComp;
        nd.parent = k - 1;
      } else {
        dropped(true);
        nd.relative = true;
      }
    } else if (IsSubordinator(marker)) {
      nd.rel = Node::kAdjunct;  // "came as Northmark announced ..."
      nd.parent = main_node;
    } else if (nd.marker >= 0) {
      // "and", "but", a comma, ';'.
      bool subject = nd.subj_b >= 0 && !span_starts_with_prep;
      // ", aides said, ...": a parenthetical remark.
      int after = nd.e;
      while (after < n && (IsAdverb(toks[after].up) ||
                           OneOf(toks[after].up, {"ON", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                                                  "SATURDAY", "SUNDAY", "TODAY", "YESTERDAY"}))) {
        ++after;
      }
      bool parenthetical = marker == "," && subject && nd.finite() && TakesClause(nd) && after < n &&
                           toks[after].up == ",";
      if (parenthetical) {
        inside();
      } else if (subject && nd.finite()) {
        nd.rel = Node::kMain;  // a coordinated clause
        main_node = k;
      } else if (marker == "," && past_form(nd) && !nd.aux && !nd.ing) {
        inside();  // ", expected to be joined by ...": about the noun before it
      } else if (marker == "," && nd.ing && !nd.aux && last_live >= 0) {
        // ", killing eight people": about the verb before it.
        nd.rel = Node::kAdjunct;
        nd.parent = last_live;
        has_subject = false;
      } else if (prev->rel == Node::kDropped) {
        dropped(false);
      } else {
        conj_to(k - 1);
      }
    } else if (prev->rel == Node::kDropped) {
      if (prev->relative && nd.finite() && !nd.ing && nd.subj_b >= 0) {
        // After a relative clause: the verb of the clause its noun is in.
        nd.rel = Node::kMain;
        main_node = k;
        nd.subj_b = 0;
        for (int i = nd.pre - 1; i >= 0; --i) {
          if (toks[i].up == ";") { nd.subj_b = i + 1; break; }
        }
        nd.subj_group = group_in(nd.subj_b, nd.pre);
      } else if (prev->transparent) {
        inside();
      } else {
        dropped(false);
      }
    } else if (span_ends_with_prep && nd.ing) {
      inside();  // a gerund after a preposition: "accused X of making ..."
    } else if (participle_by) {
      inside();  // "a dinner given by the envoy"
    } else if (nd.to) {
      // "wants to help", "asked Westport to help": the words before "to" are
      // the subject when they are one actor phrase right after the verb.
      nd.rel = Node::kComp;
      nd.parent = k - 1;
      bool object_subject = nd.subj_group >= 0 && !span_starts_with_prep &&
                            s->groups[nd.subj_group].e == nd.pre;
      for (int i = nd.subj_b; object_subject && i < s->groups[nd.subj_group].b; ++i) {
        if (!IsDeterminer(toks[i].up)) object_subject = false;
      }
      has_subject = object_subject;
    } else if (nd.ing && !nd.aux) {
      nd.rel = Node::kAdjunct;  // a participle: "bombarded X killing Y"
      nd.parent = k - 1;
      has_subject = false;
    } else if (nd.subj_b >= 0 && !nd.aux && past_form(nd) && span_starts_with_prep) {
      // "a shell [launched by militias]": a participle after its noun.
      inside();
    } else if (nd.subj_b >= 0 && !span_starts_with_prep) {
      // A verb with a subject right after another verb.
      // (or, at the start, "Newly appointed Prime Minister X has ...").
      bool participle = prev->rel == Node::kMain && !prev->aux && !prev->to && prev->hit >= 0 &&
                        past_form(*prev) && !prev->pronoun &&
                        ((prev->subj_b >= 0 && prev->subj_group < 0) || (prev->subj_b < 0 && prev->marker < 0));
      if (participle) {
        // "A study published Monday in Westport claimed ...": the first verb
        // is a participle in the subject of the second.
        nd.rel = Node::kMain;
        main_node = k;
        prev->rel = Node::kDropped;
        nd.subj_b = prev->subj_b >= 0 ? prev->subj_b : prev->pre;
        nd.subj_group = group_in(nd.subj_b, nd.pre);
        nd.pronoun = false;
        prev->subj_b = prev->subj_e = -1;
      } else if (TakesClause(*prev)) {
        nd.rel = Node::kComp;  // "said he would ...", "said the plan gained ..."
        nd.parent = k - 1;
      } else if (past_form(nd) && !nd.aux) {
        inside();  // "halted a scheme for Westport meant for ..."
      } else {
        conj_to(k - 1);
      }
    } else {
      conj_to(k - 1);
    }
    if (nd.rel == Node::kComp || nd.rel == Node::kAdjunct) {
      if (nd.parent < 0 || nodes[nd.parent].rel == Node::kDropped) dropped(has_subject);
    }
    if (nd.rel == Node::kConj && nodes[nd.head].rel == Node::kDropped) dropped(false);
    if (!has_subject) {
      // The words before it belong to the verb before: they end no scope.
      nd.subj_b = nd.subj_e = -1;
      nd.subj_group = -1;
      nd.pronoun = false;
    }
  }
  // Passive participles after their noun: "there were guards wounded in
  // Westport", "the depot burned by a mob".
  for (int k = 0; k < nn; ++k) {
    Node& nd = nodes[k];
    if (nd.passive || nd.hit < 0 || nd.aux || nd.to || nd.ing || nd.pre != nd.b || !past_form(nd)) continue;
    if (nd.subj_group < 0 || s->groups[nd.subj_group].e != nd.pre) continue;
    bool existential = false;
    for (int i = nd.subj_b; i + 1 < s->groups[nd.subj_group].b && !existential; ++i) {
      existential = toks[i].up == "THERE" && IsBe(toks[i + 1].up);
    }
    bool by = nd.e < n && toks[nd.e].up == "BY";
    if (existential || by) nd.passive = true;
  }
  // The head of each subject, where PETRARCH2 matches a pattern's words
  // before '*': "Dozens of border guards" is about "Dozens". A verb without
  // a subject uses the one it is conjoined to or governed by ("A wants to
  // help B": A).
  std::vector<int> subj_head(nn, -1);
  for (int k = 0; k < nn; ++k) {
    const Node& nd = nodes[k];
    if (nd.subj_b >= 0) {
      int h = nd.subj_e - 1;
      for (int i = nd.subj_b + 1; i < nd.subj_e; ++i) {
        if (s->in_group[i] < 0 && IsPreposition(toks[i].up)) { h = i - 1; break; }
      }
      while (h > nd.subj_b && !toks[h].word) --h;
      subj_head[k] = h;
    } else if (nd.rel == Node::kConj && nd.head >= 0) {
      subj_head[k] = subj_head[nd.head];
    } else if (nd.rel == Node::kComp && nd.to && nd.parent >= 0) {
      subj_head[k] = subj_head[nd.parent];
    }
  }
  // Scopes.
  for (int k = 0; k < nn; ++k) {
    Node& nd = nodes[k];
    int next = k + 1;
    while (next < nn && nodes[next].transparent) ++next;
    nd.scope_e = next < nn ? nodes[next].clause_b() : n;
    for (int i = nd.e; i < nd.scope_e; ++i) {
      if (toks[i].up == ";" ||
          (toks[i].up == "," && i + 1 < n && EndsWith(toks[i + 1].up, "ING") && s->in_group[i + 1] < 0)) {
        nd.scope_e = i;
        break;
      }
    }
    if (nd.scope_e < nd.e) nd.scope_e = nd.e;
  }

  // 4. Each node's code: its verb's patterns, in its scope.
  struct Coded {
    int code = 0, reverse = 0;
    bool has_reverse = false;
    bool forced_passive = false;  // "[:050]": only a passive code
    int target = -1, source = -1, compound = -1;  // groups a pattern named
    Binding bind;  // what the pattern matched (its words are no object)
    bool matched = false;
    std::string cameo, cameo_reverse;  // the codes as written
    std::string verb_rule, pattern_rule;
  };
  std::vector<Coded> coded(nn);
  auto prep_group = [&](int b, int e, std::initializer_list<std::string_view> preps, bool far) {
    // The actor phrase after one of `preps` in [b, e) (for "by", anywhere
    // after it: "by a shell said to be launched by militias").
    std::vector<int> out;
    for (int i = b; i < e; ++i) {
      if (!OneOf(toks[i].up, preps) || s->in_group[i] >= 0) continue;
      int last = far ? n : std::min(e, i + 5);
      for (int j = i + 1; j < last; ++j) {
        if (s->group_start[j] >= 0) {
          out.push_back(s->group_start[j]);
          break;
        }
        if (toks[j].up == ";" || (!far && (!toks[j].word || IsPreposition(toks[j].up)))) break;
      }
    }
    return out;
  };
  for (int k = 0; k < nn; ++k) {
    Node& nd = nodes[k];
    Coded& cd = coded[k];
    if (nd.hit < 0 || nd.rel == Node::kDropped) continue;
    const auto& h = verbs[nd.hit];
    const VerbForm& f = dict_->verb_forms()[h.form];
    const auto& verb = dict_->verbs()[f.verb];
    const auto& block = dict_->blocks()[verb.block];
    cd.verb_rule = dict_->Where(verb.origin);
    int by = -1;
    for (int i = nd.e; i < nd.scope_e && by < 0; ++i) {
      if (toks[i].up == "BY" || toks[i].up == "FROM") by = i;
    }
    // The head of the "by" phrase of a passive verb.
    int by_head = -1;
    for (int i = by + 1; by >= 0 && i < n; ++i) {
      if (!toks[i].word || in_verb[i] || (s->in_group[i] < 0 && (IsPreposition(toks[i].up) ||
                                                                   IsMarker(toks[i].up)))) {
        break;
      }
      by_head = i;
    }
    // The verb's object ends at the first preposition after it.
    int object_limit = nd.scope_e;
    for (int i = nd.e; i < nd.scope_e; ++i) {
      const std::string& w = toks[i].up;
      if (s->in_group[i] >= 0 || !IsPreposition(w) || w == "OF") continue;  // "part of the program"
      // "over 40 detainees": a number's, not a preposition.
      if (OneOf(w, {"OVER", "ABOUT", "AROUND", "UNDER"}) && i + 1 < n &&
          (std::isdigit(static_cast<unsigned char>(toks[i + 1].up[0])) ||
           OneOf(toks[i + 1].up, {"TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN",
                                  "DOZEN", "HUNDRED", "THOUSAND", "A"}))) {
        continue;
      }
      object_limit = i;
      break;
    }
    // Where a match lies: its words after the verb, nearest first.
    auto first_mark = [&](const Binding& b) {
      int best = 1 << 30;
      for (int i = 0; i < b.marks; ++i) {
        if (b.mark_b[i] >= h.e) best = std::min(best, b.mark_b[i]);
      }
      return best;
    };
    const Pattern* matched = nullptr;
    Binding bind;
    // Patterns are tried longest first; of matching ones of equal length the
    // later one wins, as in PETRARCH2's pattern tree, where "- ROCKET *"
    // overwrites the "ROCKET" of an earlier "- &ARMS *".
    for (const Pattern& p : block.patterns) {
      if (p.petrarch2_never) continue;
      if (matched && p.length < matched->length) break;
      Binding b;
      b.limit = nd.scope_e;
      b.floor = nd.subj_b >= 0 ? nd.subj_b : nd.pre;
      b.object_limit = object_limit;
      bool ok = false;
      if (nd.passive) {
        // PETRARCH2 matches the words before '*' of a passive verb's pattern
        // against the head of its "by" phrase.
        if (!p.lower.empty() && by_head >= 0) {
          b.floor = by + 1;
          ok = p.upper.empty() && MatchItemsBackward(p.lower, p.lower.size(), by_head, false, *s, &b);
        } else if (p.lower.empty()) {
          ok = MatchItemsForward(p.upper, 0, h.e, !p.verb_adjacent_upper, *s, &b);
        }
      } else if (!p.lower.empty()) {
        ok = subj_head[k] >= 0 &&
             MatchItemsBackward(p.lower, p.lower.size(), subj_head[k], false, *s, &b) &&
             MatchItemsForward(p.upper, 0, h.e, !p.verb_adjacent_upper, *s, &b);
      } else {
        ok = MatchItemsForward(p.upper, 0, h.e, !p.verb_adjacent_upper, *s, &b);
      }
      // Of equal matches, the one nearer the verb; at the same place the
      // later one.
      if (ok && (!matched || first_mark(b) <= first_mark(bind))) {
        matched = &p;
        bind = b;
      }
    }
    EventCode code = matched ? matched->code : verb.code;
    if (code.discard) return false;
    if (matched) {
      cd.pattern_rule = dict_->Where(matched->origin);
      cd.target = bind.target;
      cd.source = bind.source;
      cd.compound = bind.compound;
      cd.bind = bind;
      cd.matched = !nd.passive;
    }
    cd.cameo = code.forward;
    cd.cameo_reverse = code.reverse;
    int c = 0;
    if (!code.forward.empty() && !dict_->PicoOf(code.forward, &c)) c = 0;
    cd.code = c;
    if (!code.reverse.empty() && dict_->PicoOf(code.reverse, &cd.reverse)) {
      cd.has_reverse = true;
      if (code.forward.empty()) {
        // PETRARCH2: a verb with only a passive code is read as passive.
        cd.forced_passive = true;
        cd.code = cd.reverse;
        cd.cameo = cd.cameo_reverse;
        cd.has_reverse = false;
      }
    }
  }

  // 5. Meanings, from the governed clauses up.
  auto actors_of = [&](int g) {
    std::vector<Actor2> v;
    if (g < 0) return v;
    for (int k : s->groups[g].nps) {
      for (const std::string& c : s->nps[k].codes) v.push_back({c, s->nps[k].rule});
    }
    return v;
  };
  std::vector<std::vector<int>> children(nn);  // comp/adjunct chains (their heads)
  std::vector<std::vector<int>> members(nn);   // a conjunction's nodes, by head
  for (int k = 0; k < nn; ++k) {
    const Node& nd = nodes[k];
    if (nd.rel == Node::kDropped) continue;
    if (nd.rel == Node::kConj) {
      members[nd.head].push_back(k);
      continue;
    }
    members[k].insert(members[k].begin(), k);
    if (nd.rel == Node::kComp || nd.rel == Node::kAdjunct) {
      int p = nd.parent;
      children[p].push_back(k);
    }
  }
  std::vector<int> conj_head(nn);
  for (int k = 0; k < nn; ++k) conj_head[k] = nodes[k].rel == Node::kConj ? nodes[k].head : k;

  std::vector<std::vector<Actor2>> up_cache(nn);
  std::vector<bool> up_done(nn, false);
  std::function<const std::vector<Actor2>&(int)> up_of = [&](int k) -> const std::vector<Actor2>& {
    if (up_done[k]) return up_cache[k];
    up_done[k] = true;
    const Node& nd = nodes[conj_head[k]];
    std::vector<Actor2> v;
    if (coded[k].source >= 0) {
      v = actors_of(coded[k].source);
    } else if (nd.subj_group >= 0) {
      v = actors_of(nd.subj_group);
    } else if (nd.pronoun && nd.parent >= 0 && (nd.rel == Node::kComp || nd.rel == Node::kAdjunct)) {
      v = up_of(nd.parent);  // "Northmark said it ...": the governing clause's subject
    }
    up_cache[k] = std::move(v);
    return up_cache[k];
  };

  // PETRARCH2's match_transform for an event (a, (b, t, c2), c1).
  auto transform = [&](const Ev& e, std::vector<Ev>* res) {
    const Ev& lo = *e.lower;
    if (e.src.empty()) return false;
    auto masks = [](int c) {
      return std::vector<int>{c, c - c % 0x10, c - c % 0x100, c - c % 0x1000};
    };
    // The most specific upper code the transformations know.
    int upper = 0;
    bool found = false;
    for (int m : masks(e.code)) {
      for (const Transform& t : transforms_) {
        if (t.upper == m) { upper = m; found = true; break; }
      }
      if (found) break;
    }
    if (found) {
      int lower = 0;
      bool lower_found = false;
      for (int m : masks(lo.code)) {
        for (const Transform& t : transforms_) {
          if (t.upper == upper && !t.lower_any && t.lower == m) { lower = m; lower_found = true; break; }
        }
        if (lower_found) break;
      }
      for (const Transform& t : transforms_) {
        if (t.upper != upper) continue;
        if (lower_found ? (t.lower_any || t.lower != lower) : !t.lower_any) continue;
        const auto& r = *t.rule;
        // The inner source: the outer one, none, or another actor.
        if (SameActors(lo.src, e.src)) {
          if (r.lower_source != r.upper_source) continue;
        } else if (lo.src.empty()) {
          if (r.lower_source != "_") continue;
        } else if (r.lower_source == r.upper_source || r.lower_source == "_" || r.lower_source == ".") {
          continue;
        }
        bool has_target = !lo.tgt.code.empty();
        if (r.lower_target != "." && !has_target) continue;
        auto value = [&](const std::string& var) -> std::vector<Actor2> {
          if (var == r.upper_source) return e.src;
          if (var == r.lower_source) return lo.src;
          if (var == r.lower_target && has_target) return {lo.tgt};
          return {};
        };
        std::vector<Actor2> src = value(r.out_source), tgt = value(r.out_target);
        int code = 0;
        if (r.out_code == "Q") {
          code = lo.code;
          // "Northmark announced it would free the detainees": what one says one
          // will do is an intent (0x3000), CAMEO's 03x; PETRARCH2's
          // dictionary had WILL and WOULD as [030] verbs for this until 2019.
          if (!lower_found && lo.future && e.code >= 0x1000 && e.code < 0x2000 && lo.code >= 0 &&
              lo.code < 0x1000) {
            code = 0x3000 + lo.code;
          }
        } else if (!dict_->PicoOf(r.out_code, &code)) {
          continue;
        }
        for (const Actor2& t2 : tgt) {
          Ev x;
          x.src = src;
          x.tgt = t2;
          x.code = code;
          if (r.out_code == "Q") {
            x.cameo = lo.cameo;
            x.cameo_code = lo.cameo_code;
          } else {
            x.cameo = r.out_code;
            x.cameo_code = code;
          }
          x.node = lo.node;
          x.pattern_rule = dict_->Where(r.origin);
          res->push_back(std::move(x));
        }
        return true;
      }
    }
    // "a (b . Q) P" with Q not a top-level verb: a -> b, P + Q.
    if (e.code != 0 && !lo.src.empty() && lo.code >= 0 && lo.code < 0x1000) {
      for (const Actor2& b : lo.src) {
        Ev x;
        x.src = e.src;
        x.tgt = b;
        x.code = Combine(e.code, lo.code);
        if (x.code == lo.code) {
          x.cameo = lo.cameo;
          x.cameo_code = lo.cameo_code;
        } else if (x.code == e.code) {
          x.cameo = e.cameo;
          x.cameo_code = e.cameo_code;
        }
        x.node = lo.node;
        x.pattern_rule = lo.pattern_rule;
        res->push_back(std::move(x));
      }
      return true;
    }
    return false;
  };

  std::vector<std::vector<Ev>> memo(nn);
  std::vector<bool> done(nn, false);
  std::function<const std::vector<Ev>&(int)> meaning = [&](int k) -> const std::vector<Ev>& {
    if (done[k]) return memo[k];
    done[k] = true;
    std::vector<Ev> events;
    const Node& nd = nodes[k];
    const Coded& cd = coded[k];
    const std::vector<Actor2>& up = up_of(k);
    int c = cd.code;
    auto make = [&](std::vector<Actor2> src, Actor2 tgt, int code) {
      Ev e;
      e.src = std::move(src);
      e.tgt = std::move(tgt);
      e.code = code;
      e.cameo = code == cd.code ? cd.cameo : code == cd.reverse ? cd.cameo_reverse : std::string();
      e.cameo_code = code;
      e.node = k;
      e.future = nd.future;
      e.pattern_rule = cd.pattern_rule;
      return e;
    };
    if (cd.compound >= 0) {
      // '%': the compound's actors with each other.
      const auto& g = s->groups[cd.compound];
      for (int a : g.nps) {
        for (int b : g.nps) {
          if (a == b || (cd.has_reverse && b < a)) continue;
          for (const std::string& x : s->nps[a].codes) {
            for (const std::string& y : s->nps[b].codes) {
              events.push_back(make({{x, s->nps[a].rule}}, {y, s->nps[b].rule}, c));
              if (cd.has_reverse) events.push_back(make({{y, s->nps[b].rule}}, {x, s->nps[a].rule}, cd.reverse));
            }
          }
        }
      }
      memo[k] = std::move(events);
      return memo[k];
    }
    if (nd.passive || cd.forced_passive) {
      std::vector<Actor2> sources;
      for (int g : prep_group(nd.e, nd.scope_e, {"BY"}, true)) {
        for (auto& a : actors_of(g)) sources.push_back(a);
        break;
      }
      for (int g : prep_group(nd.e, nd.scope_e, {"FROM", "IN"}, false)) {
        for (auto& a : actors_of(g)) sources.push_back(a);
      }
      std::vector<Actor2> targets = up;
      if (cd.target >= 0) targets = actors_of(cd.target);
      if (targets.empty()) {
        for (int g : prep_group(nd.e, nd.scope_e, {"AT", "AGAINST", "INTO", "TOWARDS", "TOWARD"}, false)) {
          for (auto& a : actors_of(g)) targets.push_back(a);
        }
      }
      if (!sources.empty() || c != 0) {
        Ev e = make(sources, targets.empty() ? Actor2() : targets[0], c);
        e.passive_target = targets.empty();
        events.push_back(std::move(e));
        memo[k] = std::move(events);
        return memo[k];
      }
    }
    // Its object: the first actor phrase in its scope that its pattern's
    // words do not cover.
    int tgt = cd.target;
    for (int i = nd.e; tgt < 0 && i < nd.scope_e; ++i) {
      int g = s->group_start[i];
      if (g < 0 || s->groups[g].e > nd.scope_e) continue;
      // PETRARCH2 colours the head of a phrase its pattern matched.
      if (cd.matched && cd.bind.Marked(s->groups[g].e - 1, s->groups[g].e)) continue;
      // "lent its guards to Westport": the subject's own people are no
      // target.
      const auto& gr = s->groups[g];
      if (gr.nps.size() == 1 && s->nps[gr.nps[0]].bases.empty() && gr.b > 0 &&
          OneOf(toks[gr.b - 1].up, {"ITS", "THEIR", "HIS", "HER", "OUR"})) {
        continue;
      }
      tgt = g;
    }
    std::vector<Actor2> tgt_actors = actors_of(tgt);
    if (tgt >= 0 && s->groups[tgt].nps.size() == 1 && s->nps[s->groups[tgt].nps[0]].bases.empty()) {
      // "a police training scheme for Westport": an agent takes the actor of its
      // phrase's prepositional phrase, as PETRARCH2's noun phrases do.
      const std::string& agent = s->nps[s->groups[tgt].nps[0]].agent_only;
      bool prep = false;
      for (int i = s->groups[tgt].e; i < nd.scope_e; ++i) {
        int g = s->group_start[i];
        if (g >= 0 && prep) {
          if (s->groups[g].e > nd.scope_e) break;
          std::vector<Actor2> v;
          for (int np : s->groups[g].nps) {
            for (const std::string& b : s->nps[np].bases) {
              std::string c = b;
              AppendAgent(&c, agent);
              v.push_back({c, s->nps[np].rule});
            }
          }
          if (!v.empty()) tgt_actors = std::move(v);
          break;
        }
        const std::string& w = toks[i].up;
        if (!toks[i].word || g >= 0 || in_verb[i] || OneOf(w, {"AND", "OR", "BUT", "THAT", "WHICH", "WHO"})) break;
        if (OneOf(w, {"OF", "FOR", "IN", "FROM"})) prep = true;
      }
    }
    if (tgt >= 0) {
      for (const Actor2& t : tgt_actors) {
        events.push_back(make(up, t, c));
        if (cd.has_reverse) {
          for (const Actor2& u : up) events.push_back(make({t}, u, cd.reverse));
        }
      }
    } else {
      std::vector<Ev> lower;
      for (int ch : children[k]) {
        for (int m : members[ch]) {
          for (const Ev& e : meaning(m)) lower.push_back(e);
        }
      }
      if (children[k].empty()) {
        if (!up.empty() || c != 0) events.push_back(make(up, Actor2(), c));
      }
      for (const Ev& ev : lower) {
        // PETRARCH2 skips events with neither a target nor a code; one with
        // a source still says whom the clause is about ("claimed that
        // Westport knew").
        if (ev.src.empty() && ev.tgt.code.empty() && !ev.passive_target && !ev.lower && ev.code == 0) continue;
        if (up.empty() && c == 0) {
          events.push_back(ev);
        } else if (ev.passive_target) {
          int code = Combine(c, ev.code);
          auto upper_cameo = [&](Ev* x) {
            if (code == c && code != ev.code) {
              x->cameo = cd.cameo;
              x->cameo_code = c;
            }
          };
          if (up.empty()) {
            Ev x = ev;
            x.code = code;
            upper_cameo(&x);
            events.push_back(std::move(x));
          } else {
            for (const Actor2& u : up) {
              Ev x = ev;
              x.tgt = u;
              x.passive_target = false;
              x.code = code;
              upper_cameo(&x);
              events.push_back(std::move(x));
            }
          }
        } else if (!ev.src.empty() || ev.lower) {
          Ev x = make(up, Actor2(), c);
          x.lower = std::make_shared<Ev>(ev);
          events.push_back(std::move(x));
        } else {
          Ev x = ev;
          x.src = up;
          x.code = Combine(c, ev.code);
          if (x.code == c && x.code != ev.code) {
            x.cameo = cd.cameo;
            x.cameo_code = c;
          }
          events.push_back(std::move(x));
        }
      }
    }
    if (nd.neg) {
      for (Ev& e : events) e.code -= kNegation;
    }
    std::vector<Ev> res;
    for (Ev& e : events) {
      if (e.lower && transform(e, &res)) continue;
      res.push_back(std::move(e));
    }
    memo[k] = std::move(res);
    return memo[k];
  };

  // A combined code the ontology does not list, in the appeal, intend,
  // demand and threaten categories: the category's code "not specified
  // below" (threaten 0x6000 + material cooperation 0x0070 is 130).
  auto CategoryCode = [&](int code) -> std::string {
    int top = code & 0xF000;
    if (code >= 0x10000 || !(top == 0x2000 || top == 0x3000 || top == 0x4000 || top == 0x6000)) return "";
    for (int m : {code - code % 0x10, code - code % 0x100, top}) {
      std::string c = dict_->CameoOf(m);
      if (!c.empty()) return c;
    }
    return "";
  };
  // 6. The main clauses' events.
  size_t first_out = out->size();
  auto emit = [&](const Actor2& src, const Actor2& tgt, const std::string& code, const Ev& e) {
    if (src.code == tgt.code && src.code != "---") return;
    for (size_t i = first_out; i < out->size(); ++i) {
      const CodedEvent& x = (*out)[i];
      if (x.source == src.code && x.target == tgt.code && x.code == code) return;
    }
    CodedEvent ce;
    ce.source = src.code;
    ce.target = tgt.code;
    ce.code = code;
    const Node& nd = nodes[e.node >= 0 ? e.node : 0];
    ce.begin = toks[nd.b].begin;
    ce.end = toks[nd.e - 1].end;
    ce.verb_rule = coded[e.node >= 0 ? e.node : 0].verb_rule;
    ce.pattern_rule = e.pattern_rule;
    ce.source_rule = src.rule;
    ce.target_rule = tgt.rule;
    out->push_back(std::move(ce));
  };
  for (int k = 0; k < nn; ++k) {
    if (nodes[k].rel != Node::kMain) continue;
    for (int m : members[k]) {
      for (const Ev& e : meaning(m)) {
        if (e.lower) continue;  // nothing resolved it
        std::string code = e.code == e.cameo_code && !e.cameo.empty() ? e.cameo : dict_->CameoOf(e.code);
        if (code.empty() && e.code == 0x30A0) code = "138";  // PETRARCH2: "want to attack"
        if (code.empty() && e.code > 0) code = CategoryCode(e.code);
        if (code.empty() || code == "---") continue;
        bool has_tgt = !e.tgt.code.empty() && !e.passive_target;
        if (!e.src.empty() && has_tgt) {
          for (const Actor2& a : e.src) emit(a, e.tgt, code, e);
        } else if (!opts.require_dyad && !e.src.empty()) {
          for (const Actor2& a : e.src) emit(a, {"---", ""}, code, e);
        } else if (!opts.require_dyad && has_tgt) {
          emit({"---", ""}, e.tgt, code, e);
        }
        // Several actors meeting or cooperating: each with the others.
        if (e.src.size() > 1 && !has_tgt && code.size() >= 2 &&
            OneOf(code.substr(0, 2), {"03", "04", "05", "06"})) {
          for (const Actor2& a : e.src) {
            for (const Actor2& b : e.src) {
              if (a.code != b.code) emit(a, b, code, e);
            }
          }
        }
      }
    }
  }
  return true;
}

}  // namespace warta::extract::tabari
