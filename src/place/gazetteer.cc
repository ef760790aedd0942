#include "place/gazetteer.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <fstream>
#include <iterator>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "text/utf8.h"

namespace warta::place {
namespace {

constexpr std::string_view kHeader = "# warta gazetteer ";
constexpr std::string_view kVersion = "1";
constexpr size_t kColumns = 11;

// Column numbers of a row.
enum Column {
  kGeonamesId,
  kName,
  kKeys,
  kCountry,
  kAdm1,
  kAdm1Name,
  kLat,
  kLon,
  kPopulation,
  kFeature,
  kCapital,
};

struct Range {
  uint32_t begin = 0;
  uint32_t count = 0;
};

template <typename T>
bool ParseNumber(std::string_view s, T* out) {
  if (s.empty()) return false;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size();
}

bool IsAlpha3(std::string_view s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) {
           return c >= 'A' && c <= 'Z';
         });
}

int CountWords(std::string_view key) {
  return 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
}

// Capitals first, then seats of government, then the rest.
int CapitalOrder(Capital c) {
  switch (c) {
    case Capital::kCapital:
      return 0;
    case Capital::kSeatOfGovernment:
      return 1;
    case Capital::kNo:
      return 2;
  }
  return 2;
}

int64_t RankPopulation(const Place& p) {
  return p.feature == Feature::kAdm1 ? Gazetteer::kAdm1RankPopulation
                                     : p.population;
}

// The default order of Resolve, without preferred countries: true if `a`
// ranks before `b`. Pointers break ties by position in the file.
bool RanksBefore(const Place* a, const Place* b) {
  const bool ac = a->feature == Feature::kCountry;
  const bool bc = b->feature == Feature::kCountry;
  if (ac != bc) return ac;
  const int64_t ap = RankPopulation(*a);
  const int64_t bp = RankPopulation(*b);
  if (ap != bp) return ap > bp;
  const int acap = CapitalOrder(a->capital);
  const int bcap = CapitalOrder(b->capital);
  if (acap != bcap) return acap < bcap;
  return a < b;
}

}  // namespace

struct Gazetteer::Index {
  std::string text;  // the file; every string_view in `places` points here
  std::vector<Place> places;
  std::vector<const Place*> postings;  // grouped by key, best first
  absl::flat_hash_map<std::string_view, Range> keys;  // views into `text`
  absl::flat_hash_map<std::string_view, const Place*> countries;
  int max_key_words = 0;
};

std::string_view FeatureName(Feature f) {
  switch (f) {
    case Feature::kCountry:
      return "country";
    case Feature::kAdm1:
      return "adm1";
    case Feature::kCity:
      return "city";
  }
  return "city";
}

Gazetteer::Gazetteer(std::unique_ptr<const Index> index)
    : index_(std::move(index)) {}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

Result<Gazetteer> Gazetteer::Load(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return Status::NotFound(path.string() +
                            ": no such file (the build generates it; see "
                            "docs/gazetteer.md)");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path.string() + ": cannot open");
  const uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) return Status::IoError(path.string() + ": " + ec.message());
  std::string text(static_cast<size_t>(size), '\0');
  if (!in.read(text.data(), static_cast<std::streamsize>(text.size()))) {
    return Status::IoError(path.string() + ": read failed");
  }
  return Parse(std::move(text), path.string());
}

