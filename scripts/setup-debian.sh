#!/usr/bin/env bash
# Installs the Debian 12 packages Cofund builds, tests and renders with.
# Idempotent: packages already present are not fetched again.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config git
  libboost-dev nlohmann-json3-dev catch2 libcli11-dev libfmt-dev libxlsxwriter-dev
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libxkbcommon-dev
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-translations-l10n
  libgl1-mesa-dev fonts-noto-cjk fonts-dejavu-core xvfb xauth poppler-utils unzip
  # tests/gui/xdotool_grid.py types into the real window under Xvfb and reads the
  # X clipboard (skipped without them).
  xdotool xclip
  libbenchmark-dev clang libclang-rt-14-dev
  # `cofund import` reads workbooks with libzip (the zip) and expat (the XML, streamed);
  # the workbook tests open them in openpyxl and recalculate them in LibreOffice Calc.
  libzip-dev libexpat1-dev python3-openpyxl libreoffice-calc-nogui
  # The report's HTML is checked as strict HTML5 (scripts/check-html.py): the
  # Nu HTML checker is not packaged, html5lib's parser and HTML Tidy are.
  python3-html5lib tidy
  # Every report PDF is checked by a second reader, qpdf --check (tests/unit/test_readers.cpp).
  qpdf
  # Installing (packaging/, tests/install/, docs/install.md): the icon's PNG sizes
  # drawn from its SVG, the manual pages written from --help (python3), and the
  # validators of the desktop entry, the AppStream metadata, the MIME type and
  # the manual pages.
  librsvg2-bin python3 desktop-file-utils appstream libxml2-utils shared-mime-info man-db groff-base
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
