#!/usr/bin/env bash
# Usage errors (issue 10): one line naming the bad word, with a suggestion when one is close;
# exit status 2 for every usage error; --help lists the exit statuses.
set -u
prog="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; cat "$tmp/err" 2>/dev/null; exit 1; }
check() {  # expected-status expected-stderr-text args...
  local want="$1" text="$2"
  shift 2
  "$prog" "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null
  local rc=$?
  [ "$rc" -eq "$want" ] || fail "newsgraph $*: exit $rc, expected $want"
  grep -qF -- "$text" "$tmp/err" || fail "newsgraph $*: no '$text' in stderr"
  [ "$(wc -l < "$tmp/err")" -le 1 ] || fail "newsgraph $*: more than one line"
}
check 2 "unknown command 'bogus'" bogus
check 2 "did you mean 'extract'?" extrct
check 2 "did you mean 'eval ner'?" eval nre
check 2 "A subcommand is required"
check 2 "--bogus" extract --bogus
check 2 "--threads" extract --threads abc
check 2 "--summary works on whole files" extract --summary --jsonl
check 2 "only --conll" tag
check 2 "option '--db' goes after the command: 'query COMMAND --db ...'" query --db s.db actors
"$prog" --help > "$tmp/out" || fail "--help: exit $?"
grep -q "Exit status: 0 all good; 1 some input failed" "$tmp/out" || fail "--help lists exit statuses"
"$prog" extract --help > "$tmp/out" || fail "extract --help: exit $?"
grep -q "3 output or I/O error" "$tmp/out" || fail "extract --help lists exit statuses"
# Each command's help lists them once (not once more for its parent's footer).
for cmd in extract ingest export "query actors" "eval ner" "eval quotes" "eval gold" serve; do
  # shellcheck disable=SC2086
  "$prog" $cmd --help > "$tmp/out" || fail "$cmd --help: exit $?"
  n=$(grep -c "^Exit status:" "$tmp/out")
  [ "$n" -eq 1 ] || fail "$cmd --help lists the exit statuses $n times"
done
echo ok
