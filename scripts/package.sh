#!/usr/bin/env bash
# Builds the Debian package, build-deb/cofund_VERSION-1_ARCH.deb, with CPack
# from the install rules (packaging/CMakeLists.txt), then runs lintian on it.
# Install it with `apt-get install ./build-deb/cofund_*.deb` (docs/install.md).
#   scripts/package.sh              configure, build, package, lintian
# COFUND_DEB_BUILD=DIR builds in DIR instead of build-deb/.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${COFUND_DEB_BUILD:-build-deb}
bash scripts/setup-debian.sh
command -v lintian >/dev/null || {
  echo "package: installing lintian" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends lintian
}

# Debian's compiler and linker flags (dpkg-buildflags): -O2, the stack
# protector, _FORTIFY_SOURCE, format checks, full RELRO and BIND_NOW
# (hardening=+all). Without debug information: the package is stripped.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
flags() { dpkg-buildflags --get "$1" | sed -E 's/(^| )-g( |$)/ /g'; }
cxxflags="$(flags CXXFLAGS) $(flags CPPFLAGS)"
cflags="$(flags CFLAGS) $(flags CPPFLAGS)"
ldflags=$(flags LDFLAGS)
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DCOFUND_BUILD_GUI=ON -DCOFUND_BUILD_TESTS=OFF "${launcher[@]}" \
  -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_C_FLAGS="$cflags" -DCMAKE_CXX_FLAGS_RELEASE=-DNDEBUG \
  -DCMAKE_C_FLAGS_RELEASE=-DNDEBUG -DCMAKE_EXE_LINKER_FLAGS="$ldflags" -DCMAKE_STRIP="$PWD/packaging/strip.sh"
cmake --build "$build" -j"${COFUND_JOBS:-$(nproc)}"
rm -f "$build"/cofund_*.deb
(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/cofund_*.deb)
echo "== $deb"
dpkg-deb --info "$deb"
echo "== lintian (warnings left and why: docs/install.md)"
# lintian's exit status is non-zero on errors only (the default --fail-on error).
lintian --info --display-info "$deb"
echo "package: $deb"
