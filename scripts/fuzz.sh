#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz/, then either
# explores or replays.
#   scripts/fuzz.sh [SECONDS] [TARGET...]   explore: fuzz each target for SECONDS of
#                                           wall clock (default 60), for people and long runs
#   scripts/fuzz.sh --replay [TARGET...]    replay: run every seed file once, no fuzzing;
#                                           what the test command runs (scripts/test-hardening.sh)
# Seeds: fuzz/corpus/<target>/ plus examples/, tests/fixtures/, tests/golden/hostile/
# and data/ (read only). Exploring writes new corpus entries to $COFUND_FUZZ_WORK
# (default /tmp/cofund-fuzz), never into the source tree. A crash leaves its input
# in that directory and fails the script; turn it into a regression test
# (tests/unit or tests/golden) before fixing.
#
# Why two modes: an exploration's verdict depends on the machine (how many inputs
# fit in the time, whether a slow input crosses a per-input limit); a replay runs
# a fixed set of inputs, so its verdict depends only on the commit.
set -euo pipefail
cd "$(dirname "$0")/.."
replay=
if [ "${1:-}" = --replay ]; then
  replay=1
  shift
  targets=("$@")
else
  seconds=${1:-60}
  shift || true
  targets=("$@")
fi
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_plan_reader fuzz_catalog fuzz_money fuzz_check fuzz_workbook)
build=${COFUND_FUZZ_BUILD:-build-fuzz}
work=${COFUND_FUZZ_WORK:-/tmp/cofund-fuzz}
jobs=${COFUND_JOBS:-2}

if [ ! -f "$build/build.ninja" ]; then
  echo "== configuring $build (clang, COFUND_FUZZ=ON)"
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCOFUND_FUZZ=ON -DCOFUND_BUILD_GUI=OFF -DCOFUND_BUILD_TESTS=OFF >/dev/null
fi
echo "== building ${targets[*]}"
cmake --build "$build" -j"$jobs" --target "${targets[@]}"

# The seed directories of target $1, one per line.
seed_dirs() {
  echo "fuzz/corpus/${1#fuzz_}"
  case $1 in
    fuzz_plan_reader|fuzz_check)
      echo examples
      for d in tests/fixtures tests/golden/hostile; do [ -d "$d" ] && echo "$d"; done ;;
    fuzz_catalog) echo data ;;
  esac
  return 0
}

mkdir -p "$work/artifacts"
failed=()
for t in "${targets[@]}"; do
  mapfile -t seeds < <(seed_dirs "$t")
  log="$work/$t.log"
  if [ -n "$replay" ]; then
    # Every file once, whole: no -max_len cut, no time budget. libFuzzer runs
    # inputs given as files and stops; the test command's build-asan/ links the
    # plain replay driver instead (fuzz/replay_main.cpp), which takes the same
    # arguments. -timeout only catches a hang: the slowest seed
    # (tests/golden/hostile/every-field-at-maximum.plan.json in fuzz_check) takes
    # seconds under ASan, far from 1500 s on any machine.
    mapfile -t inputs < <(find "${seeds[@]}" -type f | LC_ALL=C sort -u)
    echo "== $t: replaying ${#inputs[@]} inputs once each"
    if "$build/fuzz/$t" -timeout=1500 -rss_limit_mb=2048 -artifact_prefix="$work/artifacts/$t-" \
        "${inputs[@]}" >"$log" 2>&1; then
      echo "   ok ($(grep -c '^Executed ' "$log") inputs executed)"
    else
      echo "!! $t failed on a seed; see $log"
      tail -40 "$log"
      failed+=("$t")
    fi
    continue
  fi
  corpus="$work/$t"
  mkdir -p "$corpus"
  max_len=65536
  [ "$t" = fuzz_catalog ] && max_len=131072  # the 2018 catalog is 85 kB
  # fuzz_check projects and simulates: a 101-year plan at the maximum growth rate
  # takes 0.8 s in a Release build and 10–20 s under ASan + coverage.
  unit_timeout=10
  [ "$t" = fuzz_check ] && unit_timeout=40
  dict=()
  [ -f "fuzz/${t#fuzz_}.dict" ] && dict=(-dict="fuzz/${t#fuzz_}.dict")
  echo "== $t for ${seconds}s (corpus $corpus)"
  if "$build/fuzz/$t" "$corpus" "${seeds[@]}" "${dict[@]}" -max_total_time="$seconds" -timeout="$unit_timeout" \
      -rss_limit_mb=2048 -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$work/artifacts/$t-" \
      >"$log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" | tr '\n' ' '
    echo "- ok"
  else
    echo "!! $t failed; see $log and $work/artifacts/"
    tail -40 "$log"
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failures in ${failed[*]}"
  exit 1
fi
if [ -n "$replay" ]; then
  echo "fuzz: every seed of ${targets[*]} replayed without a finding"
else
  echo "fuzz: all targets ran ${seconds}s without a finding"
fi
