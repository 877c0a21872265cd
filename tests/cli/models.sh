#!/usr/bin/env bash
# Models (issue 10): a missing or corrupt entity model is an error for extract (a non-zero exit
# and one line naming the file), in plain and --jsonl mode, unless --no-entities asks to run
# without it; a copied program uses the models next to it, not the build tree's.
set -u
prog="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; cat "$tmp/err" 2>/dev/null; exit 1; }
models="$(cd "$(dirname "$0")/../.." && pwd)/models"
[ -f "$models/ner.bin" ] || { echo "SKIP: no models/ner.bin"; exit 77; }
mkdir -p "$tmp/missing" "$tmp/corrupt" "$tmp/bin"
cp "$models"/* "$tmp/corrupt/"
cp "$models"/* "$tmp/missing/"
rm "$tmp/missing/ner.bin"
head -c 4096 "$models/ner.bin" > "$tmp/corrupt/ner.bin"  # truncated
printf 'Obama spoke in Paris.\n' > "$tmp/a.txt"
printf '{"id": 1, "text": "Obama spoke in Paris."}\n' > "$tmp/a.jsonl"

expect_error() {  # what file-pattern args...
  local what="$1" pattern="$2"
  shift 2
  "$@" > "$tmp/out" 2> "$tmp/err"
  local rc=$?
  [ "$rc" -ne 0 ] || fail "$what: exit 0"
  [ "$(wc -l < "$tmp/err")" -eq 1 ] || fail "$what: not one line"
  grep -q "$pattern" "$tmp/err" || fail "$what: message does not name $pattern"
  [ ! -s "$tmp/out" ] || fail "$what: output written without the model"
}
expect_error "missing ner.bin" "missing/ner.bin" "$prog" extract --models "$tmp/missing" "$tmp/a.txt"
expect_error "missing ner.bin, --jsonl" "missing/ner.bin" "$prog" extract --jsonl --models "$tmp/missing" "$tmp/a.jsonl"
expect_error "corrupt ner.bin" "corrupt/ner.bin" "$prog" extract --models "$tmp/corrupt" "$tmp/a.txt"
expect_error "corrupt ner.bin, --jsonl" "corrupt/ner.bin" "$prog" extract --jsonl --models "$tmp/corrupt" "$tmp/a.jsonl"
NEWSGRAPH_MODELS="$tmp/corrupt" expect_error "corrupt via \$NEWSGRAPH_MODELS" "corrupt/ner.bin" "$prog" extract "$tmp/a.txt"

# --no-entities: runs, with no entities.
"$prog" extract --no-entities --models "$tmp/missing" "$tmp/a.txt" > "$tmp/out" 2> "$tmp/err" || fail "--no-entities: exit $?"
grep -q '"entities":\[\]' "$tmp/out" || fail "--no-entities: entities found"

# A copy of the program without models beside it fails; with models/ beside it, it works.
cp "$prog" "$tmp/bin/newsgraph"
expect_error "copied program, no models" "model" env -u NEWSGRAPH_MODELS "$tmp/bin/newsgraph" extract "$tmp/a.txt"
cp -r "$models" "$tmp/bin/models"
env -u NEWSGRAPH_MODELS "$tmp/bin/newsgraph" extract "$tmp/a.txt" > "$tmp/out" 2> "$tmp/err" || fail "copied program with models: exit $?"
grep -q '"name":"Obama"' "$tmp/out" || fail "copied program with models: no entity"
echo ok
