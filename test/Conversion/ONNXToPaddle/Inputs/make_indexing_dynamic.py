#!/usr/bin/env python3
"""Writes an ONNX model of the indexing ops as transformer graphs use them,
with dynamic dims and run-time slice bounds, and inputs at two sizes.

A causal-mask Slice of a constant buffer by run-time starts/ends, a Where
that broadcasts it, then Split, TopK (run-time k, tied values), ArgMax,
ArgMin (select_last_index along a dynamic dim), CumSum and Trilu (run-time
k) of the result.

  make_indexing_dynamic.py OUT_DIR   writes model.onnx, small.npz, large.npz
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto as TP, helper, numpy_helper


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    bias = np.tril(np.ones((64, 64), bool)).reshape(1, 1, 64, 64)
    nodes = [
        helper.make_node("Slice", ["bias", "qstart", "kend", "ax2"], ["m1"]),
        helper.make_node("Slice", ["m1", "zero", "kend", "ax3"], ["mask"]),
        helper.make_node("Where", ["mask", "scores", "neg"], ["masked"]),
        helper.make_node("Split", ["masked", "two"], ["a", "b"], axis=1),
        helper.make_node("TopK", ["a", "k"], ["tv", "ti"], axis=-1),
        helper.make_node("ArgMax", ["b"], ["am"], axis=-1, keepdims=0),
        helper.make_node("ArgMin", ["b"], ["aml"], axis=-1,
                         select_last_index=1),
        helper.make_node("CumSum", ["b", "cax"], ["cs"]),
        helper.make_node("Trilu", ["b", "k0"], ["tr"], upper=0),
    ]
    consts = {"bias": bias, "ax2": np.array([2], np.int64),
              "ax3": np.array([3], np.int64), "zero": np.array([0], np.int64),
              "neg": np.array(-1e9, np.float32),
              "two": np.array([1, 1], np.int64), "cax": np.array(-1, np.int64)}
    outputs = [("masked", TP.FLOAT), ("tv", TP.FLOAT), ("ti", TP.INT64),
               ("am", TP.INT64), ("aml", TP.INT64), ("cs", TP.FLOAT),
               ("tr", TP.FLOAT)]
    graph = helper.make_graph(
        nodes, "indexing_dynamic",
        [helper.make_tensor_value_info("scores", TP.FLOAT, ["B", 2, "S", "T"]),
         helper.make_tensor_value_info("qstart", TP.INT64, [1]),
         helper.make_tensor_value_info("kend", TP.INT64, [1]),
         helper.make_tensor_value_info("k", TP.INT64, [1]),
         helper.make_tensor_value_info("k0", TP.INT64, [])],
        [helper.make_tensor_value_info(n, t, None) for n, t in outputs],
        [numpy_helper.from_array(v, n) for n, v in consts.items()])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    onnx.save(model, os.path.join(out, "model.onnx"))
    rng = np.random.default_rng(0)
    for name, (b, s, t, k) in {"small": (1, 5, 7, 3),
                               "large": (3, 9, 12, 4)}.items():
        # Small integers: TopK and ArgMax meet ties.
        np.savez(os.path.join(out, name + ".npz"),
                 scores=rng.integers(0, 4, (b, 2, s, t)).astype(np.float32),
                 qstart=np.array([t - s], np.int64),
                 kend=np.array([t], np.int64), k=np.array([k], np.int64),
                 k0=np.array(-1, np.int64))


if __name__ == "__main__":
    main()
