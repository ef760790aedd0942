#include "lang/id/morphology.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <new>
#include <random>
#include <string>
#include <vector>

// Counts heap allocations so that a test can check that Analyze makes none.
namespace {
std::atomic<long> g_allocations{0};
}  // namespace

[[gnu::noinline]] void* operator new(size_t size) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  void* p = std::malloc(size == 0 ? 1 : size);
  if (p == nullptr) std::abort();
  return p;
}
[[gnu::noinline]] void operator delete(void* p) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete(void* p, size_t) noexcept {
  std::free(p);
}

namespace warta::lang::id {

// Readable names in failure messages.
void PrintTo(Prefix p, std::ostream* os) {
  static constexpr const char* kNames[] = {
      "none",   "meN-", "di-",  "ber-", "ter-", "per-", "memper-",
      "diper-", "ke-",  "peN-", "pe-",  "se-",  "ku-",  "kau-"};
  *os << kNames[static_cast<int>(p)];
}
void PrintTo(Suffix s, std::ostream* os) {
  static constexpr const char* kNames[] = {"none", "-kan", "-i", "-an"};
  *os << kNames[static_cast<int>(s)];
}
void PrintTo(Voice v, std::ostream* os) {
  static constexpr const char* kNames[] = {"base", "active", "passive",
                                           "middle", "nominal"};
  *os << kNames[static_cast<int>(v)];
}

namespace {

using P = Prefix;
using S = Suffix;
using V = Voice;

constexpr const char* kHunspellPath = "/usr/share/hunspell/id_ID.dic";

// Loads Debian's hunspell-id word list once for the suites that need it.
class Hunspell : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Lexicon> lex = Lexicon::LoadHunspell(kHunspellPath);
    if (lex.ok()) lexicon_ = new Lexicon(std::move(lex).value());
  }
  static void TearDownTestSuite() {
    delete lexicon_;
    lexicon_ = nullptr;
  }
  void SetUp() override {
    if (lexicon_ == nullptr) {
      GTEST_SKIP() << kHunspellPath << " is missing; install hunspell-id";
    }
  }

  // The first analysis of `word`, or a default one (empty root).
  static Analysis First(std::string_view word) {
    std::vector<Analysis> out;
    Morphology(lexicon_).Analyze(word, &out);
    return out.empty() ? Analysis{} : out[0];
  }
  static std::vector<Analysis> All(std::string_view word) {
    std::vector<Analysis> out;
    Morphology(lexicon_).Analyze(word, &out);
    return out;
  }
  static bool HasRoot(const std::vector<Analysis>& as, std::string_view root) {
    for (const Analysis& a : as) {
      if (a.root == root) return true;
    }
    return false;
  }
  // Index of the first analysis with `root`, or -1.
  static int IndexOf(const std::vector<Analysis>& as, std::string_view root) {
    for (size_t i = 0; i < as.size(); ++i) {
      if (as[i].root == root) return static_cast<int>(i);
    }
    return -1;
  }

  static Lexicon* lexicon_;
};

Lexicon* Hunspell::lexicon_ = nullptr;

// ------------------------------------------------------- news vocabulary

struct Row {
  const char* word;
  const char* root;  // expected root of the first analysis
  Prefix prefix;
  Suffix suffix;
  Voice voice;
  bool clitic = false;
};

