#!/usr/bin/env python3
"""x2p against its peers (issue 6): conversion time and memory, the physical
floor, op counts, Paddle Inference latency and accuracy, in one run.

Run through bench/peers/run.sh (it sets up X2Paddle's environment and picks
the interpreters); this file runs with the main .venv:

    run.py [--quick] [--models bert-base,...] [--opsets 13,17] [--no-large]
           [--no-x2paddle] [--runs N] [--latency-runs N] [--out PREFIX] ...

For each model and opset (models built by models.py in .venv-models):
  1. conversion rounds, interleaved so each round's figures are paired:
     floor (cat of the ONNX file(s) + cp of a file of the parameter bytes),
     x2p --framework=onnx, x2paddle --framework=onnx; wall time and peak RSS
     of each process (wait4);
  2. op count of each exported program (ProgramDesc parsed with Paddle's
     framework_pb2);
  3. latency (infer.py, one process per runtime): x2p's and X2Paddle's
     programs in Paddle Inference, the ONNX in onnxruntime, per thread count,
     MKLDNN setting and batch;
  4. accuracy: max abs / rel difference of each program's outputs against
     onnxruntime (1 thread) on the same inputs.
A failing converter never stops the run: its cells carry its one-line reason.
Writes PREFIX.json and PREFIX.md (report.py) and prints the markdown.
"""
import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "test", "lib"))
os.environ.setdefault("GLOG_minloglevel", "3")

import numpy as np  # noqa: E402
import measure as M  # noqa: E402
import report  # noqa: E402

PEER_MODELS = "bert-base,gpt2-small,resnet50,mobilenet-v2"
LARGE_MODEL = "gpt2-wide"
QUICK_MODELS = "mlp-tiny,bert-tiny"
CONVERT_TIMEOUT_S = 1800
INFER_TIMEOUT_S = 3600


def say(msg):
    print("peers: " + msg, file=sys.stderr, flush=True)


def csv(text, cast=str):
    return [cast(x.strip()) for x in text.split(",") if x.strip()]


# ----------------------------------------------------------------------------
# Machine and versions
# ----------------------------------------------------------------------------

def machine(args):
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            mem_kb = int(f.readline().split()[1])
    except OSError:
        mem_kb = 0

    def out(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True,
                                  timeout=120).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    import onnxruntime
    import paddle
    versions = OrderedDict([
        ("x2p", out(["git", "-C", ROOT, "describe", "--always", "--dirty"])),
        ("paddle (runs every program)", paddle.__version__),
        ("onnxruntime", onnxruntime.__version__),
        ("numpy", np.__version__),
        ("python", platform.python_version()),
    ])
    if args.x2paddle_venv:
        v = out([os.path.join(args.x2paddle_venv, "bin", "python"), "-c",
                 "import warnings; warnings.filterwarnings('ignore');"
                 "import x2paddle, paddle, onnx;"
                 "print(x2paddle.__version__, paddle.__version__, onnx.__version__)"])
        if v:
            x, p, o = v.split()[-3:]
            versions["x2paddle"] = "%s (paddle %s, onnx %s)" % (x, p, o)
    return OrderedDict([
        ("cpu", cpu), ("cores", os.cpu_count()),
        ("memory_gib", round(mem_kb / 2 ** 20, 1)),
        ("kernel", platform.release()),
        ("load_average_at_start", [round(x, 2) for x in os.getloadavg()]),
        ("date", time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())),
        ("versions", versions),
    ])


# ----------------------------------------------------------------------------
# Models
# ----------------------------------------------------------------------------

def generate(args, names, opsets):
    """{(name, opset): case dir} of the models models.py made or found."""
    cmd = [args.models_python, os.path.join(HERE, "models.py"),
           "--cache-dir", args.cache_dir, "--only", ",".join(names)]
    if opsets:
        cmd += ["--opsets", ",".join(map(str, opsets))]
    say("models: " + " ".join(cmd[1:]))
    p = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
    lines = p.stdout.splitlines()
    for line in lines[:-1]:
        say(line)
    try:
        summary = json.loads(lines[-1].split("models: ", 1)[1])
    except (IndexError, ValueError):
        say("model generation failed (exit %d)" % p.returncode)
        return {}, ["%s: generation failed" % n for n in names]
    found = {}
    for tag, path in summary["ok"].items():
        name, opset = tag.rsplit(" opset", 1)
        found[(name, int(opset))] = path
    return found, summary["failed"]


