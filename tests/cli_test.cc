// The command line on bad input: every problem is reported with the file
// name (and byte offset where one applies), the other files are still coded,
// and the exit status says what happened (0 all coded, 1 some failed,
// 2 usage error).
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;

struct RunResult {
  int status = -1;
  std::string out, err;
};

RunResult Warta(const std::string& args) {
  fs::path dir = fs::temp_directory_path() / ("warta_cli_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string out = (dir / "stdout").string(), err = (dir / "stderr").string();
  std::string cmd = std::string(WARTA_BINARY) + " --data " + WARTA_SOURCE_DIR +
                    "/data " + args + " >" + out + " 2>" + err;
  int rc = std::system(cmd.c_str());
  RunResult r;
  r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  auto slurp = [](const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  };
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

class CliBadInput : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("warta_bad_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    Write("good.txt", "Rusia mengecam Amerika Serikat pada Senin (11/3).\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
    return (dir_ / name).string();
  }
  std::string Path(const std::string& name) { return (dir_ / name).string(); }
  fs::path dir_;
};

TEST_F(CliBadInput, GoodFileCodesWithStatusZero) {
  RunResult r = Warta("code --date 2024-03-15 " + Path("good.txt"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"code\":\"111\""), std::string::npos) << r.out;
}

TEST_F(CliBadInput, InvalidUtf8NamesFileAndOffset) {
  std::string bad = Write("bad.txt", "Rusia \xff\xfe mengecam.\n");
  RunResult r = Warta("code --date 2024-03-15 " + bad + " " + Path("good.txt"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("bad.txt: invalid UTF-8 at byte 6"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"doc_id\":\"good\""), std::string::npos) << r.out;
}

TEST_F(CliBadInput, BinaryFileIsRefused) {
  std::string bin = Write("blob.bin", std::string("\x7f" "ELF\0\0\x01\x02", 8));
  RunResult r = Warta("code --date 2024-03-15 " + bin + " " + Path("good.txt"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("blob.bin: binary data (NUL byte) at byte 4"), std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("\"doc_id\":\"good\""), std::string::npos);
}

TEST_F(CliBadInput, EmptyFileIsReportedButNotAFailure) {
  std::string empty = Write("empty.txt", "");
  RunResult r = Warta("code --date 2024-03-15 " + empty + " " + Path("good.txt"));
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.err.find("empty.txt: empty file"), std::string::npos) << r.err;
}

TEST_F(CliBadInput, HugeLineIsSkippedAndTheRestCoded) {
  std::string huge(10 << 20, 'a');
  std::string path = Write("huge.txt", huge + "\nRusia mengecam Amerika Serikat.\n");
  RunResult r = Warta("code --date 2024-03-15 " + path);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("huge.txt: line 1 at byte 0 is 10485760 bytes"), std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("\"code\":\"111\""), std::string::npos) << r.out;
}

TEST_F(CliBadInput, MissingFileIsReportedAndOthersCoded) {
  RunResult r = Warta("code --date 2024-03-15 " + Path("nope.txt") + " " + Path("good.txt"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("nope.txt: no such file or directory"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"doc_id\":\"good\""), std::string::npos);
}

// A read that fails part-way is an error naming the file, not an empty or
// shortened text. Reading /proc/self/mem from its start fails on Linux.
TEST_F(CliBadInput, ReadErrorIsReportedAndOthersCoded) {
  if (!fs::exists("/proc/self/mem")) GTEST_SKIP() << "no /proc/self/mem on this system";
  RunResult r = Warta("code --date 2024-03-15 /proc/self/mem " + Path("good.txt"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("warta: /proc/self/mem: read error: "), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("empty file"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"doc_id\":\"good\""), std::string::npos) << r.out;
}

TEST_F(CliBadInput, DirectoriesAreReadRecursively) {
  fs::create_directories(dir_ / "sub");
  Write("sub/more.txt", "Korea Selatan menuduh Korea Utara.\n");
  RunResult r = Warta("code --date 2024-03-15 " + dir_.string());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"doc_id\":\"more\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"doc_id\":\"good\""), std::string::npos) << r.out;
}

TEST_F(CliBadInput, UsageErrorsExitTwo) {
  EXPECT_EQ(Warta("code --format xml " + Path("good.txt")).status, 2);
  EXPECT_EQ(Warta("code --date 2024-13-45 " + Path("good.txt")).status, 2);
  EXPECT_EQ(Warta("frobnicate").status, 2);
}

TEST_F(CliBadInput, StdinIsRead) {
  RunResult r = Warta("code --date 2024-03-15 - < " + Path("good.txt"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"doc_id\":\"stdin\""), std::string::npos) << r.out;
}

TEST_F(CliBadInput, ParallelCodingKeepsInputOrder) {
  for (int i = 0; i < 9; ++i)
    Write("doc" + std::to_string(i) + ".txt",
          i % 2 ? "Korea Selatan menuduh Korea Utara.\n" : "Rusia mengecam Amerika Serikat.\n");
  Write("bad.txt", "\xff\n");
  RunResult one = Warta("code --date 2024-03-15 " + dir_.string());
  RunResult two = Warta("code -j 3 --date 2024-03-15 " + dir_.string());
  EXPECT_EQ(one.status, 1);  // bad.txt
  EXPECT_EQ(two.status, 1);
  EXPECT_EQ(one.out, two.out);
  EXPECT_NE(two.err.find("bad.txt: invalid UTF-8 at byte 0"), std::string::npos) << two.err;
  EXPECT_EQ(Warta("code -j 0 " + Path("good.txt")).status, 2);
}

// More inputs than the ring of waiting outcomes holds (32 per job), so
// coders wait for the writer and the writer codes between writes.
TEST_F(CliBadInput, ParallelCodingOfManyInputsKeepsInputOrder) {
  for (int i = 0; i < 150; ++i)
    Write("many" + std::to_string(1000 + i) + ".txt",
          i % 3 ? "Rusia mengecam Amerika Serikat.\n" : "Korea Selatan menuduh Korea Utara.\n");
  RunResult one = Warta("code --date 2024-03-15 " + dir_.string());
  RunResult two = Warta("code -j 2 --date 2024-03-15 " + dir_.string());
  RunResult four = Warta("code -j 4 --date 2024-03-15 " + dir_.string());
  ASSERT_EQ(one.status, 0) << one.err;
  EXPECT_EQ(two.status, 0) << two.err;
  EXPECT_EQ(four.status, 0) << four.err;
  EXPECT_GE(std::count(one.out.begin(), one.out.end(), '\n'), 150);  // and the fixture's files
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(one.out, four.out);
}

TEST_F(CliBadInput, TableFormatIsReadable) {
  RunResult r = Warta("code --date 2024-03-15 --format table " + Path("good.txt"));
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("RUS"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1 event"), std::string::npos) << r.out;
}

}  // namespace

// --lang: id, en or auto (detected per file); anything else is a usage error.
TEST_F(CliBadInput, CodesEnglishAndDetectsTheLanguagePerFile) {
  std::string en = Write("en.txt", "Russia condemned the United States on Monday.\n");
  RunResult r = Warta("code --lang en --date 2024-03-15 " + en);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"lang\":\"en\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"code\":\"111\""), std::string::npos) << r.out;
  std::string auto_en = Write("auto.txt", "Russia condemned the United States in a statement on Monday.\n");
  RunResult a = Warta("code --date 2024-03-15 " + auto_en + " " + Path("good.txt"));
  EXPECT_EQ(a.status, 0) << a.err;
  EXPECT_NE(a.out.find("\"lang\":\"en\""), std::string::npos) << a.out;
  EXPECT_NE(a.out.find("\"lang\":\"id\""), std::string::npos) << a.out;
  RunResult bad = Warta("code --lang fr --date 2024-03-15 " + en);
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("--lang fr"), std::string::npos) << bad.err;
}
