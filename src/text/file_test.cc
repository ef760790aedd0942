#include "text/file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace warta::text {
namespace {

namespace fs = std::filesystem;

class ReadFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("warta_file_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  fs::path dir_;
};

TEST_F(ReadFileTest, ReturnsEveryByte) {
  std::string bytes("a\0b\r\n\xff", 6);
  Result<std::string> got = ReadFile(Write("bytes.bin", bytes));
  ASSERT_TRUE(got.ok()) << got.status().message();
  EXPECT_EQ(got.value(), bytes);
}

TEST_F(ReadFileTest, EmptyFileIsEmptyText) {
  Result<std::string> got = ReadFile(Write("empty.txt", ""));
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got.value(), "");
}

// Larger than the first buffer, so the string must grow while reading.
TEST_F(ReadFileTest, LargeFileWhole) {
  std::string bytes;
  for (int i = 0; i < 50000; ++i) bytes += "baris " + std::to_string(i) + "\n";
  Result<std::string> got = ReadFile(Write("large.txt", bytes));
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got.value(), bytes);
}

TEST_F(ReadFileTest, MissingFileNamesPathAndReason) {
  std::string path = (dir_ / "absent.txt").string();
  Result<std::string> got = ReadFile(path);
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().code(), StatusCode::kIoError);
  EXPECT_EQ(got.status().message(), path + ": cannot open: No such file or directory");
}

TEST_F(ReadFileTest, DirectoryIsAnError) {
  Result<std::string> got = ReadFile(dir_.string());
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().message(), dir_.string() + ": is a directory");
}

// Reading the start of /proc/self/mem fails (the page at address 0 is not
// mapped); a reader that stopped quietly would return an empty text.
TEST_F(ReadFileTest, ReadErrorIsReportedNotTruncated) {
  if (!fs::exists("/proc/self/mem")) GTEST_SKIP() << "no /proc/self/mem on this system";
  Result<std::string> got = ReadFile("/proc/self/mem");
  ASSERT_FALSE(got.ok());
  EXPECT_NE(got.status().message().find("/proc/self/mem: read error: "), std::string::npos)
      << got.status().message();
}

TEST_F(ReadFileTest, DescriptorUpToItsEnd) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  ASSERT_EQ(::write(fds[1], "dari pipa\n", 10), 10);
  ::close(fds[1]);
  Result<std::string> got = ReadDescriptor(fds[0], "stdin");
  ::close(fds[0]);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got.value(), "dari pipa\n");
}

}  // namespace
}  // namespace warta::text
