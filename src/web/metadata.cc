// Article metadata from JSON-LD, OpenGraph and <meta> tags, <time> and <title>.
#include <nlohmann/json.hpp>

#include "web/extract_internal.h"

namespace newsgraph::web {
namespace {

using nlohmann::json;

bool TooDeep(std::string_view s, int limit) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > limit) return true;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return false;
}

bool IsArticleType(const json& type) {
  auto one = [](const json& t) {
    if (!t.is_string()) return false;
    const std::string& s = t.get_ref<const std::string&>();
    return s.find("Article") != std::string::npos || s == "BlogPosting" || s == "Report" ||
           s == "LiveBlogPosting";
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), one);
  return one(type);
}

// The article-like objects in a JSON-LD value (top level, arrays, @graph), depth-limited.
void FindArticles(const json& j, int depth, std::vector<const json*>* out) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const json& e : j) FindArticles(e, depth + 1, out);
  } else if (j.is_object()) {
    auto t = j.find("@type");
    if (t != j.end() && IsArticleType(*t)) out->push_back(&j);
    auto g = j.find("@graph");
    if (g != j.end()) FindArticles(*g, depth + 1, out);
    auto m = j.find("mainEntity");
    if (m != j.end()) FindArticles(*m, depth + 1, out);
  }
}

std::string StringOf(const json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_object()) {
    for (const char* k : {"name", "@value", "url", "@id"}) {
      auto it = j.find(k);
      if (it != j.end() && it->is_string()) return it->get<std::string>();
    }
  }
  if (j.is_array() && !j.empty()) return StringOf(j.front());
  return {};
}

std::string Field(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() ? std::string() : StringOf(*it);
}

std::vector<std::string> Names(const json& j) {
  std::vector<std::string> out;
  if (j.is_array()) {
    for (const json& e : j) {
      std::string s = StringOf(e);
      if (!s.empty()) out.push_back(s);
    }
  } else if (std::string s = StringOf(j); !s.empty()) {
    out.push_back(s);
  }
  return out;
}

std::string Meta(const Dom& dom, std::initializer_list<const char*> keys) {
  for (const char* k : keys)
    for (const auto& [name, content] : dom.meta)
      if (name == k && !content.empty()) return content;
  return {};
}

std::string Host(const std::string& url) {
  size_t s = url.find("://");
  if (s == std::string::npos) return {};
  size_t b = s + 3, e = url.find_first_of("/?#:", b);
  std::string host = url.substr(b, e == std::string::npos ? std::string::npos : e - b);
  if (host.starts_with("www.")) host = host.substr(4);
  return host;
}

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e + 1 - b);
}

// Plain text of a JSON-LD string that may hold markup or entities. Some sites escape the
// markup as well ("&lt;p&gt;"), so text that still looks like markup is parsed once more.
std::string PlainText(const std::string& s) {
  std::string text = s;
  for (int pass = 0; pass < 2 && text.find_first_of("<&") != std::string::npos; ++pass) {
    if (pass == 1 && text.find("</") == std::string::npos && text.find("<br") == std::string::npos)
      break;
    Dom dom;
    BuildDom(text, &dom);
    text = AllText(dom);
  }
  return text;
}

}  // namespace

std::string ReadMetadata(const Dom& dom, Article* a) {
  std::string body, ld_headline, ld_date, ld_site, ld_url, ld_lang;
  std::vector<std::string> ld_authors;
  for (const std::string& script : dom.json_ld) {
    if (script.size() > (8u << 20) || TooDeep(script, 64)) continue;
    json j = json::parse(script, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) continue;
    std::vector<const json*> articles;
    FindArticles(j, 0, &articles);
    for (const json* obj : articles) {
      std::string b = Field(*obj, "articleBody");
      if (b.size() > body.size()) body = b;
      if (ld_headline.empty()) ld_headline = Field(*obj, "headline");
      if (ld_date.empty()) ld_date = Field(*obj, "datePublished");
      if (ld_authors.empty() && obj->contains("author")) ld_authors = Names((*obj)["author"]);
      if (ld_site.empty() && obj->contains("publisher")) ld_site = StringOf((*obj)["publisher"]);
      if (ld_url.empty()) ld_url = Field(*obj, "url");
      if (ld_lang.empty()) ld_lang = Field(*obj, "inLanguage");
    }
  }
  a->url = !dom.canonical.empty() ? dom.canonical : Meta(dom, {"og:url", "twitter:url"});
  if (a->url.empty()) a->url = ld_url;
  a->title = Trim(!ld_headline.empty() ? PlainText(ld_headline)
                                       : Meta(dom, {"og:title", "twitter:title", "title"}));
  if (a->title.empty()) a->title = Trim(dom.title);
  a->published = ld_date;
  if (a->published.empty())
    a->published = Meta(dom, {"article:published_time", "datepublished", "pubdate", "publishdate",
                              "date", "dc.date", "dc.date.issued", "sailthru.date",
                              "parsely-pub-date", "og:published_time"});
  if (a->published.empty() && !dom.times.empty()) a->published = dom.times.front();
  a->authors = ld_authors;
  if (a->authors.empty()) {
    std::string m = Meta(dom, {"author", "article:author", "parsely-author", "dc.creator",
                               "sailthru.author", "byl"});
    if (!m.empty() && m.find("://") == std::string::npos) a->authors.push_back(Trim(m));
  }
  for (std::string& s : a->authors) s = Trim(s);
  a->site = Meta(dom, {"og:site_name", "application-name"});
  if (a->site.empty()) a->site = ld_site;
  if (a->site.empty()) a->site = Host(a->url);
  a->language = dom.lang;
  if (a->language.empty())
    a->language = Meta(dom, {"og:locale", "content-language", "language", "dc.language"});
  if (a->language.empty()) a->language = ld_lang;
  return Trim(PlainText(body));
}

}  // namespace newsgraph::web
