#!/usr/bin/env bash
# The smaller findings of issue 10: repair --explain merges runs of invalid bytes and of NULs as
# extract does; tag --conll repairs invalid UTF-8 in tokens, keeping the columns; a run of
# thousands of capitalised words is no single giant mention; extract --summary never cuts inside
# a UTF-8 character.
set -u
prog="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; for f in "$tmp"/out*; do echo "--- $f"; head -c 1500 "$f"; done; exit 1; }

# 1. Runs: 3 invalid bytes are one repair; 40,000 NULs are one repair.
printf 'ok \x80\x81\x82 end\n' > "$tmp/inv.txt"
"$prog" repair --explain "$tmp/inv.txt" > "$tmp/out1" || fail "explain: exit $?"
one_repair() {  # file start end
  python3 -c "
import json,sys; r=[json.loads(l) for l in open(sys.argv[1])]
assert len(r)==1 and r[0]['start']==int(sys.argv[2]) and r[0]['end']==int(sys.argv[3]), r" "$@"
}
one_repair "$tmp/out1" 3 6 || fail "invalid run not merged"
{ printf 'Before.'; head -c 40000 /dev/zero; printf 'After.\n'; } > "$tmp/nul.txt"
"$prog" repair --explain "$tmp/nul.txt" > "$tmp/out1b" 2>/dev/null || fail "explain nul: exit $?"
one_repair "$tmp/out1b" 7 40007 || fail "NUL run not one repair"
"$prog" extract "$tmp/nul.txt" > "$tmp/out1c" 2>/dev/null || fail "extract nul: exit $?"
python3 -c "
import json,sys; r=json.load(open(sys.argv[1]))['repairs']
assert len(r)==1 and r[0]['start']==7 and r[0]['end']==40007, r" "$tmp/out1c" || fail "extract: NUL run not one repair"

# 2. tag --conll: a token with a byte that is not UTF-8 is repaired; columns kept.
printf -- '-DOCSTART- -X- O\n\nThe DT\ncaf\xe9 NN\nin IN\nParis NNP\n' > "$tmp/a.conll"
"$prog" tag --conll "$tmp/a.conll" > "$tmp/out2" 2> "$tmp/err2" || fail "tag: exit $?"
python3 - "$tmp/out2" <<'PY' || fail "tag: content"
import sys
lines = open(sys.argv[1], "rb").read().decode("utf-8").split("\n")  # raises if not UTF-8
assert lines[3].startswith("café NN "), lines[3]
assert all(len(l.split()) == 3 for l in lines[2:6]), lines
assert lines[5].split()[2].endswith("LOC"), lines[5]
PY
grep -q "1 lines were not valid UTF-8 and were repaired (first: line 4)" "$tmp/err2" || fail "tag: warning"

# 3. 20,000 capitalised words in a row: no mention longer than a name can be.
python3 -c "print(' '.join(['Alpha', 'Bravo', 'Charlie', 'Delta'] * 5000) + '.')" > "$tmp/caps.txt"
"$prog" extract "$tmp/caps.txt" > "$tmp/out3" || fail "caps: exit $?"
python3 - "$tmp/out3" <<'PY' || fail "caps: giant mention"
import json, sys
r = json.load(open(sys.argv[1]))
longest = max((m["end"] - m["start"] for e in r["entities"] for m in e["mentions"]), default=0)
assert longest < 400, longest
PY

# 4. --summary cuts a long quote at a character boundary.
python3 -c "print('\u201c' + 'Das ist schön, sagte er, und das Grün über dem Fluß ' * 6 + '\u201d said Merkel.')" > "$tmp/long.txt"
"$prog" extract --summary "$tmp/long.txt" > "$tmp/out4" || fail "summary: exit $?"
python3 -c "import sys; open(sys.argv[1], 'rb').read().decode('utf-8')" "$tmp/out4" || fail "summary: invalid UTF-8"
grep -q '\.\.\.$' "$tmp/out4" || fail "summary: quote not cut"
echo ok
