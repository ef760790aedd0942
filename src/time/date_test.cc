#include "time/date.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenize.h"
#include "time/tokens.h"

// Counts heap allocations so that the no-allocation contract of
// FindTimeExpressions can be checked.
namespace {
std::atomic<long> g_allocations{0};
}  // namespace

// Neither side is inlined, so that the compiler does not pair a `new` it
// sees as malloc with a `delete` it sees as free.
[[gnu::noinline]] void* operator new(size_t n) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  void* p = std::malloc(n == 0 ? 1 : n);
  if (p == nullptr) std::abort();
  return p;
}
[[gnu::noinline]] void* operator new[](size_t n) { return operator new(n); }
[[gnu::noinline]] void operator delete(void* p) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete[](void* p) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete(void* p, size_t) noexcept {
  std::free(p);
}
[[gnu::noinline]] void operator delete[](void* p, size_t) noexcept {
  std::free(p);
}

namespace warta::time {
namespace {

using enum Lang;
using enum TimeKind;
using enum Precision;

Date D(std::string_view iso) {
  const std::optional<Date> d = ParseIsoDate(iso);
  EXPECT_TRUE(d.has_value()) << iso;
  return d.value_or(Date{});
}

// ---------------------------------------------------------------------------
// Arithmetic.

TEST(Calendar, LeapYears) {
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_TRUE(IsLeapYear(1600));
  EXPECT_FALSE(IsLeapYear(2100));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_FALSE(IsLeapYear(2023));
}

TEST(Calendar, DaysInMonth) {
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(2100, 2), 28);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 4), 30);
  EXPECT_EQ(DaysInMonth(2023, 12), 31);
  EXPECT_EQ(DaysInMonth(2023, 0), 0);
  EXPECT_EQ(DaysInMonth(2023, 13), 0);
}

TEST(Calendar, IsValid) {
  EXPECT_TRUE(IsValid(Date{2024, 2, 29}));
  EXPECT_FALSE(IsValid(Date{2023, 2, 29}));
  EXPECT_FALSE(IsValid(Date{2100, 2, 29}));
  EXPECT_TRUE(IsValid(Date{2000, 2, 29}));
  EXPECT_FALSE(IsValid(Date{2023, 4, 31}));
  EXPECT_FALSE(IsValid(Date{2023, 0, 1}));
  EXPECT_FALSE(IsValid(Date{2023, 1, 0}));
  EXPECT_FALSE(IsValid(Date{}));
}

TEST(Calendar, ToDaysKnownValues) {
  EXPECT_EQ(ToDays(Date{1970, 1, 1}), 0);
  EXPECT_EQ(ToDays(Date{1969, 12, 31}), -1);
  EXPECT_EQ(ToDays(Date{2000, 3, 1}), 11017);
  EXPECT_EQ(ToDays(Date{2023, 11, 17}), 19678);
  EXPECT_EQ(ToDays(Date{1900, 1, 1}), -25567);
}

TEST(Calendar, FromDaysInvertsToDays) {
  for (int64_t z = -800000; z <= 800000; z += 7) {
    const Date d = FromDays(z);
    ASSERT_TRUE(IsValid(d)) << z;
    ASSERT_EQ(ToDays(d), z);
  }
  EXPECT_EQ(FromDays(-1), (Date{1969, 12, 31}));
  EXPECT_EQ(FromDays(ToDays(Date{2024, 2, 28}) + 1), (Date{2024, 2, 29}));
  EXPECT_EQ(FromDays(ToDays(Date{2100, 2, 28}) + 1), (Date{2100, 3, 1}));
  EXPECT_EQ(FromDays(ToDays(Date{2022, 12, 31}) + 1), (Date{2023, 1, 1}));
}

TEST(Calendar, Weekday) {
  EXPECT_EQ(Weekday(Date{1970, 1, 1}), 3);    // Thursday
  EXPECT_EQ(Weekday(Date{2023, 11, 17}), 4);  // Friday
  EXPECT_EQ(Weekday(Date{2023, 11, 13}), 0);  // Monday
  EXPECT_EQ(Weekday(Date{2023, 11, 19}), 6);  // Sunday
  EXPECT_EQ(Weekday(Date{2000, 2, 29}), 1);   // Tuesday
  EXPECT_EQ(Weekday(Date{1945, 8, 17}), 4);   // Friday
  EXPECT_EQ(Weekday(Date{1969, 12, 29}), 0);  // before the epoch
  EXPECT_EQ(Weekday(Date{2100, 3, 1}), 0);    // Monday
}

TEST(Calendar, ParseIsoDateAccepts) {
  EXPECT_EQ(ParseIsoDate("2023-11-17"), (Date{2023, 11, 17}));
  EXPECT_EQ(ParseIsoDate("2024-02-29"), (Date{2024, 2, 29}));
  EXPECT_EQ(ParseIsoDate("2000-02-29"), (Date{2000, 2, 29}));
  EXPECT_EQ(ParseIsoDate("0001-01-01"), (Date{1, 1, 1}));
}

TEST(Calendar, ParseIsoDateRejects) {
  for (const char* bad :
       {"2023-02-30", "2023-13-01", "abc", "", "2100-02-29", "2023-02-29",
        "2023-00-10", "2023-11-00", "2023-1-17", "2023/11/17", "2023-11-17x",
        " 2023-11-17", "2023-11-1", "20231117", "2023-11-+7", "-023-11-17"}) {
    EXPECT_FALSE(ParseIsoDate(bad).has_value()) << '"' << bad << '"';
  }
}

TEST(Calendar, FormatDate) {
  EXPECT_EQ(FormatDate({{2023, 11, 17}, kDay}), "2023-11-17");
  EXPECT_EQ(FormatDate({{2023, 11, 13}, kWeek}), "2023-11-13");
  EXPECT_EQ(FormatDate({{2023, 11, 0}, kMonth}), "2023-11");
  EXPECT_EQ(FormatDate({{2023, 0, 0}, kYear}), "2023");
  EXPECT_EQ(FormatDate({{950, 0, 0}, kYear}), "0950");
  EXPECT_EQ(FormatDate({{2023, 11, 17}, kNone}), "");
  EXPECT_EQ(FormatDate({{-44, 3, 15}, kDay}), "-044-03-15");  // printf's path
  EXPECT_EQ(FormatDate({{10000, 1, 2}, kDay}), "10000-01-02");
}

TEST(Calendar, PrecisionName) {
  EXPECT_STREQ(PrecisionName(kNone), "");
  EXPECT_STREQ(PrecisionName(kDay), "day");
  EXPECT_STREQ(PrecisionName(kWeek), "week");
  EXPECT_STREQ(PrecisionName(kMonth), "month");
  EXPECT_STREQ(PrecisionName(kYear), "year");
}

// ---------------------------------------------------------------------------
// FindTimeExpressions, one expression per sentence.

struct Row {
  Lang lang;
  const char* text;
  const char* anchor;
  bool future;
  TimeKind kind;
  const char* value;  // FormatDate of the value; "" for durations
  Precision precision;
  const char* span;                 // the expression's text; nullptr: any
  const char* end_value = nullptr;  // ranges: FormatDate of the end
};

std::ostream& operator<<(std::ostream& os, const Row& r) {
  return os << (r.lang == kId ? "id" : "en") << " @" << r.anchor
            << (r.future ? " future" : "") << ": " << r.text;
}

constexpr bool P = false;  // resolve toward the past (the default)
constexpr bool F = true;   // ResolveOptions::future

