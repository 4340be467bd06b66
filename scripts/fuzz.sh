#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz/ and runs
# each for the given number of seconds (default 60).
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# Seeds: fuzz/corpus/<target>/ plus examples/, tests/fixtures/, tests/golden/hostile/
# and data/ (read only). New corpus
# entries go to $COFUND_FUZZ_WORK (default /tmp/cofund-fuzz), never into the
# source tree. A crash leaves its input in that directory and fails the script;
# turn it into a regression test (tests/unit or tests/golden) before fixing.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_plan_reader fuzz_catalog fuzz_money fuzz_check)
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

failed=()
for t in "${targets[@]}"; do
  corpus="$work/$t"
  mkdir -p "$corpus" "$work/artifacts"
  seeds=("fuzz/corpus/${t#fuzz_}")
  case $t in
    fuzz_plan_reader|fuzz_check)
      seeds+=(examples examples/failing)
      for d in tests/fixtures tests/golden/hostile; do [ -d "$d" ] && seeds+=("$d"); done ;;
    fuzz_catalog) seeds+=(data) ;;
  esac
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
      >"$work/$t.log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$work/$t.log" | tr '\n' ' '
    echo "- ok"
  else
    echo "!! $t failed; see $work/$t.log and $work/artifacts/"
    tail -40 "$work/$t.log"
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failures in ${failed[*]}"
  exit 1
fi
echo "fuzz: all targets ran ${seconds}s without a finding"