# ----------------------------------------------------------------------------
# Conversion
# ----------------------------------------------------------------------------

def make_floor_file(path, size):
    """A file of `size` random bytes (what cp copies for the floor)."""
    if os.path.exists(path) and os.path.getsize(path) == size:
        return
    rng = np.random.default_rng(0)
    with open(path + ".tmp", "wb") as f:
        left = size
        while left > 0:
            n = min(left, 1 << 24)
            f.write(rng.integers(0, 256, n, dtype=np.uint8).tobytes())
            left -= n
    os.replace(path + ".tmp", path)


def converters(args):
    tools = OrderedDict()
    tools["x2p"] = lambda model, out: [args.x2p, "--framework=onnx",
                                       "--model=" + model, "--save_dir=" + out]
    # The same conversion without the fusion passes (issue 12's column).
    tools["x2p-unfused"] = lambda model, out: tools["x2p"](model, out) + [
        "--fuse=none"]
    if args.x2paddle_venv:
        exe = os.path.join(args.x2paddle_venv, "bin", "x2paddle")
        tools["x2paddle"] = lambda model, out: [
            exe, "--framework=onnx", "--model=" + model, "--save_dir=" + out,
            "--disable_feedback=True"]   # no network: X2Paddle phones home
    return tools


def convert_rounds(args, case, meta, work, tools, runs):
    """Interleaved rounds of floor + each converter. Returns the record."""
    model = os.path.join(case, "model.onnx")
    onnx_files = sorted(os.path.join(case, f) for f in os.listdir(case)
                        if not f.endswith((".npz", ".json")))   # + external data
    param_bytes = 4 * meta["parameters"]
    floor_src = os.path.join(work, "params.bin")
    make_floor_file(floor_src, param_bytes)
    subprocess.run(["cat"] + onnx_files + [floor_src], stdout=subprocess.DEVNULL)
    rec = OrderedDict(model_bytes=sum(os.path.getsize(f) for f in onnx_files),
                      param_bytes=param_bytes,
                      floor=OrderedDict(cat_s=[], cp_s=[], wall_s=[]))
    for tool in tools:
        rec[tool] = OrderedDict(wall_s=[], rss_mb=[], error=None, out=None)
    for i in range(runs):
        cat_s, _, _ = M.timed(["cat"] + onnx_files, "/dev/null")
        dst = os.path.join(work, "params.copy")
        cp_s, _, _ = M.timed(["cp", floor_src, dst], "/dev/null")
        os.remove(dst)
        rec["floor"]["cat_s"].append(cat_s)
        rec["floor"]["cp_s"].append(cp_s)
        rec["floor"]["wall_s"].append(cat_s + cp_s)
        for tool, cmd in tools.items():
            r = rec[tool]
            if r["error"]:
                r["wall_s"].append(None)
                r["rss_mb"].append(None)
                continue
            out = os.path.join(work, tool)
            shutil.rmtree(out, ignore_errors=True)
            log = os.path.join(work, tool + ".log")
            wall, rss, rc = M.timed(cmd(model, out), log, CONVERT_TIMEOUT_S)
            pdmodel = os.path.join(out, "inference_model", "model.pdmodel")
            if rc != 0 or not os.path.exists(pdmodel):
                with open(log, errors="replace") as f:
                    text = f.read()
                reason = (M.x2p_reason if tool.startswith("x2p") else
                          M.x2paddle_reason)(
                    text, rc)
                r["error"], r["out"] = reason, None   # (also a later round)
                say("  %s failed: %s" % (tool, reason))
                r["wall_s"].append(None)
                r["rss_mb"].append(None)
                continue
            r["wall_s"].append(wall)
            r["rss_mb"].append(rss)
            r["out"] = pdmodel
        say("  round %d/%d: floor %.2fs%s" % (i + 1, runs, cat_s + cp_s, "".join(
            ", %s %.2fs %.0fMB" % (t, rec[t]["wall_s"][-1], rec[t]["rss_mb"][-1])
            for t in tools if rec[t]["wall_s"][-1] is not None)))
    for tool in tools:
        r = rec[tool]
        if r["out"]:
            r["params_bytes"] = os.path.getsize(
                r["out"][:-len(".pdmodel")] + ".pdiparams")
            r["ops"] = op_count(r["out"])
    return rec