// 2023-11-17 is a Friday; 2023-11-13 the Monday of its week.
const Row kRows[] = {
    // ----- Indonesian: absolute dates.
    {kId, "Polisi menangkap pelaku pada 17/11.", "2023-11-20", P, kPoint,
     "2023-11-17", kDay, "pada 17/11"},
    {kId, "Rapat digelar 17/11/2023 di Bogor.", "2024-01-05", P, kPoint,
     "2023-11-17", kDay, "17/11/2023"},
    {kId, "JAKARTA (17/11) - Harga beras naik.", "2023-11-20", P, kPoint,
     "2023-11-17", kDay, "(17/11)"},
    {kId, "Ia lahir pada 17 Agustus 1945 di Jakarta.", "2023-11-17", P, kPoint,
     "1945-08-17", kDay, "pada 17 Agustus 1945"},
    {kId, "Kesepakatan diteken 17 Nov 2023 di Jenewa.", "2023-12-01", P, kPoint,
     "2023-11-17", kDay, "17 Nov 2023"},
    {kId, "Kesepakatan diteken 17 Nov. oleh kedua pihak.", "2023-12-01", P,
     kPoint, "2023-11-17", kDay, "17 Nov."},
    {kId, "Dokumen bertanggal 2023-11-17 itu bocor.", "2024-02-01", P, kPoint,
     "2023-11-17", kDay, "2023-11-17"},
    {kId, "Pertemuan dijadwalkan 17-11-2023 di Bali.", "2023-11-01", P, kPoint,
     "2023-11-17", kDay, "17-11-2023"},
    {kId, "Laporan itu dirilis 29/2/2024.", "2024-03-10", P, kPoint,
     "2024-02-29", kDay, "29/2/2024"},
    {kId, "Surat itu bertanggal 5/1/24.", "2024-03-10", P, kPoint, "2024-01-05",
     kDay, "5/1/24"},
    {kId, "Perang meletus pada tahun 2019.", "2023-11-17", P, kPoint, "2019",
     kYear, "pada tahun 2019"},
    {kId, "Desa itu dibangun pada 1950 oleh Belanda.", "2023-11-17", P, kPoint,
     "1950", kYear, "pada 1950"},
    {kId, "Inflasi melonjak akhir 2022.", "2023-11-17", P, kPoint, "2022",
     kYear, "akhir 2022"},
    {kId, "Proyek itu dimulai awal 2023.", "2023-11-17", P, kPoint, "2023",
     kYear, "awal 2023"},
    {kId, "Kabinet dirombak pertengahan Oktober.", "2023-11-17", P, kPoint,
     "2023-10", kMonth, "pertengahan Oktober"},
    {kId, "Gencatan senjata berlaku 25 Desember.", "2023-11-17", P, kPoint,
     "2022-12-25", kDay, "25 Desember"},
    {kId, "Gencatan senjata akan berlaku 25 Desember.", "2023-11-17", F, kPoint,
     "2023-12-25", kDay, "25 Desember"},
    {kId, "Sidang perdana digelar 3 Januari.", "2023-01-02", P, kPoint,
     "2022-01-03", kDay, "3 Januari"},
    {kId, "Operasi itu berlangsung 28 Desember.", "2023-01-05", P, kPoint,
     "2022-12-28", kDay, "28 Desember"},
    {kId, "Pemungutan suara ulang digelar pada 29 Februari.", "2023-03-01", P,
     kPoint, "2020-02-29", kDay, "pada 29 Februari"},
    {kId, "Perjanjian itu diteken pada tanggal 5.", "2023-11-17", P, kPoint,
     "2023-11-05", kDay, "pada tanggal 5"},
    {kId, "Rapat pleno digelar tanggal 20.", "2023-11-17", P, kPoint,
     "2023-10-20", kDay, "tanggal 20"},
    {kId, "Gedung itu diresmikan 17 Agustus lalu.", "2023-11-17", P, kPoint,
     "2023-08-17", kDay, "17 Agustus lalu"},
    {kId, "Pilkada digelar 27 November mendatang.", "2023-11-17", P, kPoint,
     "2023-11-27", kDay, "27 November mendatang"},
    {kId, "Peristiwa 30 September 1965 masih diperdebatkan.", "2023-11-17", P,
     kPoint, "1965-09-30", kDay, "30 September 1965"},
    {kId, "Banjir bandang melanda 5 Agt 2023.", "2023-11-17", P, kPoint,
     "2023-08-05", kDay, "5 Agt 2023"},
    {kId, "Pelantikan dijadwalkan 20 Des 2024.", "2023-11-17", P, kPoint,
     "2024-12-20", kDay, "20 Des 2024"},
    {kId, "Gempa mengguncang Cianjur 9 Okt.", "2023-11-17", P, kPoint,
     "2023-10-09", kDay, "9 Okt."},
    {kId, "Ia ditahan sejak Maret 2022.", "2023-11-17", P, kPoint, "2022-03",
     kMonth, "Maret 2022"},

    // ----- Indonesian: weekdays.
    {kId, "Polisi menggerebek rumah itu pada hari Jumat.", "2023-11-17", P,
     kPoint, "2023-11-17", kDay, "pada hari Jumat"},
    {kId, "Menteri tiba pada Selasa di Medan.", "2023-11-17", P, kPoint,
     "2023-11-14", kDay, "pada Selasa"},
    {kId, "Menteri tiba Selasa lalu di Medan.", "2023-11-17", P, kPoint,
     "2023-11-14", kDay, "Selasa lalu"},
    {kId, "Menteri akan tiba Selasa depan.", "2023-11-17", P, kPoint,
     "2023-11-21", kDay, "Selasa depan"},
    {kId, "Menteri akan tiba pada Senin.", "2023-11-17", F, kPoint,
     "2023-11-20", kDay, "pada Senin"},
    {kId, "Menteri akan tiba pada Jumat.", "2023-11-17", F, kPoint,
     "2023-11-17", kDay, "pada Jumat"},
    {kId, "Kerusuhan pecah Sabtu malam.", "2023-11-17", P, kPoint, "2023-11-11",
     kDay, "Sabtu malam"},
    {kId, "Jenazah dimakamkan Minggu (12/11) siang.", "2023-11-17", P, kPoint,
     "2023-11-12", kDay, "Minggu (12/11) siang"},
    {kId, "Ia ditangkap pada Jum'at di rumahnya.", "2023-11-17", P, kPoint,
     "2023-11-17", kDay, "pada Jum'at"},
    {kId, "Ia ditangkap pada Jum\u2019at pagi.", "2023-11-17", P, kPoint,
     "2023-11-17", kDay, "pada Jum\u2019at pagi"},
    {kId, "Warga menggelar doa bersama Ahad pagi.", "2023-11-17", P, kPoint,
     "2023-11-12", kDay, "Ahad pagi"},
    {kId, "Rapat serupa digelar Jumat lalu.", "2023-11-17", P, kPoint,
     "2023-11-10", kDay, "Jumat lalu"},
    {kId, "Rapat itu berlangsung Kamis pekan lalu.", "2023-11-17", P, kPoint,
     "2023-11-09", kDay, "Kamis pekan lalu"},
    {kId, "Rapat lanjutan digelar Rabu pekan depan.", "2023-11-17", P, kPoint,
     "2023-11-22", kDay, "Rabu pekan depan"},
    {kId, "Pejabat itu mengatakan pada Jumat (17/11) bahwa serangan berlanjut.",
     "2026-11-28", P, kPoint, "2023-11-17", kDay, "pada Jumat (17/11)"},
    {kId, "Sidang putusan digelar Senin (20/11).", "2023-11-17", P, kPoint,
     "2023-11-20", kDay, "Senin (20/11)"},
    {kId, "Banjir merendam kota itu Senin (17/11).", "2023-11-18", P, kPoint,
     "2014-11-17", kDay, "Senin (17/11)"},
    {kId, "Pengumuman disampaikan Sabtu (29/2).", "2101-03-10", P, kPoint,
     "2076-02-29", kDay, "Sabtu (29/2)"},
    {kId, "Pengumuman disampaikan Senin (29/2).", "2101-03-10", P, kPoint,
     "2096-02-29", kDay, "Senin (29/2)"},
    {kId, "Tim SAR tetap bekerja pada hari Minggu.", "2023-11-17", P, kPoint,
     "2023-11-12", kDay, "pada hari Minggu"},
    {kId, "Presiden berpidato Selasa, 14 November 2023.", "2023-11-17", P,
     kPoint, "2023-11-14", kDay, "Selasa, 14 November 2023"},
    {kId, "Sidang berlanjut Rabu 15 November.", "2026-01-01", P, kPoint,
     "2023-11-15", kDay, "Rabu 15 November"},
    {kId, "Ia ditangkap Selasa kemarin.", "2023-11-17", P, kPoint, "2023-11-14",
     kDay, "Selasa kemarin"},
    {kId, "Pada Minggu, ribuan warga berkumpul.", "2023-11-19", P, kPoint,
     "2023-11-19", kDay, "Pada Minggu"},

    // ----- Indonesian: relative days.
    {kId, "Presiden meninjau lokasi banjir hari ini.", "2023-11-17", P, kPoint,
     "2023-11-17", kDay, "hari ini"},
    {kId, "Presiden tiba di Papua kemarin.", "2024-03-01", P, kPoint,
     "2024-02-29", kDay, "kemarin"},
    {kId, "Presiden tiba di Papua kemarin.", "2023-03-01", P, kPoint,
     "2023-02-28", kDay, "kemarin"},
    {kId, "Presiden tiba di Papua kemarin.", "2100-03-01", P, kPoint,
     "2100-02-28", kDay, "kemarin"},
    {kId, "Presiden tiba di Papua kemarin.", "2000-03-01", P, kPoint,
     "2000-02-29", kDay, "kemarin"},
    {kId, "Presiden tiba di Papua kemarin.", "2023-01-01", P, kPoint,
     "2022-12-31", kDay, "kemarin"},
    {kId, "Kemarin lusa terjadi ledakan di gudang.", "2023-11-17", P, kPoint,
     "2023-11-15", kDay, "Kemarin lusa"},
    {kId, "Pengumuman resmi disampaikan besok.", "2023-12-31", P, kPoint,
     "2024-01-01", kDay, "besok"},
    {kId, "Pelantikan digelar lusa di Istana.", "2023-11-17", P, kPoint,
     "2023-11-19", kDay, "lusa"},
    {kId, "Ledakan terdengar tadi malam.", "2023-11-17", P, kPoint,
     "2023-11-16", kDay, "tadi malam"},
    {kId, "Hujan deras mengguyur Jakarta semalam.", "2023-11-17", P, kPoint,
     "2023-11-16", kDay, "semalam"},
    {kId, "Ia tiba di bandara kemarin sore.", "2023-11-17", P, kPoint,
     "2023-11-16", kDay, "kemarin sore"},
    {kId, "Gempa susulan terjadi dini hari tadi.", "2023-11-17", P, kPoint,
     "2023-11-17", kDay, "dini hari tadi"},

    // ----- Indonesian: weeks, months and years.
    {kId, "Unjuk rasa terjadi pekan lalu.", "2023-01-02", P, kPoint,
     "2022-12-26", kWeek, "pekan lalu"},
    {kId, "Unjuk rasa terjadi minggu lalu.", "2023-11-17", P, kPoint,
     "2023-11-06", kWeek, "minggu lalu"},
    {kId, "Pekan ini harga cabai turun.", "2023-11-17", P, kPoint, "2023-11-13",
     kWeek, "Pekan ini"},
    {kId, "DPR bersidang pekan depan.", "2023-12-28", P, kPoint, "2024-01-01",
     kWeek, "pekan depan"},
    {kId, "Harga beras naik bulan lalu.", "2023-01-15", P, kPoint, "2022-12",
     kMonth, "bulan lalu"},
    {kId, "Bulan ini ekspor naik.", "2023-11-17", P, kPoint, "2023-11", kMonth,
     "Bulan ini"},
    {kId, "Tarif listrik naik bulan depan.", "2023-12-05", P, kPoint, "2024-01",
     kMonth, "bulan depan"},
    {kId, "Tahun lalu ekonomi tumbuh lima persen.", "2023-11-17", P, kPoint,
     "2022", kYear, "Tahun lalu"},
    {kId, "Ekonomi tumbuh lima persen tahun ini.", "2023-11-17", P, kPoint,
     "2023", kYear, "tahun ini"},
    {kId, "Pemilu digelar tahun depan.", "2023-11-17", P, kPoint, "2024", kYear,
     "tahun depan"},
    {kId, "Keluarga itu pindah pada bulan September.", "2023-11-17", P, kPoint,
     "2023-09", kMonth, "pada bulan September"},
    {kId, "Keluarga itu pindah pada September.", "2023-11-17", P, kPoint,
     "2023-09", kMonth, "pada September"},
    {kId, "Banjir melanda September lalu.", "2023-11-17", P, kPoint, "2023-09",
     kMonth, "September lalu"},
    {kId, "Pemilu digelar Desember.", "2023-11-17", P, kPoint, "2022-12",
     kMonth, "Desember"},
    {kId, "Pemilu akan digelar Desember.", "2023-11-17", F, kPoint, "2023-12",
     kMonth, "Desember"},
    {kId, "Ekspor turun November.", "2023-11-17", P, kPoint, "2023-11", kMonth,
     "November"},
    {kId, "Ekspor akan naik November.", "2023-11-17", F, kPoint, "2023-11",
     kMonth, "November"},
    {kId, "Reshuffle terjadi Desember nanti.", "2023-11-17", P, kPoint,
     "2023-12", kMonth, "Desember nanti"},
    {kId, "KTT digelar September mendatang.", "2023-11-17", P, kPoint,
     "2024-09", kMonth, "September mendatang"},
    {kId, "Ia dilantik Mei di Istana.", "2023-11-17", P, kPoint, "2023-05",
     kMonth, "Mei"},
    {kId, "Harga minyak anjlok Januari lalu.", "2023-01-20", P, kPoint,
     "2022-01", kMonth, "Januari lalu"},
    {kId, "Ia dipecat dua tahun lalu.", "2023-11-17", P, kPoint, "2021", kYear,
     "dua tahun lalu"},
    {kId, "Gempa terjadi tiga hari lalu.", "2023-11-17", P, kPoint,
     "2023-11-14", kDay, "tiga hari lalu"},
    {kId, "Ia pulang sepekan lalu.", "2023-11-17", P, kPoint, "2023-11-06",
     kWeek, "sepekan lalu"},
    {kId, "Pemilu digelar dua bulan lagi.", "2023-11-17", P, kPoint, "2024-01",
     kMonth, "dua bulan lagi"},
    {kId, "Harga naik September tahun lalu.", "2023-11-17", P, kPoint,
     "2022-09", kMonth, "September tahun lalu"},

    // ----- Indonesian: parts and ranges.
    {kId, "Harga naik sejak awal bulan.", "2023-11-17", P, kPoint, "2023-11",
     kMonth, "awal bulan"},
    {kId, "Banyak warga berlibur akhir pekan.", "2023-11-17", P, kPoint,
     "2023-11-06", kWeek, "akhir pekan"},
    {kId, "Banyak warga berlibur akhir pekan.", "2023-11-19", P, kPoint,
     "2023-11-13", kWeek, "akhir pekan"},
    {kId, "Banyak warga akan berlibur akhir pekan.", "2023-11-15", F, kPoint,
     "2023-11-13", kWeek, "akhir pekan"},
    {kId, "Konser digelar akhir pekan ini.", "2023-11-17", P, kPoint,
     "2023-11-13", kWeek, "akhir pekan ini"},
    {kId, "Target itu dicapai akhir tahun.", "2023-11-17", P, kPoint, "2023",
     kYear, "akhir tahun"},
    {kId, "Rapat digelar Selasa hingga Kamis.", "2023-11-17", P, kRange,
     "2023-11-14", kDay, "Selasa hingga Kamis", "2023-11-16"},
    {kId, "Rapat digelar Selasa sampai Kamis.", "2023-11-17", P, kRange,
     "2023-11-14", kDay, "Selasa sampai Kamis", "2023-11-16"},
    {kId, "Konferensi berlangsung 17-19 November.", "2023-11-20", P, kRange,
     "2023-11-17", kDay, "17-19 November", "2023-11-19"},
    {kId, "Pameran digelar 17 Oktober \u2013 2 November 2023.", "2024-05-01", P,
     kRange, "2023-10-17", kDay, "17 Oktober \u2013 2 November 2023",
     "2023-11-02"},
    {kId, "Pembahasan berlangsung Desember hingga Februari.", "2023-01-10", P,
     kRange, "2022-12", kMonth, "Desember hingga Februari", "2023-02"},
    {kId, "Data itu mencakup tahun 2019-2020.", "2023-11-17", P, kRange, "2019",
     kYear, "tahun 2019-2020", "2020"},
    {kId, "Aksi mogok berlangsung Senin-Rabu.", "2023-11-17", P, kRange,
     "2023-11-13", kDay, "Senin-Rabu", "2023-11-15"},
    {kId, "Pertemuan berlangsung antara Senin dan Rabu.", "2023-11-17", P,
     kRange, "2023-11-13", kDay, "Senin dan Rabu", "2023-11-15"},
    {kId, "Kapal itu ditahan dari 2019 hingga 2021.", "2023-11-17", P, kRange,
     "2019", kYear, "2019 hingga 2021", "2021"},
    {kId, "Pertemuan digelar 8 hingga 10 Desember 2023.", "2023-11-17", P,
     kRange, "2023-12-08", kDay, "8 hingga 10 Desember 2023", "2023-12-10"},
    {kId, "Libur berlangsung Jumat sampai Senin.", "2023-11-17", P, kRange,
     "2023-11-17", kDay, "Jumat sampai Senin", "2023-11-20"},
    {kId, "Kegiatan berlangsung 28 Desember s/d 2 Januari.", "2023-01-10", P,
     kRange, "2022-12-28", kDay, "28 Desember s/d 2 Januari", "2023-01-02"},

    // ----- Indonesian: durations.
    {kId, "Ia menjabat selama dua tahun.", "2023-11-17", P, kDuration, "",
     kNone, "selama dua tahun"},
    {kId, "Kunjungan dua hari ke Jepang berakhir.", "2023-11-17", P, kDuration,
     "", kNone, "dua hari"},
    {kId, "Operasi itu memakan waktu tiga pekan.", "2023-11-17", P, kDuration,
     "", kNone, "tiga pekan"},
    {kId, "Dalam 10 tahun terakhir harga naik.", "2023-11-17", P, kDuration, "",
     kNone, "Dalam 10 tahun terakhir"},
    {kId, "Kakek berusia 70 tahun itu selamat.", "2023-11-17", P, kDuration, "",
     kNone, "70 tahun"},
    {kId, "Ia ditahan selama dua puluh hari.", "2023-11-17", P, kDuration, "",
     kNone, "selama dua puluh hari"},
    {kId, "Perundingan berlangsung sebelas hari.", "2023-11-17", P, kDuration,
     "", kNone, "sebelas hari"},
    {kId, "Ia dipenjara 2,5 tahun.", "2023-11-17", P, kDuration, "", kNone,
     "2,5 tahun"},
    {kId, "Pasukan berjaga selama semalam.", "2023-11-17", P, kDuration, "",
     kNone, "selama semalam"},
    {kId, "Harga diprediksi naik lima tahun ke depan.", "2023-11-17", P,
     kDuration, "", kNone, "lima tahun ke depan"},
    {kId, "Ia bertahan beberapa hari lalu pergi.", "2023-11-17", P, kDuration,
     "", kNone, "beberapa hari"},
    {kId, "Batuan itu terbentuk 300000000 abad lalu.", "2023-11-17", P,
     kDuration, "", kNone, "300000000 abad"},
    {kId, "Korban dirawat sepekan di rumah sakit.", "2023-11-17", P, kDuration,
     "", kNone, "sepekan"},

    // ----- Indonesian: more forms.
    {kId, "Presiden tiba pada Selasa malam.", "2023-11-17", P, kPoint,
     "2023-11-14", kDay, "pada Selasa malam"},
    {kId, "Harga naik sejak pertengahan tahun.", "2023-11-17", P, kPoint,
     "2023", kYear, "pertengahan tahun"},
    {kId, "Ia akan kembali dua hari lagi.", "2023-11-17", P, kPoint,
     "2023-11-19", kDay, "dua hari lagi"},
    {kId, "Ia dipecat lima tahun silam.", "2023-11-17", P, kPoint, "2018",
     kYear, "lima tahun silam"},
    {kId, "Ia pindah setahun yang lalu.", "2023-11-17", P, kPoint, "2022",
     kYear, "setahun yang lalu"},
    {kId, "Tarif naik awal bulan depan.", "2023-12-05", P, kPoint, "2024-01",
     kMonth, "awal bulan depan"},
    {kId, "Panen raya tiba akhir bulan lalu.", "2023-01-15", P, kPoint,
     "2022-12", kMonth, "akhir bulan lalu"},
    {kId, "Ia ditangkap pada hari Sabtu (11/11).", "2026-11-28", P, kPoint,
     "2023-11-11", kDay, "pada hari Sabtu (11/11)"},
    {kId, "Harga naik sejak Januari 2024.", "2024-05-01", P, kPoint, "2024-01",
     kMonth, "Januari 2024"},
    {kId, "Ia ditahan pada Rabu (15/11/2023) malam.", "2024-05-01", P, kPoint,
     "2023-11-15", kDay, "pada Rabu (15/11/2023) malam"},
    {kId, "Pekerjaan dimulai esok hari.", "2023-11-17", P, kPoint, "2023-11-18",
     kDay, "esok hari"},
    {kId, "Pemilu diadakan pada 14 Februari 2024.", "2023-11-17", P, kPoint,
     "2024-02-14", kDay, "pada 14 Februari 2024"},
    {kId, "Rapat digelar Kamis (16/11) pagi di Balai Kota.", "2023-11-17", P,
     kPoint, "2023-11-16", kDay, "Kamis (16/11) pagi"},
    {kId, "Pada pekan ini, harga turun.", "2023-11-19", P, kPoint, "2023-11-13",
     kWeek, "Pada pekan ini"},
    {kId, "Harga telur turun pada awal pekan.", "2023-11-17", P, kPoint,
     "2023-11-13", kWeek, "pada awal pekan"},
    {kId, "Kebakaran terjadi pagi tadi.", "2023-11-17", P, kPoint, "2023-11-17",
     kDay, "pagi tadi"},
    {kId, "Gempa terjadi Selasa (31/10).", "2023-11-17", P, kPoint,
     "2023-10-31", kDay, "Selasa (31/10)"},
    {kId, "Ia bertugas hingga 31 Desember 2023.", "2023-11-17", P, kPoint,
     "2023-12-31", kDay, "31 Desember 2023"},
    {kId, "Tiga tahun lalu, ia pindah ke Medan.", "2023-11-17", P, kPoint,
     "2020", kYear, "Tiga tahun lalu"},

    // ----- English: absolute dates.
    {kEn, "The deal was signed November 17 in Geneva.", "2023-11-20", P, kPoint,
     "2023-11-17", kDay, "November 17"},
    {kEn, "The deal was signed November 17th in Geneva.", "2023-11-20", P,
     kPoint, "2023-11-17", kDay, "November 17th"},
    {kEn, "The deal was signed on Nov. 17, 2023, in Geneva.", "2024-02-01", P,
     kPoint, "2023-11-17", kDay, "on Nov. 17, 2023"},
    {kEn, "The deal was signed 17 November 2023.", "2024-02-01", P, kPoint,
     "2023-11-17", kDay, "17 November 2023"},
    {kEn, "The deal was signed 17 Nov. in Geneva.", "2023-11-20", P, kPoint,
     "2023-11-17", kDay, "17 Nov."},
    {kEn, "Talks collapsed in 2019.", "2023-11-17", P, kPoint, "2019", kYear,
     "in 2019"},
    {kEn, "Prices peaked at the end of 2022.", "2023-11-17", P, kPoint, "2022",
     kYear, "end of 2022"},
    {kEn, "Growth slowed in early 2023.", "2023-11-17", P, kPoint, "2023",
     kYear, "in early 2023"},
    {kEn, "The ruling came in mid-2022.", "2023-11-17", P, kPoint, "2022",
     kYear, "in mid-2022"},
    {kEn, "The vote was held in September.", "2023-11-17", P, kPoint, "2023-09",
     kMonth, "in September"},
    {kEn, "The vote was held in December.", "2023-11-17", P, kPoint, "2022-12",
     kMonth, "in December"},
    {kEn, "The vote will be held in December.", "2023-11-17", F, kPoint,
     "2023-12", kMonth, "in December"},
    {kEn, "Protests began in May.", "2023-11-17", P, kPoint, "2023-05", kMonth,
     "in May"},
    {kEn, "Troops arrived in March 2021.", "2023-11-17", P, kPoint, "2021-03",
     kMonth, "in March 2021"},
    {kEn, "The firm has grown since 2015.", "2023-11-17", P, kPoint, "2015",
     kYear, "2015"},
    {kEn, "The accord was signed on 11/17.", "2023-11-20", P, kPoint,
     "2023-11-17", kDay, "on 11/17"},
    {kEn, "She was born on 29 February 2000.", "2023-11-17", P, kPoint,
     "2000-02-29", kDay, "on 29 February 2000"},
    {kEn, "The treaty took effect on January 3.", "2023-01-02", P, kPoint,
     "2022-01-03", kDay, "on January 3"},
    {kEn, "The strike ended Nov 20.", "2023-11-17", P, kPoint, "2022-11-20",
     kDay, "Nov 20"},
    {kEn, "Voting ends on the 5th of December.", "2023-11-17", F, kPoint,
     "2023-12-05", kDay, "on the 5th of December"},
    {kEn, "Payments are due on the 20th.", "2023-11-17", P, kPoint,
     "2023-10-20", kDay, "on the 20th"},
    {kEn, "The law passed in August.", "2023-11-17", P, kPoint, "2023-08",
     kMonth, "in August"},
    {kEn, "The leak is dated 2023-11-17.", "2024-01-01", P, kPoint,
     "2023-11-17", kDay, "2023-11-17"},

    // ----- English: weekdays.
    {kEn, "The minister said on Tuesday that talks would go on.", "2023-11-17",
     P, kPoint, "2023-11-14", kDay, "on Tuesday"},
    {kEn, "Officials met last Tuesday.", "2023-11-17", P, kPoint, "2023-11-14",
     kDay, "last Tuesday"},
    {kEn, "Officials will meet next Tuesday.", "2023-11-17", P, kPoint,
     "2023-11-21", kDay, "next Tuesday"},
    {kEn, "Officials will meet on Monday.", "2023-11-17", F, kPoint,
     "2023-11-20", kDay, "on Monday"},
    {kEn, "The ceasefire began Friday.", "2023-11-17", P, kPoint, "2023-11-17",
     kDay, "Friday"},
    {kEn, "A ceasefire also began last Friday.", "2023-11-17", P, kPoint,
     "2023-11-10", kDay, "last Friday"},
    {kEn, "Fighting resumed Saturday night.", "2023-11-17", P, kPoint,
     "2023-11-11", kDay, "Saturday night"},
    {kEn, "Tuesday's meeting was cancelled.", "2023-11-17", P, kPoint,
     "2023-11-14", kDay, "Tuesday's"},
    {kEn, "The vote took place Friday, November 17, 2023.", "2024-01-01", P,
     kPoint, "2023-11-17", kDay, "Friday, November 17, 2023"},
    {kEn, "Rebels attacked on Thursday last week.", "2023-11-17", P, kPoint,
     "2023-11-09", kDay, "on Thursday last week"},
    {kEn, "Rebels attacked on Thursday, Nov. 16.", "2026-11-28", P, kPoint,
     "2023-11-16", kDay, "on Thursday, Nov. 16"},
    {kEn, "Thousands marched on Sunday.", "2023-11-19", P, kPoint, "2023-11-19",
     kDay, "on Sunday"},
    {kEn, "Markets fell sharply Monday morning.", "2023-11-17", P, kPoint,
     "2023-11-13", kDay, "Monday morning"},

    // ----- English: relative days.
    {kEn, "The president visits the flood zone today.", "2023-11-17", P, kPoint,
     "2023-11-17", kDay, "today"},
    {kEn, "The president arrived yesterday.", "2024-03-01", P, kPoint,
     "2024-02-29", kDay, "yesterday"},
    {kEn, "The president arrived yesterday.", "2100-03-01", P, kPoint,
     "2100-02-28", kDay, "yesterday"},
    {kEn, "The president flies out tomorrow.", "2023-12-31", P, kPoint,
     "2024-01-01", kDay, "tomorrow"},
    {kEn, "Rockets hit the city the day before yesterday.", "2023-11-17", P,
     kPoint, "2023-11-15", kDay, "the day before yesterday"},
    {kEn, "The verdict is due the day after tomorrow.", "2023-11-17", P, kPoint,
     "2023-11-19", kDay, "the day after tomorrow"},
    {kEn, "Explosions were heard last night.", "2023-11-17", P, kPoint,
     "2023-11-16", kDay, "last night"},
    {kEn, "Police cleared the camp this morning.", "2023-11-17", P, kPoint,
     "2023-11-17", kDay, "this morning"},
    {kEn, "The council votes tonight.", "2023-11-17", P, kPoint, "2023-11-17",
     kDay, "tonight"},
    {kEn, "He landed yesterday afternoon.", "2023-11-17", P, kPoint,
     "2023-11-16", kDay, "yesterday afternoon"},

    // ----- English: weeks, months and years.
    {kEn, "Protests erupted last week.", "2023-01-02", P, kPoint, "2022-12-26",
     kWeek, "last week"},
    {kEn, "Talks resumed this week.", "2023-11-17", P, kPoint, "2023-11-13",
     kWeek, "this week"},
    {kEn, "Talks resume next week.", "2023-12-28", P, kPoint, "2024-01-01",
     kWeek, "next week"},
    {kEn, "Prices rose last month.", "2023-01-15", P, kPoint, "2022-12", kMonth,
     "last month"},
    {kEn, "Exports rose this month.", "2023-11-17", P, kPoint, "2023-11",
     kMonth, "this month"},
    {kEn, "Fares rise next month.", "2023-12-05", P, kPoint, "2024-01", kMonth,
     "next month"},
    {kEn, "The economy grew last year.", "2023-01-01", P, kPoint, "2022", kYear,
     "last year"},
    {kEn, "The economy grew this year.", "2023-11-17", P, kPoint, "2023", kYear,
     "this year"},
    {kEn, "Elections are due next year.", "2023-11-17", P, kPoint, "2024",
     kYear, "next year"},
    {kEn, "Floods hit the region last September.", "2023-11-17", P, kPoint,
     "2023-09", kMonth, "last September"},
    {kEn, "The summit is planned for next September.", "2023-11-17", P, kPoint,
     "2024-09", kMonth, "next September"},
    {kEn, "Prices rose in September last year.", "2023-11-17", P, kPoint,
     "2022-09", kMonth, "in September last year"},
    {kEn, "The plant closes this December.", "2023-11-17", P, kPoint, "2023-12",
     kMonth, "this December"},
    {kEn, "The quake struck three days ago.", "2023-11-17", P, kPoint,
     "2023-11-14", kDay, "three days ago"},
    {kEn, "He resigned two weeks ago.", "2023-11-17", P, kPoint, "2023-10-30",
     kWeek, "two weeks ago"},
    {kEn, "He resigned a year ago.", "2023-11-17", P, kPoint, "2022", kYear,
     "a year ago"},
    {kEn, "The plant closed two months ago.", "2023-01-15", P, kPoint,
     "2022-11", kMonth, "two months ago"},
    {kEn, "Inflation eased earlier this month.", "2023-11-17", P, kPoint,
     "2023-11", kMonth, "earlier this month"},
    {kEn, "Elections will be held later this year.", "2023-11-17", P, kPoint,
     "2023", kYear, "later this year"},
    {kEn, "The envoy returns early next week.", "2023-11-17", P, kPoint,
     "2023-11-20", kWeek, "early next week"},
    {kEn, "Output fell late last year.", "2023-11-17", P, kPoint, "2022", kYear,
     "late last year"},
    {kEn, "Payments resume at the end of the month.", "2023-11-17", P, kPoint,
     "2023-11", kMonth, "end of the month"},
    {kEn, "Rockets were fired over the weekend.", "2023-11-20", P, kPoint,
     "2023-11-13", kWeek, "the weekend"},
    {kEn, "Crowds gathered last weekend.", "2023-11-17", P, kPoint,
     "2023-11-06", kWeek, "last weekend"},

    // ----- English: ranges.
    {kEn, "Talks ran Tuesday to Thursday.", "2023-11-17", P, kRange,
     "2023-11-14", kDay, "Tuesday to Thursday", "2023-11-16"},
    {kEn, "The summit ran Nov 17-19 in Bali.", "2023-11-20", P, kRange,
     "2023-11-17", kDay, "Nov 17-19", "2023-11-19"},
    {kEn, "The ship was held from 2019 to 2021.", "2023-11-17", P, kRange,
     "2019", kYear, "2019 to 2021", "2021"},
    {kEn, "Voting runs between Monday and Wednesday.", "2023-11-17", P, kRange,
     "2023-11-13", kDay, "Monday and Wednesday", "2023-11-15"},
    {kEn, "Prices rose from December 2022 to March 2023.", "2023-11-17", P,
     kRange, "2022-12", kMonth, "December 2022 to March 2023", "2023-03"},
    {kEn, "The fair ran October 30 to November 2.", "2023-11-17", P, kRange,
     "2023-10-30", kDay, "October 30 to November 2", "2023-11-02"},
    {kEn, "Offices stay open Monday through Friday.", "2023-11-17", P, kRange,
     "2023-11-13", kDay, "Monday through Friday", "2023-11-17"},
    {kEn, "The exhibition runs 8 to 10 December 2023.", "2023-11-17", P, kRange,
     "2023-12-08", kDay, "8 to 10 December 2023", "2023-12-10"},

    // ----- English: durations.
    {kEn, "He served for two years.", "2023-11-17", P, kDuration, "", kNone,
     "for two years"},
    {kEn, "The visit lasted two days.", "2023-11-17", P, kDuration, "", kNone,
     "two days"},
    {kEn, "Prices rose over the past three months.", "2023-11-17", P, kDuration,
     "", kNone, "over the past three months"},
    {kEn, "The rescue took a few days.", "2023-11-17", P, kDuration, "", kNone,
     "a few days"},
    {kEn, "A 70-year-old man was hurt.", "2023-11-17", P, kDuration, "", kNone,
     "70-year-old"},
    {kEn, "It was a two-day visit.", "2023-11-17", P, kDuration, "", kNone,
     "two-day"},
    {kEn, "He was jailed for twenty-five years.", "2023-11-17", P, kDuration,
     "", kNone, "for twenty-five years"},
    {kEn, "The talks lasted 1.5 years.", "2023-11-17", P, kDuration, "", kNone,
     "1.5 years"},
    {kEn, "Troops must leave within 48 hours.", "2023-11-17", P, kDuration, "",
     kNone, "within 48 hours"},
    {kEn, "Violence has grown over the past decade.", "2023-11-17", P,
     kDuration, "", kNone, "over the past decade"},
    {kEn, "Eleven days of talks ended.", "2023-11-17", P, kDuration, "", kNone,
     "Eleven days"},
    {kEn, "Talks lasted several weeks.", "2023-11-17", P, kDuration, "", kNone,
     "several weeks"},
    // ----- English: more forms.
    {kEn, "The accord was signed on 17/11/2023.", "2024-01-05", P, kPoint,
     "2023-11-17", kDay, "on 17/11/2023"},
    {kEn, "LONDON (17/11) - Shares fell sharply.", "2023-11-20", P, kPoint,
     "2023-11-17", kDay, "(17/11)"},
    {kEn, "The report was dated 29/2/2024.", "2024-03-10", P, kPoint,
     "2024-02-29", kDay, "29/2/2024"},
    {kEn, "Voters go to the polls on February 29.", "2023-03-01", P, kPoint,
     "2020-02-29", kDay, "on February 29"},
    {kEn, "The blockade began December 28.", "2023-01-05", P, kPoint,
     "2022-12-28", kDay, "December 28"},
    {kEn, "The blockade ends December 28.", "2023-11-17", F, kPoint,
     "2023-12-28", kDay, "December 28"},
    {kEn, "A truce took effect on Christmas Day, December 25, 2022.",
     "2023-11-17", P, kPoint, "2022-12-25", kDay, "December 25, 2022"},
    {kEn, "Rebels seized the town in late November.", "2023-11-17", P, kPoint,
     "2023-11", kMonth, "in late November"},
    {kEn, "A deal is expected by mid-December.", "2023-11-17", F, kPoint,
     "2023-12", kMonth, "mid-December"},
    {kEn, "Talks began at the beginning of 2023.", "2023-11-17", P, kPoint,
     "2023", kYear, "beginning of 2023"},
    {kEn, "Prices peaked in the middle of last year.", "2023-11-17", P, kPoint,
     "2022", kYear, "middle of last year"},
    {kEn, "The embassy reopened in June 2020.", "2023-11-17", P, kPoint,
     "2020-06", kMonth, "in June 2020"},
    {kEn, "The blockade began in Sept. 2021.", "2023-11-17", P, kPoint,
     "2021-09", kMonth, "in Sept. 2021"},
    {kEn, "Exports fell in November.", "2023-11-17", P, kPoint, "2023-11",
     kMonth, "in November"},
    {kEn, "The hearing was set for Jan. 3.", "2023-01-02", F, kPoint,
     "2023-01-03", kDay, "Jan. 3"},
    {kEn, "The law took effect on 1 January 2024.", "2024-03-01", P, kPoint,
     "2024-01-01", kDay, "on 1 January 2024"},
    {kEn, "The ban was lifted on Jan. 1.", "2024-01-03", P, kPoint,
     "2024-01-01", kDay, "on Jan. 1"},
    {kEn, "The census was taken in 1950.", "2023-11-17", P, kPoint, "1950",
     kYear, "in 1950"},
    {kEn, "He died on October 31.", "2023-11-17", P, kPoint, "2023-10-31", kDay,
     "on October 31"},
    {kEn, "The vote was delayed until 2025.", "2023-11-17", P, kPoint, "2025",
     kYear, "2025"},
    {kEn, "The bill passed on Wednesday.", "2023-11-17", P, kPoint,
     "2023-11-15", kDay, "on Wednesday"},
    {kEn, "Police said Sunday that two men were held.", "2023-11-17", P, kPoint,
     "2023-11-12", kDay, "Sunday"},
    {kEn, "The court rules next Friday.", "2023-11-17", P, kPoint, "2023-11-24",
     kDay, "next Friday"},
    {kEn, "The court will rule on Friday.", "2023-11-17", F, kPoint,
     "2023-11-17", kDay, "on Friday"},
    {kEn, "Talks resume on Tuesday next week.", "2023-11-17", P, kPoint,
     "2023-11-21", kDay, "on Tuesday next week"},
    {kEn, "Rallies were held on Saturday, 11 November.", "2026-11-28", P,
     kPoint, "2023-11-11", kDay, "on Saturday, 11 November"},
    {kEn, "Talks resume on Monday, Nov. 20.", "2023-11-17", F, kPoint,
     "2023-11-20", kDay, "on Monday, Nov. 20"},
    {kEn, "Shelling continued late Tuesday.", "2023-11-17", P, kPoint,
     "2023-11-14", kDay, "late Tuesday"},
    {kEn, "The plane landed early Sunday morning.", "2023-11-17", P, kPoint,
     "2023-11-12", kDay, "early Sunday morning"},
    {kEn, "Relief arrived this Tuesday.", "2023-11-17", P, kPoint, "2023-11-14",
     kDay, "this Tuesday"},
    {kEn, "The president arrived yesterday.", "2023-01-01", P, kPoint,
     "2022-12-31", kDay, "yesterday"},
    {kEn, "The results come out tomorrow morning.", "2023-11-17", P, kPoint,
     "2023-11-18", kDay, "tomorrow morning"},
    {kEn, "Storms are forecast for this evening.", "2023-11-17", P, kPoint,
     "2023-11-17", kDay, "this evening"},
    {kEn, "Protests erupted last week.", "2023-11-17", P, kPoint, "2023-11-06",
     kWeek, "last week"},
    {kEn, "The ship sank a decade ago.", "2023-11-17", P, kPoint, "2013", kYear,
     "a decade ago"},
    {kEn, "He left five years ago.", "2023-11-17", P, kPoint, "2018", kYear,
     "five years ago"},
    {kEn, "She will return three days from now.", "2023-11-17", P, kPoint,
     "2023-11-20", kDay, "three days from now"},
    {kEn, "Payments start at the beginning of next month.", "2023-12-05", P,
     kPoint, "2024-01", kMonth, "beginning of next month"},
    {kEn, "Payments start at the end of the year.", "2023-11-17", P, kPoint,
     "2023", kYear, "end of the year"},
    {kEn, "The weekend saw heavy fighting.", "2023-11-17", P, kPoint,
     "2023-11-06", kWeek, "The weekend"},
    {kEn, "Rallies are planned for this weekend.", "2023-11-17", P, kPoint,
     "2023-11-13", kWeek, "this weekend"},
    {kEn, "Rallies are planned for next weekend.", "2023-11-17", P, kPoint,
     "2023-11-20", kWeek, "next weekend"},
    {kEn, "Flights were halted 17–19 November.", "2023-11-20", P, kRange,
     "2023-11-17", kDay, "17–19 November", "2023-11-19"},
    {kEn, "Schools close from Monday to Wednesday.", "2023-11-17", P, kRange,
     "2023-11-13", kDay, "Monday to Wednesday", "2023-11-15"},
    {kEn, "The curfew runs Friday until Monday.", "2023-11-17", P, kRange,
     "2023-11-17", kDay, "Friday until Monday", "2023-11-20"},
    {kEn, "Output fell in 2019-2020.", "2023-11-17", P, kRange, "2019", kYear,
     "in 2019-2020", "2020"},
    {kEn, "The fair ran December 28 to January 2.", "2023-01-10", P, kRange,
     "2022-12-28", kDay, "December 28 to January 2", "2023-01-02"},
    {kEn, "The siege lasted three weeks.", "2023-11-17", P, kDuration, "",
     kNone, "three weeks"},
    {kEn, "She has lived there for a decade.", "2023-11-17", P, kDuration, "",
     kNone, "for a decade"},
    {kEn, "He was held for 10 days.", "2023-11-17", P, kDuration, "", kNone,
     "for 10 days"},
    {kEn, "A 48-hour truce began.", "2023-11-17", P, kDuration, "", kNone,
     "48-hour"},
    {kEn, "The strike lasted a couple of weeks.", "2023-11-17", P, kDuration,
     "", kNone, "a couple of weeks"},
    {kEn, "Fighting eased two days later.", "2023-11-17", P, kDuration, "",
     kNone, "two days"},
    {kEn, "The plant reopens in two weeks.", "2023-11-17", P, kDuration, "",
     kNone, "in two weeks"},
};