// Inflected forms from political news, each with its expected first
// analysis. Every root is in hunspell-id itself (checked below), so these
// rows test the affix rules and the order, not words added by hand.
constexpr Row kNewsRows[] = {
    {"mengecam", "kecam", P::kMeN, S::kNone, V::kActive},
    {"dikecam", "kecam", P::kDi, S::kNone, V::kPassive},
    {"kecaman", "kecam", P::kNone, S::kAn, V::kNominal},
    {"mengecamnya", "kecam", P::kMeN, S::kNone, V::kActive, true},
    {"pengecam", "kecam", P::kPeN, S::kNone, V::kNominal},
    {"menuduh", "tuduh", P::kMeN, S::kNone, V::kActive},
    {"dituduh", "tuduh", P::kDi, S::kNone, V::kPassive},
    {"tuduhan", "tuduh", P::kNone, S::kAn, V::kNominal},
    {"tertuduh", "tuduh", P::kTer, S::kNone, V::kPassive},
    {"mengunjungi", "kunjung", P::kMeN, S::kI, V::kActive},
    {"dikunjungi", "kunjung", P::kDi, S::kI, V::kPassive},
    {"dikunjunginya", "kunjung", P::kDi, S::kI, V::kPassive, true},
    {"kunjungan", "kunjung", P::kNone, S::kAn, V::kNominal},
    {"berkunjung", "kunjung", P::kBer, S::kNone, V::kMiddle},
    {"pengunjung", "kunjung", P::kPeN, S::kNone, V::kNominal},
    {"bertemu", "temu", P::kBer, S::kNone, V::kMiddle},
    {"pertemuan", "temu", P::kPer, S::kAn, V::kNominal},
    {"menemui", "temu", P::kMeN, S::kI, V::kActive},
    {"menemukan", "temu", P::kMeN, S::kKan, V::kActive},
    {"ditemukan", "temu", P::kDi, S::kKan, V::kPassive},
    {"menyerang", "serang", P::kMeN, S::kNone, V::kActive},
    {"diserang", "serang", P::kDi, S::kNone, V::kPassive},
    {"serangan", "serang", P::kNone, S::kAn, V::kNominal},
    {"penyerangan", "serang", P::kPeN, S::kAn, V::kNominal},
    {"penyerang", "serang", P::kPeN, S::kNone, V::kNominal},
    {"menyerangnya", "serang", P::kMeN, S::kNone, V::kActive, true},
    {"mendesak", "desak", P::kMeN, S::kNone, V::kActive},
    {"didesak", "desak", P::kDi, S::kNone, V::kPassive},
    {"desakan", "desak", P::kNone, S::kAn, V::kNominal},
    {"memperingatkan", "ingat", P::kMemper, S::kKan, V::kActive},
    {"peringatan", "ingat", P::kPer, S::kAn, V::kNominal},
    {"mengingatkan", "ingat", P::kMeN, S::kKan, V::kActive},
    {"memperkuat", "kuat", P::kMemper, S::kNone, V::kActive},
    {"menguatkan", "kuat", P::kMeN, S::kKan, V::kActive},
    {"diperkuat", "kuat", P::kDiper, S::kNone, V::kPassive},
    {"kekuatan", "kuat", P::kKe, S::kAn, V::kNominal},
    {"membantu", "bantu", P::kMeN, S::kNone, V::kActive},
    {"bantuan", "bantu", P::kNone, S::kAn, V::kNominal},
    {"dibantu", "bantu", P::kDi, S::kNone, V::kPassive},
    {"mengirim", "kirim", P::kMeN, S::kNone, V::kActive},
    {"mengirimkan", "kirim", P::kMeN, S::kKan, V::kActive},
    {"dikirim", "kirim", P::kDi, S::kNone, V::kPassive},
    {"pengiriman", "kirim", P::kPeN, S::kAn, V::kNominal},
    {"kirimkan", "kirim", P::kNone, S::kKan, V::kActive},
    {"menangkap", "tangkap", P::kMeN, S::kNone, V::kActive},
    {"ditangkap", "tangkap", P::kDi, S::kNone, V::kPassive},
    {"penangkapan", "tangkap", P::kPeN, S::kAn, V::kNominal},
    {"tertangkap", "tangkap", P::kTer, S::kNone, V::kPassive},
    {"membunuh", "bunuh", P::kMeN, S::kNone, V::kActive},
    {"dibunuh", "bunuh", P::kDi, S::kNone, V::kPassive},
    {"pembunuhan", "bunuh", P::kPeN, S::kAn, V::kNominal},
    {"terbunuh", "bunuh", P::kTer, S::kNone, V::kPassive},
    {"menembak", "tembak", P::kMeN, S::kNone, V::kActive},
    {"tembakan", "tembak", P::kNone, S::kAn, V::kNominal},
    {"penembakan", "tembak", P::kPeN, S::kAn, V::kNominal},
    {"menembakkan", "tembak", P::kMeN, S::kKan, V::kActive},
    {"melarang", "larang", P::kMeN, S::kNone, V::kActive},
    {"dilarang", "larang", P::kDi, S::kNone, V::kPassive},
    {"larangan", "larang", P::kNone, S::kAn, V::kNominal},
    {"menolak", "tolak", P::kMeN, S::kNone, V::kActive},
    {"ditolak", "tolak", P::kDi, S::kNone, V::kPassive},
    {"penolakan", "tolak", P::kPeN, S::kAn, V::kNominal},
    {"menyepakati", "sepakat", P::kMeN, S::kI, V::kActive},
    {"kesepakatan", "sepakat", P::kKe, S::kAn, V::kNominal},
    {"bersepakat", "sepakat", P::kBer, S::kNone, V::kMiddle},
    {"disepakati", "sepakat", P::kDi, S::kI, V::kPassive},
    {"berunding", "runding", P::kBer, S::kNone, V::kMiddle},
    {"perundingan", "runding", P::kPeN, S::kAn, V::kNominal},
    {"mengancam", "ancam", P::kMeN, S::kNone, V::kActive},
    {"ancaman", "ancam", P::kNone, S::kAn, V::kNominal},
    {"terancam", "ancam", P::kTer, S::kNone, V::kPassive},
    {"memprotes", "protes", P::kMeN, S::kNone, V::kActive},
    {"mendukung", "dukung", P::kMeN, S::kNone, V::kActive},
    {"dukungan", "dukung", P::kNone, S::kAn, V::kNominal},
    {"pendukung", "dukung", P::kPeN, S::kNone, V::kNominal},
    {"membahas", "bahas", P::kMeN, S::kNone, V::kActive},
    {"pembahasan", "bahas", P::kPeN, S::kAn, V::kNominal},
    {"menghentikan", "henti", P::kMeN, S::kKan, V::kActive},
    {"dihentikan", "henti", P::kDi, S::kKan, V::kPassive},
    {"penghentian", "henti", P::kPeN, S::kAn, V::kNominal},
    {"berhenti", "henti", P::kBer, S::kNone, V::kMiddle},
    {"hentikanlah", "henti", P::kNone, S::kKan, V::kActive, true},
    {"mengusir", "usir", P::kMeN, S::kNone, V::kActive},
    {"pengusiran", "usir", P::kPeN, S::kAn, V::kNominal},
    {"menyita", "sita", P::kMeN, S::kNone, V::kActive},
    {"penyitaan", "sita", P::kPeN, S::kAn, V::kNominal},
    {"memblokade", "blokade", P::kMeN, S::kNone, V::kActive},
    {"menjatuhkan", "jatuh", P::kMeN, S::kKan, V::kActive},
    {"kejatuhan", "jatuh", P::kKe, S::kAn, V::kNominal},
    {"memutuskan", "putus", P::kMeN, S::kKan, V::kActive},
    {"keputusan", "putus", P::kKe, S::kAn, V::kNominal},
    {"menarik", "tarik", P::kMeN, S::kNone, V::kActive},
    {"penarikan", "tarik", P::kPeN, S::kAn, V::kNominal},
    {"berjanji", "janji", P::kBer, S::kNone, V::kMiddle},
    {"menjanjikan", "janji", P::kMeN, S::kKan, V::kActive},
    {"perjanjian", "janji", P::kPer, S::kAn, V::kNominal},
    {"meningkatkan", "tingkat", P::kMeN, S::kKan, V::kActive},
    {"peningkatan", "tingkat", P::kPeN, S::kAn, V::kNominal},
    {"mengatakan", "kata", P::kMeN, S::kKan, V::kActive},
    {"katanya", "kata", P::kNone, S::kNone, V::kBase, true},
    {"dikatakan", "kata", P::kDi, S::kKan, V::kPassive},
    {"menyatakan", "nyata", P::kMeN, S::kKan, V::kActive},
    {"pernyataan", "nyata", P::kPer, S::kAn, V::kNominal},
    {"kenyataan", "nyata", P::kKe, S::kAn, V::kNominal},
    {"ujarnya", "ujar", P::kNone, S::kNone, V::kBase, true},
    {"melaporkan", "lapor", P::kMeN, S::kKan, V::kActive},
    {"laporan", "lapor", P::kNone, S::kAn, V::kNominal},
    {"meminta", "minta", P::kMeN, S::kNone, V::kActive},
    {"permintaan", "minta", P::kPer, S::kAn, V::kNominal},
    {"menuntut", "tuntut", P::kMeN, S::kNone, V::kActive},
    {"tuntutan", "tuntut", P::kNone, S::kAn, V::kNominal},
    {"mengkritik", "kritik", P::kMeN, S::kNone, V::kActive},
    {"dikritik", "kritik", P::kDi, S::kNone, V::kPassive},
    {"menahan", "tahan", P::kMeN, S::kNone, V::kActive},
    {"pertahanan", "tahan", P::kPer, S::kAn, V::kNominal},
    {"menguasai", "kuasa", P::kMeN, S::kI, V::kActive},
    {"kekuasaan", "kuasa", P::kKe, S::kAn, V::kNominal},
    {"berkuasa", "kuasa", P::kBer, S::kNone, V::kMiddle},
    {"merebut", "rebut", P::kMeN, S::kNone, V::kActive},
    {"menghancurkan", "hancur", P::kMeN, S::kKan, V::kActive},
    {"meledak", "ledak", P::kMeN, S::kNone, V::kActive},
    {"ledakan", "ledak", P::kNone, S::kAn, V::kNominal},
    {"menculik", "culik", P::kMeN, S::kNone, V::kActive},
    {"penculikan", "culik", P::kPeN, S::kAn, V::kNominal},
    {"membebaskan", "bebas", P::kMeN, S::kKan, V::kActive},
    {"kebebasan", "bebas", P::kKe, S::kAn, V::kNominal},
    {"mengamankan", "aman", P::kMeN, S::kKan, V::kActive},
    {"keamanan", "aman", P::kKe, S::kAn, V::kNominal},
    {"menewaskan", "tewas", P::kMeN, S::kKan, V::kActive},
    {"melukai", "luka", P::kMeN, S::kI, V::kActive},
    {"menghukum", "hukum", P::kMeN, S::kNone, V::kActive},
    {"hukuman", "hukum", P::kNone, S::kAn, V::kNominal},
    {"pengadilan", "adil", P::kPeN, S::kAn, V::kNominal},
    {"mengadili", "adil", P::kMeN, S::kI, V::kActive},
    {"memilih", "pilih", P::kMeN, S::kNone, V::kActive},
    {"pemilihan", "pilih", P::kPeN, S::kAn, V::kNominal},
    {"terpilih", "pilih", P::kTer, S::kNone, V::kPassive},
    {"memerintahkan", "perintah", P::kMeN, S::kKan, V::kActive},
    {"menyebutkan", "sebut", P::kMeN, S::kKan, V::kActive},
    {"tersebut", "sebut", P::kTer, S::kNone, V::kPassive},
    {"mengumumkan", "umum", P::kMeN, S::kKan, V::kActive},
    {"pengumuman", "umum", P::kPeN, S::kAn, V::kNominal},
    {"menegaskan", "tegas", P::kMeN, S::kKan, V::kActive},
    {"menjelaskan", "jelas", P::kMeN, S::kKan, V::kActive},
    {"mengakui", "aku", P::kMeN, S::kI, V::kActive},
    {"menyambut", "sambut", P::kMeN, S::kNone, V::kActive},
    {"merusak", "rusak", P::kMeN, S::kNone, V::kActive},
    {"kerusakan", "rusak", P::kKe, S::kAn, V::kNominal},
    {"membakar", "bakar", P::kMeN, S::kNone, V::kActive},
    {"kebakaran", "bakar", P::kKe, S::kAn, V::kNominal},
    {"menyelidiki", "selidik", P::kMeN, S::kI, V::kActive},
    {"penyelidikan", "selidik", P::kPeN, S::kAn, V::kNominal},
    {"memeriksa", "periksa", P::kMeN, S::kNone, V::kActive},
    {"pemeriksaan", "periksa", P::kPeN, S::kAn, V::kNominal},
    {"mengebom", "bom", P::kMeN, S::kNone, V::kActive},
    {"pengeboman", "bom", P::kPeN, S::kAn, V::kNominal},
    {"perdamaian", "damai", P::kPer, S::kAn, V::kNominal},
    {"berdamai", "damai", P::kBer, S::kNone, V::kMiddle},
    {"bekerja", "kerja", P::kBer, S::kNone, V::kMiddle},
    {"pekerja", "kerja", P::kPer2, S::kNone, V::kNominal},
    {"pekerjaan", "kerja", P::kPer2, S::kAn, V::kNominal},
    {"mempelajari", "ajar", P::kMemper, S::kI, V::kActive},
    {"keberhasilan", "hasil", P::kKe, S::kAn, V::kNominal},
    {"berhasil", "hasil", P::kBer, S::kNone, V::kMiddle},
    {"kekhawatiran", "khawatir", P::kKe, S::kAn, V::kNominal},
    {"mengkhawatirkan", "khawatir", P::kMeN, S::kKan, V::kActive},
    {"memimpin", "pimpin", P::kMeN, S::kNone, V::kActive},
    {"pemimpin", "pimpin", P::kPeN, S::kNone, V::kNominal},
    {"kepemimpinan", "pimpin", P::kKe, S::kAn, V::kNominal},
    {"mengubah", "ubah", P::kMeN, S::kNone, V::kActive},
    {"perubahan", "ubah", P::kPer, S::kAn, V::kNominal},
    {"berubah", "ubah", P::kBer, S::kNone, V::kMiddle},
    {"berbicara", "bicara", P::kBer, S::kNone, V::kMiddle},
    {"pembicaraan", "bicara", P::kPeN, S::kAn, V::kNominal},
    {"menduduki", "duduk", P::kMeN, S::kI, V::kActive},
    {"mencegah", "cegah", P::kMeN, S::kNone, V::kActive},
    {"pencegahan", "cegah", P::kPeN, S::kAn, V::kNominal},
    {"mengendalikan", "kendali", P::kMeN, S::kKan, V::kActive},
    {"perkembangan", "kembang", P::kPer, S::kAn, V::kNominal},
    {"menghadapi", "hadap", P::kMeN, S::kI, V::kActive},
    {"terhadap", "hadap", P::kTer, S::kNone, V::kPassive},
    {"menghadiri", "hadir", P::kMeN, S::kI, V::kActive},
    {"kehadiran", "hadir", P::kKe, S::kAn, V::kNominal},
    {"mengambil", "ambil", P::kMeN, S::kNone, V::kActive},
    {"menerima", "terima", P::kMeN, S::kNone, V::kActive},
    {"memberantas", "berantas", P::kMeN, S::kNone, V::kActive},
    {"pemberantasan", "berantas", P::kPeN, S::kAn, V::kNominal},
    {"melakukan", "laku", P::kMeN, S::kKan, V::kActive},
    {"dilakukan", "laku", P::kDi, S::kKan, V::kPassive},
    {"memberlakukan", "laku", P::kMeN, S::kKan, V::kActive},
    {"memberdayakan", "daya", P::kMeN, S::kKan, V::kActive},
    {"pemberdayaan", "daya", P::kPeN, S::kAn, V::kNominal},
    {"memberhentikan", "henti", P::kMeN, S::kKan, V::kActive},
    {"kepercayaan", "percaya", P::kKe, S::kAn, V::kNominal},
    {"ketidakpercayaan", "percaya", P::kKe, S::kAn, V::kNominal},
    {"melanggar", "langgar", P::kMeN, S::kNone, V::kActive},
    {"pelanggaran", "langgar", P::kPeN, S::kAn, V::kNominal},
    {"merampas", "rampas", P::kMeN, S::kNone, V::kActive},
    {"perampasan", "rampas", P::kPeN, S::kAn, V::kNominal},
    {"memukul", "pukul", P::kMeN, S::kNone, V::kActive},
    {"mengepung", "kepung", P::kMeN, S::kNone, V::kActive},
    {"menyerbu", "serbu", P::kMeN, S::kNone, V::kActive},
    {"menikam", "tikam", P::kMeN, S::kNone, V::kActive},
    {"menganiaya", "aniaya", P::kMeN, S::kNone, V::kActive},
    {"penganiayaan", "aniaya", P::kPeN, S::kAn, V::kNominal},
    {"menyiksa", "siksa", P::kMeN, S::kNone, V::kActive},
    {"perampokan", "rampok", P::kPeN, S::kAn, V::kNominal},
    {"mengekspor", "ekspor", P::kMeN, S::kNone, V::kActive},
    {"mengimpor", "impor", P::kMeN, S::kNone, V::kActive},
    {"mengklaim", "klaim", P::kMeN, S::kNone, V::kActive},
    {"menargetkan", "target", P::kMeN, S::kKan, V::kActive},
    {"memproduksi", "produksi", P::kMeN, S::kNone, V::kActive},
    {"beradu", "adu", P::kBer, S::kNone, V::kMiddle},
    {"melawan", "lawan", P::kMeN, S::kNone, V::kActive},
    {"perlawanan", "lawan", P::kPer, S::kAn, V::kNominal},
    {"menjamin", "jamin", P::kMeN, S::kNone, V::kActive},
    {"merasa", "rasa", P::kMeN, S::kNone, V::kActive},
    {"terasa", "rasa", P::kTer, S::kNone, V::kPassive},
    {"perasaan", "rasa", P::kPeN, S::kAn, V::kNominal},
    {"berusaha", "usaha", P::kBer, S::kNone, V::kMiddle},
    {"perusahaan", "usaha", P::kPer, S::kAn, V::kNominal},
    {"persatuan", "satu", P::kPer, S::kAn, V::kNominal},
    {"menilai", "nilai", P::kMeN, S::kNone, V::kActive},
    {"menerapkan", "terap", P::kMeN, S::kKan, V::kActive},
    {"penerapan", "terap", P::kPeN, S::kAn, V::kNominal},
    {"memberikan", "beri", P::kMeN, S::kKan, V::kActive},
    {"diberikan", "beri", P::kDi, S::kKan, V::kPassive},
    {"pemberian", "beri", P::kPeN, S::kAn, V::kNominal},
    {"membuat", "buat", P::kMeN, S::kNone, V::kActive},
    {"dibuat", "buat", P::kDi, S::kNone, V::kPassive},
    {"membentuk", "bentuk", P::kMeN, S::kNone, V::kActive},
    {"meresmikan", "resmi", P::kMeN, S::kKan, V::kActive},
    {"melantik", "lantik", P::kMeN, S::kNone, V::kActive},
    {"pelantikan", "lantik", P::kPeN, S::kAn, V::kNominal},
    {"menunda", "tunda", P::kMeN, S::kNone, V::kActive},
    {"penundaan", "tunda", P::kPeN, S::kAn, V::kNominal},
    {"membatalkan", "batal", P::kMeN, S::kKan, V::kActive},
    {"persiapan", "siap", P::kPer, S::kAn, V::kNominal},
    {"menanggapi", "tanggap", P::kMeN, S::kI, V::kActive},
    {"tanggapan", "tanggap", P::kNone, S::kAn, V::kNominal},
    {"menanyakan", "tanya", P::kMeN, S::kKan, V::kActive},
    {"pertanyaan", "tanya", P::kPer, S::kAn, V::kNominal},
    {"bertanya", "tanya", P::kBer, S::kNone, V::kMiddle},
    {"menjawab", "jawab", P::kMeN, S::kNone, V::kActive},
    {"mengangkat", "angkat", P::kMeN, S::kNone, V::kActive},
    {"menentang", "tentang", P::kMeN, S::kNone, V::kActive},
    {"menggugat", "gugat", P::kMeN, S::kNone, V::kActive},
    {"gugatan", "gugat", P::kNone, S::kAn, V::kNominal},
    {"memvonis", "vonis", P::kMeN, S::kNone, V::kActive},
    {"divonis", "vonis", P::kDi, S::kNone, V::kPassive},
    {"memecat", "pecat", P::kMeN, S::kNone, V::kActive},
    {"pemecatan", "pecat", P::kPeN, S::kAn, V::kNominal},
    {"mengundurkan", "undur", P::kMeN, S::kKan, V::kActive},
    {"menyesalkan", "sesal", P::kMeN, S::kKan, V::kActive},
    {"mengizinkan", "izin", P::kMeN, S::kKan, V::kActive},
    {"mempengaruhi", "pengaruh", P::kMeN, S::kI, V::kActive},
    {"mengalami", "alam", P::kMeN, S::kI, V::kActive},
    {"mengetahui", "tahu", P::kMeN, S::kI, V::kActive},
    {"diketahui", "ketahu", P::kDi, S::kI, V::kPassive},
    {"sebaiknya", "baik", P::kSe, S::kNone, V::kMiddle, true},
    {"sebenarnya", "benar", P::kSe, S::kNone, V::kMiddle, true},
    {"benarkah", "benar", P::kNone, S::kNone, V::kBase, true},
    {"negaraku", "negara", P::kNone, S::kNone, V::kBase, true},
    {"kuserang", "serang", P::kKu, S::kNone, V::kPassive},
    {"kaukirim", "kirim", P::kKau, S::kNone, V::kPassive},
    {"kuhentikan", "henti", P::kKu, S::kKan, V::kPassive},
    {"negara-negara", "negara", P::kNone, S::kNone, V::kBase},
    {"kapal-kapal", "kapal", P::kNone, S::kNone, V::kBase},
    {"kecam-mengecam", "kecam", P::kMeN, S::kNone, V::kActive},
    {"pemimpin-pemimpinnya", "pimpin", P::kPeN, S::kNone, V::kNominal, true},
};

