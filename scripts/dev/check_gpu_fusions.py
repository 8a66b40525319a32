#!/usr/bin/env python3
"""Checks x2p's GPU-only fusions on models, without a GPU.

skip_layernorm and fused_embedding_eltwise_layernorm have CUDA kernels only,
so a program fused for target=gpu cannot run on the CPUs x2p is tested on.
For each model this fuses for gpu, counts the fused ops, expands them back
(--paddle-expand-fused), exports and compares with onnxruntime in Paddle:
a wrong operand, epsilon or id broadcast of a fusion shows as a mismatch.

    .venv/bin/python scripts/dev/check_gpu_fusions.py --bin build/bin \
        ~/.cache/x2p-models/bert-sequence-classification/opset13 ...

Each argument is a folder with model.onnx (and inputs.npz, used when there).
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
COMPARE = os.path.join(HERE, "..", "..", "test", "lib", "compare_onnx_paddle.py")
FUSED = ["skip_layernorm", "fused_embedding_eltwise_layernorm", "layer_norm"]


def check(bin_dir, folder, work):
    model = os.path.join(folder, "model.onnx")
    steps = [
        [f"{bin_dir}/x2p-translate", "--import-onnx", model, "-o",
         f"{work}/m.mlirbc"],
        [f"{bin_dir}/x2p-opt", "--x2p-onnx-pipeline",
         "--paddle-fuse-all=target=gpu", f"{work}/m.mlirbc", "-o",
         f"{work}/gpu.mlir"],
        [f"{bin_dir}/x2p-opt", "--paddle-expand-fused", f"{work}/gpu.mlir",
         "-o", f"{work}/cpu.mlirbc"],
        [f"{bin_dir}/x2p-translate", "--export-paddle", f"{work}/cpu.mlirbc",
         "-o", f"{work}/out/model.pdmodel"],
    ]
    os.makedirs(f"{work}/out", exist_ok=True)
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True)
        if done.returncode:
            last = (done.stderr.strip().splitlines() or [""])[-1]
            return f"FAILED {os.path.basename(step[0])}: {last}"
    text = open(f"{work}/gpu.mlir").read()
    counts = " ".join(f"{op}={text.count('paddle.' + op + ' ')}" for op in FUSED)
    compare = [sys.executable, COMPARE, model, f"{work}/out/model.pdmodel"]
    inputs = os.path.join(folder, "inputs.npz")
    if os.path.exists(inputs):
        compare += ["--inputs", inputs]
    done = subprocess.run(compare, capture_output=True, text=True)
    verdict = (done.stdout.strip().splitlines() or ["no output"])[-1]
    return f"{counts} :: {verdict}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default="build/bin")
    parser.add_argument("folders", nargs="+")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for i, folder in enumerate(args.folders):
            print(folder, check(args.bin, folder, f"{tmp}/{i}"), flush=True)


if __name__ == "__main__":
    main()
