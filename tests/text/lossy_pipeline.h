// Test helpers for the lossy "â" rules: run them alone (prepass + postpass, no encoding core) or
// through the whole repair stage (repair_document: core, lossy rules and boilerplate).
#pragma once

#include <string>
#include <vector>

#include "newsgraph/document.h"
#include "newsgraph/repair.h"
#include "text/lossy.h"
#include "text/rewriter.h"

namespace newsgraph::testing {

struct LossyResult {
  std::string text;
  std::vector<Edit> edits;
  std::vector<RepairFlag> flags;
};

// Only the lossy rules: P rules, then S/W rules (no encoding repair in between).
inline LossyResult run_lossy(const std::string& input, const LossyOptions& options = {}) {
  Rewriter rw(input);
  LossyResult result;
  lossy_prepass(rw);
  lossy_postpass(rw, &result.flags, options);
  result.text = rw.take_text();
  result.edits = rw.take_edits();
  return result;
}

// The whole repair stage.
inline Document run_repair(const std::string& input) {
  Document doc("test", input);
  repair_document(doc);
  return doc;
}

}  // namespace newsgraph::testing
