#!/usr/bin/env bash
# Write errors (issue 10): every command reports a failed write with one line naming the output
# and the OS error, exit status 3; a regular file that fills up mid-run is cut back to its last
# complete record. Progress never appears when stderr is not a terminal.
set -u
prog="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; cat "$tmp/err" 2>/dev/null; exit 1; }
[ -w /dev/full ] || { echo "SKIP: no /dev/full"; exit 77; }
printf 'Obama spoke in Paris. "We will win," he said at the caf\xe9.\n' > "$tmp/a.txt"
printf '{"id":1,"text":"Obama spoke."}\n{"id":2,"text":"Merkel spoke."}\n' > "$tmp/a.jsonl"
printf 'Obama NNP\nspoke VBD\n' > "$tmp/a.conll"
run_full() {  # args...: must exit 3 with one line naming /dev/full
  "$prog" "$@" > /dev/full 2> "$tmp/err"
  local rc=$?
  [ "$rc" -eq 3 ] || fail "newsgraph $* > /dev/full: exit $rc, expected 3"
  grep -q "cannot write to /dev/full: No space left on device" "$tmp/err" || fail "newsgraph $*: message"
  [ "$(wc -l < "$tmp/err")" -eq 1 ] || fail "newsgraph $*: one line"
}
run_full extract "$tmp/a.txt"
run_full extract --jsonl "$tmp/a.jsonl"
run_full extract --summary "$tmp/a.txt"
run_full repair "$tmp/a.txt"
run_full repair --explain "$tmp/a.txt"
run_full repair --highlight "$tmp/a.txt"
run_full segment "$tmp/a.txt"
run_full segment --tokens "$tmp/a.txt"
run_full tag --conll "$tmp/a.conll"
run_full --help

# A file limit (ulimit -f) reached mid-run: exit 3, and what is left is whole lines only.
python3 - "$tmp/big.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(300):
        f.write(json.dumps({"id": i, "text": "Obama met Merkel in Berlin. \u201cWe agree,\u201d she said. " * 20}) + "\n")
PY
(trap '' XFSZ; ulimit -f 64; "$prog" extract --jsonl -j 2 "$tmp/big.jsonl" > "$tmp/part.jsonl" 2> "$tmp/err")
rc=$?
[ "$rc" -eq 3 ] || fail "file limit: exit $rc, expected 3"
grep -q "cannot write to $tmp/part.jsonl: File too large" "$tmp/err" || fail "file limit: message"
python3 - "$tmp/part.jsonl" <<'PY' || fail "file limit: a partial line was left"
import json, sys
data = open(sys.argv[1], encoding="utf-8").read()
assert data.endswith("\n"), data[-100:]
rows = [json.loads(l) for l in data.splitlines()]
assert [r["id"] for r in rows] == list(range(len(rows))), len(rows)
PY

# No progress output when stderr is not a terminal.
"$prog" extract --jsonl "$tmp/big.jsonl" > /dev/null 2> "$tmp/err" || fail "progress run: exit $?"
[ ! -s "$tmp/err" ] || fail "stderr not empty without a terminal"
echo ok