def op_count(pdmodel):
    import paddle_model
    prog = paddle_model.load_program(pdmodel)
    counts = {}
    for block in prog.blocks:
        for op in block.ops:
            if op.type not in ("feed", "fetch"):
                counts[op.type] = counts.get(op.type, 0) + 1
    return OrderedDict([("total", sum(counts.values())),
                        ("types", OrderedDict(sorted(counts.items())))])


# ----------------------------------------------------------------------------
# Latency and accuracy
# ----------------------------------------------------------------------------

def infer(args, runtime, model, case, meta, configs, runs, warmup, work):
    """infer.py in its own process: ({config: {"ms": {batch: [..]}} or
    {"error"}}, {key: output array})."""
    job = OrderedDict(
        runtime=runtime, model=model, configs=configs, runs=runs,
        warmup=warmup, onnx_inputs=[i["name"] for i in meta["inputs"]],
        inputs={str(b): os.path.join(case, "inputs_b%d.npz" % b)
                for b in args.batches},
        result=os.path.join(work, runtime + ".result.json"),
        outputs=os.path.join(work, runtime + ".outputs.npz"))
    for f in (job["result"], job["outputs"]):
        if os.path.exists(f):
            os.remove(f)
    path = os.path.join(work, runtime + ".job.json")
    with open(path, "w") as f:
        json.dump(job, f)
    log = os.path.join(work, runtime + ".infer.log")
    _, _, rc = M.timed([sys.executable, os.path.join(HERE, "infer.py"), path],
                       log, INFER_TIMEOUT_S)
    results = {}
    if os.path.exists(job["result"]):
        with open(job["result"]) as f:
            results = json.load(f)
    if rc != 0:
        with open(log, errors="replace") as f:
            tail = [l for l in f.read().splitlines() if l.strip()]
        why = ("crashed (signal %d)" % -rc if rc < 0 else "exit %d" % rc) + (
            ": " + tail[-1] if tail else "")
        for c in configs:
            results.setdefault(c["key"], {"error": M.one_line(why)})
    outputs = {}
    if os.path.exists(job["outputs"]):
        with np.load(job["outputs"]) as z:
            outputs = {k: z[k] for k in z.files}
    return results, outputs


def diffs(got, ref, batches, key, ref_key):
    """Per batch: max abs diff and max abs diff / max |ref| over outputs."""
    out = OrderedDict()
    for b in batches:
        i, worst_abs, worst_rel, n = 0, 0.0, 0.0, 0
        while "%s|%s|%d" % (ref_key, b, i) in ref:
            r = ref["%s|%s|%d" % (ref_key, b, i)]
            g = got.get("%s|%s|%d" % (key, b, i))
            if g is None or g.shape != r.shape:
                out[str(b)] = {"error": "output %d: shape %s, expected %s" % (
                    i, None if g is None else list(g.shape), list(r.shape))}
                break
            d = float(np.max(np.abs(g.astype(np.float64) - r))) if r.size else 0.0
            scale = float(np.max(np.abs(r))) if r.size else 0.0
            worst_abs = max(worst_abs, d)
            worst_rel = max(worst_rel, d / scale if scale else 0.0)
            i, n = i + 1, n + 1
        else:
            out[str(b)] = {"max_abs": worst_abs, "max_rel": worst_rel,
                           "outputs": n}
    return out


def latency_and_accuracy(args, case, meta, conv, work, timed_run):
    threads = args.threads if timed_run else [1]
    mkldnn = args.mkldnn if timed_run else [False]
    runs = args.latency_runs if timed_run else 0
    warmup = args.warmup if timed_run else 0
    model = os.path.join(case, "model.onnx")
    say("  onnxruntime%s" % (" latency" if timed_run else " reference"))
    ort_cfgs = [{"key": "t%d" % t, "threads": t} for t in sorted(set(threads) | {1})]
    ort_res, ort_out = infer(args, "onnxruntime", model, case, meta, ort_cfgs,
                             runs, warmup, work)
    rec = OrderedDict(onnxruntime=ort_res)
    acc = OrderedDict()
    for tool in [t for t in conv if t not in ("floor", "model_bytes",
                                              "param_bytes")]:
        if not conv[tool].get("out"):
            continue
        cfgs = [{"key": "t%d-%s" % (t, "mkldnn" if m else "plain"),
                 "threads": t, "mkldnn": m} for t in threads for m in mkldnn]
        say("  %s program in Paddle%s" % (tool, " latency" if timed_run else ""))
        res, out = infer(args, "paddle-" + tool, conv[tool]["out"], case, meta,
                         cfgs, runs, warmup, work)
        rec[tool] = res
        acc[tool] = OrderedDict(
            (c["key"], diffs(out, ort_out, args.batches, c["key"], "t1"))
            for c in cfgs if "error" not in res.get(c["key"], {}))
    return rec, acc   # rec: run times (none when not timed) or errors