TEST_F(Hunspell, NewsTableHasEnoughRows) {
  EXPECT_GE(std::size(kNewsRows), 120u);
}

TEST_F(Hunspell, NewsRootsAreInHunspellItself) {
  for (const Row& row : kNewsRows) {
    EXPECT_TRUE(lexicon_->Contains(row.root)) << row.root;
  }
}

TEST_F(Hunspell, NewsFormsGetTheirRootFirst) {
  for (const Row& row : kNewsRows) {
    Analysis a = First(row.word);
    EXPECT_EQ(a.root, row.root) << row.word;
    EXPECT_EQ(a.prefix, row.prefix) << row.word;
    EXPECT_EQ(a.suffix, row.suffix) << row.word;
    EXPECT_EQ(a.voice, row.voice) << row.word;
    EXPECT_EQ(a.clitic, row.clitic) << row.word;
  }
}

// ------------------------------------------------------ over-stripping

// The bare word comes first when it is a word, however it could be cut.
TEST_F(Hunspell, BareWordComesFirst) {
  for (const char* word :
       {"berita", "ketika", "perang", "menteri", "serang", "pengaruh",
        "berantas", "memang", "mereka", "sekolah", "tanya", "perempuan"}) {
    Analysis a = First(word);
    EXPECT_EQ(a.root, word);
    EXPECT_EQ(a.prefix, P::kNone) << word;
    EXPECT_EQ(a.suffix, S::kNone) << word;
    EXPECT_EQ(a.voice, V::kBase) << word;
    EXPECT_FALSE(a.clitic) << word;
  }
}

