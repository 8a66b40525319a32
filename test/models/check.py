#!/usr/bin/env python3
"""Checks generated models: each model.onnx loads in onnxruntime, the stored
outputs are finite, and running the stored inputs again reproduces the stored
outputs exactly (same onnxruntime, one thread). Needs numpy and onnxruntime
only, so the main test environment (.venv) can run it too.

    python test/models/check.py [--cache-dir DIR] [MODEL ...]

Prints one line per model directory and exits non-zero if any check fails.
"""

import argparse
import glob
import json
import os
import sys

DEFAULT_CACHE = os.path.join(os.path.expanduser("~"), ".cache", "x2p-models")
FILES = ("model.onnx", "inputs.npz", "outputs.npz", "inputs_alt.npz",
         "outputs_alt.npz", "meta.json")


def check_dir(d):
    import numpy as np
    import onnxruntime as ort

    missing = [f for f in FILES if not os.path.isfile(os.path.join(d, f))]
    if missing:
        return "missing %s" % ", ".join(missing)
    with open(os.path.join(d, "meta.json")) as f:
        meta = json.load(f)
    so = ort.SessionOptions()
    so.intra_op_num_threads = 1
    so.inter_op_num_threads = 1
    so.log_severity_level = 3
    sess = ort.InferenceSession(os.path.join(d, "model.onnx"), so,
                                providers=["CPUExecutionProvider"])
    in_names = [i.name for i in sess.get_inputs()]
    out_names = [o.name for o in sess.get_outputs()]
    if in_names != [i["name"] for i in meta["inputs"]]:
        return "inputs %s differ from meta.json" % in_names
    for suffix in ("", "_alt"):
        inputs = np.load(os.path.join(d, "inputs%s.npz" % suffix))
        stored = np.load(os.path.join(d, "outputs%s.npz" % suffix))
        if sorted(stored.files) != sorted(out_names):
            return "outputs%s.npz holds %s, the model returns %s" % (
                suffix, stored.files, out_names)
        got = sess.run(None, {n: inputs[n] for n in in_names})
        for name, g in zip(out_names, got):
            s = stored[name]
            if not np.all(np.isfinite(s)):
                return "stored output %s%s is not finite" % (name, suffix)
            if g.shape != s.shape or g.dtype != s.dtype or \
               not np.array_equal(g, s):
                diff = (float(np.max(np.abs(g.astype("float64") - s)))
                        if g.shape == s.shape else "shape %s vs %s" %
                        (g.shape, s.shape))
                return "output %s%s not reproduced (max abs diff %s)" % (
                    name, suffix, diff)
    return None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache-dir", default=os.environ.get(
        "X2P_MODELS_CACHE", DEFAULT_CACHE))
    ap.add_argument("models", nargs="*", help="model names (default: all)")
    args = ap.parse_args(argv)
    # opset<N> (generate.py) or producer (generate_current.py) folders.
    dirs = sorted(os.path.dirname(m) for m in glob.glob(
        os.path.join(args.cache_dir, "*", "*", "meta.json")))
    dirs = [d for d in dirs if not os.path.basename(d).startswith(".")]
    if args.models:
        dirs = [d for d in dirs
                if os.path.basename(os.path.dirname(d)) in args.models]
    if not dirs:
        print("check: no models in %s" % args.cache_dir, file=sys.stderr)
        return 1
    failed = 0
    for d in dirs:
        label = "%s/%s" % (os.path.basename(os.path.dirname(d)),
                           os.path.basename(d))
        try:
            err = check_dir(d)
        except Exception as e:  # a model that does not load is a failure
            err = "%s: %s" % (type(e).__name__, str(e).splitlines()[0]
                              if str(e) else "")
        if err:
            failed += 1
            print("%s: FAILED: %s" % (label, err))
        else:
            print("%s: ok" % label)
    print("check: %d passed, %d failed" % (len(dirs) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