class RowTest : public testing::TestWithParam<Row> {};

TEST_P(RowTest, FindsOneExpression) {
  const Row& r = GetParam();
  std::vector<TimeExpr> out;
  ResolveOptions opts;
  opts.future = r.future;
  FindTimeExpressions(r.text, r.lang, D(r.anchor), opts, &out);
  ASSERT_EQ(out.size(), 1u);
  const TimeExpr& e = out[0];
  const std::string_view text(r.text);
  ASSERT_LE(e.begin, e.end);
  ASSERT_LE(e.end, text.size());
  if (r.span != nullptr) {
    EXPECT_EQ(text.substr(e.begin, e.end - e.begin), std::string_view(r.span));
  }
  EXPECT_EQ(e.kind, r.kind);
  EXPECT_EQ(FormatDate(e.value), r.value);
  EXPECT_EQ(e.value.precision, r.precision) << PrecisionName(e.value.precision);
  if (r.kind == kRange) {
    EXPECT_EQ(FormatDate(e.end_value), r.end_value);
  } else {
    EXPECT_EQ(e.end_value.precision, kNone);
  }
}

INSTANTIATE_TEST_SUITE_P(Table, RowTest, testing::ValuesIn(kRows));

// Text that holds no date.
struct Negative {
  Lang lang;
  const char* text;
};

