#include "output/json.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace warta::output {
namespace {

// Bytes that must be escaped in a JSON string: control characters, '"' and
// '\\'.
constexpr std::array<bool, 256> kToEscape = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = true;
  t['"'] = t['\\'] = true;
  return t;
}();

// True when one of the eight bytes at `p` must be escaped in a JSON string:
// a control character, '"' or '\\'. Each test is exact for any byte value
// (the bit tricks of "Bit Twiddling Hacks": hasless and haszero).
bool AnyToEscape(const char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  uint64_t w;
  std::memcpy(&w, p, 8);
  auto has_zero = [&](uint64_t x) { return ((x - kOnes) & ~x & kHigh) != 0; };
  bool control = ((w - kOnes * 0x20) & ~w & kHigh) != 0;
  return control || has_zero(w ^ (kOnes * '"')) || has_zero(w ^ (kOnes * '\\'));
}

// As AnyToEscape, for the four bytes of `w`.
bool AnyToEscape4(uint32_t w) {
  constexpr uint32_t kOnes = 0x01010101u, kHigh = 0x80808080u;
  auto has_zero = [&](uint32_t x) { return ((x - kOnes) & ~x & kHigh) != 0; };
  const bool control = ((w - kOnes * 0x20) & ~w & kHigh) != 0;
  return control || has_zero(w ^ (kOnes * '"')) || has_zero(w ^ (kOnes * '\\'));
}

// The most bytes a JSON string of `s` takes: every byte escaped as \u00XX,
// and the quotes.
size_t MaxJsonString(std::string_view s) { return 6 * s.size() + 2; }

// Writes into room the caller made beforehand (see MaxJsonString), so no
// piece checks capacity or grows the string.
class Writer {
 public:
  explicit Writer(char* p) : p_(p) {}
  char* end() const { return p_; }

  void Lit(std::string_view s) {
    std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
  }
  void Char(char c) { *p_++ = c; }

  // Copies `s` quoted, and escapes it only when a byte needs it: the copy
  // and the test go together, sixteen or eight bytes at a time, and never
  // touch a byte outside `s` or beyond its room in the output.
  [[gnu::always_inline]] void Str(std::string_view s) {
    *p_++ = '"';
    if (CopyIfClean(s)) p_ += s.size();
    else Escaped(s);
    *p_++ = '"';
  }

  // Copies `s` to p_ (without moving it) and says whether no byte of it
  // needs escaping; when one does, what was copied is to be overwritten.
  bool CopyIfClean(std::string_view s) {
    const char* d = s.data();
    const size_t n = s.size();
    if (n >= 16) {
#if defined(__SSE2__)
      auto mask = [](__m128i v) {
        const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
        const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
        const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
        return _mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash)));
      };
      size_t i = 0;
      for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(p_ + i), v);
        if (mask(v) != 0) return false;
      }
      if (i == n) return true;
      // The last sixteen bytes, overlapping what was copied.
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + n - 16));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(p_ + n - 16), v);
      return mask(v) == 0;
#else
      if (NeedsEscape(s)) return false;
      std::memcpy(p_, d, n);
      return true;
