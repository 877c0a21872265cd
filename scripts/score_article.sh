#!/usr/bin/env bash
# Scores `newsgraph article --json` on the development pages with ../shared/tools/score_html.py.
# usage: scripts/score_article.sh [BINARY] [SHARED_DIR] [ARTICLE OPTIONS...]
# (prints the scorer's last line)
set -euo pipefail
bin=${1:-build/newsgraph}
shared=${2:-../shared}
shift $(( $# < 2 ? $# : 2 ))
dir=$shared/data/html
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ls "$dir"/html/*.html.gz | sort > "$tmp/pages"
xargs "$bin" article --json "$@" < "$tmp/pages" > "$tmp/out.jsonl"
python3 - "$tmp/pages" "$tmp/out.jsonl" > "$tmp/pred.json" <<'PY'
import json, os, sys
pages = [l.strip() for l in open(sys.argv[1])]
out = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8')]
assert len(pages) == len(out), (len(pages), len(out))
pred = {os.path.basename(p)[:-len('.html.gz')]: {'articleBody': o.get('text', '')}
        for p, o in zip(pages, out)}
json.dump(pred, sys.stdout)
PY
python3 "$shared/tools/score_html.py" "$dir/ground-truth.json" "$tmp/pred.json"
