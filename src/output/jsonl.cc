#include "output/jsonl.h"

#include <vector>

#include "util/utf8.h"

namespace newsgraph::output {
namespace {

// A cursor over one line. Every method either advances past what it accepts or records the
// first error (message and column) and returns false.
class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}

  size_t pos() const { return i_; }
  bool at_end() const { return i_ >= s_.size(); }
  char peek() const { return at_end() ? '\0' : s_[i_]; }
  const std::string& error() const { return error_; }
  size_t error_column() const { return error_pos_ + 1; }

  void skip_ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n'))
      ++i_;
  }

  bool fail(std::string message) {
    if (error_.empty()) {
      error_ = std::move(message);
      error_pos_ = i_;
    }
    return false;
  }

  bool expect(char c, const char* what) {
    skip_ws();
    if (peek() != c)
      return fail(at_end() ? std::string("line ends where ") + what + " was expected"
                           : std::string("expected ") + what);
    ++i_;
    return true;
  }

  // A string starting at the current '"'. With `decoded`, its value is appended there.
  bool string(std::string* decoded) {
    if (peek() != '"') return fail("expected a string");
    ++i_;
    for (;;) {
      size_t run = i_;
      while (i_ < s_.size() && s_[i_] != '"' && s_[i_] != '\\') ++i_;
      if (decoded) decoded->append(s_.data() + run, i_ - run);
      if (at_end()) return fail("unterminated string");
      if (s_[i_] == '"') {
        ++i_;
        return true;
      }
      if (!escape(decoded)) return false;
    }
  }

  // Any JSON value, skipped without recursion: `stack` holds the closers still open.
  bool value() {
    stack_.clear();
    for (;;) {
      skip_ws();
      char c = peek();
      if (c == '{' || c == '[') {
        ++i_;
        skip_ws();
        if (peek() == (c == '{' ? '}' : ']')) {
          ++i_;
        } else {
          stack_.push_back(c == '{' ? '}' : ']');
          if (c == '{' && !member_key()) return false;
          continue;  // the first value of the new container
        }
      } else if (!scalar()) {
        return false;
      }
      // After a value: close containers, or go on to the next element.
      for (;;) {
        if (stack_.empty()) return true;
        skip_ws();
        char closer = stack_.back();
        if (peek() == closer) {
          ++i_;
          stack_.pop_back();
          continue;
        }
        if (peek() != ',')
          return fail(closer == '}' ? "expected ',' or '}' in an object"
                                    : "expected ',' or ']' in an array");
        ++i_;
        if (closer == '}' && !member_key()) return false;
        break;
      }
    }
  }

  // `"key" :` inside an object.
  bool member_key() {
    skip_ws();
    if (peek() != '"') return fail("expected a quoted member name");
    return string(nullptr) && expect(':', "':' after a member name");
  }

 private:
  bool scalar() {
    char c = peek();
    if (c == '"') return string(nullptr);
    if (c == '-' || (c >= '0' && c <= '9')) return number();
    for (std::string_view lit : {"true", "false", "null"}) {
      if (s_.substr(i_, lit.size()) == lit) {
        i_ += lit.size();
        return true;
      }
    }
    return fail(at_end() ? "line ends where a value was expected" : "expected a value");
  }

  bool digits() {
    size_t start = i_;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    return i_ > start || fail("expected a digit");
  }

  bool number() {
    if (peek() == '-') ++i_;
    if (peek() == '0') {
      ++i_;
    } else if (!digits()) {
      return false;
    }
    if (peek() == '.') {
      ++i_;
      if (!digits()) return false;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++i_;
      if (peek() == '+' || peek() == '-') ++i_;
      if (!digits()) return false;
    }
    return true;
  }

  bool hex4(char32_t* out) {
    if (i_ + 4 > s_.size()) return fail("incomplete \\u escape");
    char32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      char h = s_[i_ + k];
      int d = h >= '0' && h <= '9'   ? h - '0'
              : h >= 'a' && h <= 'f' ? h - 'a' + 10
              : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                     : -1;
      if (d < 0) return fail("bad hex digit in a \\u escape");
      v = v * 16 + char32_t(d);
    }
    i_ += 4;
    *out = v;
    return true;
  }

  // At a backslash inside a string.
  bool escape(std::string* decoded) {
    ++i_;
    if (at_end()) return fail("unterminated string");
    char e = s_[i_++];
    char plain = e == '"' || e == '\\' || e == '/' ? e
                 : e == 'b'                        ? '\b'
                 : e == 'f'                        ? '\f'
                 : e == 'n'                        ? '\n'
                 : e == 'r'                        ? '\r'
                 : e == 't'                        ? '\t'
                                                   : '\0';
    if (plain) {
      if (decoded) *decoded += plain;
      return true;
    }
    if (e != 'u') {
      --i_;
      return fail("bad escape in a string");
    }
    char32_t cp;
    if (!hex4(&cp)) return false;
    if (cp >= 0xD800 && cp <= 0xDBFF && s_.substr(i_, 2) == "\\u") {
      size_t save = i_;
      i_ += 2;
      char32_t low;
      if (!hex4(&low)) return false;
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      } else {
        i_ = save;  // a lone high surrogate; the next escape is read on its own
      }
    }
    // utf8::append writes U+DC80..U+DCFF as the byte it escapes and other lone surrogates as
    // their 3-byte form: see the header.
    if (decoded) utf8::append(*decoded, cp);
    return true;
  }

  std::string_view s_;
  size_t i_ = 0;
  std::string error_;
  size_t error_pos_ = 0;
  std::vector<char> stack_;
};

