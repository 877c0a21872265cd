#!/usr/bin/env bash
# `extract --jsonl` on hostile lines (issue 10): deep nesting (once a stack overflow), ids that
# must come back verbatim, text that is not UTF-8 (repaired, not dropped), CR and CRLF line
# endings, lines that are not JSON (an error object with the id and a column), exit status 1
# when any line failed while the rest is still processed.
set -u
prog="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; for f in "$tmp"/out* "$tmp"/err*; do echo "--- $f"; head -c 2000 "$f"; done; exit 1; }

# 1. The crash input: a carried-through field nested 100,000 deep, and an id nested as deep.
python3 -c "print('{\"id\":\"x\",\"text\":\"Obama spoke.\",\"d\":' + '['*100000 + ']'*100000 + '}')" > "$tmp/deep.jsonl"
python3 -c "print('{\"id\":' + '['*80000 + ']'*80000 + ',\"text\":\"Obama spoke.\"}')" >> "$tmp/deep.jsonl"
"$prog" extract --jsonl "$tmp/deep.jsonl" > "$tmp/out1" 2> "$tmp/err1" || fail "deep: exit $?"
python3 - "$tmp/out1" <<'PY' || fail "deep: content"
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert lines[-1] == "" and len(lines) == 3, len(lines)
assert lines[0].startswith('{"id":"x","d":' + '[' * 100000), lines[0][:80]
assert '"entities":[' in lines[0] and '"error"' not in lines[0]
assert lines[1].startswith('{"id":' + '[' * 80000 + ']' * 80000 + ',"repairs"'), lines[1][:80]
PY

# 2. Ids carried through exactly; other fields untouched.
printf '%s\n' '{"id": 123456789012345678901234567890, "text": "a"}' '{"id": 1.10, "text": "b"}' \
  '{"id": 1e400, "n": 1.50, "text": "c"}' > "$tmp/ids.jsonl"
"$prog" extract --jsonl "$tmp/ids.jsonl" > "$tmp/out2" 2> "$tmp/err2" || fail "ids: exit $?"
grep -q '^{"id":123456789012345678901234567890,"repairs"' "$tmp/out2" || fail "big integer id"
grep -q '^{"id":1.10,"repairs"' "$tmp/out2" || fail "1.10 id"
grep -q '^{"id":1e400,"n":1.50,"repairs"' "$tmp/out2" || fail "1e400 id"

# 3. Text that is not UTF-8 is repaired and the repair reported: a raw byte, a lone surrogate
#    escape as Python writes an undecodable byte, and another lone surrogate.
{
  printf '{"id": "cafe", "text": "The caf\xe9 owner"}\n'
  printf '%s\n' '{"id": "esc", "text": "The caf\udce9 owner"}'
  printf '%s\n' '{"id": "lone", "text": "a\ud800b"}'
} > "$tmp/bytes.jsonl"
"$prog" extract --jsonl "$tmp/bytes.jsonl" > "$tmp/out3" 2> "$tmp/err3" || fail "bytes: exit $?"
python3 - "$tmp/out3" <<'PY' || fail "bytes: content"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
cafe, esc, lone = rows
for r in (cafe, esc):
    assert "error" not in r, r
    assert r["repairs"] == [{"start": 7, "end": 8, "text": "\u00e9", "rule": "invalid-utf8"}], r
assert lone["id"] == "lone" and lone["repairs"] and lone["repairs"][0]["rule"] == "surrogate", lone
PY

# 4. CR-only and CRLF line endings; a blank line is skipped.
printf '{"id": 1, "text": "a"}\r{"id": 2, "text": "b"}\r\n\r\n{"id": 3, "text": "c"}\r' > "$tmp/cr.jsonl"
"$prog" extract --jsonl "$tmp/cr.jsonl" > "$tmp/out4" 2> "$tmp/err4" || fail "cr: exit $?"
[ "$(cut -c1-8 "$tmp/out4" | tr '\n' ' ')" = '{"id":1, {"id":2, {"id":3, ' ] || fail "cr: ids"

# 5. Bad lines: an error object with the id (when readable) and a column; exit status 1, and the
#    lines after them are still processed.
{
  printf '%s\n' '{"id": "a7", "text": "unterminated'
  printf '%s\n' 'not json at all'
  printf '%s\n' '{"id": "ok", "text": "Obama spoke."}'
} > "$tmp/bad.jsonl"
"$prog" extract --jsonl "$tmp/bad.jsonl" > "$tmp/out5" 2> "$tmp/err5"
rc=$?
[ "$rc" -eq 1 ] || fail "bad lines: exit $rc, expected 1"
python3 - "$tmp/out5" <<'PY' || fail "bad lines: content"
import json, sys
a, b, ok = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert a["id"] == "a7" and a["error"].startswith("line 1, column 35: not valid JSON"), a
assert b["id"] is None and b["error"].startswith("line 2, column 1:"), b
assert ok["id"] == "ok" and "entities" in ok, ok
PY
[ "$(wc -l < "$tmp/err5")" -eq 2 ] || fail "one stderr line per bad line"
grep -q "bad.jsonl:1:35: not valid JSON: unterminated string" "$tmp/err5" || fail "stderr names file:line:column"

# 6. Every line bad: still exit 1, one error object per line.
printf 'x\ny\n' | "$prog" extract --jsonl > "$tmp/out6" 2> "$tmp/err6"
rc=$?
[ "$rc" -eq 1 ] && [ "$(wc -l < "$tmp/out6")" -eq 2 ] || fail "all bad: exit $rc"
echo ok
