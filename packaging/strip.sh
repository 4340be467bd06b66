#!/bin/sh
# The strip CPack runs on the programs (scripts/package.sh sets CMAKE_STRIP to
# it): as Debian's dh_strip does, it also drops the .comment and .note sections
# (compiler versions), which lintian reports as unneeded (binary-has-unneeded-section).
exec strip --remove-section=.comment --remove-section=.note "$@"
