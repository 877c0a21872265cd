#!/usr/bin/env bash
# The merge dev set's (tests/gold/merge) and confirmation set's (tests/gold/merge-confirm) spans
# against ../shared's corpus.jsonl (exit 77, shown as skipped, when ../shared is absent), and
# scripts/eval_merge.py on a hand-worked example.
set -u
here="$(cd "$(dirname "$0")/.." && pwd)"
NEWSGRAPH_CORPUS="$2/data/news/corpus.jsonl" python3 "$here/merge/merge_gold_test.py" -v
gold=$?
python3 "$here/merge/eval_merge_test.py" -v || exit 1
exit "$gold"
