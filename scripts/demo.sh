#!/usr/bin/env bash
# The main job: installs what is missing, builds, and runs `cofund demo` on the
# built-in annex 3 example (check, projection, charts, report) into out/demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
mkdir -p out/demo
build/planner/cofund demo -o out/demo
