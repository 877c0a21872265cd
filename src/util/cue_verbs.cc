// Cue verb lists and their inflections. See util/cue_verbs.h.
#include "util/cue_verbs.h"

#include "util/lexicon.h"

namespace newsgraph::util {

const Lexicon& cue_lemmas(CueFile file) {
  static const Lexicon speech(
#include "lexicon/cue-speech.txt.inc"
  );
  static const Lexicon report(
#include "lexicon/cue-report.txt.inc"
  );
  static const Lexicon belief(
#include "lexicon/cue-belief.txt.inc"
  );
  static const Lexicon evidence(
#include "lexicon/cue-evidence.txt.inc"
  );
  static const Lexicon stance(
#include "lexicon/cue-stance.txt.inc"
  );
  switch (file) {
    case CueFile::kSpeech:
      return speech;
    case CueFile::kReport:
      return report;
    case CueFile::kBelief:
      return belief;
    case CueFile::kEvidence:
      return evidence;
    case CueFile::kStance:
      break;
  }
  return stance;
}

namespace {
bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
}  // namespace

VerbForms inflect_cue_verb(std::string_view lemma, std::string_view value) {
  VerbForms f;
  f.base = std::string(lemma);
  if (lemma.empty()) return f;
  const std::string& b = f.base;
  const char last = b.back();
  if (last == 'e') {
    f.third = b + "s";
    f.past = b + "d";
    f.gerund = b.substr(0, b.size() - 1) + "ing";
  } else if (last == 'y' && b.size() > 1 && !is_vowel(b[b.size() - 2])) {
    f.third = b.substr(0, b.size() - 1) + "ies";
    f.past = b.substr(0, b.size() - 1) + "ied";
    f.gerund = b + "ing";
  } else {
    f.third = b + (last == 's' || last == 'x' || last == 'h' ? "es" : "s");
    f.past = b + "ed";
    f.gerund = b + "ing";
  }
  // The listed fields: "object" and "attitude" first where they apply, then the irregular forms.
  std::string* irregular[] = {&f.third, &f.past, &f.gerund, &f.participle};
  size_t next = 0;
  while (!value.empty()) {
    const size_t sp = value.find(' ');
    const std::string_view field = value.substr(0, sp);
    value = sp == std::string_view::npos ? std::string_view() : value.substr(sp + 1);
    if (field == "object" && next == 0)
      f.takes_object = true;
    else if (field == "attitude" && next == 0)
      f.attitude = true;
    else if (!field.empty() && next < 4)
      *irregular[next++] = std::string(field);
  }
  f.gerund_listed = next >= 3;
  if (f.participle.empty()) f.participle = f.past;
  return f;
}

}  // namespace newsgraph::util
