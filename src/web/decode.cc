#include "web/decode.h"

#include <iconv.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include "util/ascii.h"

namespace newsgraph::web {
namespace {

// Maps a charset label (as pages write it) to an iconv name; empty when unknown.
std::string CanonicalCharset(std::string_view label) {
  std::string l = util::ascii_lower(label);
  while (!l.empty() && (l.back() == ' ' || l.back() == '"' || l.back() == '\'')) l.pop_back();
  size_t b = l.find_first_not_of(" \"'");
  if (b == std::string::npos) return {};
  l = l.substr(b);
  if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8") return "UTF-8";
  if (l == "iso-8859-1" || l == "latin1" || l == "latin-1" || l == "us-ascii" || l == "ascii" ||
      l == "windows-1252" || l == "cp1252" || l == "iso8859-1" || l == "l1" || l == "x-cp1252")
    return "WINDOWS-1252";
  if (l == "shift_jis" || l == "shift-jis" || l == "sjis" || l == "x-sjis" || l == "ms_kanji" ||
      l == "windows-31j" || l == "cp932")
    return "CP932";
  if (l == "euc-jp" || l == "x-euc-jp") return "EUC-JP";
  if (l == "iso-2022-jp") return "ISO-2022-JP";
  if (l == "gb2312" || l == "gbk" || l == "gb18030" || l == "x-gbk" || l == "cp936")
    return "GB18030";
  if (l == "big5" || l == "big5-hkscs" || l == "x-x-big5") return "BIG5-HKSCS";
  if (l == "euc-kr" || l == "ks_c_5601-1987" || l == "cp949" || l == "windows-949") return "CP949";
  if (l == "koi8-r" || l == "koi8") return "KOI8-R";
  if (l == "koi8-u") return "KOI8-U";
  if (l.starts_with("windows-125") || l.starts_with("iso-8859-") || l == "utf-16le" ||
      l == "utf-16be" || l == "ibm866" || l == "cp866") {
    std::string u = l;
    for (char& c : u) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return u;
  }
  if (l == "utf-16") return "UTF-16LE";
  return {};
}

// Length of the valid UTF-8 sequence at s[i], or 0 when it is invalid.
size_t Utf8SeqLen(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || (n == 2 && c < 0xC2) || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  unsigned char c1 = static_cast<unsigned char>(s[i + 1 < s.size() ? i + 1 : i]);
  if (n == 3 && ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0))) return 0;
  if (n == 4 && ((c == 0xF0 && c1 < 0x90) || c > 0xF4 || (c == 0xF4 && c1 >= 0x90))) return 0;
  return n;
}

// Offset of the first non-ASCII byte at or after i (8 bytes at a time).
size_t SkipAscii(std::string_view s, size_t i) {
  while (i + 8 <= s.size()) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ull) break;
    i += 8;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

// Counts multi-byte and invalid UTF-8 sequences.
void Utf8Census(std::string_view s, size_t* multi, size_t* invalid) {
  *multi = *invalid = 0;
  for (size_t i = 0; i < s.size();) {
    i = SkipAscii(s, i);
    if (i >= s.size()) break;
    size_t n = Utf8SeqLen(s, i);
    if (n == 0) {
      ++*invalid;
      ++i;
    } else {
      ++*multi;
      i += n;
    }
  }
}

// The charset named by a <meta> tag in the page head, or empty.
std::string DeclaredCharset(std::string_view bytes) {
  std::string head = util::ascii_lower(bytes.substr(0, 4096));
  for (size_t pos = head.find("<meta"); pos != std::string::npos;
       pos = head.find("<meta", pos + 5)) {
    size_t end = head.find('>', pos);
    std::string_view tag = std::string_view(head).substr(
        pos, end == std::string::npos ? std::string::npos : end - pos);
    size_t cs = tag.find("charset");
    if (cs == std::string_view::npos) continue;
    size_t v = cs + 7;
    while (v < tag.size() && (tag[v] == ' ' || tag[v] == '=' || tag[v] == '"' || tag[v] == '\''))
      ++v;
    size_t e = v;
    while (e < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[e])) || tag[e] == '-' ||
                              tag[e] == '_' || tag[e] == ':' || tag[e] == '.'))
      ++e;
    std::string c = CanonicalCharset(tag.substr(v, e - v));
    if (!c.empty()) return c;
  }
  return {};
}

}  // namespace

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

