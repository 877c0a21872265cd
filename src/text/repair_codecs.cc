// Single-byte code pages and UTF-8 decoders used by mojibake repair.
#include <array>
#include <vector>

#include "text/repair_core.h"
#include "util/utf8.h"

namespace newsgraph::repair {

namespace {

#include "text/repair_codec_tables.inc"

static_assert(kCodecCount == Codec::kCodecCount, "codec list and generated tables disagree");

// Inverse maps: for each codec, the byte of every BMP code point (0 = none).
struct EncodeTables {
  std::vector<uint8_t> byte_of[kCodecCount];
  EncodeTables() {
    for (int c = 0; c < kCodecCount; ++c) {
      byte_of[c].assign(0x10000, 0);
      for (int b = 0x80; b < 0x100; ++b) byte_of[c][kCodecHighHalf[c][b - 0x80]] = uint8_t(b);
    }
  }
};

const EncodeTables& encode_tables() {
  static const EncodeTables tables;
  return tables;
}

inline int encode_one(int codec, char32_t cp, const EncodeTables& t) {
  if (cp < 0x80) return cp == 0x1A ? -1 : int(cp);
  if (cp == 0xFFFD && kCodecSloppy[codec]) return 0x1A;
  if (cp >= 0x10000) return -1;
  uint8_t b = t.byte_of[codec][cp];
  return b ? b : -1;
}

}  // namespace

const char* codec_name(int codec) { return kCodecNames[codec]; }
bool codec_is_sloppy(int codec) { return kCodecSloppy[codec]; }

char32_t codec_decode_byte(int codec, uint8_t b) {
  if (b == 0x1A && kCodecSloppy[codec]) return 0xFFFD;
  if (b < 0x80) return b;
  return kCodecHighHalf[codec][b - 0x80];
}

bool codec_encode(int codec, std::u32string_view text, std::string* out) {
  const EncodeTables& t = encode_tables();
  out->clear();
  out->reserve(text.size());
  for (char32_t cp : text) {
    int b = encode_one(codec, cp, t);
    if (b < 0) return false;
    out->push_back(static_cast<char>(b));
  }
  return true;
}

bool codec_can_encode(int codec, std::u32string_view text) {
  const EncodeTables& t = encode_tables();
  for (char32_t cp : text)
    if (encode_one(codec, cp, t) < 0) return false;
  return true;
}

bool decode_utf8_strict(std::string_view bytes, std::u32string* out) {
  out->clear();
  out->reserve(bytes.size());
  for (size_t i = 0; i < bytes.size();) {
    size_t len;
    char32_t cp = utf8::decode_at(bytes, i, &len);
    if (utf8::is_invalid_escape(cp)) return false;
    out->push_back(cp);
    i += len;
  }
  return true;
}

bool decode_utf8_variants(std::string_view bytes, std::u32string* out) {
  out->clear();
  out->reserve(bytes.size());
  auto at = [&](size_t k) { return static_cast<uint8_t>(bytes[k]); };
  for (size_t i = 0; i < bytes.size();) {
    if (at(i) == 0xC0 && i + 1 < bytes.size() && at(i + 1) == 0x80) {
      out->push_back(0);
      i += 2;
      continue;
    }
    if (at(i) == 0xED && i + 5 < bytes.size() && at(i + 1) >= 0xA0 && at(i + 1) <= 0xAF &&
        (at(i + 2) & 0xC0) == 0x80 && at(i + 3) == 0xED && at(i + 4) >= 0xB0 &&
        at(i + 4) <= 0xBF && (at(i + 5) & 0xC0) == 0x80) {
      char32_t hi = 0xD000 | (char32_t(at(i + 1) & 0x3F) << 6) | (at(i + 2) & 0x3F);
      char32_t lo = 0xD000 | (char32_t(at(i + 4) & 0x3F) << 6) | (at(i + 5) & 0x3F);
      out->push_back(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00));
      i += 6;
      continue;
    }
    size_t len;
    char32_t cp = utf8::decode_at(bytes, i, &len);
    if (utf8::is_invalid_escape(cp)) return false;
    out->push_back(cp);
    i += len;
  }
  return true;
}

void append_utf8(std::u32string_view text, std::string* out) {
  for (char32_t cp : text) {
    if (utf8::is_invalid_escape(cp) || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
      cp = 0xFFFD;
    utf8::append(*out, cp);
  }
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 2);
  append_utf8(text, &out);
  return out;
}

std::u32string from_utf8(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t len;
    char32_t cp = utf8::decode_at(text, i, &len);
    out.push_back(utf8::is_invalid_escape(cp) ? char32_t(0xFFFD) : cp);
    i += len;
  }
  return out;
}

}  // namespace newsgraph::repair
