// `warta ingest`, `query`, `explain` and `stats` end to end: idempotency,
// de-duplication counts, malformed input, --recode, every query filter and
// every export format parsed back.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "store/db.h"

namespace {

namespace fs = std::filesystem;
using warta::store::Db;

struct RunResult {
  int status = -1;
  std::string out, err;
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

class StoreCli : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("warta_store_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "events.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
    return (dir_ / name).string();
  }

  RunResult Warta(const std::string& args) {
    std::string out = (dir_ / "stdout").string(), err = (dir_ / "stderr").string();
    std::string cmd = std::string(WARTA_BINARY) + " --data " + WARTA_SOURCE_DIR + "/data " + args +
                      " >" + out + " 2>" + err;
    int rc = std::system(cmd.c_str());
    RunResult r;
    r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    r.out = Slurp(out);
    r.err = Slurp(err);
    return r;
  }
  RunResult Ingest(const std::string& args) {
    return Warta("ingest --db " + db_ + " --now 2024-12-31 " + args);
  }
  RunResult Query(const std::string& args) { return Warta("query --db " + db_ + " " + args); }

  int64_t Count(const std::string& sql) {
    auto db = Db::Open(db_, Db::kReadOnly);
    EXPECT_TRUE(db.ok()) << db.status().message();
    if (!db.ok()) return -1;
    auto n = (*db)->QueryInt(sql, -1);
    EXPECT_TRUE(n.ok()) << n.status().message();
    return n.ok() ? *n : -1;
  }

  // Every counter of every event agrees with `mentions`, and every article
  // has exactly its events.
  void ExpectConsistent() {
    EXPECT_EQ(Count("SELECT count(*) FROM events e WHERE num_mentions != "
                    "(SELECT count(*) FROM mentions m WHERE m.event_id = e.id)"),
              0);
    EXPECT_EQ(Count("SELECT count(*) FROM events e WHERE num_articles != "
                    "(SELECT count(DISTINCT article_id) FROM mentions m WHERE m.event_id = e.id)"),
              0);
    EXPECT_EQ(Count("SELECT count(*) FROM events e WHERE num_sources != "
                    "(SELECT count(DISTINCT a.source_key) FROM mentions m JOIN articles a "
                    "ON a.id = m.article_id WHERE m.event_id = e.id)"),
              0);
    EXPECT_EQ(Count("SELECT count(*) FROM articles a WHERE num_events != "
                    "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id)"),
              0);
    EXPECT_EQ(Count("SELECT count(*) FROM mentions m WHERE NOT EXISTS "
                    "(SELECT 1 FROM events e WHERE e.id = m.event_id)"),
              0);
  }

