#!/usr/bin/env bash
#===- check-format.sh - hold the C/C++ sources to clang-format-14 ---------===#
#
# One pinned formatter (Debian's clang-format-14, which scripts/bootstrap.sh
# installs) and the repository's .clang-format: another clang-format version
# formats differently, so the check would flip with the machine.
#
#   scripts/check-format.sh [-C DIR] [--fix] [--diff] [REVISION]
#
# With REVISION: the tracked C/C++ files changed since it (committed since
# its merge base with HEAD, plus uncommitted edits). Without: every tracked
# C/C++ file. Files that say they are generated ("do not edit" in their
# first lines) are left out. Prints each file that differs and exits 1;
# --diff prints the change clang-format wants; --fix reformats the same
# files in place instead. -C DIR works on the git repository at DIR
# (default: this script's repository).
#
#===----------------------------------------------------------------------===#
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
clang_format=clang-format-14
mode=check
show_diff=0
base=

die() { echo "check-format: error: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case $1 in
    -C) [ $# -ge 2 ] || die "-C needs a directory"; repo=$2; shift 2 ;;
    --fix) mode=fix; shift ;;
    --diff) show_diff=1; shift ;;
    -h|--help) sed -n '/^#   scripts/,/^#=/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1" ;;
    *) [ -z "$base" ] || die "one revision at most"; base=$1; shift ;;
  esac
done

command -v "$clang_format" >/dev/null \
  || die "$clang_format not found; run scripts/bootstrap.sh (Debian package clang-format-14)"
cd "$repo"
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || die "$repo is not a git work tree"

patterns=('*.c' '*.cc' '*.cpp' '*.cxx' '*.h' '*.hpp')
if [ -n "$base" ]; then
  since=$(git merge-base "$base" HEAD 2>/dev/null) || die "unknown revision '$base'"
  mapfile -t candidates < <(git diff --name-only --diff-filter=ACMR "$since" -- "${patterns[@]}")
else
  mapfile -t candidates < <(git ls-files -- "${patterns[@]}")
fi

files=()
for f in "${candidates[@]}"; do
  [ -f "$f" ] || continue
  head -n 5 "$f" | grep -qi 'do not edit' && continue
  files+=("$f")
done

if [ "$mode" = fix ]; then
  [ ${#files[@]} -eq 0 ] || "$clang_format" -i --style=file "${files[@]}"
  echo "check-format: formatted ${#files[@]} file(s) with $clang_format"
  exit 0
fi

# One clang-format process over all files: --dry-run reports the first
# violation of each file as FILE:LINE:COL: warning.
bad=0
if [ ${#files[@]} -ne 0 ]; then
  mapfile -t differ < <("$clang_format" --dry-run --ferror-limit=1 --style=file "${files[@]}" 2>&1 \
    | sed -n 's/^\(.*\):[0-9]*:[0-9]*: warning: .*-Wclang-format-violations.*/\1/p' | uniq)
  for f in "${differ[@]}"; do
    echo "$f"
    [ "$show_diff" = 0 ] || "$clang_format" --style=file "$f" | diff -u "$f" - || true
  done
  bad=${#differ[@]}
fi
if [ "$bad" -ne 0 ]; then
  echo "check-format: $bad of ${#files[@]} file(s) differ from $clang_format;" \
       "fix them with scripts/check-format.sh --fix${base:+ $base}" >&2
  exit 1
fi
echo "check-format: ${#files[@]} file(s) formatted as $clang_format formats them"
