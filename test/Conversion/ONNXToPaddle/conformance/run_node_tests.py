#!/usr/bin/env python3
"""Converts ONNX's backend node tests with x2p and runs them in Paddle.

Each default-domain node test (onnx/backend/test/data/node/*) is converted
with `x2p --framework=onnx`, the Paddle inference model is run by real
Paddle Inference (CPU) on the test's input_*.pb, and its outputs are
compared with the test's output_*.pb: same shape, same dtype, integers and
bools exact, floats within abs <= tol or rel <= tol elementwise (tol 1e-4;
1e-2 for float16/bfloat16). Each Paddle run happens in a forked child, so a
Paddle crash fails one test.

Every test gets one status:
  pass              converted, and every output of every data set matches
  wrong             converted, but an output differs (shape, dtype, values)
  paddle-error      converted, but Paddle failed to load or run the model
  not-convertible   x2p refused the model (exit 1) with a reason
  x2p-crash         x2p crashed or exited otherwise: always a defect

Usage: run_node_tests.py --x2p BIN [--filter SUB[,SUB...]] [--jobs N]
                         [--markdown FILE] [--json FILE] [--verbose]
                         [--min-pass N]
Prints one line per test that does not pass (all with --verbose), the
reasons grouped, and the summary; --markdown writes the table for docs/.
Exits non-zero if any test made x2p crash, or fewer than --min-pass pass.
"""
import argparse
import collections
import glob
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "lib"))
os.environ.setdefault("GLOG_minloglevel", "3")
os.environ.setdefault("FLAGS_enable_pir_api", "0")

import paddle_model  # noqa: E402
from isolate import CaseError, call_forked  # noqa: E402
from outputs import mismatch  # noqa: E402
from onnx_node_tests import default_data_dir, list_tests, reason_of  # noqa: E402

STATUSES = ("pass", "wrong", "paddle-error", "not-convertible", "x2p-crash")
PADDLE_TIMEOUT_S = 60


def read_tensor(path):
    import onnx
    from onnx import numpy_helper
    tensor = onnx.TensorProto()
    with open(path, "rb") as f:
        tensor.ParseFromString(f.read())
    return numpy_helper.to_array(tensor)


def data_sets(test_dir):
    """[(inputs, outputs)] of every test_data_set_* folder."""
    sets = []
    for d in sorted(glob.glob(os.path.join(test_dir, "test_data_set_*"))):
        def tensors(prefix):
            files = glob.glob(os.path.join(d, prefix + "_*.pb"))
            files.sort(key=lambda p: int(p.rsplit("_", 1)[1][:-3]))
            return [read_tensor(p) for p in files]
        sets.append((tensors("input"), tensors("output")))
    return sets


def run_in_paddle(model, sets, delete_passes=()):
    """The first mismatch over all data sets, or None."""
    predictor = paddle_model.load(model, delete_passes)
    for inputs, outputs in sets:
        if len(predictor.get_input_names()) != len(inputs):
            return "the model has %d feeds, the test %d inputs" % (
                len(predictor.get_input_names()), len(inputs))
        got = paddle_model.predict(predictor, inputs)
        if len(got) != len(outputs):
            return "the model has %d fetches, the test %d outputs" % (
                len(got), len(outputs))
        for i, (g, w) in enumerate(zip(got, outputs)):
            why = mismatch(i, g, w)
            if why:
                return why
    return None


def run_test(job):
    """(name, status, reason) of one node test."""
    x2p, name, test_dir = job
    work = tempfile.mkdtemp(prefix="x2p-node-")
    try:
        proc = subprocess.run(
            [x2p, "--framework=onnx", "--model",
             os.path.join(test_dir, "model.onnx"), "--save_dir", work],
            capture_output=True, text=True, errors="replace")
        if proc.returncode < 0:
            return name, "x2p-crash", "signal %d" % -proc.returncode
        if proc.returncode == 1:
            return name, "not-convertible", reason_of(proc.stderr)
        if proc.returncode != 0:
            return name, "x2p-crash", "exit %d: %s" % (
                proc.returncode, reason_of(proc.stderr))
        model = os.path.join(work, "inference_model", "model.pdmodel")
        try:
            why = call_forked(run_in_paddle, model, data_sets(test_dir),
                              timeout=PADDLE_TIMEOUT_S)
        except CaseError as e:
            reason = paddle_model.error_summary(str(e))
            # Paddle's constant folding breaks programs whose fetched values
            # depend on no feed; say so when that is the cause.
            try:
                if call_forked(run_in_paddle, model, data_sets(test_dir),
                               ("constant_folding_pass",),
                               timeout=PADDLE_TIMEOUT_S) is None:
                    reason = ("Paddle's constant_folding_pass fails on outputs "
                              "that depend on no input (passes without it)")
            except CaseError:
                pass
            return name, "paddle-error", reason
        if why:
            return name, "wrong", why
        return name, "pass", ""
    finally:
        shutil.rmtree(work, ignore_errors=True)


