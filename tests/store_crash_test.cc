// Killing `warta ingest` at any moment loses no committed article and
// leaves no half-written one; running it again completes the rest.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "store/db.h"

namespace {

namespace fs = std::filesystem;
using warta::store::Db;

constexpr int kArticles = 6000;

// Deterministic articles, each with a few events and a text of its own.
void WriteCorpus(const fs::path& path) {
  const char* actors[] = {"Rusia",   "Amerika Serikat", "Tiongkok", "Jepang", "Indonesia",
                          "Ukraina", "Israel",          "Iran",     "India",  "Pakistan"};
  const char* verbs[] = {"mengecam", "memprotes", "memuji", "mengancam", "menyerang"};
  const char* days[] = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat"};
  std::ofstream out(path, std::ios::binary);
  for (int i = 0; i < kArticles; ++i) {
    std::string text;
    for (int s = 0; s < 4; ++s) {
      int k = i * 7 + s * 3;
      text += std::string(actors[k % 10]) + " " + verbs[(k / 10) % 5] + " " +
              actors[(k + 1 + s) % 10] + " pada " + days[(k / 3) % 5] + ". ";
    }
    text += "Laporan nomor " + std::to_string(i) + ".";
    char date[16];
    std::snprintf(date, sizeof date, "2024-%02d-%02d", 1 + i % 12, 1 + i % 28);
    out << "{\"id\":\"crash-" << i << "\",\"source\":\"s" << i % 5 << ".id\",\"date\":\"" << date
        << "\",\"text\":\"" << text << "\"}\n";
  }
}

// 5700 -> "5,700", as the summary line writes counts.
std::string Thousands(int64_t v) {
  std::string s = std::to_string(v), out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i && (s.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(s[i]);
  }
  return out;
}

int64_t Count(const std::string& db_path, const std::string& sql) {
  auto db = Db::Open(db_path, Db::kReadOnly);
  if (!db.ok()) return -1;
  auto n = (*db)->QueryInt(sql, -1);
  return n.ok() ? *n : -1;
}

TEST(StoreCrash, KilledIngestLeavesCompleteArticlesAndResumes) {
  fs::path dir = fs::temp_directory_path() / ("warta_crash_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::path corpus = dir / "corpus.jsonl";
  std::string db = (dir / "crash.db").string();
  WriteCorpus(corpus);

  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    std::freopen("/dev/null", "w", stderr);
    ::execl(WARTA_BINARY, WARTA_BINARY, "--data", WARTA_SOURCE_DIR "/data", "ingest",
            corpus.c_str(), "--db", db.c_str(), "--quiet", "--batch", "100", "--now", "2024-12-31",
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  // Wait until a few batches are committed, then kill it mid-way.
  int64_t seen = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    if (fs::exists(db)) seen = Count(db, "SELECT count(*) FROM articles");
    if (seen >= 300) break;
    int status;
    if (::waitpid(child, &status, WNOHANG) == child) {
      child = 0;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ASSERT_NE(child, 0) << "the ingest ended before it could be killed";
  ASSERT_EQ(::kill(child, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status));

  {
    auto d = Db::Open(db, Db::kReadWrite);  // recovers the WAL
    ASSERT_TRUE(d.ok()) << d.status().message();
    auto q = (*d)->Prepare("PRAGMA integrity_check");
    ASSERT_TRUE(q.ok());
    auto row = q->Step();
    ASSERT_TRUE(row.ok() && *row);
    EXPECT_EQ(q->Text(0), "ok");
  }
  int64_t stored = Count(db, "SELECT count(*) FROM articles");
  EXPECT_GE(stored, 300);
  EXPECT_LT(stored, kArticles) << "killed too late to test anything";
  // No article without its events, no event without its mentions.
  EXPECT_EQ(Count(db,
                  "SELECT count(*) FROM articles a WHERE num_events != "
                  "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id)"),
            0);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM articles WHERE num_events = 0"), 0);
  EXPECT_EQ(Count(db,
                  "SELECT count(*) FROM events e WHERE num_mentions != "
                  "(SELECT count(*) FROM mentions m WHERE m.event_id = e.id)"),
            0);
  EXPECT_EQ(Count(db,
                  "SELECT count(*) FROM mentions m WHERE NOT EXISTS "
                  "(SELECT 1 FROM articles a WHERE a.id = m.article_id)"),
            0);

  // A second run completes the rest, skipping what is stored.
  std::string cmd = std::string(WARTA_BINARY) + " --data " + WARTA_SOURCE_DIR + "/data ingest " +
                    corpus.string() + " --db " + db + " --now 2024-12-31 2>" +
                    (dir / "err").string();
  int rc = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(rc));
  EXPECT_EQ(WEXITSTATUS(rc), 0);
  std::ifstream err(dir / "err");
  std::string summary((std::istreambuf_iterator<char>(err)), std::istreambuf_iterator<char>());
  EXPECT_NE(summary.find("stored " + Thousands(kArticles - stored) + " articles"),
            std::string::npos)
      << summary;
  EXPECT_NE(summary.find("skipped " + Thousands(stored) + " duplicates"), std::string::npos)
      << summary;
  EXPECT_EQ(Count(db, "SELECT count(*) FROM articles"), kArticles);
  EXPECT_EQ(Count(db,
                  "SELECT count(*) FROM articles a WHERE num_events != "
                  "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id)"),
            0);
  EXPECT_EQ(Count(db,
                  "SELECT count(*) FROM events e WHERE num_mentions != "
                  "(SELECT count(*) FROM mentions m WHERE m.event_id = e.id)"),
            0);
  fs::remove_all(dir);
}

}  // namespace
