// Reader for PolNeAR's brat standoff attribution files (.ann): every `E` line becomes one gold
// attribution with its content, source and cue spans. Offsets stay as in the file: Unicode
// code-point offsets into the article text (convert before comparing with byte spans).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/document.h"

namespace newsgraph::output {

struct BratAttribution {
  std::vector<Span> content;  // discontinuous pieces, in file order
  std::vector<Span> source;   // may be empty (no source)
  std::vector<Span> cue;
};

// Parses the text of one .ann file. Lines that are not T or E records (notes, continuation
// lines of multi-line span text) are ignored; malformed records are skipped.
std::vector<BratAttribution> read_brat_attributions(std::string_view ann);

// One article of a PolNeAR-layout folder (DIR/text/NAME.txt, DIR/attributions/NAME_ANNOTATOR.ann):
// the gold file is the article's first annotator file in name order.
struct PolnearArticle {
  std::string name;
  std::string text_path;
  std::string ann_path;
};

// The articles of a PolNeAR folder in name order. Throws std::runtime_error naming the folder
// when it lacks text/ or attributions/, has no .ann files, or an article's text is missing.
std::vector<PolnearArticle> polnear_articles(const std::string& dir);

// Byte offset of each code point boundary: result[i] = byte offset of code point i, with one
// extra entry for the end. Invalid bytes count as one code point each.
std::vector<uint32_t> code_point_offsets(std::string_view text);

// The code-point span of a byte span, through a code_point_offsets() table.
Span to_code_points(const std::vector<uint32_t>& offsets, Span bytes);

}  // namespace newsgraph::output
