// ReadInputs: walks ingest inputs (files, directories, JSONL, .gz, standard input) and yields
// one InputArticle per article, reporting bad records with their file and line.
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "store/ingest.h"
#include "web/input.h"

namespace newsgraph::store {
namespace {

namespace fs = std::filesystem;

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool jsonl_name(const std::string& path) {
  for (std::string_view ext : {".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"})
    if (ends_with(path, ext)) return true;
  return false;
}

std::string as_string(const nlohmann::json& v) {
  return v.is_string() ? v.get<std::string>()
                       : v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The bytes of one JSONL stream. A file (plain or gzip) goes through zlib's gz reader. Standard
// input is read as a pipe hands it over, so that each line of a live feed ("tail -f feed.jsonl
// | newsgraph ingest -") is taken when it arrives; zlib's reader would wait for 64 KiB. Input
// that starts with the gzip magic is inflated as it comes.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads into buf: the number of bytes (> 0), 0 at the end, -1 on an error (see error()).
  virtual long read(char* buf, size_t size) = 0;
  virtual long offset() = 0;  // bytes of the underlying file consumed so far
  virtual std::string error() = 0;
};

class GzSource : public ByteSource {
 public:
  explicit GzSource(gzFile in) : in_(in) {}
  long read(char* buf, size_t size) override {
    return gzread(in_, buf, static_cast<unsigned>(std::min<size_t>(size, 1u << 30)));
  }
  long offset() override { return gzoffset(in_); }
  std::string error() override {
    int err = 0;
    const char* msg = gzerror(in_, &err);
    if (err == Z_OK || err == Z_STREAM_END) return "";
    return err == Z_ERRNO ? std::strerror(errno) : msg;
  }

 private:
  gzFile in_;
};

class FdSource : public ByteSource {
 public:
  explicit FdSource(int fd) : fd_(fd) {}
  ~FdSource() override {
    if (gzip_) inflateEnd(&zs_);
  }
  long read(char* buf, size_t size) override {
    if (!started_ && !start()) return -1;
    if (!gzip_) {
      if (pending_ < raw_len_) {  // the bytes read to look for the gzip magic
        const size_t n = std::min(size, raw_len_ - pending_);
        std::memcpy(buf, raw_ + pending_, n);
        pending_ += n;
        return static_cast<long>(n);
      }
      return fill(buf, size);
    }
    return inflate_into(buf, size);
  }
  long offset() override { return static_cast<long>(consumed_); }
  std::string error() override { return error_; }

 private:
  bool start() {
    started_ = true;
    const long n = fill(raw_, 2);
    if (n < 0) return false;
    raw_len_ = static_cast<size_t>(n);
    if (raw_len_ == 1) {  // the magic is two bytes: wait for the second one too
      const long more = fill(raw_ + 1, 1);
      if (more < 0) return false;
      raw_len_ += static_cast<size_t>(more);
    }
    gzip_ = raw_len_ == 2 && static_cast<unsigned char>(raw_[0]) == 0x1f &&
            static_cast<unsigned char>(raw_[1]) == 0x8b;
    if (gzip_) {
      zs_ = z_stream();
      if (inflateInit2(&zs_, 16 + MAX_WBITS) != Z_OK) return fail("cannot start gzip");
      zs_.next_in = reinterpret_cast<Bytef*>(raw_);
      zs_.avail_in = static_cast<uInt>(raw_len_);
    }
    return true;
  }
  // One read(2): what the pipe holds now (blocking until there is something or the end).
  long fill(char* buf, size_t size) {
    for (;;) {
      const ssize_t n = ::read(fd_, buf, size);
      if (n >= 0) {
        consumed_ += static_cast<uint64_t>(n);
        return static_cast<long>(n);
      }
      if (errno != EINTR) return fail(std::strerror(errno));
    }
  }
  long inflate_into(char* buf, size_t size) {
    zs_.next_out = reinterpret_cast<Bytef*>(buf);
    zs_.avail_out = static_cast<uInt>(std::min<size_t>(size, 1u << 30));
    for (;;) {
      if (zs_.avail_in == 0) {
        const long n = fill(raw_, sizeof raw_);
        if (n < 0) return -1;
        if (n == 0) {
          if (!member_done_) return fail("gzip data ends early");
          return produced(buf);
        }
        zs_.next_in = reinterpret_cast<Bytef*>(raw_);
        zs_.avail_in = static_cast<uInt>(n);
      }
      if (member_done_) {  // another gzip member follows (concatenated .gz files)
        if (inflateReset(&zs_) != Z_OK) return fail("bad gzip data");
        member_done_ = false;
      }
      const int rc = inflate(&zs_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END)
        member_done_ = true;
      else if (rc != Z_OK && rc != Z_BUF_ERROR)
        return fail("bad gzip data");
      if (long n = produced(buf); n > 0) return n;
    }
  }
  long produced(char* buf) const {
    return static_cast<long>(reinterpret_cast<char*>(zs_.next_out) - buf);
  }
  long fail(const std::string& why) {
    error_ = why;
    return -1;
  }