def write_markdown(path, results, training, other, summary):
    by_status = collections.Counter(status for _, status, _ in results)
    lines = [
        "# ONNX node-test conformance of the conversion",
        "",
        "Generated by `test/Conversion/ONNXToPaddle/conformance/run_node_tests.py"
        " --markdown docs/conformance.md` (do not edit): every default-domain"
        " node test of the installed onnx package converted by `x2p` and run in"
        " Paddle Inference (CPU) against its expected outputs.",
        "",
        summary,
        "",
        "| status | tests |",
        "|---|---|",
    ]
    lines += ["| %s | %d |" % (s, by_status.get(s, 0)) for s in STATUSES]
    lines += ["", "## Reasons of the tests that do not pass", "",
              "| count | status | reason |", "|---|---|---|"]
    reasons = collections.Counter((status, reason) for _, status, reason in results
                                  if status != "pass")
    for (status, reason), count in sorted(reasons.items(),
                                          key=lambda kv: (-kv[1], kv[0])):
        lines.append("| %d | %s | %s |" % (count, status,
                                           reason.replace("|", "\\|")))
    lines += ["", "## Every test", "", "| test | status | reason |",
              "|---|---|---|"]
    for name, status, reason in results:
        lines.append("| %s | %s | %s |" % (name, status,
                                           reason.replace("|", "\\|")))
    lines += ["", "Skipped: %d training-domain tests (%s); %s." % (
        len(training), ", ".join(training) or "none",
        "; ".join("%d of domain %s" % (len(v), k) for k, v in sorted(other.items()))
        or "no other domains")]
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--x2p", required=True)
    parser.add_argument("--data", default=None)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--filter", default="")
    parser.add_argument("--markdown")
    parser.add_argument("--json")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--min-pass", type=int, default=0,
                        help="exit 1 when fewer tests pass (a regression guard)")
    args = parser.parse_args()
    data = args.data or default_data_dir()
    x2p = os.path.abspath(shutil.which(args.x2p) or args.x2p)

    import paddle.inference  # noqa: F401 - imported once, before forking
    start = time.time()
    tests, training, other = list_tests(data, args.filter)
    jobs = [(x2p, name, d) for name, d in tests]
    results = []
    # close + join, not terminate: Paddle's signal handler reports a
    # SIGTERM at length.
    pool = multiprocessing.get_context("fork").Pool(args.jobs)
    for name, status, reason in pool.imap(run_test, jobs):
        results.append((name, status, reason))
        if status != "pass" or args.verbose:
            print("%-16s %s%s" % (status, name, ": " + reason if reason else ""),
                  flush=True)
    pool.close()
    pool.join()
    elapsed = time.time() - start

    counts = collections.Counter(status for _, status, _ in results)
    reasons = collections.Counter((status, reason) for _, status, reason in results
                                  if status != "pass")
    if reasons:
        print("\nreasons:")
        for (status, reason), count in reasons.most_common():
            print("%5d  %-16s %s" % (count, status, reason))
    total = len(results)
    summary = ("%d of %d default-domain node tests pass (%.1f%%): %s; "
               "skipped %d training-domain and %d other-domain tests" % (
                   counts["pass"], total, 100.0 * counts["pass"] / max(total, 1),
                   ", ".join("%s %d" % (s, counts[s]) for s in STATUSES),
                   len(training), sum(len(v) for v in other.values())))
    print("\n" + summary + " (%.0f s, %d jobs)" % (elapsed, args.jobs))
    if args.markdown:
        write_markdown(args.markdown, results, training, other, summary)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"results": results, "counts": dict(counts)}, f, indent=1)
    if counts["pass"] < args.min_pass:
        print("fewer than --min-pass %d tests pass" % args.min_pass)
        return 1
    return 1 if counts["x2p-crash"] else 0


if __name__ == "__main__":
    sys.exit(main())
