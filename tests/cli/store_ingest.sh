#!/usr/bin/env bash
# `newsgraph ingest` on real corpus articles into real SQLite files: re-ingest adds nothing;
# an ingest child killed (SIGKILL) at five random moments, then rerun, gives the same export
# as a clean store, with PRAGMA integrity_check ok and no duplicate ids; the same result with
# 1 and 2 extraction threads; GraphML and GEXF load in networkx with one node per actor.
set -u
prog="$1"
shared="$2"
corpus="$shared/data/news/corpus.jsonl"
[ -f "$corpus" ] || { echo "SKIP: no ../shared"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
sql() { /usr/bin/python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(sys.argv[2]).fetchone()[0])' "$@"; }
# 400 articles from three sources: BBC, Reuters, PolNeAR.
{ sed -n '1,150p' "$corpus"; sed -n '4000,4100p' "$corpus"; sed -n '20000,20150p' "$corpus"; } > "$tmp/in.jsonl"
n=$(wc -l < "$tmp/in.jsonl")

"$prog" ingest --db "$tmp/clean.db" -j 2 "$tmp/in.jsonl" || fail "clean ingest failed"
"$prog" export --db "$tmp/clean.db" --format jsonl --out "$tmp/clean.jsonl" || fail "export failed"
[ "$(sql "$tmp/clean.db" 'select count(*) from articles')" -eq "$n" ] || fail "not $n articles"

# Re-ingest: nothing changes.
"$prog" ingest --db "$tmp/clean.db" -j 2 "$tmp/in.jsonl" || fail "re-ingest failed"
"$prog" export --db "$tmp/clean.db" --format jsonl --out "$tmp/again.jsonl" || fail "export failed"
cmp -s "$tmp/clean.jsonl" "$tmp/again.jsonl" || fail "re-ingest changed the export"
[ "$(sql "$tmp/clean.db" 'select max(id) from articles')" -eq "$n" ] || fail "re-ingest added article rows"

# One thread gives the same store as two.
"$prog" ingest --db "$tmp/one.db" -j 1 "$tmp/in.jsonl" || fail "-j 1 ingest failed"
"$prog" export --db "$tmp/one.db" --format jsonl --out "$tmp/one.jsonl" || fail "export failed"
cmp -s "$tmp/clean.jsonl" "$tmp/one.jsonl" || fail "-j 1 and -j 2 differ"

# Kill -9 at five random moments, then finish.
for i in 1 2 3 4 5; do
  "$prog" ingest --db "$tmp/killed.db" -j 2 "$tmp/in.jsonl" 2>/dev/null &
  pid=$!
  sleep "0.$((RANDOM % 9 + 1))$((RANDOM % 10))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  [ "$(sql "$tmp/killed.db" 'pragma integrity_check')" = ok ] || fail "integrity_check after kill $i"
done
"$prog" ingest --db "$tmp/killed.db" -j 2 "$tmp/in.jsonl" || fail "rerun after kills failed"
"$prog" export --db "$tmp/killed.db" --format jsonl --out "$tmp/killed.jsonl" || fail "export failed"
[ "$(sql "$tmp/killed.db" 'pragma integrity_check')" = ok ] || fail "integrity_check after rerun"
[ "$(sql "$tmp/killed.db" 'select count(*) - count(distinct ext_id) from articles')" -eq 0 ] ||
  fail "duplicate article ids"
cmp -s "$tmp/clean.jsonl" "$tmp/killed.jsonl" || fail "killed-and-rerun export differs from clean"

# networkx reads both graph formats with one node per actor.
"$prog" export --db "$tmp/clean.db" --format graphml --out "$tmp/g.graphml" || fail "graphml"
"$prog" export --db "$tmp/clean.db" --format gexf --out "$tmp/g.gexf" || fail "gexf"
"$prog" export --db "$tmp/clean.db" --format csv --out "$tmp/csv" || fail "csv"
actors=$(grep -c '"kind":"actor"' "$tmp/clean.jsonl")
/usr/bin/python3 - "$tmp" "$actors" <<'PY' || fail "networkx / csv check"
import csv, sys, networkx as nx
tmp, actors = sys.argv[1], int(sys.argv[2])
g = nx.read_graphml(f"{tmp}/g.graphml")
x = nx.read_gexf(f"{tmp}/g.gexf")
assert g.number_of_nodes() == actors, (g.number_of_nodes(), actors)
assert x.number_of_nodes() == actors, (x.number_of_nodes(), actors)
assert g.number_of_edges() > 0 and x.number_of_edges() > 0
nodes = list(csv.DictReader(open(f"{tmp}/csv/nodes.csv", encoding="utf-8")))
edges = list(csv.DictReader(open(f"{tmp}/csv/edges.csv", encoding="utf-8")))
assert len(nodes) == actors and "id:ID" in nodes[0] and ":LABEL" in nodes[0]
ids = {n["id:ID"] for n in nodes}
assert all(e[":START_ID"] in ids and e[":END_ID"] in ids for e in edges)
PY
echo "ok: $n articles, $actors actors"
