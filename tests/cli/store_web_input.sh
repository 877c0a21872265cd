#!/usr/bin/env bash
# Web pages into the store: `ingest` detects an HTML page (plain or gzip-compressed) by its
# content, stores its extracted article with the page's title, URL, date and site, and spans
# that point into the extracted text; a page with no article text is reported and skipped.
set -u
prog="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; echo "--- stderr"; cat "$tmp/err.txt" 2>/dev/null; exit 1; }
sql() { /usr/bin/python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(sys.argv[2]).fetchone()[0])' "$@"; }

cat > "$tmp/page.bin" <<'HTML'
<!DOCTYPE html>
<html lang="en"><head><title>Minister resigns | The Daily Example</title>
<meta property="og:title" content="Minister resigns over housing plan">
<meta property="og:url" content="https://news.example.org/2024/minister-resigns">
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Minister resigns over housing plan</h1>
<p>Housing Minister Anna Kovacs resigned on Tuesday after her plan to sell public land was
rejected by parliament, the government said.</p>
<p>"I could not in good conscience stay," Kovacs told reporters outside the ministry in the
capital. She said the vote showed that the coalition had lost its way.</p>
<p>Prime Minister Peter Lang thanked her for her service and said a successor would be named
within days.</p></article>
<footer>Copyright The Daily Example. <a href="/privacy">Privacy</a></footer>
</body></html>
HTML
gzip -c "$tmp/page.bin" > "$tmp/page2.bin"
printf '<html><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>\n' > "$tmp/nav.html"

"$prog" ingest --db "$tmp/s.db" -j 1 "$tmp/page.bin" "$tmp/nav.html" > "$tmp/out.txt" 2> "$tmp/err.txt"
rc=$?
[ "$rc" -eq 1 ] || fail "ingest exited $rc, not 1 (the navigation-only page is a bad record)"
grep -q "nav.html" "$tmp/err.txt" || fail "the navigation-only page is not reported"
[ "$(sql "$tmp/s.db" 'select count(*) from articles')" = 1 ] || fail "not one article stored"

"$prog" export --db "$tmp/s.db" --format jsonl --out "$tmp/x.jsonl" 2> "$tmp/err.txt" ||
  fail "export failed"
/usr/bin/python3 - "$tmp/x.jsonl" <<'PY' || fail "export does not hold the page's article"
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
names = {r["name"] for r in recs if r["kind"] == "actor"}
assert any("Kovacs" in n for n in names), names
quotes = [r for r in recs if r["kind"] == "quote"]
assert any("good conscience" in q["text"] for q in quotes), quotes
for r in recs:  # spans point into the extracted text, which holds no markup
    if r["kind"] == "mention":
        assert "<" not in r["text"], r
PY
"$prog" query actor --db "$tmp/s.db" --json Kovacs > "$tmp/actor.json" 2> "$tmp/err.txt" ||
  fail "query actor failed"
/usr/bin/python3 - "$tmp/actor.json" <<'PY' || fail "the article's metadata is not stored"
import json, sys
a = json.load(open(sys.argv[1]))
art = a["articles"][0]
assert art["title"] == "Minister resigns over housing plan", art
assert art["date"].startswith("2024-03-05"), art
PY

# The same page gzip-compressed, under another name, is a second copy of the same article.
"$prog" ingest --db "$tmp/s.db" "$tmp/page2.bin" > "$tmp/out.txt" 2> "$tmp/err.txt" ||
  fail "gzip page not ingested"
[ "$(sql "$tmp/s.db" 'select count(*) from articles')" = 2 ] || fail "gzip page not stored"
echo "store web input: ok"