struct Trap {
  const char* word;
  const char* wrong;  // what a blind stemmer would give
};

// Roots a blind affix stripper (Snowball) would give, which must not come
// first. Most of the wrong roots are real words, so the order is what keeps
// them out of first place.
constexpr Trap kTraps[] = {
    {"mengecam", "ecam"},       {"mengecam", "cam"},
    {"menyerang", "erang"},     {"menyerang", "nyerang"},
    {"berita", "ita"},          {"berita", "rita"},
    {"ketika", "tika"},         {"perang", "rang"},
    {"menteri", "teri"},        {"mengatakan", "katak"},
    {"mengaku", "kaku"},        {"mengusir", "kusir"},
    {"mengurus", "kurus"},      {"mengubah", "kubah"},
    {"berubah", "rubah"},       {"berada", "rada"},
    {"meminta", "pinta"},       {"memakan", "pakan"},
    {"memesan", "mesan"},       {"pemungutan", "mungut"},
    {"mengurangi", "urang"},    {"mengunjungi", "unjung"},
    {"mengalami", "alami"},     {"terasa", "asa"},
    {"pengakuan", "akuan"},     {"memberlakukan", "berlaku"},
    {"mempelajari", "pelajar"}, {"pelaku", "aku"},
    {"berikan", "ikan"},        {"memperkuat", "perkuat"},
};

