// corpus_gen: a deterministic synthetic corpus of Indonesian news articles,
// for the ingest benchmark (bench/ingest_bench.sh) and the crash test.
//
//   build/bench/corpus_gen --articles 20000 --data data -o corpus.jsonl
//
// Writes JSON Lines in the `warta ingest` article format ({id, url, source,
// title, date, lang, text}). The articles are built from sentence templates
// written for this tool, filled with the country names of data/id/actors.txt
// (section [countries], first phrase of each line) and role words ("Presiden",
// "Menteri Luar Negeri", "Pemerintah", "Militer"). Every day of the corpus has
// a pool of "stories" (a template with its two actors); each article of that
// day reports several of them, so, as in real news, one event is reported by
// several articles from several outlets and de-duplication has work to do.
// The same arguments always give the same bytes (own PRNG, no std
// distributions).
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "output/json.h"

namespace {

// splitmix64: tiny, fast, and identical on every platform.
struct Rng {
  uint64_t s;
  uint64_t Next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
};

// {A} and {B} are actors, {D} a weekday phrase, {C} a city. Templates whose
// first actor must be a person or government ("berkunjung ke") say so with
// a leading '!'.
const char* kTemplates[] = {
    "{A} mengecam {B} pada {D}.",
    "{A} memprotes {B} atas insiden di perairan yang disengketakan.",
    "{A} menjatuhkan sanksi baru terhadap {B}.",
    "{A} mengirimkan senjata kepada {B}.",
    "{A} memuji {B} atas perannya dalam perundingan damai.",
    "{A} menuduh {B} mendanai kelompok separatis.",
    "!{A} berkunjung ke {B} pada {D}.",
    "{A} menyalurkan bantuan kemanusiaan kepada {B}.",
    "{A} memberikan pinjaman kepada {B}.",
    "{A} menyatakan dukungan kepada {B}.",
    "{A} menjalin kerja sama dengan {B}.",
    "{A} meminta bantuan kepada {B}.",
    "{A} mengancam {B} pada {D}.",
    "{A} dan {B} sepakat memperkuat kerja sama pertahanan.",
    "{A} dan {B} menandatangani perjanjian perdagangan pada {D}.",
    "!{A} bertemu dengan {B} di {C} pada {D}.",
    "{B} dikecam oleh {A} pada {D}.",
    "{A} menyerang {B}.",
    "Kecaman {A} terhadap {B} semakin keras.",
    "{A} mengkritik {B} karena program nuklirnya.",
};

const char* kRoles[] = {
    "", "", "Pemerintah ", "Presiden ", "Menteri Luar Negeri ", "Perdana Menteri ", "Militer "};
const char* kPersonRoles[] = {"Presiden ", "Menteri Luar Negeri ", "Perdana Menteri "};
const char* kDays[] = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
const char* kCities[] = {"Jakarta", "Bali", "Jenewa", "Wina", "Doha", "Singapura", "Tokyo"};
const char* kSources[] = {"antaranews.com",  "kompas.com",       "tempo.co",
                          "detik.com",       "cnnindonesia.com", "voaindonesia.com",
                          "republika.co.id", "liputan6.com"};
const char* kFillers[] = {
    "Situasi di kawasan itu masih tegang hingga kini.",
    "Belum ada tanggapan resmi atas pernyataan tersebut.",
    "Para pengamat menilai langkah itu akan memengaruhi stabilitas kawasan.",
    "Harga minyak dunia naik tipis setelah kabar itu tersiar.",
    "Pertemuan berikutnya dijadwalkan berlangsung bulan depan.",
    "Sejumlah analis memperkirakan ketegangan akan berlangsung lama.",
};

struct Story {
  int tmpl;
  std::string a, b;
  int day;  // weekday index for {D}
  int city;
};

std::vector<std::string> LoadCountries(const std::string& data) {
  std::ifstream in(data + "/id/actors.txt");
  std::vector<std::string> out;
  std::string line;
  bool section = false;
  while (std::getline(in, line)) {
    if (line.starts_with("[")) {
      section = line == "[countries]";
      continue;
    }
    if (!section || line.empty() || line[0] == '#') continue;
    size_t arrow = line.find(" => ");
    if (arrow == std::string::npos) continue;
    std::string first = line.substr(0, std::min(line.find(" | "), arrow));
    out.push_back(first);
  }
  return out;
}

std::string Fill(const char* tmpl, const Story& s) {
  std::string out;
  for (const char* p = tmpl; *p; ++p) {
    if (*p == '!') continue;
    if (*p == '{' && p[1] && p[2] == '}') {
      switch (p[1]) {
        case 'A':
          out += s.a;
          break;
        case 'B':
          out += s.b;
          break;
        case 'D':
          out += kDays[s.day];
          break;
        case 'C':
          out += kCities[s.city];
          break;
      }
      p += 2;
      continue;
    }
    out.push_back(*p);
  }
  return out;
}

int Usage() {
  std::fprintf(stderr,
               "usage: corpus_gen [--articles N] [--seed S] [--data DIR] [--days D] "
               "[--stories-per-day K] [-o FILE]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  long articles = 20000, days = 366, stories_per_day = 100;
  uint64_t seed = 20240618;
  std::string data = WARTA_SOURCE_DIR "/data", output;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (a == "--articles" && (v = next()))
      articles = std::atol(v);
    else if (a == "--seed" && (v = next()))
      seed = std::strtoull(v, nullptr, 10);
    else if (a == "--data" && (v = next()))
      data = v;
    else if (a == "--days" && (v = next()))
      days = std::atol(v);
    else if (a == "--stories-per-day" && (v = next()))
      stories_per_day = std::atol(v);
    else if ((a == "-o" || a == "--output") && (v = next()))
      output = v;
    else
      return Usage();
  }
  if (articles < 0 || days < 1 || stories_per_day < 1) return Usage();
  std::vector<std::string> countries = LoadCountries(data);
  if (countries.size() < 2) {
    std::fprintf(stderr, "corpus_gen: no countries in %s/id/actors.txt\n", data.c_str());
    return 1;
  }
  // A few countries make most of the news, as they do: move them first.
  const char* kBusy[] = {"Amerika Serikat", "Rusia",         "Tiongkok",   "Ukraina",
                         "Israel",          "Iran",          "Jepang",     "Korea Utara",
                         "Korea Selatan",   "Indonesia",     "Malaysia",   "Australia",
                         "India",           "Pakistan",      "Inggris",    "Prancis",
                         "Jerman",          "Turki",         "Arab Saudi", "Mesir",
                         "Filipina",        "Vietnam",       "Singapura",  "Thailand",
                         "Palestina",       "Suriah",        "Qatar",      "Kanada",
                         "Brasil",          "Afrika Selatan"};
  size_t busy = 0;
  for (const char* name : kBusy) {
    for (size_t i = busy; i < countries.size(); ++i) {
      if (countries[i] == name) {
        std::swap(countries[i], countries[busy++]);
        break;
      }
    }
  }
  if (busy < 2) busy = countries.size();

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!output.empty()) {
    file.open(output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::fprintf(stderr, "corpus_gen: cannot write %s\n", output.c_str());
      return 1;
    }
    out = &file;
  }

