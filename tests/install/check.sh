#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One installation check (tests/install/CMakeLists.txt):
#   check.sh desktop FILE.desktop
#   check.sh appstream FILE.metainfo.xml
#   check.sh mime FILE.xml WORK_DIR
#   check.sh man MAN_DIR
#   check.sh completion COMPLETION_SCRIPT COFUND
#   check.sh staged CMAKE BUILD_DIR WORK_DIR
# Exit 0 passed, 1 failed, 77 skipped (a tool is missing; the message names its package).
set -euo pipefail
export LC_ALL=C.UTF-8

need() {  # need TOOL DEBIAN_PACKAGE
  command -v "$1" >/dev/null || { echo "SKIPPED: $1 not found (apt-get install $2)"; exit 77; }
}
fail() { echo "FAILED: $*" >&2; exit 1; }

case $1 in
desktop)
  need desktop-file-validate desktop-file-utils
  out=$(desktop-file-validate "$2" 2>&1) || fail "$out"
  [ -z "$out" ] || fail "desktop-file-validate: $out"
  grep -qx 'MimeType=application/x-cofund-plan+json;' "$2" || fail "no MimeType= for plan files in $2"
  grep -q '^Exec=cofund-gui %f$' "$2" || fail "Exec= does not pass the file to cofund-gui"
  ;;
appstream)
  need appstreamcli appstream
  appstreamcli validate --no-net "$2" || fail "appstreamcli validate --no-net $2"
  ;;
mime)
  need xmllint libxml2-utils
  need update-mime-database shared-mime-info
  xmllint --noout "$2" || fail "xmllint: $2 is not well-formed"
  ns='http://www.freedesktop.org/standards/shared-mime-info'
  glob=$(xmllint --xpath "string(//*[local-name()='mime-type'][@type='application/x-cofund-plan+json']/*[local-name()='glob']/@pattern)" "$2")
  [ "$glob" = "*.plan.json" ] || fail "no glob *.plan.json for application/x-cofund-plan+json (got \"$glob\")"
  grep -q "xmlns=\"$ns\"" "$2" || fail "$2 lacks the shared-mime-info namespace"
  # The database that update-mime-database builds from this file alone: it
  # reports a file it cannot read on stderr, and must map the glob to the type.
  rm -rf "$3" && mkdir -p "$3/packages" && cp "$2" "$3/packages/"
  # (Its data folder named in XDG_DATA_DIRS, or it adds a note that it is not.)
  err=$(XDG_DATA_DIRS=$(dirname "$3") update-mime-database "$3" 2>&1 >/dev/null) || fail "update-mime-database: $err"
  [ -z "$err" ] || fail "update-mime-database: $err"
  grep -q '^[0-9]*:application/x-cofund-plan+json:\*\.plan\.json$' "$3/globs2" || fail "globs2 lacks *.plan.json"
  ;;
man)
  need man man-db
  need groff groff-base
  pages=("$2"/*.1)
  [ -e "${pages[0]}" ] || fail "no manual pages in $2"
  for page in "${pages[@]}"; do
    err=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || fail "man -l $page: $err"
    [ -z "$err" ] || fail "man --warnings -l $page: $err"
    lines=$(MANWIDTH=80 man -l "$page" 2>/dev/null | wc -l)
    [ "$lines" -gt 20 ] || fail "$page renders only $lines lines"
  done
  MANWIDTH=80 man -l "$2/cofund.1" 2>/dev/null | grep -q '^   cofund check$' || fail "cofund.1 has no section for cofund check"
  ;;
completion)
  # complete WORDS...: what the completion offers for the last word.
  complete_words() {
    bash --norc --noprofile -c '
      source "$1"; shift
      COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
      _cofund; printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' _ "$2" "$3" "${@:4}"
  }
  got=$(complete_words "$@" ch); [ "$got" = "chart check " ] || fail "cofund ch<TAB> gave \"$got\""
  got=$(complete_words "$@" che); [ "$got" = "check " ] || fail "cofund che<TAB> gave \"$got\""
  got=$(complete_words "$@" check --st); [ "$got" = "--strict " ] || fail "cofund check --st<TAB> gave \"$got\""
  got=$(complete_words "$@" check --lang ""); [ "$got" = "en ru zh " ] || fail "cofund check --lang <TAB> gave \"$got\""
  got=$(complete_words "$@" --cat); [ "$got" = "--catalog " ] || fail "cofund --cat<TAB> gave \"$got\""
  ;;
staged)
  cmake=$2 build=$3 work=$4
  rm -rf "$work" && mkdir -p "$work"
  DESTDIR="$work/stage" "$cmake" --install "$build" >"$work/install.log" || fail "cmake --install: $(cat "$work/install.log")"
  prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
  root=$work/stage$prefix
  for f in bin/cofund bin/cofund-gui share/cofund/calls/xj-sco-2018.json \
           share/doc/cofund/examples/annex3-fruit-veg-processing.plan.json share/doc/cofund/copyright \
           share/applications/org.cofund.Cofund.desktop share/metainfo/org.cofund.Cofund.metainfo.xml \
           share/mime/packages/org.cofund.Cofund.xml share/icons/hicolor/scalable/apps/org.cofund.Cofund.svg \
           share/man/man1/cofund.1.gz share/man/man1/cofund-gui.1.gz share/bash-completion/completions/cofund; do
    [ -f "$root/$f" ] || fail "not installed: $prefix/$f"
  done
  # The installed programs, away from the build tree: from a folder of their own.
  cd "$work"
  example=$root/share/doc/cofund/examples/annex3-fruit-veg-processing.plan.json
  "$root/bin/cofund" --version >version.txt || fail "cofund --version"
  grep -q "^calls: xj-sco-2018 .*(built in)" version.txt || fail "--version lacks the built-in call: $(cat version.txt)"
  grep -q "xj-sco-2018 .*($root/share/cofund/calls/xj-sco-2018.json)" version.txt ||
    fail "--version lacks the installed call: $(cat version.txt)"
  "$root/bin/cofund" check "$example" >check.txt || fail "installed cofund check $example: $(cat check.txt)"
  grep -q 'verdict: PASS' check.txt || fail "no PASS: $(cat check.txt)"
  "$root/bin/cofund" --catalog xj-sco-2018 check "$example" >check-by-id.txt ||
    fail "cofund --catalog xj-sco-2018 (the installed call by its id) check: $(cat check-by-id.txt)"
  set +e
  "$root/bin/cofund" check "$root/share/doc/cofund/examples/failing/annex3-ratio-one-fen-short.plan.json" >failing.txt
  status=$?
  set -e
  [ $status -eq 1 ] || fail "a failing installed example gave exit status $status, not 1"
  "$root/bin/cofund-gui" --screenshot shot.png "$example" || fail "installed cofund-gui --screenshot"
  [ "$(head -c 8 shot.png | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "shot.png is not a PNG"
  ;;
*)
  fail "unknown check $1"
  ;;
esac
echo "passed: $1"
