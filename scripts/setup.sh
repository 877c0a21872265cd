#!/usr/bin/env bash
# One-step set-up on Debian 12 (run as root): installs the Debian packages newsgraph needs
# (only those missing; silent when all are there), builds in Release, then
#   scripts/setup.sh demo   runs the main job on the bundled example article
#   scripts/setup.sh test   runs every test (Release, then under ASan+UBSan, then the threaded
#                           tests under ThreadSanitizer)
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(build-essential cmake make pkg-config git libgumbo-dev zlib1g-dev
          libgtest-dev libgmock-dev libbenchmark-dev
          nlohmann-json3-dev libutf8proc-dev libcli11-dev
          libsqlite3-dev zlib1g-dev python3-networkx
          libcpp-httplib-dev chromium apache2-utils curl
          pybind11-dev python3-dev python3-pytest python3-distributed)
# Node.js and npm build the web page (web/); Debian's packages unless the machine has its own.
command -v node >/dev/null || PACKAGES+=(nodejs)
command -v npm >/dev/null || PACKAGES+=(npm)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The page's npm packages, pinned in web/package-lock.json (no browser download: the tests
# drive Debian's Chromium through puppeteer-core).
if [ ! -f web/node_modules/.package-lock.json ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
  echo "setup: npm ci in web/" >&2
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi

case "${1:-demo}" in
  demo) make --no-print-directory demo ;;
  test) make --no-print-directory check ;;
  *) echo "usage: scripts/setup.sh [demo|test]" >&2; exit 2 ;;
esac