#endif
    }
    if (n >= 8) {
      // Two words of eight bytes, overlapping when n < 16.
      std::memcpy(p_, d, 8);
      std::memcpy(p_ + n - 8, d + n - 8, 8);
      return !AnyToEscape(d) && !AnyToEscape(d + n - 8);
    }
    if (n >= 4) {
      // Two words of four bytes, overlapping when n < 8.
      uint32_t a, b;
      std::memcpy(&a, d, 4);
      std::memcpy(&b, d + n - 4, 4);
      std::memcpy(p_, &a, 4);
      std::memcpy(p_ + n - 4, &b, 4);
      return !AnyToEscape4(a) && !AnyToEscape4(b);
    }
    bool clean = true;
    for (size_t i = 0; i < n; ++i) {
      p_[i] = d[i];
      clean &= !kToEscape[static_cast<unsigned char>(d[i])];
    }
    return clean;
  }

  // True when a byte of `s` must be escaped; eight bytes at a time, the
  // last few padded with spaces.
  static bool NeedsEscape(std::string_view s) {
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8)
      if (AnyToEscape(s.data() + i)) return true;
    if (i == s.size()) return false;
    char tail[8];
    std::memset(tail, ' ', sizeof tail);
    std::memcpy(tail, s.data() + i, s.size() - i);
    return AnyToEscape(tail);
  }

  void Escaped(std::string_view s) {
    // Runs that need no escaping are copied whole; they are found eight
    // bytes at a time.
    size_t run = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      while (i + 8 <= s.size() && !AnyToEscape(s.data() + i)) i += 8;
      if (i == s.size()) break;
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      Lit(s.substr(run, i - run));
      run = i + 1;
      switch (c) {
        case '"': Lit("\\\""); break;
        case '\\': Lit("\\\\"); break;
        case '\n': Lit("\\n"); break;
        case '\r': Lit("\\r"); break;
        case '\t': Lit("\\t"); break;
        default: {
          Lit("\\u00");
          Char("0123456789abcdef"[c >> 4]);
          Char("0123456789abcdef"[c & 0xf]);
        }
      }
    }
    Lit(s.substr(run));
  }

  void StrOrNull(std::string_view s) {
    if (s.empty()) Lit("null");
    else Str(s);
  }

  template <typename T>
  void Int(T v) {  // at most 20 bytes
    p_ = std::to_chars(p_, p_ + 24, v).ptr;
  }

  // As printf's "%.10g" (std::to_chars is specified to match it); at most
  // 32 bytes.
  void Num(double v) {
    // Goldstein scores are tenths between -10 and 10: the double nearest
    // k/10 prints as k/10, written here without the general conversion.
    const double tenths = v * 10;
    if (tenths >= -1000 && tenths <= 1000 && v != 0) {
      const int k = static_cast<int>(tenths < 0 ? tenths - 0.5 : tenths + 0.5);
      if (k / 10.0 == v) {
        if (k < 0) Char('-');
        const int a = k < 0 ? -k : k;
        Int(a / 10);
        if (a % 10 != 0) {
          Char('.');
          Char(static_cast<char>('0' + a % 10));
        }
        return;
      }
    }
    p_ = std::to_chars(p_, p_ + 32, v, std::chars_format::general, 10).ptr;
  }

  void Bool(bool b) { Lit(b ? "true" : "false"); }

  void Actor(const std::optional<ActorRef>& a, bool offsets) {
    if (!a) {
      Lit("null");
      return;
    }
    Lit("{\"text\":");
    Str(a->text);
    Lit(",\"code\":");
    Str(a->code);
    Lit(",\"country\":");
    Str(a->country);
    if (offsets) {
      Lit(",\"start\":");
      Int(a->start);
      Lit(",\"end\":");
      Int(a->end);
    }
    if (!a->via.empty()) {
      Lit(",\"via\":");
      Str(a->via);
    }
    if (!a->entry.empty()) {
      Lit(",\"entry\":");
      Str(a->entry);
    }
    Char('}');
  }

 private:
  char* p_;
};

size_t MaxActor(const std::optional<ActorRef>& a) {
  if (!a) return 0;
  return MaxJsonString(a->text) + MaxJsonString(a->code) +
         MaxJsonString(a->country) + MaxJsonString(a->via) +
         MaxJsonString(a->entry);
}

// The most bytes AppendEventJson writes for `e`: the strings at their
// longest, and a bound on the keys, punctuation and numbers (about 900
// bytes and twenty numbers of at most 32 bytes).
size_t MaxEventJson(const Event& e) {
  size_t n = 4096;
  for (std::string_view s :
       {std::string_view(e.event_id), std::string_view(e.doc_id),
        std::string_view(e.lang), std::string_view(e.date),
        std::string_view(e.date_precision), std::string_view(e.date_source),
        std::string_view(e.date_text), std::string_view(e.document_date),
        std::string_view(e.document_date_source), std::string_view(e.cameo_code),
        std::string_view(e.cameo_root), std::string_view(e.cameo_name),
        std::string_view(e.plover_type), std::string_view(e.plover_mode),
        std::string_view(e.evidence_text), std::string_view(e.trigger_text),
        std::string_view(e.rule)})
    n += MaxJsonString(s);
  n += MaxActor(e.source) + MaxActor(e.target) + MaxActor(e.attribution);
  if (e.location) {
    const Location& l = *e.location;
    n += MaxJsonString(l.text) + MaxJsonString(l.name) + MaxJsonString(l.country) +
         MaxJsonString(l.adm1) + MaxJsonString(l.feature);
  }
  for (const std::string& note : e.notes) n += MaxJsonString(note) + 1;
  return n;
}

