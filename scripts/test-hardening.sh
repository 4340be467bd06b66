#!/usr/bin/env bash
# Hardening tests: one clang build, build-asan/, with AddressSanitizer +
# UndefinedBehaviorSanitizer. In it: the unit and CLI tests under the
# sanitizers, then every fuzz target replays its seed corpus, each input once,
# through a plain driver (fuzz/replay_main.cpp, -DCOFUND_FUZZ_DRIVER=replay):
# no libFuzzer and no coverage instrumentation, which cost a quarter of this
# build's compile time (issue 13, the test command's time). Exits non-zero on
# any failure. Nothing here has a time budget, so the verdict is the same on a
# loaded machine; exploratory fuzzing is scripts/fuzz.sh SECONDS (libFuzzer, its
# own optimised build-fuzz/).
#   scripts/test-hardening.sh
#   SKIP_FUZZ=1 scripts/test-hardening.sh     sanitizer tests only
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${COFUND_JOBS:-$(nproc)}
build=build-asan
start=$(date +%s)
step() { echo "== [$(($(date +%s) - start))s] $*"; }

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
# libxlsxwriter's own small leaks, and only those (scripts/lsan-suppressions.txt).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan-suppressions.txt}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

if ! command -v clang++ >/dev/null; then
  echo "!! clang missing (apt-get install clang; scripts/setup-debian.sh does)"
  exit 1
fi
# A build-asan/ left by an older layout (GCC, no fuzz targets) cannot switch
# compilers in place: start it afresh.
if [ -f "$build/CMakeCache.txt" ] && ! grep -q '^COFUND_FUZZ:BOOL=ON' "$build/CMakeCache.txt"; then
  step "removing $build/ (configured by an older layout)"
  rm -rf "$build"
fi
step "configuring $build (clang, ASan + UBSan, fuzz targets replaying, no GUI)"
# Debug information: line tables only (-g1), all a sanitizer's report needs for
# its stack (functions, files, lines); a tenth less compile time than -g.
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 \
  -DCOFUND_SANITIZE=ON -DCOFUND_FUZZ=ON -DCOFUND_FUZZ_DRIVER=replay \
  -DCOFUND_BUILD_GUI=OFF -DCOFUND_BUILD_TESTS=ON >/dev/null
step "building $build"
cmake --build "$build" -j"$jobs"
step "ctest in $build (unit and CLI tests under the sanitizers)"
# The chart, report and export commands need Qt (COFUND_BUILD_GUI), which this
# build leaves out: their golden tests run in the main build only. The timeout
# only catches a hang (tests/CMakeLists.txt gives each test its own).
ctest --test-dir "$build" -j"$jobs" --output-on-failure --timeout 1500 -E "^gui|^cli: (chart|report)-|^spreadsheet:"

if [ -n "${SKIP_FUZZ:-}" ]; then
  step "fuzz replay skipped (SKIP_FUZZ)"
else
  step "fuzz targets replay their seed corpora"
  COFUND_FUZZ_BUILD=$build COFUND_JOBS=$jobs scripts/fuzz.sh --replay
fi
step "hardening tests passed"
