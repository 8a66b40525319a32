"""Checks x2p's conversion of single com.microsoft ops against onnxruntime.

The model tables exercise the forms onnxruntime's optimizer writes for the
generated models; this covers the other documented forms one op at a time:
Attention with each mask_index encoding (with and without unidirectional,
custom scale and mask_filter_value, qkv_hidden_sizes, attention_bias),
EmbedLayerNormalization without a mask and with position_ids,
SkipSimplifiedLayerNormalization, QuickGelu. Each small model is built
here with dynamic batch and sequence dims, converted by x2p, run by Paddle
Inference with oneDNN on and off at two sizes, and compared with
onnxruntime (abs or rel 1e-4). Prints one line per case and a summary.

  check_microsoft_ops.py --x2p BIN [--only NAME]
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "lib"))
os.environ.setdefault("GLOG_minloglevel", "3")
os.environ.setdefault("FLAGS_enable_pir_api", "0")

import numpy as np  # noqa: E402
import onnx  # noqa: E402
from onnx import TensorProto, helper, numpy_helper  # noqa: E402
import onnxruntime as ort  # noqa: E402
import paddle_model  # noqa: E402
from isolate import call_forked  # noqa: E402

H, HEADS = 8, 2
rng = np.random.default_rng(0)


def const(name, array):
    return numpy_helper.from_array(np.asarray(array), name)


def model(nodes, inputs, outputs, inits):
    graph = helper.make_graph(nodes, "g", inputs, outputs, inits)
    m = helper.make_model(graph, opset_imports=[
        helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)])
    m.ir_version = 8
    return m


def fin(name, dims, dtype=TensorProto.FLOAT):
    return helper.make_tensor_value_info(name, dtype, dims)


def attention(mask_kind, **attrs):
    """(model, feeds(batch, seq)) of one Attention with mask `mask_kind`."""
    v = attrs.get("qkv_hidden_sizes", [H, H, H])
    w = rng.standard_normal((H, sum(v))).astype(np.float32) * 0.5
    b = rng.standard_normal(sum(v)).astype(np.float32) * 0.1
    # [2 * batch] can be told from [batch] only with a static batch.
    fixed = mask_kind == "endstart"
    ins = [fin("x", [2 if fixed else "B", "S", H])]
    node_in = ["x", "w", "b"]
    if mask_kind == "none":
        pass
    elif mask_kind in ("end", "endstart", "dyn-end", "dyn-endstart"):
        # dyn-*: a length x2p cannot relate to the batch at compile time.
        n = {"end": ["B"], "endstart": [4]}.get(mask_kind, ["M"])
        ins.append(fin("m", n, TensorProto.INT32))
        node_in.append("m")
    elif mask_kind == "raw2":
        ins.append(fin("m", ["B", "S"], TensorProto.INT32))
        node_in.append("m")
    elif mask_kind == "raw3":
        ins.append(fin("m", ["B", "S", "S"], TensorProto.INT32))
        node_in.append("m")
    bias = attrs.pop("attention_bias", False)
    if bias:
        while len(node_in) < 5:
            node_in.append("")
        node_in.append("ab")
        ins.append(fin("ab", [1, HEADS, "S", "S"]))
    node = helper.make_node("Attention", node_in, ["y"], domain="com.microsoft",
                            num_heads=HEADS, **attrs)
    m = model([node], ins, [fin("y", [2 if fixed else "B", "S", v[2]])],
              [const("w", w), const("b", b)])

    def feeds(batch, seq):
        batch = 2 if fixed else batch
        f = {"x": rng.standard_normal((batch, seq, H)).astype(np.float32)}
        if mask_kind in ("end", "dyn-end"):
            f["m"] = rng.integers(1, seq + 1, batch).astype(np.int32)
        elif mask_kind in ("endstart", "dyn-endstart"):
            ends = rng.integers(seq // 2 + 1, seq + 1, batch)
            starts = rng.integers(0, seq // 2, batch)
            f["m"] = np.concatenate([ends, starts]).astype(np.int32)
        elif mask_kind == "raw2":
            f["m"] = (rng.random((batch, seq)) > 0.3).astype(np.int32)
            f["m"][:, 0] = 1
        elif mask_kind == "raw3":
            f["m"] = (rng.random((batch, seq, seq)) > 0.3).astype(np.int32)
        if bias:
            f["ab"] = rng.standard_normal((1, HEADS, seq, seq)).astype(np.float32)
        return f
    return m, feeds


def embed(with_mask, with_positions):
    word = rng.standard_normal((20, H)).astype(np.float32)
    pos = rng.standard_normal((16, H)).astype(np.float32)
    gamma = rng.standard_normal(H).astype(np.float32)
    beta = rng.standard_normal(H).astype(np.float32)
    ins = [fin("ids", ["B", "S"], TensorProto.INT32)]
    node_in = ["ids", "", "word", "pos", "", "gamma", "beta",
               "mask" if with_mask else "", "pids" if with_positions else ""]
    if with_mask:
        ins.append(fin("mask", ["B", "S"], TensorProto.INT32))
    if with_positions:
        ins.append(fin("pids", [1, "S"], TensorProto.INT32))
    node = helper.make_node("EmbedLayerNormalization", node_in, ["y", "mi"],
                            domain="com.microsoft", epsilon=1e-5)
    m = model([node], ins, [fin("y", ["B", "S", H]),
                            fin("mi", ["B"], TensorProto.INT32)],
              [const("word", word), const("pos", pos), const("gamma", gamma),
               const("beta", beta)])

    def feeds(batch, seq):
        f = {"ids": rng.integers(0, 20, (batch, seq)).astype(np.int32)}
        if with_mask:
            f["mask"] = (rng.random((batch, seq)) > 0.3).astype(np.int32)
        if with_positions:
            f["pids"] = rng.permutation(16)[:seq][None, :].astype(np.int32)
        return f
    return m, feeds


def simple(op, attrs, n_in, extra_inits=()):
    gamma = rng.standard_normal(H).astype(np.float32)
    ins = [fin("x%d" % i, ["B", "S", H]) for i in range(n_in)]
    names = [i.name for i in ins] + [n for n, _ in extra_inits]
    node = helper.make_node(op, names, ["y"], domain="com.microsoft", **attrs)
    m = model([node], ins, [fin("y", ["B", "S", H])],
              [const(n, gamma if a is None else a) for n, a in extra_inits])

    def feeds(batch, seq):
        return {i.name: rng.standard_normal((batch, seq, H)).astype(np.float32)
                for i in ins}
    return m, feeds


CASES = {
    "attention-nomask": lambda: attention("none"),
    "attention-end": lambda: attention("end"),
    "attention-endstart": lambda: attention("endstart"),
    "attention-runtime-end": lambda: attention("dyn-end"),
    "attention-runtime-endstart": lambda: attention("dyn-endstart"),
    "attention-raw2-causal": lambda: attention("raw2", unidirectional=1),
    "attention-raw3-scale": lambda: attention("raw3", scale=0.3,
                                              mask_filter_value=-1e4),
    "attention-causal-bias": lambda: attention("none", unidirectional=1,
                                               attention_bias=True),
    "attention-qkv-sizes": lambda: attention("raw2",
                                             qkv_hidden_sizes=[8, 8, 4]),
    "embed-nomask-positions": lambda: embed(False, True),
    "embed-mask": lambda: embed(True, False),
    "skip-simplified": lambda: simple("SkipSimplifiedLayerNormalization",
                                      {"epsilon": 1e-6}, 2, [("g", None)]),
    "quick-gelu": lambda: simple("QuickGelu", {"alpha": 1.5}, 1),
    "bias-gelu": lambda: simple("BiasGelu", {}, 1, [("g", None)]),
    "fast-gelu": lambda: simple("FastGelu", {}, 1, [("g", None)]),
}


def paddle_run(path, inputs, onednn):
    return paddle_model.predict(paddle_model.load(path, onednn=onednn), inputs)


def check(name, x2p, work):
    m, feeds = CASES[name]()
    path = os.path.join(work, name + ".onnx")
    onnx.save(m, path)
    out = os.path.join(work, name)
    proc = subprocess.run([x2p, "--framework=onnx", "--model", path,
                           "--save_dir", out], capture_output=True, text=True)
    if proc.returncode:
        return "not-convertible", proc.stderr.strip().splitlines()[-1:]
    pdmodel = os.path.join(out, "inference_model", "model.pdmodel")
    sess = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    worst = 0.0
    for batch, seq in ((2, 5), (3, 7)):
        f = feeds(batch, seq)
        expected = sess.run(None, f)
        names = [i.name for i in sess.get_inputs()]
        for onednn in (True, False):
            got = call_forked(paddle_run, pdmodel, [f[n] for n in names], onednn)
            for e, g in zip(expected, got):
                if e.shape != g.shape or e.dtype != g.dtype:
                    return "wrong", ["shape/dtype %s %s vs %s %s" % (
                        g.shape, g.dtype, e.shape, e.dtype)]
                if e.dtype.kind in "iu":
                    if not np.array_equal(e, g):
                        return "wrong", ["integers differ (oneDNN %s)" % onednn]
                    continue
                diff = np.abs(e.astype(np.float64) - g)
                bad = diff > 1e-4 * np.maximum(1.0, np.abs(e))
                worst = max(worst, float(diff.max()))
                if bad.any():
                    return "wrong", ["max abs diff %.3g (oneDNN %s, %dx%d)" % (
                        diff.max(), onednn, batch, seq)]
    return "pass", ["max abs diff %.2g" % worst]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--x2p", required=True)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    import shutil
    x2p = os.path.abspath(shutil.which(args.x2p) or args.x2p)
    names = [n for n in CASES if not args.only or n in args.only.split(",")]
    passed = 0
    with tempfile.TemporaryDirectory() as work:
        for name in names:
            status, notes = check(name, x2p, work)
            passed += status == "pass"
            print("%s %s: %s" % (status, name, "; ".join(notes)), flush=True)
    print("%d of %d com.microsoft cases pass" % (passed, len(names)))
    return 0 if passed == len(names) else 1


if __name__ == "__main__":
    sys.exit(main())