  fs::path dir_;
  std::string db_;
};

std::string Line(const std::string& id, const std::string& source, const std::string& date,
                 const std::string& text) {
  return "{\"id\":\"" + id + "\",\"url\":\"https://" + source + "/" + id + "\",\"source\":\"" +
         source + "\",\"title\":\"t\",\"date\":\"" + date + "\",\"lang\":\"id\",\"text\":\"" +
         text + "\"}\n";
}

// Three articles from two outlets report "Russia condemned the US on Monday".
std::string ThreeReports() {
  return Line("a1", "antaranews.com", "2024-03-15",
              "Rusia mengecam Amerika Serikat pada Senin. Situasi masih tegang.") +
         Line("a2", "kompas.com", "2024-03-15",
              "Rusia mengecam Amerika Serikat pada Senin. Belum ada tanggapan resmi.") +
         Line("a3", "antaranews.com", "2024-03-16",
              "Rusia mengecam Amerika Serikat pada Senin. Para pengamat cemas.");
}

TEST_F(StoreCli, ThreeArticlesOneEventWithCounts) {
  std::string corpus = Write("three.jsonl", ThreeReports());
  RunResult r = Ingest(corpus);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 3);
  EXPECT_EQ(Count("SELECT count(*) FROM events"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM mentions"), 3);
  EXPECT_EQ(Count("SELECT num_mentions FROM events"), 3);
  EXPECT_EQ(Count("SELECT num_articles FROM events"), 3);
  EXPECT_EQ(Count("SELECT num_sources FROM events"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE first_seen = '2024-03-15' AND "
                  "last_seen = '2024-03-16' AND date = '2024-03-11' AND cameo_code = '111' "
                  "AND source_code = 'RUS' AND target_code = 'USA'"),
            1);
  ExpectConsistent();
}

// Articles without a "lang" field, and text files, are coded in the
// language detected, and stored with it.
TEST_F(StoreCli, LanguageIsDetectedWhenNotGiven) {
  std::string corpus = Write(
      "mixed.jsonl",
      "{\"id\":\"e1\",\"date\":\"2024-03-15\",\"text\":\"Russia condemned the United States "
      "on Monday, and the two sides have not met since the talks in Geneva.\"}\n"
      "{\"id\":\"i1\",\"date\":\"2024-03-15\",\"text\":\"Rusia mengecam Amerika Serikat pada "
      "Senin, dan kedua pihak belum bertemu sejak perundingan di Jenewa.\"}\n");
  RunResult r = Ingest(corpus);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(Count("SELECT count(*) FROM articles WHERE doc_id = 'e1' AND lang = 'en'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM articles WHERE doc_id = 'i1' AND lang = 'id'"), 1);
  // Both report the same event on the same day: one event, two articles.
  EXPECT_EQ(Count("SELECT num_articles FROM events WHERE cameo_code = '111' AND "
                  "source_code = 'RUS' AND target_code = 'USA' AND date = '2024-03-11'"),
            2);
  ExpectConsistent();
}

TEST_F(StoreCli, TwoMentionsInOneArticleCountOneArticle) {
  std::string corpus =
      Write("twice.jsonl",
            Line("b1", "tempo.co", "2024-03-15",
                 "Rusia mengecam Amerika Serikat pada Senin. Rusia juga mengecam Amerika Serikat "
                 "pada Senin.") +
                Line("b2", "tempo.co", "2024-03-15", "Rusia mengecam Amerika Serikat pada Senin."));
  RunResult r = Ingest(corpus);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(Count("SELECT num_mentions FROM events"), 3);
  EXPECT_EQ(Count("SELECT num_articles FROM events"), 2);
  EXPECT_EQ(Count("SELECT num_sources FROM events"), 1);
  ExpectConsistent();
}

TEST_F(StoreCli, CountsAreRightAcrossBatchesAndRuns) {
  // One article per transaction, then the same event again in a second run.
  std::string corpus = Write("three.jsonl", ThreeReports());
  ASSERT_EQ(Ingest("--batch 1 " + corpus).status, 0);
  std::string more = Write("more.jsonl", Line("a4", "detik.com", "2024-03-17",
                                              "Rusia mengecam Amerika Serikat pada Senin."));
  ASSERT_EQ(Ingest(more).status, 0);
  EXPECT_EQ(Count("SELECT num_mentions FROM events"), 4);
  EXPECT_EQ(Count("SELECT num_sources FROM events"), 3);
  EXPECT_EQ(Count("SELECT last_seen = '2024-03-17' FROM events"), 1);
  ExpectConsistent();
}

TEST_F(StoreCli, IngestIsIdempotent) {
  std::string corpus = Write("three.jsonl", ThreeReports());
  std::string text =
      Write("lavrov.txt", "Sergei Lavrov, Menteri Luar Negeri Rusia, mengkritik Uni Eropa.\n");
  RunResult first = Ingest(corpus + " " + text + " --date 2024-03-15");
  ASSERT_EQ(first.status, 0) << first.err;
  int64_t articles = Count("SELECT count(*) FROM articles");
  int64_t events = Count("SELECT count(*) FROM events");
  int64_t mentions = Count("SELECT count(*) FROM mentions");
  EXPECT_EQ(articles, 4);

  RunResult again = Ingest(corpus + " " + text + " --date 2024-03-15");
  EXPECT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.err.find("stored 0 articles"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("skipped 4 duplicates"), std::string::npos) << again.err;
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), articles);
  EXPECT_EQ(Count("SELECT count(*) FROM events"), events);
  EXPECT_EQ(Count("SELECT count(*) FROM mentions"), mentions);
  EXPECT_EQ(Count("SELECT num_mentions FROM events WHERE cameo_code = '111' AND "
                  "source_code = 'RUS'"),
            3);

