// `newsgraph article [--json] FILE ...`: the main text of HTML pages (plain or gzip, any
// charset) or of every HTML response in WARC files, as CONTRACT.md ("Web input") describes.
// Plain output: the headline, then the body one paragraph per line; pages are separated by a
// blank line. --json: one object per page, in argument order, {"url", "title", "published",
// "authors", "site", "language", "text"}, where "text" is the body without the headline. A file
// that cannot be read as a page gives a one-line error on stderr (and, with --json, an object
// with "file" and "error"); the other files are still processed and the exit status is 1.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/command.h"
#include "web/article.h"
#include "web/warc.h"

namespace newsgraph::cli {
namespace {

void AppendArticle(const web::Article& a, bool json, std::string* out) {
  if (!json) {
    if (!out->empty()) out->push_back('\n');
    if (!a.title.empty()) *out += a.title + "\n";
    *out += a.text;
    return;
  }
  nlohmann::json j = {{"url", a.url},         {"title", a.title}, {"published", a.published},
                      {"authors", a.authors}, {"site", a.site},   {"language", a.language},
                      {"text", a.text}};
  *out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out->push_back('\n');
}

void AppendErrorObject(const std::string& path, const std::string& message, std::string* out) {
  nlohmann::json j = {{"file", path}, {"error", message}};
  *out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out->push_back('\n');
}

void AppendError(const std::string& path, const std::string& message, bool json, std::string* out) {
  std::fflush(stdout);
  std::fprintf(stderr, "newsgraph: %s: %s\n", path.c_str(), message.c_str());
  if (json) AppendErrorObject(path, message, out);
}

CommandRegistration article_cmd(
    "article", "Main text and metadata of HTML pages or WARC files (one result per page)",
    [](CLI::App& app) -> RunFn {
      auto json = std::make_shared<bool>(false);
      auto files = std::make_shared<std::vector<std::string>>();
      app.add_flag("--json", *json,
                   "one JSON object per page: url, title, published, authors, site, language, "
                   "text");
      auto params = std::make_shared<std::vector<std::string>>();
      app.add_option("--param", *params,
                     "override an extraction knob, NAME=VALUE (names: see `train html`)")
          ->allow_extra_args(false);
      app.add_option("FILE", *files, "HTML pages (.html, .html.gz) or WARC files; \"-\" is stdin");
      return [json, files, params]() {
        std::vector<std::string> paths = *files;
        if (paths.empty()) paths.push_back("-");
        web::ExtractOptions options;
        for (const std::string& p : *params) {
          size_t eq = p.find('=');
          char* end = nullptr;
          double v = eq == std::string::npos ? 0 : std::strtod(p.c_str() + eq + 1, &end);
          if (eq == std::string::npos || end == p.c_str() + eq + 1 || *end != '\0' ||
              !web::SetExtractParam(&options, p.substr(0, eq), v))
            throw CliError("article: bad --param '" + p +
                           "' (want NAME=NUMBER, a knob of train html)");
        }
        std::string out;
        int status = 0;
        for (const std::string& path : paths) {
          std::string bytes;
          try {
            bytes = read_input(path);
          } catch (const CliError& e) {  // its message already names the file
            std::fflush(stdout);
            std::fprintf(stderr, "newsgraph: %s\n", e.what());
            if (*json) AppendErrorObject(path, e.what(), &out);
            status = 1;
            continue;
          }
          if (web::DetectInputKind(bytes) == web::InputKind::kWarc) {
            web::Status s = web::ForEachWarcArticle(
                bytes, options, [&](const web::WarcRecord&, const web::Article& a) {
                  AppendArticle(a, *json, &out);
                });
            if (!s.ok()) {
              AppendError(path, s.message(), *json, &out);
              status = 1;
            }
          } else {
            web::Article article;
            web::Status s = web::ExtractArticle(bytes, options, &article);
            if (s.ok()) {
              AppendArticle(article, *json, &out);
            } else {
              AppendError(path, s.message(), *json, &out);
              status = 1;
            }
          }
          if (out.size() > (1u << 20)) {
            std::fwrite(out.data(), 1, out.size(), stdout);
            out.clear();
          }
        }
        std::fwrite(out.data(), 1, out.size(), stdout);
        std::fflush(stdout);
        return status;
      };
    });

}  // namespace
}  // namespace newsgraph::cli
