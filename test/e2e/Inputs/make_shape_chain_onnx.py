"""Writes an ONNX model of the shape computations transformer exports are
full of, with dynamic batch (B) and sequence (S) dims, for
onnx-shape-chain.test.

Every shape here is computed at run time: Shape → Gather (a negative
index too) → Unsqueeze → Concat → Reshape/Expand/ConstantOfShape/Tile,
Range over a dynamic limit feeding a Gather with 2-D indices, Expand
with a target holding 1s where the input is larger (ONNX broadcasts both
ways), Unsqueeze with run-time axes, unsorted and negative, plus Flatten,
Squeeze, Cast, Size and Shape(start, end).

  make_shape_chain_onnx.py OUT.onnx
"""
import sys

import numpy as np
import onnx
from onnx import TensorProto as T
from onnx import helper as h
from onnx import numpy_helper as nh


def const(name, value):
    return nh.from_array(np.array(value), name)


def main(path):
    node = h.make_node
    nodes = [
        node("Shape", ["x"], ["s"]),
        node("Gather", ["s", "i0"], ["b"], axis=0),
        node("Gather", ["s", "i1"], ["q"], axis=0),
        node("Gather", ["s", "im2"], ["seq"], axis=0),
        node("Unsqueeze", ["b", "ax0"], ["b1"]),
        node("Unsqueeze", ["q", "ax0"], ["q1"]),
        node("Concat", ["b1", "q1", "heads"], ["shp"], axis=0),
        node("Reshape", ["x", "shp"], ["r"]),
        node("Transpose", ["r"], ["t"], perm=[0, 2, 1, 3]),
        node("Range", ["zero", "q", "one"], ["pos"]),
        node("Unsqueeze", ["pos", "ax0"], ["pos2"]),
        node("Gather", ["emb", "pos2"], ["pe"], axis=0),
        node("Concat", ["b1", "nh", "q1", "q1"], ["mshape"], axis=0),
        node("Expand", ["mask", "mshape"], ["mexp"]),
        node("Concat", ["one1", "q1", "one1"], ["bshape"], axis=0),
        node("Expand", ["x", "bshape"], ["xexp"]),
        node("ConstantOfShape", ["shp"], ["ones"],
             value=nh.from_array(np.array([1.0], np.float32))),
        node("Add", ["r", "ones"], ["r1"]),
        node("Concat", ["one1", "b1"], ["reps"], axis=0),
        node("Tile", ["mask2d", "reps"], ["tiled"]),
        node("Flatten", ["t"], ["f"], axis=2),
        # Axes [3, -5] computed at run time (b * 0 + [3, -5]).
        node("Mul", ["b1", "zero1"], ["b0"]),
        node("Add", ["b0", "uaxes"], ["uax"]),
        node("Unsqueeze", ["x", "uax"], ["xu"]),
        node("Squeeze", ["xu", "sax"], ["xs"]),
        node("Cast", ["s"], ["sf"], to=T.FLOAT),
        node("Size", ["x"], ["n"]),
        node("Shape", ["x"], ["s12"], start=1, end=-1),
    ]
    inits = [
        const("i0", np.int64(0)), const("i1", np.int64(1)),
        const("im2", np.int64(-2)), const("ax0", np.array([0], np.int64)),
        const("heads", np.array([12, 64], np.int64)),
        const("zero", np.int64(0)), const("one", np.int64(1)),
        const("emb", np.random.default_rng(0).random((16, 8), np.float32)),
        const("nh", np.array([12], np.int64)),
        const("one1", np.array([1], np.int64)),
        const("zero1", np.array([0], np.int64)),
        const("uaxes", np.array([3, -5], np.int64)),
        const("sax", np.array([0, 3], np.int64)),
    ]
    inputs = [
        h.make_tensor_value_info("x", T.FLOAT, ["B", "S", 768]),
        h.make_tensor_value_info("mask", T.FLOAT, ["B", 1, 1, "S"]),
        h.make_tensor_value_info("mask2d", T.FLOAT, ["B", "S"]),
    ]
    outputs = ["t", "pe", "mexp", "xexp", "r1", "tiled", "f", "xs", "sf", "n",
               "seq", "s12"]
    graph = h.make_graph(
        nodes, "shape_chain", inputs,
        [h.make_tensor_value_info(o, T.UNDEFINED, None) for o in outputs],
        inits)
    model = h.make_model(graph, opset_imports=[h.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(onnx.shape_inference.infer_shapes(model), path)


if __name__ == "__main__":
    main(sys.argv[1])