  // The same text under another id is the same article; the same id with
  // another text is refused with a warning.
  std::string copies = Write(
      "copies.jsonl", Line("copy-of-a1", "antaranews.com", "2024-03-15",
                           "Rusia mengecam Amerika Serikat pada Senin. Situasi masih tegang.") +
                          Line("a2", "kompas.com", "2024-03-15", "Teks yang lain sama sekali."));
  RunResult dup = Ingest(copies);
  EXPECT_EQ(dup.status, 0) << dup.err;
  EXPECT_NE(dup.err.find("skipped 2 duplicates"), std::string::npos) << dup.err;
  EXPECT_NE(dup.err.find("copies.jsonl:2: id 'a2' is already stored with a different text"),
            std::string::npos)
      << dup.err;
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), articles);
  ExpectConsistent();
}

TEST_F(StoreCli, DuplicatesWithinOneRunAreSkipped) {
  std::string corpus = Write("dup.jsonl", ThreeReports() + ThreeReports());
  RunResult r = Ingest(corpus);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("stored 3 articles"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("skipped 3 duplicates"), std::string::npos) << r.err;
  EXPECT_EQ(Count("SELECT num_mentions FROM events"), 3);
}

TEST_F(StoreCli, MalformedJsonlLinesAreReportedAndSkipped) {
  std::string corpus = Write(
      "mixed.jsonl",
      Line("g1", "x.id", "2024-03-15", "Rusia mengecam Amerika Serikat pada Senin.") +
          "{\"id\": \"bad1\", \"text\": }\n"
          "this is not json\n"
          "{\"id\": \"bad3\"}\n"
          "{\"id\": \"bad4\", \"text\": \"Rusia mengecam Ukraina.\", \"date\": \"2024-13-45\"}\n"
          "\n" +
          Line("g2", "x.id", "2024-03-15", "Pakistan menuduh India mendanai kelompok separatis."));
  RunResult r = Ingest(corpus);
  EXPECT_EQ(r.status, 1) << r.err;
  for (int line : {2, 3, 4, 5})
    EXPECT_NE(r.err.find("mixed.jsonl:" + std::to_string(line) + ": "), std::string::npos)
        << line << "\n"
        << r.err;
  EXPECT_NE(r.err.find("mixed.jsonl:4: no \"text\" field"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("mixed.jsonl:6:"), std::string::npos) << r.err;  // blank line
  EXPECT_NE(r.err.find("stored 2 articles"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("failed 4"), std::string::npos) << r.err;
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM articles WHERE doc_id IN ('g1', 'g2')"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM articles WHERE origin LIKE '%mixed.jsonl:7'"), 1);
}

