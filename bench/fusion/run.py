#!/usr/bin/env python3
"""The fusion passes' effect in one run: x2p's program with its fusions
(--fuse=all) against the same conversion without them (--fuse=none) and
onnxruntime, on the peer benchmark's models (bench/peers/models.py).

    .venv/bin/python bench/fusion/run.py --x2p build/bin/x2p \\
        [--models bert-base,gpt2-small] [--opsets 13,17] [--batch 1]
        [--seq 128] [--threads 2] [--runs 7] [--out bench/results/fusion]

Per model and opset: conversion time of each variant, op counts (the op
types that differ), Paddle Inference latency (median of --runs after two
warm-ups; oneDNN on and off) and onnxruntime's (ORT_ENABLE_ALL), timed in
turn so that load drift falls on all of them alike, and the
largest difference of each Paddle output from onnxruntime's. Writes
PREFIX.json and PREFIX.md with the CPU model and flags; never part of the
tests (timings are not asserted anywhere).
"""
import argparse
import collections
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "test", "lib"))
os.environ.setdefault("GLOG_minloglevel", "3")
os.environ.setdefault("FLAGS_enable_pir_api", "0")

import numpy as np  # noqa: E402
import paddle_model  # noqa: E402



def variants(args):
    """(label, --fuse) of the two programs compared: every fusion against
    --baseline (default none; e.g. gelu,matmul-scale isolates attention)."""
    return (("fused", "all"), ("unfused", args.baseline))


def cpu_info():
    model, flags = platform.processor() or "?", []
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name") and model in ("?", ""):
                model = line.split(":", 1)[1].strip()
            if line.startswith("flags") and not flags:
                have = set(line.split(":", 1)[1].split())
                flags = sorted(f for f in have if f.startswith(
                    ("avx512", "amx", "avx2", "fma", "avx_vnni")))
    except OSError:
        pass
    return model, flags


def feeds(meta, batch, seq, rng):
    out = []
    for i in meta["inputs"]:
        # generate.py's meta has "shape"; bench/peers/models.py's has
        # input_shapes per batch size.
        # Dims other than the batch: the sequence where the axis is dynamic
        # (text), else the stored size (ViT's 3 x 224 x 224).
        stored = i.get("shape") or next(iter(
            meta["input_shapes"].values()))[i["name"]]
        dynamic = {int(k) for k in i.get("dynamic_axes", {})} or set(
            range(len(stored)))
        shape = [batch if k == 0 else seq if k in dynamic else d
                 for k, d in enumerate(stored)]
        if i["dtype"].startswith("int"):
            if "mask" in i["name"]:
                a = np.ones(shape, i["dtype"])
            elif "type" in i["name"]:
                a = np.zeros(shape, i["dtype"])
            else:
                a = rng.integers(5, 1000, size=shape).astype(i["dtype"])
        else:
            a = rng.standard_normal(shape).astype(i["dtype"])
        out.append(a)
    return out


def timed_interleaved(fns, runs):
    """Median ms of each of `fns`, timed in turn (a, b, c, a, b, c, ...)
    after two warm-ups each, so that drift in the machine's load (2 shared
    cores) falls on every variant alike."""
    for fn in fns:
        fn()
        fn()
    times = [[] for _ in fns]
    for _ in range(runs):
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            fn()
            times[i].append((time.perf_counter() - start) * 1e3)
    return [statistics.median(t) for t in times]


def op_counts(pdmodel):
    program = paddle_model.load_program(pdmodel)
    return collections.Counter(op.type for op in program.blocks[0].ops
                               if op.type not in ("feed", "fetch"))


def run_model(args, name, opset, work):
    case = os.path.join(args.cache, name, "opset%d" % opset)
    meta = json.load(open(os.path.join(case, "meta.json")))
    onnx_path = os.path.join(case, "model.onnx")
    rng = np.random.default_rng(0)
    inputs = feeds(meta, args.batch, args.seq, rng)
    row = {"model": name, "opset": opset, "variants": {}}

    import onnxruntime as ort
    so = ort.SessionOptions()
    so.intra_op_num_threads = args.threads
    so.inter_op_num_threads = 1
    sess = ort.InferenceSession(onnx_path, so,
                                providers=["CPUExecutionProvider"])
    feed = {i.name: v for i, v in zip(sess.get_inputs(), inputs)}
    ref = sess.run(None, feed)

    from paddle import inference
    pdmodels = {}
    for label, fuse in variants(args):
        out = os.path.join(work, "%s-%d-%s" % (name, opset, label))
        start = time.perf_counter()
        subprocess.run([args.x2p, "--framework=onnx", "--model", onnx_path,
                        "--save_dir", out, "--fuse=" + fuse], check=True,
                       capture_output=True)
        convert_s = time.perf_counter() - start
        pdmodels[label] = os.path.join(out, "inference_model", "model.pdmodel")
        row["variants"][label] = {"convert_s": round(convert_s, 3),
                                  "ops": dict(op_counts(pdmodels[label]))}
    for onednn in (True, False):
        key = "onednn" if onednn else "no-onednn"
        predictors = []
        for label, _ in variants(args):
            pdmodel = pdmodels[label]
            config = inference.Config(pdmodel, pdmodel[:-8] + ".pdiparams")
            config.disable_gpu()
            config.disable_glog_info()
            config.set_cpu_math_library_num_threads(args.threads)
            if onednn:
                config.enable_mkldnn()
            else:
                config.disable_mkldnn()
            predictor = inference.create_predictor(config)
            got = paddle_model.predict(predictor, inputs)
            row["variants"][label][key] = {"max_abs_diff_vs_ort": max(
                float(np.max(np.abs(g - r))) for g, r in zip(got, ref))}
            predictors.append(predictor)
        fns = [lambda p=p: paddle_model.predict(p, inputs)
               for p in predictors] + [lambda: sess.run(None, feed)]
        times = timed_interleaved(fns, args.runs)
        for (label, _), ms in zip(variants(args), times):
            row["variants"][label][key]["ms"] = round(ms, 2)
        row["ort_ms_" + key] = round(times[-1], 2)
    return row


