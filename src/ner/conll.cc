// CoNLL-2003 files and conlleval-style scoring: chunk extraction that accepts IOB1 and IOB2,
// entity-level exact-match precision/recall/F1 per type and overall.
#include <cstdio>
#include <string>

#include "ner/text_util.h"
#include "ner/training.h"
#include "util/lines.h"

namespace newsgraph::ner {

const char* conll_type_name(ConllType type) {
  switch (type) {
    case ConllType::kPer:
      return "PER";
    case ConllType::kOrg:
      return "ORG";
    case ConllType::kLoc:
      return "LOC";
    case ConllType::kMisc:
      return "MISC";
  }
  return "?";
}

std::vector<ConllDocument> read_conll(std::string_view text, bool predicted_column) {
  std::vector<ConllDocument> docs(1);
  auto close_sentence = [&]() {
    ConllDocument& d = docs.back();
    uint32_t n = uint32_t(d.tokens.size());
    if (n > 0 && (d.sentence_ends.empty() || d.sentence_ends.back() != n))
      d.sentence_ends.push_back(n);
  };
  util::LineSplitter lines(text);
  for (std::string_view line; lines.Next(&line);) {
    while (!line.empty() && is_space_byte(line.back())) line.remove_suffix(1);
    size_t a = 0;
    while (a < line.size() && is_space_byte(line[a])) ++a;
    line.remove_prefix(a);
    if (line.empty()) {
      close_sentence();
      continue;
    }
    if (line.starts_with("-DOCSTART-")) {
      close_sentence();
      if (!docs.back().tokens.empty()) docs.emplace_back();
      continue;
    }
    // Columns separated by spaces or tabs.
    std::string_view cols[64];
    int ncol = 0;
    size_t i = 0;
    while (i < line.size() && ncol < 64) {
      size_t j = i;
      while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
      cols[ncol++] = line.substr(i, j - i);
      while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
      i = j;
    }
    ConllDocument& d = docs.back();
    d.tokens.emplace_back(cols[0]);
    if (predicted_column) {
      d.predicted.emplace_back(ncol >= 2 ? cols[ncol - 1] : "O");
      d.gold.emplace_back(ncol >= 3 ? cols[ncol - 2] : "O");
    } else {
      d.gold.emplace_back(ncol >= 2 ? cols[ncol - 1] : "O");
    }
  }
  close_sentence();
  if (docs.back().tokens.empty() && docs.size() > 1) docs.pop_back();
  if (docs.size() == 1 && docs[0].tokens.empty()) docs.clear();
  return docs;
}

namespace {

bool parse_type(std::string_view t, ConllType* out) {
  if (t == "PER")
    *out = ConllType::kPer;
  else if (t == "ORG")
    *out = ConllType::kOrg;
  else if (t == "LOC")
    *out = ConllType::kLoc;
  else if (t == "MISC")
    *out = ConllType::kMisc;
  else
    return false;
  return true;
}

}  // namespace

std::vector<Chunk> chunks_from_tags(const std::vector<std::string>& tags,
                                    const std::vector<uint32_t>& sentence_ends) {
  std::vector<Chunk> out;
  size_t s = 0;
  bool open = false;
  Chunk cur;
  for (uint32_t i = 0; i < tags.size(); ++i) {
    while (s < sentence_ends.size() && sentence_ends[s] <= i) {
      if (open && cur.end == sentence_ends[s]) {
        out.push_back(cur);
        open = false;
      }
      ++s;
    }
    std::string_view t = tags[i];
    char prefix = 'O';
    ConllType type{};
    if (t.size() > 2 && t[1] == '-' && parse_type(t.substr(2), &type)) prefix = t[0];
    bool starts = false;
    if (prefix == 'B' || prefix == 'U' || prefix == 'S')
      starts = true;
    else if (prefix == 'I' || prefix == 'L' || prefix == 'E')
      starts = !open || cur.type != type;
    if (open && (prefix == 'O' || starts)) {
      out.push_back(cur);
      open = false;
    }
    if (starts) {
      cur = Chunk{i, i + 1, type};
      open = true;
    } else if (open) {
      cur.end = i + 1;
    }
    if (open && (prefix == 'L' || prefix == 'E' || prefix == 'U' || prefix == 'S')) {
      out.push_back(cur);
      open = false;
    }
  }
  if (open) out.push_back(cur);
  return out;
}

std::vector<std::string> tags_from_chunks(const std::vector<Chunk>& chunks, size_t n) {
  std::vector<std::string> tags(n, "O");
  for (const Chunk& c : chunks) {
    for (uint32_t i = c.begin; i < c.end && i < n; ++i)
      tags[i] = std::string(i == c.begin ? "B-" : "I-") + conll_type_name(c.type);
  }
  return tags;
}

void ConllScore::add(const std::vector<Chunk>& gold, const std::vector<Chunk>& predicted) {
  size_t g = 0, p = 0;
  for (const Chunk& c : gold) {
    ++overall.gold;
    ++by_type[int(c.type)].gold;
  }
  for (const Chunk& c : predicted) {
    ++overall.predicted;
    ++by_type[int(c.type)].predicted;
  }
  // Both lists are sorted by begin and non-overlapping.
  while (g < gold.size() && p < predicted.size()) {
    if (gold[g] == predicted[p]) {
      ++overall.correct;
      ++by_type[int(gold[g].type)].correct;
      ++g;
      ++p;
    } else if (gold[g].begin < predicted[p].begin ||
               (gold[g].begin == predicted[p].begin && gold[g].end < predicted[p].end)) {
      ++g;
    } else {
      ++p;
    }
  }
}

std::string ConllScore::report() const {
  std::string out;
  char buf[256];
  auto line = [&](const char* name, const PrfCounts& c) {
    std::snprintf(buf, sizeof buf,
                  "%-8s precision %6.2f%%  recall %6.2f%%  F1 %6.2f  (gold %llu, predicted %llu, "
                  "correct %llu)\n",
                  name, c.precision(), c.recall(), c.f1(), (unsigned long long)c.gold,
                  (unsigned long long)c.predicted, (unsigned long long)c.correct);
    out += buf;
  };
  if (tokens > 0) {
    std::snprintf(buf, sizeof buf, "tokens %llu, token accuracy %.2f%%\n",
                  (unsigned long long)tokens, 100.0 * tokens_correct / tokens);
    out += buf;
  }
  line("overall", overall);
  for (int t = 0; t < kNumConllTypes; ++t) line(conll_type_name(ConllType(t)), by_type[t]);
  return out;
}

}  // namespace newsgraph::ner
