#!/usr/bin/env bash
# Load on `newsgraph serve` over loopback with ApacheBench (apache2-utils): mixed API requests
# (search, actor page, graph depth 1 and 2, article, overview) from 32 concurrent clients for a
# bounded time. Reports requests/s, p50/p99 latency and errors per request kind; asserts nothing.
#   bench/serve_load.sh DB [SECONDS_PER_KIND=5] [CONCURRENCY=32] [BINARY=build/newsgraph]
# Also: SERVE_URL=http://127.0.0.1:PORT to load a server that is already running;
# SERVE_ARGS="--cache-mb 0" to measure without the answer cache (every request hits SQLite);
# MIXED_ONLY=1 for the mixed run alone (the issue's: SECONDS=30 at 32 clients).
set -euo pipefail
db=${1:?usage: bench/serve_load.sh DB [SECONDS] [CONCURRENCY] [BINARY]}
secs=${2:-5}
conc=${3:-32}
bin=${4:-build/newsgraph}
command -v ab >/dev/null || { echo "serve_load: ab not found (apt-get install apache2-utils)" >&2; exit 1; }
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

if [ -n "${SERVE_URL:-}" ]; then
  base=$SERVE_URL
else
  # shellcheck disable=SC2086
  "$bin" serve --db "$db" --port 0 ${SERVE_ARGS:-} 2>"$work/serve.log" &
  pid=$!
  for _ in $(seq 100); do grep -q "at http://" "$work/serve.log" 2>/dev/null && break; sleep 0.1; done
  base=$(grep -o 'http://[0-9.]*:[0-9]*' "$work/serve.log" | head -1)
  [ -n "$base" ] || { cat "$work/serve.log" >&2; exit 1; }
fi

# Pick real ids from the store through the API itself: the most mentioned actor, one article.
read -r actor name article < <(python3 - "$base" <<'PY'
import json, sys, urllib.parse, urllib.request
base = sys.argv[1]
get = lambda p: json.load(urllib.request.urlopen(base + p))
a = get("/api/actors?limit=1")["actors"][0]
d = get("/api/actors/" + a["id"] + "?limit=5")
art = (d["articles"] or [{"id": d["quotes"][0]["article"]}])[0]["id"]
print(a["id"], a["name"].split()[-1][:5], urllib.parse.quote(art, safe=""))
PY
)
echo "store: $db ($(curl -sf "$base/api/stats" | grep -o '"articles":[0-9]*' | head -1)); actor $actor ($name); article $article"
echo "server: ${SERVE_ARGS:-default options}"
echo "ab: $conc concurrent clients, ${secs}s per kind, loopback, no keep-alive"
printf '%-34s %9s %8s %8s %8s %8s %8s\n' kind "req/s" "p50 ms" "p99 ms" failed non2xx "cold ms"
total=0
specs=("search|/api/actors?q=$name&limit=10" "actor|/api/actors/$actor" \
            "graph depth 1|/api/graph?actor=$actor&depth=1" "graph depth 2|/api/graph?actor=$actor&depth=2" \
            "article|/api/articles/$article" "overview|/api/stats" "suggest (2 letters)|/api/actors?q=Jo&limit=8")
run_ab() {  # kind path concurrency out-prefix
  ab -q -t "$secs" -n 1000000 -c "$3" -e "$4.csv" "$base$2" >"$4.txt" 2>&1 || true
}
report() {  # kind out-prefix
  local rps failed non2xx p50 p99
  rps=$(awk '/Requests per second/ {print $4}' "$2.txt")
  failed=$(awk '/Failed requests/ {print $3}' "$2.txt")
  non2xx=$(awk '/Non-2xx responses/ {print $3}' "$2.txt"); non2xx=${non2xx:-0}
  p50=$(awk -F, '$1==50 {print $2}' "$2.csv"); p99=$(awk -F, '$1==99 {print $2}' "$2.csv")
  printf '%-34s %9s %8s %8s %8s %8s %8s\n' "$1" "${rps:--}" "$p50" "$p99" "$failed" "$non2xx" "${3:-}"
}
# Each kind: one request alone first (the cold time: nothing cached), then the ab run.
for spec in "${specs[@]}"; do
  [ -n "${MIXED_ONLY:-}" ] && break
  cold=$(curl -s -o /dev/null -w '%{time_total}' "$base${spec#*|}" | awk '{printf "%.1f", $1 * 1000}')
  rm -f "$work/one.txt" "$work/one.csv"
  run_ab "${spec%%|*}" "${spec#*|}" "$conc" "$work/one"
  report "${spec%%|*}" "$work/one" "$cold"
done
# Mixed: four kinds at once, the clients split between them; the sum of their rates.
mixed=("${specs[0]}" "${specs[1]}" "${specs[2]}" "${specs[4]}")
i=0
abs=()
for spec in "${mixed[@]}"; do
  run_ab "${spec%%|*}" "${spec#*|}" $((conc / 4)) "$work/mix$i" &
  abs+=($!)
  i=$((i + 1))
done
wait "${abs[@]}"
echo "mixed, 4 kinds at once ($((conc / 4)) clients each, ${secs}s; load average $(cut -d' ' -f1-3 /proc/loadavg)):"
for j in 0 1 2 3; do report "  ${mixed[$j]%%|*}" "$work/mix$j"; done
awk '/Requests per second/ {s += $4} END {printf "  total %.0f req/s\n", s}' "$work"/mix?.txt
echo "(p50/p99 in ms: ab's percentiles of whole-request time, connection included)"
exit 0