def markdown(rows, args, cpu):
    lines = ["# x2p fusion: fused vs unfused programs vs onnxruntime", "",
             "`bench/fusion/run.py` (do not edit). Paddle Inference 3.3 CPU, "
             "batch %d × seq %d, %d thread(s), median of %d runs after 2 "
             "warm-ups, the fused, unfused and onnxruntime (ORT_ENABLE_ALL) "
             "runs interleaved so that load drift falls on all three; same "
             "inputs. Noise on these 2 shared cores is about ±15%%." % (
                 args.batch, args.seq, args.threads, args.runs), "",
             "CPU: %s; flags: %s" % (cpu[0], " ".join(cpu[1])), "",
             "Unfused: `--fuse=%s`; MKL_DEBUG_CPU_TYPE=%s." % (
                 args.baseline, os.environ.get("MKL_DEBUG_CPU_TYPE", "unset")),
             "",
             "| model | opset | oneDNN | fused ms | unfused ms | ORT ms | "
             "fused/unfused | fused/ORT | max abs diff vs ORT |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        for key in ("onednn", "no-onednn"):
            f = r["variants"]["fused"][key]
            u = r["variants"]["unfused"][key]
            ort = r["ort_ms_" + key]
            lines.append("| %s | %d | %s | %.1f | %.1f | %.1f | %.2f× | "
                         "%.2f× | %.2g |" % (
                             r["model"], r["opset"],
                             "on" if key == "onednn" else "off", f["ms"],
                             u["ms"], ort, f["ms"] / u["ms"], f["ms"] / ort,
                             f["max_abs_diff_vs_ort"]))
    lines += ["", "Op types whose count the fusions change (whole program):",
              "", "| model | opset | op | unfused | fused |", "|---|---|---|---|---|"]
    for r in rows:
        fo, uo = r["variants"]["fused"]["ops"], r["variants"]["unfused"]["ops"]
        for op in sorted(set(fo) | set(uo)):
            if fo.get(op, 0) != uo.get(op, 0):
                lines.append("| %s | %d | %s | %d | %d |" % (
                    r["model"], r["opset"], op, uo.get(op, 0), fo.get(op, 0)))
    lines += ["", "Conversion time (s), fused / unfused: " + ", ".join(
        "%s@%d %.3f/%.3f" % (r["model"], r["opset"],
                             r["variants"]["fused"]["convert_s"],
                             r["variants"]["unfused"]["convert_s"])
        for r in rows)]
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--x2p", default=os.path.join(ROOT, "build", "bin", "x2p"))
    ap.add_argument("--cache", default=os.environ.get(
        "X2P_BENCH_CACHE", os.path.expanduser("~/.cache/x2p-bench")))
    ap.add_argument("--models", default="bert-base,gpt2-small")
    ap.add_argument("--opsets", default="13,17")
    ap.add_argument("--baseline", default="none",
                    help="--fuse of the program the fused one is compared "
                         "with (default none)")
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--seq", type=int, default=128)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "results",
                                                  "fusion"))
    args = ap.parse_args()
    cpu = cpu_info()
    rows = []
    with tempfile.TemporaryDirectory() as work:
        for name in [m for m in args.models.split(",") if m]:
            for opset in [int(o) for o in args.opsets.split(",") if o]:
                print("fusion: %s opset%d" % (name, opset), file=sys.stderr,
                      flush=True)
                rows.append(run_model(args, name, opset, work))
    text = markdown(rows, args, cpu)
    with open(args.out + ".json", "w") as f:
        json.dump({"cpu": cpu, "args": vars(args), "rows": rows}, f, indent=1)
    with open(args.out + ".md", "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
