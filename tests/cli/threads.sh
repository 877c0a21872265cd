#!/usr/bin/env bash
# extract -j N (issue 10): output byte-identical to -j 1, in input order, for --jsonl and for
# several plain files; and the first article of a pipe arrives before the input ends.
set -u
prog="$1"
shared="${2:-}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
python3 - "$tmp/in.jsonl" <<'PY'
import json, sys
texts = ["Obama met Merkel in Berlin. \u201cWe agree,\u201d she said.",
         "The caf\u00e9 owner, Jean Dupont, said prices would rise.",
         "x", "Putin told reporters in Moscow that talks had failed."]
with open(sys.argv[1], "w") as f:
    for i in range(200):
        f.write(json.dumps({"id": i, "text": (texts[i % 4] + " ") * (1 + i % 7)}) + "\n")
    f.write("not json\n")
PY
if [ -n "$shared" ] && [ -f "$shared/data/news/corpus.jsonl" ]; then
  head -300 "$shared/data/news/corpus.jsonl" >> "$tmp/in.jsonl"
fi
"$prog" extract --jsonl -j 1 "$tmp/in.jsonl" > "$tmp/j1" 2>/dev/null
[ $? -eq 1 ] || fail "-j 1: exit status (one bad line) should be 1"
for n in 2 3 8; do
  "$prog" extract --jsonl -j $n "$tmp/in.jsonl" > "$tmp/jn" 2>/dev/null
  cmp -s "$tmp/j1" "$tmp/jn" || fail "-j $n output differs from -j 1"
done
for i in 1 2 3 4 5; do printf 'Article %d: Obama met Merkel in Berlin.\n' $i > "$tmp/a$i.txt"; done
"$prog" extract -j 1 "$tmp"/a?.txt > "$tmp/p1" || fail "plain -j 1"
"$prog" extract -j 4 "$tmp"/a?.txt > "$tmp/p4" || fail "plain -j 4"
cmp -s "$tmp/p1" "$tmp/p4" || fail "plain -j 4 differs"

# Streaming: the answer to the first line arrives while the writer still holds the pipe open.
python3 - "$prog" <<'PY' || fail "first article not streamed"
import subprocess, sys, time
p = subprocess.Popen([sys.argv[1], "extract", "--jsonl", "-j", "2"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE)
p.stdin.write(b'{"id": 1, "text": "Obama spoke."}\n')
p.stdin.flush()
line = p.stdout.readline()  # would block forever if output waited for the end of input
assert line.startswith(b'{"id":1,'), line
p.stdin.close()
assert p.wait(timeout=60) == 0
PY
echo ok