TEST_F(StoreCli, BadTextFilesAreReportedAndTheOthersGoIn) {
  std::string good = Write("good.txt", "Rusia mengecam Amerika Serikat pada Senin.\n");
  std::string bad = Write("bad.txt", "Rusia \xff\xfe mengecam.\n");
  std::string empty = Write("empty.txt", "");
  RunResult r = Ingest("--date 2024-03-15 " + bad + " " + empty + " " + good + " " +
                       (dir_ / "missing.txt").string());
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("bad.txt: invalid UTF-8 at byte 6"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("empty.txt: empty file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("missing.txt: no such file"), std::string::npos) << r.err;
  EXPECT_EQ(Count("SELECT count(*) FROM articles WHERE doc_id = 'good'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 1);
}

// A file whose read fails part-way is reported as a read error, not stored
// as an empty or truncated article. Reading /proc/self/mem from its start
// fails on Linux.
TEST_F(StoreCli, ReadErrorsAreReportedAndTheOthersGoIn) {
  if (!fs::exists("/proc/self/mem")) GTEST_SKIP() << "no /proc/self/mem on this system";
  std::string good = Write("good.txt", "Rusia mengecam Amerika Serikat pada Senin.\n");
  RunResult r = Ingest("--date 2024-03-15 /proc/self/mem " + good);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("/proc/self/mem: read error: "), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("empty file"), std::string::npos) << r.err;
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 1);
}

TEST_F(StoreCli, DirectoriesAreReadRecursively) {
  fs::create_directories(dir_ / "in" / "sub");
  Write("in/one.txt", "Rusia mengecam Amerika Serikat pada Senin.\n");
  Write("in/sub/two.jsonl", ThreeReports());
  Write("in/README.md", "not an article\n");
  RunResult r = Ingest("--date 2024-03-15 " + (dir_ / "in").string());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 4);
  EXPECT_NE(r.err.find("ignored 1 files"), std::string::npos) << r.err;
}

TEST_F(StoreCli, RecodeReplacesEventsAndKeepsCounts) {
  std::string corpus = Write("three.jsonl", ThreeReports());
  ASSERT_EQ(Ingest(corpus).status, 0);
  int64_t events = Count("SELECT count(*) FROM events");
  int64_t mentions = Count("SELECT count(*) FROM mentions");

  // Same dictionaries: --recode has nothing to do.
  RunResult none = Ingest("--recode");
  EXPECT_EQ(none.status, 0) << none.err;
  EXPECT_NE(none.err.find("recoded 0"), std::string::npos) << none.err;

  // Pretend one article was coded with other dictionaries.
  {
    auto db = Db::Open(db_, Db::kReadWrite);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)
                    ->Exec("INSERT INTO runs(started_at, warta_version, dictionary_hash) "
                           "VALUES ('2020-01-01T00:00:00Z', '0.0.1', 'olddict');"
                           "UPDATE articles SET run_id = last_insert_rowid() WHERE doc_id = 'a2'")
                    .ok());
  }
  RunResult changed = Ingest("--recode");
  EXPECT_EQ(changed.status, 0) << changed.err;
  EXPECT_NE(changed.err.find("recoded 1"), std::string::npos) << changed.err;
  RunResult all = Ingest("--recode=all");
  EXPECT_EQ(all.status, 0) << all.err;
  EXPECT_NE(all.err.find("recoded 3"), std::string::npos) << all.err;
  EXPECT_EQ(Count("SELECT count(*) FROM events"), events);
  EXPECT_EQ(Count("SELECT count(*) FROM mentions"), mentions);
  EXPECT_EQ(Count("SELECT num_sources FROM events"), 2);
  ExpectConsistent();
  // The text index follows: one entry per mention, none for deleted ones.
  RunResult text = Query("--text Senin --format jsonl");
  EXPECT_EQ(text.status, 0) << text.err;
  EXPECT_NE(text.out.find("\"num_mentions\":3"), std::string::npos) << text.out;
}

TEST_F(StoreCli, RecodeDropsEventsLeftWithoutMentions) {
  std::string corpus = Write(
      "one.jsonl", Line("c1", "x.id", "2024-03-15", "Rusia mengecam Amerika Serikat pada Senin."));
  ASSERT_EQ(Ingest(corpus).status, 0);
  {
    // An event that only a (fake) old coding of c1 reported.
    auto db = Db::Open(db_, Db::kReadWrite);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(
        (*db)
            ->Exec("INSERT INTO events(dedup_key, key_hash, cameo_code, cameo_root, num_mentions, "
                   "num_sources, num_articles, date_added) VALUES ('|X|Y|999|', 1, '999', '99', 1, "
                   "1, 1, "
                   "'2020-01-01T00:00:00Z');"
                   "INSERT INTO mentions(event_id, article_id, event_hash, sentence, paragraph, "
                   "evidence_start, evidence_end, evidence_text, trigger_start, trigger_end, "
                   "trigger_text, rule, future, historical) SELECT last_insert_rowid(), id, 'h', "
                   "0, 1, "
                   "0, 1, 'R', 0, 1, 'R', 'r', 0, 0 FROM articles WHERE doc_id = 'c1';"
                   "UPDATE articles SET num_events = num_events + 1 WHERE doc_id = 'c1';")
            .ok());
  }
  ASSERT_EQ(Ingest("--recode=all").status, 0);
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE cameo_code = '999'"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM events"), 1);
  ExpectConsistent();
}