std::ostream& operator<<(std::ostream& os, const Negative& n) {
  return os << (n.lang == kId ? "id: " : "en: ") << n.text;
}

const Negative kNegatives[] = {
    {kId, "Harga cabai mencapai 2,5 juta per ton."},
    {kId, "Rapat dimulai pukul 10.00 WIB di gedung DPR."},
    {kId, "Tahun anggaran belum ditetapkan."},
    {kId, "UU Nomor 17 Tahun 2003 tentang Keuangan Negara."},
    {kId, "PP No. 5 Tahun 2021 mengatur perizinan."},
    {kId, "Sebanyak 1/2 anggaran sudah terserap."},
    {kId, "Layanan 24/7 tersedia bagi warga."},
    {kId, "Warga menonton pertandingan hari kedua."},
    {kId, "Musik era 1990-an kembali populer."},
    {kId, "Pemilu 2024 berlangsung damai."},
    {kId, "Siswa itu masuk minggu ketiga."},
    {kId, "Ia menunggu akhir-akhir ini tanpa kabar."},
    {kId, "Dua pertiga anggota hadir."},
    {kId, "Versi 3.17 dirilis untuk umum."},
    {kEn, "He may resign if the vote fails."},
    {kEn, "The march drew thousands of people."},
    {kEn, "Prices rose 2.5 million units."},
    {kEn, "The 1990s were turbulent."},
    {kEn, "The august assembly met in secret."},
    {kEn, "A 2019 report said nothing of it."},
    {kEn, "Jan Smith spoke to reporters."},
    {kEn, "Service is available 24/7."},
    {kEn, "Half of 1/2 of voters stayed home."},
    {kEn, "The end of the affair was near."},
};