  int fd_;
  bool started_ = false, gzip_ = false, member_done_ = false;
  char raw_[1 << 16];
  size_t raw_len_ = 0, pending_ = 0;
  uint64_t consumed_ = 0;
  z_stream zs_{};
  std::string error_;
};

class Reader {
 public:
  Reader(const std::function<void(const std::string&)>& on_error,
         const std::function<bool(InputArticle&&, double)>& fn)
      : on_error_(on_error), fn_(fn) {}

  void set_total(uint64_t bytes) { total_ = bytes; }
  bool stopped() const { return stopped_; }

  void error(const std::string& msg) {
    if (on_error_) on_error_(msg);
  }

  // Reads one JSONL stream; `name` names it in errors. Lines are split on '\n' in the bytes
  // read, so a NUL byte inside a line leaves that line whole (reported as not JSON) instead of
  // cutting it and joining its rest to the next line.
  void jsonl(ByteSource& in, const std::string& name) {
    std::string line;
    char buf[1 << 16];
    uint64_t line_no = 0, records = 0;
    auto take = [&] {
      ++line_no;
      while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
      if (line.find_first_not_of(" \t") != std::string::npos) {
        ++records;
        record(line, name, line_no, in.offset());
      }
      line.clear();
    };
    long n = 0;
    while (!stopped_ && (n = in.read(buf, sizeof buf)) > 0) {
      const char* at = buf;
      const char* end = buf + n;
      while (!stopped_ && at < end) {
        const char* nl = static_cast<const char*>(std::memchr(at, '\n', size_t(end - at)));
        line.append(at, nl ? size_t(nl - at) : size_t(end - at));
        if (!nl) break;
        at = nl + 1;
        take();
      }
    }
    if (!stopped_ && n >= 0 && !line.empty()) take();
    if (std::string why = in.error(); n < 0 || !why.empty())
      error(name + ": read error after line " + std::to_string(line_no) + " (" +
            (why.empty() ? "unknown" : why) + ")");
    else if (records == 0 && !stopped_)
      error(name + ": empty file, skipped");  // as for an empty text file
    done_bytes_ += static_cast<uint64_t>(std::max<long>(in.offset(), 0));
  }

  void file(const std::string& path) {
    if (jsonl_name(path)) {
      gzFile in = gzopen(path.c_str(), "rb");
      if (!in) return error(path + ": cannot open (" + std::strerror(errno) + ")");
      GzSource source(in);
      jsonl(source, path);
      gzclose(in);
      return;
    }
    gzFile in = gzopen(path.c_str(), "rb");
    if (!in) return error(path + ": cannot open (" + std::strerror(errno) + ")");
    GzSource source(in);
    std::string text;
    char buf[1 << 16];
    long n;
    while ((n = source.read(buf, sizeof buf)) > 0) text.append(buf, size_t(n));
    const std::string why = source.error();
    done_bytes_ += static_cast<uint64_t>(std::max<long>(source.offset(), 0));
    gzclose(in);
    if (n < 0 || !why.empty()) return error(path + ": read error (" + why + ")");
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
      return error(path + ": empty file, skipped");
    if (web::DetectInputKind(text) != web::InputKind::kText)
      return web_documents(path, std::move(text));
    if (text.find('\0') != std::string::npos)
      return error(path + ": binary file (NUL bytes), skipped");
    size_t first = text.find_first_not_of(" \t\r\n");
    if (text[first] == '{') {  // a JSONL file without the extension?
      size_t eol = text.find('\n');
      auto j = nlohmann::json::parse(text.substr(0, eol), nullptr, false);
      if (!j.is_discarded() && j.is_object() && j.contains("text")) {
        gzFile again = gzopen(path.c_str(), "rb");
        if (!again) return error(path + ": cannot open (" + std::strerror(errno) + ")");
        GzSource source(again);
        jsonl(source, path);
        gzclose(again);
        return;
      }
    }
    InputArticle a;
    a.meta.id = path;
    a.text = std::move(text);
    emit(std::move(a));
  }

