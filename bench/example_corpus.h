// The bundled example articles, concatenated: the input of the benchmarks
// that need no generated corpus.
#ifndef WARTA_BENCH_EXAMPLE_CORPUS_H_
#define WARTA_BENCH_EXAMPLE_CORPUS_H_

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace warta::bench {

// Every examples/*.txt of the checkout, one after the other.
inline std::string ExampleCorpus() {
  std::string all;
  for (const auto& e : std::filesystem::directory_iterator(
           std::string(WARTA_SOURCE_DIR) + "/examples")) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    all += ss.str();
    all += "\n";
  }
  return all;
}

}  // namespace warta::bench

#endif  // WARTA_BENCH_EXAMPLE_CORPUS_H_
