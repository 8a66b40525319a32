#!/usr/bin/env bash
#===- run-example.sh - the README's main job on the bundled example ------===#
#
# Sets up (scripts/bootstrap.sh), builds x2p, converts the bundled
# BERT-style model (docs/examples/bert-tiny.onnx: a 2-layer, hidden-32
# BertForSequenceClassification with random weights, exported by torch with
# dynamic batch and sequence axes) and runs the Paddle model next to
# onnxruntime at two input sizes, printing the max difference.
#
# Environment: X2P_BUILD_DIR (default: build), X2P_VENV (default: .venv).
#
#===----------------------------------------------------------------------===#
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${X2P_BUILD_DIR:-$root/build}
python=${X2P_VENV:-$root/.venv}/bin/python
"$root/scripts/bootstrap.sh"
"$root/scripts/build.sh" x2p
work=$build/example
rm -rf "$work/out"
mkdir -p "$work"
"$build/bin/x2p" --framework=onnx --model="$root/docs/examples/bert-tiny.onnx" \
  --save_dir="$work/out" --report
for dims in batch=1,sequence=16 batch=4,sequence=7; do
  "$python" "$root/test/lib/compare_onnx_paddle.py" \
    "$root/docs/examples/bert-tiny.onnx" \
    "$work/out/inference_model/model.pdmodel" --dims $dims
done
