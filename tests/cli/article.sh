#!/usr/bin/env bash
# `newsgraph article --json`: one object per page in argument order (gzip and plain, a WARC
# file's responses), an error object in the slot of a file that cannot be read, exit status 1;
# `newsgraph extract` reads an HTML page as its article text.
set -u
prog="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
para="The council voted on Tuesday to close the old bridge, after engineers said the steel had corroded faster than expected, the mayor said."
page() { printf '<!doctype html><html><head><title>%s</title></head><body><nav><a href=/>Home</a></nav><article><h1>%s</h1><p>%s</p><p>%s</p></article></body></html>' "$1" "$1" "$para" "$para"; }
page "First page" > "$tmp/a.html"
page "Second page" | gzip > "$tmp/b.html.gz"
http=$(printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n%s' "$(page 'Crawled page')")
printf 'WARC/1.0\r\nWARC-Type: request\r\nContent-Length: 4\r\n\r\nGET \r\n\r\nWARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://c.example/x\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' "${#http}" "$http" > "$tmp/c.warc"
"$prog" article --json "$tmp/a.html" "$tmp/missing.html" "$tmp/b.html.gz" "$tmp/c.warc" > "$tmp/out.jsonl" 2> "$tmp/err.txt"
rc=$?
fail() { echo "FAIL: $*"; echo "--- output"; cat "$tmp/out.jsonl"; echo "--- stderr"; cat "$tmp/err.txt"; exit 1; }
[ "$rc" -eq 1 ] || fail "exit status $rc, want 1 (one file missing)"
grep -q "missing.html: cannot open" "$tmp/err.txt" || fail "no one-line error for the missing file"
python3 - "$tmp/out.jsonl" "$para" <<'PY' || fail "content check"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
para = sys.argv[2]
assert [r.get('title') for r in rows] == ['First page', None, 'Second page', 'Crawled page'], rows
assert 'error' in rows[1] and rows[1]['file'].endswith('missing.html'), rows[1]
for r in (rows[0], rows[2], rows[3]):
    assert r['text'] == para + '\n' + para + '\n', r['text']
    assert set(r) == {'url', 'title', 'published', 'authors', 'site', 'language', 'text'}, r
assert rows[3]['url'] == 'https://c.example/x', rows[3]
PY
"$prog" extract "$tmp/a.html" > "$tmp/extract.json" 2> "$tmp/err.txt" || fail "extract on HTML failed"
python3 - "$tmp/extract.json" <<'PY' || fail "extract check"
import json, sys
d = json.load(open(sys.argv[1], encoding='utf-8'))
text = json.dumps(d)
assert '<p>' not in text and 'Home' not in [e.get('name') for e in d.get('entities', [])], d
PY
echo ok
