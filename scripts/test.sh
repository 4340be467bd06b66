#!/usr/bin/env bash
# Every test: installs what is missing, builds, runs the hardening checks
# (sanitizers, short fuzzing) when present, then every unit, golden CLI and GUI
# test with ctest. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
if [ -f scripts/test-hardening.sh ]; then
  echo "== hardening: sanitizers and fuzzing =="
  bash scripts/test-hardening.sh
fi
echo "== unit, golden CLI and GUI tests =="
cd build
ctest --output-on-failure -j"$(nproc)" --timeout 300