// Best effort for an error object: the value of the first `"id":` whose value is a string or a
// number, wherever it is in a line that is not JSON as a whole.
std::string salvage_id(std::string_view line) {
  for (size_t at = line.find("\"id\""); at != std::string_view::npos;
       at = line.find("\"id\"", at + 1)) {
    Scanner s(line.substr(at + 4));
    if (!s.expect(':', "':'")) continue;
    s.skip_ws();
    size_t begin = s.pos();
    char c = s.peek();
    if (c != '"' && c != '-' && !(c >= '0' && c <= '9')) continue;
    if (!s.value()) continue;
    std::string out;
    append_sanitized_json(out, line.substr(at + 4 + begin, s.pos() - begin));
    return out;
  }
  return "null";
}

bool fail_line(const Scanner& s, std::string_view line, const std::string& id_json,
               const char* prefix, JsonlError& error) {
  error.column = s.error_column();
  error.message = std::string(prefix) + s.error();
  error.id_json = id_json.empty() ? salvage_id(line) : id_json;
  return false;
}

}  // namespace

void append_sanitized_json(std::string& out, std::string_view raw) {
  static const char kHex[] = "0123456789abcdef";
  bool in_string = false;
  for (size_t i = 0; i < raw.size();) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c < 0x80) {
      if (in_string && c < 0x20) {
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
      } else {
        out += char(c);
        if (c == '"') in_string = !in_string;
        if (c == '\\' && in_string && i + 1 < raw.size()) out += raw[++i];
      }
      ++i;
      continue;
    }
    size_t len;
    char32_t cp = utf8::decode_at(raw, i, &len);
    if (utf8::is_invalid_escape(cp)) {
      out += "\\ufffd";
    } else {
      out.append(raw.data() + i, len);
    }
    i += len;
  }
}

bool parse_jsonl_line(std::string_view line, JsonlRecord& record, JsonlError& error) {
  record.id_json.clear();
  record.text.clear();
  record.extra.clear();
  bool has_text = false;
  size_t text_not_string = 0;  // column of a "text" value that is not a string
  Scanner obj(line);
  obj.skip_ws();
  if (obj.peek() != '{') {
    Scanner other(line);
    bool is_json = other.value() && (other.skip_ws(), other.at_end());
    error.column = is_json ? 1 : other.error_column();
    error.message = is_json ? "not a JSON object"
                    : line.find_first_not_of(" \t") == std::string_view::npos
                        ? "empty line"
                        : "not valid JSON: " + other.error();
    error.id_json = is_json ? "null" : salvage_id(line);
    return false;
  }
  obj.expect('{', "'{'");
  obj.skip_ws();
  if (obj.peek() == '}') {
    obj.expect('}', "'}'");
  } else {
    std::string key;
    for (;;) {
      obj.skip_ws();
      size_t key_begin = obj.pos();
      key.clear();
      if (obj.peek() != '"') obj.fail("expected a quoted member name");
      if (!obj.string(&key)) return fail_line(obj, line, record.id_json, "not valid JSON: ", error);
      size_t key_end = obj.pos();
      if (!obj.expect(':', "':' after a member name"))
        return fail_line(obj, line, record.id_json, "not valid JSON: ", error);
      obj.skip_ws();
      size_t value_begin = obj.pos();
      if (key == "text" && obj.peek() == '"') {
        record.text.clear();
        if (!obj.string(&record.text))
          return fail_line(obj, line, record.id_json, "not valid JSON: ", error);
        has_text = true;
        text_not_string = 0;
      } else {
        if (!obj.value()) return fail_line(obj, line, record.id_json, "not valid JSON: ", error);
        std::string_view raw = line.substr(value_begin, obj.pos() - value_begin);
        if (key == "id") {
          record.id_json.clear();
          append_sanitized_json(record.id_json, raw);
        } else if (key == "text") {
          has_text = false;
          text_not_string = value_begin + 1;
        } else {
          if (!record.extra.empty()) record.extra += ',';
          append_sanitized_json(record.extra, line.substr(key_begin, key_end - key_begin));
          record.extra += ':';
          append_sanitized_json(record.extra, raw);
        }
      }
      obj.skip_ws();
      if (obj.peek() == ',') {
        obj.expect(',', "','");
        continue;
      }
      if (!obj.expect('}', "',' or '}' after a member"))
        return fail_line(obj, line, record.id_json, "not valid JSON: ", error);
      break;
    }
  }
  obj.skip_ws();
  if (!obj.at_end()) {
    obj.fail("text after the end of the object");
    return fail_line(obj, line, record.id_json, "not valid JSON: ", error);
  }
  if (record.id_json.empty()) record.id_json = "null";
  if (!has_text) {
    error.column = text_not_string ? text_not_string : 1;
    error.message = text_not_string ? "\"text\" is not a string" : "no \"text\" field";
    error.id_json = record.id_json;
    return false;
  }
  return true;
}

}  // namespace newsgraph::output
