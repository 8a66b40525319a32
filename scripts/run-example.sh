#!/usr/bin/env bash
#===- run-example.sh - the main job on the bundled example ----------------===#
#
# On a fresh machine: installs what is missing, builds, and runs x2p on the
# bundled example: docs/examples/make_mlp_onnx.py writes a small ONNX
# classifier, `x2p --framework=onnx` converts it, and the converted model runs
# in real Paddle Inference beside onnxruntime on the same inputs, at two
# batch sizes, printing the largest differences.
#
#===----------------------------------------------------------------------===#
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${X2P_BUILD_DIR:-$root/build}
python=${X2P_VENV:-$root/.venv}/bin/python
"$root/scripts/bootstrap.sh"
"$root/scripts/build.sh" x2p
work=$build/example
mkdir -p "$work"
"$python" "$root/docs/examples/make_mlp_onnx.py" "$work/mlp.onnx"
"$build/bin/x2p" --framework=onnx --model="$work/mlp.onnx" \
  --save_dir="$work/out" --report
for batch in 1 8; do
  "$python" "$root/test/lib/compare_onnx_paddle.py" "$work/mlp.onnx" \
    "$work/out/inference_model/model.pdmodel" --dims batch=$batch
done
