#!/usr/bin/env python3
"""Converts the generated test models with x2p and checks them in Paddle.

For every model in the caches (test/models/generate.py's opset<N>
folders, test/models/generate_current.py's producer folders) and each
chosen opset or producer: `x2p --framework=onnx` converts model.onnx;
Paddle Inference (CPU, one thread; Paddle's default settings, or oneDNN
on, off or both with --onednn) runs the result on the stored inputs of both
sizes (inputs.npz at the export size, inputs_alt.npz at another batch size
and sequence length) and the outputs are compared with onnxruntime's stored
outputs (fp32: abs <= 1e-4 or rel <= 1e-4 elementwise, fp16 models 2e-2;
integers exact; same shape and dtype). Each Paddle run happens in a forked
child.

  run_models.py --x2p BIN [--only NAMES] [--exclude NAMES] [--opsets 13,17]
                [--producers dynamo,legacy17,...] [--onednn both]
                [--cache-dir DIR ...] [--available]
                [--markdown FILE] [--jobs N]

Statuses: pass, wrong, paddle-error, not-convertible (x2p refused, with its
reasons), x2p-crash, missing (not generated). Exits 1 unless every model
selected passes, except those named by --known-failures (which must then
still fail).
"""
import argparse
import collections
import fnmatch
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
os.environ.setdefault("GLOG_minloglevel", "3")
os.environ.setdefault("FLAGS_enable_pir_api", "0")

import numpy as np  # noqa: E402
import paddle_model  # noqa: E402
from isolate import CaseError, call_forked  # noqa: E402
from outputs import max_abs_diff, mismatch  # noqa: E402

DEFAULT_CACHE = os.environ.get(
    "X2P_MODELS_CACHE", os.path.join(os.path.expanduser("~"), ".cache", "x2p-models"))
PADDLE_TIMEOUT_S = 300
# Float tolerance (abs or rel, elementwise) per producer where it is not
# 1e-4: a float16 model computes in float16 in onnxruntime and in Paddle,
# whose kernels round and accumulate differently (half precision has 11
# significant bits, about 5e-4 relative per rounding; a few dozen of them
# along a layer give 1e-2).
TOLERANCE = {"fp16": 2e-2}
# Producer names of generate_current.py's variants, for the table.
PRODUCER_LABELS = {
    "dynamo": "torch 2.x dynamo", "dynamo23": "torch 2.x dynamo",
    "legacy17": "torch 2.x legacy", "legacy18": "torch 2.x legacy",
    "extdata": "torch 2.x dynamo, external data",
    "fp16": "torch 2.x dynamo, fp16", "onnxsim": "torch 2.x legacy, simplified",
    "ortopt": "torch 2.x legacy, optimizer",
    "ortopt-eager": "torch 2.x legacy (eager attention), optimizer"}
ONEDNN_SETTINGS = {"default": [None], "on": [True], "off": [False],
                   "both": [True, False]}


def check_in_paddle(model, case_dir, inputs_meta, output_names, onednn):
    """[(size label, max abs diff, mismatch or None)] for both sizes and
    each oneDNN setting in `onednn` (None: Paddle's default, True, False)."""
    results = []
    for setting in onednn:
        predictor = paddle_model.load(model, onednn=setting)
        tag = {None: "", True: " onednn", False: " no-onednn"}[setting]
        for label, suffix in (("export", ""), ("alt", "_alt")):
            inputs = np.load(os.path.join(case_dir, "inputs%s.npz" % suffix))
            outputs = np.load(os.path.join(case_dir, "outputs%s.npz" % suffix))
            feeds = [inputs[i["name"]] for i in inputs_meta]
            got = paddle_model.predict(predictor, feeds)
            want = [outputs[n] for n in output_names]
            why = None
            if len(got) != len(want):
                why = "%d outputs, expected %d" % (len(got), len(want))
            diff = 0.0
            for i, (g, w) in enumerate(zip(got, want)):
                diff = max(diff, max_abs_diff(np.asarray(g), w))
                why = why or mismatch(i, g, w, TOLERANCE.get(
                    os.path.basename(case_dir)))
            shape = "x".join(str(d) for d in feeds[0].shape) if feeds else ""
            results.append((label + " " + shape + tag, diff, why))
    return results


def first_errors(stderr, limit=3):
    lines = [l.split("error:", 1)[1].strip() for l in stderr.splitlines()
             if "error:" in l]
    ops = collections.Counter()
    for line in lines:
        if "cannot convert '" in line:
            ops[line.split("cannot convert '", 1)[1].split("'", 1)[0]] += 1
    if ops:
        return "unconverted: " + ", ".join("%s×%d" % kv for kv in sorted(ops.items()))
    return "; ".join(lines[:limit]) or (stderr.strip().splitlines() or ["?"])[-1]