TEST_F(Hunspell, BlindStemmerRootsDoNotComeFirst) {
  for (const Trap& t : kTraps) {
    EXPECT_NE(First(t.word).root, t.wrong) << t.word;
  }
}

TEST_F(Hunspell, MenyNeverReadsAVowelRoot) {
  // Vowel roots take meng- (mengerang); meny- only replaces an s.
  EXPECT_FALSE(HasRoot(All("menyerang"), "erang"));
  EXPECT_EQ(First("mengerang").root, "erang");
}

// ---------------------------------------------------- preference rules

// Between two roots that both exist, hunspell's flags decide first: kaku,
// kusir and alami take no meN-, aku, usir and alam do.
TEST_F(Hunspell, HunspellFlagsOrderCompetingRoots) {
  std::vector<Analysis> as = All("mengaku");
  EXPECT_EQ(IndexOf(as, "aku"), 0);
  EXPECT_GT(IndexOf(as, "kaku"), 0);
  as = All("mengusir");
  EXPECT_EQ(IndexOf(as, "usir"), 0);
  EXPECT_GT(IndexOf(as, "kusir"), 0);
  // A flagless entry with fewer affixes comes after a flagged root.
  as = All("mengalami");
  EXPECT_EQ(IndexOf(as, "alam"), 0);
  EXPECT_GT(IndexOf(as, "alami"), 0);
  // mengunjungi: unjung takes only meN-...-kan, kunjung meN-...-i.
  as = All("mengunjungi");
  EXPECT_EQ(IndexOf(as, "kunjung"), 0);
  EXPECT_GT(IndexOf(as, "unjung"), 0);
}

// When the flags cannot tell (roots given to Add take every affix), the
// rules of the header decide.
TEST(TieRules, NasalPrefersTheRootItDidNotReplace) {
  Lexicon lex;
  for (const char* w : {"urus", "kurus", "minta", "pinta", "nanti", "tanti"}) {
    lex.Add(w);
  }
  Morphology m(&lex);
  std::vector<Analysis> out;
  ASSERT_EQ(m.Analyze("mengurus", &out), 2u);
  EXPECT_EQ(out[0].root, "urus");
  EXPECT_EQ(out[1].root, "kurus");
  ASSERT_EQ(m.Analyze("meminta", &out), 2u);
  EXPECT_EQ(out[0].root, "minta");
  EXPECT_EQ(out[1].root, "pinta");
  ASSERT_EQ(m.Analyze("menanti", &out), 2u);
  EXPECT_EQ(out[0].root, "nanti");
  EXPECT_EQ(out[1].root, "tanti");
}

