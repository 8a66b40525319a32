"""Writes the README's example model: a small MLP classifier in ONNX.

  python make_mlp_onnx.py OUT.onnx

MatMul + Add + Relu, a Reshape, Gemm (transB) + Softmax, with a dynamic
batch dim named "batch"; random weights from a fixed seed, so the file is
the same on every run. Made with onnx.helper, opset 17.
"""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

rng = np.random.default_rng(0)
w1 = rng.standard_normal((16, 32)).astype(np.float32) * 0.3
b1 = rng.standard_normal(32).astype(np.float32) * 0.1
w2 = rng.standard_normal((10, 32)).astype(np.float32) * 0.3
b2 = rng.standard_normal(10).astype(np.float32) * 0.1
graph = helper.make_graph(
    [helper.make_node("Reshape", ["pixels", "flat_shape"], ["flat"], name="/flatten/Reshape"),
     helper.make_node("MatMul", ["flat", "fc1.weight"], ["h0"], name="/fc1/MatMul"),
     helper.make_node("Add", ["h0", "fc1.bias"], ["h1"], name="/fc1/Add"),
     helper.make_node("Relu", ["h1"], ["h2"], name="/act/Relu"),
     helper.make_node("Gemm", ["h2", "fc2.weight", "fc2.bias"], ["logits"],
                      name="/fc2/Gemm", transB=1),
     helper.make_node("Softmax", ["logits"], ["probs"], name="/Softmax", axis=-1)],
    "mlp",
    [helper.make_tensor_value_info("pixels", TensorProto.FLOAT, ["batch", 4, 4])],
    [helper.make_tensor_value_info("probs", TensorProto.FLOAT, ["batch", 10])],
    [numpy_helper.from_array(np.array([-1, 16], np.int64), "flat_shape"),
     numpy_helper.from_array(w1, "fc1.weight"), numpy_helper.from_array(b1, "fc1.bias"),
     numpy_helper.from_array(w2, "fc2.weight"), numpy_helper.from_array(b2, "fc2.bias")])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)],
                          producer_name="x2p-example")
# Record every intermediate value's type in the model (value_info), as
# exporters usually do.
model = onnx.shape_inference.infer_shapes(model, strict_mode=True)
onnx.checker.check_model(model, full_check=True)
onnx.save(model, sys.argv[1])
