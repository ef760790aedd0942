// Internal to the TABARI-style coder: helpers shared by coder.cc and
// petrarch2.cc. Not part of the library's interface.
#ifndef WARTA_EXTRACT_TABARI_CODER_INTERNAL_H_
#define WARTA_EXTRACT_TABARI_CODER_INTERNAL_H_

#include <initializer_list>
#include <string>
#include <string_view>

#include "extract/tabari/coder.h"

namespace warta::extract::tabari {

// What a pattern bound while matching, and where it may look.
struct TabariCoder::Binding {
  int source = -1, target = -1, compound = -1;  // groups
  int lo = 1 << 30, hi = -1;                    // tokens the pattern covered
  // Tokens a pattern may use: [floor, limit). PETRARCH2 patterns see the
  // verb's own phrase, not the clauses around it.
  int floor = 0, limit = 1 << 30;
  // PETRARCH2: words of a pattern outside "(...)" belong to the verb's
  // object, which ends at the first preposition after the verb.
  int object_limit = 1 << 30;
  // Words the pattern matched, as token ranges (the first few).
  static constexpr int kMaxMarks = 8;
  int marks = 0;
  int mark_b[kMaxMarks] = {}, mark_e[kMaxMarks] = {};
  void Mark(int b, int e) {
    if (marks < kMaxMarks) {
      mark_b[marks] = b;
      mark_e[marks] = e;
      ++marks;
    }
  }
  // Whether the pattern matched a word in [b, e).
  bool Marked(int b, int e) const {
    for (int i = 0; i < marks; ++i) {
      if (mark_b[i] < e && b < mark_e[i]) return true;
    }
    return false;
  }
};

namespace internal {

using Tok = TabariScratch::Tok;

inline bool OneOf(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (w == s) return true;
  }
  return false;
}

inline bool IsDeterminer(std::string_view w) {
  return OneOf(w, {"A", "AN", "THE", "ITS", "THEIR", "HIS", "HER", "OUR", "THIS", "THAT", "THESE",
                   "THOSE", "ANY", "NO", "EACH", "EVERY"});
}

inline bool IsArticle(std::string_view w) { return w == "A" || w == "AN" || w == "THE"; }

inline bool IsPronoun(std::string_view w) {
  return OneOf(w, {"HE", "SHE", "THEY", "IT", "WE", "I", "YOU"});
}

inline bool IsConjunction(std::string_view w) { return w == "AND" || w == "," || w == "&"; }

// Words that end a verb's clause when looking back for its subject.
inline bool IsClauseStop(const Tok& t) {
  return OneOf(t.up, {";", ":", "THAT", "WHICH", "WHO", "WHILE", "WHEN", "BECAUSE", "AFTER",
                      "BEFORE", "SINCE", "IF", "ALTHOUGH", "WHERE", "UNLESS", "AS"});
}

// Auxiliaries and adverbs that may stand between a conjunction and its verb.
inline bool IsAuxiliary(std::string_view w) {
  return OneOf(w, {"HAS", "HAVE", "HAD", "WILL", "WOULD", "SHALL", "SHOULD", "CAN", "COULD", "MAY",
                   "MIGHT", "MUST", "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "ALSO", "THEN",
                   "LATER", "NOT", "HAS", "DID", "DOES", "DO", "AGAIN", "ALREADY"});
}

inline bool EndsWith(std::string_view w, std::string_view tail) {
  return w.size() > tail.size() && w.compare(w.size() - tail.size(), tail.size(), tail) == 0;
}

inline bool IsPreposition(std::string_view w) {
  return OneOf(w, {"OF", "IN", "FROM", "WITH", "TO", "FOR", "AT", "ON", "BY", "AGAINST", "OVER", "INTO",
                   "NEAR", "TOWARD", "TOWARDS", "ABOUT", "AMONG", "BETWEEN", "ACROSS", "THROUGH", "UNDER",
                   "WITHIN", "WITHOUT", "DURING", "ALONG", "AROUND", "BEHIND", "BEYOND", "UPON", "VIA",
                   "ONTO", "DESPITE", "AMID", "LIKE", "OUTSIDE", "INSIDE"});
}

inline void AppendAgent(std::string* code, const std::string& agent) {
  // Adds each three-letter part of the agent code that the code lacks.
  for (size_t i = 0; i + 3 <= agent.size() || (i < agent.size() && i + 3 > agent.size()); i += 3) {
    std::string part = agent.substr(i, 3);
    bool have = false;
    for (size_t j = 3; j + part.size() <= code->size(); j += 3) {
      if (code->compare(j, part.size(), part) == 0) { have = true; break; }
    }
    if (!have) *code += part;
  }
}


}  // namespace internal
}  // namespace warta::extract::tabari

#endif  // WARTA_EXTRACT_TABARI_CODER_INTERNAL_H_