Result<Gazetteer> Gazetteer::Parse(std::string text,
                                   std::string_view source_name) {
  auto index = std::make_unique<Index>();
  index->text = std::move(text);
  const std::string_view all = index->text;

  auto error = [&](size_t line_no, const std::string& what) {
    return Status::InvalidInput(std::string(source_name) + ":" +
                                std::to_string(line_no) + ": " + what);
  };

  // Pass 1: rows. Places are stored in a vector that is not resized after
  // this pass, so pointers to them stay valid.
  // Reserving by the line count saves the copies of growing vectors, which
  // are most of the load time on a cold heap.
  const auto lines =
      static_cast<size_t>(std::count(all.begin(), all.end(), '\n')) + 1;
  index->places.reserve(lines);
  std::vector<std::pair<std::string_view, uint32_t>> key_rows;
  key_rows.reserve(lines + lines / 2);
  std::unordered_map<std::string_view, uint32_t> country_rows;
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < all.size()) {
    size_t eol = all.find('\n', pos);
    if (eol == std::string_view::npos) eol = all.size();
    std::string_view line = all.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

    if (line_no == 1) {
      if (!line.starts_with(kHeader)) {
        return error(1, "not a warta gazetteer: the first line must be \"" +
                            std::string(kHeader) + std::string(kVersion) +
                            "\"");
      }
      std::string_view version = line.substr(kHeader.size());
      if (version != kVersion) {
        return error(1, "gazetteer format version \"" + std::string(version) +
                            "\" is not " + std::string(kVersion) +
                            "; regenerate it with the build");
      }
      continue;
    }
    if (line.empty() || line.front() == '#') continue;

    std::array<std::string_view, kColumns> f;
    size_t n = 0;
    for (size_t start = 0;;) {
      size_t tab = line.find('\t', start);
      if (n < kColumns) {
        f[n] = line.substr(start, tab == std::string_view::npos
                                      ? std::string_view::npos
                                      : tab - start);
      }
      ++n;
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (n != kColumns) {
      return error(line_no, "expected " + std::to_string(kColumns) +
                                " tab-separated fields, found " +
                                std::to_string(n));
    }

    Place p;
    if (!ParseNumber(f[kGeonamesId], &p.geonames_id) || p.geonames_id < 0) {
      return error(line_no, "geonames_id \"" + std::string(f[kGeonamesId]) +
                                "\" is not a whole number");
    }
    p.name = f[kName];
    if (p.name.empty()) return error(line_no, "empty name");
    p.country = f[kCountry];
    if (!IsAlpha3(p.country)) {
      return error(line_no, "country \"" + std::string(p.country) +
                                "\" is not an alpha-3 code");
    }
    p.adm1 = f[kAdm1];
    p.adm1_name = f[kAdm1Name];
    if (f[kLat].empty() != f[kLon].empty()) {
      return error(line_no, "lat and lon must both be given or both be empty");
    }
    if (!f[kLat].empty()) {
      if (!ParseNumber(f[kLat], &p.lat) || !(std::fabs(p.lat) <= 90)) {
        return error(line_no,
                     "lat \"" + std::string(f[kLat]) + "\" is not a latitude");
      }
      if (!ParseNumber(f[kLon], &p.lon) || !(std::fabs(p.lon) <= 180)) {
        return error(line_no,
                     "lon \"" + std::string(f[kLon]) + "\" is not a longitude");
      }
      p.has_latlon = true;
    }
    if (!ParseNumber(f[kPopulation], &p.population) || p.population < 0) {
      return error(line_no, "population \"" + std::string(f[kPopulation]) +
                                "\" is not a whole number");
    }
    if (f[kFeature] == "country") {
      p.feature = Feature::kCountry;
    } else if (f[kFeature] == "adm1") {
      p.feature = Feature::kAdm1;
    } else if (f[kFeature] == "city") {
      p.feature = Feature::kCity;
    } else {
      return error(line_no, "feature \"" + std::string(f[kFeature]) +
                                "\" is not country, adm1 or city");
    }
    if (f[kCapital] == "0") {
      p.capital = Capital::kNo;
    } else if (f[kCapital] == "1") {
      p.capital = Capital::kCapital;
    } else if (f[kCapital] == "2") {
      p.capital = Capital::kSeatOfGovernment;
    } else {
      return error(line_no, "capital \"" + std::string(f[kCapital]) +
                                "\" is not 0, 1 or 2");
    }

    const auto row = static_cast<uint32_t>(index->places.size());
    std::string_view keys = f[kKeys];
    for (size_t start = 0;;) {
      size_t bar = keys.find('|', start);
      std::string_view key =
          keys.substr(start, bar == std::string_view::npos ? bar : bar - start);
      if (key.empty() || key.front() == ' ' || key.back() == ' ') {
        return error(line_no, "empty key or key with outer spaces in \"" +
                                  std::string(keys) + "\"");
      }
      key_rows.emplace_back(key, row);
      index->max_key_words = std::max(index->max_key_words, CountWords(key));
      if (bar == std::string_view::npos) break;
      start = bar + 1;
    }
    if (p.feature == Feature::kCountry &&
        !country_rows.emplace(p.country, row).second) {
      return error(line_no, "second country row for " + std::string(p.country));
    }
    index->places.push_back(p);
  }
  if (index->places.empty()) {
    return Status::InvalidInput(std::string(source_name) + ": no places");
  }

  // Pass 2: the key index. Postings of one key are contiguous, best first:
  // count per key, lay the ranges out, fill them, sort each (they are short).
  const Place* base = index->places.data();
  auto& keys = index->keys;
  keys.reserve(key_rows.size());
  for (const auto& [key, row] : key_rows) ++keys[key].count;
  uint32_t next = 0;
  for (auto& [key, range] : keys) {
    range.begin = next;
    next += range.count;
    range.count = 0;
  }
  index->postings.resize(next);
  for (const auto& [key, row] : key_rows) {
    Range& range = keys.find(key)->second;
    index->postings[range.begin + range.count++] = base + row;
  }
  for (auto& [key, range] : keys) {
    auto first = index->postings.begin() + range.begin;
    auto last = first + range.count;
    std::sort(first, last, RanksBefore);
    range.count = static_cast<uint32_t>(std::unique(first, last) - first);
  }
  for (const auto& [code, row] : country_rows) {
    index->countries.emplace(code, base + row);
  }
  return Gazetteer(std::move(index));
}

