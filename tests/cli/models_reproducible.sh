#!/usr/bin/env bash
# The committed models are what `newsgraph train` builds from ../shared today (docs/training.md):
# `train cues` and `train ner` with their defaults write byte-identical copies of
# models/cues.bin and models/ner.bin. A change to the segmenter, a lexicon or the features that
# alters a model fails here until the model is retrained and committed. Skips (77) without
# ../shared; in sanitizer builds (NEWSGRAPH_SANITIZED set) only the cue model is rebuilt, as the
# tagger's training would take many minutes there.
set -u
prog="$1"
shared="${2:-}"
models="$(cd "$(dirname "$0")/../../models" && pwd)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
if [ -z "$shared" ] || [ ! -d "$shared/data/quotes/polnear/data/train" ] ||
  [ ! -f "$shared/data/ner/conll2003/eng.train" ]; then
  echo "skipped: no ../shared training data"
  exit 77
fi
"$prog" train cues --out "$tmp/cues.bin" > "$tmp/log" 2>&1 || fail "train cues: $(tail -1 "$tmp/log")"
cmp -s "$tmp/cues.bin" "$models/cues.bin" ||
  fail "models/cues.bin is not what 'newsgraph train cues' builds now: retrain and commit it"
if [ -n "${NEWSGRAPH_SANITIZED:-}" ]; then
  echo "note: sanitizer build, ner.bin not rebuilt"
  exit 0
fi
"$prog" train ner --out "$tmp/ner.bin" > "$tmp/log" 2>&1 || fail "train ner: $(tail -1 "$tmp/log")"
cmp -s "$tmp/ner.bin" "$models/ner.bin" ||
  fail "models/ner.bin is not what 'newsgraph train ner' builds now: retrain and commit it"
exit 0
