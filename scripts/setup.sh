#!/usr/bin/env bash
# One-step set-up on Debian 12 (run as root): installs the Debian packages newsgraph needs
# (only those missing; silent when all are there), builds in Release, then
#   scripts/setup.sh demo   runs the main job on the bundled example article
#   scripts/setup.sh test   runs every test (Release, then once more under ASan+UBSan)
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(build-essential cmake make pkg-config git
          libgtest-dev libgmock-dev libbenchmark-dev
          nlohmann-json3-dev libutf8proc-dev libcli11-dev zlib1g-dev)

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

case "${1:-demo}" in
  demo) make --no-print-directory demo ;;
  test) make --no-print-directory check ;;
  *) echo "usage: scripts/setup.sh [demo|test]" >&2; exit 2 ;;
esac