// A small database with one event per CAMEO quad class and some variety.
class StoreQuery : public StoreCli {
 protected:
  void SetUp() override {
    StoreCli::SetUp();
    std::string corpus = Write(
        "corpus.jsonl",
        ThreeReports() +
            Line("q1", "tempo.co", "2024-04-10",
                 "Amerika Serikat mengirimkan senjata kepada Ukraina.") +
            Line("q2", "tempo.co", "2024-05-20", "Hizbullah menembakkan roket ke Israel utara.") +
            Line("q3", "detik.com", "2023-12-01",
                 "Pakistan menuduh India mendanai kelompok separatis.") +
            Line("q4", "detik.com", "2024-02-01",
                 "Menteri Luar Negeri Jepang mengunjungi Vietnam untuk membahas perdagangan.") +
            Line("q5", "kompas.com", "2024-02-02",
                 "Sergei Lavrov, Menteri Luar Negeri Rusia, mengkritik Uni Eropa.") +
            Line("q6", "kompas.com", "2024-02-03",
                 "Rusia mengecam \\\"provokasi\\\" Amerika Serikat, kata juru bicara Kremlin.") +
            Line("q7", "kompas.com", "2024-02-04",
                 "Menteri Luar Negeri Iran mengatakan bahwa Israel menyerang Suriah. Pemerintah "
                 "Indonesia menyampaikan belasungkawa kepada Turki atas gempa bumi."));
    RunResult r = Ingest(corpus);
    ASSERT_EQ(r.status, 0) << r.err;
  }

  // The (source, cameo code, target) of every event the query returns.
  std::multiset<std::string> Events(const std::string& filters) {
    RunResult r = Query(filters + " --format jsonl");
    EXPECT_EQ(r.status, 0) << filters << ": " << r.err;
    std::multiset<std::string> out;
    simdjson::dom::parser parser;
    size_t start = 0;
    while (start < r.out.size()) {
      size_t end = r.out.find('\n', start);
      std::string line = r.out.substr(start, end - start);
      start = end == std::string::npos ? r.out.size() : end + 1;
      simdjson::dom::element doc;
      if (parser.parse(line).get(doc) != simdjson::SUCCESS) {
        ADD_FAILURE() << "not JSON: " << line;
        continue;
      }
      auto code = [&](const char* side) -> std::string {
        simdjson::dom::element a = doc[side];
        if (a.is_null()) return "-";
        return std::string(std::string_view(a["code"]));
      };
      out.insert(code("source") + " " + std::string(std::string_view(doc["cameo"]["code"])) + " " +
                 code("target"));
    }
    return out;
  }
};

using Set = std::multiset<std::string>;

TEST_F(StoreQuery, NoFilterReturnsAll) {
  EXPECT_EQ(Events(""),
            (Set{"RUS 111 USA", "USA 072 UKR", "LBNREB 195 ISR", "PAK 112 IND", "JPNGOV 042 VNM",
                 "RUSGOV 111 IGOEUREEC", "RUS 111 USA", "IDNGOV 018 TUR", "ISR 190 SYR"}));
}