TEST(TieRules, MenyPrefersTheSRoot) {
  Lexicon lex;
  for (const char* w : {"nyanyi", "sanyi", "nyata", "sata"}) lex.Add(w);
  Morphology m(&lex);
  std::vector<Analysis> out;
  ASSERT_EQ(m.Analyze("menyanyi", &out), 2u);
  EXPECT_EQ(out[0].root, "sanyi");
  EXPECT_EQ(out[1].root, "nyanyi");
  // Both readings of menyatakan are proposed; the lexicon decides.
  ASSERT_EQ(m.Analyze("menyatakan", &out), 2u);
  EXPECT_EQ(out[0].root, "sata");
  EXPECT_EQ(out[1].root, "nyata");
  EXPECT_EQ(out[1].suffix, S::kKan);
}

TEST(TieRules, RPrefixPrefersTheVowelRoot) {
  Lexicon lex;
  for (const char* w : {"adu", "radu", "asa", "rasa"}) lex.Add(w);
  Morphology m(&lex);
  std::vector<Analysis> out;
  ASSERT_EQ(m.Analyze("beradu", &out), 2u);
  EXPECT_EQ(out[0].root, "adu");
  EXPECT_EQ(out[1].root, "radu");
  ASSERT_EQ(m.Analyze("terasa", &out), 2u);
  EXPECT_EQ(out[0].root, "asa");
  EXPECT_EQ(out[1].root, "rasa");
}

TEST(TieRules, FewerAffixesFirstThenCommonerPrefix) {
  Lexicon lex;
  for (const char* w : {"beri", "ikan", "kata", "katak"}) lex.Add(w);
  Morphology m(&lex);
  std::vector<Analysis> out;
  // Bare + -kan (rank 0 + 2) before ber- (rank 2 + 0).
  ASSERT_EQ(m.Analyze("berikan", &out), 2u);
  EXPECT_EQ(out[0].root, "beri");
  EXPECT_EQ(out[0].voice, V::kActive);
  EXPECT_EQ(out[1].root, "ikan");
  EXPECT_EQ(out[1].prefix, P::kBer);
  // meN- takes -kan but not -an, so katak is no reading of mengatakan.
  ASSERT_EQ(m.Analyze("mengatakan", &out), 1u);
  EXPECT_EQ(out[0].root, "kata");
}

TEST_F(Hunspell, OddAllomorphsComeLater) {
  std::vector<Analysis> as = All("mengecam");  // menge- + cam is odd
  EXPECT_EQ(IndexOf(as, "kecam"), 0);
  EXPECT_GT(IndexOf(as, "cam"), 0);
  EXPECT_EQ(First("mengebom").root, "bom");  // menge- before one syllable
  EXPECT_EQ(First("mengecat").root, "cat");
  EXPECT_EQ(First("mengkritik").root, "kritik");      // kr keeps its k
  EXPECT_EQ(First("mempengaruhi").root, "pengaruh");  // kept p, still found
  EXPECT_EQ(First("mensukseskan").root, "sukses");
}

// -------------------------------------------------------- other shapes

TEST_F(Hunspell, ReduplicationAnalysesTheLastPart) {
  // Not in hunspell as a whole: the last part, then the first.
  std::vector<Analysis> as = All("kecam-mengecam");
  ASSERT_FALSE(as.empty());
  EXPECT_EQ(as[0].root, "kecam");
  EXPECT_EQ(as[0].prefix, P::kMeN);
  int bare = -1;
  for (size_t i = 0; i < as.size(); ++i) {
    if (as[i].root == "kecam" && as[i].prefix == P::kNone) bare = i;
  }
  EXPECT_GT(bare, 0);
  // In hunspell as a whole: that first, then the parts.
  as = All("serang-menyerang");
  ASSERT_GE(as.size(), 2u);
  EXPECT_EQ(as[0].root, "serang-menyerang");
  EXPECT_EQ(as[1].root, "serang");
  EXPECT_EQ(as[1].prefix, P::kMeN);
  // Plain and partial reduplication.
  EXPECT_EQ(First("kapal-kapal").root, "kapal");
  EXPECT_EQ(First("negara-negaranya").root, "negara");
  EXPECT_TRUE(First("negara-negaranya").clitic);
  as = All("sebaik-baiknya");
  ASSERT_EQ(as.size(), 2u);
  EXPECT_EQ(as[0].root, "baik");
  EXPECT_TRUE(as[0].clitic);
  EXPECT_EQ(as[1].prefix, P::kSe);
  EXPECT_EQ(First("kupu-kupu").root, "kupu-kupu");
}

TEST_F(Hunspell, HyphenEdgesDoNotBreak) {
  for (const char* w : {"-", "--", "---", "-kecam", "kecam-", "-mengecam-",
                        "a-b-c", "mengecam--", "--mengecam"}) {
    std::vector<Analysis> as = All(w);
    for (const Analysis& a : as) EXPECT_TRUE(lexicon_->Contains(a.root)) << w;
  }
  EXPECT_EQ(First("-mengecam").root, "kecam");
}

TEST_F(Hunspell, CliticsAfterSuffixesAndProclitics) {
  Analysis a = First("dikunjunginya");
  EXPECT_EQ(a.root, "kunjung");
  EXPECT_EQ(a.suffix, S::kI);
  EXPECT_TRUE(a.clitic);
  a = First("pernyataannya");
  EXPECT_EQ(a.root, "nyata");
  EXPECT_EQ(a.prefix, P::kPer);
  EXPECT_EQ(a.suffix, S::kAn);
  EXPECT_TRUE(a.clitic);
  for (const char* w : {"kecamlah", "kecampun", "kecamkah", "kecamku",
                        "kecammu", "kecamnya", "mengecamnyalah"}) {
    a = First(w);
    EXPECT_EQ(a.root, "kecam") << w;
    EXPECT_TRUE(a.clitic) << w;
  }
  // At most one clitic (nyalah counts as one form).
  EXPECT_FALSE(HasRoot(All("kecamlahkah"), "kecam"));
}

TEST_F(Hunspell, StackedPrefixesNameTheOuterOne) {
  Analysis a = First("keberhasilan");
  EXPECT_EQ(a.root, "hasil");
  EXPECT_EQ(a.prefix, P::kKe);
  EXPECT_EQ(a.voice, V::kNominal);
  a = First("memberhentikan");
  EXPECT_EQ(a.root, "henti");
  EXPECT_EQ(a.prefix, P::kMeN);
  EXPECT_EQ(a.voice, V::kActive);
  a = First("berkelanjutan");
  EXPECT_EQ(a.root, "lanjut");
  EXPECT_EQ(a.prefix, P::kBer);
  EXPECT_EQ(First("keterlibatan").root, "libat");
  EXPECT_EQ(First("diberlakukan").root, "berlaku");  // a hunspell entry
  EXPECT_TRUE(HasRoot(All("diberlakukan"), "laku"));
}

