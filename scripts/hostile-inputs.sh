#!/usr/bin/env bash
# Large and hostile inputs that are too big to commit: generated in a scratch
# directory (default /tmp/cofund-hostile, removed at the end), each run through
# `cofund check` with its time, peak memory and exit status recorded.
# Results belong in docs/performance.md ("Large and hostile inputs").
#   scripts/hostile-inputs.sh [path/to/cofund]
# Default binary: build-bench/planner/cofund (a Release build), else build/planner/cofund.
# Exits non-zero when an input crashes the program, hangs it (60 s), or gets an
# exit status other than the one expected.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cofund=${1:-}
if [ -z "$cofund" ]; then
  for c in build-bench/planner/cofund build/planner/cofund; do [ -x "$c" ] && cofund=$root/$c && break; done
fi
cofund=$(realpath "$cofund" 2>/dev/null)
[ -x "$cofund" ] || { echo "no cofund binary; build one or pass its path" >&2; exit 2; }
work=${COFUND_HOSTILE_WORK:-/tmp/cofund-hostile}
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 2
trap 'rm -rf "$work"' EXIT
failures=0

# run NAME EXPECTED_STATUS ARGS... : one row of the results table.
run() {
  local name=$1 expected=$2
  shift 2
  local status
  /usr/bin/time -f '%e %M' -o time.txt timeout 60 "$cofund" "$@" >out.txt 2>err.txt <"${STDIN:-/dev/null}"
  status=$?
  # The last line of time.txt is "SECONDS KB" (a line before it may say "Command exited with …").
  secs=$(tail -1 time.txt | cut -d' ' -f1)
  kb=$(tail -1 time.txt | cut -d' ' -f2)
  local msg
  msg=$(cat err.txt out.txt | grep -m1 -o '"message":"[^"]*"\|: [^:]*$' | head -c 110)
  local verdict=ok
  [ "$status" = "$expected" ] || { verdict="FAIL (expected $expected)"; failures=$((failures + 1)); }
  if grep -q "internal error\|out of memory" err.txt; then verdict="FAIL (internal error)"; failures=$((failures + 1)); fi
  printf '| %-40s | %6s | %8s | %4s | %s | %s |\n' "$name" "$secs" "$((kb / 1024)) MiB" "$status" "$verdict" "$msg"
}

gen_plan() {  # gen_plan LINES FILE: the annex 3 example with LINES compact budget lines
  python3 - "$1" "$2" "$root/examples/annex3-fruit-veg-processing.plan.json" <<'PY'
import json, sys
n, path, base = int(sys.argv[1]), sys.argv[2], json.load(open(sys.argv[3]))
head = json.dumps({k: v for k, v in base.items() if k != "budget"}, ensure_ascii=False)[:-1]
cats = ["equipment", "materials", "testing", "construction"]
with open(path, "w") as f:
    f.write(head + ',"budget":[')
    f.write(",".join('{"year":%d,"category":"%s","source":"%s","amount":"%d.%02d"}'
                     % (2018 + i % 3, cats[i % 4], "fiscal" if i % 5 == 0 else "self", 1 + i % 1000, i % 100)
                     for i in range(n)))
    f.write("]}\n")
PY
}

echo "cofund: $cofund"
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p')"
echo
echo "| input                              |      s |  peak RSS | exit | verdict | message"
echo "|---|---|---|---|---|---|"

gen_plan 1000000 million.plan.json
run "1,000,000 lines ($(($(stat -c %s million.plan.json) >> 20)) MiB)" 2 check million.plan.json
# A 100 MB plan: the million-line plan padded with spaces to 100,000,000 bytes.
python3 -c "
import os
f = open('million.plan.json', 'ab'); f.write(b' ' * (100000000 - os.path.getsize('million.plan.json')))"
run "100 MB plan" 2 check million.plan.json
STDIN=million.plan.json run "100 MB plan on stdin" 2 check -O json -
rm -f million.plan.json
gen_plan 400000 limit.plan.json
run "400,000 lines ($(($(stat -c %s limit.plan.json) >> 20)) MiB, under the limit)" 1 check -O json limit.plan.json
run "  same, text output" 1 check limit.plan.json
rm -f limit.plan.json
gen_plan 100000 100k.plan.json
run "100,000 lines ($(($(stat -c %s 100k.plan.json) >> 20)) MiB)" 1 check -O json 100k.plan.json
rm -f 100k.plan.json

head -c 1000000000 /dev/zero | tr '\0' ' ' >spaces.json
run "1 GB of spaces" 2 check spaces.json
rm -f spaces.json

python3 -c "print('[' * 100000 + ']' * 100000)" >nested.json
run "100,000 nested brackets" 2 check nested.json
python3 -c "print('{\"format\": ' + '9' * 10000 + '}')" >bignum.json
run "10,000-digit number" 2 check -O json bignum.json
head -c 10000000 /dev/urandom >random.bin
run "10 MB of random bytes" 2 check -O json random.bin
mkfifo plan.fifo
run "a FIFO" 2 check plan.fifo
mkdir plans
run "a directory" 2 check plans

python3 -c "
import os
for i in range(1, 10001): os.symlink('$root/examples/annex3-fruit-veg-processing.plan.json', 'plans/p%d.plan.json' % i)"
run "10,000 files on one command line" 0 check -O json plans/*.plan.json
run "  same, text output" 0 check plans/*.plan.json
cp "$root"/examples/failing/*.plan.json "$root"/examples/*.plan.json . && rm -rf plans && mkdir plans
python3 -c "
import glob, os
names = sorted(glob.glob('*.plan.json'))
for i in range(10000): os.symlink(os.path.abspath(names[i % len(names)]), 'plans/q%d.plan.json' % i)"
run "10,000 files, every example mixed" 1 check -O json plans/*.plan.json

echo
if [ "$failures" -gt 0 ]; then
  echo "hostile inputs: $failures failure(s)"
  exit 1
fi
echo "hostile inputs: every input refused or checked as expected"