class NegativeTest : public testing::TestWithParam<Negative> {};

TEST_P(NegativeTest, FindsNothing) {
  const Negative& n = GetParam();
  std::vector<TimeExpr> out;
  FindTimeExpressions(n.text, n.lang, Date{2023, 11, 17}, {}, &out);
  for (const TimeExpr& e : out) {
    ADD_FAILURE() << "found \""
                  << std::string_view(n.text).substr(e.begin, e.end - e.begin)
                  << "\" -> " << FormatDate(e.value);
  }
}

INSTANTIATE_TEST_SUITE_P(Table, NegativeTest, testing::ValuesIn(kNegatives));

// ---------------------------------------------------------------------------
// FindTimeExpressions, behaviour beyond single rows.

std::vector<std::string> Spans(std::string_view text,
                               const std::vector<TimeExpr>& out) {
  std::vector<std::string> spans;
  for (const TimeExpr& e : out) {
    spans.emplace_back(text.substr(e.begin, e.end - e.begin));
  }
  return spans;
}

TEST(FindTimeExpressions, SeveralInTextOrder) {
  const std::string_view text =
      "Kemarin polisi memeriksa saksi, dan pada Senin (13/11) tersangka "
      "ditahan selama dua hari sebelum dibebaskan pekan lalu.";
  std::vector<TimeExpr> out;
  FindTimeExpressions(text, kId, Date{2023, 11, 17}, {}, &out);
  EXPECT_EQ(Spans(text, out),
            (std::vector<std::string>{"Kemarin", "pada Senin (13/11)",
                                      "selama dua hari", "pekan lalu"}));
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(FormatDate(out[0].value), "2023-11-16");
  EXPECT_EQ(FormatDate(out[1].value), "2023-11-13");
  EXPECT_EQ(out[2].kind, kDuration);
  EXPECT_EQ(FormatDate(out[3].value), "2023-11-06");
}

