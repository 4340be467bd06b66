#!/usr/bin/env bash
# Every test: installs what is missing, builds, runs the hardening checks
# (the engine's unit tests and the CLI tests under sanitizers, fuzz targets
# replaying their seeds), then the render, workbook, golden CLI and GUI tests
# of the main build with ctest, whose summary line ends the output. Exits
# non-zero on any failure. No verdict depends on the machine's speed or load:
# the timeouts only catch hangs.
set -euo pipefail
cd "$(dirname "$0")/.."
# The unit tests of model/ and planner/jobs run once, under the sanitizers in
# build-asan/ (scripts/test-hardening.sh); the main build leaves them out.
bash scripts/build.sh -DCOFUND_ENGINE_UNIT_TESTS=OFF
export QT_QPA_PLATFORM=offscreen
if [ -f scripts/test-hardening.sh ]; then
  echo "== hardening: sanitizers and fuzz replay =="
  bash scripts/test-hardening.sh
fi
echo "== unit, golden CLI and GUI tests =="
cd build
ctest --output-on-failure -j"$(nproc)" --timeout 1500
