#!/usr/bin/env bash
# `newsgraph repair FILE` against `wc -w FILE` as whole processes, in the same run, on the
# whole corpus text (every "text" of corpus.jsonl, ~26 MB). Usage: bench/repair_vs_wc.sh
# [BINARY] [SHARED]. Prints each run's real/user/sys seconds, three runs each, interleaved.
set -euo pipefail
bin=${1:-build/newsgraph}
shared=${2:-../shared}
corpus=${TMPDIR:-/tmp}/newsgraph-corpus.txt
if [[ ! -s $corpus ]]; then
  python3 -c "import json,sys;open(sys.argv[2],'w').write('\n\n'.join(json.loads(l)['text'] for l in open(sys.argv[1])))" \
    "$shared/data/news/corpus.jsonl" "$corpus"
fi
ls -l "$corpus"
for i in 1 2 3; do
  /usr/bin/time -f "wc -w:            %e s real  %U s user  %S s sys" wc -w "$corpus" >/dev/null
  /usr/bin/time -f "newsgraph repair: %e s real  %U s user  %S s sys" "$bin" repair "$corpus" >/dev/null
done