# ----------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------

def parse_args(argv):
    ap = argparse.ArgumentParser(description=" ".join(
        __doc__.split("\n\n")[0].split()))
    ap.add_argument("--quick", action="store_true",
                    help="smoke run: a tiny MLP and a tiny BERT at opset 13, 2 conversion "
                         "rounds, 5 timed inference runs, no large model")
    ap.add_argument("--models", default=None,
                    help="comma-separated (default %s; --quick: %s)" %
                         (PEER_MODELS, QUICK_MODELS))
    ap.add_argument("--opsets", default=None,
                    help="comma-separated (default 13,17; --quick 13)")
    ap.add_argument("--latency-opsets", default=None,
                    help="opsets whose programs are timed (default 13, the "
                         "one X2Paddle (opsets 7-15) converts transformers "
                         "at); the others get accuracy only; 'none': no "
                         "latency at all")
    ap.add_argument("--no-large", action="store_true",
                    help="skip the >2 GB model (%s; --models %s runs it "
                         "alone)" % (LARGE_MODEL, LARGE_MODEL))
    ap.add_argument("--no-x2paddle", action="store_true",
                    help="leave X2Paddle out")
    ap.add_argument("--runs", type=int, default=None,
                    help="conversion rounds (default 3; --quick 2)")
    ap.add_argument("--large-runs", type=int, default=3,
                    help="conversion rounds of the large model (default 3)")
    ap.add_argument("--latency-runs", type=int, default=None,
                    help="timed inference runs per configuration (default 20; "
                         "--quick 5)")
    ap.add_argument("--warmup", type=int, default=None,
                    help="warm-up runs (default 5; --quick 1)")
    ap.add_argument("--threads", default="1,2",
                    help="Paddle / onnxruntime thread counts (default 1,2)")
    ap.add_argument("--batches", default="1,8",
                    help="batch sizes (default 1,8)")
    ap.add_argument("--mkldnn", default="off,on",
                    help="Paddle MKLDNN settings (default off,on)")
    ap.add_argument("--x2p", default=os.environ.get(
        "X2P_BIN", os.path.join(ROOT, "build", "bin", "x2p")),
                    help="the x2p binary (default $X2P_BIN or build/bin/x2p)")
    ap.add_argument("--x2paddle-venv", default=os.environ.get(
        "X2P_X2PADDLE_VENV", os.path.join(ROOT, ".venv-x2paddle")))
    ap.add_argument("--models-python", default=os.path.join(os.environ.get(
        "X2P_MODELS_VENV", os.path.join(ROOT, ".venv-models")), "bin", "python"))
    ap.add_argument("--cache-dir", default=os.environ.get(
        "X2P_BENCH_CACHE", os.path.join(os.path.expanduser("~"), ".cache",
                                        "x2p-bench")))
    ap.add_argument("--work-dir", default=None,
                    help="scratch space for the converted models (default "
                         "CACHE/work)")
    ap.add_argument("--out", default=None,
                    help="results prefix (default bench/results/peers; "
                         "--quick CACHE/results/peers-quick)")
    args = ap.parse_args(argv)
    q = args.quick
    args.models = csv(args.models or (QUICK_MODELS if q else PEER_MODELS))
    args.opsets = csv(args.opsets or ("13" if q else "13,17"), int)
    args.latency_opsets = ([] if args.latency_opsets == "none" else
                           csv(args.latency_opsets or "13", int))
    args.runs = args.runs or (2 if q else 3)
    args.latency_runs = args.latency_runs or (5 if q else 20)
    args.warmup = args.warmup if args.warmup is not None else (1 if q else 5)
    args.large = not (q or args.no_large)
    args.threads = csv(args.threads, int)
    args.batches = csv(args.batches, int)
    args.mkldnn = [m == "on" for m in csv(args.mkldnn)]
    # Absolute paths: x2p (createUniqueDirectory) resolves a relative
    # --save_dir against the temp folder, not the working directory.
    args.cache_dir = os.path.abspath(args.cache_dir)
    args.work_dir = os.path.abspath(args.work_dir or
                                    os.path.join(args.cache_dir, "work"))
    args.out = args.out or (os.path.join(args.cache_dir, "results", "peers-quick")
                            if q else os.path.join(ROOT, "bench", "results",
                                                   "peers"))
    args.out = os.path.abspath(args.out)
    args.x2p = os.path.abspath(args.x2p)
    args.note = None
    if args.no_x2paddle:
        args.note = "X2Paddle left out (--no-x2paddle)."
        args.x2paddle_venv = None
    elif not os.path.exists(os.path.join(args.x2paddle_venv, "bin", "x2paddle")):
        args.note = ("X2Paddle left out: no %s (bench/peers/setup_x2paddle.sh "
                     "creates it)." % args.x2paddle_venv)
        args.x2paddle_venv = None
    return args


