// Helpers for the segmentation tests: segment a string and read back token and sentence texts.
#pragma once

#include <string>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/segment.h"

namespace newsgraph::testing {

inline Document segmented(std::string text) {
  Document doc("test", std::move(text));
  doc.text = doc.input;
  segment_document(doc);
  return doc;
}

inline std::vector<std::string> token_texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Token& t : doc.tokens) out.emplace_back(doc.slice(t.span));
  return out;
}

inline std::vector<std::string> tokens_of(std::string text) {
  return token_texts(segmented(std::move(text)));
}

inline std::vector<std::string> sentences_of(std::string text) {
  Document doc = segmented(std::move(text));
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.slice(s.span));
  return out;
}

inline bool has_flag(const Token& t, TokenFlags f) {
  return (t.flags & static_cast<uint16_t>(f)) != 0;
}

}  // namespace newsgraph::testing
