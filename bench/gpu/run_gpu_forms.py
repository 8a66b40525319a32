#!/usr/bin/env python3
"""The GPU forms of x2p's fusions in real Paddle on a GPU, when one is at hand.

CPU machines check the GPU forms only expanded back into primitive ops
(x2p --expand-fused); Paddle's CUDA kernels of multihead_matmul (and of the
other CUDA-only fused ops) run only here. For every model/variant folder
given (the layout of test/models/fusion: model.onnx, inputs*.npz,
outputs*.npz from onnxruntime, meta.json) it converts with
`x2p --target=gpu` (fused) and `--target=gpu --fuse=none`, runs both in a
GPU predictor on the stored inputs of both sizes, compares with the stored
onnxruntime outputs (abs or rel 1e-3: GPU kernels round differently), and
times both (median of --runs after warm-ups). Needs paddlepaddle-gpu (the
CPU wheel has no CUDA): exits 2 with a message otherwise.

    python bench/gpu/run_gpu_forms.py --x2p build/bin/x2p \\
        test/models/fusion/*/* [--runs 20] [--out gpu-forms.json]

Prints one line per model and program and a summary; exit 1 when a fused
program disagrees with onnxruntime or fails to run.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("GLOG_minloglevel", "3")
os.environ.setdefault("FLAGS_enable_pir_api", "0")

import numpy as np  # noqa: E402

TOLERANCE = 1e-3


def gpu_predictor(pdmodel):
    from paddle import inference
    config = inference.Config(pdmodel, pdmodel[:-len(".pdmodel")] +
                              ".pdiparams")
    config.enable_use_gpu(256, 0)
    config.switch_ir_optim(True)
    config.disable_glog_info()
    return inference.create_predictor(config)


def run(predictor, feeds):
    for name, value in zip(predictor.get_input_names(), feeds):
        predictor.get_input_handle(name).copy_from_cpu(value)
    predictor.run()
    return [predictor.get_output_handle(n).copy_to_cpu()
            for n in predictor.get_output_names()]


def check(case, x2p, flags, work, runs):
    meta = json.load(open(os.path.join(case, "meta.json")))
    names = [i["name"] for i in meta["inputs"]]
    out = tempfile.mkdtemp(dir=work)
    proc = subprocess.run([x2p, "--framework=onnx", "--model",
                           os.path.join(case, "model.onnx"), "--save_dir",
                           out, "--target=gpu", "--report"] + flags,
                          capture_output=True, text=True)
    if proc.returncode:
        return {"error": proc.stderr.strip().splitlines()[-1]}
    fused = [l.strip() for l in proc.stdout.splitlines()
             if l.strip().startswith("fuse-")]
    predictor = gpu_predictor(os.path.join(out, "inference_model",
                                           "model.pdmodel"))
    worst, wrong = 0.0, None
    for suffix in ("", "_alt"):
        inputs = np.load(os.path.join(case, "inputs%s.npz" % suffix))
        want = np.load(os.path.join(case, "outputs%s.npz" % suffix))
        got = run(predictor, [inputs[n] for n in names])
        for g, name in zip(got, meta["outputs"]):
            w = want[name]
            diff = float(np.max(np.abs(g.astype(np.float64) - w))) if w.size else 0.0
            worst = max(worst, diff)
            if diff > TOLERANCE * max(1.0, float(np.max(np.abs(w)))):
                wrong = "%s%s: max abs diff %.3g" % (name, suffix, diff)
    feeds = [np.load(os.path.join(case, "inputs.npz"))[n] for n in names]
    for _ in range(3):
        run(predictor, feeds)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run(predictor, feeds)
        times.append((time.perf_counter() - start) * 1000)
    return {"fusions": fused, "max_abs_diff": worst, "wrong": wrong,
            "ms": statistics.median(times)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--x2p", default="build/bin/x2p")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--out")
    ap.add_argument("cases", nargs="+")
    args = ap.parse_args()
    try:
        import paddle
        if not paddle.device.is_compiled_with_cuda():
            raise RuntimeError("this Paddle has no CUDA")
        if paddle.device.cuda.device_count() < 1:
            raise RuntimeError("no GPU visible")
    except Exception as e:  # noqa: BLE001 - any reason means: not here
        print("gpu-forms: cannot run here: %s (install paddlepaddle-gpu on "
              "a GPU machine)" % e, file=sys.stderr)
        return 2
    results, failed = {}, 0
    with tempfile.TemporaryDirectory() as work:
        for case in args.cases:
            row = {label: check(case, args.x2p, flags, work, args.runs)
                   for label, flags in (("fused", []),
                                        ("unfused", ["--fuse=none"]))}
            results[case] = row
            for label, r in row.items():
                bad = r.get("error") or r.get("wrong")
                failed += bool(bad)
                print("%-8s %-7s %s" % ("FAIL" if bad else "ok", label, case),
                      bad or "%.2f ms, max abs diff %.2g, %s" % (
                          r["ms"], r["max_abs_diff"],
                          "; ".join(r["fusions"]) or "no fusion"))
            f, u = row["fused"], row["unfused"]
            if "ms" in f and "ms" in u:
                print("         fused/unfused %.2fx" % (f["ms"] / u["ms"]))
    if args.out:
        with open(args.out, "w") as f:
            json.dump(results, f, indent=1)
    print("gpu-forms: %d of %d programs agree with onnxruntime" % (
        2 * len(args.cases) - failed, 2 * len(args.cases)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