TEST(FindTimeExpressions, AppendsWithoutClearing) {
  std::vector<TimeExpr> out(2);
  FindTimeExpressions("Harga naik bulan lalu.", kId, Date{2023, 11, 17}, {},
                      &out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(FormatDate(out[2].value), "2023-10");
}

TEST(FindTimeExpressions, OffsetsAreBytesPastMultibyteText) {
  // Curly quotes and an en dash before the expression shift its offsets.
  const std::string_view text =
      "\u201cKami menolak\u201d \u2013 katanya pada hari Jumat.";
  std::vector<TimeExpr> out;
  FindTimeExpressions(text, kId, Date{2023, 11, 17}, {}, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].begin, text.find("pada"));
  EXPECT_EQ(out[0].end, text.find('.'));
}

TEST(FindTimeExpressions, NonBreakingSpaceSeparatesWords) {
  const std::string_view text = "Rapat digelar 17\u00a0November\u00a02023.";
  std::vector<TimeExpr> out;
  FindTimeExpressions(text, kId, Date{2024, 1, 1}, {}, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(FormatDate(out[0].value), "2023-11-17");
  EXPECT_TRUE(out[0].explicit_year);
}

TEST(FindTimeExpressions, ExplicitYear) {
  std::vector<TimeExpr> out;
  const Date anchor{2023, 11, 17};
  FindTimeExpressions("pada 17 November 2023 dan 17 November", kId, anchor, {},
                      &out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_TRUE(out[0].explicit_year);
  EXPECT_FALSE(out[1].explicit_year);
  out.clear();
  FindTimeExpressions("in 2019 and last year", kEn, anchor, {}, &out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_TRUE(out[0].explicit_year);
  EXPECT_FALSE(out[1].explicit_year);
}

TEST(FindTimeExpressions, LanguageSelectsTheWordList) {
  std::vector<TimeExpr> out;
  FindTimeExpressions("kemarin and yesterday", kEn, Date{2023, 11, 17}, {},
                      &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].begin, 12u);
  out.clear();
  FindTimeExpressions("kemarin and yesterday", kId, Date{2023, 11, 17}, {},
                      &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].begin, 0u);
}

TEST(FindTimeExpressions, EmptyAndPunctuationOnly) {
  std::vector<TimeExpr> out;
  FindTimeExpressions("", kId, Date{2023, 11, 17}, {}, &out);
  FindTimeExpressions("(/-/)., \u2013 \u201c\u201d", kEn, Date{2023, 11, 17},
                      {}, &out);
  EXPECT_TRUE(out.empty());
}

TEST(FindTimeExpressions, LongTextBeyondTheStackBuffer) {
  std::string text;
  for (int k = 0; k < 400; ++k) text += "warga berkumpul di alun-alun kota ";
  const size_t at = text.size();
  text += "pada Selasa lalu.";
  std::vector<TimeExpr> out;
  FindTimeExpressions(text, kId, Date{2023, 11, 17}, {}, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].begin, at);
  EXPECT_EQ(FormatDate(out[0].value), "2023-11-14");
}

