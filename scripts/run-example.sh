#!/usr/bin/env bash
#===- run-example.sh - the main job on the bundled example ----------------===#
#
# On a fresh machine: installs what is missing, builds, and runs x2p on the
# bundled example model. Until the ONNX importer lands, the example is the
# onnx-dialect form of a small MLP (docs/examples/mlp.onnx.mlir), which
# x2p-opt parses, verifies and prints.
#
#===----------------------------------------------------------------------===#
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/bootstrap.sh"
"$root/scripts/build.sh" x2p-opt x2p-translate
"${X2P_BUILD_DIR:-$root/build}/bin/x2p-opt" "$root/docs/examples/mlp.onnx.mlir"
