#!/usr/bin/env bash
# Files (issue 10): a directory is an error for every single-file command; a missing file among
# several is reported and skipped, the rest processed, exit status 1; UTF-16/32 with a
# byte-order mark is decoded (and reported); a UTF-8 mark is dropped by repair (and reported);
# binary input is processed but flagged on stderr.
set -u
prog="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; for f in "$tmp"/out* "$tmp"/err*; do [ -f "$f" ] && { echo "--- $f"; head -c 1500 "$f"; }; done; exit 1; }
mkdir "$tmp/dir"

# 1. A directory.
for cmd in "extract" "extract --jsonl" "extract --summary" "repair" "segment" "tag --conll"; do
  $prog $cmd "$tmp/dir" > "$tmp/out1" 2> "$tmp/err1"
  rc=$?
  [ "$rc" -eq 1 ] || fail "$cmd DIR: exit $rc"
  grep -q "dir: is a directory" "$tmp/err1" || fail "$cmd DIR: message"
  [ "$(wc -l < "$tmp/err1")" -eq 1 ] || fail "$cmd DIR: one line"
done

# 2. A missing file among several: the others are processed, in order; exit status 1.
printf 'Obama spoke in Paris.\n' > "$tmp/a.txt"
printf 'Merkel spoke in Berlin.\n' > "$tmp/b.txt"
"$prog" extract "$tmp/a.txt" "$tmp/missing.txt" "$tmp/dir" "$tmp/b.txt" > "$tmp/out2" 2> "$tmp/err2"
rc=$?
[ "$rc" -eq 1 ] || fail "missing: exit $rc"
[ "$(wc -l < "$tmp/out2")" -eq 2 ] || fail "missing: two articles expected"
grep -q 'a.txt' <(head -1 "$tmp/out2") && grep -q 'b.txt' <(tail -1 "$tmp/out2") || fail "missing: order"
grep -q "missing.txt: cannot open: No such file or directory" "$tmp/err2" || fail "missing: message"
printf '{"id":1,"text":"x"}\n' > "$tmp/c.jsonl"
"$prog" extract --jsonl "$tmp/missing.jsonl" "$tmp/c.jsonl" > "$tmp/out2b" 2> "$tmp/err2b"
[ $? -eq 1 ] && [ "$(wc -l < "$tmp/out2b")" -eq 1 ] || fail "jsonl missing file: rest processed, exit 1"

# 3. UTF-16LE, UTF-16BE and UTF-32LE with a byte-order mark: decoded, reported.
python3 - "$tmp" <<'PY'
import sys
t = "\u201cWe will win,\u201d said Pedram in K\u00e2bul.\n"
open(sys.argv[1] + "/u16le.txt", "wb").write(t.encode("utf-16"))  # BOM + little-endian
open(sys.argv[1] + "/u16be.txt", "wb").write(b"\xfe\xff" + t.encode("utf-16-be"))
open(sys.argv[1] + "/u32le.txt", "wb").write(t.encode("utf-32"))
open(sys.argv[1] + "/u8bom.txt", "wb").write(b"\xef\xbb\xbf" + t.encode("utf-8"))
PY
for f in u16le u16be u32le; do
  "$prog" extract "$tmp/$f.txt" > "$tmp/out3" 2> "$tmp/err3" || fail "$f: exit $?"
  grep -q "decoded from UTF-" "$tmp/err3" || fail "$f: not reported on stderr"
  python3 - "$tmp/out3" "$f" <<'PY' || fail "$f: content"
import json, sys
r = json.loads(open(sys.argv[1], encoding="utf-8").read())
assert r["input_encoding"] == {"u16le": "UTF-16LE", "u16be": "UTF-16BE", "u32le": "UTF-32LE"}[sys.argv[2]], r
q = r["quotes"][0]
assert q["text"] == "We will win," and q["speaker_mention"]["text"] == "Pedram", q
PY
done
"$prog" repair "$tmp/u16le.txt" > "$tmp/out3r" 2> "$tmp/err3r" || fail "repair utf-16: exit $?"
grep -q "said Pedram in Kâbul" "$tmp/out3r" || fail "repair utf-16: text"
"$prog" extract "$tmp/u8bom.txt" > "$tmp/out3b" 2> "$tmp/err3b" || fail "utf-8 bom: exit $?"
python3 - "$tmp/out3b" <<'PY' || fail "utf-8 bom: dropped and reported"
import json, sys
r = json.loads(open(sys.argv[1], encoding="utf-8").read())
assert r["repairs"][0]["start"] == 0 and r["repairs"][0]["end"] == 3 and r["repairs"][0]["text"] == "", r["repairs"]
assert r["quotes"][0]["start"] == 6, r["quotes"]  # offsets into the input as given, BOM included
PY

# 4. Binary input: processed, flagged with a warning naming the file.
head -c 3000 /bin/sh > "$tmp/bin.dat"
"$prog" extract "$tmp/bin.dat" > "$tmp/out4" 2> "$tmp/err4" || fail "binary: exit $?"
grep -q "bin.dat: looks like binary data" "$tmp/err4" || fail "binary: warning"
python3 -c "import json,sys; json.loads(open(sys.argv[1]).read())" "$tmp/out4" || fail "binary: output is JSON"
echo ok