void Gazetteer::AppendKey(std::string_view text, std::string* out) {
  const size_t start = out->size();
  bool in_word = false;
  for (size_t i = 0; i < text.size();) {
    int len;
    const int32_t cp = text::DecodeAt(text, i, &len);
    if (text::IsLetter(cp) || text::IsDigit(cp)) {
      if (!in_word && out->size() > start) out->push_back(' ');
      text::AppendLower(text.substr(i, static_cast<size_t>(len)), out);
      in_word = true;
      i += static_cast<size_t>(len);
      continue;
    }
    const bool apostrophe =
        cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC;
    if (in_word && (apostrophe || cp == '-') &&
        i + static_cast<size_t>(len) < text.size()) {
      int next_len;
      const int32_t next =
          text::DecodeAt(text, i + static_cast<size_t>(len), &next_len);
      if (text::IsLetter(next) || text::IsDigit(next)) {
        out->push_back(apostrophe ? '\'' : '-');
        i += static_cast<size_t>(len);
        continue;
      }
    }
    in_word = false;
    i += static_cast<size_t>(len);
  }
}

std::span<const Place* const> Gazetteer::Lookup(std::string_view key) const {
  auto it = index_->keys.find(key);
  if (it == index_->keys.end()) return {};
  return std::span<const Place* const>(index_->postings)
      .subspan(it->second.begin, it->second.count);
}

const Place* Gazetteer::Resolve(
    std::string_view key,
    std::span<const std::string_view> preferred_countries) const {
  std::span<const Place* const> candidates = Lookup(key);
  if (candidates.empty()) return nullptr;
  const Place* best = candidates.front();
  size_t best_rank = preferred_countries.size();
  for (const Place* p : candidates) {
    for (size_t i = 0; i < best_rank; ++i) {
      // An actor code ("RUSGOV") counts as its country ("RUS").
      if (preferred_countries[i].substr(0, 3) == p->country) {
        best = p;
        best_rank = i;
        break;
      }
    }
    if (best_rank == 0) break;
  }
  return best;
}

const Place* Gazetteer::Country(std::string_view alpha3) const {
  auto it = index_->countries.find(alpha3);
  return it == index_->countries.end() ? nullptr : it->second;
}

ActionGeo Gazetteer::ActionGeoFor(const Place& place) const {
  ActionGeo geo;
  const bool us = place.country == "USA";
  const Place* country = Country(place.country);
  const std::string_view country_name =
      country != nullptr ? country->name : place.country;
  auto add = [&geo](std::string_view part) {
    if (part.empty()) return;
    if (!geo.full_name.empty()) geo.full_name += ", ";
    geo.full_name += part;
  };
  switch (place.feature) {
    case Feature::kCountry:
      geo.type = 1;
      add(place.name);
      geo.feature_id = place.country;
      break;
    case Feature::kAdm1:
      geo.type = us ? 2 : 5;
      add(place.name);
      add(country_name);
      geo.adm1_code = place.adm1;
      geo.feature_id = place.adm1;
      break;
    case Feature::kCity:
      geo.type = us ? 3 : 4;
      add(place.name);
      add(place.adm1_name);
      add(country_name);
      geo.adm1_code = place.adm1;
      geo.feature_id = std::to_string(place.geonames_id);
      break;
  }
  geo.country_code = place.country;
  geo.lat = place.lat;
  geo.lon = place.lon;
  geo.has_latlon = place.has_latlon;
  return geo;
}

size_t Gazetteer::size() const { return index_->places.size(); }

int Gazetteer::max_key_words() const { return index_->max_key_words; }

}  // namespace warta::place
