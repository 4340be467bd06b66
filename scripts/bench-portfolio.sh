#!/bin/sh
# Times `cofund portfolio` over N plans (default 1000) copied from examples/ and
# examples/failing/ into a temporary folder. Figures: docs/performance.md.
# Usage: scripts/bench-portfolio.sh [COFUND] [N]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cofund=${1:-$here/build/planner/cofund}
n=${2:-1000}
dir=$(mktemp -d "${TMPDIR:-/tmp}/cofund-portfolio-bench.XXXXXX")
trap 'rm -rf "$dir"' EXIT INT TERM
set -- "$here"/examples/*.plan.json "$here"/examples/failing/*.plan.json
count=$#
i=0
while [ "$i" -lt "$n" ]; do
  k=$((i % count + 1))
  eval "src=\${$k}"
  cp "$src" "$dir/plan-$(printf %05d "$i").plan.json"
  i=$((i + 1))
done
echo "$n plans in $dir ($(du -sh "$dir" | cut -f1))"
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 1 --runs 10 -i \
    "$cofund portfolio -O json $dir" \
    "$cofund portfolio --simulate 0 -O json $dir" \
    "$cofund portfolio $dir"
else
  time "$cofund" portfolio -O json "$dir" >/dev/null || true
fi
