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
# Steps 1-2 and 3 are alternated RUNS times (default 3) and the best wall and CPU of each kept.
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
# best LABEL: keeps the smallest wall and CPU seen under LABEL (runs are alternated, best of
# $RUNS, so that load from elsewhere hits both sides alike).
runs="${RUNS:-3}"
declare -A best_wall best_cpu
best() {
  read -r w c < "$tmp/last"
  if [ -z "${best_wall[$1]:-}" ] || [ "$(echo "$w < ${best_wall[$1]}" | bc)" = 1 ]; then best_wall[$1]=$w; fi
  if [ -z "${best_cpu[$1]:-}" ] || [ "$(echo "$c < ${best_cpu[$1]}" | bc)" = 1 ]; then best_cpu[$1]=$c; fi
}
for ((r = 1; r <= runs; ++r)); do
  run "extract --jsonl ${ej[*]:-(1 thread)}" "$prog" extract --jsonl "${ej[@]}" "$tmp/in.jsonl"
  best extract
  rm -f "$tmp/full.db" "$tmp/full.db-wal" "$tmp/full.db-shm"
  run "ingest -j $threads (fresh store)" "$prog" ingest -q --db "$tmp/full.db" -j "$threads" "$tmp/in.jsonl"
  best ingest
done
ew=${best_wall[extract]} ec=${best_cpu[extract]} iw=${best_wall[ingest]} ic=${best_cpu[ingest]}
printf 'best of %d: extract wall %.2f s cpu %.2f s; ingest wall %.2f s cpu %.2f s\n' "$runs" "$ew" "$ec" "$iw" "$ic"
printf 'articles/s: extract %.0f, ingest %.0f; ingest/extract: wall %.2f, cpu %.2f\n' \
  "$(echo "$n / $ew" | bc -l)" "$(echo "$n / $iw" | bc -l)" "$(echo "$iw / $ew" | bc -l)" \
  "$(echo "$ic / $ec" | bc -l)"
sz=$(stat -c %s "$tmp/full.db")
text=$(/usr/bin/python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute("select sum(pgsize) from dbstat where name in (\"articles\")").fetchone()[0])' "$tmp/full.db")
printf 'store: %.1f MB (%.0f bytes/article; %.0f of them beyond the articles table)\n' \
  "$(echo "$sz / 1048576" | bc -l)" "$(echo "$sz / $n" | bc -l)" "$(echo "($sz - $text) / $n" | bc -l)"
run "re-ingest (nothing new)" "$prog" ingest -q --db "$tmp/full.db" -j "$threads" "$tmp/in.jsonl"
"$prog" ingest -q --db "$tmp/base.db" -j "$threads" "$tmp/base.jsonl"
for ((r = 1; r <= runs; ++r)); do
  cp "$tmp/base.db" "$tmp/run.db"  # the large store as built, each run
  run "add 1000 to $((n - 1000))-article store" "$prog" ingest -q --db "$tmp/run.db" -j "$threads" "$tmp/add.jsonl"
  best full
  rm -f "$tmp/run.db"* "$tmp/empty.db" "$tmp/empty.db-wal" "$tmp/empty.db-shm"
  run "add 1000 to empty store" "$prog" ingest -q --db "$tmp/empty.db" -j "$threads" "$tmp/add.jsonl"
  best empty
done
printf 'adding 1000, best of %d, full/empty: wall %.2f, cpu %.2f\n' "$runs" \
  "$(echo "${best_wall[full]} / ${best_wall[empty]}" | bc -l)" \
  "$(echo "${best_cpu[full]} / ${best_cpu[empty]}" | bc -l)"
