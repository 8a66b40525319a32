"""Writes an ONNX model whose Div ops broadcast their dividend (A / B with A
of a smaller shape than the result): a scalar constant (T5's layer norm
`1 / sqrt(...)`), a non-splat constant, and a graph input. Paddle's oneDNN
elementwise_div computes B / A for these; x2p must steer around it.

  python make_div_broadcast_onnx.py OUT.onnx
"""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

y = helper.make_tensor_value_info("y", TensorProto.FLOAT, ["B", "S", 1])
x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 1, 4])
outputs = [helper.make_tensor_value_info(n, TensorProto.FLOAT, ["B", "S", d])
           for n, d in (("scalar_over_y", 1), ("const_over_y", 4),
                        ("x_over_y", 4))]
inits = [
    numpy_helper.from_array(np.array(1.0, np.float32), "one"),
    numpy_helper.from_array(np.array([[[1.0, 2.0, -4.0, 8.0]]], np.float32),
                            "steps"),
]
nodes = [
    # y*y + 1 keeps the divisors away from zero.
    helper.make_node("Mul", ["y", "y"], ["y2"], name="square"),
    helper.make_node("Add", ["y2", "one"], ["den"], name="shift"),
    helper.make_node("Sqrt", ["den"], ["root"], name="root"),
    helper.make_node("Div", ["one", "root"], ["scalar_over_y"],
                     name="scalar_over_y"),
    helper.make_node("Div", ["steps", "den"], ["const_over_y"],
                     name="const_over_y"),
    helper.make_node("Div", ["x", "den"], ["x_over_y"], name="x_over_y"),
]
graph = helper.make_graph(nodes, "div_broadcast", [y, x], outputs, inits)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
onnx.checker.check_model(model)
onnx.save(model, sys.argv[1])
