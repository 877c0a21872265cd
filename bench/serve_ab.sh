#!/usr/bin/env bash
# The explorer's API as the issue judges it: ApacheBench, N requests (default 4,000) at C
# concurrent clients (default 32) over loopback, one run per URL: search "Blair", that actor's
# page, their network, an article they are quoted in. A fresh server per store; each run starts
# on whatever the server has (the first request of a URL may be uncached). Reports req/s,
# p50/p99 and failures per URL; asserts nothing.
#   bench/serve_ab.sh DB [REQUESTS=4000] [CONCURRENCY=32] [BINARY=build/newsgraph] [NAME=Blair]
set -euo pipefail
db=${1:?usage: bench/serve_ab.sh DB [REQUESTS] [CONCURRENCY] [BINARY] [NAME]}
n=${2:-4000}
conc=${3:-32}
bin=${4:-build/newsgraph}
name=${5:-Blair}
command -v ab >/dev/null || { echo "serve_ab: ab not found (apt-get install apache2-utils)" >&2; exit 1; }
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$bin" serve --db "$db" --port 0 2>"$work/serve.log" &
pid=$!
for _ in $(seq 100); do grep -q "at http://" "$work/serve.log" 2>/dev/null && break; sleep 0.1; done
base=$(grep -o 'http://[0-9.]*:[0-9]*' "$work/serve.log" | head -1)
[ -n "$base" ] || { cat "$work/serve.log" >&2; exit 1; }

# The actor and an article through the search itself (python3 only parses the JSON).
read -r actor article < <(curl -sf "$base/api/actors?q=$name&limit=1" | python3 -c '
import json, sys, urllib.parse, urllib.request
a = json.load(sys.stdin)["actors"][0]["id"]
d = json.load(urllib.request.urlopen(sys.argv[1] + "/api/actors/" + a + "?limit=5"))
art = (d["quotes"] or [{"article": d["articles"][0]["id"]}])[0]["article"]
print(a, urllib.parse.quote(art, safe=""))' "$base")
echo "store: $db ($(curl -sf "$base/api/stats" | grep -o '"articles":[0-9]*' | head -1)); $name = $actor; article $article"
echo "ab -n $n -c $conc, loopback, no keep-alive; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %9s %8s %8s %8s %8s\n' url "req/s" "p50 ms" "p99 ms" failed non2xx
for path in "/api/actors?q=$name" "/api/actors/$actor" "/api/graph?actor=$actor" \
            "/api/articles/$article"; do
  ab -q -n "$n" -c "$conc" -e "$work/ab.csv" "$base$path" >"$work/ab.txt" 2>&1 || true
  rps=$(awk '/Requests per second/ {print $4}' "$work/ab.txt")
  failed=$(awk '/Failed requests/ {print $3}' "$work/ab.txt")
  non2xx=$(awk '/Non-2xx responses/ {print $3}' "$work/ab.txt")
  p50=$(awk -F, '$1==50 {print $2}' "$work/ab.csv")
  p99=$(awk -F, '$1==99 {print $2}' "$work/ab.csv")
  printf '%-44s %9s %8s %8s %8s %8s\n' "${path:0:44}" "${rps:--}" "$p50" "$p99" "${failed:--}" \
         "${non2xx:-0}"
done
echo "(load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
