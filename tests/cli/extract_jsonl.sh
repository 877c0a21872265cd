#!/usr/bin/env bash
# `newsgraph extract --jsonl`: one output line per input line, in order, same ids, other fields
# carried through; a bad line in the middle gives an error object and processing goes on (exit
# status 1: some input failed).
set -u
prog="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
{
  printf '%s\n' '{"id": "a1", "source": "x", "text": "\u201cWe will win,\u201d said Pedram."}'
  printf '%s\n' '{"id": "bad", "text": '
  printf '%s\n' '{"id": 7, "other": [1, 2]}'
  printf '%s\n' '{"id": "a2", "text": "Umarov doubts the resistance can count on Moscow."}'
} > "$tmp/in.jsonl"
"$prog" extract --jsonl "$tmp/in.jsonl" > "$tmp/out.jsonl" 2> "$tmp/err.txt"
rc=$?
fail() { echo "FAIL: $*"; echo "--- output"; cat "$tmp/out.jsonl"; echo "--- stderr"; cat "$tmp/err.txt"; exit 1; }
[ "$rc" -eq 1 ] || fail "exit status $rc (expected 1: two lines failed)"
[ "$(wc -l < "$tmp/out.jsonl")" -eq 4 ] || fail "expected 4 output lines"
python3 - "$tmp/out.jsonl" <<'PY' || fail "content check"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
a1, bad, no_text, a2 = lines
assert a1["id"] == "a1" and a1["source"] == "x", a1
q = a1["quotes"][0]
assert q["text"] == "We will win," and q["speaker_mention"]["text"] == "Pedram", q
raw = "\u201cWe will win,\u201d said Pedram.".encode("utf-8")
assert raw[q["start"]:q["end"]].decode("utf-8") == q["text"], q
assert bad["id"] == "bad" and bad["error"].startswith("line 2, column 23: not valid JSON"), bad  # the id is kept
assert no_text["id"] == 7 and "text" in no_text["error"] and no_text["error"].startswith("line 3"), no_text
assert a2["id"] == "a2" and len(a2["quotes"]) == 1 and a2["quotes"][0]["cue"]["text"] == "doubts", a2
for l in lines[::3]:
    assert set(["repairs", "entities", "quotes", "relations"]) <= set(l), l
PY
echo ok