  Rng rng{seed};
  auto country = [&]() -> const std::string& {
    return rng.Below(4) ? countries[rng.Below(busy)] : countries[rng.Below(countries.size())];
  };
  std::vector<std::vector<Story>> pools(days);
  for (long d = 0; d < days; ++d) {
    for (long k = 0; k < stories_per_day; ++k) {
      Story s;
      s.tmpl = static_cast<int>(rng.Below(std::size(kTemplates)));
      bool person = kTemplates[s.tmpl][0] == '!';
      const std::string& ca = country();
      const std::string* cb = &country();
      while (*cb == ca) cb = &country();
      s.a = (person ? kPersonRoles[rng.Below(std::size(kPersonRoles))]
                    : kRoles[rng.Below(std::size(kRoles))]) +
            ca;
      s.b = kRoles[rng.Below(3)] + *cb;  // targets: mostly plain countries
      s.day = static_cast<int>(rng.Below(7));
      s.city = static_cast<int>(rng.Below(std::size(kCities)));
      pools[d].push_back(std::move(s));
    }
  }

  std::string line, text;
  for (long n = 0; n < articles; ++n) {
    long d = static_cast<long>(rng.Below(days));
    // Day d of the corpus: 2024-01-01 plus d days (stay within 2024).
    int doy = static_cast<int>(d % 366);
    static const int kMonthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int month = 0, day = doy;
    while (day >= kMonthDays[month]) day -= kMonthDays[month++];
    char date[32];
    std::snprintf(date, sizeof date, "2024-%02d-%02d", month + 1, day + 1);
    const std::vector<Story>& pool = pools[d];
    text.clear();
    int paragraphs = 3 + static_cast<int>(rng.Below(3));
    for (int p = 0; p < paragraphs; ++p) {
      if (p) text.push_back('\n');
      if (p == 0) text += "JAKARTA – ";
      int sentences = 2 + static_cast<int>(rng.Below(3));
      for (int s = 0; s < sentences; ++s) {
        if (s) text.push_back(' ');
        if (rng.Below(5) == 0) {
          text += kFillers[rng.Below(std::size(kFillers))];
        } else {
          const Story& st = pool[rng.Below(pool.size())];
          text += Fill(kTemplates[st.tmpl], st);
        }
      }
    }
    const char* source = kSources[rng.Below(std::size(kSources))];
    std::string id = "gen-" + std::to_string(n);
    line.clear();
    line += "{\"id\":";
    warta::output::AppendJsonString(id, &line);
    line += ",\"url\":";
    warta::output::AppendJsonString("https://" + std::string(source) + "/berita/" + id, &line);
    line += ",\"source\":";
    warta::output::AppendJsonString(source, &line);
    line += ",\"title\":";
    warta::output::AppendJsonString("Berita " + std::to_string(n), &line);
    line += ",\"date\":\"";
    line += date;
    line += "\",\"lang\":\"id\",\"text\":";
    warta::output::AppendJsonString(text, &line);
    line += "}\n";
    out->write(line.data(), static_cast<std::streamsize>(line.size()));
  }
  out->flush();
  return *out ? 0 : 1;
}
