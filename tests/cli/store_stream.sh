#!/usr/bin/env bash
# `newsgraph ingest -` on a live feed: a JSONL line written to standard input is stored, and
# committed so that other readers see it, while the feed stays open; a gzip feed on standard
# input is read as well; a gzip feed cut short is reported.
set -u
prog="$1"
shared="$2"
corpus="$shared/data/news/corpus.jsonl"
[ -f "$corpus" ] || { echo "SKIP: no ../shared"; exit 77; }
tmp=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
# Articles in a store, read-only (0 while the file does not exist yet).
articles() {
  /usr/bin/python3 -c 'import sqlite3,sys
try:
    c = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
    print(c.execute("select count(*) from articles").fetchone()[0])
except sqlite3.Error:
    print(0)' "$1"
}
sed -n '1,3p' "$corpus" > "$tmp/in.jsonl"

mkfifo "$tmp/feed"
"$prog" ingest --db "$tmp/s.db" -j 1 - < "$tmp/feed" 2> "$tmp/err" &
pid=$!
exec 3> "$tmp/feed"
sed -n 1p "$tmp/in.jsonl" >&3
n=0
for _ in $(seq 1 240); do  # up to two minutes on a loaded machine
  n=$(articles "$tmp/s.db")
  [ "$n" = 1 ] && break
  sleep 0.5
done
[ "$n" = 1 ] || fail "the first line was not stored while the feed stayed open (articles: $n)"
kill -0 "$pid" 2>/dev/null || fail "ingest ended before its input did: $(cat "$tmp/err")"
sed -n '2,3p' "$tmp/in.jsonl" >&3
exec 3>&-
wait "$pid" || fail "ingest of the feed failed: $(cat "$tmp/err")"
pid=
[ "$(articles "$tmp/s.db")" = 3 ] || fail "not all 3 articles of the feed stored"

gzip -c "$tmp/in.jsonl" | "$prog" ingest --db "$tmp/g.db" - || fail "gzip on standard input failed"
[ "$(articles "$tmp/g.db")" = 3 ] || fail "not all 3 articles of the gzip feed stored"

gzip -c "$tmp/in.jsonl" | head -c 200 | "$prog" ingest --db "$tmp/t.db" - 2> "$tmp/err" &&
  fail "a gzip feed cut short was not reported"
grep -q "standard input: read error after line 0 (gzip data ends early)" "$tmp/err" ||
  fail "cut-short gzip message: $(cat "$tmp/err")"
echo ok
