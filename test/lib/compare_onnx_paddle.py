"""Runs an ONNX model in onnxruntime and its x2p conversion in Paddle
Inference on the same inputs and compares the outputs.

  python compare_onnx_paddle.py MODEL.onnx PADDLE_MODEL.pdmodel
         [--dims batch=2,sequence=5] [--inputs inputs.npz] [--tol 1e-4]

Inputs come from --inputs (an .npz keyed by input name) or are random
(seeded), with symbolic dims set from --dims (default 1 for any dim not
given). Prints one line per output with the max abs and max relative
difference and exits non-zero unless every output is within tolerance
(fp: abs <= tol or rel <= tol elementwise; integer and bool: exact).
"""
import argparse
import os
import sys

os.environ.setdefault("GLOG_minloglevel", "3")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402

NP_TYPES = {1: np.float32, 2: np.uint8, 3: np.int8, 5: np.int16, 6: np.int32,
            7: np.int64, 9: np.bool_, 10: np.float16, 11: np.float64}


def make_inputs(model, dims, seed=0):
    rng = np.random.default_rng(seed)
    inits = {i.name for i in model.graph.initializer}
    feeds = {}
    for value in model.graph.input:
        if value.name in inits:
            continue
        tensor = value.type.tensor_type
        shape = []
        for d in tensor.shape.dim:
            if d.HasField("dim_value"):
                shape.append(d.dim_value)
            else:
                shape.append(dims.get(d.dim_param, 1))
        dtype = NP_TYPES[tensor.elem_type]
        if np.issubdtype(dtype, np.integer):
            # Masks and token types hold 0/1 (HF models turn other mask
            # values into infinities and have two token types); ids stay
            # small enough for any vocabulary.
            high = 2 if "mask" in value.name or "type" in value.name else 10
            feeds[value.name] = rng.integers(0, high, shape).astype(dtype)
        elif dtype == np.bool_:
            feeds[value.name] = rng.integers(0, 2, shape).astype(bool)
        else:
            feeds[value.name] = rng.standard_normal(shape).astype(dtype)
    return feeds


def compare(name, got, want, tol):
    if got.shape != want.shape:
        return False, "%s: shape %s, onnxruntime %s" % (name, got.shape, want.shape)
    if want.dtype.kind in "biu":
        ok = np.array_equal(got, want)
        return ok, "%s: %s (exact)" % (name, "equal" if ok else "DIFFERENT")
    g, w = got.astype(np.float64), want.astype(np.float64)
    abs_diff = np.abs(g - w)
    rel_diff = abs_diff / np.maximum(np.abs(w), 1e-30)
    ok = bool(np.all((abs_diff <= tol) | (rel_diff <= tol)))
    return ok, "%s: max abs diff %.3g, max rel diff %.3g%s" % (
        name, abs_diff.max() if abs_diff.size else 0.0,
        rel_diff.max() if rel_diff.size else 0.0, "" if ok else " > %g" % tol)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("onnx_model")
    parser.add_argument("paddle_model")
    parser.add_argument("--dims", default="")
    parser.add_argument("--inputs")
    parser.add_argument("--tol", type=float, default=1e-4)
    args = parser.parse_args()
    import onnx
    import onnxruntime
    import paddle_model
    model = onnx.load(args.onnx_model, load_external_data=False)
    dims = {k: int(v) for k, v in
            (item.split("=") for item in args.dims.split(",") if item)}
    if args.inputs:
        data = np.load(args.inputs)
        feeds = {k: data[k] for k in data.files}
    else:
        feeds = make_inputs(model, dims)
    session = onnxruntime.InferenceSession(args.onnx_model,
                                           providers=["CPUExecutionProvider"])
    names = [o.name for o in session.get_outputs()]
    want = session.run(None, feeds)
    order = [i.name for i in session.get_inputs()]
    got = paddle_model.run(args.paddle_model, [feeds[n] for n in order])
    all_ok = len(got) == len(want)
    if not all_ok:
        print("Paddle gave %d outputs, onnxruntime %d" % (len(got), len(want)))
    for name, g, w in zip(names, got, want):
        ok, line = compare(name, g, w, args.tol)
        all_ok &= ok
        print(line)
    print("inputs: " + ", ".join("%s %s" % (k, list(v.shape)) for k, v in feeds.items()))
    print("paddle vs onnxruntime: %s" % ("match" if all_ok else "MISMATCH"))
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
