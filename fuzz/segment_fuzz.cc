// libFuzzer target: repairs and segments arbitrary bytes, and checks the layers' invariants:
// every span inside the text, tokens sorted and non-overlapping, sentences covering the tokens
// in order, paragraphs covering the sentences in order.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "newsgraph/document.h"
#include "newsgraph/repair.h"
#include "newsgraph/segment.h"

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

void check_layers(const newsgraph::Document& doc) {
  const uint32_t size = static_cast<uint32_t>(doc.text.size());
  uint32_t prev_end = 0;
  for (const newsgraph::Token& t : doc.tokens) {
    check(t.span.begin < t.span.end && t.span.end <= size && t.span.begin >= prev_end);
    prev_end = t.span.end;
  }
  uint32_t next_token = 0;
  for (const newsgraph::Sentence& s : doc.sentences) {
    check(s.token_begin == next_token && s.token_begin < s.token_end &&
          s.token_end <= doc.tokens.size());
    check(s.span.begin == doc.tokens[s.token_begin].span.begin &&
          s.span.end == doc.tokens[s.token_end - 1].span.end);
    next_token = s.token_end;
  }
  check(next_token == doc.tokens.size());
  uint32_t next_sentence = 0;
  for (const newsgraph::Paragraph& p : doc.paragraphs) {
    check(p.sentence_begin == next_sentence && p.sentence_begin < p.sentence_end &&
          p.sentence_end <= doc.sentences.size());
    check(p.span.begin <= doc.sentences[p.sentence_begin].span.begin &&
          p.span.end >= doc.sentences[p.sentence_end - 1].span.end && p.span.end <= size);
    next_sentence = p.sentence_end;
  }
  check(next_sentence == doc.sentences.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  // Segmentation alone, on the raw bytes.
  newsgraph::Document raw("fuzz", bytes);
  raw.text = raw.input;
  newsgraph::segment_document(raw);
  check_layers(raw);
  // After repair, as the pipeline runs it.
  newsgraph::Document doc("fuzz", bytes);
  newsgraph::repair_document(doc);
  newsgraph::segment_document(doc);
  check_layers(doc);
  return 0;
}