Status Gunzip(std::string_view bytes, std::string* out, size_t max_out) {
  out->clear();
  z_stream zs;
  std::memset(&zs, 0, sizeof zs);
  if (inflateInit2(&zs, 15 + 32) != Z_OK) return Status::Internal("gzip: cannot initialise zlib");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zs.avail_in = static_cast<uInt>(std::min<size_t>(bytes.size(), 1u << 30));
  char buf[1 << 16];
  Status status;
  for (;;) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    int rc = inflate(&zs, Z_NO_FLUSH);
    out->append(buf, sizeof buf - zs.avail_out);
    if (out->size() > max_out) {
      status = Status::InvalidArgument("gzip: decompressed size over " + std::to_string(max_out) +
                                       " bytes");
      break;
    }
    if (rc == Z_STREAM_END) {
      if (zs.avail_in == 0 ||
          !IsGzip(std::string_view(reinterpret_cast<char*>(zs.next_in), zs.avail_in)))
        break;  // done, or trailing garbage after the last member (ignored as gzip(1) does)
      inflateReset(&zs);
      continue;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
      status = Status::Corruption("gzip: truncated stream at byte " + std::to_string(zs.total_in));
      break;
    }
    if (rc != Z_OK) {
      status = Status::Corruption("gzip: corrupt stream at byte " +
                                  std::to_string(bytes.size() - zs.avail_in) +
                                  (zs.msg ? std::string(" (") + zs.msg + ")" : std::string()));
      break;
    }
  }
  inflateEnd(&zs);
  return status;
}

std::string DetectCharset(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return "UTF-8";
  if (bytes.starts_with("\xFF\xFE")) return "UTF-16LE";
  if (bytes.starts_with("\xFE\xFF")) return "UTF-16BE";
  std::string declared = DeclaredCharset(bytes);
  if (declared.starts_with("UTF-16")) declared = "UTF-8";  // a byte-oriented page cannot be
  size_t multi = 0, invalid = 0;
  Utf8Census(bytes.substr(0, 1 << 20), &multi, &invalid);
  bool looks_utf8 = multi > 0 && invalid * 50 <= multi;
  if (declared.empty()) return invalid == 0 || looks_utf8 ? "UTF-8" : "WINDOWS-1252";
  if (declared == "UTF-8") return invalid > 0 && !looks_utf8 ? "WINDOWS-1252" : "UTF-8";
  bool single_byte = declared.starts_with("WINDOWS-") || declared.starts_with("ISO-8859-") ||
                     declared.starts_with("KOI8");
  if (single_byte && looks_utf8 && invalid == 0) return "UTF-8";
  return declared;
}

std::string ToUtf8(std::string_view bytes, const std::string& charset) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if ((charset == "UTF-16LE" && bytes.starts_with("\xFF\xFE")) ||
      (charset == "UTF-16BE" && bytes.starts_with("\xFE\xFF")))
    bytes.remove_prefix(2);
  std::string out;
  if (charset == "UTF-8") {
    out.reserve(bytes.size());
    size_t i = 0;
    while (i < bytes.size()) {  // copy valid runs, replace invalid bytes
      size_t start = i;
      for (i = SkipAscii(bytes, i); i < bytes.size(); i = SkipAscii(bytes, i)) {
        size_t n = Utf8SeqLen(bytes, i);
        if (n == 0) break;
        i += n;
      }
      out.append(bytes.data() + start, i - start);
      if (i < bytes.size() && Utf8SeqLen(bytes, i) == 0) {
        out += "\xEF\xBF\xBD";
        ++i;
      }
    }
    return out;
  }
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) cd = iconv_open("UTF-8", "WINDOWS-1252");
  if (cd == reinterpret_cast<iconv_t>(-1)) return ToUtf8(bytes, "UTF-8");
  out.reserve(bytes.size() * 2);
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char buf[1 << 14];
  while (in_left > 0) {
    char* o = buf;
    size_t o_left = sizeof buf;
    size_t rc = iconv(cd, &in, &in_left, &o, &o_left);
    out.append(buf, sizeof buf - o_left);
    if (rc == static_cast<size_t>(-1)) {
      if (errno == E2BIG) continue;
      out += "\xEF\xBF\xBD";  // EILSEQ or EINVAL (cut short): skip one byte
      ++in;
      --in_left;
      iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
  }
  iconv_close(cd);
  return out;
}

}  // namespace newsgraph::web