// Regression: nested parentheses and chains of modifiers once recursed once
// per token, so long runs of them could exhaust the stack.
TEST(FindTimeExpressions, LongRunsDoNotRecursePerToken) {
  std::string parens(200000, '(');
  parens += "17/11)";
  std::vector<TimeExpr> out;
  FindTimeExpressions(parens, kId, Date{2023, 11, 17}, {}, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].begin, parens.size() - 7);  // "(17/11)"
  std::string awal;
  for (int k = 0; k < 100000; ++k) awal += "awal ";
  awal += "2023";
  out.clear();
  FindTimeExpressions(awal, kId, Date{2023, 11, 17}, {}, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(std::string_view(awal).substr(out[0].begin), "awal 2023");
}

TEST(FindTimeExpressions, DoesNotAllocateWithReservedOutput) {
  std::vector<TimeExpr> out;
  out.reserve(16);
  const Date anchor{2023, 11, 17};
  const long before = g_allocations.load();
  FindTimeExpressions(
      "Para pengunjuk rasa berkumpul di depan gedung parlemen dan menuntut "
      "agar pemerintah membatalkan kebijakan yang dinilai merugikan petani.",
      kId, anchor, {}, &out);
  FindTimeExpressions(
      "Polisi menangkap tersangka pada Jumat (17/11) setelah penyelidikan "
      "selama dua pekan, kata juru bicara kemarin.",
      kId, anchor, {}, &out);
  FindTimeExpressions("Officials met last Tuesday and again on Nov. 17, 2023.",
                      kEn, anchor, {}, &out);
  EXPECT_EQ(g_allocations.load() - before, 0);
  EXPECT_EQ(out.size(), 5u);
}

// Random word soup: the scanner never reads out of bounds, and whatever it
// returns is well-formed.
TEST(FindTimeExpressions, RandomTextGivesWellFormedResults) {
  const char* words[] = {
      "pada",    "hari",  "Jumat", "Minggu",   "minggu",   "lalu",    "depan",
      "ini",     "17",    "2023",  "(",        ")",        "/",       "-",
      "\u2013",  ",",     ".",     "November", "Nov",      "tahun",   "bulan",
      "pekan",   "akhir", "awal",  "dua",      "puluh",    "hingga",  "s",
      "d",       "29",    "2",     "31",       "Februari", "kemarin", "lusa",
      "tadi",    "malam", "the",   "last",     "next",     "of",      "end",
      "mid",     "May",   "on",    "in",       "week",     "days",    "ago",
      "Tuesday", "to",    "and",   "between",  "antara",   "dan",     "selama",
      "for",     "past",  "a",     "few",      "\u2019",   "'",       "1990",
      "an",      "th",    "st",    "\xff",     "\xe2\x80", "Jum'at",  "tanggal",
      "weekend"};
  std::mt19937 rng(20231117);
  std::uniform_int_distribution<size_t> pick(0, std::size(words) - 1);
  std::uniform_int_distribution<int> len(0, 30);
  std::uniform_int_distribution<int> glue(0, 2);
  std::vector<TimeExpr> out;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (int k = len(rng); k > 0; --k) {
      text += words[pick(rng)];
      if (glue(rng) != 0) text += ' ';
    }
    out.clear();
    ResolveOptions opts;
    opts.future = (round & 1) != 0;
    const Lang lang = (round & 2) ? kEn : kId;
    FindTimeExpressions(text, lang, Date{2023, 11, 17}, opts, &out);
    uint32_t previous_end = 0;
    for (const TimeExpr& e : out) {
      ASSERT_LT(e.begin, e.end) << text;
      ASSERT_LE(e.end, text.size()) << text;
      ASSERT_GE(e.begin, previous_end) << text;
      previous_end = e.end;
      if (e.kind == kDuration) {
        ASSERT_EQ(e.value.precision, kNone) << text;
        continue;
      }
      ASSERT_NE(e.value.precision, kNone) << text;
      const Date& d = e.value.date;
      switch (e.value.precision) {
        case kDay:
          ASSERT_TRUE(IsValid(d)) << text;
          break;
        case kWeek:
          ASSERT_TRUE(IsValid(d)) << text;
          ASSERT_EQ(Weekday(d), 0) << text;
          break;
        case kMonth:
          ASSERT_TRUE(d.month >= 1 && d.month <= 12 && d.day == 0) << text;
          break;
        case kYear:
          ASSERT_TRUE(d.month == 0 && d.day == 0) << text;
          break;
        case kNone:
          break;
      }
      if (e.kind == kRange) {
        ASSERT_NE(e.end_value.precision, kNone) << text;
      }
    }
  }
}

// ---------------------------------------------------------------------------
// FindDocumentDate.

struct DatelineRow {
  const char* text;
  const char* now;
  const char* expected;  // nullptr: nothing found
};

std::ostream& operator<<(std::ostream& os, const DatelineRow& r) {
  return os << "@" << r.now << ": " << r.text;
}

const DatelineRow kDatelines[] = {
    {"JAKARTA, Jumat (17/11) - Presiden meresmikan jalan tol.", "2026-11-28",
     "2023-11-17"},
    {"JAKARTA, Jumat (17/11) - Presiden meresmikan jalan tol.", "2023-11-17",
     "2023-11-17"},
    {"Jumat (17/11/2023)\nPresiden meresmikan jalan tol baru.", "2026-11-28",
     "2023-11-17"},
    {"JAKARTA (17/11) - Harga beras kembali naik.", "2023-11-20", "2023-11-17"},
    {"JAKARTA (17/11) - Harga beras kembali naik.", "2023-11-16", "2022-11-17"},
    {"Jakarta, 17 November 2023\n\nPresiden meresmikan jalan tol.",
     "2026-11-28", "2023-11-17"},
    {"WASHINGTON, Nov. 17 (Reuters) - The Senate passed a bill.", "2023-11-18",
     "2023-11-17"},
    {"WASHINGTON (Nov. 17) - The Senate passed a bill.", "2023-11-18",
     "2023-11-17"},
    {"Friday, November 17, 2023\nThe Senate passed a bill.", "2026-11-28",
     "2023-11-17"},
    {"Seorang pejabat Rusia mengatakan pada Jumat (17/11) bahwa serangan "
     "berlanjut.",
     "2026-11-28", "2023-11-17"},
    {"Gempa 17 November Guncang Cianjur\nCIANJUR, Senin (20/11) - Gempa "
     "kembali terjadi.",
     "2024-01-01", "2023-11-20"},
    {"Banjir Rendam Ribuan Rumah\n\nSEMARANG, Kamis (16/11) - Banjir "
     "merendam kota.",
     "2023-11-20", "2023-11-16"},
    {"Presiden berpidato kemarin tentang pemilu 2024.", "2023-11-17", nullptr},
    {"Pada 17 November 2023, presiden berpidato di depan DPR.", "2024-01-01",
     nullptr},
    {"", "2023-11-17", nullptr},
    {"Tidak ada tanggal di sini, hanya berita biasa.", "2023-11-17", nullptr},
};

