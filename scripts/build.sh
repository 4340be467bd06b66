#!/usr/bin/env bash
# Configures and builds Cofund in build/ (Release with debug info, Ninja).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOFUND_BUILD_GUI=ON "$@"
cmake --build build -j"$(nproc)"
