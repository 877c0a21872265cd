#!/usr/bin/env bash
# The entity tagger gives byte-identical output for the same input in separate runs (issue 15):
# `tag --conll` on a small CoNLL text, and on eng.testa when ../shared is present.
set -u
prog="$1"
shared="${2:-}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
printf '%s\n' "-DOCSTART- -X- O O" "" \
  "Angela NNP I-NP I-PER" "Merkel NNP I-NP I-PER" "met NN O O" "officials NN O O" \
  "in IN O O" "Paris NNP I-NP I-LOC" "on IN O O" "Monday NNP I-NP O" ". . O O" "" \
  $'\xE2\x80\x9CWe NN O O' > "$tmp/small.conll"
files=("$tmp/small.conll")
testa="$shared/data/ner/conll2003/eng.testa"
[ -n "$shared" ] && [ -f "$testa" ] && files+=("$testa")
for f in "${files[@]}"; do
  "$prog" tag --conll "$f" > "$tmp/first" || fail "tag --conll $f: exit status $?"
  "$prog" tag --conll "$f" > "$tmp/second" || fail "tag --conll $f (second run)"
  cmp -s "$tmp/first" "$tmp/second" || fail "tag --conll $f: output differs between runs"
  grep -q 'I-PER$\|B-PER$' "$tmp/first" || fail "tag --conll $f: no person found"
done
[ ${#files[@]} -eq 2 ] || echo "note: no ../shared, eng.testa not checked"
exit 0
