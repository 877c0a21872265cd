#!/usr/bin/env bash
# A relation known from a gazetteer (a head of government and the country the article names)
# goes into the store and `query relations` says where it comes from, as it has no sentence.
set -u
prog="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; echo "--- stderr"; cat "$tmp/err.txt" 2>/dev/null; exit 1; }

cat > "$tmp/a.txt" <<'TXT'
Merkel hosts Obama in Berlin

President Obama met Chancellor Angela Merkel in Berlin on Monday. The United States and
Germany agreed to expand trade, officials said.
TXT
"$prog" ingest -q --db "$tmp/s.db" -j 1 "$tmp/a.txt" 2> "$tmp/err.txt" || fail "ingest failed"
"$prog" query relations --db "$tmp/s.db" --type leader_of > "$tmp/out.txt" 2> "$tmp/err.txt" ||
  fail "query relations failed"
grep -q "Obama .*leader_of  United States" "$tmp/out.txt" || { cat "$tmp/out.txt"; fail "no Obama leader_of United States"; }
grep -q "Angela Merkel .*leader_of  Germany" "$tmp/out.txt" || { cat "$tmp/out.txt"; fail "no Merkel leader_of Germany"; }
[ "$(grep -c 'from the gazetteer' "$tmp/out.txt")" -eq 2 ] ||
  { cat "$tmp/out.txt"; fail "the gazetteer relations do not say where they come from"; }
echo ok
