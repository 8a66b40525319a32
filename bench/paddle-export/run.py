"""Export throughput and memory of x2p's ProgramDesc writer against `cp`.

Writes a raw parameter file (default 1 GiB of random float32, cached in
~/.cache/x2p-bench), then in one run, alternating, several times each:
  cp        copies the file (the floor: read + write the same bytes)
  x2p       x2p-export-bench: a paddle module whose parameters alias the
            memory-mapped file, written by exportPaddleModelFiles
Reports median (min-max) wall time, throughput, the ratio x2p/cp, and x2p's
peak RSS against the parameter bytes. Writes bench/results/paddle-export.json
and .md.

  python bench/paddle-export/run.py BUILD_DIR [--gib 1] [--runs 3]

BUILD_DIR is a configured x2p build; the script builds x2p-export-bench in it
(bench/ is not part of `all`).
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def data_file(gib):
    cache = os.path.expanduser("~/.cache/x2p-bench")
    os.makedirs(cache, exist_ok=True)
    path = os.path.join(cache, "params-%sgib.bin" % gib)
    size = int(gib * (1 << 30))
    if not os.path.exists(path) or os.path.getsize(path) != size:
        rng = np.random.default_rng(0)
        with open(path + ".tmp", "wb") as f:
            chunk = 1 << 26
            for _ in range(size // (chunk * 4)):
                f.write(rng.standard_normal(chunk, dtype=np.float32).tobytes())
        os.rename(path + ".tmp", path)
    return path, size


def timed(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return time.perf_counter() - start, proc.stdout


def summary(values):
    return {"median": statistics.median(values), "min": min(values),
            "max": max(values)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--gib", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--params", type=int, default=64)
    args = parser.parse_args()
    # bench/ is out of `all`: build the tool (a no-op when it is current).
    subprocess.run(["cmake", "--build", args.build_dir, "--target",
                    "x2p-export-bench"], check=True, stdout=sys.stderr)
    tool = os.path.join(args.build_dir, "bin", "x2p-export-bench")
    path, size = data_file(args.gib)
    out = tempfile.mkdtemp(prefix="x2p-export-bench-", dir=os.path.dirname(path))
    cp_times, x2p_times, x2p_inner, rss = [], [], [], []
    try:
        for _ in range(args.runs):
            t, _ = timed(["cp", path, os.path.join(out, "copy.bin")])
            cp_times.append(t)
            os.remove(os.path.join(out, "copy.bin"))
            t, stdout = timed([tool, path, str(args.params), out])
            report = json.loads(stdout)
            x2p_times.append(t)
            x2p_inner.append(report["export_seconds"])
            rss.append(report["peak_rss_kib"] * 1024)
            for name in ("model.pdmodel", "model.pdiparams"):
                os.remove(os.path.join(out, name))
    finally:
        shutil.rmtree(out)
    cp_med, x2p_med = statistics.median(cp_times), statistics.median(x2p_inner)
    result = {
        "machine": "%s, %d cores, %s" % (platform.processor() or platform.machine(),
                                          os.cpu_count(), platform.platform()),
        "param_bytes": size, "params": args.params, "runs": args.runs,
        "cp_seconds": summary(cp_times),
        "x2p_export_seconds": summary(x2p_inner),
        "x2p_process_seconds": summary(x2p_times),
        "cp_mb_per_s": size / cp_med / 1e6,
        "x2p_mb_per_s": size / x2p_med / 1e6,
        "x2p_throughput_vs_cp": cp_med / x2p_med,
        "x2p_peak_rss_bytes": summary(rss),
        "x2p_peak_rss_vs_params": statistics.median(rss) / size,
    }
    results = os.path.join(HERE, "..", "results")
    os.makedirs(results, exist_ok=True)
    with open(os.path.join(results, "paddle-export.json"), "w") as f:
        json.dump(result, f, indent=2)
    fmt = lambda s: "%.2f s (%.2f-%.2f)" % (s["median"], s["min"], s["max"])
    lines = [
        "# ProgramDesc export vs cp (%.2f GiB of parameters, %d tensors)"
        % (size / (1 << 30), args.params), "",
        "Machine: %s. Median of %d runs (min-max)." % (result["machine"], args.runs), "",
        "| | wall | MB/s |", "|---|---|---|",
        "| cp (floor) | %s | %.0f |" % (fmt(result["cp_seconds"]), result["cp_mb_per_s"]),
        "| x2p export | %s | %.0f |" % (fmt(result["x2p_export_seconds"]),
                                      result["x2p_mb_per_s"]),
        "", "x2p throughput / cp throughput: **%.2f** (target >= 0.5)"
        % result["x2p_throughput_vs_cp"],
        "x2p peak RSS / parameter bytes: **%.2f** (target <= 1.2)"
        % result["x2p_peak_rss_vs_params"], ""]
    with open(os.path.join(results, "paddle-export.md"), "w") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