class DatelineTest : public testing::TestWithParam<DatelineRow> {};

TEST_P(DatelineTest, FindsTheDocumentDate) {
  const DatelineRow& r = GetParam();
  const std::optional<Date> d = FindDocumentDate(r.text, D(r.now));
  if (r.expected == nullptr) {
    EXPECT_FALSE(d.has_value()) << FormatDate({d.value_or(Date{}), kDay});
  } else {
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(*d, D(r.expected));
  }
}

INSTANTIATE_TEST_SUITE_P(Table, DatelineTest, testing::ValuesIn(kDatelines));

TEST(FindDocumentDate, LooksOnlyAtTheFirstBytes) {
  std::string text(5000, 'x');
  text += " JAKARTA, Jumat (17/11) - Berita.";
  EXPECT_FALSE(FindDocumentDate(text, Date{2026, 11, 28}).has_value());
  EXPECT_TRUE(
      FindDocumentDate(text, Date{2026, 11, 28}, text.size()).has_value());
  EXPECT_FALSE(
      FindDocumentDate("JAKARTA, Jumat (17/11)", Date{2026, 11, 28}, 18)
          .has_value());
}

TEST(FindDocumentDate, PrefersTheDatelineOverAnEarlierBodyPair) {
  const char* text =
      "Menteri mengatakan pada Kamis (16/11) bahwa harga turun.\n"
      "JAKARTA, Jumat (17/11) - Harga beras turun.";
  EXPECT_EQ(FindDocumentDate(text, Date{2023, 11, 20}), (Date{2023, 11, 17}));
}

// ---------------------------------------------------------------------------
// FindTimeExpressions over the tokens text::Tokenize cut finds what it finds
// over the text alone.

std::vector<std::string> Found(const std::vector<TimeExpr>& v) {
  std::vector<std::string> out;
  for (const TimeExpr& e : v)
    out.push_back(std::to_string(e.begin) + "-" + std::to_string(e.end) + " " +
                  std::to_string(static_cast<int>(e.kind)) + " " + FormatDate(e.value) +
                  " " + FormatDate(e.end_value) + (e.explicit_year ? " y" : ""));
  return out;
}

void ExpectSameWithTokens(std::string_view text, Lang lang, const Date& anchor, bool future) {
  text::TokenBuffer buf;
  text::Tokenize(text, {0, static_cast<uint32_t>(text.size())}, &buf);
  std::vector<PreToken> pre;
  for (const text::Token& t : buf.tokens)
    pre.push_back({t.begin, t.end, t.ascii_letters ? buf.Norm(t) : std::string_view()});
  ResolveOptions opts;
  opts.future = future;
  std::vector<TimeExpr> alone, with_tokens;
  FindTimeExpressions(text, lang, anchor, opts, &alone);
  FindTimeExpressions(text, pre, lang, anchor, opts, &with_tokens);
  EXPECT_EQ(Found(alone), Found(with_tokens)) << text;
}

TEST(FindTimeExpressionsWithTokens, SameAsOverTheTextForEveryTableRow) {
  for (const Row& r : kRows) {
    ExpectSameWithTokens(r.text, r.lang, D(r.anchor), r.future);
    ExpectSameWithTokens(r.text, r.lang == kId ? kEn : kId, D(r.anchor), r.future);
  }
  for (const Negative& n : kNegatives)
    ExpectSameWithTokens(n.text, n.lang, Date{2023, 11, 17}, false);
}

// Where the two tokenizers cut differently: symbols the scanner reads as
// letters, apostrophes, dashes, Unicode spaces, digits glued to letters.
TEST(FindTimeExpressionsWithTokens, SameAsOverTheTextWhereTokenizersDiffer) {
  const char* texts[] = {
      "\u00a9'Mei 2023 dan Mei\u2122 2022",
      "pada Jumat\u00a9(17/11) dan Sabtu\u00b0 (18/11)",
      "Jum\u2019at (17/11) dan Jum'at 18/11",
      "17\u201319 November 2023, 17-19 Nov",
      "tahun 1990-an, 1990s, 5G, 17th of May, today\u2019s talks",
      "pekan-pekan lalu, hari-hari terakhir, 2 hari\u2002lalu",
      "\u201cSelasa\u201d lalu \u2014 (Rabu) \u2026 Kamis\u00b7Jumat",
      "\x01Senin\x7f 17/11/2023 s/d 20/11/2023",
      "on Tuesday\u2019s meeting, May\u2019s vote, last\u00a0week",
      "antara\u3000Januari dan Maret\ufeff2024",
  };
  for (const char* t : texts) {
    for (Lang lang : {kId, kEn}) {
      ExpectSameWithTokens(t, lang, Date{2023, 11, 17}, false);
      ExpectSameWithTokens(t, lang, Date{2023, 11, 17}, true);
    }
  }
}

// TokenizePieces writes the scanner's tokens, field by field: the words it
// looks up itself, the punctuation marks and plain numbers it writes without
// the scanner, and the groups it hands to it.
TEST(TokenizePieces, WritesTheScannersTokens) {
  const char* texts[] = {
      "Pada Jumat (17/11), 3 menteri tiba; 2.500 orang, 99999999999 kali!",
      "On Tuesday, May 5, 2024, the 12 ministers met at 10:30 - again.",
      "Russia's troops, 1990s, 5G, 17th of May, “2023”, $40 & 7%",
      "tahun 1990-an, pekan-pekan lalu, hari lalu — 0 #@",
      "Jum’at pagi, today’s talks, 0012345 x 000",
  };
  for (const char* t : texts) {
    const std::string_view text(t);
    text::TokenBuffer buf;
    text::Tokenize(text, {0, static_cast<uint32_t>(text.size())}, &buf);
    std::vector<PreToken> pre;
    for (const text::Token& tok : buf.tokens)
      pre.push_back({tok.begin, tok.end, tok.ascii_letters ? buf.Norm(tok) : std::string_view()});
    for (uint8_t mask : {internal::kLangId, internal::kLangEn}) {
      internal::Tok a[128], b[128];
      bool ta = false, tb = false;
      const size_t na = internal::Tokenize(text, mask, a, 128, &ta);
      const size_t nb = internal::TokenizePieces(text, pre, mask, b, 128, &tb);
      ASSERT_EQ(na, nb) << t;
      EXPECT_EQ(ta, tb) << t;
      for (size_t i = 0; i < na; ++i) {
        EXPECT_EQ(a[i].begin, b[i].begin) << t << " token " << i;
        EXPECT_EQ(a[i].end, b[i].end) << t << " token " << i;
        EXPECT_EQ(a[i].num, b[i].num) << t << " token " << i;
        EXPECT_EQ(a[i].lex, b[i].lex) << t << " token " << i;
        EXPECT_EQ(a[i].type, b[i].type) << t << " token " << i;
        EXPECT_EQ(a[i].flags, b[i].flags) << t << " token " << i;
        EXPECT_EQ(a[i].digits, b[i].digits) << t << " token " << i;
      }
    }
  }
}

// PiecesTrigger answers, without tokens, what TokenizePieces says of the
// same pieces: whether anything can head an expression.
void ExpectSameTrigger(std::string_view text) {
  text::TokenBuffer buf;
  text::Tokenize(text, {0, static_cast<uint32_t>(text.size())}, &buf);
  std::vector<PreToken> pre;
  for (const text::Token& t : buf.tokens)
    pre.push_back({t.begin, t.end, t.ascii_letters ? buf.Norm(t) : std::string_view()});
  for (uint8_t mask : {internal::kLangId, internal::kLangEn, internal::kLangBoth}) {
    bool trigger = false;
    internal::TokenizePieces(text, pre, mask, nullptr, 0, &trigger);
    EXPECT_EQ(internal::PiecesTrigger(text, pre, mask), trigger)
        << text << " mask " << int(mask);
  }
}

TEST(PiecesTrigger, AgreesWithTokenizePieces) {
  for (const Row& r : kRows) ExpectSameTrigger(r.text);
  for (const Negative& n : kNegatives) ExpectSameTrigger(n.text);
  const char* texts[] = {
      "Para menteri bertemu untuk membahas kerja sama ekonomi.",
      "The ministers met to discuss trade and security.",
      "Pertemuan itu berlangsung di Jakarta, kata juru bicara.",
      "Dia tiba kemarin.", "He arrived yesterday.", "Rapat digelar 3 kali.",
      "Jum\u2019at pagi", "Jum\u2018at pagi", "today\u2019s talks", "akhir-pekan",
      "\u201cSenin\u201d", "\u00a9Mei", "Mei\u00a9", "tidak ada-apa", "x",
      "kepala-kepala negara (G-20) \u2014 \u201csemua\u201d", "",
  };
  for (const char* t : texts) ExpectSameTrigger(t);
}

}  // namespace
}  // namespace warta::time
