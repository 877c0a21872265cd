#!/usr/bin/env bash
# Benchmark (not a test): the store's overhead on top of extraction, and the cost of adding
# articles to a large store.
#
#   bench/corpus_ingest.sh [BINARY] [CORPUS] [N] [THREADS]
#
# 1. `extract --jsonl` of the first N articles (N=0: all) to /dev/null;
# 2. `ingest -j THREADS` of the same input into a fresh store: wall and CPU seconds,
#    articles/s, store MB, peak RSS, each beside extraction;
# 3. the last 1,000 of them added to a store holding the other N-1,000, and to an empty store.
set -eu
prog="${1:-build/newsgraph}"
corpus="${2:-../shared/data/news/corpus.jsonl}"
n="${3:-0}"
threads="${4:-$(nproc)}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ "$n" -gt 0 ]; then head -n "$n" "$corpus" > "$tmp/in.jsonl"; else cp "$corpus" "$tmp/in.jsonl"; fi
n=$(wc -l < "$tmp/in.jsonl")
head -n $((n - 1000)) "$tmp/in.jsonl" > "$tmp/base.jsonl"
tail -n 1000 "$tmp/in.jsonl" > "$tmp/add.jsonl"

# run LABEL CMD...: prints wall s, cpu s, peak RSS MB
run() {
  local label="$1"
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" > /dev/null
  read -r wall user sys rss < "$tmp/time"
  printf '%-34s wall %7.2f s  cpu %7.2f s  peak RSS %6.1f MB\n' "$label" "$wall" \
    "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc -l)"
  echo "$wall $(echo "$user + $sys" | bc)" > "$tmp/last"
}
echo "input: $n articles, $(du -m "$tmp/in.jsonl" | cut -f1) MB; threads: $threads; $(nproc) cores"
if "$prog" extract --help | grep -qE -- '(^| )-j[ ,]'; then ej=(-j "$threads"); else ej=(); fi
run "extract --jsonl ${ej[*]:-(1 thread)}" "$prog" extract --jsonl "${ej[@]}" "$tmp/in.jsonl"
read -r ew ec < "$tmp/last"
run "ingest -j $threads (fresh store)" "$prog" ingest -q --db "$tmp/full.db" -j "$threads" "$tmp/in.jsonl"
read -r iw ic < "$tmp/last"
printf 'articles/s: extract %.0f, ingest %.0f; ingest/extract: wall %.2f, cpu %.2f\n' \
  "$(echo "$n / $ew" | bc -l)" "$(echo "$n / $iw" | bc -l)" "$(echo "$iw / $ew" | bc -l)" \
  "$(echo "$ic / $ec" | bc -l)"
sz=$(stat -c %s "$tmp/full.db")
text=$(/usr/bin/python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute("select sum(pgsize) from dbstat where name in (\"articles\")").fetchone()[0])' "$tmp/full.db")
printf 'store: %.1f MB (%.0f bytes/article; %.0f of them beyond the articles table)\n' \
  "$(echo "$sz / 1048576" | bc -l)" "$(echo "$sz / $n" | bc -l)" "$(echo "($sz - $text) / $n" | bc -l)"
run "re-ingest (nothing new)" "$prog" ingest -q --db "$tmp/full.db" -j "$threads" "$tmp/in.jsonl"
"$prog" ingest -q --db "$tmp/base.db" -j "$threads" "$tmp/base.jsonl"
run "add 1000 to $((n - 1000))-article store" "$prog" ingest -q --db "$tmp/base.db" -j "$threads" "$tmp/add.jsonl"
read -r fw fc < "$tmp/last"
run "add 1000 to empty store" "$prog" ingest -q --db "$tmp/empty.db" -j "$threads" "$tmp/add.jsonl"
read -r mw mc < "$tmp/last"
printf 'adding 1000, full/empty: wall %.2f, cpu %.2f\n' "$(echo "$fw / $mw" | bc -l)" "$(echo "$fc / $mc" | bc -l)"
