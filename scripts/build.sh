#!/usr/bin/env bash
#===- build.sh - configure (once) and build x2p ---------------------------===#
#
# Configures build/ with Ninja against Debian's MLIR 22 the first time, then
# builds the given targets (default: all). ccache and lld are used when
# present (see CMakeLists.txt).
#
# Environment: X2P_BUILD_DIR (default: build), X2P_BUILD_TYPE (Release).
#
#===----------------------------------------------------------------------===#
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${X2P_BUILD_DIR:-$root/build}
llvm=/usr/lib/llvm-22

if [ ! -f "$build/build.ninja" ]; then
  cmake -G Ninja -S "$root" -B "$build" \
    -DCMAKE_BUILD_TYPE="${X2P_BUILD_TYPE:-Release}" \
    -DMLIR_DIR="$llvm/lib/cmake/mlir" \
    -DLLVM_EXTERNAL_LIT="$llvm/bin/lit" \
    -DX2P_PYTHON="${X2P_VENV:-$root/.venv}/bin/python"
fi
cmake --build "$build" -- "$@"