TEST_F(StoreQuery, ActorByCodePrefixOrWords) {
  EXPECT_EQ(Events("--actor RUS"), (Set{"RUS 111 USA", "RUSGOV 111 IGOEUREEC", "RUS 111 USA"}));
  EXPECT_EQ(Events("--actor RUSGOV"), (Set{"RUSGOV 111 IGOEUREEC"}));
  EXPECT_EQ(Events("--actor indonesia"), (Set{"IDNGOV 018 TUR"}));
  EXPECT_EQ(Events("--actor Lavrov"), (Set{"RUSGOV 111 IGOEUREEC"}));
  EXPECT_EQ(Events("--actor UKR"), (Set{"USA 072 UKR"}));
  EXPECT_EQ(Events("--actor Hizbullah"), (Set{"LBNREB 195 ISR"}));
  EXPECT_EQ(Events("--actor 'Uni Eropa'"), (Set{"RUSGOV 111 IGOEUREEC"}));
}

TEST_F(StoreQuery, CountryEitherSide) {
  EXPECT_EQ(Events("--country UKR"), (Set{"USA 072 UKR"}));
  EXPECT_EQ(Events("--country usa"), (Set{"RUS 111 USA", "USA 072 UKR", "RUS 111 USA"}));
  EXPECT_EQ(Events("--country ISR"), (Set{"LBNREB 195 ISR", "ISR 190 SYR"}));
}

TEST_F(StoreQuery, CodePrefixAndRoot) {
  EXPECT_EQ(Events("--code 11"),
            (Set{"RUS 111 USA", "PAK 112 IND", "RUSGOV 111 IGOEUREEC", "RUS 111 USA"}));
  EXPECT_EQ(Events("--code 112"), (Set{"PAK 112 IND"}));
  EXPECT_EQ(Events("--code 1"), (Set{"RUS 111 USA", "PAK 112 IND", "RUSGOV 111 IGOEUREEC",
                                     "RUS 111 USA", "LBNREB 195 ISR", "ISR 190 SYR"}));
  EXPECT_EQ(Events("--code 1 --root"), (Set{"IDNGOV 018 TUR"}));                   // root 01
  EXPECT_EQ(Events("--code 195 --root"), (Set{"LBNREB 195 ISR", "ISR 190 SYR"}));  // root 19
  EXPECT_EQ(Query("--code 1x").status, 2);
  EXPECT_EQ(Query("--root").status, 2);
}

TEST_F(StoreQuery, QuadClass) {
  EXPECT_EQ(Events("--quad 4"), (Set{"LBNREB 195 ISR", "ISR 190 SYR"}));
  EXPECT_EQ(Events("--quad 2"), (Set{"USA 072 UKR"}));
  EXPECT_EQ(Events("--quad 3-4"), (Set{"RUS 111 USA", "PAK 112 IND", "RUSGOV 111 IGOEUREEC",
                                       "RUS 111 USA", "LBNREB 195 ISR", "ISR 190 SYR"}));
  EXPECT_EQ(Events("--quad 1,2"), (Set{"USA 072 UKR", "JPNGOV 042 VNM", "IDNGOV 018 TUR"}));
  EXPECT_EQ(Query("--quad 5").status, 2);
}

TEST_F(StoreQuery, SinceAndUntil) {
  EXPECT_EQ(Events("--since 2024-04"), (Set{"USA 072 UKR", "LBNREB 195 ISR"}));
  EXPECT_EQ(Events("--until 2023"), (Set{"PAK 112 IND"}));
  EXPECT_EQ(Events("--since 2024-02-01 --until 2024-02-02"),
            (Set{"JPNGOV 042 VNM", "RUSGOV 111 IGOEUREEC"}));
  EXPECT_EQ(Events("--since 2024-03-11 --until 2024-03-11"), (Set{"RUS 111 USA"}));
  EXPECT_EQ(Query("--since yesterday").status, 2);
}

TEST_F(StoreQuery, TextInEvidence) {
  EXPECT_EQ(Events("--text senjata"), (Set{"USA 072 UKR"}));
  EXPECT_EQ(Events("--text 'roket israel'"), (Set{"LBNREB 195 ISR"}));
  EXPECT_EQ(Events("--text 'roket ukraina'"), Set{});
  EXPECT_EQ(Events("--text Senin"), (Set{"RUS 111 USA"}));
  EXPECT_EQ(Events("--text tegang"), Set{});  // not in an evidence sentence
  EXPECT_EQ(Events("--text provokasi"), (Set{"RUS 111 USA"}));
}

