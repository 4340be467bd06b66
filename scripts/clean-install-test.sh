#!/usr/bin/env bash
# The package on a real system, by hand and as root, never in the test command:
# it installs and removes cofund system-wide. Best run in a fresh Debian 12
# container or virtual machine; on a workstation it leaves the system as it
# found it (and says so, or lists what differs).
#   scripts/clean-install-test.sh [PACKAGE.deb]
# Without an argument it builds the package first (scripts/package.sh). Then:
#  1. records every file of the system (the file list) and the packages installed;
#  2. apt-get install ./cofund_*.deb, which also fetches what it depends on;
#  3. from /, away from any build tree: cofund --version, cofund check on an
#     installed example, cofund-gui --screenshot, `xdg-mime query default
#     application/x-cofund-plan+json` names org.cofund.Cofund.desktop, `man cofund`
#     renders, and bash completes `cofund ch<TAB>` to `chart` and `check`;
#  4. apt-get purge cofund and the packages its install brought (nothing else);
#  5. compares the file list and the package list with those of step 1.
# Exits non-zero on the first failure or when something is left behind.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "run as root: it installs and removes the package" >&2; exit 2; }
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
step() { echo "== $*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

if [ $# -ge 1 ]; then
  deb=$(realpath "$1")
else
  bash scripts/package.sh
  deb=$(realpath build-deb/cofund_*.deb)
fi
dpkg-query -W -f='${Status}' cofund 2>/dev/null | grep -q "install ok installed" &&
  fail "cofund is installed already; apt-get purge cofund first"

# What a desktop provides and the checks use: not Cofund's dependencies, so
# installed (if missing) before the "before" lists are taken.
tools=(xdg-utils desktop-file-utils shared-mime-info man-db bash-completion)
missing=()
for p in "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  step "installing the desktop's tools: ${missing[*]}"
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

work=$(mktemp -d /tmp/cofund-clean-install.XXXXXX)
# Files that change by themselves (logs, caches, spools, apt's and dpkg's own records)
# are left out of the comparison; everything else must come back as it was.
file_list() {
  find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /run -o -path /tmp -o -path /var/tmp \
      -o -path /var/log -o -path /var/cache -o -path /var/spool -o -path /var/lib/apt -o -path /root -o -path /home \
      -o -path /work -o -path /var/lib/dpkg/updates \) -prune -o -print 2>/dev/null |
    grep -v -e '^/var/lib/dpkg/[^/]*-old$' -e '^/var/lib/dpkg/lock' | LC_ALL=C sort
}
packages() { dpkg-query -W -f='${Package} ${Version} ${db:Status-Abbrev}\n' | LC_ALL=C sort; }
step "recording the system before"
file_list >"$work/files-before"
packages >"$work/packages-before"

step "apt-get install $deb"
apt-get install -y -q --no-install-recommends "$deb" | tail -3
installed=$(comm -13 <(cut -d' ' -f1 "$work/packages-before") <(packages | cut -d' ' -f1))
echo "installed: $(echo $installed)"
dpkg -L cofund >"$work/cofund-files"
echo "cofund has $(grep -c . "$work/cofund-files") paths"

cd /
step "cofund --version"
cofund --version | tee "$work/version"
grep -q "(/usr/share/cofund/calls/xj-sco-2018.json)" "$work/version" || fail "the installed call is not found"
step "cofund check on an installed example"
cofund check /usr/share/doc/cofund/examples/annex3-fruit-veg-processing.plan.json | tail -1
cofund --catalog xj-sco-2018 check /usr/share/doc/cofund/examples/general1-solar-om-training.plan.json | tail -1
step "cofund-gui --screenshot"
cofund-gui --screenshot "$work/shot.png" --lang zh /usr/share/doc/cofund/examples/annex3-fruit-veg-processing.plan.json
file "$work/shot.png" 2>/dev/null || ls -l "$work/shot.png"
step "xdg-mime query default application/x-cofund-plan+json"
default=$(xdg-mime query default application/x-cofund-plan+json)
echo "$default"
[ "$default" = org.cofund.Cofund.desktop ] || fail "the plan type opens with \"$default\", not org.cofund.Cofund.desktop"
grep -q '^60:application/x-cofund-plan+json:\*\.plan\.json$' /usr/share/mime/globs2 ||
  fail "the shared MIME database lacks *.plan.json"
step "man cofund"
man_lines=$(MANWIDTH=80 man cofund 2>"$work/man-err" | wc -l)
[ ! -s "$work/man-err" ] || fail "man cofund: $(cat "$work/man-err")"
echo "man cofund: $man_lines lines; man cofund-gui: $(MANWIDTH=80 man cofund-gui 2>/dev/null | wc -l) lines"
step "bash completion: cofund ch<TAB>"
# (Debian's /etc/bash.bashrc leaves bash-completion off: loaded here as a user's .bashrc would.)
got=$(bash -ic 'source /usr/share/bash-completion/bash_completion; _completion_loader cofund
  COMP_WORDS=(cofund ch); COMP_CWORD=1; COMP_LINE="cofund ch"; COMP_POINT=9
  $(complete -p cofund | sed -E "s/.*-F ([^ ]+) .*/\1/") cofund ch cofund; echo "${COMPREPLY[*]}"' 2>/dev/null | tail -1)
echo "cofund ch<TAB> → $got"
[ "$got" = "check chart" ] || [ "$got" = "chart check" ] || fail "completion of cofund ch gave \"$got\""

# Only what this install brought: a general autoremove could take packages
# that were orphaned before.
step "apt-get purge cofund and what came with it:$(echo " $installed")"
apt-get purge -y -q $installed | tail -1
cd - >/dev/null

step "comparing with the system before"
file_list >"$work/files-after"
packages >"$work/packages-after"
left=0
if ! diff "$work/packages-before" "$work/packages-after" >"$work/packages-diff"; then
  echo "packages differ:"; cat "$work/packages-diff"; left=1
fi
if ! diff "$work/files-before" "$work/files-after" >"$work/files-diff"; then
  echo "files differ:"; head -50 "$work/files-diff"; left=1
fi
for f in $(grep -v -e '^/\.$' "$work/cofund-files"); do
  [ -d "$f" ] && continue
  [ ! -e "$f" ] || { echo "left: $f"; left=1; }
done
[ $left -eq 0 ] || fail "the system differs after purge (lists in $work)"
echo "clean: installed, used and removed; the file and package lists are as before (lists in $work)"
