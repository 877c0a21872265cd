#!/usr/bin/env bash
# Installs the build tree to a temporary prefix, then builds tests/install/hello.cc against the
# installed library twice -- with find_package(newsgraph) and with pkg-config -- and runs both
# on the installed models, and runs the installed program (which must find its models under
# PREFIX/share/newsgraph/models by itself). Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
models=$prefix/share/newsgraph/models
test -f "$models/ner.bin" && test -f "$models/cues.bin"
test -f "$prefix/include/newsgraph/pipeline.h" && test -f "$prefix/include/newsgraph/version.h"
test -f "$prefix/share/doc/newsgraph/LICENSE"

cmake -S "$src/tests/install" -B "$tmp/cm" -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$tmp/cm" >/dev/null
"$tmp/cm/hello" "$models" > "$tmp/cm.out"
grep -q '"Angela Merkel"' "$tmp/cm.out" || { echo "FAIL: find_package build:"; cat "$tmp/cm.out"; exit 1; }

pc=$(find "$prefix" -name newsgraph.pc | head -1)
export PKG_CONFIG_PATH=$(dirname "$pc")
c++ -std=c++20 -o "$tmp/hello_pc" "$src/tests/install/hello.cc" \
  $(pkg-config --cflags newsgraph) $(pkg-config --static --libs newsgraph)
"$tmp/hello_pc" "$models" > "$tmp/pc.out"
cmp "$tmp/cm.out" "$tmp/pc.out"

printf 'Mr. Smith said the plan had failed.\n' > "$tmp/a.txt"
env -u NEWSGRAPH_MODELS "$prefix/bin/newsgraph" extract "$tmp/a.txt" > "$tmp/cli.out"
grep -q '"quotes"' "$tmp/cli.out"
echo "install test passed: $(head -1 "$tmp/cm.out")"