def write(args, result, cases, t_start, partial):
    """Writes PREFIX.json and PREFIX.md (after every case too, marked
    partial, so a long run that dies keeps what it measured)."""
    result["cases"] = cases
    result["partial"] = partial
    result["machine"]["load_average_at_end"] = [round(x, 2)
                                                for x in os.getloadavg()]
    result["machine"]["duration_s"] = round(time.time() - t_start)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out + ".json", "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    text = report.markdown(result)
    with open(args.out + ".md", "w") as f:
        f.write(text)
    return text


def main(argv=None):
    args = parse_args(argv)
    t_start = time.time()
    if not os.access(args.x2p, os.X_OK):
        say("no x2p at %s (scripts/build.sh builds it; --x2p BIN)" % args.x2p)
        return 2
    if not os.path.exists(args.models_python):
        say("no %s (test/models/setup_env.sh creates it)" % args.models_python)
        return 2
    if args.note:
        say(args.note)
    result = OrderedDict(machine=machine(args), settings=OrderedDict(
        models=args.models, opsets=args.opsets,
        latency_opsets=args.latency_opsets, conversion_rounds=args.runs,
        latency_runs=args.latency_runs, warmup=args.warmup,
        threads=args.threads, batches=args.batches,
        mkldnn=["on" if m else "off" for m in args.mkldnn],
        x2p=args.x2p, quick=args.quick, note=args.note))
    peers = [n for n in args.models if n != LARGE_MODEL]
    large_too = args.large or LARGE_MODEL in args.models
    names = peers + ([LARGE_MODEL] if large_too else [])
    found, failed = generate(args, peers, args.opsets) if peers else ({}, [])
    if large_too:
        big, big_failed = generate(args, [LARGE_MODEL], None)
        found.update(big)
        failed += big_failed
    result["generation_failures"] = failed
    tools = converters(args)
    cases = []
    for name in names:
        large = name == LARGE_MODEL
        for opset in ([17] if large else args.opsets):
            case = found.get((name, opset))
            if not case:
                cases.append(OrderedDict(model=name, opset=opset, large=large,
                                         error="model generation failed"))
                continue
            with open(os.path.join(case, "meta.json")) as f:
                meta = json.load(f)
            v = meta.get("versions", {})
            result["machine"]["versions"].setdefault(
                "models exported with", "torch %s, transformers %s, "
                "torchvision %s, onnx %s" % (v.get("torch"), v.get("transformers"),
                                             v.get("torchvision"), v.get("onnx")))
            say("%s opset%d (%d nodes, %.1f MB)" % (name, opset, meta["nodes"],
                                                    meta["model_bytes"] / 1e6))
            work = os.path.join(args.work_dir, "%s-opset%d" % (name, opset))
            shutil.rmtree(work, ignore_errors=True)
            os.makedirs(work)
            rec = OrderedDict(model=name, opset=opset, large=large,
                              source=meta["source"], nodes=meta["nodes"],
                              parameters=meta["parameters"],
                              input_shapes=meta["input_shapes"])
            use = OrderedDict([("x2p", tools["x2p"])]) if large else tools
            rec["conversion"] = convert_rounds(
                args, case, meta, work, use,
                args.large_runs if large else args.runs)
            if not large:
                rec["latency"], rec["accuracy"] = latency_and_accuracy(
                    args, case, meta, rec["conversion"], work,
                    opset in args.latency_opsets)
            cases.append(rec)
            write(args, result, cases, t_start, partial=True)   # survives a crash
            shutil.rmtree(work, ignore_errors=True)   # the converted models
    text = write(args, result, cases, t_start, partial=False)
    sys.stdout.write(text)
    say("wrote %s.md and %s.json (%.0f s)" % (args.out, args.out,
                                               time.time() - t_start))
    return 0


if __name__ == "__main__":
    sys.exit(main())
