#include "newsgraph/document.h"

#include <algorithm>

namespace newsgraph {

const char* repair_rule_name(RepairRule rule) {
  switch (rule) {
    case RepairRule::kInvalidUtf8: return "invalid-utf8";
    case RepairRule::kMojibake: return "mojibake";
    case RepairRule::kLostByteA0: return "lost-byte-a0";
    case RepairRule::kLossySequence: return "lossy-sequence";
    case RepairRule::kC1Control: return "c1-control";
    case RepairRule::kHtmlEntity: return "html-entity";
    case RepairRule::kLigature: return "ligature";
    case RepairRule::kCharacterWidth: return "character-width";
    case RepairRule::kLineBreak: return "line-break";
    case RepairRule::kControlChar: return "control-char";
    case RepairRule::kTerminalEscape: return "terminal-escape";
    case RepairRule::kSurrogate: return "surrogate";
    case RepairRule::kNormalization: return "nfc";
    case RepairRule::kLossyQuote: return "lossy-quote";
    case RepairRule::kLossyApostrophe: return "lossy-apostrophe";
    case RepairRule::kLossyDash: return "lossy-dash";
    case RepairRule::kLossyResidue: return "lossy-residue";
  }
  return "unknown";
}

const char* entity_type_name(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrg: return "ORG";
    case EntityType::kGpe: return "GPE";
    case EntityType::kLoc: return "LOC";
    case EntityType::kNorp: return "NORP";
    case EntityType::kDate: return "DATE";
    case EntityType::kMoney: return "MONEY";
    case EntityType::kMisc: return "MISC";
  }
  return "UNKNOWN";
}

namespace {
// Index of the last edit whose text span begins at or before pos, or -1.
long last_edit_at_or_before(const std::vector<Edit>& edits, uint32_t pos) {
  auto it = std::upper_bound(edits.begin(), edits.end(), pos,
                             [](uint32_t p, const Edit& e) { return p < e.text.begin; });
  return static_cast<long>(it - edits.begin()) - 1;
}
}  // namespace

uint32_t Document::to_input_offset(uint32_t pos) const {
  long i = last_edit_at_or_before(edits, pos);
  if (i < 0) return pos;
  const Edit& e = edits[static_cast<size_t>(i)];
  if (pos < e.text.end) return e.input.begin;
  return e.input.end + (pos - e.text.end);
}

Span Document::to_input(Span s) const {
  Span out;
  out.begin = to_input_offset(s.begin);
  // The end maps through the edit that contains its last byte, if any.
  if (s.end == s.begin) {
    out.end = out.begin;
    return out;
  }
  long i = last_edit_at_or_before(edits, s.end - 1);
  if (i < 0) {
    out.end = s.end;
  } else {
    const Edit& e = edits[static_cast<size_t>(i)];
    out.end = (s.end <= e.text.end) ? e.input.end : e.input.end + (s.end - e.text.end);
  }
  return out;
}

bool Document::is_boilerplate(Span s) const {
  auto it = std::upper_bound(boilerplate.begin(), boilerplate.end(), s.begin,
                             [](uint32_t p, const Span& b) { return p < b.begin; });
  if (it == boilerplate.begin()) return false;
  --it;
  return s.begin < it->end || (it->begin == s.begin);
}

int32_t entity_for_span(const Document& doc, Span span) {
  int32_t best = -1;
  int best_rank = 99;
  auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), span.begin,
                             [](const Mention& m, uint32_t pos) { return m.span.end <= pos; });
  // Mentions are sorted by begin; overlapping ones may start a little before span.begin.
  auto start = it;
  for (int back = 0; back < 8 && start != doc.mentions.begin(); ++back) --start;
  for (auto m = start; m != doc.mentions.end() && m->span.begin < span.end; ++m) {
    if (m->span.end <= span.begin || m->entity < 0) continue;
    // A person description that holds another name ("the Illinois Democrat") is the person.
    const bool person = m->type == EntityType::kPerson;
    int rank = m->kind == MentionKind::kName      ? (person ? 0 : 1)
               : m->kind == MentionKind::kPronoun ? 2
               : m->kind == MentionKind::kNominal ? (person ? 1 : 3)
                                                  : 9;
    if (rank < best_rank) {
      best_rank = rank;
      best = m->entity;
    }
  }
  return best;
}

std::string Document::quote_text(const Quote& q) const {
  if (q.parts.empty()) return std::string(slice(q.content));
  std::string out;
  for (const Span& p : q.parts) {
    if (!out.empty()) out += ' ';
    out += slice(p);
  }
  return out;
}

}  // namespace newsgraph