TEST_F(StoreQuery, FiltersCombineAndLimit) {
  EXPECT_EQ(Events("--actor RUS --code 111 --quad 3"),
            (Set{"RUS 111 USA", "RUSGOV 111 IGOEUREEC", "RUS 111 USA"}));
  EXPECT_EQ(Events("--limit 2").size(), 2u);
  EXPECT_EQ(Events("--country USA --since 2024-04"), (Set{"USA 072 UKR"}));
}

// RFC 4180: fields separated by commas, records by CRLF, quoted fields may
// hold commas, quotes (doubled) and line breaks.
std::vector<std::vector<std::string>> ParseCsv(const std::string& s) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, was_quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else if (c == ',') {
      row.push_back(field);
      field.clear();
      was_quoted = false;
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      row.push_back(field);
      rows.push_back(row);
      row.clear();
      field.clear();
      was_quoted = false;
      ++i;
    } else {
      EXPECT_NE(c, '"') << "bare quote at byte " << i;
      EXPECT_NE(c, '\n') << "bare LF at byte " << i;
      field.push_back(c);
    }
  }
  EXPECT_FALSE(quoted) << "unterminated quoted field";
  EXPECT_TRUE(row.empty() && field.empty()) << "last record without CRLF";
  return rows;
}

TEST_F(StoreQuery, CsvParsesBack) {
  RunResult r = Query("--format csv");
  ASSERT_EQ(r.status, 0) << r.err;
  auto rows = ParseCsv(r.out);
  ASSERT_EQ(rows.size(), 10u);  // header + 9 events
  const std::vector<std::string>& header = rows[0];
  ASSERT_EQ(header.size(), 37u);
  std::map<std::string, size_t> col;
  for (size_t i = 0; i < header.size(); ++i) col[header[i]] = i;
  for (const char* name : {"global_event_id", "cameo_code", "num_mentions", "evidence", "date"})
    ASSERT_TRUE(col.count(name)) << name;
  bool saw_quotes = false;
  for (size_t i = 1; i < rows.size(); ++i) {
    ASSERT_EQ(rows[i].size(), header.size()) << i;
    if (rows[i][col["evidence"]].find("\"provokasi\"") != std::string::npos) saw_quotes = true;
    if (rows[i][col["cameo_code"]] == "111" && rows[i][col["source_code"]] == "RUS" &&
        rows[i][col["date"]] == "2024-03-11") {
      EXPECT_EQ(rows[i][col["num_mentions"]], "3");
      EXPECT_EQ(rows[i][col["num_sources"]], "2");
    }
  }
  EXPECT_TRUE(saw_quotes) << "an evidence sentence with quotes and a comma round-trips";
}

TEST_F(StoreQuery, GdeltHas61TabSeparatedColumns) {
  RunResult r = Query("--format gdelt");
  ASSERT_EQ(r.status, 0) << r.err;
  int lines = 0;
  size_t start = 0;
  while (start < r.out.size()) {
    size_t end = r.out.find('\n', start);
    ASSERT_NE(end, std::string::npos);
    std::string line = r.out.substr(start, end - start);
    start = end + 1;
    std::vector<std::string> f(1);
    for (char c : line) {
      if (c == '\t')
        f.emplace_back();
      else
        f.back().push_back(c);
    }
    ASSERT_EQ(f.size(), 61u) << line;
    ++lines;
    EXPECT_FALSE(f[0].empty());                 // GLOBALEVENTID
    EXPECT_EQ(f[28], f[26].substr(0, 2));       // EventRootCode
    EXPECT_EQ(f[27], f[26].substr(0, 3));       // EventBaseCode
    EXPECT_EQ(f[59].size(), 14u);               // DATEADDED YYYYMMDDHHMMSS
    EXPECT_EQ(f[60].rfind("https://", 0), 0u);  // SOURCEURL
    if (f[26] == "111" && f[5] == "RUS" && f[1] == "20240311") {
      EXPECT_EQ(f[2], "202403");
      EXPECT_EQ(f[3], "2024");
      EXPECT_EQ(f[7], "RUS");
      EXPECT_EQ(f[15], "USA");
      EXPECT_EQ(f[29], "3");  // QuadClass
      EXPECT_EQ(f[31], "3");  // NumMentions
      EXPECT_EQ(f[32], "2");  // NumSources
      EXPECT_EQ(f[33], "3");  // NumArticles
      EXPECT_EQ(f[25], "1");  // IsRootEvent: first paragraph
    }
  }
  EXPECT_EQ(lines, 9);
}