TEST_F(Hunspell, EveryAnalysisIsAllowedAndHasItsVoice) {
  // A full check on one rich word: each analysis's root is a lexicon view
  // and its affixes combine.
  for (const char* w : {"pemerintahannya", "memperingatkan", "kepercayaan"}) {
    for (const Analysis& a : All(w)) {
      EXPECT_EQ(a.root.data(), lexicon_->Find(a.root).data()) << w;
      if (a.prefix == P::kMeN || a.prefix == P::kDi) {
        EXPECT_NE(a.suffix, S::kAn) << w;
      }
    }
  }
}

// -------------------------------------------------------- hunspell gaps

// Common news roots that hunspell-id lacks. The engine adds the roots its
// dictionaries use; this shows that adding them is enough.
TEST_F(Hunspell, RootsMissingFromHunspellCanBeAdded) {
  const char* kGaps[] = {"pemerintah", "mulai",  "tapi",
                         "rinci",      "pemilu", "amandemen"};
  Result<Lexicon> loaded = Lexicon::LoadHunspell(kHunspellPath);
  ASSERT_TRUE(loaded.ok());
  Lexicon& lex = loaded.value();
  std::string missing;
  for (const char* w : kGaps) {
    if (!lex.Contains(w)) missing += std::string(" ") + w;
    lex.Add(w);
  }
  std::cout << "hunspell-id lacks, added by the test:" << missing << "\n";
  Morphology m(&lex);
  std::vector<Analysis> out;
  ASSERT_GE(m.Analyze("pemerintah", &out), 2u);
  EXPECT_EQ(out[0].root, "pemerintah");
  EXPECT_EQ(out[0].prefix, P::kNone);
  EXPECT_EQ(out[1].root, "perintah");
  EXPECT_EQ(out[1].prefix, P::kPeN);
  ASSERT_GE(m.Analyze("pemerintahan", &out), 1u);
  EXPECT_EQ(out[0].root, "pemerintah");
  EXPECT_EQ(out[0].suffix, S::kAn);
  ASSERT_GE(m.Analyze("rincian", &out), 1u);
  EXPECT_EQ(out[0].root, "rinci");
  ASSERT_GE(m.Analyze("merinci", &out), 1u);
  EXPECT_EQ(out[0].root, "rinci");
  ASSERT_GE(m.Analyze("memulai", &out), 1u);
  EXPECT_EQ(out[0].root, "mulai");
  ASSERT_GE(m.Analyze("pemilu", &out), 1u);
  EXPECT_EQ(out[0].root, "pemilu");
}

// ----------------------------------------------------------- bad input

TEST_F(Hunspell, EmptyAndNonWords) {
  std::vector<Analysis> out = {Analysis{}};
  Morphology m(lexicon_);
  EXPECT_EQ(m.Analyze("", &out), 0u);
  EXPECT_TRUE(out.empty());
  for (const char* w :
       {"xyzzyq", "qqqq", "mengxyzzy", "dixyzzykan", "nya", "me", "di", "ke",
        "kan", "i", "an", "a", "meng", "memper", "123", "2018-an"}) {
    for (const Analysis& a : All(w)) {
      EXPECT_TRUE(lexicon_->Contains(a.root)) << w;
      EXPECT_GE(a.root.size(), 1u) << w;
    }
  }
  EXPECT_TRUE(All("xyzzyq").empty());
  EXPECT_TRUE(All("mengxyzzy").empty());
}

// The caller lowercases; Analyze does not.
TEST_F(Hunspell, UppercaseFindsNothing) {
  EXPECT_TRUE(All("MENGECAM").empty());
  EXPECT_TRUE(All("Mengecam").empty());
  EXPECT_EQ(First("mengecam").root, "kecam");
}

TEST_F(Hunspell, LongWordsGetOnlyTheBareAnalysis) {
  std::string longest(Morphology::kMaxAnalyzedBytes, 'a');
  std::string too_long = "meng" + std::string(200, 'a') + "kannya";
  EXPECT_TRUE(All(too_long).empty());
  EXPECT_TRUE(All(std::string(100000, 'x')).empty());
  EXPECT_TRUE(All(longest).empty());
  // A long word that is in the lexicon is found, bare only.
  Lexicon lex;
  std::string root(Morphology::kMaxAnalyzedBytes + 10, 'b');
  lex.Add(root);
  lex.Add("kecam");
  Morphology m(&lex);
  std::vector<Analysis> out;
  ASSERT_EQ(m.Analyze(root, &out), 1u);
  EXPECT_EQ(out[0].prefix, P::kNone);
  EXPECT_EQ(m.Analyze("di" + root, &out), 0u);
  // At the limit, affixes are still read.
  std::string at_limit =
      "meng" + std::string(Morphology::kMaxAnalyzedBytes - 4, 'e');
  lex.Add(at_limit.substr(4));
  EXPECT_EQ(m.Analyze(at_limit, &out), 1u);
}

TEST_F(Hunspell, NonAsciiBytesDoNotCrash) {
  const std::string words[] = {"mengécam",
                               "kecam\xff",
                               "\xff\xfe\xfd",
                               std::string("ke\0cam", 6),
                               "mëngkritik",
                               "\xc3",
                               "meng\xc3",
                               "\x80\x80\x80nya",
                               "蛇",
                               "серанг",
                               "me\xe2\x80\x8bngecam"};
  for (const std::string& w : words) {
    for (const Analysis& a : All(w)) {
      EXPECT_TRUE(lexicon_->Contains(a.root));
    }
  }
  // Random bytes, with a fixed seed.
  std::mt19937 rng(20181001);
  std::uniform_int_distribution<int> byte(0, 255), len(0, 80);
  std::string w;
  Morphology m(lexicon_);
  std::vector<Analysis> out;
  for (int i = 0; i < 20000; ++i) {
    w.assign(len(rng), '\0');
    for (char& c : w) c = static_cast<char>(byte(rng));
    if (i % 2 == 0 && w.size() > 4) {  // half of them start like a word
      w.replace(0, 4, i % 4 == 0 ? "meng" : "peny");
    }
    m.Analyze(w, &out);
    ASSERT_LE(out.size(), Morphology::kMaxAnalyses);
    for (const Analysis& a : out) ASSERT_TRUE(lexicon_->Contains(a.root)) << w;
  }
}

