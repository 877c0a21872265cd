// Bytes to UTF-8 text for web pages: transparent gunzip and charset detection/conversion.
// All functions are pure and thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "web/status.h"

namespace newsgraph::web {

// True when `bytes` start with the gzip magic number (1f 8b).
bool IsGzip(std::string_view bytes);

// Decompresses a gzip stream (several members are concatenated) into *out. At most `max_out`
// bytes are produced; a larger result is an error. A truncated or corrupt stream is an error
// naming the byte offset, with what was decoded so far left in *out.
Status Gunzip(std::string_view bytes, std::string* out, size_t max_out = size_t(1) << 30);

// The charset a page declares or implies, as a canonical iconv name ("UTF-8", "WINDOWS-1252",
// "SHIFT_JIS", ...). Order: byte-order mark; <meta charset> or <meta http-equiv content-type>
// in the first 4096 bytes (latin-1 and ASCII labels mean windows-1252, as in browsers); else
// sniffing: valid UTF-8 → UTF-8, otherwise windows-1252. A declared single-byte charset is
// overridden by UTF-8 when the bytes hold multi-byte UTF-8 sequences and no invalid ones (a
// page saved as UTF-8 but still declaring its old charset).
std::string DetectCharset(std::string_view bytes);

// Converts `bytes` in `charset` (as DetectCharset names it) to UTF-8 with iconv; bytes that do
// not decode become U+FFFD. A BOM is dropped. An unknown charset falls back to windows-1252.
std::string ToUtf8(std::string_view bytes, const std::string& charset);

}  // namespace newsgraph::web