TEST_F(StoreQuery, JsonlHasEventFieldsAndCounts) {
  RunResult r = Query("--format jsonl --code 111 --since 2024-03-11 --until 2024-03-11");
  ASSERT_EQ(r.status, 0) << r.err;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(r.out.substr(0, r.out.find('\n'))).get(doc), simdjson::SUCCESS);
  EXPECT_EQ(int64_t(doc["num_mentions"]), 3);
  EXPECT_EQ(int64_t(doc["num_articles"]), 3);
  EXPECT_EQ(int64_t(doc["num_sources"]), 2);
  EXPECT_EQ(std::string_view(doc["cameo"]["code"]), "111");
  EXPECT_EQ(std::string_view(doc["date"]), "2024-03-11");
  EXPECT_EQ(std::string_view(doc["doc_id"]), "a1");
  EXPECT_EQ(std::string_view(doc["first_seen"]), "2024-03-15");
  EXPECT_EQ(std::string_view(doc["last_seen"]), "2024-03-16");
  EXPECT_TRUE(int64_t(doc["global_event_id"]) > 0);
  std::string_view evidence = doc["evidence"]["text"];
  EXPECT_EQ(evidence, "Rusia mengecam Amerika Serikat pada Senin.");
}

TEST_F(StoreQuery, TableShowsCountsAndLimit) {
  RunResult r = Query("--limit 3");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("3/3/2"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("3 events (--limit 3"), std::string::npos) << r.out;
}

TEST_F(StoreQuery, ExplainMarksTriggerAndActors) {
  RunResult r = Warta("explain 1 --db " + db_);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("event 1  2024-03-11 (day)  RUS -> USA  111"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[[Rusia|RUS]] «mengecam» [[Amerika Serikat|USA]] pada Senin."),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("mention 3 of 3"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("rule     data/id/verbs.txt:"), std::string::npos) << r.out;
  // By a mention's event_id as well.
  RunResult q = Query("--format csv --limit 1");
  auto rows = ParseCsv(q.out);
  ASSERT_EQ(rows.size(), 2u);
  RunResult byhash = Warta("explain " + rows[1][33] + " --db " + db_);
  EXPECT_EQ(byhash.status, 0) << byhash.err;
  EXPECT_EQ(byhash.out, r.out);
  EXPECT_EQ(Warta("explain 999999 --db " + db_).status, 1);
}

TEST_F(StoreQuery, StatsCountsAndTables) {
  RunResult r = Warta("stats --db " + db_);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("articles 10"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("events   9"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("mentions 11"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("top actors"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2024-03"), std::string::npos) << r.out;
}

TEST_F(StoreQuery, ViewsJoinCodesToNames) {
  EXPECT_EQ(Count("SELECT count(*) FROM cameo_codes WHERE code = '111' AND "
                  "name = 'Criticize or denounce' AND quad_class = 3"),
            1);
  EXPECT_EQ(Count("SELECT count(*) FROM events_named WHERE cameo_name = 'Criticize or denounce'"),
            3);
  EXPECT_EQ(Count("SELECT count(*) FROM mentions_named"), 11);
  EXPECT_EQ(Count("SELECT sum(events) FROM events_per_root_month"), 9);
}

TEST_F(StoreQuery, MissingDatabaseIsAUsageError) {
  RunResult r = Warta("query --db " + (dir_ / "nope.db").string());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("nope.db: no such database"), std::string::npos) << r.err;
}

}  // namespace
