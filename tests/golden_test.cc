// Golden tests: whole articles coded end to end.
//
// 1. The bundled example (examples/*.txt) must code exactly as its golden
//    file tests/golden/NAME.jsonl says. After a deliberate change, rewrite the
//    golden files with WARTA_UPDATE_GOLDEN=1 and say why in the commit.
// 2. The VOA Indonesia article in ../shared/examples/ (read at test time,
//    skipped where ../shared is absent) must give the events its annotation
//    names.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "output/json.h"
#include "test_engine.h"

namespace warta {
namespace {

namespace fs = std::filesystem;

TEST(Golden, BundledExamplesMatchTheirGoldenFiles) {
  if (!testing::HasGazetteer())
    GTEST_SKIP() << "no gazetteer (" << WARTA_GAZETTEER_TSV
                 << "): the golden files hold places; run scripts/install-deps.sh";
  fs::path examples = fs::path(WARTA_SOURCE_DIR) / "examples";
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(examples)) {
    if (entry.path().extension() != ".txt") continue;
    std::string text = testing::ReadFile(entry.path().string());
    std::vector<Event> events =
        testing::CodeText(text, "", "2026-11-28", entry.path().stem().string());
    std::string got;
    for (const Event& e : events) output::AppendEventJson(e, &got);
    fs::path golden = fs::path(WARTA_SOURCE_DIR) / "tests" / "golden" /
                      (entry.path().stem().string() + ".jsonl");
    if (std::getenv("WARTA_UPDATE_GOLDEN")) {
      std::ofstream(golden, std::ios::binary) << got;
    }
    std::string want = testing::ReadFile(golden.string());
    EXPECT_FALSE(events.empty()) << entry.path();
    EXPECT_EQ(got, want) << "golden file " << golden
                         << " differs; rerun with WARTA_UPDATE_GOLDEN=1 if the change is intended";
    ++checked;
  }
  EXPECT_GT(checked, 0);
}

TEST(Golden, SameInputGivesSameEventIds) {
  std::string text = "Rusia mengecam Amerika Serikat pada Senin.";
  std::vector<Event> a = testing::CodeText(text, "2024-03-15");
  std::vector<Event> b = testing::CodeText(text, "2024-03-15");
  ASSERT_FALSE(a.empty());
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].event_id, b[i].event_id);
}

// The engine keeps per-thread caches of analysed words across documents:
// a document codes the same whether its words were met before or not.
TEST(Golden, WarmCachesCodeAsColdOnes) {
  std::string text = testing::ReadFile(std::string(WARTA_SOURCE_DIR) +
                                       "/examples/kunjungan-lavrov-wonsan.txt");
  ASSERT_FALSE(text.empty());
  auto json = [](const std::vector<Event>& events) {
    std::string out;
    for (const Event& e : events) output::AppendEventJson(e, &out);
    return out;
  };
  std::string first = json(testing::CodeText(text, "2025-07-13"));
  testing::CodeText("Kemarin Jepang mengecam peluncuran rudal oleh Korea Utara. "
                    "Presiden Rusia mengunjungi Pyongyang pekan lalu.",
                    "2025-07-14");
  testing::CodeText("Russia's foreign minister visited Pyongyang on Friday.", "2025-07-14",
                    "2026-11-28", "en", false, "en");
  EXPECT_EQ(json(testing::CodeText(text, "2025-07-13")), first);
  EXPECT_FALSE(first.empty());
}

class VoaArticle : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string path = std::string(WARTA_SHARED_DIR) + "/examples/voa-rusia-korut.txt";
    text_ = testing::ReadFile(path);
    if (text_.empty()) GTEST_SKIP() << path << " not found: ../shared is absent";
    events_ = testing::CodeText(text_, "", "2026-11-28", "voa-rusia-korut");
  }

  // Events from `src` country to `tgt` country with the CAMEO root.
  std::vector<const Event*> Find(const std::string& src, const std::string& tgt,
                                 const std::string& root) const {
    std::vector<const Event*> out;
    for (const Event& e : events_) {
      if (e.source && e.source->country == src && e.target &&
          e.target->country == tgt && e.cameo_root == root)
        out.push_back(&e);
    }
    return out;
  }

  std::string Dump() const {
    std::string s;
    for (const Event& e : events_)
      s += e.source->code + " -> " + (e.target ? e.target->code : "-") + " " +
           e.cameo_code + " " + e.date + " [" + e.trigger_text + "]\n";
    return s;
  }

  std::string text_;
  std::vector<Event> events_;
};

TEST_F(VoaArticle, RussiaIntendsToCooperateWithNorthKoreaOnFriday) {
  auto found = Find("RUS", "PRK", "03");
  ASSERT_FALSE(found.empty()) << Dump();
  bool dated = false;
  for (const Event* e : found) dated |= e->date == "2023-11-17";
  EXPECT_TRUE(dated) << Dump();
  EXPECT_EQ(found[0]->paragraph, 1);
}

TEST_F(VoaArticle, DelegationVisitIsDatedToTheTuesdayItArrived) {
  auto found = Find("RUS", "PRK", "04");
  bool tuesday = false;
  for (const Event* e : found) {
    if (e->date != "2023-11-14") continue;
    tuesday = true;
    // "tiba di Pyongyang": the place the text states.
    if (!testing::HasGazetteer()) continue;
    ASSERT_TRUE(e->location.has_value()) << Dump();
    EXPECT_EQ(e->location->name, "Pyongyang");
    EXPECT_EQ(e->location->country, "PRK");
    EXPECT_EQ(e->location->feature, "city");
    EXPECT_NE(e->location->geonames_id, 0);
    EXPECT_EQ(text_.substr(e->location->start, e->location->end - e->location->start),
              "Pyongyang");
  }
  EXPECT_TRUE(tuesday) << Dump();
}

TEST_F(VoaArticle, SouthKoreaAccusesNorthKorea) {
  EXPECT_FALSE(Find("KOR", "PRK", "11").empty()) << Dump();
}

TEST_F(VoaArticle, G7CriticisesNorthKoreaAndRussia) {
  EXPECT_FALSE(Find("IGO", "PRK", "11").empty()) << Dump();
  EXPECT_FALSE(Find("IGO", "RUS", "11").empty()) << Dump();
}

TEST_F(VoaArticle, KimPutinSummitIsDatedToSeptember) {
  bool found = false;
  for (const Event* e : Find("PRK", "RUS", "04")) found |= e->date == "2023-09";
  for (const Event* e : Find("RUS", "PRK", "04")) found |= e->date == "2023-09";
  EXPECT_TRUE(found) << Dump();
}

TEST_F(VoaArticle, FewSpuriousEvents) {
  // The article has 16 paragraphs; a coder that invents events would show
  // many more than two per paragraph.
  EXPECT_LE(events_.size(), 32u) << Dump();
  for (const Event& e : events_) {
    EXPECT_NE(e.source->country, e.target ? e.target->country : "") << Dump();
    EXPECT_EQ(e.evidence_text, text_.substr(e.evidence_start,
                                            e.evidence_end - e.evidence_start));
  }
}

}  // namespace
}  // namespace warta