// Appends what `write` puts in a Writer, given room for at most `max` bytes.
// The Writer fills a buffer of this thread's that only grows (so it is not
// cleared each time), then the bytes written are appended at once.
template <typename F>
void AppendBounded(size_t max, std::string* out, F write) {
  thread_local std::string buffer;
  if (buffer.size() < max) buffer.resize(max);
  Writer w(buffer.data());
  write(w);
  out->append(buffer.data(), static_cast<size_t>(w.end() - buffer.data()));
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  AppendBounded(MaxJsonString(s), out, [&](Writer& w) { w.Str(s); });
}

void AppendEventJson(const Event& e, std::string* out) {
  AppendBounded(MaxEventJson(e), out, [&](Writer& w) {
    w.Lit("{\"event_id\":");
    w.Str(e.event_id);
    w.Lit(",\"doc_id\":");
    w.Str(e.doc_id);
    w.Lit(",\"lang\":");
    w.StrOrNull(e.lang);
    w.Lit(",\"sentence\":");
    w.Int(e.sentence);
    w.Lit(",\"paragraph\":");
    w.Int(e.paragraph);
    w.Lit(",\"date\":");
    w.StrOrNull(e.date);
    w.Lit(",\"date_precision\":");
    w.StrOrNull(e.date_precision);
    w.Lit(",\"date_source\":");
    w.StrOrNull(e.date_source);
    w.Lit(",\"date_text\":");
    w.StrOrNull(e.date_text);
    w.Lit(",\"document_date\":");
    w.StrOrNull(e.document_date);
    w.Lit(",\"document_date_source\":");
    w.StrOrNull(e.document_date_source);
    w.Lit(",\"source\":");
    w.Actor(e.source, true);
    w.Lit(",\"target\":");
    w.Actor(e.target, true);
    w.Lit(",\"cameo\":{\"code\":");
    w.Str(e.cameo_code);
    w.Lit(",\"root\":");
    w.Str(e.cameo_root);
    w.Lit(",\"name\":");
    w.Str(e.cameo_name);
    w.Lit(",\"goldstein\":");
    w.Num(e.goldstein);
    w.Lit(",\"quad_class\":");
    w.Int(e.quad_class);
    w.Lit("},\"plover\":");
    if (e.plover_type.empty()) {
      w.Lit("null");
    } else {
      w.Lit("{\"event_type\":");
      w.Str(e.plover_type);
      w.Lit(",\"mode\":");
      w.StrOrNull(e.plover_mode);
      w.Char('}');
    }
    w.Lit(",\"attribution\":");
    w.Actor(e.attribution, false);
    w.Lit(",\"location\":");
    if (!e.location) {
      w.Lit("null");
    } else {
      const Location& l = *e.location;
      w.Lit("{\"text\":");
      w.Str(l.text);
      w.Lit(",\"name\":");
      w.Str(l.name);
      w.Lit(",\"country\":");
      w.Str(l.country);
      w.Lit(",\"adm1\":");
      w.StrOrNull(l.adm1);
      w.Lit(",\"lat\":");
      if (l.has_latlon) w.Num(l.lat); else w.Lit("null");
      w.Lit(",\"lon\":");
      if (l.has_latlon) w.Num(l.lon); else w.Lit("null");
      w.Lit(",\"feature\":");
      w.Str(l.feature);
      w.Lit(",\"geonames_id\":");
      if (l.geonames_id) w.Int(l.geonames_id); else w.Lit("null");
      w.Lit(",\"start\":");
      w.Int(l.start);
      w.Lit(",\"end\":");
      w.Int(l.end);
      w.Char('}');
    }
    w.Lit(",\"evidence\":{\"text\":");
    w.Str(e.evidence_text);
    w.Lit(",\"start\":");
    w.Int(e.evidence_start);
    w.Lit(",\"end\":");
    w.Int(e.evidence_end);
    w.Lit("},\"trigger\":{\"text\":");
    w.Str(e.trigger_text);
    w.Lit(",\"start\":");
    w.Int(e.trigger_start);
    w.Lit(",\"end\":");
    w.Int(e.trigger_end);
    w.Lit("},\"rule\":");
    w.Str(e.rule);
    w.Lit(",\"notes\":[");
    for (size_t i = 0; i < e.notes.size(); ++i) {
      if (i) w.Char(',');
      w.Str(e.notes[i]);
    }
    w.Lit("],\"future\":");
    w.Bool(e.future);
    w.Lit(",\"historical\":");
    w.Bool(e.historical);
    w.Lit("}\n");
  });
}

}  // namespace warta::output
