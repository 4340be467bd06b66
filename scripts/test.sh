#!/usr/bin/env bash
# Every test: installs what is missing, builds, runs the hardening checks
# (sanitizers, fuzz targets replaying their seeds) when present, then every unit,
# golden CLI and GUI test with ctest, whose summary line ends the output. Exits
# non-zero on any failure. No verdict depends on the machine's speed or load:
# the timeouts only catch hangs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
if [ -f scripts/test-hardening.sh ]; then
  echo "== hardening: sanitizers and fuzz replay =="
  bash scripts/test-hardening.sh
fi
echo "== unit, golden CLI and GUI tests =="
cd build
ctest --output-on-failure -j"$(nproc)" --timeout 1500
