// Scores one article's extraction against a hand-made gold file, by the rules of
// ../shared/gold/README.md: entities match by type and a name or alias in common; quotes by
// token Jaccard >= 0.5 plus the right speaker; relations as (subject, type, object) through the
// entity match (relations of types the gold guidelines do not define are counted apart as
// unscored). Reads both gold layouts: the seed's (strings) and tests/gold's
// (byte spans into the article text).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph {

struct GoldEntity {
  std::string type;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::string> roles;
};
struct GoldQuote {
  std::string type;
  std::string text;
  std::string speaker;  // an entity name, a description of an unnamed source, or ""
  int32_t speaker_entity = -1;
};
struct GoldRelation {
  int32_t subject;
  std::string type;
  int32_t object;
};
struct GoldArticle {
  std::string article;  // path relative to shared/, as the file names it
  std::vector<GoldEntity> entities;
  std::vector<GoldQuote> quotes;
  std::vector<GoldRelation> relations;
};

// An article's text as gold spans count it: CRLF line ends normalised to LF (as in
// ../shared/data/news/corpus.jsonl).
std::string gold_article_text(std::string_view raw);

// Parses a gold file. `text` is the article text, needed for files that point into it by
// spans. Throws std::runtime_error naming the problem.
GoldArticle parse_gold(std::string_view json, std::string_view text);
// The article path a gold file names ("" when none).
std::string gold_article_path(std::string_view json);
// The text a gold file's spans point into, read from `path` (the file it names, resolved by
// the caller): the article file with LF line ends, or, when `path` ends in ".jsonl" (a corpus
// of {"id", "text"} records, e.g. data/news/corpus.jsonl for Reuters stories that have no
// file of their own), the text of the record whose id is the gold file's "corpus_id".
// Throws std::runtime_error when the file cannot be read or holds no such record.
std::string gold_text_at(const std::string& path, std::string_view gold_json);

struct GoldScore {
  int gold_entities = 0, predicted_entities = 0, matched_entities = 0;
  int gold_roles = 0, found_roles = 0;
  int gold_quotes = 0, predicted_quotes = 0, matched_quotes = 0, right_speaker = 0;
  int matched_by_part = 0;  // of matched_quotes: a gold quote matched by one of a quote's parts
  int gold_relations = 0, predicted_relations = 0, matched_relations = 0;
  int unscored_relations = 0;       // of types the gold does not annotate
  std::vector<std::string> misses;  // human-readable notes on what was not found

  double entity_recall() const { return ratio(matched_entities, gold_entities); }
  double entity_precision() const { return ratio(matched_entities, predicted_entities); }
  double roles_found() const { return ratio(found_roles, gold_roles); }
  double relation_precision() const { return ratio(matched_relations, predicted_relations); }
  double relation_recall() const { return ratio(matched_relations, gold_relations); }
  double relation_f1() const {
    double p = relation_precision(), r = relation_recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  static double ratio(int a, int b) { return b > 0 ? double(a) / b : 0.0; }
  void add(const GoldScore& o);
};

// Token Jaccard similarity, case-insensitive, punctuation ignored.
double token_jaccard(std::string_view a, std::string_view b);

// Scores a processed document against the gold.
GoldScore score_gold(const Document& doc, const GoldArticle& gold);

}  // namespace newsgraph
