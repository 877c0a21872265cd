#!/usr/bin/env bash
# Bad input to the store commands: each case is one clear line on stderr naming what and where,
# a non-zero exit status, no crash, and a store that stays whole.
set -u
prog="$1"
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; echo "--- stderr"; cat "$tmp/err.txt" 2>/dev/null; exit 1; }
# expect STATUS PATTERN CMD...: exit status STATUS, one stderr line matching PATTERN.
expect() {
  local want="$1" pattern="$2"
  shift 2
  "$@" > "$tmp/out.txt" 2> "$tmp/err.txt"
  local rc=$?
  [ "$rc" -eq "$want" ] || fail "$* exited $rc, not $want"
  grep -q -- "$pattern" "$tmp/err.txt" || fail "$*: no '$pattern' on stderr"
  [ "$rc" -lt 128 ] || fail "$* crashed"
}
sql() { /usr/bin/python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(sys.argv[2]).fetchone()[0])' "$@"; }

# Malformed JSONL lines are reported with their line and skipped; the good ones go in.
{
  printf '%s\n' '{"id": "ok1", "text": "Hillary Clinton said on Monday that the plan would work."}'
  printf '%s\n' '{"id": "broken", "text": '
  printf '%s\n' '[1, 2, 3]'
  printf '%s\n' '{"id": "notext"}'
  printf '%s\n' '{"id": "ok2", "text": "Bill Clinton met Tony Blair in London."}'
} > "$tmp/mixed.jsonl"
expect 1 "mixed.jsonl line 2: not valid JSON" "$prog" ingest --db "$tmp/s.db" "$tmp/mixed.jsonl"
grep -q "line 3: not a JSON object" "$tmp/err.txt" || fail "line 3 not reported"
grep -q 'line 4 (id notext): no "text" field' "$tmp/err.txt" || fail "line 4 not reported"
[ "$(sql "$tmp/s.db" 'select count(*) from articles')" -eq 2 ] || fail "good lines not stored"

# The same records gzip-compressed and on standard input are the same articles: nothing new.
grep -v -e broken -e '^\[' -e notext "$tmp/mixed.jsonl" | gzip > "$tmp/good.jsonl.gz"
"$prog" ingest --db "$tmp/s.db" "$tmp/good.jsonl.gz" 2> "$tmp/err.txt" || fail ".jsonl.gz ingest failed"
zcat "$tmp/good.jsonl.gz" | "$prog" ingest --db "$tmp/s.db" - 2> "$tmp/err.txt" || fail "stdin ingest failed"
[ "$(sql "$tmp/s.db" 'select count(*) from articles')" -eq 2 ] || fail ".gz or stdin added articles"
# Not on a terminal, the summary still ends the run (the progress line does not); -q drops it.
grep -qx "ingest: 2 read, 0 added, 0 replaced, 2 unchanged, 0 skipped" "$tmp/err.txt" ||
  fail "no summary line when stderr is not a terminal"
"$prog" ingest -q --db "$tmp/s.db" "$tmp/good.jsonl.gz" 2> "$tmp/err.txt" || fail "-q ingest failed"
[ ! -s "$tmp/err.txt" ] || fail "-q still wrote to stderr"

# A binary file and an empty file in a directory: each reported, the text file stored.
mkdir "$tmp/dir"
printf 'Tony Blair said the vote would be close.\n' > "$tmp/dir/a.txt"
head -c 3000 /bin/sh > "$tmp/dir/b.bin"
: > "$tmp/dir/c.txt"
expect 1 "b.bin: binary file" "$prog" ingest --db "$tmp/s.db" "$tmp/dir"
grep -q "c.txt: empty file" "$tmp/err.txt" || fail "empty file not reported"
[ "$(sql "$tmp/s.db" "select count(*) from articles where ext_id like '%a.txt'")" -eq 1 ] ||
  fail "text file in the directory not stored"
# A gzip file cut short (its trailer lost) is reported, JSONL or text, and nothing of it stored.
printf 'Gordon Brown said the budget would balance.\n' | gzip > "$tmp/full.txt.gz"
head -c $(($(stat -c %s "$tmp/full.txt.gz") - 4)) "$tmp/full.txt.gz" > "$tmp/cut.txt.gz"
expect 1 "cut.txt.gz: read error (.*unexpected end of file)" "$prog" ingest --db "$tmp/s.db" "$tmp/cut.txt.gz"
[ "$(sql "$tmp/s.db" "select count(*) from articles where ext_id like '%cut.txt.gz'")" -eq 0 ] ||
  fail "a cut-short gzip text file was stored"
head -c $(($(stat -c %s "$tmp/good.jsonl.gz") - 4)) "$tmp/good.jsonl.gz" > "$tmp/cut.jsonl.gz"
expect 1 "cut.jsonl.gz: read error after line 2 (.*unexpected end of file)" \
  "$prog" ingest --db "$tmp/s.db" "$tmp/cut.jsonl.gz"