def run_case(job):
    x2p, onednn, name, variant, case_dir = job
    x2p, flags = x2p[0], list(x2p[1:])
    meta = json.load(open(os.path.join(case_dir, "meta.json")))
    producer = PRODUCER_LABELS.get(variant, "torch 1.13 legacy")
    row = {"model": name, "task": meta.get("task", ""),
           "opset": meta.get("opset", 0), "variant": variant,
           "producer": producer, "status": "", "sizes": "",
           "max_abs_diff": None, "reason": ""}
    work = tempfile.mkdtemp(prefix="x2p-model-")
    try:
        start = time.time()
        proc = subprocess.run(
            [x2p, "--framework=onnx", "--model",
             os.path.join(case_dir, "model.onnx"), "--save_dir", work] + flags,
            capture_output=True, text=True, errors="replace")
        row["convert_s"] = round(time.time() - start, 3)
        if proc.returncode < 0 or proc.returncode > 1:
            row.update(status="x2p-crash", reason="exit %d: %s" % (
                proc.returncode, first_errors(proc.stderr)))
            return row
        if proc.returncode == 1:
            row.update(status="not-convertible", reason=first_errors(proc.stderr))
            return row
        model = os.path.join(work, "inference_model", "model.pdmodel")
        try:
            results = call_forked(check_in_paddle, model, case_dir,
                                  meta["inputs"], [o["name"] for o in meta["outputs"]],
                                  ONEDNN_SETTINGS[onednn], timeout=PADDLE_TIMEOUT_S)
        except CaseError as e:
            row.update(status="paddle-error", reason=paddle_model.error_summary(str(e)))
            return row
        row["sizes"] = ", ".join(label for label, _, _ in results)
        row["max_abs_diff"] = max(diff for _, diff, _ in results)
        whys = ["%s: %s" % (label, why) for label, _, why in results if why]
        row.update(status="wrong" if whys else "pass", reason="; ".join(whys))
        return row
    finally:
        shutil.rmtree(work, ignore_errors=True)


def select(cache, only, exclude, variants):
    """(name, variant, dir) of the cached cases; variant is a subfolder name
    of a model's folder: opset13 (generate.py), dynamo, legacy17...
    (generate_current.py)."""
    patterns = [p for item in only for p in item.split(",") if p] or ["*"]
    excluded = [p for item in exclude for p in item.split(",") if p]
    cases, missing = [], []
    names = sorted(os.listdir(cache)) if os.path.isdir(cache) else []
    # A variant no model of this cache has belongs to another cache.
    present = {v for n in names for v in variants
               if os.path.isdir(os.path.join(cache, n, v))}
    for name in names:
        if not any(fnmatch.fnmatch(name, p) for p in patterns) or \
                any(fnmatch.fnmatch(name, p) for p in excluded):
            continue
        for variant in [v for v in variants if v in present]:
            case_dir = os.path.join(cache, name, variant)
            if os.path.isfile(os.path.join(case_dir, "meta.json")):
                cases.append((name, variant, case_dir))
            else:
                missing.append((name, variant))
    return cases, missing


def command_line():
    """This run's arguments as a reader would type them: ~ for the home
    folder, no --markdown (the file itself)."""
    args, skip = [], False
    for a in sys.argv[1:]:
        if skip or a.startswith("--markdown"):
            skip = a == "--markdown"
            continue
        args.append(a.replace(os.path.expanduser("~"), "~"))
    return " ".join(args)


