#include "web/input.h"

#include "web/warc.h"

namespace newsgraph::web {
namespace {

InputDocument FromArticle(std::string id, InputKind kind, Article article) {
  InputDocument d;
  d.id = std::move(id);
  d.kind = kind;
  if (!article.title.empty()) d.text = article.title + "\n\n";
  d.text += article.text;
  article.text.clear();
  d.article = std::move(article);
  return d;
}

}  // namespace

std::vector<InputDocument> ReadInputDocuments(const std::string& name, std::string bytes,
                                              const ExtractOptions& options, std::string* error) {
  error->clear();
  std::vector<InputDocument> docs;
  InputKind kind = DetectInputKind(bytes);
  if (kind == InputKind::kText) {
    InputDocument d;
    d.id = name;
    d.text = std::move(bytes);
    docs.push_back(std::move(d));
    return docs;
  }
  if (kind == InputKind::kHtml) {
    Article article;
    Status s = ExtractArticle(bytes, options, &article);
    if (!s.ok()) {
      *error = name + ": " + s.message();
      return docs;
    }
    docs.push_back(FromArticle(name, kind, std::move(article)));
    return docs;
  }
  Status s = ForEachWarcArticle(bytes, options, [&](const WarcRecord&, const Article& a) {
    docs.push_back(FromArticle(name + "#" + std::to_string(docs.size() + 1), kind, a));
  });
  if (!s.ok()) *error = name + ": " + s.message();
  return docs;
}

}  // namespace newsgraph::web