expect 1 "no-such-file.jsonl: cannot read" "$prog" ingest --db "$tmp/s.db" "$tmp/no-such-file.jsonl"
# An empty JSONL file, JSONL on standard input with no records and an empty directory are
# reported, not taken silently.
: > "$tmp/empty.jsonl"
expect 1 "empty.jsonl: empty file, skipped" "$prog" ingest --db "$tmp/s.db" "$tmp/empty.jsonl"
expect 1 "standard input: empty file, skipped" "$prog" ingest --db "$tmp/s.db" - < /dev/null
mkdir "$tmp/nothing"
expect 1 "nothing: no files in the directory, skipped" "$prog" ingest --db "$tmp/s.db" "$tmp/nothing"
# A few bytes of something else as the store: refused, and left as they were (SQLite alone
# would take a file shorter than its header for an empty database and write a store over it).
printf 'x' > "$tmp/tiny.db"
expect 1 "tiny.db: not a newsgraph store, or the file is corrupt" \
  "$prog" ingest --db "$tmp/tiny.db" "$tmp/dir/a.txt"
[ "$(cat "$tmp/tiny.db")" = "x" ] || fail "a tiny non-store file was written over"
expect 1 "tiny.db: not a newsgraph store, or the file is corrupt" \
  "$prog" query actors --db "$tmp/tiny.db"
# A line with NUL bytes is one bad line, reported by its number; the lines around it go in (it
# was cut at the NUL, its rest joined to the next line, and nothing said).
{
  printf '\000\001binary\n'
  printf '%s\n' '{"id": "ok3", "text": "Gordon Brown said the budget was fair."}'
  printf '{"id": "nul", "text": "a\000b"}\n'
  printf '%s' '{"id": "ok4", "text": "Charles Kennedy spoke in Leeds."}'
} > "$tmp/nul.jsonl"
expect 1 "nul.jsonl line 1: not valid JSON" "$prog" ingest --db "$tmp/s.db" "$tmp/nul.jsonl"
grep -q "nul.jsonl line 3: not valid JSON" "$tmp/err.txt" || fail "line 3 (NUL inside) not reported"
[ "$(sql "$tmp/s.db" "select count(*) from articles where ext_id in ('ok3','ok4')")" -eq 2 ] ||
  fail "the lines around a NUL line not stored"

# A full disk: the export's write error is one line.
if [ -w /dev/full ]; then
  expect 3 "cannot write to /dev/full" "$prog" export --db "$tmp/s.db" --format jsonl --out /dev/full
  expect 1 "not a regular file" "$prog" ingest --db /dev/full "$tmp/dir/a.txt"
fi

# A read-only store: ingest refuses, query still answers.
cp "$tmp/s.db" "$tmp/ro.db"
chmod a-w "$tmp/ro.db"
if ! [ -w "$tmp/ro.db" ]; then  # (root ignores permissions)
  expect 1 "read-only" "$prog" ingest --db "$tmp/ro.db" "$tmp/mixed.jsonl"
fi

# A store from a newer schema version is refused, not modified.
cp "$tmp/s.db" "$tmp/new.db"
/usr/bin/python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("pragma user_version=99"); c.commit()' "$tmp/new.db"
expect 1 "schema version 99 is newer" "$prog" ingest --db "$tmp/new.db" "$tmp/mixed.jsonl"
expect 1 "schema version 99 is newer" "$prog" query actors --db "$tmp/new.db"
[ "$(sql "$tmp/new.db" 'pragma user_version')" -eq 99 ] || fail "newer store modified"

# A corrupt store file and a non-store file.
head -c 65536 /dev/urandom > "$tmp/corrupt.db"
expect 1 "corrupt.db: not a newsgraph store" "$prog" ingest --db "$tmp/corrupt.db" "$tmp/mixed.jsonl"
cp "$tmp/s.db" "$tmp/damaged.db"
/usr/bin/python3 - "$tmp/damaged.db" <<'PY'
import sys
with open(sys.argv[1], "r+b") as f:  # overwrite every page after the first with garbage
    f.seek(4096)
    size = f.seek(0, 2)
    f.seek(4096)
    f.write(bytes((i * 7919) % 251 for i in range(size - 4096)))
PY
"$prog" query actors --db "$tmp/damaged.db" > /dev/null 2> "$tmp/err.txt"
rc=$?
[ "$rc" -eq 1 ] || fail "damaged store: exit $rc"
[ "$(wc -l < "$tmp/err.txt")" -eq 1 ] || fail "damaged store: not one line"
/usr/bin/python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("create table t(x)"); c.commit()' "$tmp/other.db"
expect 1 "not a newsgraph store" "$prog" query actors --db "$tmp/other.db"
expect 1 "no such store" "$prog" query actors --db "$tmp/missing.db"
expect 1 "no actor 'Nobody Atall'" "$prog" query actor --db "$tmp/s.db" "Nobody Atall"
# A judgements file: a line that is not valid UTF-8 or has an unknown judgement is named by its
# number (CRLF lines counted as lines), a directory is refused; nothing is judged.
printf '# note\r\nsame\t\xff\xfe\tBill Clinton\r\n' > "$tmp/badutf8.tsv"
expect 1 "badutf8.tsv line 2: not valid UTF-8" "$prog" judge --db "$tmp/s.db" "$tmp/badutf8.tsv"
printf 'same\tBill Clinton\tHillary Clinton\nbogus\ta\tb\n' > "$tmp/bogus.tsv"
expect 1 "bogus.tsv line 2: unknown judgement 'bogus'" "$prog" judge --db "$tmp/s.db" "$tmp/bogus.tsv"
expect 1 "is a directory" "$prog" judge --db "$tmp/s.db" "$tmp"
[ "$(sql "$tmp/s.db" 'select count(*) from judgements')" -eq 0 ] || fail "a bad judgements file judged"
[ "$(sql "$tmp/s.db" 'pragma integrity_check')" = ok ] || fail "store damaged"
echo ok
