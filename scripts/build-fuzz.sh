#!/usr/bin/env bash
#===- build-fuzz.sh - build the importer's libFuzzer target, run its seeds -===#
#
# The fuzz target (test/fuzz/onnx-import) needs clang's fuzzer runtime, so
# it is a separate CMake project over an existing x2p build. The test
# command builds it through this script so that a change that breaks the
# target fails CI, and replays the seed corpus and every past crash input
# through it once (deterministic: no new inputs are generated here; long
# fuzzing runs are a developer's job, see test/fuzz/onnx-import/README.md).
#
#   scripts/build-fuzz.sh [--no-replay]
#
# Environment: X2P_BUILD_DIR (default: build); the target is built in
# $X2P_BUILD_DIR/fuzz.
#
#===----------------------------------------------------------------------===#
set -euo pipefail

say() { echo "build-fuzz: $*"; }
die() { echo "build-fuzz: error: $*" >&2; exit 1; }

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${X2P_BUILD_DIR:-$root/build}
fuzz=$build/fuzz
# shellcheck source=apt-install.sh
. "$root/scripts/apt-install.sh"
apt_install_missing clang-14 libclang-rt-14-dev

[ -f "$build/lib/libX2PONNXDialect.a" ] \
  || die "no x2p build in $build (run scripts/build.sh first)"
if [ ! -f "$fuzz/build.ninja" ]; then
  cmake -G Ninja -S "$root/test/fuzz/onnx-import" -B "$fuzz" \
    -DCMAKE_CXX_COMPILER=clang++-14 -DX2P_BUILD_DIR="$build" > "$fuzz.log" 2>&1 \
    || { tail -n 20 "$fuzz.log" >&2; die "configuring the fuzz target failed"; }
fi
cmake --build "$fuzz"
[ "${1:-}" = "--no-replay" ] && exit 0

# Each seed and crash input once; libFuzzer exits non-zero on a crash,
# a sanitizer report or a leak.
shopt -s nullglob
inputs=("$root"/test/fuzz/onnx-import/corpus/* "$root"/test/fuzz/onnx-import/crashes/*)
"$fuzz/fuzz-onnx-import" -rss_limit_mb=4096 "${inputs[@]}" > "$fuzz/replay.log" 2>&1 \
  || { tail -n 40 "$fuzz/replay.log" >&2; die "the fuzz target crashed on a seed or past crash input"; }
say "fuzz target built; ${#inputs[@]} seed and past-crash inputs replayed without a crash"