TEST_F(Hunspell, AnalyzeDoesNotAllocateWithCapacity) {
  Morphology m(lexicon_);
  std::vector<Analysis> out;
  out.reserve(Morphology::kMaxAnalyses);
  const char* words[] = {"mengecamnya",   "pemerintahannya", "serang-menyerang",
                         "keberhasilan",  "xyzzy",           "memperingatkan",
                         "dikunjunginya", "kapal-kapal"};
  long before = g_allocations.load();
  size_t total = 0;
  for (int round = 0; round < 10; ++round) {
    for (const char* w : words) total += m.Analyze(w, &out);
  }
  long after = g_allocations.load();
  EXPECT_GT(total, 0u);
  EXPECT_EQ(after - before, 0);
  // The counter works: without capacity, the vector itself allocates.
  std::vector<Analysis> fresh;
  before = g_allocations.load();
  m.Analyze("mengecam", &fresh);
  EXPECT_GT(g_allocations.load() - before, 0);
}

// -------------------------------------------------------------- Lexicon

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  std::string path = testing::TempDir() + "/warta_lang_id_" +
                     std::to_string(::getpid()) + "_" + name;
  std::ofstream f(path, std::ios::binary);
  f << bytes;
  return path;
}

TEST(Lexicon, MissingFileIsNotFoundAndNamesTheFile) {
  std::string path = testing::TempDir() + "/warta_no_such_dictionary.dic";
  Result<Lexicon> lex = Lexicon::LoadHunspell(path);
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), StatusCode::kNotFound);
  EXPECT_NE(lex.status().message().find(path), std::string::npos)
      << lex.status().message();
}

TEST(Lexicon, DirectoryIsAnIoError) {
  std::string dir = testing::TempDir();
  Result<Lexicon> lex = Lexicon::LoadHunspell(dir);
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), StatusCode::kIoError);
  EXPECT_NE(lex.status().message().find(dir), std::string::npos);
}

TEST(Lexicon, FirstLineMustBeACount) {
  for (const char* text :
       {"", "\n", "kecam\nserang\n", "12x\nkecam\n", "-3\nkecam\n"}) {
    std::string path = WriteTemp("bad_count.dic", text);
    Result<Lexicon> lex = Lexicon::LoadHunspell(path);
    ASSERT_FALSE(lex.ok()) << text;
    EXPECT_EQ(lex.status().code(), StatusCode::kInvalidInput);
    EXPECT_NE(lex.status().message().find(path + ":1:"), std::string::npos)
        << lex.status().message();
  }
}

TEST(Lexicon, ParsesHunspellLines) {
  std::string path =
      WriteTemp("small.dic",
                "\xEF\xBB\xBF"
                "9\n"
                "kecam/D0M0MkP0a0nl\n"
                "caf\xe9/M0\n"       // Latin-1 e-acute
                "Jakarta\n"          // a name: skipped
                "\xc9lys\xe9\x65\n"  // a name in Latin-1: skipped
                "unjuk rasa\n"       // multiword: skipped
                "kupu-kupu/a0\n"     // hyphenated: kept
                "agentif \n"         // trailing space: kept, trimmed
                "serang/B0\r\n"      // CRLF
                "\n"
                "kecam/Pa\n");  // listed twice
  Result<Lexicon> lex = Lexicon::LoadHunspell(path);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_EQ(lex->size(), 5u);
  EXPECT_EQ(lex->skipped(), 3u);
  EXPECT_TRUE(lex->Contains("kecam"));
  EXPECT_TRUE(lex->Contains("caf\xc3\xa9"));  // UTF-8
  EXPECT_FALSE(lex->Contains("caf\xe9"));
  EXPECT_TRUE(lex->Contains("kupu-kupu"));
  EXPECT_TRUE(lex->Contains("agentif"));
  EXPECT_TRUE(lex->Contains("serang"));
  EXPECT_FALSE(lex->Contains("Jakarta"));
  EXPECT_FALSE(lex->Contains("jakarta"));
  EXPECT_FALSE(lex->Contains("unjuk rasa"));
  EXPECT_FALSE(lex->Contains("kecam/D0M0MkP0a0nl"));
  // The flags of both kecam lines count: peN-an from the second.
  Morphology m(&lex.value());
  std::vector<Analysis> out;
  ASSERT_EQ(m.Analyze("pengecaman", &out), 1u);
  EXPECT_EQ(out[0].root, "kecam");
}

TEST(Lexicon, LoadsHunspellId) {
  Result<Lexicon> lex = Lexicon::LoadHunspell(kHunspellPath);
  if (!lex.ok() && lex.status().code() == StatusCode::kNotFound) {
    GTEST_SKIP() << kHunspellPath << " is missing; install hunspell-id";
  }
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_GT(lex->size(), 30000u);
  EXPECT_GT(lex->skipped(), 300u);  // names such as Abraham
  EXPECT_FALSE(lex->Contains("abraham"));
  EXPECT_TRUE(lex->Contains("serang-menyerang"));
}

TEST(Lexicon, AddFindAndStableViews) {
  Lexicon lex;
  EXPECT_EQ(lex.size(), 0u);
  EXPECT_TRUE(lex.Find("kecam").empty());
  lex.Add("kecam");
  lex.Add("kecam");
  lex.Add("");
  EXPECT_EQ(lex.size(), 1u);
  std::string probe = "kecam";
  std::string_view view = lex.Find(probe);
  EXPECT_EQ(view, "kecam");
  EXPECT_NE(view.data(), probe.data());  // the lexicon's own copy
  // Many more words, some larger than an arena block's share.
  for (int i = 0; i < 20000; ++i) lex.Add("kata" + std::to_string(i));
  lex.Add(std::string(10000, 'z'));
  Lexicon moved = std::move(lex);
  EXPECT_EQ(moved.Find("kecam").data(), view.data());
  EXPECT_EQ(view, "kecam");
  EXPECT_EQ(moved.size(), 20002u);
  EXPECT_TRUE(moved.Contains("kata19999"));
  EXPECT_TRUE(moved.Contains(std::string(10000, 'z')));
  uint64_t affixes = 0;
  EXPECT_EQ(moved.Find("kata7", &affixes), "kata7");
  EXPECT_NE(affixes, 0u);
}

}  // namespace
}  // namespace warta::lang::id
