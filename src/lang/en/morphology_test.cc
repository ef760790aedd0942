#include "lang/en/morphology.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <string>
#include <vector>

namespace warta::lang::en {
namespace {

// True when `word` has the analysis lemma/form.
bool Has(const Morphology& m, std::string_view word, std::string_view lemma, Form form) {
  std::vector<Analysis> out;
  m.Analyze(word, &out);
  for (const Analysis& a : out)
    if (a.lemma == lemma && a.form == form) return true;
  return false;
}

TEST(EnglishMorphology, RegularVerbs) {
  Morphology m;
  EXPECT_TRUE(Has(m, "accuses", "accuse", Form::kS));
  EXPECT_TRUE(Has(m, "reaches", "reach", Form::kS));
  EXPECT_TRUE(Has(m, "carries", "carry", Form::kS));
  EXPECT_TRUE(Has(m, "attacked", "attack", Form::kPastParticiple));
  EXPECT_TRUE(Has(m, "accused", "accuse", Form::kPastParticiple));
  EXPECT_TRUE(Has(m, "banned", "ban", Form::kPastParticiple));
  EXPECT_TRUE(Has(m, "committed", "commit", Form::kPastParticiple));
  EXPECT_TRUE(Has(m, "carried", "carry", Form::kPastParticiple));
  EXPECT_TRUE(Has(m, "cancelled", "cancel", Form::kPastParticiple));
  EXPECT_TRUE(Has(m, "killed", "kill", Form::kPastParticiple));
  EXPECT_TRUE(Has(m, "accusing", "accuse", Form::kIng));
  EXPECT_TRUE(Has(m, "attacking", "attack", Form::kIng));
  EXPECT_TRUE(Has(m, "banning", "ban", Form::kIng));
  EXPECT_TRUE(Has(m, "lying", "lie", Form::kIng));
  EXPECT_TRUE(Has(m, "attack", "attack", Form::kBase));
}

TEST(EnglishMorphology, IrregularVerbs) {
  Morphology m;
  EXPECT_TRUE(Has(m, "said", "say", Form::kPastParticiple));
  EXPECT_TRUE(Has(m, "met", "meet", Form::kPastParticiple));
  EXPECT_TRUE(Has(m, "sought", "seek", Form::kPastParticiple));
  EXPECT_TRUE(Has(m, "held", "hold", Form::kPastParticiple));
  EXPECT_TRUE(Has(m, "struck", "strike", Form::kPastParticiple));
  EXPECT_TRUE(Has(m, "took", "take", Form::kPast));
  EXPECT_TRUE(Has(m, "taken", "take", Form::kParticiple));
  EXPECT_TRUE(Has(m, "withdrew", "withdraw", Form::kPast));
  EXPECT_TRUE(Has(m, "holds", "hold", Form::kS));
  EXPECT_TRUE(Has(m, "holding", "hold", Form::kIng));
  // "met" is no base form; "cut" is base, past and participle.
  EXPECT_FALSE(Has(m, "met", "met", Form::kBase));
  EXPECT_TRUE(Has(m, "cut", "cut", Form::kBase));
  EXPECT_TRUE(Has(m, "cut", "cut", Form::kPastParticiple));
}

TEST(EnglishMorphology, NounsAndPossessives) {
  bool pos = false;
  EXPECT_EQ(StripPossessive("russia's", &pos), "russia");
  EXPECT_TRUE(pos);
  EXPECT_EQ(StripPossessive("russia\u2019s", &pos), "russia");
  EXPECT_TRUE(pos);
  EXPECT_EQ(StripPossessive("protesters'", &pos), "protesters");
  EXPECT_TRUE(pos);
  EXPECT_EQ(StripPossessive("russia", &pos), "russia");
  EXPECT_FALSE(pos);
  std::vector<std::string> s;
  Singulars("officials", &s);
  EXPECT_NE(std::find(s.begin(), s.end(), "official"), s.end());
  Singulars("countries", &s);
  EXPECT_NE(std::find(s.begin(), s.end(), "country"), s.end());
  Singulars("forces", &s);
  EXPECT_NE(std::find(s.begin(), s.end(), "force"), s.end());
  Singulars("congress", &s);
  EXPECT_TRUE(s.empty());
}

TEST(EnglishMorphology, VoiceInContext) {
  using V = std::vector<std::string_view>;
  auto voice = [](Form f, V left, std::string_view next = "") {
    return Morphology::VoiceInContext(f, left, next);
  };
  EXPECT_EQ(voice(Form::kPastParticiple, {"russia"}), Voice::kActive);
  EXPECT_EQ(voice(Form::kPastParticiple, {"ukraine", "was"}), Voice::kPassive);
  EXPECT_EQ(voice(Form::kPastParticiple, {"was", "not", "immediately"}),
            Voice::kPassive);
  EXPECT_EQ(voice(Form::kPastParticiple, {"has", "been"}), Voice::kPassive);
  EXPECT_EQ(voice(Form::kPastParticiple, {"they", "got"}), Voice::kPassive);
  EXPECT_EQ(voice(Form::kPastParticiple, {"has", "already"}), Voice::kActive);
  EXPECT_EQ(voice(Form::kPastParticiple, {"troops"}, "by"), Voice::kPassive);
  EXPECT_EQ(voice(Form::kParticiple, {"town"}), Voice::kPassive);
  EXPECT_EQ(voice(Form::kBase, {"the"}), Voice::kNominal);
  EXPECT_EQ(voice(Form::kS, {"new"}), Voice::kNominal);
  EXPECT_EQ(voice(Form::kBase, {"will"}), Voice::kActive);
  EXPECT_EQ(voice(Form::kIng, {"is"}), Voice::kActive);
}

TEST(EnglishMorphology, SomeParticiplesBeforeToAreAdjectives) {
  EXPECT_TRUE(Morphology::IsAdjectivalParticiple("opposed", "to"));
  EXPECT_TRUE(Morphology::IsAdjectivalParticiple("committed", "to"));
  EXPECT_FALSE(Morphology::IsAdjectivalParticiple("opposed", "by"));
  EXPECT_FALSE(Morphology::IsAdjectivalParticiple("sent", "to"));
}

TEST(EnglishMorphology, LightVerbsNameTheirObjectsAct) {
  // "organised a general strike", "announced a suspension of flights",
  // "declared a ceasefire": the subject does the act the object names.
  for (std::string_view v : {"launch", "stage", "organize", "organise", "call", "declare",
                             "announce", "join", "speed", "accelerate", "complete"})
    EXPECT_TRUE(Morphology::IsLightVerb(v)) << v;
  for (std::string_view v : {"condemn", "attack", "say", "visit"})
    EXPECT_FALSE(Morphology::IsLightVerb(v)) << v;
}

// The word lists are searched only for words whose length and first byte
// some entry has: entries of every length are found, and words that share
// an entry's length and first letter are not.
TEST(EnglishMorphology, WordListsFindTheirEntriesOnly) {
  for (std::string_view w : {"a", "an", "the", "its", "another", "surprise", "historic",
                             "separate", "several", "your", "my", "proposed"})
    EXPECT_TRUE(Morphology::IsDeterminer(w)) << w;
  for (std::string_view w : {"", "b", "at", "thy", "itz", "anothen", "surprize", "y", "m",
                             "historia", "The"})
    EXPECT_FALSE(Morphology::IsDeterminer(w)) << w;
  for (std::string_view w : {"be", "is", "'s", "am", "getting", "becomes", "gotten"})
    EXPECT_TRUE(Morphology::IsPassiveAuxiliary(w)) << w;
  for (std::string_view w : {"", "by", "it", "'d", "ah", "gutting", "becamed", "goat"})
    EXPECT_FALSE(Morphology::IsPassiveAuxiliary(w)) << w;
  for (std::string_view w : {"intensify", "escalate", "undertake", "hasten", "wage", "step"})
    EXPECT_TRUE(Morphology::IsLightVerb(w)) << w;
  for (std::string_view w : {"", "intensity", "escalade", "wags", "stop"})
    EXPECT_FALSE(Morphology::IsLightVerb(w)) << w;
  // "was not formally condemned": skippable words between the auxiliary and
  // the participle, listed or ending in -ly.
  const std::string_view left[] = {"was", "n't", "jointly", "twice"};
  EXPECT_EQ(Morphology::VoiceInContext(Form::kPastParticiple, left, "the"), Voice::kPassive);
  const std::string_view not_skipped[] = {"was", "nut", "twine"};
  EXPECT_EQ(Morphology::VoiceInContext(Form::kPastParticiple, not_skipped, "the"),
            Voice::kActive);
}

}  // namespace
}  // namespace warta::lang::en