def write_markdown(path, rows, summary, onednn):
    settings = {"default": "Paddle's default CPU settings (oneDNN on)",
                "on": "oneDNN on", "off": "oneDNN off",
                "both": "oneDNN on and again with oneDNN off"}[onednn]
    lines = ["# Model table: ONNX → Paddle on the generated test models", "",
             "Generated by `test/models/run_models.py --markdown` (do not"
             " edit). Each model: small random-weight config built by"
             " `test/models/generate.py` (torch 1.13) or"
             " `test/models/generate_current.py` (torch 2.x, transformers 5),"
             " exported by the producer named in the table with dynamic"
             " batch/sequence axes, converted by `x2p`, run in Paddle"
             " Inference (CPU, %s) at the export size and at a second size,"
             " and compared with onnxruntime's outputs (fp32 abs or rel"
             " ≤ 1e-4, fp16 models 2e-2, integers exact)." % settings, "",
             "Made by: `run_models.py %s`" % command_line(),
             "", summary, "", "Per producer:", "",
             "| producer | folder | pass | of |", "|---|---|---|---|"]
    by_variant = collections.OrderedDict()
    for r in rows:
        by_variant.setdefault((r["producer"], r["variant"]), []).append(r)
    for (producer, variant), group in by_variant.items():
        lines.append("| %s | %s | %d | %d |" % (
            producer, variant, sum(r["status"] == "pass" for r in group),
            len(group)))
    lines += ["",
             "| model | task | producer | opset | status | sizes (first input) | max abs diff | reason |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        diff = "%.2g" % r["max_abs_diff"] if r["max_abs_diff"] is not None else ""
        lines.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["model"], r["task"], r["producer"], r["opset"] or "", r["status"],
            r["sizes"], diff, r["reason"].replace("|", "\\|")))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--x2p", required=True)
    parser.add_argument("--cache-dir", action="append", default=[],
                        help="a cache of generated models; repeatable "
                             "(default %s)" % DEFAULT_CACHE)
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--exclude", action="append", default=[])
    parser.add_argument("--known-failures", default="",
                        help="comma-separated models expected not to pass "
                             "(each with its reason in the caller); one that "
                             "passes is reported so the list shrinks")
    parser.add_argument("--opsets", default=None,
                        help="generate.py's opset folders (default 13,17 "
                             "unless --producers is given)")
    parser.add_argument("--producers", default="",
                        help="generate_current.py's producer folders, "
                             "e.g. dynamo,legacy17")
    parser.add_argument("--available", action="store_true",
                        help="check the model/variant pairs that exist and "
                             "report none as missing (a committed subset)")
    parser.add_argument("--onednn", choices=sorted(ONEDNN_SETTINGS),
                        default="default",
                        help="run Paddle with its default settings, oneDNN "
                             "on, off, or both (each case twice)")
    parser.add_argument("--x2p-flag", action="append", default=[],
                        help="an extra x2p flag, repeatable (e.g. "
                             "--x2p-flag=--target=gpu "
                             "--x2p-flag=--expand-fused checks the GPU "
                             "fused forms on CPU)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--markdown")
    parser.add_argument("--json")
    args = parser.parse_args()
    producers = [p for p in args.producers.split(",") if p]
    opsets = args.opsets if args.opsets is not None else \
        ("" if producers else "13,17")
    variants = ["opset%d" % int(o) for o in opsets.split(",") if o] + producers
    cases, missing = [], []
    for cache in args.cache_dir or [DEFAULT_CACHE]:
        found, absent = select(cache, args.only, args.exclude, variants)
        cases += found
        missing += absent
    if args.available:
        missing = []
    if not cases and not missing:
        print("run_models: no generated models match in %s "
              "(run test/models/generate.py first)" %
              ", ".join(args.cache_dir or [DEFAULT_CACHE]))
        return 1

    import paddle.inference  # noqa: F401 - imported once, before forking
    start = time.time()
    x2p = os.path.abspath(shutil.which(args.x2p) or args.x2p)
    rows = []
    pool = multiprocessing.get_context("fork").Pool(args.jobs)
    for row in pool.imap(run_case, [((x2p,) + tuple(args.x2p_flag),
                                            args.onednn) + c for c in cases]):
        rows.append(row)
        diff = "" if row["max_abs_diff"] is None else " max abs diff %.2g" % row["max_abs_diff"]
        print("%-16s %s %s%s%s" % (row["status"], row["model"], row["variant"], diff,
                                        ": " + row["reason"] if row["reason"] else ""),
              flush=True)
    pool.close()
    pool.join()
    for name, variant in missing:
        rows.append({"model": name, "task": "", "opset": 0, "variant": variant,
                     "producer": PRODUCER_LABELS.get(variant, "torch 1.13 legacy"),
                     "status": "missing", "sizes": "", "max_abs_diff": None,
                     "reason": "not generated"})
        print("%-16s %s %s" % ("missing", name, variant))
    counts = collections.Counter(r["status"] for r in rows)
    summary = "%d of %d model/export pairs pass: %s" % (
        counts["pass"], len(rows), ", ".join("%s %d" % kv for kv in sorted(counts.items())))
    known = {k for k in args.known_failures.split(",") if k}
    unexpected = [r for r in rows if r["status"] != "pass" and r["model"] not in known]
    fixed = sorted({r["model"] for r in rows if r["status"] == "pass" and r["model"] in known})
    print("\n%s (%.0f s, %d jobs)" % (summary, time.time() - start, args.jobs))
    if args.markdown:
        write_markdown(args.markdown, rows, summary, args.onednn)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)
    print("unexpected failures: %d; known failures that pass now: %s" % (
        len(unexpected), ", ".join(fixed) or "none"))
    return 0 if not unexpected and not fixed else 1


if __name__ == "__main__":
    sys.exit(main())
