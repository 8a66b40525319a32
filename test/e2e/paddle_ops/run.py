"""Runs every paddle op in real Paddle Inference and compares with numpy.

Each cases_<family>.py beside this file defines CASES, a list of dicts:
  name       unique case name
  mlir       a module with func.func @main_graph in the paddle dialect
  inputs     {argument index: numpy array}
  reference  function(*inputs) -> list of expected numpy outputs
  atol       float tolerance (default 1e-5; integer/bool outputs are exact)
  cpu        False for ops Paddle has no CPU kernel for: those are exported,
             loaded by Paddle (create_predictor) and round-tripped only
For each case: x2p-translate --export-paddle, then paddle.inference on CPU,
then the comparison; then --import-paddle of the exported model and a second
export, whose outputs must be identical to the first.

  python run.py X2P_TRANSLATE [FAMILY...]     (default: every cases_*.py)
"""
import glob
import importlib.util
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "lib"))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402
import paddle_model  # noqa: E402
from isolate import CaseError, call_forked  # noqa: E402
from known_issues import KNOWN_ISSUES  # noqa: E402

# Imported once here so that every forked case process starts with it.
import paddle.inference  # noqa: E402,F401


def load_cases(family_files):
    cases = []
    for path in family_files:
        spec = importlib.util.spec_from_file_location(
            os.path.basename(path)[:-3], path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        family = os.path.basename(path)[len("cases_"):-3]
        cases.extend((family, case) for case in module.CASES)
    return cases


def translate(tool, *args):
    proc = subprocess.run([tool] + list(args), capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError("x2p-translate %s failed:\n%s"
                           % (" ".join(args), proc.stderr))
    return proc.stdout


def compare(got, want, atol):
    """'' when `got` matches `want`, else what differs."""
    if len(got) != len(want):
        return "%d outputs, expected %d" % (len(got), len(want))
    worst = 0.0
    for i, (g, w) in enumerate(zip(got, want)):
        w = np.asarray(w)
        if g.shape != w.shape:
            return "output %d has shape %s, expected %s" % (i, g.shape, w.shape)
        if w.dtype.kind in "biu":
            if not np.array_equal(g, w.astype(g.dtype)):
                return "output %d differs (integer, exact)" % i
            continue
        g64, w64 = g.astype(np.float64), w.astype(np.float64)
        if not np.allclose(g64, w64, rtol=atol, atol=atol, equal_nan=True):
            return "output %d: max abs diff %g > %g" % (
                i, float(np.nanmax(np.abs(g64 - w64))), atol)
        if g.size:
            worst = max(worst, float(np.nanmax(np.abs(g64 - w64))))
    return ""


def run_case(tool, case, work):
    source = os.path.join(work, "case.mlir")
    with open(source, "w") as f:
        f.write(case["mlir"])
    first = os.path.join(work, "first", "model.pdmodel")
    second = os.path.join(work, "second", "model.pdmodel")
    os.makedirs(os.path.dirname(first))
    os.makedirs(os.path.dirname(second))
    translate(tool, "--export-paddle", source, "-o", first)
    reimported = translate(tool, "--import-paddle", first)
    reimported_path = os.path.join(work, "reimported.mlir")
    with open(reimported_path, "w") as f:
        f.write(reimported)
    translate(tool, "--export-paddle", reimported_path, "-o", second)

    inputs = [case["inputs"][k] for k in sorted(case["inputs"])]
    if not case.get("cpu", True):
        # No CPU kernel: Paddle must load both programs; nothing runs.
        for model in (first, second):
            paddle_model.load(model)
        return "loaded and round-tripped (no CPU kernel)"
    got = paddle_model.run(first, inputs)
    want = case["reference"](*inputs)
    problem = compare(got, want, case.get("atol", 1e-5))
    if problem:
        raise AssertionError(problem)
    again = paddle_model.run(second, inputs)
    for a, b in zip(got, again):
        if not np.array_equal(a, b, equal_nan=True):
            raise AssertionError("the re-imported and re-exported model "
                                 "computes something else")
    return "ok"


def run_isolated(tool, case, work):
    """run_case in a forked child (test/lib/isolate.py)."""
    try:
        return call_forked(run_case, tool, case, work)
    except CaseError as e:
        raise RuntimeError(str(e)) from None


def main(argv):
    tool = argv[1]
    families = argv[2:]
    files = sorted(glob.glob(os.path.join(HERE, "cases_*.py")))
    if families:
        files = [f for f in files
                 if os.path.basename(f)[len("cases_"):-3] in families]
    cases = load_cases(files)
    names = [c["name"] for _, c in cases]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        sys.exit("duplicate case names: %s" % sorted(duplicates))
    passed, failed, known = 0, 0, 0
    for family, case in cases:
        key = "%s/%s" % (family, case["name"])
        issue = KNOWN_ISSUES.get(key)
        with tempfile.TemporaryDirectory() as work:
            try:
                note = run_isolated(tool, case, work)
                if issue:
                    print("XPASS %s: passes; remove it from known_issues.py"
                          % key)
                    failed += 1
                else:
                    print("PASS %s: %s" % (key, note))
                    passed += 1
            except RuntimeError as e:
                if issue:
                    print("XFAIL %s: known issue: %s" % (key, issue))
                    known += 1
                else:
                    print("FAIL %s: %s" % (key, e))
                    failed += 1
            sys.stdout.flush()
    print("paddle ops: %d cases passed, %d failed, %d known issues"
          % (passed, failed, known))
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