 private:
  // An HTML page or a WARC file: one article per page or HTML response record, with the
  // page's metadata. The stored text (which every span points into) is the extracted article.
  void web_documents(const std::string& path, std::string bytes) {
    std::string why;
    for (web::InputDocument& d : web::ReadInputDocuments(path, std::move(bytes), {}, &why)) {
      if (d.text.find_first_not_of(" \t\r\n") == std::string::npos) {
        error(d.id + ": no article text found in the page, skipped");
        continue;
      }
      InputArticle a;
      a.meta.id = d.id;
      a.meta.url = d.article.url;
      a.meta.title = d.article.title;
      a.meta.date = d.article.published;
      a.meta.source = d.article.site;
      a.text = std::move(d.text);
      emit(std::move(a));
    }
    if (!why.empty()) error(why);
  }

  void record(const std::string& line, const std::string& name, uint64_t line_no, long offset) {
    InputArticle a;
    std::string why;
    if (!ParseJsonlRecord(line, name, line_no, &a, &why)) return error(why);
    current_offset_ = static_cast<uint64_t>(std::max<long>(offset, 0));
    emit(std::move(a));
    current_offset_ = 0;
  }

  void emit(InputArticle&& a) {
    double fraction =
        total_ ? std::min(1.0, double(done_bytes_ + current_offset_) / double(total_)) : -1;
    if (!fn_(std::move(a), fraction)) stopped_ = true;
  }

  const std::function<void(const std::string&)>& on_error_;
  const std::function<bool(InputArticle&&, double)>& fn_;
  uint64_t total_ = 0, done_bytes_ = 0, current_offset_ = 0;
  bool stopped_ = false;
};

}  // namespace

bool ParseJsonlRecord(const std::string& line, const std::string& name, uint64_t line_no,
                      InputArticle* out, std::string* error) {
  std::string where = name + " line " + std::to_string(line_no);
  auto fail = [&](std::string msg) {
    *error = std::move(msg);
    return false;
  };
  auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return fail(where + ": not valid JSON, skipped");
  if (!j.is_object()) return fail(where + ": not a JSON object, skipped");
  auto text = j.find("text");
  InputArticle a;
  auto id = j.find("id");
  a.meta.id =
      id != j.end() && !id->is_null() ? as_string(*id) : name + ":" + std::to_string(line_no);
  if (text == j.end()) return fail(where + " (id " + a.meta.id + "): no \"text\" field, skipped");
  if (!text->is_string())
    return fail(where + " (id " + a.meta.id + "): \"text\" is not a string, skipped");
  a.text = text->get<std::string>();
  if (a.text.find_first_not_of(" \t\r\n") == std::string::npos)
    return fail(where + " (id " + a.meta.id + "): empty text, skipped");
  nlohmann::json extra = nlohmann::json::object();
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    if (k == "id" || k == "text") continue;
    if (k == "date")
      a.meta.date = as_string(*it);
    else if (k == "source")
      a.meta.source = as_string(*it);
    else if (k == "url")
      a.meta.url = as_string(*it);
    else if (k == "title")
      a.meta.title = as_string(*it);
    else
      extra[k] = *it;
  }
  if (!extra.empty())
    a.meta.extra_json = extra.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  *out = std::move(a);
  return true;
}

Status ReadInputs(const std::vector<std::string>& inputs,
                  const std::function<void(const std::string&)>& on_error,
                  const std::function<bool(InputArticle&&, double fraction)>& fn) {
  Reader reader(on_error, fn);
  // Expand directories first (sorted), so the total size is known for the progress line.
  std::vector<std::string> files;
  uint64_t total = 0;
  bool stdin_used = false;
  for (const std::string& in : inputs) {
    if (in == "-") {
      files.push_back(in);
      stdin_used = true;
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(in, ec);
    if (ec || !fs::exists(st)) {
      reader.error(in + ": cannot read (" + (ec ? ec.message() : "no such file or directory") +
                   ")");
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<std::string> below;
      for (auto it = fs::recursive_directory_iterator(
               in, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec)) below.push_back(it->path().string());
      if (ec)
        reader.error(in + ": cannot list (" + ec.message() + ")");
      else if (below.empty())
        reader.error(in + ": no files in the directory, skipped");
      std::sort(below.begin(), below.end());
      for (std::string& f : below) {
        total += fs::file_size(f, ec);
        files.push_back(std::move(f));
      }
    } else if (fs::is_regular_file(st) || fs::is_fifo(st) || fs::is_character_file(st)) {
      if (fs::is_regular_file(st)) total += fs::file_size(in, ec);
      files.push_back(in);
    } else {
      reader.error(in + ": not a file or directory, skipped");
    }
  }
  reader.set_total(stdin_used ? 0 : total);
  for (const std::string& f : files) {
    if (reader.stopped()) break;
    if (f == "-") {
      FdSource in(0);
      reader.jsonl(in, "standard input");
    } else {
      reader.file(f);
    }
  }
  return Status::OK();
}

}  // namespace newsgraph::store
